/**
 * Saving a payload output to the positional `outfile`, as the AWS CLI's streaming-output
 * argument does once the call has succeeded: the file is opened (created or truncated) first,
 * so a bad path fails before anything is read; the payload's bytes are written as they
 * arrive; and the payload member leaves the response, so the rest is printed as usual.
 *
 * The SDK hands a payload over in several forms: a `Uint8Array` for a plain blob payload
 * (Lambda's `Payload`), a stream mixed with `transformToByteArray()` for a streaming one
 * (S3's `Body`), which in Node is also an async iterable of chunks, or a `Blob`.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { pythonOsError } from '../os-errors.js';
import { failure } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';
import type { OutfileTarget } from '../argv/request.js';

/** The outcome of saving: the response without its payload member, or the failure. */
export type SaveResult =
  | { readonly ok: true; readonly response: Record<string, unknown> }
  | { readonly ok: false; readonly failure: CliFailure };


/**
 * Write the payload member of `response` to `target.path` (relative to `cwd`) and return the
 * response without it. An absent payload writes an empty file: botocore always has one on success.
 * @example await saveOutfile({ StatusCode: 200, Payload: bytes }, { path: 'out.json', member: 'Payload' }, cwd) // { ok: true, response: { StatusCode: 200 } }
 */
export async function saveOutfile(response: Record<string, unknown>, target: OutfileTarget, cwd: string): Promise<SaveResult> {
  const { [target.member]: payload, ...rest } = response;
  const path = isAbsolute(target.path) ? target.path : join(cwd, target.path);
  let file: FileHandle;
  try {
    // Python's open(path, 'wb'): the empty name is a missing file, not the working directory.
    if (target.path === '') throw Object.assign(new Error('empty path'), { code: 'ENOENT' });
    file = await open(path, 'w');
  } catch (error) {
    return { ok: false, failure: osFailure(error, target.path) };
  }
  try {
    for await (const chunk of payloadChunks(payload)) await file.write(chunk);
  } catch (error) {
    return { ok: false, failure: osFailure(error, target.path) };
  } finally {
    await file.close();
  }
  return { ok: true, response: rest };
}

/**
 * The bytes of a payload in the forms the SDK returns, chunk by chunk.
 * @example for await (const chunk of payloadChunks(new Uint8Array([1]))) chunk // Uint8Array [1]
 */
export async function* payloadChunks(payload: unknown): AsyncGenerator<Uint8Array> {
  if (payload === undefined || payload === null) return;
  if (payload instanceof Uint8Array) {
    yield payload;
    return;
  }
  if (typeof payload === 'string') {
    yield new TextEncoder().encode(payload);
    return;
  }
  if (typeof payload === 'object') {
    // A Node stream: write as it arrives rather than holding a large object in memory.
    if (Symbol.asyncIterator in payload) {
      for await (const chunk of payload as AsyncIterable<unknown>) yield chunkBytes(chunk);
      return;
    }
    const stream = payload as { transformToByteArray?: unknown; arrayBuffer?: unknown };
    if (typeof stream.transformToByteArray === 'function') {
      yield await (stream.transformToByteArray as () => Promise<Uint8Array>).call(payload);
      return;
    }
    if (typeof stream.arrayBuffer === 'function') {
      yield new Uint8Array(await (stream.arrayBuffer as () => Promise<ArrayBuffer>).call(payload));
      return;
    }
  }
  throw new TypeError(`cannot write a payload of type ${typeof payload} to a file`);
}

function chunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk);
  throw new TypeError(`cannot write a payload chunk of type ${typeof chunk} to a file`);
}

/** An OS error in Python's words (`[Errno 2] No such file or directory: 'dir/out.json'`). */
function osFailure(error: unknown, path: string): CliFailure {
  const text = pythonOsError(error, path) ?? (error instanceof Error ? error.message : String(error));
  return failure('other', text, { code: 'OUTFILE_WRITE_FAILED' });
}
