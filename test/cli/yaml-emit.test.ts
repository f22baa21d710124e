/**
 * The YAML printer of `--output yaml` (src/cli/send/yaml-emit.ts) against AWS CLI v2's own
 * YAMLDumper (ruamel.yaml on libyaml, test/cli/yaml-dump-oracle.py under Debian's
 * /usr/bin/python3): fixed edge cases, then generated values, each compared with v2's text.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpYaml, YamlTimestamp } from '../../src/cli/send/yaml-emit.js';
import { PyFloat } from '../../src/cli/send/python-json-dumps.js';
import { ROOT } from '../helpers/corpus.js';
import { describeWith, fileReference } from '../helpers/live.js';

const ORACLE = join(ROOT, 'test/cli/yaml-dump-oracle.py');

/** `value` in the oracle's JSON: floats and datetimes escaped. */
function toOracle(value: unknown): unknown {
  if (value instanceof PyFloat) return { $float: String(value.value) };
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (value instanceof YamlTimestamp) return { $datetime: value.text };
  if (Array.isArray(value)) return value.map(toOracle);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toOracle(inner)]));
  return value;
}

/** What AWS CLI v2's YAMLDumper prints for each value (one python3 process for all). */
function v2Dumps(values: readonly unknown[]): string[] {
  const input = values.map((value) => JSON.stringify(toOracle(value))).join('\n') + '\n';
  const run = spawnSync('/usr/bin/python3', [ORACLE], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`oracle failed: ${run.stderr}`);
  return run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as string);
}

const EDGE_CASES: ReadonlyArray<readonly [string, unknown]> = [
  ['empty map and list values', { a: {}, b: [], c: [{}, []] }],
  ['nested lists', [[1, 2], [[]], [{ k: 'v' }]]],
  ['strings that read as other types', { a: 'true', b: 'False', c: '-1', d: '1_000', e: '0o17', f: '0x1F', g: '.5', h: '1e3', i: '.inf', j: '~', k: 'null', l: '', m: '<<', n: '=', o: '!', p: '2020-01-01', q: '2020-1-1 1:00:00' }],
  ['strings YAML 1.1 would quote but 1.2 does not', { a: 'yes', b: 'NO', c: 'on', d: 'y', e: '0777x', f: '+' }],
  ['indicators and spaces', { a: '- x', b: 'a: b # c', c: 'a:b', d: '#x', e: 'x #', f: ' lead', g: 'trail ', h: '---', i: '...x', j: '? q', k: ':x', l: '@x', m: "it's", n: '"q"', o: 'a, b', p: '[x]', q: '%x', r: '`x`' }],
  ['line breaks', { a: 'one\ntwo', b: 'one\n\ntwo', c: 'end\n', d: '\nstart', e: 'a \nb', f: 'a\n b', g: 'x\ry', h: 'a\u2028b', i: 'a\u0085b' }],
  ['control and unicode characters', { a: 'tab\there', b: 'nul\u0000', c: 'bell\u0007', d: 'esc\u001b', e: 'café 日本', f: 'emoji 😀', g: '\ufeffbom', h: 'nbsp\u00a0x', i: '\u007f', j: '\ufffe' }],
  ['numbers with every digit', { int: 1234567890, neg: -9876543210, big: 12345678901234567890n, float: new PyFloat(0.1234567890123), exp: new PyFloat(1e17), small: new PyFloat(5e-324), whole: new PyFloat(3), nan: new PyFloat(Number.NaN), inf: new PyFloat(-Infinity) }],
  ['booleans, null and timestamps', { t: true, f: false, n: null, list: [null, true], when: new YamlTimestamp('1970-01-01 00:00:00') }],
  ['long strings fold at column 80', { plain: 'word '.repeat(40).trim(), single: `${'x: '.repeat(30)}end`, double: `tab\t${'word '.repeat(30)}`, unbroken: 'x'.repeat(200), spaces: `${'a'.repeat(79)}  ${'b'.repeat(10)} c` }],
  ['keys that need quoting or the long form', { '': 1, 'a b': 2, '123': 3, 'x: y': 4, [`${'k'.repeat(130)}`]: 5, 'multi\nline': 6 }],
  ['unicode key order', { b: 1, B: 2, é: 3, '😀': 4, '\uffff': 5, a: 6 }],
];

describe('dumpYaml', () => {
  it('prints block mappings with sorted keys and sequences at the key column', () => {
    expect(dumpYaml({ b: [{ y: 1, x: 'v' }], a: { c: [] } })).toBe('a:\n  c: []\nb:\n- x: v\n  y: 1\n');
  });
});

describeWith(fileReference('/usr/lib/python3/dist-packages/awscli/formatter.py'), "dumpYaml prints what AWS CLI v2's YAMLDumper prints", () => {
  let edgeDumps: string[] | undefined;
  it.each(EDGE_CASES.map(([name, value], index) => [name, value, index] as const))('%s', (_name, value, index) => {
    edgeDumps ??= v2Dumps(EDGE_CASES.map(([, edge]) => edge));
    const expected = edgeDumps[index];
    expect(dumpYaml(value)).toBe(expected);
  });

  it('agrees on generated values', () => {
    const char = fc.constantFrom(...'ab :#-\'"\n\t ,[]{}?!&*|>%@`~.0123456789eE_+xé日😀\u2028\u0085\u00a0\\');
    const text = fc.array(char, { maxLength: 30 }).map((chars) => chars.join(''));
    const longText = fc.array(fc.constantFrom('word', 'a', 'long-token-without-spaces', ' ', '  ', ':', '#', '\n'), { maxLength: 60 }).map((parts) => parts.join(' '));
    const scalar = fc.oneof(text, longText, fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }).map((x) => new PyFloat(x)));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(text, tie('node'), { maxKeys: 4 }),
    })).map;
    const samples = fc.sample(value, { numRuns: 400, seed: 20261205 });
    const expected = v2Dumps(samples);
    const differing = samples.map((sample, i) => ({ sample, ours: dumpYaml(sample), theirs: expected[i] })).filter(({ ours, theirs }) => ours !== theirs);
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
