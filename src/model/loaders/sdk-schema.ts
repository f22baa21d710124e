/**
 * The AWS SDK for JavaScript v3 schema reader: turns the `Foo$` schema arrays a client exports
 * (`import { CreateAutoMLJobRequest$ } from '@aws-sdk/client-sagemaker'`) into our shapes.
 *
 * Layout read here (smithy-typescript's static schemas; only the arrays are used, no SDK code):
 * - a number is a simple schema: 0 string, 1 number (byte/short/integer/long/float/double/
 *   intEnum), 2 boolean, 4–7 timestamp (format variants), 15 document, 17 bigInteger,
 *   19 bigDecimal, 21 blob, 42 streaming blob; `64 | x` is a list of simple `x` and
 *   `128 | x` a map from string to simple `x`; the string `"unit"` is no shape;
 * - `[0, ns, name, traits, x]` names the simple schema `x` (e.g. a sensitive string);
 * - `[1, ns, name, traits, member]` list; `[2, ns, name, traits, key, value]` map;
 * - `[3, ns, name, traits, memberNames, memberSchemas, requiredCount?]` structure, `-3` an
 *   error structure, `4` a union (same layout, no required count); the first
 *   `requiredCount` members are the required ones;
 * - `[9, ns, name, traits, input, output]` operation;
 * - `[schema, traits]` (two elements) is a member schema carrying member traits;
 * - any reference may be a thunk `() => schema`, used for recursion and forward references;
 * - traits are a bit vector (1 httpLabel, 2 idempotent, 4 idempotencyToken, 8 sensitive, …)
 *   or an object (`{ idempotencyToken: 1, … }`).
 *
 * What these schemas LACK, and what we do about it:
 * - enum values: enum strings are plain `0`; our string shapes get no `enum`.
 * - the integer/float distinction: every number is `1`. We use kind `double`, the only kind
 *   that admits every value the SDK's `number` type admits (choosing `integer` would reject
 *   valid fractions; `long` vs `double` cannot be told apart). bigInteger becomes `long`,
 *   bigDecimal `double`. Compare SDK and botocore shapes on "is a number", not the kind.
 * - member order: required members are moved to the front (each group keeps model order),
 *   so the AWS CLI's argument order cannot be recovered.
 * - constraints (length, range, pattern) and all documentation: absent.
 * - names of simple shapes and of numeric lists/maps (`64 | 0`): absent. Simple shapes are
 *   named after their Smithy type (`String`, `Double`, …), numeric lists and maps
 *   `list<String>` and `map<String>` (names no model shape can have).
 * - sets: indistinguishable from lists.
 * Member traits are kept where we model them (`idempotencyToken`, and `httpPayload` as the
 * structure's `payload`); streaming blobs keep their flag.
 */
import type {
  ListShape,
  MapShape,
  Member,
  Operation,
  OtherScalarShape,
  ServiceModel,
  Shape,
  StructureShape,
} from '../shape.js';
import { ModelError } from './errors.js';
import { defineLazy, definedOnly, LazyServiceModel, lazyMember, ShapeTable } from './graph.js';
import { cliServiceName } from './names.js';

/** A schema as an SDK client exports it: a number, `"unit"`, an array, or a thunk of one. */
export type SdkSchemaRef = number | string | readonly unknown[] | (() => unknown);

declare const sdkValueType: unique symbol;

/**
 * A structure shape that also records, for TypeScript only, the SDK type `T` its values
 * have, so that `parse(text, shape)` can return `T`. No runtime field.
 */
export type TypedShape<T> = StructureShape & { readonly [sdkValueType]?: T };

/**
 * Record, for TypeScript only, that values of `shape` have type `T` (e.g. a bundled botocore
 * shape paired with its SDK type). Returns the same object.
 * @example asTypedShape<CreateAutoMLJobRequest>(registry.operation('sagemaker', 'create-auto-ml-job').input!)
 */
export function asTypedShape<T>(shape: StructureShape): TypedShape<T> {
  return shape;
}

