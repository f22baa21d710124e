/**
 * The botocore loader: `service-2.json` models (the AWS CLI's own source of truth) from a
 * parsed object, a `.json`/`.json.gz` file, or a botocore data directory laid out as
 * `DIR/<service>/<api-version>/service-2.json[.gz]`.
 *
 * Directory search follows botocore's loader: the newest API version across all searched
 * directories wins (plain string comparison, as botocore takes `max()` of the names), the
 * first directory holding that version supplies the file, `.json` is preferred to `.json.gz`,
 * and `service-2.sdk-extras.json` files are merged in (their `merge` object, deeply).
 */
import { nodeFs, nodePath } from './node-modules.js';
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
import { isDirectory, isFile, isJsonObject, readJsonFile } from './files.js';
import { deepMerge } from '../python.js';
import { defineLazy, definedOnly, LazyServiceModel, lazyMember, ShapeTable } from './graph.js';
import { cliServiceName, hyphenizeServiceId, isModelDirectoryName } from './names.js';
import { attachPaginators, PAGINATOR_FIELD, paginatorFrom } from './paginators.js';
import { attachWaiters, WAITERS_FIELD, waitersFrom } from './waiters.js';

/** A member reference in a botocore model (`{"shape": "Name", ...}`). */
export interface BotocoreShapeRef {
  readonly shape: string;
  readonly documentation?: string;
  readonly idempotencyToken?: boolean;
  readonly [trait: string]: unknown;
}

/** A shape definition in a botocore model. */
export interface BotocoreShapeJson {
  readonly type: string;
  readonly members?: Readonly<Record<string, BotocoreShapeRef>>;
  readonly required?: readonly string[];
  readonly member?: BotocoreShapeRef;
  readonly key?: BotocoreShapeRef;
  readonly value?: BotocoreShapeRef;
  readonly enum?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly union?: boolean;
  readonly document?: boolean;
  readonly streaming?: boolean;
  /** The member that is the whole HTTP body (structures of REST protocols). */
  readonly payload?: string;
  readonly documentation?: string;
  readonly [trait: string]: unknown;
}

/** An operation in a botocore model. */
export interface BotocoreOperationJson {
  readonly name: string;
  readonly input?: BotocoreShapeRef;
  readonly output?: BotocoreShapeRef;
  readonly http?: { readonly method: string; readonly requestUri: string };
  readonly documentation?: string;
  readonly deprecated?: boolean;
  readonly [field: string]: unknown;
}

/** A parsed botocore `service-2.json`. */
export interface BotocoreModelJson {
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly operations: Readonly<Record<string, BotocoreOperationJson>>;
  readonly shapes: Readonly<Record<string, BotocoreShapeJson>>;
  readonly documentation?: string;
  readonly [field: string]: unknown;
}

/** Options for the botocore loader. */
export interface BotocoreLoadOptions {
  /**
   * The service's botocore data name (its data directory, e.g. `sagemaker`, `s3`). Needed to
   * pick a service from a data directory; otherwise taken from the file's directory or, for a
   * bare object, from `metadata.serviceId`. The model's `serviceName` is the CLI form of it.
   */
  readonly serviceName?: string;
}

/** Where a service's model file was found in a set of data directories. */
export interface BotocoreModelLocation {
  /** The service's data directory name, e.g. `sagemaker`. */
  readonly serviceName: string;
  readonly apiVersion: string;
  /** The model file itself. */
  readonly path: string;
  /** The searched directory it came from. */
  readonly dataDir: string;
}

const MODEL_TYPE = 'service-2';
const EXTRAS_TYPE = 'service-2.sdk-extras';
const PAGINATORS_TYPE = 'paginators-1';
const PAGINATORS_EXTRAS_TYPE = 'paginators-1.sdk-extras';
const WAITERS_TYPE = 'waiters-2';
/** botocore tries these endings in this order. */
const JSON_ENDINGS = ['.json', '.json.gz'] as const;

