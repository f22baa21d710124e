/**
 * The few Python behaviours the AWS CLI's coercion and botocore's messages rest on, written
 * for JavaScript values: what `int()` and `float()` accept from a string, and how `str()`,
 * `repr()` and `type()` print a value inside a validation message.
 *
 * Value mapping used throughout the model layer: `string` is `str`, `boolean` is `bool`,
 * `bigint` is `int`, `Uint8Array` is `bytes`, `null` is `None`, arrays are `list`, plain
 * objects are `dict`, `Date` is `datetime.datetime`. A JavaScript `number` is a Python `float`
 * where the shape says float/double, and otherwise an `int` when it is integral.
 */
import { isPythonSpace } from '../grammar/charsets.js';

/** Python's `sys.get_int_max_str_digits()` default: longer digit strings are refused. */
export const INT_MAX_STR_DIGITS = 4300;

/** Why a string is not a number for Python. */
export type PythonNumberFailure = 'invalid' | 'too-many-digits';

/** The result of a Python-style number conversion. */
export type PythonNumberResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: PythonNumberFailure };

/**
 * Python's `int(text)` in base 10: surrounding whitespace, a sign, digits of any script,
 * single underscores between digits. Integers beyond ±(2^53−1) come back as `bigint`.
 * @example pythonInt(' +1_000 ') // { ok: true, value: 1000 }
 */
export function pythonInt(text: string): PythonNumberResult<number | bigint> {
  const ascii = asciiDigitsAndSpaces(text);
  if (ascii === undefined) return { ok: false, reason: 'invalid' };
  const match = /^([+-]?)(\d(?:_?\d)*)$/.exec(stripAsciiSpace(ascii));
  if (match === null) return { ok: false, reason: 'invalid' };
  const digits = (match[2] as string).replaceAll('_', '');
  if (digits.length > INT_MAX_STR_DIGITS) return { ok: false, reason: 'too-many-digits' };
  const big = BigInt(match[1] === '-' ? `-${digits}` : digits);
  return { ok: true, value: toSafeNumber(big) };
}

/**
 * Python's `float(text)`: surrounding whitespace, digits of any script, underscores between
 * digits, exponents, and `inf`/`infinity`/`nan` in any case with an optional sign.
 * @example pythonFloat('1_0.5e1') // { ok: true, value: 105 }
 */
export function pythonFloat(text: string): PythonNumberResult<number> {
  const ascii = asciiDigitsAndSpaces(text);
  if (ascii === undefined) return { ok: false, reason: 'invalid' };
  const body = stripAsciiSpace(ascii);
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(body);
  if (special !== null) {
    const word = (special[2] as string).toLowerCase();
    if (word === 'nan') return { ok: true, value: NaN };
    return { ok: true, value: special[1] === '-' ? -Infinity : Infinity };
  }
  const digits = String.raw`\d(?:_?\d)*`;
  const decimal = new RegExp(`^[+-]?(?:${digits}(?:\\.(?:${digits})?)?|\\.${digits})(?:[eE][+-]?${digits})?$`);
  if (!decimal.test(body)) return { ok: false, reason: 'invalid' };
  return { ok: true, value: Number(body.replaceAll('_', '')) };
}

/** A `bigint` as a `number` when no precision is lost, else unchanged. */
export function toSafeNumber(value: bigint): number | bigint {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value;
}

/**
 * The text Python parses after its Unicode pass: non-ASCII whitespace becomes a space and
 * digits of any script their ASCII digit; any other non-ASCII character makes the text invalid.
 */
function asciiDigitsAndSpaces(text: string): string | undefined {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (cp < 0x7f) out += char;
    else if (isPythonSpace(cp)) out += ' ';
    else {
      const digit = decimalDigitValue(cp);
      if (digit === undefined) return undefined;
      out += String(digit);
    }
  }
  return out;
}

