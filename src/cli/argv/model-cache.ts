/**
 * The operation cache: a command line needs one operation of a bundled model, but loading the
 * model means decompressing and parsing all of it (about 20 ms for SageMaker). The first run of
 * an operation writes that operation's part of the model (the operation, the shapes it reaches,
 * the service's operation names) to a small file; later runs read only that file.
 *
 * The cache is used only where the registry would choose the bundled model itself (no model of
 * the service on the data path), is keyed by the bundled file's path, size and time, and lives
 * in `$XDG_CACHE_HOME/aws-shorthand` (default `~/.cache/aws-shorthand`). Any failure to read or
 * write it falls back to the normal load. `AWS_SHORTHAND_NO_CACHE=1` turns it off.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { bundledModelPath } from '../../model/loaders/bundled.js';
import { locateBotocoreModel, modelFromBotocore } from '../../model/loaders/botocore.js';
import type { BotocoreModelJson, BotocoreShapeJson } from '../../model/loaders/botocore.js';
import { dataServiceName, xformName } from '../../model/loaders/names.js';
import { WAITERS_FIELD } from '../../model/loaders/waiters.js';
import type { ModelRegistry } from '../../model/registry.js';
import type { Operation, ServiceModel, Waiter } from '../../model/shape.js';
// zlib only for a gzipped model: a cache hit reads plain JSON (node-modules.ts says why).
import { nodeZlib } from '../../model/loaders/node-modules.js';

/** Bumped when the cache files change form (2: waiters in the index and operation files). */
const FORMAT = 2;

/**
 * The operation names of a service: CLI name → model name, in model order; and its waiters:
 * CLI name, model name and the model name of the polled operation, in botocore's order.
 */
interface CacheIndex {
  readonly format: number;
  readonly operations: ReadonlyArray<readonly [string, string]>;
  readonly waiters: ReadonlyArray<readonly [string, string, string]>;
}

/** A waiter found by its CLI name, with the model holding its operation. */
export interface WaiterView {
  readonly model: ServiceModel;
  readonly operation: Operation;
  readonly waiter: Waiter;
}

/** One service as a command line sees it: its operation names, and operations on demand. */
export interface ServiceView {
  /** CLI names of the operations, in model order. */
  readonly operationNames: readonly string[];
  /** The model holding `cliName` (possibly only that operation's part), and the operation. */
  operation(cliName: string): { readonly model: ServiceModel; readonly operation: Operation } | undefined;
  /** CLI names of the waiters (`wait` subcommands), in botocore's order; empty without waiters. */
  readonly waiterNames: readonly string[];
  /** The waiter called `cliName` (e.g. `endpoint-in-service`) and its operation. */
  waiter(cliName: string): WaiterView | undefined;
  /** The whole model (for pages that list every operation). */
  fullModel(): ServiceModel;
}

/**
 * The view of `service` through `registry`, from the operation cache when it applies.
 * @example serviceView(registry, 'sagemaker', env)?.operation('create-auto-ml-job')?.operation.name // 'CreateAutoMLJob'
 */
export function serviceView(registry: ModelRegistry, service: string, env: NodeJS.ProcessEnv): ServiceView | undefined {
  // A batch (`cli --jsonl`) evaluates many lines against one registry: one view per service
  // keeps a cache miss from reloading the whole model on every line.
  const key = [service, env['AWS_SHORTHAND_NO_CACHE'], env['XDG_CACHE_HOME'], env['HOME']].join('\u0000');
  let views = viewsByRegistry.get(registry);
  if (views === undefined) viewsByRegistry.set(registry, (views = new Map()));
  if (!views.has(key)) views.set(key, newServiceView(registry, service, env));
  return views.get(key);
}

const viewsByRegistry = new WeakMap<ModelRegistry, Map<string, ServiceView | undefined>>();

function newServiceView(registry: ModelRegistry, service: string, env: NodeJS.ProcessEnv): ServiceView | undefined {
  const cache = cacheFor(registry, service, env);
  if (cache !== undefined) {
    const index = cache.readIndex();
    if (index !== undefined) return cachedView(registry, service, cache, index);
  }
  return loadFull(registry, service, cache);
}