/**
 * Build a `ServiceModel` from a parsed botocore model. Shapes are created on first use.
 * @example modelFromBotocore(JSON.parse(text), { serviceName: 'sagemaker' })
 */
export function modelFromBotocore(json: BotocoreModelJson, options: BotocoreLoadOptions = {}): ServiceModel {
  checkModelJson(json, options.serviceName ?? '<object>');
  const shapes = json.shapes;
  const table: ShapeTable = new ShapeTable(
    () => Object.keys(shapes),
    (name) => Object.hasOwn(shapes, name),
    (name) => buildShape(name, shapes[name] as BotocoreShapeJson, table),
  );
  const dataName = options.serviceName ?? dataNameFromMetadata(json.metadata);
  const metadata = metadataFrom(json.metadata, cliServiceName(dataName));
  return new LazyServiceModel(metadata, table, () => buildOperations(json.operations, table), waitersFrom(json[WAITERS_FIELD]));
}

/**
 * Load a botocore model from a parsed object, a `.json`/`.json.gz` file, or a directory: a
 * botocore data directory (with `options.serviceName`) or one service's directory
 * (`DIR/<api-version>/service-2.json`, the service named after the directory).
 * @example loadBotocoreModel('/path/botocore/data', { serviceName: 'sagemaker' })
 */
export function loadBotocoreModel(
  source: string | BotocoreModelJson,
  options: BotocoreLoadOptions = {},
): ServiceModel {
  if (typeof source !== 'string') return modelFromBotocore(source, options);
  if (isFile(source)) {
    // A model file's paginators and waiters sit beside it, as in a data directory.
    const paginators = readPaginators([dirname(source)]);
    const waiters = readWaiters([dirname(source)]);
    return modelFromBotocore(attachWaiters(attachPaginators(asModelJson(readJsonFile(source), source), paginators), waiters), {
      serviceName: options.serviceName ?? dataNameFromPath(source),
    });
  }
  if (!isDirectory(source)) {
    throw new ModelError('MODEL_READ_FAILED', `No model file or directory at ${source}`, source);
  }
  if (options.serviceName !== undefined) {
    return loadBotocoreService([source], options.serviceName);
  }
  if (apiVersionsIn(source).length > 0) {
    return loadBotocoreService([dirname(source)], basename(source));
  }
  throw new ModelError(
    'SERVICE_NOT_FOUND',
    `${source} is a data directory of several services; say which service to load`,
    source,
  );
}

/**
 * Load the newest model of `serviceName` (a data directory name) found in `dataDirs`,
 * searched in order, as botocore does; throws `SERVICE_NOT_FOUND` when none has it.
 */
export function loadBotocoreService(dataDirs: readonly string[], serviceName: string): ServiceModel {
  const location = locateBotocoreModel(dataDirs, serviceName);
  if (location === undefined) {
    throw new ModelError(
      'SERVICE_NOT_FOUND',
      `No ${MODEL_TYPE} model for service ${serviceName} in ${dataDirs.join(', ') || '(no directories)'}`,
      serviceName,
    );
  }
  return loadBotocoreFromLocation(location, dataDirs);
}

/** Load the model at `location`, merging extras found in `dataDirs`. */
export function loadBotocoreFromLocation(
  location: BotocoreModelLocation,
  dataDirs: readonly string[] = [location.dataDir],
): ServiceModel {
  if (!isModelDirectoryName(location.serviceName) || !isModelDirectoryName(location.apiVersion)) {
    throw new ModelError('SERVICE_NOT_FOUND', `Unknown service ${JSON.stringify(location.serviceName)}`, location.serviceName);
  }
  let json = asModelJson(readJsonFile(location.path), location.path);
  const extrasPath = firstModelFile(dataDirs, location.serviceName, location.apiVersion, EXTRAS_TYPE);
  if (extrasPath !== undefined) {
    const extras = readJsonFile(extrasPath);
    if (isJsonObject(extras) && isJsonObject(extras['merge'])) {
      deepMerge(json as unknown as Record<string, unknown>, extras['merge']);
    }
  }
  const versionDirs = dataDirs.map((dir) => join(dir, location.serviceName, location.apiVersion));
  json = attachWaiters(attachPaginators(json, readPaginators(versionDirs)), readWaiters(versionDirs));
  return modelFromBotocore(json, { serviceName: location.serviceName });
}

