/**
 * The Smithy JSON AST loader: the format of AWS's published Smithy models
 * (`{"smithy": "2.0", "shapes": {"ns#Name": {"type": …, "members": …, "traits": …}}}`).
 *
 * Mapping to our shapes:
 * - structure, union, list, set (as list), map, blob, boolean, string, timestamp, document;
 * - `enum` (2.0) and strings with the 1.0 `smithy.api#enum` trait become strings with `enum`
 *   values (an `enum` member's value is its `smithy.api#enumValue`, else its name);
 * - `intEnum` becomes `integer` (our number shapes carry no enum values);
 * - byte and short become `integer`, bigInteger `long`, bigDecimal `double`;
 * - traits: required, length, range, pattern, documentation, streaming, idempotencyToken,
 *   deprecated, http, httpPayload (the structure's `payload`). Constraint traits set on a member (not its target) give that member
 *   its own copy of the target shape with the member's bounds.
 * Shapes are named by the part after `#`; `shape()` takes either that or the full id.
 * The service's operations include those bound to its resources (recursively).
 */
import type {
  ListShape,
  MapShape,
  Member,
  NumberShape,
  Operation,
  OtherScalarShape,
  ServiceMetadata,
  ServiceModel,
  Shape,
  StringShape,
  StructureShape,
} from '../shape.js';
import { ModelError } from './errors.js';
import { isJsonObject, readJsonFile } from './files.js';
import { defineLazy, definedOnly, LazyServiceModel, lazyMember, ShapeTable } from './graph.js';
import { cliServiceName, hyphenizeServiceId } from './names.js';

/** A reference to a shape by id, with traits when it is a member. */
export interface SmithyMemberJson {
  readonly target: string;
  readonly traits?: Readonly<Record<string, unknown>>;
}

/** One shape of a Smithy JSON AST. */
export interface SmithyShapeJson {
  readonly type: string;
  readonly members?: Readonly<Record<string, SmithyMemberJson>>;
  readonly member?: SmithyMemberJson;
  readonly key?: SmithyMemberJson;
  readonly value?: SmithyMemberJson;
  readonly traits?: Readonly<Record<string, unknown>>;
  readonly version?: string;
  readonly input?: SmithyMemberJson;
  readonly output?: SmithyMemberJson;
  readonly operations?: readonly SmithyMemberJson[];
  readonly resources?: readonly SmithyMemberJson[];
  readonly [field: string]: unknown;
}

