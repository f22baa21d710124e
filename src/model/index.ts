/**
 * The model layer's public API: our shape graph, the loaders that fill it (botocore JSON,
 * Smithy JSON AST, SDK v3 schemas, the bundled models), and the registry that finds services,
 * operations and shapes by the AWS CLI's names.
 */
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
  ShapeBase,
  ShapeKind,
  StringShape,
  StructureShape,
} from './shape.js';

export { ModelError } from './loaders/errors.js';
export type { ModelErrorCode } from './loaders/errors.js';

export { cliServiceName, dataServiceName, xformName } from './loaders/names.js';

export {
  latestApiVersion,
  listBotocoreServices,
  loadBotocoreModel,
  loadBotocoreService,
  locateBotocoreModel,
  modelFromBotocore,
} from './loaders/botocore.js';
export type {
  BotocoreLoadOptions,
  BotocoreModelJson,
  BotocoreModelLocation,
  BotocoreOperationJson,
  BotocoreShapeJson,
  BotocoreShapeRef,
} from './loaders/botocore.js';

export { loadSmithyModel, modelFromSmithy } from './loaders/smithy.js';
export type { SmithyLoadOptions, SmithyMemberJson, SmithyModelJson, SmithyShapeJson } from './loaders/smithy.js';

export {
  asTypedShape,
  inputShapeFromSdkOperation,
  modelFromSdkSchemas,
  operationFromSdkSchema,
  sdkShape,
  shapeFromSdkSchema,
} from './loaders/sdk-schema.js';
export type { CommandInput, SdkModelOptions, SdkSchemaRef, TypedShape, ValueOfShape } from './loaders/sdk-schema.js';

export { bundledModelPath, bundledModelsDirectory, bundledServiceNames, loadBundledModel } from './loaders/bundled.js';

export { hasStreamingOutput, streamingOutputMember } from './payload.js';

export {
  bundledRegistry,
  customerDataPath,
  dataPathFromEnvironment,
  ModelRegistry,
  parseShapeReference,
} from './registry.js';
export type { EnvironmentRegistryOptions, RegistryOptions, ShapeReference } from './registry.js';

export { analyzeShorthand, coerce, parse, resolveShape, validate } from './api.js';
export type {
  CoercedValue,
  ModelOptions,
  ModelParseOptions,
  ParsedValueOf,
  ShapeSource,
  ShorthandAnalysis,
  WordDiagnostic,
} from './api.js';

export { coerceValue, scalarConversion, toBoolean, toFloat, toInteger } from './coerce.js';
export type { CoerceOptions, CoercionResult, Conversion } from './coerce.js';

export { validateValue } from './validate.js';
export type { ValidateOptions } from './validate.js';

export {
  CoercionError,
  formatValidationReport,
  ParamValidationError,
  VALIDATION_REPORT_HEADER,
  validationReportLines,
} from './errors.js';
export type {
  BotocoreReason,
  CoercionErrorCode,
  CoercionIssue,
  SourceRange,
  ValidationCode,
  ValidationDetails,
  ValidationIssue,
} from './errors.js';

export { ShapeWalk, walkShapes, walkWords } from './walk.js';
export type { NodeBinding } from './walk.js';

export { botocorePath, formatPath, messageName } from './path.js';
export type { ModelPath, PathSegment } from './path.js';

export { suggest } from './suggest.js';
export type { SuggestOptions } from './suggest.js';
