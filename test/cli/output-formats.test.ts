/**
 * `--output json|text|table` and `--query`: corpus/cli/formats/output.jsonl holds what the AWS
 * CLI's own formatters print for sample responses; ours must print the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jmespath from 'jmespath';
import { describe, expect, it } from 'vitest';
import { formatResponse, TextFormatError } from '../../src/cli/send/format-response.js';
import { PyFloat } from '../../src/cli/send/python-json-dumps.js';
import { ROOT } from '../helpers/corpus.js';

interface Row {
  name: string;
  response: unknown;
  output: 'json' | 'text' | 'table';
  query?: string;
  stdout: string;
}

const rows = readFileSync(join(ROOT, 'corpus/cli/formats/output.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as Row);

/** Python floats are recorded as {"$float": repr}: as `PyFloat` they print the same way. */
function withFloats(value: unknown, plain: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => withFloats(item, plain));
  if (value !== null && typeof value === 'object') {
    const escape = (value as { $float?: string }).$float;
    if (escape !== undefined) return plain ? Number(escape) : new PyFloat(Number(escape));
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withFloats(inner, plain)]));
  }
  return value;
}

describe('output formats (recorded from the AWS CLI formatters)', () => {
  it('has rows for every format', () => {
    expect(new Set(rows.map((row) => row.output))).toEqual(new Set(['json', 'text', 'table']));
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    // With --query, JMESPath runs on plain JSON values (the float/int distinction is gone).
    const data = row.query === undefined ? withFloats(row.response, false) : jmespath.search(withFloats(row.response, true), row.query);
    expect(formatResponse(data, { output: row.output, commandName: 'DescribeAutoMLJob', terminalWidth: 80 })).toBe(row.stdout);
  });
});

describe('text output of a list mixing objects with other values', () => {
  it.each([
    ['null after an object', { b: [{ a: 1 }, null] }, '', "'NoneType' object has no attribute 'items'"],
    ['text before the list stays printed', { a: 'first', b: [{ a: 1 }, true] }, 'first\n', "'bool' object has no attribute 'items'"],
    ['the first offending element is named', [{ a: 1 }, 'x', [1]], '', "'str' object has no attribute 'items'"],
    ['a float', [new PyFloat(1), { a: 1 }], '', "'float' object has no attribute 'items'"],
  ] as const)('fails as the AWS CLI does: %s', (_name, value, printed, message) => {
    let thrown: unknown;
    try {
      formatResponse(value, { output: 'text', commandName: 'X' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TextFormatError);
    expect((thrown as TextFormatError).message).toBe(message);
    expect((thrown as TextFormatError).printed).toBe(printed);
  });
});
