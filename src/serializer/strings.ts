/**
 * How one string or key is written so that the grammar reads it back exactly: bare where the
 * scanner's character classes allow it, otherwise quoted with the escapes the AWS CLI's decoding
 * undoes (`\<quote>` first, then `\\`).
 *
 * The character classes come from `src/grammar/charsets.ts` (the scanner reads the same ones);
 * they are only tabulated here, once, so the hot loop is a table look-up per UTF-16 unit.
 */
import { isFirstFollow, isKeyChar, isPythonSpace, isSecondFollow, isValueStart } from '../grammar/charsets.js';
import type { TextSink } from './sink.js';

/**
 * Where a value stands, which decides the characters a bare value may hold:
 * - `first`: a list element, a hash value, or the value (or first csv item) of a top-level pair;
 *   `]` and `}` would end it;
 * - `later`: the second or later item of a top-level csv list (`a=x,HERE`); `=` would turn it into
 *   the next key.
 */
export type ValuePosition = 'first' | 'later';

/** A bare value may start with it (a leading `]` or `}` is quoted anyway, see `bareForm`). */
const START = 1;
const FIRST = 2;
const LATER = 4;
const SPACE = 8;
const KEY = 16;
/** `,`: bare anywhere, written `\,`. */
const COMMA_MARK = 32;
/** A high surrogate: with a low surrogate after it, a code point beyond the BMP. */
const HIGH = 64;

let table: Uint8Array | undefined;

/** Flags of every BMP code unit, derived from the grammar's character classes on first use. */
function classes(): Uint8Array {
  if (table !== undefined) return table;
  const built = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    built[cp] =
      (isValueStart(cp) && cp !== 0x5d && cp !== 0x7d ? START : 0) |
      (isFirstFollow(cp) ? FIRST : 0) |
      (isSecondFollow(cp) ? LATER : 0) |
      (isPythonSpace(cp) ? SPACE : 0) |
      (isKeyChar(cp) ? KEY : 0) |
      (cp === 0x2c ? COMMA_MARK : 0) |
      (cp >= 0xd800 && cp <= 0xdbff ? HIGH : 0);
  }
  table = built;
  return built;
}

const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * True when `key` can be written as a shorthand key: every character in `[A-Za-z0-9_.#/:-]`.
 * The empty key is writable (`=x` reads back as `{"": "x"}`).
 * @example isSayableKey('tag:Name') // true
 */
export function isSayableKey(key: string): boolean {
  const flags = classes();
  for (let i = 0; i < key.length; i++) {
    if (((flags[key.charCodeAt(i)] as number) & KEY) === 0) return false;
  }
  return true;
}

/**
 * Append `key` to `sink` when it is a sayable key (see `isSayableKey`); false, with nothing
 * appended, when it is not.
 */
export function writeKey(sink: TextSink, key: string): boolean {
  return sink.appendClassified(key, classes(), KEY, KEY, 0) !== -1;
}

/**
 * Append `value` to `sink` bare (commas written `\,`) when it reads back unchanged that way at
 * `position`, checked and copied in one pass, as `encodeString` would write it; false, with
 * nothing appended, when it needs quotes.
 */
export function writeBare(sink: TextSink, value: string, position: ValuePosition): boolean {
  const length = value.length;
  if (length === 0) return false;
  const flags = classes();
  const start = sink.length;
  const seen = sink.appendClassified(value, flags, START | COMMA_MARK, (position === 'first' ? FIRST : LATER) | COMMA_MARK, COMMA_MARK);
  if (seen === -1) return false;
  // The same end checks as `bareForm`: no code point beyond the BMP, no trailing Python space.
  if (((seen & HIGH) !== 0 && hasSurrogatePair(value)) || ((flags[value.charCodeAt(length - 1)] as number) & SPACE) !== 0) {
    sink.truncate(start);
    return false;
  }
  return true;
}

/**
 * `value` as the grammar reads it back exactly at `position`: bare (commas written `\,`) when
 * the character classes allow, otherwise quoted; `undefined` when no form reads back as
 * `value` (it must be quoted and ends with a backslash, which would escape the closing quote).
 * A bare result may end with a backslash; the caller must not write a `,` right after it.
 * @example encodeString('a b', 'first') // 'a b'
 * @example encodeString('x ', 'first') // '"x "'
 */
export function encodeString(value: string, position: ValuePosition): string | undefined {
  return encodeAvoiding(value, position, undefined);
}

/**
 * `encodeString`, quoting with the other quote character than `avoid` when quotes are needed
 * (after a dangling quoted value, see `encodeDangling`, its quote must not occur again).
 */
