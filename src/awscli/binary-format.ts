/**
 * AWS CLI v2's reading of blob values (`cli_binary_format`): under `base64`, its default, every
 * blob-typed value that arrives as text (an option, a member nested in shorthand or JSON, a
 * `--cli-input-json` key, a `file://` text) is base64-decoded before validation, with Python's
 * lenient `base64.b64decode`; bytes (`fileb://`) are sent as they are. Under
 * `raw-in-base64-out` text goes as its UTF-8 bytes, as AWS CLI v1 always does.
 */
import type { Shape } from '../model/shape.js';
import { failure } from './failures.js';
import type { CliFailure } from './failures.js';
import { BINARY_FORMATS } from './v2/global-options.js';
import { dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';

/** A value of `--cli-binary-format` / `cli_binary_format`. */
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

/** True when `text` is a binary format AWS CLI v2 knows. */
export function isBinaryFormat(text: unknown): text is BinaryFormat {
  return (BINARY_FORMATS as readonly unknown[]).includes(text);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Map([...ALPHABET].map((char, index) => [char.charCodeAt(0), index]));

/** The outcome of decoding: the bytes, or why Python's decoder refuses the text. */
export type Base64Result =
  | { readonly ok: true; readonly bytes: Uint8Array }
  /** `ascii`: a character above U+007F (Python raises ValueError); `padding`: binascii.Error. */
  | { readonly ok: false; readonly reason: 'ascii' | 'padding' };

/**
 * Python's `base64.b64decode(text)` (not `validate=True`): characters outside the alphabet are
 * dropped, decoding stops at the first padded quantum, and a quantum left open is an error.
 * @example pythonB64decode('aGk=aGk=') // { ok: true, bytes: 'hi' }
 */
export function pythonB64decode(text: string): Base64Result {
  const out: number[] = [];
  let quadPosition = 0;
  let left = 0;
  let pads = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return { ok: false, reason: 'ascii' };
  }
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x3d /* = */) {
      // Padding after two or three data characters completes the quantum: nothing more is read.
      pads += 1;
      if (quadPosition >= 2 && quadPosition + pads >= 4) return { ok: true, bytes: Uint8Array.from(out) };
      continue;
    }
    const sextet = SEXTET.get(code);
    if (sextet === undefined) continue;
    pads = 0;
    switch (quadPosition) {
      case 0:
        left = sextet;
        quadPosition = 1;
        break;
      case 1:
        out.push(((left << 2) | (sextet >> 4)) & 0xff);
        left = sextet & 0x0f;
        quadPosition = 2;
        break;
      case 2:
        out.push(((left << 4) | (sextet >> 2)) & 0xff);
        left = sextet & 0x03;
        quadPosition = 3;
        break;
      default:
        out.push(((left << 6) | sextet) & 0xff);
        left = 0;
        quadPosition = 0;
    }
  }
  return quadPosition === 0 ? { ok: true, bytes: Uint8Array.from(out) } : { ok: false, reason: 'padding' };
}

/**
 * Decode, in place, every text value in a blob position of `params` (walked along `shape` in
 * the model's member order, as v2's visitor walks it); the first value that does not decode is
 * the failure, with v2's text.
 * @example decodeBlobs({ Plaintext: 'aGk=' }, encryptInput) // undefined; Plaintext is now the bytes 'hi'
 */
export function decodeBlobs(params: Record<string, unknown>, shape: Shape | undefined): CliFailure | undefined {
  const done = mapBlobs(params, shape, base64Reading);
  // The decoded copy's members replace the given ones (defined, so a `__proto__` key stays a
  // key); up to the failure, when there is one, as v2's in-place visitor leaves them.
  for (const name of Object.keys(done.params)) Object.defineProperty(params, name, { value: done.params[name], enumerable: true, writable: true, configurable: true });
  return done.failure;
}

function isDict(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/**
 * Standard base64 (with padding) of `bytes`: what v2's decoder reads back to exactly these
 * bytes. Written here rather than with `Buffer`, which a browser lacks.
 * @example base64Text(new TextEncoder().encode('hi')) // 'aGk='
 */
export function base64Text(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2];
    out += ALPHABET[((a & 0x03) << 4) | ((b ?? 0) >> 4)];
    out += b === undefined ? '=' : ALPHABET[((b & 0x0f) << 2) | ((c ?? 0) >> 6)];
    out += c === undefined ? '=' : ALPHABET[c & 0x3f];
  }
  return out;
}

const utf8 = new TextEncoder();

/**
 * A copy of `params` with every blob value (walked along `shape`) written as v2's base64 reading
 * expects it: a string stands for its UTF-8 bytes, a `Uint8Array` for itself, and both become
 * their base64 text. The inverse of `decodeBlobs` for a request whose blobs are bytes or text.
 * @example encodeBlobs({ Plaintext: 'hi' }, encryptInput) // { Plaintext: 'aGk=' }
 */
export function encodeBlobs(params: Readonly<Record<string, unknown>>, shape: Shape | undefined): Record<string, unknown> {
  const done = mapBlobs(params, shape, (value) => ({ value: typeof value === 'string' ? base64Text(utf8.encode(value)) : value instanceof Uint8Array ? base64Text(value) : value }));
  return done.params;
}

