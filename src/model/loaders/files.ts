/**
 * Reading model files: plain or gzipped JSON, with failures turned into typed errors.
 */
import type { Stats } from 'node:fs';
import { nodeFs, nodeZlib } from './node-modules.js';
import { ModelError } from './errors.js';

/**
 * The most bytes a model file may hold once decompressed: 64 MiB. The largest botocore model
 * (ec2's `service-2.json`, awscli 1.45.11) is 3.9 MB decompressed; the cap is 16 times that, and
 * keeps a small gzip bomb from costing gigabytes of memory.
 */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;

/**
 * The text of a `.json` or `.json.gz` model file (gzip is detected by the name's `.gz` ending),
 * at most `limit` bytes once decompressed; throws `MODEL_TOO_LARGE` past it and
 * `MODEL_READ_FAILED` when it cannot be read.
 */
export function readModelText(path: string, limit = MAX_MODEL_BYTES): string {
  const tooLarge = (): ModelError =>
    new ModelError('MODEL_TOO_LARGE', `Model file ${path} is larger than ${limit} bytes once decompressed`, path);
  let bytes: Buffer;
  try {
    // A plain file's size is known before reading it; a gzip's only while inflating.
    if (!path.endsWith('.gz') && (statOf(path)?.size ?? 0) > limit) throw tooLarge();
    bytes = nodeFs().readFileSync(path);
    if (path.endsWith('.gz')) bytes = nodeZlib().gunzipSync(bytes, { maxOutputLength: limit });
  } catch (error) {
    if (error instanceof ModelError) throw error;
    // zlib stops at maxOutputLength with a RangeError coded ERR_BUFFER_TOO_LARGE.
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new ModelError('MODEL_READ_FAILED', `Cannot read model file ${path}: ${describe(error)}`, path, {
      cause: error,
    });
  }
  if (bytes.length > limit) throw tooLarge();
  return bytes.toString('utf8');
}

/** Read and parse a `.json` or `.json.gz` model file; see `readModelText` for its limit. */
export function readJsonFile(path: string): unknown {
  const text = readModelText(path);
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
