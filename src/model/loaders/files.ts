/**
 * Reading model files: plain or gzipped JSON, with failures turned into typed errors.
 */
import type { Stats } from 'node:fs';
import { nodeFs, nodeZlib } from './node-modules.js';
import { ModelError } from './errors.js';

/** Read and parse a `.json` or `.json.gz` file (gzip is detected by the name's `.gz` ending). */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    const bytes = nodeFs().readFileSync(path);
    text = (path.endsWith('.gz') ? nodeZlib().gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw new ModelError('MODEL_READ_FAILED', `Cannot read model file ${path}: ${describe(error)}`, path, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ModelError('INVALID_MODEL', `Model file ${path} is not valid JSON: ${describe(error)}`, path, {
      cause: error,
    });
  }
}

/** Whether `path` names an existing regular file (following links). */
export function isFile(path: string): boolean {
  return statOf(path)?.isFile() ?? false;
}

/** Whether `path` names an existing directory (following links). */
export function isDirectory(path: string): boolean {
  return statOf(path)?.isDirectory() ?? false;
}

// ENOTDIR and EACCES mean "not there" for a search as much as ENOENT does.
function statOf(path: string): Stats | undefined {
  try {
    return nodeFs().statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
