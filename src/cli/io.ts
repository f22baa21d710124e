/**
 * The command line's injected world: streams, working directory and environment, so every
 * command is a plain async function that tests call without patching the console. Also the
 * one way commands read stdin (a BOM skipped, UTF-8 checked, no input reported) and the one
 * JSON writer they print with.
 */
import type { Readable } from 'node:stream';
import { loadPythonJson, PYTHON_JSON_MAX_DEPTH } from './argv/python-json-loads.js';
import { dumpPythonJson } from './send/python-json-dumps.js';

/** Where a command reads and writes. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  /** Working directory for relative `file://` paths (default: the process's). */
  readonly cwd?: string;
  /** Environment (default: the process's). */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Subscribes `listener` to the user's interrupt (Ctrl-C) while a request is being sent, and
   * returns the unsubscribe; the binary passes SIGINT. Absent, nothing interrupts.
   */
  readonly onInterrupt?: (listener: () => void) => () => void;
}

/** Exit codes of `aws-shorthand`. */
export const EXIT = {
  OK: 0,
  /** The input was rejected (a parse, coercion or validation error, stdin not UTF-8). */
  INPUT_ERROR: 1,
  /** The command line itself was wrong, or there was no input at all (empty stdin). */
  USAGE: 2,
} as const;

/** Why stdin could not be read as text. */
export interface StdinError {
  /** `NO_INPUT`: not a single byte; `INVALID_UTF8`: the bytes are not UTF-8. */
  readonly code: 'NO_INPUT' | 'INVALID_UTF8';
  readonly message: string;
}

/** The outcome of `readStdinText`. */
export type StdinText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: StdinError };

/** The UTF-8 byte order mark, as bytes. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A chunk of a stream as bytes (test streams and `setEncoding` give strings). */
export function chunkBytes(chunk: unknown): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
}

/**
 * All of stdin as text: a leading UTF-8 BOM skipped, bytes decoded strictly (invalid UTF-8 is
 * an error, not U+FFFD), and an empty stdin reported as `NO_INPUT`.
 */
export async function readStdinText(stdin: Readable): Promise<StdinText> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunkBytes(chunk));
  let bytes = Buffer.concat(chunks);
  if (bytes.length === 0) return { ok: false, error: { code: 'NO_INPUT', message: 'no input: stdin is empty' } };
  if (bytes.subarray(0, 3).equals(BOM)) bytes = bytes.subarray(3);
  const text = decodeUtf8(bytes);
  if (text === undefined) return { ok: false, error: { code: 'INVALID_UTF8', message: 'stdin is not valid UTF-8' } };
  return { ok: true, text };
}

/** `bytes` as UTF-8 text, or `undefined` when they are not UTF-8 (a BOM is kept as U+FEFF). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether `bytes` start with a UTF-8 BOM. */
export function startsWithBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * JSON from stdin or a batch line, read as the AWS CLI reads JSON (integers of any size exact);
 * the error text when it is not JSON. Input nested deeper than the stack allows is refused as
 * a value, so one deep line cannot end a batch.
 * @example readJsonInput('{"n": 9007199254740993}') // { ok: true, value: { n: 9007199254740993n } }
 */
export function readJsonInput(
  text: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string; readonly tooDeep?: true } {
  const tooDeep = `nested more than ${PYTHON_JSON_MAX_DEPTH.optionValue} levels deep, more than the AWS CLI's JSON reader takes`;
  try {
    const loaded = loadPythonJson(text);
    if (loaded.ok) return loaded;
    return loaded.error.tooDeep === true ? { ok: false, error: tooDeep, tooDeep: true } : { ok: false, error: loaded.error.message };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, error: tooDeep, tooDeep: true };
    throw error;
  }
}

/**
 * The JSON text the command line prints for a value: the one writer, `dumpPythonJson`, so
 * integers beyond 2^53 (`bigint`) keep every digit, bytes from `fileb://` become base64 (as the
 * AWS CLI sends blobs), and NaN and the infinities are spelled as Python's `json.dumps` spells
 * them (`NaN`, `Infinity`), never `null`. Without `indent`, one line with no spaces.
 * @example toJson({ a: [1n << 60n] }) // '{"a":[1152921504606846976]}'
 */
export function toJson(value: unknown, indent?: number): string {
  return dumpPythonJson(value, indent === undefined ? { ensureAscii: false, separators: [',', ':'] } : { ensureAscii: false, indent });
}