export function encodeAvoiding(value: string, position: ValuePosition, avoid: '"' | "'" | undefined): string | undefined {
  const bare = bareForm(value, position === 'first' ? FIRST : LATER);
  if (bare === BARE) return value;
  if (bare === BARE_WITH_COMMAS) return value.replaceAll(',', '\\,');
  if (value.charCodeAt(value.length - 1) === BACKSLASH) return undefined;
  return quoteWith(value, avoid === undefined ? pickQuote(value) : avoid === '"' ? SINGLE_QUOTE : DOUBLE_QUOTE);
}

const NOT_BARE = 0;
const BARE = 1;
const BARE_WITH_COMMAS = 2;

/**
 * Whether `value` reads back unchanged without quotes, and whether it holds commas (written
 * `\,`): not empty, a value-start first character, follow characters after it, no character
 * beyond the BMP, and no trailing Python whitespace (bare values are right-stripped). A leading
 * `]` or `}` is legal in some positions but is quoted everywhere, so a value never looks like a
 * closing bracket.
 */
function bareForm(value: string, follow: number): number {
  const length = value.length;
  if (length === 0) return NOT_BARE;
  const flags = classes();
  let seen = flags[value.charCodeAt(0)] as number;
  if ((seen & (START | COMMA_MARK)) === 0) return NOT_BARE;
  const allowed = follow | COMMA_MARK;
  for (let i = 1; i < length; i++) {
    const f = flags[value.charCodeAt(i)] as number;
    if ((f & allowed) === 0) return NOT_BARE;
    seen |= f;
  }
  // A surrogate pair is one code point beyond the BMP, which no bare value class admits; a
  // lone surrogate is a BMP code point to the AWS CLI and stays bare.
  if ((seen & HIGH) !== 0 && hasSurrogatePair(value)) return NOT_BARE;
  if (((flags[value.charCodeAt(length - 1)] as number) & SPACE) !== 0) return NOT_BARE;
  return (seen & COMMA_MARK) !== 0 ? BARE_WITH_COMMAS : BARE;
}

function hasSurrogatePair(value: string): boolean {
  for (let i = 0; i < value.length - 1; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(value.charCodeAt(i + 1))) return true;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * How quoting works: the quote is `"` unless `'` needs fewer escapes. The closing quote is the
 * first quote not preceded by a backslash, so every quote inside is written `\<q>`; the
 * decoder then halves backslash runs, so runs are doubled, except a lone backslash before an
 * ordinary character, which the decoder leaves alone (`C:\dir` stays readable). A string
 * ending in a backslash cannot be quoted this way: see `encodeDangling`.
 */
/**
 * A string that must be quoted and ends with a backslash, quoted anyway: its closing quote is
 * escaped by the backslash before it, which the AWS CLI still takes as the closing quote when
 * no later character of the text is that quote (its quoted-value pattern then backtracks to
 * the last escaped quote). The caller must make sure of that; `quote` is which quote it used:
 * the one `value` holds fewer of (or the one that is not `avoid`), or the other one with
 * `otherQuote`.
 * @example encodeDangling(' dir\\') // { text: '" dir\\\\"', quote: '"' }
 */
export function encodeDangling(
  value: string,
  otherQuote = false,
  avoid: '"' | "'" | undefined = undefined,
): { text: string; quote: '"' | "'" } {
  const preferred = avoid === undefined ? pickQuote(value) : avoid === '"' ? SINGLE_QUOTE : DOUBLE_QUOTE;
  const q = otherQuote ? (preferred === DOUBLE_QUOTE ? SINGLE_QUOTE : DOUBLE_QUOTE) : preferred;
  return { text: quoteWith(value, q), quote: q === DOUBLE_QUOTE ? '"' : "'" };
}

/** `"` unless `'` occurs less often. */
function pickQuote(value: string): number {
  return count(value, '"') <= count(value, "'") ? DOUBLE_QUOTE : SINGLE_QUOTE;
}

function quoteWith(value: string, q: number): string {
  const mark = q === DOUBLE_QUOTE ? '"' : "'";
  if (!value.includes(mark) && !value.includes('\\')) return mark + value + mark;
  let out = mark;
  let run = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === BACKSLASH) {
      if (run === 0) {
        out += value.slice(from, i);
        from = i;
      }
      run++;
      continue;
    }
    if (run > 0) {
      out += run === 1 && code !== q ? '\\' : '\\'.repeat(2 * run);
      run = 0;
      from = i;
    }
    if (code === q) {
      out += `${value.slice(from, i)}\\${mark}`;
      from = i + 1;
    }
  }
  // A trailing run (only for `encodeDangling`) is doubled too: `\\"` reads as `\` then the quote.
  return run > 0 ? out + '\\'.repeat(2 * run) + mark : out + value.slice(from) + mark;
}

function count(value: string, char: string): number {
  let n = 0;
  for (let i = value.indexOf(char); i !== -1; i = value.indexOf(char, i + 1)) n++;
  return n;
}
