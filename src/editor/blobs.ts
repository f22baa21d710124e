/**
 * Blob values under each dialect. AWS CLI v2 base64-decodes every blob value given as text
 * (an option's word, a member nested in shorthand or JSON, a `--cli-input-json` key), so under
 * v2 a value that does not decode is an error with v2's own text (`Invalid base64: "…"`); under
 * v1, which sends the text as its UTF-8 bytes, an info diagnostic says what v2 would do with the
 * same value. Pure functions of the text, the shape and the dialect; offsets are in the text
 * given (the script services map them to the script).
 */
import { reachesBlob } from '../model/reachable.js';
import { pythonB64decode, blobFailure } from '../awscli/binary-format.js';
import { DEFAULT_DIALECT } from '../awscli/dialect.js';
import type { Dialect } from '../awscli/dialect.js';
import type { Shape } from '../model/shape.js';
import type { Analysis } from './analysis.js';
import type { EditorDiagnostic } from './types.js';

/** Options of the blob checks. */
export interface BlobCheckOptions {
  /** The AWS CLI the text is written for (default v1). */
  readonly dialect?: Dialect;
}

/** What a blob diagnostic is about: where the text is, and what it is. */
interface BlobText {
  /** The value as the AWS CLI reads it (quotes and escapes resolved). */
  readonly value: string;
  readonly offset: number;
  readonly length: number;
  /** The member path, as botocore prints it, when known. */
  readonly path?: string;
}

/**
 * The diagnostic for one blob value given as text, or undefined when there is nothing to say:
 * under v2 an error when it does not decode; under v1 an info saying how v2 reads it.
 * @example blobDiagnostic('hello world', 0, 11, { dialect: 'v2' })?.message // 'Invalid base64: "hello world"'
 */
export function blobDiagnostic(value: string, offset: number, length: number, options: BlobCheckOptions = {}): EditorDiagnostic | undefined {
  return diagnosticFor({ value, offset, length }, options.dialect ?? DEFAULT_DIALECT);
}

