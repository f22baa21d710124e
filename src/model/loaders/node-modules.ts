/**
 * `node:fs` and `node:zlib` for the model loaders, through `require` on first use. An ES module
 * that imports a built-in gets a namespace of all its exports, and building it runs the
 * module's lazy getters: `fs.promises` and fs's streams (with readline, ~15 internal modules),
 * and zlib's stream classes (~20 more). That cost every program importing the toolkit paid at
 * start, though most never read a model file; `require` returns the module as it is.
 *
 * This module is also the one seam between the model layer and Node: `path`, `os` and `url`
 * come through it too, so that a browser build can swap it for `node-modules.browser.ts`
 * (package.json's `browser` field, which esbuild, webpack and Rollup honour) and load the rest
 * of the toolkit without a Node built-in. Models then come from `modelFromBotocore` and
 * `ModelRegistry.register` instead of files.
 */
import { createRequire } from 'node:module';

// Only built-ins are required, so any absolute base will do: this module's URL in ESM, its
// file name in a CommonJS bundle (where `import.meta.url` may be left empty).
const moduleUrl: unknown = import.meta.url;
const nodeRequire = createRequire(typeof moduleUrl === 'string' && moduleUrl !== '' ? moduleUrl : __filename);

/** Node's `fs`. */
export function nodeFs(): typeof import('node:fs') {
  return nodeRequire('node:fs') as typeof import('node:fs');
}

/** Node's `zlib`. */
export function nodeZlib(): typeof import('node:zlib') {
  return nodeRequire('node:zlib') as typeof import('node:zlib');
}

/** Node's `path`. */
export function nodePath(): typeof import('node:path') {
  return nodeRequire('node:path') as typeof import('node:path');
}

/** Node's `os`. */
export function nodeOs(): typeof import('node:os') {
  return nodeRequire('node:os') as typeof import('node:os');
}

/** Node's `url`. */
export function nodeUrl(): typeof import('node:url') {
  return nodeRequire('node:url') as typeof import('node:url');
}