/** A Smithy JSON AST document. */
export interface SmithyModelJson {
  readonly smithy: string;
  readonly shapes: Readonly<Record<string, SmithyShapeJson>>;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** Options for the Smithy loader. */
export interface SmithyLoadOptions {
  /** The service shape id to load (`com.amazonaws.sagemaker#SageMaker`); needed when the model has several. */
  readonly service?: string;
  /**
   * The service's botocore data name (`sagemaker`). Default: the `aws.api#service` sdkId in
   * botocore's hyphenated lower case, else the service shape's name in lower case.
   */
  readonly serviceName?: string;
}

const PRELUDE = 'smithy.api#';
const TRAIT = {
  documentation: 'smithy.api#documentation',
  required: 'smithy.api#required',
  length: 'smithy.api#length',
  range: 'smithy.api#range',
  pattern: 'smithy.api#pattern',
  enum: 'smithy.api#enum',
  enumValue: 'smithy.api#enumValue',
  streaming: 'smithy.api#streaming',
  httpPayload: 'smithy.api#httpPayload',
  idempotencyToken: 'smithy.api#idempotencyToken',
  deprecated: 'smithy.api#deprecated',
  http: 'smithy.api#http',
  awsService: 'aws.api#service',
  sigv4: 'aws.auth#sigv4',
} as const;

/** Protocol traits and the botocore `protocol` / `jsonVersion` they stand for. */
const PROTOCOLS: ReadonlyArray<readonly [trait: string, protocol: string, jsonVersion?: string]> = [
  ['aws.protocols#awsJson1_0', 'json', '1.0'],
  ['aws.protocols#awsJson1_1', 'json', '1.1'],
  ['aws.protocols#restJson1', 'rest-json'],
  ['aws.protocols#restXml', 'rest-xml'],
  ['aws.protocols#awsQuery', 'query'],
  ['aws.protocols#ec2Query', 'ec2'],
  ['smithy.protocols#rpcv2Cbor', 'smithy-rpc-v2-cbor'],
];

/** Prelude shapes by name, as Smithy simple types (`Primitive*` are the same types). */
const PRELUDE_TYPES: Readonly<Record<string, string>> = {
  Blob: 'blob',
  Boolean: 'boolean',
  PrimitiveBoolean: 'boolean',
  String: 'string',
  Byte: 'byte',
  PrimitiveByte: 'byte',
  Short: 'short',
  PrimitiveShort: 'short',
  Integer: 'integer',
  PrimitiveInteger: 'integer',
  Long: 'long',
  PrimitiveLong: 'long',
  Float: 'float',
  PrimitiveFloat: 'float',
  Double: 'double',
  PrimitiveDouble: 'double',
  BigInteger: 'bigInteger',
  BigDecimal: 'bigDecimal',
  Timestamp: 'timestamp',
  Document: 'document',
  Unit: 'structure',
};

const NUMBER_KINDS: Readonly<Record<string, NumberShape['kind']>> = {
  byte: 'integer',
  short: 'integer',
  integer: 'integer',
  intEnum: 'integer',
  long: 'long',
  bigInteger: 'long',
  float: 'float',
  double: 'double',
  bigDecimal: 'double',
};

const NOT_DATA = new Set(['service', 'operation', 'resource', 'apply']);

/**
 * Build a `ServiceModel` from a parsed Smithy JSON AST.
 * @example modelFromSmithy(JSON.parse(text), { service: 'com.example#Weather' })
 */
export function modelFromSmithy(json: SmithyModelJson, options: SmithyLoadOptions = {}): ServiceModel {
  if (!isJsonObject(json) || typeof json.smithy !== 'string' || !isJsonObject(json.shapes)) {
    throw new ModelError('INVALID_MODEL', 'Not a Smithy JSON AST (needs "smithy" and "shapes")', options.service);
  }
  const shapes = applyTraits(json.shapes);
  const byName = new Map<string, string>();
  for (const [id, def] of Object.entries(shapes)) {
    if (NOT_DATA.has(def.type)) continue;
    const name = nameOf(id);
    if (!byName.has(name)) byName.set(name, id);
  }
  const definitionOf = (id: string): SmithyShapeJson | undefined => {
    if (Object.hasOwn(shapes, id)) return shapes[id];
    const preludeType = id.startsWith(PRELUDE) ? PRELUDE_TYPES[id.slice(PRELUDE.length)] : undefined;
    return preludeType === undefined ? undefined : { type: preludeType };
  };
  const idOf = (name: string): string | undefined => (name.includes('#') ? name : byName.get(name));
  // Shapes are cached by full id, so `Name` and `ns#Name` give the same object.
  const table: ShapeTable = new ShapeTable(
    () => byName.keys(),
    (id) => {
      const def = definitionOf(id);
      return def !== undefined && !NOT_DATA.has(def.type);
    },
    (id) => buildShape(id, definitionOf(id) as SmithyShapeJson, table),
    (name) => idOf(name) ?? name,
  );

  const serviceId = chooseService(shapes, options.service);
  const service = serviceId === undefined ? undefined : shapes[serviceId];
  const metadata = metadataOf(serviceId, service, options.serviceName);
  return new LazyServiceModel(metadata, table, () =>
    serviceId === undefined ? new Map() : buildOperations(serviceId, shapes, table),
  );
}

/** Load a Smithy JSON AST from a parsed object or a `.json`/`.json.gz` file. */
export function loadSmithyModel(source: string | SmithyModelJson, options: SmithyLoadOptions = {}): ServiceModel {
  return modelFromSmithy(typeof source === 'string' ? (readJsonFile(source) as SmithyModelJson) : source, options);
}

/** `apply` shapes add traits to another shape; fold them in so later steps see one definition. */
function applyTraits(shapes: Readonly<Record<string, SmithyShapeJson>>): Readonly<Record<string, SmithyShapeJson>> {
  const applies = Object.entries(shapes).filter(([, def]) => isJsonObject(def) && def.type === 'apply');
  if (applies.length === 0) return shapes;
  const out: Record<string, SmithyShapeJson> = { ...shapes };
  for (const [id, def] of applies) {
    delete out[id];
    const [shapeId, memberName] = id.split('$') as [string, string | undefined];
    const target = out[shapeId];
    if (target === undefined) continue;
    if (memberName === undefined) {
      out[shapeId] = { ...target, traits: { ...target.traits, ...def.traits } };
    } else if (target.members !== undefined && Object.hasOwn(target.members, memberName)) {
      const member = target.members[memberName] as SmithyMemberJson;
      out[shapeId] = {
        ...target,
        members: { ...target.members, [memberName]: { ...member, traits: { ...member.traits, ...def.traits } } },
      };
    }
  }
  return out;
}

function chooseService(shapes: Readonly<Record<string, SmithyShapeJson>>, wanted: string | undefined): string | undefined {
  if (wanted !== undefined) {
    if (shapes[wanted]?.type !== 'service') {
      throw new ModelError('SERVICE_NOT_FOUND', `The model has no service shape ${wanted}`, wanted);
    }
    return wanted;
  }
  const services = Object.keys(shapes).filter((id) => shapes[id]?.type === 'service');
  if (services.length > 1) {
    throw new ModelError(
      'AMBIGUOUS_SERVICE',
      `The model has several services (${services.join(', ')}); choose one with the service option`,
      services.join(','),
    );
  }
  return services[0];
}

function metadataOf(
  serviceId: string | undefined,
  service: SmithyShapeJson | undefined,
  dataName: string | undefined,
): ServiceMetadata {
  const traits = service?.traits ?? {};
  const aws = objectTrait(traits, TRAIT.awsService);
  const sigv4 = objectTrait(traits, TRAIT.sigv4);
  const sdkId = stringField(aws, 'sdkId');
  const protocol = PROTOCOLS.find(([trait]) => Object.hasOwn(traits, trait));
  const shapeName = serviceId === undefined ? undefined : nameOf(serviceId);
  const name =
    dataName ?? (sdkId !== undefined ? hyphenizeServiceId(sdkId) : (shapeName?.toLowerCase() ?? 'unknown'));
  return definedOnly<ServiceMetadata>({
    serviceName: cliServiceName(name),
    apiVersion: typeof service?.version === 'string' ? service.version : undefined,
    endpointPrefix: stringField(aws, 'endpointPrefix'),
    signingName: stringField(sigv4, 'name'),
    protocol: protocol?.[1],
    jsonVersion: protocol?.[2],
    // JSON-RPC protocols name the target `<ServiceShapeName>.<Operation>`, as botocore's targetPrefix.
    targetPrefix: protocol?.[1] === 'json' ? shapeName : undefined,
    serviceId: sdkId,
  });
}

function buildOperations(
  serviceId: string,
  shapes: Readonly<Record<string, SmithyShapeJson>>,
  table: ShapeTable,
): ReadonlyMap<string, Operation> {
  const operationIds: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const def = shapes[id];
    if (def === undefined) {
      throw new ModelError('UNRESOLVED_SHAPE', `Service ${serviceId} binds undefined shape ${id}`, id);
    }
    if (def.type === 'operation') {
      operationIds.push(id);
      return;
    }
    for (const field of ['create', 'put', 'read', 'update', 'delete', 'list']) {
      const ref = def[field];
      if (isJsonObject(ref) && typeof ref['target'] === 'string') visit(ref['target']);
    }
    for (const field of ['operations', 'collectionOperations', 'resources']) {
      const refs = def[field];
      if (!Array.isArray(refs)) continue;
      for (const ref of refs) if (isJsonObject(ref) && typeof ref['target'] === 'string') visit(ref['target']);
    }
  };
  visit(serviceId);

