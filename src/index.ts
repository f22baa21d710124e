/**
 * aws-shorthand: the AWS CLI's shorthand syntax, parsed exactly as the AWS CLI parses it.
 * Named exports only; each layer's modules stay importable on their own.
 */
export { parse, parseDocument, ShorthandError, ParamFileError } from './grammar/index.js';
export type {
  ParseOptions,
  ParsedDocument,
  FileReader,
  ShorthandObject,
  ShorthandValue,
  SyntaxDiagnostic,
  SyntaxErrorCode,
  Severity,
} from './grammar/index.js';
export type { ObjectNode, ListNode, ScalarNode, KeyValueNode, KeyNode, ValueNode, SyntaxNode, QuoteStyle } from './grammar/ast.js';
export { lineColumnAt } from './grammar/errors.js';
export { errorLocation } from './grammar/message.js';
export { runCli } from './cli/run.js';
export type { CliIo } from './cli/io.js';
