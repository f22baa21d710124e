/**
 * The `--jsonl` batch driver shared by `parse`, `format` and `cli`: one JSON request object
 * per stdin line, exactly one answer object per line on stdout, in order.
 *
 * The contract (docs/command-line.md, "Batches"):
 * - lines end at `\n` only; one `\r` before it is dropped, and a last line without `\n` counts;
 *   a UTF-8 BOM at the very start of stdin is skipped;
 * - every line is answered, blank ones included (`BLANK_LINE`), and a line that is not UTF-8
 *   (`INVALID_UTF8`, decoded strictly per line), not JSON (`INVALID_JSON`) or not an object
 *   (`NOT_AN_OBJECT`) gets an error answer; so does a field of the wrong type (`INVALID_FIELD`,
 *   naming it in `field`);
 * - `ok` is true exactly when the single-value command would have exited 0 for that line;
 * - requests are read as Python's `json.loads` reads them (integers of any size exact), and
 *   answers are written by the one JSON writer (`toJson`);
 * - the batch exits 0 once every line is answered, whatever the answers say;
 * - memory stays constant across lines: one line is held at a time, and output waits for
 *   `drain` when the consumer is slower than we are.
 */
import type { Readable } from 'node:stream';
import type { PythonJsonValue } from './argv/python-json-loads.js';
import { chunkBytes, decodeUtf8, EXIT, readJsonInput, startsWithBom, toJson } from './io.js';
import type { CliIo } from './io.js';

/** One answer line: `ok` and the command's own fields. */
export type JsonlAnswer = { readonly ok: boolean } & { readonly [field: string]: unknown };

/** Why the driver answered a line itself, before the command saw it. */
export type JsonlErrorCode = 'BLANK_LINE' | 'INVALID_UTF8' | 'INVALID_JSON' | 'NOT_AN_OBJECT' | 'INVALID_FIELD';

/** A request line once read: a JSON object. */
export type JsonlRequest = { readonly [field: string]: PythonJsonValue };

/** Answers one request; may be async (models load on first use). */
export type JsonlAnswerer = (request: JsonlRequest, lineNumber: number) => JsonlAnswer | Promise<JsonlAnswer>;

/** An error answer with its code (and the field at fault, for `INVALID_FIELD`). */
export function lineError(code: JsonlErrorCode, error: string, field?: string): JsonlAnswer {
  return field === undefined ? { ok: false, error, code } : { ok: false, error, code, field };
}

/** The outcome of reading a field: its value (or `undefined` when absent), or the answer refusing it. */
export type FieldResult<T> = { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly answer: JsonlAnswer };

/** An optional string field; `null` counts as absent. */
export function stringField(request: JsonlRequest, field: string): FieldResult<string> {
  const value = request[field];
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (typeof value === 'string') return { ok: true, value };
  return { ok: false, answer: lineError('INVALID_FIELD', `"${field}" must be a string, not ${jsonType(value)}`, field) };
}

/**
 * The shape a `parse`/`format` line names, the same way for both: `"shape": "svc.Shape"`,
 * `"service": "svc", "shape": "Shape"`, or a bare `"shape": "Shape"` in the service of the
 * `--shape` option; neither field means the `--shape` option itself.
 */
export function shapeField(request: JsonlRequest, defaultShape: string | undefined): FieldResult<string> {
  const service = stringField(request, 'service');
  if (!service.ok) return service;
  const shape = stringField(request, 'shape');
  if (!shape.ok) return shape;
  if (shape.value === undefined) {
    if (service.value !== undefined) return { ok: false, answer: lineError('INVALID_FIELD', '"service" needs a "shape"', 'service') };
    return { ok: true, value: defaultShape };
  }
  if (service.value !== undefined) return { ok: true, value: `${service.value}.${shape.value}` };
  if (shape.value.includes('.') || defaultShape === undefined) return { ok: true, value: shape.value };
  return { ok: true, value: `${defaultShape.slice(0, defaultShape.lastIndexOf('.'))}.${shape.value}` };
}