/** The whole model: read by us when the cache is to be filled from it, else by the registry. */
function loadFull(registry: ModelRegistry, service: string, cache: Cache | undefined): ServiceView | undefined {
  if (cache !== undefined) {
    const raw = readRawModel(cache.modelPath);
    const model = raw === undefined ? undefined : safeModel(raw, service);
    if (raw !== undefined && model !== undefined) {
      // The registry would have loaded this very file; it now answers with our copy.
      registry.register(model);
      return fullView(model, { cache, raw });
    }
  }
  const model = registry.findService(service);
  return model === undefined ? undefined : fullView(model, undefined);
}

interface Cache {
  readonly dir: string;
  readonly modelPath: string;
  readIndex(): CacheIndex | undefined;
  readOperation(modelName: string): BotocoreModelJson | undefined;
}

function cacheFor(registry: ModelRegistry, service: string, env: NodeJS.ProcessEnv): Cache | undefined {
  if (env['AWS_SHORTHAND_NO_CACHE'] !== undefined && env['AWS_SHORTHAND_NO_CACHE'] !== '' && env['AWS_SHORTHAND_NO_CACHE'] !== '0') return undefined;
  const dataName = dataServiceName(service);
  if (dataName === undefined) return undefined;
  const modelPath = bundledModelPath(dataName);
  // Only where the registry itself would take the bundled model.
  if (modelPath === undefined || locateBotocoreModel(registry.dataPath, dataName) !== undefined) return undefined;
  let identity: string;
  try {
    const stat = statSync(modelPath);
    identity = `${FORMAT}\u0000${modelPath}\u0000${stat.size}\u0000${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
  const base = env['XDG_CACHE_HOME'] !== undefined && env['XDG_CACHE_HOME'] !== '' ? env['XDG_CACHE_HOME'] : join(env['HOME'] ?? homedir(), '.cache');
  const dir = join(base, 'aws-shorthand', `${dataName}-${fnv1a(identity)}`);
  const readJson = (name: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  };
  return {
    dir,
    modelPath,
    readIndex: () => {
      const index = readJson('index.json') as CacheIndex | undefined;
      return index?.format === FORMAT && Array.isArray(index.operations) && Array.isArray(index.waiters) ? index : undefined;
    },
    readOperation: (modelName) => readJson(`op-${modelName}.json`) as BotocoreModelJson | undefined,
  };
}

/** A 32-bit FNV-1a hash in hex: enough to tell model files apart (node:crypto costs start-up time). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function cachedView(registry: ModelRegistry, service: string, cache: Cache, index: CacheIndex): ServiceView {
  const byCliName = new Map(index.operations);
  let full: ServiceView | undefined;
  const fallback = (): ServiceView => {
    full ??= loadFull(registry, service, cache);
    if (full === undefined) throw new Error(`the model of ${service} cannot be loaded`);
    return full;
  };
  const operation = (cliName: string): { readonly model: ServiceModel; readonly operation: Operation } | undefined => {
    const modelName = byCliName.get(cliName);
    if (modelName === undefined) return undefined;
    // Once the whole model is loaded, it answers faster than another cache file.
    if (full !== undefined) return full.operation(cliName);
    const json = cache.readOperation(modelName);
    const model = json === undefined ? undefined : safeModel(json, service);
    const found = model?.operations.get(modelName);
    if (model === undefined || found === undefined) return fallback().operation(cliName);
    return { model, operation: found };
  };
  const waiters = new Map(index.waiters.map(([cliName, name, operationName]) => [cliName, [name, operationName] as const]));
  return {
    operationNames: index.operations.map(([cliName]) => cliName),
    operation,
    waiterNames: index.waiters.map(([cliName]) => cliName),
    waiter: (cliName) => {
      const entry = waiters.get(cliName);
      if (entry === undefined) return undefined;
      if (full !== undefined) return full.waiter(cliName);
      // The polled operation's cache file carries the waiters that poll it.
      const found = operation(xformName(entry[1]));
      const waiter = found?.model.waiters?.get(entry[0]);
      if (found === undefined || waiter === undefined) return fallback().waiter(cliName);
      return { ...found, waiter };
    },
    fullModel: () => fallback().fullModel(),
  };
}

function safeModel(json: BotocoreModelJson, service: string): ServiceModel | undefined {
  try {
    return modelFromBotocore(json, { serviceName: dataServiceName(service) ?? service });
  } catch {
    return undefined;
  }
}

/** The whole model; with a cache, the operations used are written to it for next time. */
function fullView(model: ServiceModel, source: { readonly cache: Cache; readonly raw: BotocoreModelJson } | undefined): ServiceView {
  const byCliName = new Map([...model.operations.keys()].map((name) => [xformName(name), name] as const));
  const waiters = new Map([...(model.waiters?.values() ?? [])].filter((waiter) => model.operations.has(waiter.operation)).map((waiter) => [xformName(waiter.name), waiter] as const));
  if (source !== undefined) {
    writeIndex(source.cache, [...byCliName], [...waiters].map(([cliName, waiter]) => [cliName, waiter.name, waiter.operation] as const));
  }
  const written = new Set<string>();
  const operation = (cliName: string): { readonly model: ServiceModel; readonly operation: Operation } | undefined => {
    const modelName = byCliName.get(cliName);
    const found = modelName === undefined ? undefined : model.operations.get(modelName);
    if (found === undefined || modelName === undefined) return undefined;
    if (source !== undefined && !written.has(modelName)) {
      written.add(modelName);
      writeOperation(source.cache, source.raw, modelName);
    }
    return { model, operation: found };
  };
  return {
    operationNames: [...byCliName.keys()],
    operation,
    waiterNames: [...waiters.keys()],
    waiter: (cliName) => {
      const waiter = waiters.get(cliName);
      const found = waiter === undefined ? undefined : operation(xformName(waiter.operation));
      return found === undefined || waiter === undefined ? undefined : { ...found, waiter };
    },
    fullModel: () => model,
  };
}

function readRawModel(path: string): BotocoreModelJson | undefined {
  try {
    const bytes = readFileSync(path);
    return JSON.parse((path.endsWith('.gz') ? nodeZlib().gunzipSync(bytes) : bytes).toString('utf8')) as BotocoreModelJson;
  } catch {
    return undefined;
  }
}

function writeIndex(cache: Cache, operations: CacheIndex['operations'], waiters: CacheIndex['waiters']): void {
  if (cache.readIndex() !== undefined) return;
  writeAtomically(cache.dir, 'index.json', JSON.stringify({ format: FORMAT, operations, waiters } satisfies CacheIndex));
}

/**
 * The operation, the shapes it reaches, the service metadata and the waiters polling the
 * operation: a model of one operation.
 */
function writeOperation(cache: Cache, raw: BotocoreModelJson, modelName: string): void {
  const spec = raw.operations[modelName];
  if (spec === undefined) return;
  const keep = new Set<string>();
  const reach = (name: string): void => {
    if (keep.has(name)) return;
    const shape = raw.shapes[name] as (BotocoreShapeJson & Record<string, unknown>) | undefined;
    if (shape === undefined) return;
    keep.add(name);
    for (const field of ['member', 'key', 'value']) {
      const ref = shape[field] as { shape?: unknown } | undefined;
      if (typeof ref?.shape === 'string') reach(ref.shape);
    }
    const members = shape['members'] as Record<string, { shape?: unknown }> | undefined;
    for (const member of Object.values(members ?? {})) if (typeof member.shape === 'string') reach(member.shape);
  };
  for (const field of ['input', 'output'] as const) {
    const ref = (spec as unknown as Record<string, { shape?: unknown } | undefined>)[field];
    if (typeof ref?.shape === 'string') reach(ref.shape);
  }
  const shapes: Record<string, unknown> = {};
  for (const name of keep) shapes[name] = raw.shapes[name];
  const trimmed: Record<string, unknown> = { ...raw, operations: { [modelName]: spec }, shapes };
  delete trimmed[WAITERS_FIELD];
  const waiters = raw[WAITERS_FIELD];
  if (waiters !== null && typeof waiters === 'object') {
    const polling = Object.entries(waiters as Record<string, { operation?: unknown }>).filter(([, config]) => config.operation === modelName);
    if (polling.length > 0) trimmed[WAITERS_FIELD] = Object.fromEntries(polling);
  }
  writeAtomically(cache.dir, `op-${modelName}.json`, JSON.stringify(trimmed));
}

function writeAtomically(dir: string, name: string, text: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, join(dir, name));
  } catch {
    // A cache that cannot be written is only slower next time.
  }
}
