/**
 * aws-shorthand: the AWS CLI's shorthand syntax, parsed exactly as the AWS CLI parses it. The
 * toolkit: parse, serialize, models, coercion, validation and their errors. Editor services are
 * in `aws-shorthand/editor`, command lines in `aws-shorthand/awscli`. Named exports only;
 * importing this entry loads no AWS SDK, language-server or JMESPath module, and not
 * Chevrotain until an input needs it (src/grammar/tree-parser.ts).
 */

// Grammar: text → value / tree.
export { parse } from './parse.js';
export { endOf, parseDocument, ShorthandError, ParamFileError } from './grammar/index.js';
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
export { loadBotocoreModel, loadBotocoreService, modelFromBotocore } from './model/loaders/botocore.js';
export type { BotocoreModelJson } from './model/loaders/botocore.js';
export { loadSmithyModel, modelFromSmithy } from './model/loaders/smithy.js';
export type { SmithyModelJson } from './model/loaders/smithy.js';
export { asTypedShape, inputShapeFromSdkOperation, modelFromSdkSchemas, shapeFromSdkSchema } from './model/loaders/sdk-schema.js';
export type { CommandInput, SdkSchemaRef, TypedShape, ValueOfShape } from './model/loaders/sdk-schema.js';
export { loadBundledModel } from './model/loaders/bundled.js';
export { bundledRegistry, ModelRegistry } from './model/registry.js';
export type { RegistryOptions } from './model/registry.js';

// Serializer: JSON → shorthand that reads back to the same value.
export { serialize, serializeList, SerializeError } from './serializer/index.js';
export type {
  FallbackCode,
  JsonResult,
  ListResult,
  SerializeOptions,
  SerializeResult,
  ShorthandResult,
} from './serializer/index.js';
