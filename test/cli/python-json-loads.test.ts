/**
 * Python's `json.loads` (errors as CPython words and places them) and `json.dumps(indent=4)`,
 * the forms the AWS CLI shows for JSON option values, skeletons and responses. Expected texts
 * come from running CPython 3.11.
 */
import { describe, expect, it } from 'vitest';
import { loadPythonJson } from '../../src/cli/argv/python-json-loads.js';
import { dumpPythonJson, PyFloat } from '../../src/cli/send/python-json-dumps.js';

describe('loadPythonJson: values', () => {
  it.each<[string, unknown]>([
    ['{"a": [1, 2.5, true, null]}', { a: [1, 2.5, true, null] }],
    ['  {"a":1,"a":2,"b":3} ', { a: 2, b: 3 }],
    ['NaN', NaN],
    ['-Infinity', -Infinity],
    ['"\\ud800"', '\ud800'],
    ['"\\ud800\\udc00"', '\u{10000}'],
    ['12345678901234567890', 12345678901234567890n],
    ['1e400', Infinity],
    ['{"__proto__": 1}', JSON.parse('{"__proto__": 1}')],
  ])('%s', (text, value) => {
    const result = loadPythonJson(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(value);
  });

  it('keeps __proto__ an ordinary key', () => {
    const result = loadPythonJson('{"__proto__": {"polluted": true}}');
    expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('loadPythonJson: CPython error messages', () => {
  it.each([
    ['', 'Expecting value: line 1 column 1 (char 0)'],
    ['{', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'],
    ['{"a"', "Expecting ':' delimiter: line 1 column 5 (char 4)"],
    ['{"a":1', "Expecting ',' delimiter: line 1 column 7 (char 6)"],
    ['{"a":1,}', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)'],
    ['[1,]', 'Expecting value: line 1 column 4 (char 3)'],
    ['[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"],
    ['"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'],
    ['"a\\qb"', 'Invalid \\escape: line 1 column 3 (char 2)'],
    ['"a\\u12x4"', 'Invalid \\uXXXX escape: line 1 column 4 (char 3)'],
    ['"\\u1234', 'Invalid \\uXXXX escape: line 1 column 3 (char 2)'],
    ['"a\tb"', 'Invalid control character at: line 1 column 3 (char 2)'],
    ['{} x', 'Extra data: line 1 column 4 (char 3)'],
    ['\ufeff{}', 'Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)'],
    ['01', 'Extra data: line 1 column 2 (char 1)'],
    ['["a",\n  x]', 'Expecting value: line 2 column 3 (char 8)'],
    ['"\u{1F600}" x', 'Extra data: line 1 column 5 (char 4)'],
  ])('%j', (text, message) => {
    const result = loadPythonJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(message);
  });
});

describe('dumpPythonJson', () => {
  it.each<[string, unknown, Parameters<typeof dumpPythonJson>[1], string]>([
    ['indent 4', { a: [1, new PyFloat(0)], b: {}, c: [] }, { indent: 4 }, '{\n    "a": [\n        1,\n        0.0\n    ],\n    "b": {},\n    "c": []\n}'],
    ['one line', { a: [1, 'x'] }, {}, '{"a": [1, "x"]}'],
    ['ensure_ascii', 'caf\u00e9 \u{1F600}\u007f', {}, '"caf\\u00e9 \\ud83d\\ude00\\u007f"'],
    ['keep non-ASCII', 'caf\u00e9\n\u0001', { ensureAscii: false }, '"caf\u00e9\\n\\u0001"'],
    ['non-finite numbers', [NaN, Infinity, -Infinity], {}, '[NaN, Infinity, -Infinity]'],
    ['floats', [new PyFloat(1e16), new PyFloat(1e-5), 0.5, -0], {}, '[1e+16, 1e-05, 0.5, -0.0]'],
    ['big integers', 12345678901234567890n, {}, '12345678901234567890'],
    ['bytes as base64', new Uint8Array([0, 1, 255]), {}, '"AAH/"'],
  ])('%s', (_name, value, options, text) => {
    expect(dumpPythonJson(value, options)).toBe(text);
  });
});
