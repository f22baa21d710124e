/**
 * Python's `json.loads`, as the AWS CLI applies it to JSON option values and `--cli-input-json`:
 * the same accepted language (`NaN`, `Infinity`, lone surrogates, any-size integers) and the
 * same error texts (`Expecting ',' delimiter: line 1 column 8 (char 7)`), so our messages
 * equal the AWS CLI's. Positions in messages count code points, as Python's do.
 */
import { toSafeNumber } from '../../model/python.js';
import { JSON_MAX_DEPTH } from '../../serializer/json.js';
import { isIndexLikeKey, rememberKeyOrder } from '../../model/key-order.js';

/** A JSON value as Python loads it: integers beyond ±(2^53−1) are `bigint`. */
export type PythonJsonValue = string | number | bigint | boolean | null | PythonJsonValue[] | { [key: string]: PythonJsonValue };

/**
 * How many containers deep the AWS CLI's `json.loads` gets before Python's recursion limit (1000
 * frames, some already taken by the AWS CLI's own calls) stops it with `RecursionError`. Measured
 * with awscli 1.45.11 on Python 3.11, running `aws ec2 describe-instances` with n nested objects
 * or arrays: `--cli-input-json` loads 982 levels and fails at 983; an option value (`--filters`)
 * loads 977 and fails at 978 (it is read a few calls deeper).
 */
export const PYTHON_JSON_MAX_DEPTH = { cliInputJson: 982, optionValue: JSON_MAX_DEPTH } as const;

/** Why the text is not JSON, with Python's message and position. */
export interface PythonJsonError {
  /**
   * Python's `JSONDecodeError` text, e.g. `Expecting value: line 1 column 1 (char 0)`; for
   * nesting deeper than the limit, its `RecursionError` text (and `tooDeep` is set).
   */
  readonly message: string;
  /** The message without the position suffix, e.g. `Expecting value`. */
  readonly reason: string;
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
  /**
   * True when the text nests too deep: Python raised `RecursionError`, not `JSONDecodeError`,
   * so the AWS CLI prints the bare message rather than its "Invalid JSON" report.
   */
  readonly tooDeep?: true;
}

/** The outcome of `loadPythonJson`. */
export type PythonJsonResult = { readonly ok: true; readonly value: PythonJsonValue } | { readonly ok: false; readonly error: PythonJsonError };

