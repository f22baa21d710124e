/**
 * The character classes of the AWS CLI shorthand grammar, in one place: the scanner and the
 * serializer's quoting both read them, so they cannot drift apart.
 *
 * The AWS CLI matches these classes on Python code points with ranges that stop at U+FFFF, so a
 * code point beyond the BMP belongs to no value class. Callers pass code points (use
 * `codePointAt`), never lone UTF-16 units of a surrogate pair.
 */

/** Python's `str.isspace()` (and `\s` in `re`): what `rstrip()` trims from unquoted values. */
export function isPythonSpace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  if (cp < 0x85) return false;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** The whitespace the parser skips between tokens: ASCII only (Python's `string.whitespace`). */
export function isSkippableSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Key characters: `[A-Za-z0-9_.#/:-]`. */
export function isKeyChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x3a) || // digits and ':'
    code === 0x2d ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x23 ||
    code === 0x2f
  );
}

/** Printable ASCII minus the characters every value class excludes: `"` `'` `,`. */
function isValueBase(cp: number): boolean {
  return cp >= 0x21 && cp !== 0x22 && cp !== 0x27 && cp !== 0x2c;
}

/** Bit flags of `ASCII_CLASSES`: the value classes below, and the key characters. */
export const VALUE_START = 1;
export const FIRST_FOLLOW = 2;
export const SECOND_FOLLOW = 4;
export const KEY_CHAR = 8;

/**
 * The value classes and key characters over ASCII, as bit flags (the scanner asks once per
 * character, and its loops read this table directly). Above ASCII every BMP code point is in
 * all three value classes (whitespace included: it may follow, and U+0085 and up may even
 * start a value), nothing beyond the BMP is, and no key character is.
 */
export const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, cp) => {
  const base = isValueBase(cp);
  const space = isPythonSpace(cp);
  return (
    (base && cp !== 0x3d && cp !== 0x5b && cp !== 0x7b ? VALUE_START : 0) |
    ((base && cp !== 0x5d && cp !== 0x7d) || space ? FIRST_FOLLOW : 0) |
    ((base && cp !== 0x3d) || space ? SECOND_FOLLOW : 0) |
    (isKeyChar(cp) ? KEY_CHAR : 0)
  );
});

/** May start an unquoted value: not whitespace, `"`, `'`, `,`, `=`, `[` or `{`. */
export function isValueStart(cp: number): boolean {
  return cp < 0x80 ? (ASCII_CLASSES[cp]! & VALUE_START) !== 0 : cp <= 0xffff;
}

/**
 * May continue a first value (a scalar, a list element, a hash value, the first csv item):
 * whitespace and `=` `[` `{` are allowed; `]` and `}` end the value.
 */
export function isFirstFollow(cp: number): boolean {
  return cp < 0x80 ? (ASCII_CLASSES[cp]! & FIRST_FOLLOW) !== 0 : cp <= 0xffff;
}

/**
 * May continue a second or later csv item (`a=x,HERE`): `]` and `}` are allowed, `=` is not
 * (an `=` means the item was really the next key).
 */
export function isSecondFollow(cp: number): boolean {
  return cp < 0x80 ? (ASCII_CLASSES[cp]! & SECOND_FOLLOW) !== 0 : cp <= 0xffff;
}

/** The code point at `offset` (a surrogate pair read as one code point). */
export function codePointAt(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** UTF-16 length of the code point `cp`. */
export function codePointLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}