/** The value type recorded on a `TypedShape`. */
export type ValueOfShape<S> = S extends TypedShape<infer T> ? T : unknown;

/** The input type of an SDK command class (`CommandInput<typeof CreateAutoMLJobCommand>`). */
export type CommandInput<C> = C extends abstract new (input: infer I) => unknown ? I : never;

/** Options for building a service model from an SDK client's exports. */
export interface SdkModelOptions {
  /** The service's botocore data name; default: the last part of the schemas' namespace. */
  readonly serviceName?: string;
}

/** The first element of a static schema array. */
const SchemaId = {
  Simple: 0,
  List: 1,
  Map: 2,
  Structure: 3,
  Union: 4,
  Error: -3,
  Operation: 9,
} as const;

const LIST_BIT = 0b0100_0000;
const MAP_BIT = 0b1000_0000;
const SIMPLE_MASK = 0b0011_1111;
const IDEMPOTENCY_TOKEN_BIT = 0b0000_0100;
const HTTP_PAYLOAD_BIT = 0b0001_0000;
const STREAMING_BLOB = 42;

/** Simple schema numbers: our kind and the Smithy type name used as the shape's name. */
const SIMPLE: ReadonlyMap<number, { kind: Shape['kind']; name: string }> = new Map([
  [0, { kind: 'string', name: 'String' }],
  [1, { kind: 'double', name: 'Double' }],
  [2, { kind: 'boolean', name: 'Boolean' }],
  [4, { kind: 'timestamp', name: 'Timestamp' }],
  [5, { kind: 'timestamp', name: 'Timestamp' }],
  [6, { kind: 'timestamp', name: 'Timestamp' }],
  [7, { kind: 'timestamp', name: 'Timestamp' }],
  [15, { kind: 'document', name: 'Document' }],
  [17, { kind: 'long', name: 'BigInteger' }],
  [19, { kind: 'double', name: 'BigDecimal' }],
  [21, { kind: 'blob', name: 'Blob' }],
  [STREAMING_BLOB, { kind: 'blob', name: 'Blob' }],
]);

// One shape per schema object (and per simple number), so graphs keep their identity and
// recursion through thunks terminates.
const byArray = new WeakMap<object, Shape>();
const byNumber = new Map<number, Shape>();

/**
 * Our shape for an SDK structure or union schema, typed with the SDK value type `T`.
 * @example const shape = shapeFromSdkSchema<CreateAutoMLJobRequest>(CreateAutoMLJobRequest$)
 */
export function shapeFromSdkSchema<T = unknown>(schema: SdkSchemaRef): TypedShape<T> {
  const shape = sdkShape(schema);
  if (shape.kind !== 'structure' && shape.kind !== 'union') {
    throw new ModelError('INVALID_MODEL', `SDK schema ${shape.name} is a ${shape.kind}, not a structure`, shape.name);
  }
  return shape;
}

/** Our shape for any SDK schema reference (simple, list, map, structure, union, error). */
export function sdkShape(schema: SdkSchemaRef): Shape {
  const value = deref(schema);
  if (typeof value === 'number') return simpleShape(value);
  if (Array.isArray(value)) {
    if (isMemberSchema(value)) return sdkShape(value[0] as SdkSchemaRef);
    return arrayShape(value);
  }
  throw new ModelError('INVALID_MODEL', `Not an SDK shape schema: ${describe(value)}`);
}

/** Our operation for an SDK operation schema (`CreateAutoMLJob$`). */
export function operationFromSdkSchema(schema: SdkSchemaRef): Operation {
  const value = deref(schema);
  if (!Array.isArray(value) || value[0] !== SchemaId.Operation) {
    throw new ModelError('INVALID_MODEL', `Not an SDK operation schema: ${describe(value)}`);
  }
  const name = String(value[2]);
  return definedOnly<Operation>({
    name,
    input: ioShape(value[4], name),
    output: ioShape(value[5], name),
  });
}

/** The input shape of an SDK operation schema, typed with `T`, or `undefined` for none. */
export function inputShapeFromSdkOperation<T = unknown>(schema: SdkSchemaRef): TypedShape<T> | undefined {
  return operationFromSdkSchema(schema).input;
}