/** Options of `coerceBlobs`. */
export interface CoerceBlobsOptions {
  /** The AWS CLI that reads the values (default v1). */
  readonly dialect?: Dialect;
  /** v2's `--cli-binary-format` (or `cli_binary_format`); default: the dialect's. */
  readonly binaryFormat?: BinaryFormat;
}

/**
 * A copy of `params` with its blob values as the dialect's AWS CLI sends them: under v2's
 * `base64` text is decoded to bytes (the first value that does not decode is the failure, with
 * v2's text); under v1 or `raw-in-base64-out` text stays text (sent as its UTF-8 bytes).
 * @example coerceBlobs({ Plaintext: 'aGk=' }, encryptInput, { dialect: 'v2' }) // { ok: true, params: { Plaintext: <bytes 'hi'> } }
 */
export function coerceBlobs(
  params: Readonly<Record<string, unknown>>,
  shape: Shape | undefined,
  options: CoerceBlobsOptions = {},
): { readonly ok: true; readonly params: Record<string, unknown> } | { readonly ok: false; readonly failure: CliFailure } {
  const tables = dialectTables(options.dialect);
  const format = tables.binaryFormatOption ? (options.binaryFormat ?? tables.defaultBinaryFormat) : tables.defaultBinaryFormat;
  if (format !== 'base64') return { ok: true, params: params as Record<string, unknown> };
  const done = mapBlobs(params, shape, base64Reading);
  return done.failure === undefined ? { ok: true, params: done.params } : { ok: false, failure: done.failure };
}

/** v2's reading of one blob value under `base64`: text decoded, bytes kept. */
function base64Reading(value: unknown): { readonly value: unknown } | { readonly failure: CliFailure } {
  if (typeof value !== 'string') return { value };
  const decoded = pythonB64decode(value);
  return decoded.ok ? { value: decoded.bytes } : { failure: blobFailure(value, decoded.reason) };
}

/**
 * A copy of `params` with each blob value (along `shape`, in the model's member order) replaced
 * by `change(value)`; containers on the way are copied, the rest shared. A `CliFailure` from
 * `change` stops the walk.
 */
function mapBlobs(
  params: Readonly<Record<string, unknown>>,
  shape: Shape | undefined,
  change: (value: unknown) => { readonly value: unknown } | { readonly failure: CliFailure },
): { params: Record<string, unknown>; failure?: CliFailure } {
  const root: Record<string, unknown> = { '': params };
  if (shape === undefined) return { params: params as Record<string, unknown> };
  // A loop over an explicit stack (request values can nest deeper than the main thread's
  // stack); a container is copied when first met, before its children are rewritten in the copy.
  type Visit = { readonly parent: Record<string | number, unknown>; readonly key: string | number; readonly shape: Shape };
  const stack: Visit[] = [{ parent: root, key: '', shape }];
  while (stack.length > 0) {
    const { parent, key, shape: at } = stack.pop() as Visit;
    const value = parent[key];
    const pending: Visit[] = [];
    switch (at.kind) {
      case 'structure':
      case 'union':
        if (isDict(value)) {
          const copy = copyDict(value);
          parent[key] = copy;
          for (const [name, member] of at.members) if (Object.prototype.hasOwnProperty.call(copy, name)) pending.push({ parent: copy, key: name, shape: member.shape });
        }
        break;
      case 'list':
        if (Array.isArray(value)) {
          const copy = [...(value as unknown[])];
          parent[key] = copy;
          copy.forEach((_item, index) => pending.push({ parent: copy as unknown as Record<number, unknown>, key: index, shape: at.member }));
        }
        break;
      case 'map':
        if (isDict(value)) {
          const copy = copyDict(value);
          parent[key] = copy;
          for (const name of Object.keys(copy)) pending.push({ parent: copy, key: name, shape: at.value });
        }
        break;
      case 'blob': {
        const changed = change(value);
        if ('failure' in changed) return { params: root[''] as Record<string, unknown>, failure: changed.failure };
        parent[key] = changed.value;
        break;
      }
      default:
        break;
    }
    // Children in order: the stack pops the first one next.
    for (let i = pending.length - 1; i >= 0; i -= 1) stack.push(pending[i] as Visit);
  }
  return { params: root[''] as Record<string, unknown> };
}

/**
 * v2's failure for a blob text that does not decode, with its text.
 * @example blobFailure('hi!', 'padding').message // 'Invalid base64: "hi!"'
 */
export function blobFailure(text: string, reason: 'ascii' | 'padding'): CliFailure {
  // A non-ASCII text is Python's ValueError, which v2's visitor does not catch.
  if (reason === 'ascii') return failure('other', 'string argument should contain only ASCII characters', { code: 'BLOB_NOT_ASCII' });
  return failure('other', `Invalid base64: "${text}"`, { code: 'INVALID_BASE64' });
}

/** A shallow copy keeping every own key, `__proto__` included, in order. */
function copyDict(value: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const name of Object.keys(value)) Object.defineProperty(copy, name, { value: value[name], enumerable: true, writable: true, configurable: true });
  return copy;
}