function diagnosticFor(blob: BlobText, dialect: Dialect): EditorDiagnostic | undefined {
  // Empty text is no bytes in either reading.
  if (blob.value === '') return undefined;
  const decoded = pythonB64decode(blob.value);
  const at = { offset: blob.offset, length: blob.length, ...(blob.path === undefined ? {} : { path: blob.path }) };
  if (dialect === 'v2') {
    if (decoded.ok) return undefined;
    return { code: 'INVALID_BASE64', source: 'coercion', severity: 'error', message: blobFailure(blob.value, decoded.reason).message, ...at };
  }
  const message = decoded.ok
    ? `AWS CLI v2 reads this blob as base64: it would send the ${plural(decoded.bytes.length, 'byte')} this text decodes to, not the text (v2's --cli-binary-format raw-in-base64-out keeps v1's reading)`
    : `AWS CLI v2 reads this blob as base64 and would refuse it: ${blobFailure(blob.value, decoded.reason).message}`;
  return { code: 'BLOB_READ_AS_BASE64_IN_V2', source: 'coercion', severity: 'info', message, ...at };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The blob diagnostics of a shorthand analysis (with a shape): one per scalar bound to a blob
 * shape in the analysis's word, except values the AWS CLI loads from a file (`key@=file://…`).
 * @example blobDiagnostics(analyse('k={B=hi!}', itemShape), { dialect: 'v2' })[0]?.message // 'Invalid base64: "hi!"'
 */
export function blobDiagnostics(analysis: Analysis, options: BlobCheckOptions = {}): EditorDiagnostic[] {
  // Most shapes reach no blob: then the walk (built lazily for a clean value) is not needed.
  if (analysis.model !== undefined && !reachesBlob(analysis.model.shape)) return [];
  const walk = analysis.walk;
  if (walk === undefined) return [];
  const dialect = options.dialect ?? DEFAULT_DIALECT;
  const out: EditorDiagnostic[] = [];
  for (const binding of walk.bindings()) {
    const { node } = binding;
    if (binding.role !== 'value' || binding.word !== analysis.word || binding.shape?.kind !== 'blob' || node.type !== 'scalar') continue;
    // A broken quote has no value yet; a value the AWS CLI loads from a file is not this text.
    if (node.unterminated || (node.resolvesFile && /^fileb?:\/\//.test(node.value))) continue;
    const diagnostic = diagnosticFor({ value: node.value, offset: node.offset, length: node.length, path: binding.pathText }, dialect);
    if (diagnostic !== undefined) out.push(diagnostic);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The blob diagnostics of a JSON text read against `shape` (an option's JSON value, a
 * `--cli-input-json` document): every string in a blob position. The scan is tolerant: it
 * stops quietly where the text stops being JSON, and keeps what it found before.
 * @example jsonBlobDiagnostics('{"B": "hi!"}', attributeValueShape, { dialect: 'v2' })[0]?.offset // 6
 */
export function jsonBlobDiagnostics(text: string, shape: Shape, options: BlobCheckOptions = {}): EditorDiagnostic[] {
  const dialect = options.dialect ?? DEFAULT_DIALECT;
  const out: EditorDiagnostic[] = [];
  for (const blob of jsonBlobStrings(text, shape)) {
    const diagnostic = diagnosticFor(blob, dialect);
    if (diagnostic !== undefined) out.push(diagnostic);
  }
  return out;
}

/** An open JSON container: its shape, and for an object the key whose value comes next. */
interface Frame {
  readonly shape: Shape | undefined;
  readonly object: boolean;
  key: string | undefined;
  expectKey: boolean;
}

/** The strings of `text` (JSON) that stand where `shape` has a blob, with their ranges (quotes included). */
function jsonBlobStrings(text: string, shape: Shape): BlobText[] {
  const out: BlobText[] = [];
  // An explicit stack, not recursion: the text can nest deeper than the main thread's stack.
  const frames: Frame[] = [];
  const valueShape = (): Shape | undefined => {
    const frame = frames[frames.length - 1];
    if (frame === undefined) return shape;
    const at = frame.shape;
    if (at === undefined) return undefined;
    if (frame.object) {
      if (frame.key === undefined) return undefined;
      if (at.kind === 'structure' || at.kind === 'union') return at.members.get(frame.key)?.shape;
      return at.kind === 'map' ? at.value : undefined;
    }
    return at.kind === 'list' ? at.member : undefined;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      i += 1;
    } else if (char === '{' || char === '[') {
      frames.push({ shape: valueShape(), object: char === '{', key: undefined, expectKey: char === '{' });
      i += 1;
    } else if (char === '}' || char === ']') {
      frames.pop();
      i += 1;
    } else if (char === ',') {
      const frame = frames[frames.length - 1];
      if (frame?.object === true) frame.expectKey = true;
      i += 1;
    } else if (char === ':') {
      const frame = frames[frames.length - 1];
      if (frame !== undefined) frame.expectKey = false;
      i += 1;
    } else if (char === '"') {
      const string = readJsonString(text, i);
      if (string === undefined) break;
      const frame = frames[frames.length - 1];
      if (frame?.object === true && frame.expectKey) {
        frame.key = string.value;
      } else if (valueShape()?.kind === 'blob') {
        out.push({ value: string.value, offset: i, length: string.end - i });
      }
      i = string.end;
    } else {
      // A number, true, false or null: up to the next delimiter.
      while (i < text.length && !/[\s,:{}[\]"]/.test(text[i] as string)) i += 1;
    }
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The JSON string literal at `start` (a `"`): its value and the offset after its closing quote; undefined when it is broken. */
function readJsonString(text: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"') return { value, end: i + 1 };
    if (char !== '\\') {
      value += char;
      i += 1;
      continue;
    }
    const escape = text[i + 1];
    if (escape === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
      continue;
    }
    const plain = escape === undefined ? undefined : ESCAPES[escape];
    if (plain === undefined) return undefined;
    value += plain;
    i += 2;
  }
  return undefined;
}