/**
 * A service model from an SDK client's exports (`import * as sdk from '@aws-sdk/client-…'`):
 * operations from the exported operation schemas, shapes from every named schema reachable
 * from the exports. Metadata holds only the service name.
 */
export function modelFromSdkSchemas(exports: Readonly<Record<string, unknown>>, options: SdkModelOptions = {}): ServiceModel {
  const operationSchemas: unknown[][] = [];
  const roots: unknown[][] = [];
  let namespace: string | undefined;
  for (const value of Object.values(exports)) {
    if (!Array.isArray(value) || !isStaticSchema(value)) continue;
    namespace ??= typeof value[1] === 'string' ? value[1] : undefined;
    if (value[0] === SchemaId.Operation) operationSchemas.push(value);
    else roots.push(value);
  }
  let index: Map<string, unknown[]> | undefined;
  const named = (): Map<string, unknown[]> => (index ??= indexNamedSchemas([...roots, ...operationSchemas]));
  const table = new ShapeTable(
    () => named().keys(),
    (name) => named().has(name),
    (name) => arrayShape(named().get(name) as unknown[]),
  );
  const dataName = options.serviceName ?? namespace?.slice(namespace.lastIndexOf('.') + 1) ?? 'unknown';
  return new LazyServiceModel({ serviceName: cliServiceName(dataName) }, table, () => {
    const operations = operationSchemas
      .map((schema) => operationFromSdkSchema(schema))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return new Map(operations.map((operation) => [operation.name, operation]));
  });
}

/** Every named list, map, structure, union and error schema reachable from `roots`. */
function indexNamedSchemas(roots: readonly unknown[][]): Map<string, unknown[]> {
  const index = new Map<string, unknown[]>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    let value = deref(stack.pop());
    if (Array.isArray(value) && isMemberSchema(value)) value = deref(value[0]);
    if (!Array.isArray(value) || seen.has(value) || !isStaticSchema(value)) continue;
    seen.add(value);
    const id = value[0];
    if (id !== SchemaId.Operation && typeof value[2] === 'string' && !index.has(value[2])) index.set(value[2], value);
    if (id === SchemaId.List) stack.push(value[4]);
    else if (id === SchemaId.Map) stack.push(value[4], value[5]);
    else if (id === SchemaId.Operation) stack.push(value[4], value[5]);
    else if (Array.isArray(value[5])) stack.push(...(value[5] as unknown[]));
  }
  return index;
}

function ioShape(ref: unknown, operation: string): StructureShape | undefined {
  const value = deref(ref);
  if (value === 'unit' || value === undefined) return undefined;
  const shape = sdkShape(value as SdkSchemaRef);
  if (shape.kind !== 'structure' && shape.kind !== 'union') {
    throw new ModelError('INVALID_MODEL', `Operation ${operation} has a ${shape.kind} input or output`, operation);
  }
  return shape;
}

function simpleShape(schema: number): Shape {
  const known = byNumber.get(schema);
  if (known !== undefined) return known;
  let shape: Shape;
  if (schema >= LIST_BIT && schema < MAP_BIT) {
    const member = simpleShape(schema & SIMPLE_MASK);
    shape = { name: `list<${member.name}>`, kind: 'list', member };
  } else if (schema >= MAP_BIT && schema <= 0xff) {
    const value = simpleShape(schema & SIMPLE_MASK);
    shape = { name: `map<${value.name}>`, kind: 'map', key: simpleShape(0), value };
  } else {
    const simple = SIMPLE.get(schema);
    if (simple === undefined) throw new ModelError('INVALID_MODEL', `Unknown SDK simple schema ${schema}`);
    shape = scalarShape(simple.name, simple.kind, schema === STREAMING_BLOB);
  }
  byNumber.set(schema, shape);
  return shape;
}

function scalarShape(name: string, kind: Shape['kind'], streaming: boolean): Shape {
  if (kind === 'blob' && streaming) return { name, kind, streaming: true } satisfies OtherScalarShape;
  return { name, kind } as Shape;
}