/**
 * The `pagination` object of the first `paginators-1.json` in `versionDirs`, with the first
 * `paginators-1.sdk-extras.json` merged in; `undefined` when there is none.
 */
function readPaginators(versionDirs: readonly string[]): Record<string, unknown> | undefined {
  const first = (typeName: string): unknown => {
    for (const dir of versionDirs) {
      const path = modelFileIn(dir, typeName);
      if (path !== undefined) return readJsonFile(path);
    }
    return undefined;
  };
  const data = first(PAGINATORS_TYPE);
  if (!isJsonObject(data) || !isJsonObject(data['pagination'])) return undefined;
  const extras = first(PAGINATORS_EXTRAS_TYPE);
  if (isJsonObject(extras) && isJsonObject(extras['merge'])) deepMerge(data, extras['merge']);
  return data['pagination'];
}

/** The first `waiters-2.json` in `versionDirs`, parsed; `undefined` when there is none. */
function readWaiters(versionDirs: readonly string[]): unknown {
  for (const dir of versionDirs) {
    const path = modelFileIn(dir, WAITERS_TYPE);
    if (path !== undefined) return readJsonFile(path);
  }
  return undefined;
}

/**
 * Find the model file botocore would load for `serviceName` in `dataDirs`: the newest API
 * version present in any directory, taken from the first directory that has it.
 */
export function locateBotocoreModel(
  dataDirs: readonly string[],
  serviceName: string,
): BotocoreModelLocation | undefined {
  // A service name is user text (a script's `aws <service>`): checked before it becomes a path.
  if (!isModelDirectoryName(serviceName)) return undefined;
  const versions = new Set<string>();
  for (const dir of dataDirs) {
    for (const version of apiVersionsIn(join(dir, serviceName))) versions.add(version);
  }
  const apiVersion = latestApiVersion(versions);
  if (apiVersion === undefined) return undefined;
  for (const dataDir of dataDirs) {
    const path = modelFileIn(join(dataDir, serviceName, apiVersion), MODEL_TYPE);
    if (path !== undefined) return { serviceName, apiVersion, path, dataDir };
  }
  return undefined;
}

/** The data names of all services with a model in any of `dataDirs`, sorted. */
export function listBotocoreServices(dataDirs: readonly string[]): string[] {
  const names = new Set<string>();
  for (const dir of dataDirs) {
    for (const entry of directoryEntries(dir)) {
      if (isModelDirectoryName(entry) && apiVersionsIn(join(dir, entry)).length > 0) names.add(entry);
    }
  }
  return [...names].sort();
}

/**
 * The newest of some API version names, compared as botocore does (`max()` of strings:
 * code-unit order, so `2017-07-24` > `2015-01-01`), or `undefined` for none.
 */
export function latestApiVersion(versions: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const version of versions) {
    if (latest === undefined || version > latest) latest = version;
  }
  return latest;
}

/** API version directories under a service directory that hold a model file. */
function apiVersionsIn(serviceDir: string): string[] {
  return directoryEntries(serviceDir).filter((entry) => isModelDirectoryName(entry) && modelFileIn(join(serviceDir, entry), MODEL_TYPE) !== undefined);
}

function firstModelFile(
  dataDirs: readonly string[],
  serviceName: string,
  apiVersion: string,
  typeName: string,
): string | undefined {
  if (!isModelDirectoryName(serviceName) || !isModelDirectoryName(apiVersion)) return undefined;
  for (const dir of dataDirs) {
    const path = modelFileIn(join(dir, serviceName, apiVersion), typeName);
    if (path !== undefined) return path;
  }
  return undefined;
}