/** Python's name for the type of a JSON value, for messages. */
function jsonType(value: PythonJsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value === 'bigint' ? 'number' : typeof value} ${toJson(value)}`;
}

/** Options of `runJsonlBatch`. */
export interface JsonlBatchOptions {
  /** Fields added to the answers the driver gives itself (`cli` adds `kind` and `exitCode`). */
  readonly errorFields?: { readonly [field: string]: unknown };
}

/**
 * Run a batch: read stdin line by line, answer each line with `answer` (or with an error the
 * driver finds first), write one answer line per input line. Resolves to the exit status.
 */
export async function runJsonlBatch(io: CliIo, answer: JsonlAnswerer, options: JsonlBatchOptions = {}): Promise<number> {
  let lineNumber = 0;
  const ownAnswer = (line: JsonlAnswer): JsonlAnswer => (options.errorFields === undefined ? line : { ...line, ...options.errorFields });
  // The answers to one chunk's lines go out in one write: a system call per line would cost
  // more than answering it, and nothing waits longer than the chunk it came in.
  for await (const batch of lineBatches(io.stdin)) {
    let out = '';
    for (const bytes of batch) {
      lineNumber += 1;
      out += `${answerText(await answerLine(bytes, lineNumber, answer, ownAnswer), ownAnswer)}\n`;
    }
    if (out !== '') await writeWithBackpressure(io.stdout, out);
  }
  return EXIT.OK;
}

/** An answer's JSON text; a value too deep to write becomes an error answer instead. */
function answerText(answer: JsonlAnswer, own: (line: JsonlAnswer) => JsonlAnswer): string {
  try {
    return toJson(answer);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return toJson(own({ ok: false, error: 'the answer is nested too deeply to write', code: 'INTERNAL' }));
  }
}

/** One line's answer; never throws for bad input. */
async function answerLine(bytes: Buffer, lineNumber: number, answer: JsonlAnswerer, own: (line: JsonlAnswer) => JsonlAnswer): Promise<JsonlAnswer> {
  const text = decodeUtf8(bytes);
  if (text === undefined) return own(lineError('INVALID_UTF8', `line ${lineNumber} is not valid UTF-8`));
  if (/^[ \t\r\n\f\v\u00a0\ufeff]*$/.test(text)) return own(lineError('BLANK_LINE', `line ${lineNumber} is blank: each line must hold a JSON object`));
  const loaded = readJsonInput(text);
  if (!loaded.ok) return own(lineError('INVALID_JSON', `invalid JSON line: ${loaded.error}`));
  const request = loaded.value as PythonJsonValue;
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return own(lineError('NOT_AN_OBJECT', `each line must be a JSON object, not ${jsonType(request)}`));
  }
  try {
    return await answer(request, lineNumber);
  } catch (error) {
    return own({ ok: false, error: `internal error: ${error instanceof Error ? error.message : String(error)}`, code: 'INTERNAL' });
  }
}

/**
 * The lines of `stdin` as bytes, a batch per chunk read: split at `\n` with one `\r` before it
 * dropped, a leading BOM skipped; a line is joined only when it ends, so a line of any length
 * costs one copy.
 */
export async function* lineBatches(stdin: Readable): AsyncGenerator<Buffer[]> {
  let pending: Buffer[] = [];
  let first = true;
  for await (const chunk of stdin) {
    let bytes = chunkBytes(chunk);
    if (first && bytes.length > 0) {
      // The BOM may straddle chunks in theory; stdin's first chunk is never that small in practice.
      if (startsWithBom(bytes)) bytes = bytes.subarray(3);
      first = false;
    }
    const batch: Buffer[] = [];
    let start = 0;
    for (let newline = bytes.indexOf(0x0a, start); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
      pending.push(bytes.subarray(start, newline));
      batch.push(withoutCarriageReturn(pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending)));
      pending = [];
      start = newline + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
    if (batch.length > 0) yield batch;
  }
  if (pending.length > 0) yield [withoutCarriageReturn(Buffer.concat(pending))];
}

function withoutCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}

/** Write `text`; when the stream asks us to wait (`write` → false), wait for `drain` (or its end). */
async function writeWithBackpressure(stream: CliIo['stdout'], text: string): Promise<void> {
  if (stream.write(text) !== false) return;
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once !== 'function' || typeof emitter.removeListener !== 'function') return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      for (const event of ['drain', 'close', 'error']) emitter.removeListener?.(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) emitter.once?.(event, done);
  });
}
