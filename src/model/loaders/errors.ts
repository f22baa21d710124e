/**
 * Typed errors of the model layer: loading a model file, resolving a service, an operation or
 * a shape. Codes are stable strings; messages are for people.
 */

/** What went wrong while loading or resolving a model, as a stable string code. */
export type ModelErrorCode =
  /** A model file or directory could not be read or decompressed. */
  | 'MODEL_READ_FAILED'
  /** A model file is larger than the loader's cap (`MAX_MODEL_BYTES`) once decompressed. */
  | 'MODEL_TOO_LARGE'
  /** A model's text is not JSON, or its JSON is not the expected format. */
  | 'INVALID_MODEL'
  /** A shape refers to a shape name the model does not define. */
  | 'UNRESOLVED_SHAPE'
  /** No model for the named service in any searched place. */
  | 'SERVICE_NOT_FOUND'
  /** The service has no operation of that name. */
  | 'OPERATION_NOT_FOUND'
  /** The service has no shape of that name. */
  | 'SHAPE_NOT_FOUND'
  /** A `service.ShapeName` reference is malformed. */
  | 'INVALID_SHAPE_REFERENCE'
  /** A Smithy model holds several services and none was chosen. */
  | 'AMBIGUOUS_SERVICE';

/** The error thrown by model loaders and the registry. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly code: ModelErrorCode;
  /** The file, service, operation or shape the error is about, when there is one. */
  readonly subject: string | undefined;
  /** Names close to an unknown service or shape (`sagemaker.Tag` for `sagemaker.Tagg`), best first. */
  readonly suggestions: readonly string[];

  /**
   * Build an error with a stable `code`, a message, and the thing it is about; `suggestions`
   * are added to the message as "did you mean".
   */
  constructor(code: ModelErrorCode, message: string, subject?: string, options?: { cause?: unknown; suggestions?: readonly string[] }) {
    const suggestions = options?.suggestions ?? [];
    super(suggestions.length === 0 ? message : `${message}; did you mean ${suggestions.map((name) => JSON.stringify(name)).join(' or ')}?`, options);
    this.code = code;
    this.subject = subject;
    this.suggestions = suggestions;
  }
}
