/**
 * Our own shape graph: every model source (botocore JSON, Smithy JSON AST, SDK v3 schemas)
 * is loaded into these interfaces, and nothing outside `src/model/loaders` knows a source format.
 * Graphs may be cyclic (recursive shapes): walkers must not recurse without a bound.
 */

/** The kind of an API shape. */
export type ShapeKind =
  | 'structure'
  | 'union'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | 'document';

/** Fields every shape has. */
export interface ShapeBase {
  /** The shape's name in its model, e.g. `AutoMLChannel`. */
  readonly name: string;
  readonly kind: ShapeKind;
  /** Documentation text, when the source carries it (the bundled model does not). */
  readonly documentation?: string;
}

/** A member of a structure or union. */
export interface Member {
  readonly name: string;
  readonly shape: Shape;
  readonly documentation?: string;
  /** The service fills this member itself when absent; the AWS CLI never marks it required. */
  readonly idempotencyToken?: boolean;
}

/** A structure or a union (a union takes exactly one member). */
export interface StructureShape extends ShapeBase {
  readonly kind: 'structure' | 'union';
  /** Members in model order. */
  readonly members: ReadonlyMap<string, Member>;
  readonly required: ReadonlySet<string>;
  /**
   * The member sent or received as the whole HTTP body (botocore's `payload`, Smithy's
   * `@httpPayload`, the SDK's httpPayload trait); absent when the body holds every member.
   */
  readonly payload?: string;
}

/** A list of `member`. */
export interface ListShape extends ShapeBase {
  readonly kind: 'list';
  readonly member: Shape;
  readonly min?: number;
  readonly max?: number;
}

/** A map from `key` (a string shape) to `value`. */
export interface MapShape extends ShapeBase {
  readonly kind: 'map';
  readonly key: Shape;
  readonly value: Shape;
  readonly min?: number;
  readonly max?: number;
}

/** A string, optionally an enum. */
export interface StringShape extends ShapeBase {
  readonly kind: 'string';
  /** Allowed values, when the model lists them. */
  readonly enum?: readonly string[];
  /** Minimum and maximum length. */
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  /**
   * A header holding JSON (botocore's `jsonvalue` header member): the AWS CLI reads the option
   * as JSON, documents its type as `JSON`, and only checks that the value encodes as JSON.
   */
  readonly jsonValue?: boolean;
}

/** integer, long, float or double. */
export interface NumberShape extends ShapeBase {
  readonly kind: 'integer' | 'long' | 'float' | 'double';
  readonly min?: number;
  readonly max?: number;
}

/** boolean, timestamp, blob or document. */
export interface OtherScalarShape extends ShapeBase {
  readonly kind: 'boolean' | 'timestamp' | 'blob' | 'document';
  readonly min?: number;
  readonly max?: number;
  /** A streaming blob: the AWS CLI takes a file path for it, not the bytes. */
  readonly streaming?: boolean;
}

/** Any shape. */
export type Shape = StructureShape | ListShape | MapShape | StringShape | NumberShape | OtherScalarShape;

/** An API operation. */
export interface Operation {
  /** The model name, e.g. `CreateAutoMLJob`. */
  readonly name: string;
  readonly input?: StructureShape;
  readonly output?: StructureShape;
  readonly documentation?: string;
  /** HTTP binding (method and URI template), for REST protocols. */
  readonly http?: { readonly method: string; readonly requestUri: string };
  /** Deprecated operations are hidden from the AWS CLI's help and command lists. */
  readonly deprecated?: boolean;
  /** How to page through the operation's results, when botocore has a paginator for it. */
  readonly paginator?: Paginator;
}

/**
 * A botocore paginator (`paginators-1.json`): which input members carry the page token and
 * the page size, where the next token is in a response, and which response keys are merged
 * across pages. Keys and tokens are botocore expressions (usually a member name).
 */
export interface Paginator {
  /** Input members the next token goes into, in order. */
  readonly inputToken: readonly string[];
  /** Response expressions holding the next token, paired with `inputToken`. */
  readonly outputToken: readonly string[];
  /** The input member that sets the page size, when the operation has one. */
  readonly limitKey?: string;
  /** Response expressions merged across pages; the first is the primary one. */
  readonly resultKey: readonly string[];
  /** A response expression that is false on the last page, for services that say so. */
  readonly moreResults?: string;
  /** Response expressions taken from the first page only. */
  readonly nonAggregateKeys?: readonly string[];
}

/** Service-wide facts needed to name the service and send requests. */
export interface ServiceMetadata {
  /** botocore's service name as the CLI spells it, e.g. `sagemaker`. */
  readonly serviceName: string;
  readonly apiVersion?: string;
  readonly endpointPrefix?: string;
  readonly signingName?: string;
  readonly protocol?: string;
  readonly jsonVersion?: string;
  readonly targetPrefix?: string;
  readonly serviceId?: string;
  /** botocore's `uid` (e.g. `sagemaker-2017-07-24`), used for API reference links. */
  readonly uid?: string;
}

/** What a waiter acceptor looks at (botocore's `matcher`). */
export type WaiterMatcher = 'path' | 'pathAll' | 'pathAny' | 'status' | 'error';

/** The state a matching acceptor moves a waiter to. */
export type WaiterState = 'success' | 'failure' | 'retry';

/** One acceptor of a waiter: when `matcher` finds `expected`, the waiter enters `state`. */
export interface WaiterAcceptor {
  readonly state: WaiterState;
  readonly matcher: WaiterMatcher;
  /** The JMESPath expression of the path matchers. */
  readonly argument?: string;
  /** The value to find: any JSON value for paths, an HTTP status, an error code or a boolean. */
  readonly expected: unknown;
}

/**
 * A botocore waiter (`waiters-2.json`): poll `operation` every `delay` seconds, at most
 * `maxAttempts` times, until an acceptor says success or failure.
 */
export interface Waiter {
  /** The model name, e.g. `EndpointInService`. */
  readonly name: string;
  /** The model name of the polled operation, e.g. `DescribeEndpoint`. */
  readonly operation: string;
  /** Seconds between attempts. */
  readonly delay: number;
  readonly maxAttempts: number;
  /** Acceptors in the order they are tried. */
  readonly acceptors: readonly WaiterAcceptor[];
  readonly description?: string;
}

/** A loaded service model. */
export interface ServiceModel {
  readonly metadata: ServiceMetadata;
  readonly operations: ReadonlyMap<string, Operation>;
  /** Waiters by model name, sorted by name as botocore lists them; absent when the service has none. */
  readonly waiters?: ReadonlyMap<string, Waiter>;
  /** Look a shape up by its model name. */
  shape(name: string): Shape | undefined;
  /** Names of all shapes. */
  shapeNames(): Iterable<string>;
}