/** Python's `Py_ISSPACE`: the ASCII whitespace `int()` and `float()` strip. */
function stripAsciiSpace(text: string): string {
  return text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The value of a Unicode decimal digit (general category Nd). Every script's digits are
 * encoded as runs of ten starting at zero, some runs adjacent to others (the mathematical
 * digits are five runs in a row), so the value is the distance from the run's start mod 10.
 */
export function decimalDigitValue(cp: number): number | undefined {
  if (!DECIMAL_DIGIT.test(String.fromCodePoint(cp))) return undefined;
  let start = cp;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  return (cp - start) % 10;
}

/** How a JavaScript number should print: as a Python `int` or `float`. */
export type NumberStyle = 'int' | 'float';

/** Python's `repr()` of a float: `1.0`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`. */
export function floatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa, exponentText] = value.toExponential().split('e') as [string, string];
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const magnitude = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${head}e${exponent < 0 ? '-' : '+'}${magnitude}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`;
}

/** Python's `str()` of a value, as an f-string prints it (`{'a': ['b']}`, `True`, `1.0`). */
export function pyStr(value: unknown, numberStyle?: NumberStyle): string {
  if (typeof value === 'string') return value;
  return pyRepr(value, numberStyle);
}

/**
 * Python's `repr()` of a value (strings quoted, containers item by item). Iterative, with an
 * explicit stack, so values of any depth print; a container inside itself prints as Python's
 * `[...]` / `{...}`.
 */
export function pyRepr(value: unknown, numberStyle?: NumberStyle): string {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array || value instanceof Date) {
    return scalarRepr(value, numberStyle);
  }
  let out = '';
  /** Text to write, a value to print, or the end of a container (leaving it). */
  const work: Array<string | { readonly value: unknown } | { readonly leave: object }> = [{ value }];
  const open = new Set<object>();
  while (work.length > 0) {
    const next = work.pop() as string | { readonly value: unknown } | { readonly leave: object };
    if (typeof next === 'string') {
      out += next;
      continue;
    }
    if ('leave' in next) {
      open.delete(next.leave);
      continue;
    }
    const item = next.value;
    if (typeof item !== 'object' || item === null || item instanceof Uint8Array || item instanceof Date) {
      out += scalarRepr(item, undefined);
      continue;
    }
    const isList = Array.isArray(item);
    if (open.has(item)) {
      out += isList ? '[...]' : '{...}';
      continue;
    }
    open.add(item);
    // Pushed in reverse: the stack pops the opening bracket first.
    work.push({ leave: item }, isList ? ']' : '}');
    const record = item as Record<string, unknown>;
    const keys = isList ? undefined : Object.keys(record);
    const count = isList ? (item as unknown[]).length : (keys as string[]).length;
    for (let i = count - 1; i >= 0; i--) {
      if (isList) work.push({ value: (item as unknown[])[i] });
      else {
        const key = (keys as string[])[i] as string;
        work.push({ value: record[key] }, `${stringRepr(key)}: `);
      }
      if (i > 0) work.push(', ');
    }
    out += isList ? '[' : '{';
  }
  return out;
}

/** `repr()` of anything but a list or dict. */
function scalarRepr(value: unknown, numberStyle: NumberStyle | undefined): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return stringRepr(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return pythonNumberStyle(value, numberStyle) === 'int' ? intText(value) : floatRepr(value);
  if (value instanceof Uint8Array) return bytesRepr(value);
  if (value instanceof Date) return `datetime.datetime(${value.toISOString()})`;
  return String(value);
}

/** Python's `str(type(value))`: `<class 'str'>`, `<class 'dict'>`, … */
export function pyTypeName(value: unknown, numberStyle?: NumberStyle): string {
  return `<class '${pyTypeOf(value, numberStyle)}'>`;
}

/** Python's `type(value).__name__`, as its exceptions name a type: `str`, `NoneType`, … */
export function pyTypeOf(value: unknown, numberStyle?: NumberStyle): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return pythonNumberStyle(value, numberStyle);
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Date) return 'datetime.datetime';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'dict';
  return typeof value;
}

/** Whether a number prints as an `int` or a `float` when the shape does not say. */
export function pythonNumberStyle(value: number, style?: NumberStyle): NumberStyle {
  if (style !== undefined) return style;
  return Number.isInteger(value) && !Object.is(value, -0) ? 'int' : 'float';
}

function intText(value: number): string {
  // Integral doubles beyond 2^53 print all their digits in Python, never an exponent.
  return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}

/** Python's `repr()` of a `str`. */
export function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\t') out += '\\t';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (isPrintable(char)) out += char;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

/** Python's `repr()` of `bytes`. */
export function bytesRepr(bytes: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const byte of bytes) {
    if (byte === 0x27) hasSingle = true;
    if (byte === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${quote}`;
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\t') out += '\\t';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (byte >= 0x20 && byte < 0x7f) out += char;
    else out += `\\x${hex(byte, 2)}`;
  }
  return out + quote;
}

// Python's str.isprintable(): everything but separators other than space (Z*), controls,
// format characters, surrogates, private use and unassigned code points.
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function isPrintable(char: string): boolean {
  return char === ' ' || !NOT_PRINTABLE.test(char);
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** A Python `dict` among JSON-like values: an object that is not an array, null, bytes or a date. */
export function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Date);
}

/** Python truthiness of a JSON-like value (`if value:`): empty strings, containers, zero, None and False are false. */
export function pythonTruthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === 0n || value === '') return false;
  if (Array.isArray(value) || value instanceof Uint8Array) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}

/**
 * botocore's deep merge of `extra` into `base`: dicts merge key by key, anything else replaces.
 * Keys are defined as own data properties, so a `__proto__` key stays data.
 */
export function deepMerge(base: Record<string, unknown>, extra: Record<string, unknown>): void {
  const pending: Array<readonly [Record<string, unknown>, Record<string, unknown>]> = [[base, extra]];
  // A loop, not recursion: the merged values may come from user input of any depth.
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [target, source] = next;
    for (const [key, value] of Object.entries(source)) {
      const existing = Object.hasOwn(target, key) ? target[key] : undefined;
      if (isDict(existing) && isDict(value)) pending.push([existing, value]);
      else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
}