function arrayShape(schema: readonly unknown[]): Shape {
  const known = byArray.get(schema);
  if (known !== undefined) return known;
  const shape = buildArrayShape(schema);
  byArray.set(schema, shape);
  return shape;
}

function buildArrayShape(schema: readonly unknown[]): Shape {
  const id = schema[0];
  const name = typeof schema[2] === 'string' ? schema[2] : '';
  switch (id) {
    case SchemaId.Simple: {
      const inner = sdkShape(schema[4] as SdkSchemaRef);
      const streaming = inner.kind === 'blob' && (inner.streaming === true || hasTrait(schema[3], 'streaming', 0));
      return scalarShape(name, inner.kind, streaming) as Shape;
    }
    case SchemaId.List: {
      const shape: Omit<ListShape, 'member'> = { name, kind: 'list' };
      defineLazy(shape, 'member', () => sdkShape(schema[4] as SdkSchemaRef));
      return shape as ListShape;
    }
    case SchemaId.Map: {
      const shape: Omit<MapShape, 'key' | 'value'> = { name, kind: 'map' };
      defineLazy(shape, 'key', () => sdkShape(schema[4] as SdkSchemaRef));
      defineLazy(shape, 'value', () => sdkShape(schema[5] as SdkSchemaRef));
      return shape as MapShape;
    }
    case SchemaId.Structure:
    case SchemaId.Error:
    case SchemaId.Union: {
      const names = schema[4];
      const refs = schema[5];
      if (!Array.isArray(names) || !Array.isArray(refs) || names.length !== refs.length) {
        throw new ModelError('INVALID_MODEL', `SDK schema ${name} has malformed members`, name);
      }
      const requiredCount = id === SchemaId.Union || typeof schema[6] !== 'number' ? 0 : schema[6];
      const members = new Map<string, Member>();
      const required = new Set<string>();
      let payload: string | undefined;
      names.forEach((memberName: unknown, i: number) => {
        const ref: unknown = refs[i];
        const memberTraits = Array.isArray(ref) && isMemberSchema(ref) ? ref[1] : 0;
        const key = String(memberName);
        if (hasTrait(memberTraits, 'httpPayload', HTTP_PAYLOAD_BIT)) payload = key;
        members.set(
          key,
          lazyMember(key, () => sdkShape(ref as SdkSchemaRef), {
            idempotencyToken: hasTrait(memberTraits, 'idempotencyToken', IDEMPOTENCY_TOKEN_BIT),
          }),
        );
        if (i < requiredCount) required.add(key);
      });
      const kind = id === SchemaId.Union ? 'union' : 'structure';
      return payload === undefined ? { name, kind, members, required } : { name, kind, members, required, payload };
    }
    default:
      throw new ModelError('INVALID_MODEL', `Unknown SDK schema ${describe(schema)}`, name);
  }
}

function deref(ref: unknown): unknown {
  let value = ref;
  // A thunk may return another thunk; a bound keeps a malformed cycle from hanging us.
  for (let depth = 0; typeof value === 'function' && depth < 100; depth += 1) {
    value = (value as () => unknown)();
  }
  return value;
}

/** `[schema, traits]`: static schemas have at least five elements, member schemas two. */
function isMemberSchema(value: readonly unknown[]): boolean {
  return value.length === 2;
}

function isStaticSchema(value: readonly unknown[]): boolean {
  return value.length >= 5 && typeof value[0] === 'number' && typeof value[2] === 'string';
}

function hasTrait(traits: unknown, name: string, bit: number): boolean {
  if (typeof traits === 'number') return bit !== 0 && (traits & bit) !== 0;
  if (typeof traits === 'object' && traits !== null) {
    const value = (traits as Record<string, unknown>)[name];
    return value !== undefined && value !== 0 && value !== false;
  }
  return false;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `[${value.slice(0, 3).map(String).join(', ')}, …]`;
  return typeof value === 'function' ? 'a function' : JSON.stringify(value) ?? String(value);
}