  const map = new Map<string, Operation>();
  for (const id of operationIds) {
    const def = shapes[id] as SmithyShapeJson;
    const name = nameOf(id);
    const traits = def.traits ?? {};
    const http = objectTrait(traits, TRAIT.http);
    const method = stringField(http, 'method');
    const uri = stringField(http, 'uri');
    map.set(
      name,
      definedOnly<Operation>({
        name,
        input: ioShape(def.input, `${name} input`, table),
        output: ioShape(def.output, `${name} output`, table),
        documentation: stringTrait(traits, TRAIT.documentation),
        http: method !== undefined && uri !== undefined ? { method, requestUri: uri } : undefined,
        deprecated: Object.hasOwn(traits, TRAIT.deprecated) ? true : undefined,
      }),
    );
  }
  return map;
}

function ioShape(ref: SmithyMemberJson | undefined, where: string, table: ShapeTable): StructureShape | undefined {
  if (ref === undefined || ref.target === `${PRELUDE}Unit`) return undefined;
  const shape = table.require(ref.target, where);
  if (shape.kind !== 'structure' && shape.kind !== 'union') {
    throw new ModelError('INVALID_MODEL', `${where} ${ref.target} is a ${shape.kind}, not a structure`, ref.target);
  }
  return shape;
}

function buildShape(id: string, def: SmithyShapeJson, table: ShapeTable): Shape {
  const name = nameOf(id);
  const traits = def.traits ?? {};
  const documentation = stringTrait(traits, TRAIT.documentation);
  const length = objectTrait(traits, TRAIT.length);
  const min = numberField(length, 'min');
  const max = numberField(length, 'max');
  const resolve = (ref: SmithyMemberJson | undefined, field: string): (() => Shape) => {
    if (!isJsonObject(ref) || typeof ref.target !== 'string') {
      throw new ModelError('INVALID_MODEL', `Shape ${id} has no ${field} target`, id);
    }
    return () => memberShape(ref, `${id}$${field}`, table);
  };
  switch (def.type) {
    case 'structure':
    case 'union': {
      const members = new Map<string, Member>();
      const required = new Set<string>();
      let payload: string | undefined;
      for (const [memberName, ref] of Object.entries(def.members ?? {})) {
        const memberTraits = ref.traits ?? {};
        if (Object.hasOwn(memberTraits, TRAIT.required)) required.add(memberName);
        if (Object.hasOwn(memberTraits, TRAIT.httpPayload)) payload = memberName;
        members.set(
          memberName,
          lazyMember(memberName, resolve(ref, memberName), {
            documentation: stringTrait(memberTraits, TRAIT.documentation),
            idempotencyToken: Object.hasOwn(memberTraits, TRAIT.idempotencyToken),
          }),
        );
      }
      return definedOnly<StructureShape>({ name, kind: def.type, documentation, members, required, payload });
    }
    case 'list':
    case 'set': {
      const shape = definedOnly<Omit<ListShape, 'member'>>({ name, kind: 'list', documentation, min, max });
      defineLazy(shape, 'member', resolve(def.member, 'member'));
      return shape as ListShape;
    }
    case 'map': {
      const shape = definedOnly<Omit<MapShape, 'key' | 'value'>>({ name, kind: 'map', documentation, min, max });
      defineLazy(shape, 'key', resolve(def.key, 'key'));
      defineLazy(shape, 'value', resolve(def.value, 'value'));
      return shape as MapShape;
    }
    case 'string':
    case 'enum':
      return definedOnly<StringShape>({
        name,
        kind: 'string',
        documentation,
        enum: def.type === 'enum' ? enumShapeValues(def) : enumTraitValues(traits),
        min,
        max,
        pattern: stringTrait(traits, TRAIT.pattern),
      });
    case 'blob':
      return definedOnly<OtherScalarShape>({
        name,
        kind: 'blob',
        documentation,
        min,
        max,
        streaming: Object.hasOwn(traits, TRAIT.streaming) ? true : undefined,
      });
    case 'boolean':
    case 'timestamp':
    case 'document':
      return definedOnly<OtherScalarShape>({ name, kind: def.type, documentation });
    default: {
      const kind = NUMBER_KINDS[def.type];
      if (kind === undefined) {
        throw new ModelError('INVALID_MODEL', `Shape ${id} has unsupported type ${String(def.type)}`, id);
      }
      const range = objectTrait(traits, TRAIT.range);
      return definedOnly<NumberShape>({
        name,
        kind,
        documentation,
        min: numberField(range, 'min'),
        max: numberField(range, 'max'),
      });
    }
  }
}

