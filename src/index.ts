/**
 * aws-shorthand: the AWS CLI's shorthand syntax, parsed exactly as the AWS CLI parses it.
 * Named exports only; each layer's modules stay importable on their own.
 */

// Grammar: text → value / tree.
export { parse } from './parse.js';
export { parseDocument, ShorthandError, ParamFileError } from './grammar/index.js';
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
export { errorLocation, renderSyntaxError, syntaxErrorHeadline } from './grammar/message.js';

// Model: shapes, loaders, coercion, validation.
export { analyzeShorthand, coerce, resolveShape, validate } from './model/api.js';
export type { CoercedValue, ModelOptions, ModelParseOptions, ParsedValueOf, ShapeSource, ShorthandAnalysis } from './model/api.js';
export {
  CoercionError,
  ParamValidationError,
  formatValidationReport,
  validationReportLines,
} from './model/errors.js';
export type {
  CoercionErrorCode,
  CoercionIssue,
  SourceRange,
  ValidationCode,
  ValidationDetails,
  ValidationIssue,
} from './model/errors.js';
export type {
  ListShape,
  MapShape,
  Member,
  NumberShape,
  Operation,
  OtherScalarShape,
  ServiceMetadata,
  ServiceModel,
  Shape,
  ShapeKind,
  StringShape,
  StructureShape,
} from './model/shape.js';
export { ModelError } from './model/loaders/errors.js';
export type { ModelErrorCode } from './model/loaders/errors.js';
export { cliServiceName, xformName } from './model/loaders/names.js';
export { hasStreamingOutput, streamingOutputMember } from './model/payload.js';
export { loadBotocoreModel, loadBotocoreService, modelFromBotocore } from './model/loaders/botocore.js';
export type { BotocoreModelJson } from './model/loaders/botocore.js';
export { loadSmithyModel, modelFromSmithy } from './model/loaders/smithy.js';
export type { SmithyModelJson } from './model/loaders/smithy.js';
export { asTypedShape, inputShapeFromSdkOperation, modelFromSdkSchemas, shapeFromSdkSchema } from './model/loaders/sdk-schema.js';
export type { CommandInput, SdkSchemaRef, TypedShape, ValueOfShape } from './model/loaders/sdk-schema.js';
export { loadBundledModel } from './model/loaders/bundled.js';
export { bundledRegistry, ModelRegistry } from './model/registry.js';
export type { RegistryOptions } from './model/registry.js';
export { ShapeWalk, walkShapes } from './model/walk.js';
export type { NodeBinding } from './model/walk.js';

// Serializer: JSON → shorthand that reads back to the same value, and whole command lines.
export { serialize, serializeList, toCommandArgs, toCommandLine, shellQuote, SerializeError } from './serializer/index.js';
export type {
  CommandArgs,
  CommandLineOptions,
  FallbackCode,
  JsonResult,
  ListResult,
  SerializeOptions,
  SerializeResult,
  ShorthandResult,
} from './serializer/index.js';

// Editor services: pure functions of (text, shape, offset); offsets in UTF-16 code units.
export {
  complete,
  diagnose,
  MAX_DIAGNOSTICS,
  documentSymbols,
  foldingRegions,
  format as formatEdits,
  getLocation,
  hover,
  LineIndex,
  quickFixes,
  analyseScript,
  completeScript,
  diagnoseScript,
  hoverScript,
} from './editor/index.js';
export type {
  CompletionItem,
  DiagnoseOptions,
  DocumentSymbol,
  EditorDiagnostic,
  EditorDiagnosticCode,
  FoldingRegion,
  FormatOptions,
  HoverInfo,
  Location,
  Position,
  QuickFix,
  Range,
  ScriptAnalysis,
  TextEdit,
} from './editor/index.js';

// Command line, as a function.
export { runCli } from './cli/run.js';
export type { CliIo } from './cli/io.js';
export { nodeFileReader } from './cli/file-reader.js';
