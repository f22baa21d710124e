/**
 * The models shipped with the package (`models/<service>.json.gz`, built by
 * `scripts/build-bundled-model.py`): botocore service models without documentation.
 *
 * The `models` directory is found by walking up from this module's directory, which works
 * from the sources (`src/model/loaders`, under vitest), from the ESM build (`dist/index.js`,
 * `dist/cli/main.js`) and from the CJS build (`dist/index.cjs`, where tsup leaves
 * `import.meta.url` empty but `__dirname` is defined).
 */
import { nodeFs, nodePath, nodeUrl } from './node-modules.js';
import type { ServiceModel } from '../shape.js';
import { modelFromBotocore } from './botocore.js';
import type { BotocoreModelJson } from './botocore.js';
import { lazyModelJson } from './lazy-json.js';
import { ModelError } from './errors.js';
import { isDirectory, isFile, readModelText } from './files.js';
import { dataServiceName, isModelDirectoryName } from './names.js';

const MODEL_ENDING = '.json.gz';
const loaded = new Map<string, ServiceModel>();
let modelsDirCache: string | null | undefined;

/**
 * The bundled model of a service, loaded once and cached. `service` is the CLI name
 * (`sagemaker`); shapes are built on first use.
 * @example loadBundledModel().shape('AutoMLChannel')?.kind // 'structure'
 */
export function loadBundledModel(service = 'sagemaker'): ServiceModel {
  const cached = loaded.get(service);
  if (cached !== undefined) return cached;
  const path = bundledModelPath(service);
  if (path === undefined) {
    throw new ModelError(
      'SERVICE_NOT_FOUND',
      `No bundled model for service ${service} (bundled: ${bundledServiceNames().join(', ') || 'none'})`,
      service,
    );
  }
  const model = modelFromBotocore(readBundledModelJson(path), { serviceName: dataServiceName(service) ?? service });
  loaded.set(service, model);
  return model;
}

/** A bundled model file, its shapes parsed on first use. */
export function readBundledModelJson(path: string): BotocoreModelJson {
  const text = readModelText(path);
  try {
    return lazyModelJson(text);
  } catch (error) {
    throw new ModelError('MODEL_READ_FAILED', `Cannot read the bundled model ${path}: ${(error as Error).message}`, path, { cause: error });
  }
}

/** The file of a service's bundled model, or `undefined` when the package has none. */
export function bundledModelPath(service: string): string | undefined {
  const name = dataServiceName(service) ?? service;
  // A name from user text becomes part of a path only when it cannot leave the directory.
  if (!isModelDirectoryName(name)) return undefined;
  const dir = bundledModelsDirectory();
  if (dir === undefined) return undefined;
  const path = join(dir, `${name}${MODEL_ENDING}`);
  return isFile(path) ? path : undefined;
}

/** Data names of the services with a bundled model, sorted. */
export function bundledServiceNames(): string[] {
  const dir = bundledModelsDirectory();
  if (dir === undefined) return [];
  return nodeFs().readdirSync(dir)
    .filter((entry) => entry.endsWith(MODEL_ENDING))
    .map((entry) => entry.slice(0, -MODEL_ENDING.length))
    .sort();
}

/** The package's `models` directory, or `undefined` when it cannot be found. */
export function bundledModelsDirectory(): string | undefined {
  if (modelsDirCache === undefined) modelsDirCache = findModelsDirectory() ?? null;
  return modelsDirCache ?? undefined;
}

function findModelsDirectory(): string | undefined {
  let dir = moduleDirectory();
  while (dir !== undefined) {
    const candidate = join(dir, 'models');
    // A `models` directory next to a package.json is ours; the check keeps a stray `models`
    // folder inside `dist` or `src` from being taken for it.
    if (isDirectory(candidate) && isFile(join(dir, 'package.json'))) return candidate;
    const parent = dirname(dir);
    dir = parent === dir ? undefined : parent;
  }
  return undefined;
}

/**
 * This module's directory: from `import.meta.url` in ESM, else from `__dirname` in the CJS
 * build. ESM must come first: `node -e` defines a global `__dirname` of `.` that an ES
 * module would otherwise pick up.
 */
function moduleDirectory(): string | undefined {
  const url: unknown = import.meta.url;
  if (typeof url === 'string' && url.startsWith('file:')) return dirname(nodeUrl().fileURLToPath(url));
  return typeof __dirname === 'string' && __dirname !== '' ? __dirname : undefined;
}

// Node's path functions, reached through the one Node seam (node-modules.ts) on first use.
function join(...parts: string[]): string {
  return nodePath().join(...parts);
}

function dirname(path: string): string {
  return nodePath().dirname(path);
}