function modelFileIn(versionDir: string, typeName: string): string | undefined {
  for (const ending of JSON_ENDINGS) {
    const path = join(versionDir, typeName + ending);
    if (isFile(path)) return path;
  }
  return undefined;
}

function directoryEntries(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  try {
    return nodeFs().readdirSync(dir);
  } catch {
    return [];
  }
}

/** `…/<service>/<version>/service-2.json[.gz]` names its service by the directory. */
function dataNameFromPath(path: string): string | undefined {
  if (!basename(path).startsWith(`${MODEL_TYPE}.`)) return undefined;
  const name = basename(dirname(dirname(path)));
  return name === '' || name === '.' || name === '/' ? undefined : name;
}

function dataNameFromMetadata(metadata: Readonly<Record<string, unknown>>): string {
  const serviceId = metadata['serviceId'];
  if (typeof serviceId === 'string' && serviceId !== '') return hyphenizeServiceId(serviceId);
  const prefix = metadata['endpointPrefix'];
  if (typeof prefix === 'string' && prefix !== '') return prefix;
  return 'unknown';
}

function metadataFrom(raw: Readonly<Record<string, unknown>>, serviceName: string): ServiceMetadata {
  const text = (key: string): string | undefined => {
    const value = raw[key];
    return typeof value === 'string' ? value : undefined;
  };
  return definedOnly<ServiceMetadata>({
    serviceName,
    apiVersion: text('apiVersion'),
    endpointPrefix: text('endpointPrefix'),
    signingName: text('signingName'),
    protocol: text('protocol'),
    jsonVersion: text('jsonVersion'),
    targetPrefix: text('targetPrefix'),
    serviceId: text('serviceId'),
    uid: text('uid'),
  });
}

function asModelJson(value: unknown, path: string): BotocoreModelJson {
  checkModelJson(value, path);
  return value;
}

function checkModelJson(value: unknown, where: string): asserts value is BotocoreModelJson {
  if (
    !isJsonObject(value) ||
    !isJsonObject(value['metadata']) ||
    !isJsonObject(value['operations']) ||
    !isJsonObject(value['shapes'])
  ) {
    throw new ModelError(
      'INVALID_MODEL',
      `${where} is not a botocore service model (needs metadata, operations and shapes objects)`,
      where,
    );
  }
}

function buildOperations(
  operations: Readonly<Record<string, BotocoreOperationJson>>,
  table: ShapeTable,
): ReadonlyMap<string, Operation> {
  const map = new Map<string, Operation>();
  for (const [key, op] of Object.entries(operations)) {
    // botocore names an operation by its key (`AssociateAlias`); `op.name` can differ as the
    // wire name (`AssociateAlias2020_05_31`), which the AWS CLI never shows.
    const name = key;
    const operation = definedOnly<Omit<Operation, 'input' | 'output'>>({
      name,
      documentation: op.documentation,
      http: op.http === undefined ? undefined : { method: op.http.method, requestUri: op.http.requestUri },
      deprecated: op.deprecated === true ? true : undefined,
      paginator: paginatorFrom(op[PAGINATOR_FIELD]),
    });
    // Resolved on first read: listing operations should not build every input shape.
    const { input, output } = op;
    if (input !== undefined) defineLazy(operation, 'input', () => structureRef(input, `${name} input`, table));
    if (output !== undefined) defineLazy(operation, 'output', () => structureRef(output, `${name} output`, table));
    map.set(key, operation as Operation);
  }
  return map;
}

function structureRef(ref: BotocoreShapeRef, where: string, table: ShapeTable): StructureShape {
  const shape = table.require(ref.shape, where);
  if (shape.kind !== 'structure' && shape.kind !== 'union') {
    throw new ModelError('INVALID_MODEL', `${where} ${ref.shape} is a ${shape.kind}, not a structure`, ref.shape);
  }
  return shape;
}

