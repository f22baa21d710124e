/**
 * Per-option help documentation as `aws <service> <operation> help` prints it: the Shorthand
 * Syntax, JSON Syntax and list Syntax examples, the option's type name, and a plain-text
 * renderer of option sections.
 */
export { jsonSyntax, jsonValueName } from './json-syntax.js';
export { operationOptions, renderOperationOptions, renderOptionDocs } from './option-docs.js';
export type { OperationDocsOptions, OptionDoc, OptionNaming } from './option-docs.js';
export { optionExamples, optionTypeName, scalarListSyntax } from './option-examples.js';
export type { OptionExamples } from './option-examples.js';
export { botocoreTypeName, isDocumentContainer } from './shape-kinds.js';
export type { BotocoreTypeName } from './shape-kinds.js';
export { hidesSyntaxExamples, shorthandSyntax, supportsShorthand } from './shorthand-syntax.js';
export type { ShorthandSyntaxOptions } from './shorthand-syntax.js';
