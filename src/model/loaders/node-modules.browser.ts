/**
 * The browser's stand-in for `node-modules.ts` (swapped in by package.json's `browser` field):
 * there is no file system, so every model that is not registered (`ModelRegistry.register`,
 * from `modelFromBotocore` over parsed JSON) is missing, with a typed error instead of a
 * bundler failure on a Node built-in.
 */
import { ModelError } from './errors.js';

function unavailable(module: string): never {
  throw new ModelError(
    'MODEL_READ_FAILED',
    `Node's ${module} is not available in a browser: load models with modelFromBotocore and ModelRegistry.register`,
    module,
  );
}

/** Node's `fs`: absent in a browser. */
export function nodeFs(): typeof import('node:fs') {
  return unavailable('fs');
}

/** Node's `zlib`: absent in a browser. */
export function nodeZlib(): typeof import('node:zlib') {
  return unavailable('zlib');
}

/** Node's `path`: absent in a browser. */
export function nodePath(): typeof import('node:path') {
  return unavailable('path');
}

/** Node's `os`: absent in a browser. */
export function nodeOs(): typeof import('node:os') {
  return unavailable('os');
}

/** Node's `url`: absent in a browser. */
export function nodeUrl(): typeof import('node:url') {
  return unavailable('url');
}