/** Raised inside the parser only; `loadPythonJson` turns it into a result. */
class Failure {
  constructor(
    readonly reason: string,
    readonly offset: number,
    readonly tooDeep = false,
  ) {}
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Parse `text` as Python's `json.loads(text)` does.
 * @example loadPythonJson('{"a": [1, 2.5]}') // { ok: true, value: { a: [1, 2.5] } }
 * @example loadPythonJson('[1,]') // error 'Expecting value: line 1 column 4 (char 3)'
 */
export function loadPythonJson(text: string, maxDepth: number = PYTHON_JSON_MAX_DEPTH.optionValue): PythonJsonResult {
  try {
    if (text.startsWith('\ufeff')) throw new Failure('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    const parser = new Parser(text, maxDepth);
    const start = parser.skipWhitespace(0);
    const [value, end] = parser.value(start);
    const after = parser.skipWhitespace(end);
    if (after !== text.length) throw new Failure('Extra data', after);
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    if (error.tooDeep) return { ok: false, error: { reason: error.reason, offset: error.offset, message: error.reason, tooDeep: true } };
    return { ok: false, error: { reason: error.reason, offset: error.offset, message: `${error.reason}: ${position(text, error.offset)}` } };
  }
}

/** Python's `line L column C (char N)`, counting code points. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const char = codePointLength(before);
  const lastNewline = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  const column = lastNewline === -1 ? char + 1 : codePointLength(before.slice(lastNewline + 1)) + 1;
  return `line ${line} column ${column} (char ${char})`;
}

function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/**
 * A recursive-descent reader mirroring CPython's C scanner, failure positions included. Like
 * CPython it counts open containers and gives up past `maxDepth`, which also keeps our own
 * recursion (two frames a level) far from the main thread's stack limit.
 */
class Parser {
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  /** Enter the container opened at `index`, or fail as Python's recursion limit does. */
  private enter(index: number, container: 'object' | 'array'): void {
    if (++this.depth > this.maxDepth) {
      throw new Failure(`maximum recursion depth exceeded while decoding a JSON ${container} from a unicode string`, index, true);
    }
  }

  skipWhitespace(index: number): number {
    WHITESPACE.lastIndex = index;
    WHITESPACE.exec(this.text);
    return WHITESPACE.lastIndex;
  }

  /** The value starting exactly at `index` (no whitespace skipped) and the index after it. */
  value(index: number): [PythonJsonValue, number] {
    const text = this.text;
    const char = text[index];
    switch (char) {
      case '"':
        return this.string(index + 1);
      case '{': {
        this.enter(index, 'object');
        const result = this.object(index + 1);
        this.depth--;
        return result;
      }
      case '[': {
        this.enter(index, 'array');
        const result = this.array(index + 1);
        this.depth--;
        return result;
      }
      case 'n':
        if (text.startsWith('null', index)) return [null, index + 4];
        break;
      case 't':
        if (text.startsWith('true', index)) return [true, index + 4];
        break;
      case 'f':
        if (text.startsWith('false', index)) return [false, index + 5];
        break;
      case 'N':
        if (text.startsWith('NaN', index)) return [NaN, index + 3];
        break;
      case 'I':
        if (text.startsWith('Infinity', index)) return [Infinity, index + 8];
        break;
      case '-':
        if (text.startsWith('-Infinity', index)) return [-Infinity, index + 9];
        break;
    }
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (match === null) throw new Failure('Expecting value', index);
    const literal = match[0];
    const isFloat = match[1] !== undefined || /[eE]/.test(literal);
    const value = isFloat ? Number(literal) : toSafeNumber(BigInt(literal));
    return [value, index + literal.length];
  }

  /** A string whose opening quote is at `begin - 1`. */
  private string(begin: number): [string, number] {
    const text = this.text;
    let out = '';
    let index = begin;
    for (;;) {
      let chunkEnd = index;
      while (chunkEnd < text.length) {
        const code = text.charCodeAt(chunkEnd);
        if (code === 0x22 || code === 0x5c) break;
        if (code < 0x20) throw new Failure('Invalid control character at', chunkEnd);
        chunkEnd += 1;
      }
      if (chunkEnd >= text.length) throw new Failure('Unterminated string starting at', begin - 1);
      out += text.slice(index, chunkEnd);
      if (text[chunkEnd] === '"') return [out, chunkEnd + 1];
      // A backslash.
      const escape = text[chunkEnd + 1];
      if (escape === undefined) throw new Failure('Unterminated string starting at', begin - 1);
      if (escape !== 'u') {
        const simple = SIMPLE_ESCAPES[escape];
        if (simple === undefined) throw new Failure('Invalid \\escape', chunkEnd);
        out += simple;
        index = chunkEnd + 2;
        continue;
      }
      const uAt = chunkEnd + 1;
      // CPython insists on a character after the four digits (the closing quote at least).
      if (uAt + 5 >= text.length) throw new Failure('Invalid \\uXXXX escape', uAt);
      const code = hex4(text, uAt + 1);
      if (code === undefined) throw new Failure('Invalid \\uXXXX escape', uAt);
      index = uAt + 5;
      if (code >= 0xd800 && code <= 0xdbff && index + 6 < text.length && text[index] === '\\' && text[index + 1] === 'u') {
        const low = hex4(text, index + 2);
        if (low === undefined) throw new Failure('Invalid \\uXXXX escape', index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out += String.fromCharCode(code, low);
          index += 6;
          continue;
        }
      }
      out += String.fromCharCode(code);
    }
  }

  private object(start: number): [PythonJsonValue, number] {
    const result: { [key: string]: PythonJsonValue } = {};
    // Keys in written order, kept only once a key JavaScript would move to the front appears.
    const order: string[] = [];
    let reordered = false;
    const done = (end: number): [PythonJsonValue, number] => {
      if (reordered) rememberKeyOrder(result, order);
      return [result, end];
    };
    let index = this.skipWhitespace(start);
    if (this.text[index] === '}') return [result, index + 1];
    for (;;) {
      if (this.text[index] !== '"') throw new Failure('Expecting property name enclosed in double quotes', index);
      const [key, afterKey] = this.string(index + 1);
      index = this.skipWhitespace(afterKey);
      if (this.text[index] !== ':') throw new Failure("Expecting ':' delimiter", index);
      index = this.skipWhitespace(index + 1);
      const [value, afterValue] = this.value(index);
      // A repeated key keeps its first position and takes the last value, as a dict does.
      if (!Object.hasOwn(result, key)) {
        order.push(key);
        reordered ||= order.length > 1 && isIndexLikeKey(key);
      }
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      index = this.skipWhitespace(afterValue);
      if (this.text[index] === '}') return done(index + 1);
      if (this.text[index] !== ',') throw new Failure("Expecting ',' delimiter", index);
      index = this.skipWhitespace(index + 1);
    }
  }

  private array(start: number): [PythonJsonValue, number] {
    const result: PythonJsonValue[] = [];
    let index = this.skipWhitespace(start);
    if (this.text[index] === ']') return [result, index + 1];
    for (;;) {
      const [value, afterValue] = this.value(index);
      result.push(value);
      index = this.skipWhitespace(afterValue);
      if (this.text[index] === ']') return [result, index + 1];
      if (this.text[index] !== ',') throw new Failure("Expecting ',' delimiter", index);
      index = this.skipWhitespace(index + 1);
    }
  }
}

function hex4(text: string, at: number): number | undefined {
  const digits = text.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(digits) ? parseInt(digits, 16) : undefined;
}
