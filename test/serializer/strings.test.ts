/**
 * String and key encoding: each string, in each position a value can stand, reads back through
 * the grammar as itself; bare wherever the character classes allow, quoted otherwise.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/grammar/index.js';
import { encodeString, isSayableKey } from '../../src/serializer/index.js';

/** Joins encoded items with commas, with the space a bare trailing backslash needs. */
function joined(items: string[]): string {
  return items.map((item, i) => (i < items.length - 1 && item.endsWith('\\') ? `${item} ` : item)).join(',');
}

/** Reads `value` back from each place a string can stand. */
function readBacks(value: string): Record<string, unknown> {
  const first = encodeString(value, 'first') as string;
  const later = encodeString(value, 'later') as string;
  return {
    pair: parse(`a=${first}`).a,
    pairBeforeNext: parse(joined([`a=${first}`, 'b=c'])).a,
    csvFirst: (parse(joined([`a=${first}`, 'x'])).a as string[])[0],
    csvLater: (parse(joined(['a=x', later, later])).a as string[])[2],
    csvLaterBeforeNext: (parse(joined(['a=x', later, 'b=c'])).a as string[])[1],
    listItem: (parse(`a=[${joined([first, first])}]`).a as string[])[1],
    hashValue: (parse(`a={${joined([`k=${first}`, `m=${first}`])}}`).a as Record<string, string>).k,
  };
}

const SAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['plain', 'abc'],
  ['inner spaces', 'a b  c'],
  ['empty', ''],
  ['leading space', ' a'],
  ['trailing space', 'a '],
  ['trailing tab', 'a\t'],
  ['trailing no-break space', 'a\u00a0'],
  ['leading no-break space (a value start)', '\u00a0a'],
  ['trailing ideographic space', 'a\u3000'],
  ['newline inside', 'a\nb'],
  ['newline first', '\nb'],
  ['carriage return last', 'a\r'],
  ['comma', 'a,b'],
  ['comma first', ',a'],
  ['comma last', 'a,'],
  ['only commas', ',,,'],
  ['equals', 'a=b'],
  ['equals first', '=a'],
  ['brackets', 'a[b]c'],
  ['braces', 'a{b}c'],
  ['closing bracket first', ']a'],
  ['closing brace first', '}a'],
  ['opening bracket first', '[a'],
  ['opening brace first', '{a'],
  ['single quote', "it's"],
  ['double quote', 'say "hi"'],
  ['both quotes', `'"`],
  ['more singles', `''"`],
  ['quote first', "'a"],
  ['backslash', 'C:\\dir\\file'],
  ['backslash last', 'a\\'],
  ['backslash comma', 'a\\,b'],
  ['backslash before quote', `\\'`],
  ['two backslashes before quote', `\\\\"'`],
  ['backslashes in quotes', `'\\\\x\\y'`],
  ['escaped-looking quote', `a\\"b'`],
  ['astral', '😀'],
  ['astral inside', 'a😀b'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
  ['control character', 'a\u0001b'],
  ['NUL', '\u0000'],
  ['DEL', 'a\u007f'],
  ['unit separator inside (Python whitespace)', 'a\u001fb'],
  ['file prefix', 'file://x'],
  ['at sign', '@=x'],
  ['hash and colon', '#tag:x/y'],
  ['unicode letters', 'Größe ελληνικά 日本語'],
];

describe('encodeString reads back in every position', () => {
  it.each(SAMPLES)('%s', (_name, value) => {
    if (value.endsWith('\\') && encodeString(value, 'first') === undefined) return;
    const backs = readBacks(value);
    for (const [where, got] of Object.entries(backs)) expect({ where, got }).toEqual({ where, got: value });
  });
});

describe('encodeString picks the plainest form', () => {
  it.each([
    ['abc', 'first', 'abc'],
    ['a b', 'first', 'a b'],
    ['a,b', 'first', 'a\\,b'],
    ['a=b', 'first', 'a=b'],
    ['a=b', 'later', '"a=b"'],
    ['a]b', 'first', '"a]b"'],
    ['a]b', 'later', 'a]b'],
    [']a', 'later', '"]a"'],
    ['', 'first', '""'],
    [' a', 'first', '" a"'],
    ['a ', 'first', '"a "'],
    ["it's", 'first', `"it's"`],
    ['say "hi"', 'first', `'say "hi"'`],
    [`'"`, 'first', `"'\\""`],
    [`''"`, 'first', `"''\\""`],
    [`'""`, 'first', `'\\'""'`],
    ['C:\\dir "x"', 'first', `'C:\\dir "x"'`],
    ['\\\\ "', 'first', `'\\\\\\\\ "'`],
    ['\\" x', 'first', `'\\" x'`],
    ['\\\' x', 'first', `"\\' x"`],
    ['😀', 'first', '"😀"'],
    ['a\\', 'first', 'a\\'],
  ] as const)('%j at %s -> %s', (value, position, expected) => {
    expect(encodeString(value, position)).toBe(expected);
  });

  it('cannot quote a string ending in a backslash', () => {
    expect(encodeString(' a\\', 'first')).toBeUndefined();
    expect(encodeString('"\\', 'later')).toBeUndefined();
  });
});

describe('isSayableKey', () => {
  it.each([
    ['', true],
    ['Key', true],
    ['tag:Name/x.y#z-_1', true],
    ['a b', false],
    ['a=b', false],
    ['é', false],
    ['a@', false],
    ['[0]', false],
  ] as const)('%j -> %s', (key, sayable) => {
    expect(isSayableKey(key)).toBe(sayable);
    if (sayable) expect(Object.keys(parse(`${key}=v`))).toEqual([key]);
  });
});
