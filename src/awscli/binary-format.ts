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
  if (shape === undefined) return undefined;
  // A loop over an explicit stack: request values can nest deeper than the main thread's stack.
  type Visit = { readonly parent: Record<string | number, unknown>; readonly key: string | number; readonly shape: Shape };
  const root = { '': params } as Record<string, unknown>;
  const stack: Visit[] = [{ parent: root, key: '', shape }];
  while (stack.length > 0) {
    const { parent, key, shape: at } = stack.pop() as Visit;
    const value = parent[key];
    const pending: Visit[] = [];
    switch (at.kind) {
      case 'structure':
      case 'union':
        if (isDict(value)) for (const [name, member] of at.members) pending.push({ parent: value, key: name, shape: member.shape });
        break;
      case 'list':
        if (Array.isArray(value)) value.forEach((_item, index) => pending.push({ parent: value as unknown as Record<number, unknown>, key: index, shape: at.member }));
        break;
      case 'map':
        if (isDict(value)) for (const name of Object.keys(value)) pending.push({ parent: value, key: name, shape: at.value });
        break;
      case 'blob': {
        if (typeof value !== 'string') break;
        const decoded = pythonB64decode(value);
        if (decoded.ok) {
          parent[key] = decoded.bytes;
          break;
        }
        // A non-ASCII text is Python's ValueError, which v2's visitor does not catch.
        if (decoded.reason === 'ascii') return failure('other', 'string argument should contain only ASCII characters', { code: 'BLOB_NOT_ASCII' });
        return failure('other', `Invalid base64: "${value}"`, { code: 'INVALID_BASE64' });
      }
      default:
        break;
    }
    // Children in order: the stack pops the first one next.
    for (let i = pending.length - 1; i >= 0; i -= 1) stack.push(pending[i] as Visit);
  }
  return undefined;
}

function isDict(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);
}