/**
 * The shape a member stands for: its target, or a copy of the target with the member's own
 * length, range or pattern traits (copied by property descriptors so references stay lazy).
 */
function memberShape(ref: SmithyMemberJson, where: string, table: ShapeTable): Shape {
  const target = table.require(ref.target, where);
  const traits = ref.traits ?? {};
  const length = objectTrait(traits, TRAIT.length);
  const range = objectTrait(traits, TRAIT.range);
  const pattern = stringTrait(traits, TRAIT.pattern);
  if (length === undefined && range === undefined && pattern === undefined) return target;
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(target)) as Record<string, unknown>;
  const bounds = length ?? range;
  const min = numberField(bounds, 'min');
  const max = numberField(bounds, 'max');
  if (min !== undefined) copy['min'] = min;
  if (max !== undefined) copy['max'] = max;
  if (pattern !== undefined && target.kind === 'string') copy['pattern'] = pattern;
  return copy as unknown as Shape;
}

function enumShapeValues(def: SmithyShapeJson): string[] {
  return Object.entries(def.members ?? {}).map(([memberName, member]) => {
    const value = member.traits?.[TRAIT.enumValue];
    return typeof value === 'string' ? value : memberName;
  });
}

function enumTraitValues(traits: Readonly<Record<string, unknown>>): string[] | undefined {
  const values = traits[TRAIT.enum];
  if (!Array.isArray(values)) return undefined;
  return values.flatMap((entry) => (isJsonObject(entry) && typeof entry['value'] === 'string' ? [entry['value']] : []));
}

function nameOf(id: string): string {
  const hash = id.indexOf('#');
  return hash === -1 ? id : id.slice(hash + 1);
}

function objectTrait(traits: Readonly<Record<string, unknown>>, key: string): Record<string, unknown> | undefined {
  const value = traits[key];
  return isJsonObject(value) ? value : undefined;
}

function stringTrait(traits: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = traits[key];
  return typeof value === 'string' ? value : undefined;
}

function stringField(object: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

function numberField(object: Record<string, unknown> | undefined, key: string): number | undefined {
  const value = object?.[key];
  return typeof value === 'number' ? value : undefined;
}