function buildShape(name: string, def: BotocoreShapeJson, table: ShapeTable): Shape {
  if (!isJsonObject(def)) {
    throw new ModelError('INVALID_MODEL', `Shape ${name} is not an object`, name);
  }
  const documentation = def.documentation;
  switch (def.type) {
    case 'structure': {
      if (def.document === true) {
        return definedOnly<OtherScalarShape>({ name, kind: 'document', documentation });
      }
      const members = new Map<string, Member>();
      for (const [memberName, rawRef] of Object.entries(def.members ?? {})) {
        const ref = refOf(rawRef, name, `member ${memberName}`);
        members.set(
          memberName,
          lazyMember(memberName, () => withMemberTraits(table.require(ref.shape, `${name}.${memberName}`), ref), {
            documentation: ref.documentation,
            idempotencyToken: ref.idempotencyToken,
          }),
        );
      }
      return definedOnly<StructureShape>({
        name,
        kind: def.union === true ? 'union' : 'structure',
        documentation,
        members,
        required: new Set(def.required ?? []),
        payload: typeof def.payload === 'string' ? def.payload : undefined,
      });
    }
    case 'list': {
      const member = refOf(def.member, name, 'member');
      const shape = definedOnly<Omit<ListShape, 'member'>>({ name, kind: 'list', documentation, min: def.min, max: def.max });
      defineLazy(shape, 'member', () => table.require(member.shape, `${name}.member`));
      return shape as ListShape;
    }
    case 'map': {
      const key = refOf(def.key, name, 'key');
      const value = refOf(def.value, name, 'value');
      const shape = definedOnly<Omit<MapShape, 'key' | 'value'>>({ name, kind: 'map', documentation, min: def.min, max: def.max });
      defineLazy(shape, 'key', () => table.require(key.shape, `${name}.key`));
      defineLazy(shape, 'value', () => table.require(value.shape, `${name}.value`));
      return shape as MapShape;
    }
    case 'string':
      return definedOnly<StringShape>({
        name,
        kind: 'string',
        documentation,
        enum: def.enum === undefined ? undefined : [...def.enum],
        min: def.min,
        max: def.max,
        pattern: def.pattern,
      });
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return definedOnly<NumberShape>({ name, kind: def.type, documentation, min: def.min, max: def.max });
    case 'blob':
      return definedOnly<OtherScalarShape>({
        name,
        kind: 'blob',
        documentation,
        min: def.min,
        max: def.max,
        streaming: def.streaming === true ? true : undefined,
      });
    case 'boolean':
    case 'timestamp':
      return definedOnly<OtherScalarShape>({ name, kind: def.type, documentation });
    default:
      throw new ModelError('INVALID_MODEL', `Shape ${name} has unsupported type ${String(def.type)}`, name);
  }
}

/**
 * The member's view of its target: botocore lets a member reference carry traits of the shape
 * (S3's `Body` is `{"shape": "Body", "streaming": true}`), so such a member gets a copy.
 */
function withMemberTraits(shape: Shape, ref: BotocoreShapeRef): Shape {
  if (ref.streaming === true && shape.kind === 'blob' && shape.streaming !== true) return { ...shape, streaming: true };
  if (ref['jsonvalue'] === true && ref['location'] === 'header' && shape.kind === 'string') return { ...shape, jsonValue: true };
  return shape;
}

function refOf(ref: BotocoreShapeRef | undefined, owner: string, field: string): BotocoreShapeRef {
  if (!isJsonObject(ref) || typeof ref.shape !== 'string') {
    throw new ModelError('INVALID_MODEL', `Shape ${owner} has no ${field} reference`, owner);
  }
  return ref;
}

// Node's path functions, reached through the one Node seam (node-modules.ts) on first use.
function join(...parts: string[]): string {
  return nodePath().join(...parts);
}

function dirname(path: string): string {
  return nodePath().dirname(path);
}

function basename(path: string): string {
  return nodePath().basename(path);
}
