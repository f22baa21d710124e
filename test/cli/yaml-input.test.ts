/**
 * `--cli-input-yaml`'s reader (src/cli/argv/yaml-input.ts) against the loader AWS CLI v2 uses
 * (ruamel.yaml's safe loader, test/cli/yaml-load-oracle.py under Debian's /usr/bin/python3):
 * fixed edge cases, then every value the YAML printer writes reads back as itself.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayReadYaml, yamlReader } from '../../src/cli/argv/yaml-input.js';
import type { YamlReader } from '../../src/cli/argv/yaml-input.js';
import { dumpYaml } from '../../src/cli/send/yaml-emit.js';
import { ROOT } from '../helpers/corpus.js';
import { describeWith, fileReference } from '../helpers/live.js';
import { cleanEnv } from './run-helpers.js';

const ORACLE = join(ROOT, 'test/cli/yaml-load-oracle.py');
const read: YamlReader = await yamlReader();

/** Our loaded value in the oracle's terms (floats and integers alike as numbers). */
function ours(text: string): unknown {
  const loaded = read(text);
  return loaded.ok ? plain(loaded.value) : { $error: true };
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return { $datetime: value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (typeof value === 'number' && Number.isNaN(value)) return { $nan: true };
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  return value;
}

/** The oracle's escapes in our terms: a date is midnight UTC, a naive datetime is UTC. */
function theirsPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(theirsPlain);
  if (value !== null && typeof value === 'object') {
    const escape = value as Record<string, unknown>;
    if (typeof escape['$float'] === 'string') {
      const repr = escape['$float'];
      return repr === 'nan' ? { $nan: true } : repr === 'inf' ? Infinity : repr === '-inf' ? -Infinity : Number(repr);
    }
    if (typeof escape['$date'] === 'string') return { $datetime: `${escape['$date']}T00:00:00.000Z` };
    if (typeof escape['$datetime'] === 'string') return { $datetime: new Date(`${escape['$datetime']}Z`).toISOString() };
    if ('$int' in escape || '$bytes' in escape || '$error' in escape || '$other' in escape) return escape;
    return Object.fromEntries(Object.entries(escape).map(([key, inner]) => [key, theirsPlain(inner)]));
  }
  return value;
}

/** How AWS CLI v2 loads each text (one python3 process for all). */
function v2Loads(texts: readonly string[]): unknown[] {
  const run = spawnSync('/usr/bin/python3', [ORACLE], { input: texts.map((text) => JSON.stringify(text)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`oracle failed: ${run.stderr}`);
  return run.stdout.trimEnd().split('\n').map((line) => theirsPlain(JSON.parse(line)));
}

const EDGE_CASES: ReadonlyArray<readonly [string, string]> = [
  ['empty map and list', 'a: {}\nb: []\nc: [{}, []]'],
  ['empty text and a bare key', 'a:\nb: ""\nc: \'\''],
  ['YAML 1.2 booleans only', 'a: true\nb: False\nc: yes\nd: on\ne: TRUE\nf: n'],
  ['integers of every form and digit', 'a: 1234567890\nb: -9876543210\nc: 1_000\nd: 0b1011\ne: 0x1F\nf: 0o17\ng: 017\nh: +5\ni: 123456789012345678901234567890\nj: 0'],
  ['floats', 'a: 1.5\nb: 6.02e+23\nc: .5\nd: 1.\ne: -.inf\nf: .NaN\ng: 1e3\nh: 1_0.2_5\ni: 0.1234567890123'],
  ['null forms', 'a: ~\nb: null\nc: Null\nd: NULL\ne: nul'],
  ['timestamps', 'a: 2020-01-01\nb: 2020-01-01T00:00:00Z\nc: 2020-1-2 3:04:05.123456789 +02:00\nd: 2020-01-01t10:00:00-0\ne: "2020-01-01"'],
  ['strings that need quotes', 'a: "123"\nb: \'true\'\nc: "a: b"\nd: \'it\'\'s\'\ne: "tab\\there"\nf: "\\u00e9\\U0001F600"'],
  ['unicode', 'café: 日本\nemoji: 😀\nnbsp: "a\u00a0b"'],
  ['block scalars', 'a: |\n  one\n  two\nb: >\n  folded\n  text\nc: |-\n  kept'],
  ['anchors, aliases and merge keys', 'base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\nlist:\n  <<: [{p: 1}, {p: 2, q: 2}]'],
  ['binary', 'a: !!binary aGVsbG8=\nb: !!binary |\n  aGVs\n  bG8=\nc: !!binary "aGk*="'],
  ['explicit tags', 'a: !!str 1\nb: !!int "5"\nc: !!float 1\nd: !!bool true\ne: !!null ""\nf: !!map {k: v}\ng: !!seq [1]'],
  ['keys that are not text', '1: a\nnull: c\n2.5: d\n"1": e'],
  ['keys equal in Python', '1: a\ntrue: b'],
  ['keys equal as text only', '"a": 1\na: 2'],
  ['syntax errors', 'a: [b'],
  ['tab indentation', 'SortBy:\n\tName'],
  ['duplicate keys', 'a: 1\na: 2'],
  ['several documents', 'a: 1\n---\nb: 2'],
  ['unknown tag', 'a: !foo x'],
  ['a lone = (no constructor)', 'a: ='],
  ['a bad escape', 'a: "x\\q"'],
  ['flow style, JSON', '{"AutoMLJobName": "j", "n": [1, 2.5, null, true]}'],
];

describe('the YAML reader', () => {
  it('reads a mapping as v2 types it', () => {
    expect(read('MaxResults: 5\nNameContains: "007"\nOn: yes')).toEqual({ ok: true, value: { MaxResults: 5, NameContains: '007', On: 'yes' } });
  });

  it('refuses what is not YAML', () => {
    expect(read('a: [b').ok).toBe(false);
    expect(read('a: 1\na: 2').ok).toBe(false);
  });

  it('is needed only for --cli-input-yaml and its abbreviations', () => {
    expect(mayReadYaml(['--cli-input-y', 'x'])).toBe(true);
    expect(mayReadYaml(['--cli-input-yaml=x'])).toBe(true);
    expect(mayReadYaml(['--cli-input-json', 'x'])).toBe(false);
  });

  it('reads back every value the YAML printer writes', () => {
    // Without U+2028/U+2029/U+0085: the printer (libyaml) writes them as line breaks, which
    // ruamel.yaml reads back as line breaks but a YAML 1.2 parser as text (see DIFFERENCES.md).
    const text = fc.string({ unit: fc.constantFrom(...'ab :#-\'"\n\t,[]{}?!&*|>%@`~.0123456789eE_+xé日😀\u00a0\\'), maxLength: 20 });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.integer(), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(text, tie('node'), { maxKeys: 4 }),
    })).map;
    fc.assert(
      fc.property(value, (sample) => {
        expect(read(dumpYaml(sample))).toEqual({ ok: true, value: sample });
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});

describe('deep --cli-input-yaml', () => {
  it('is refused as invalid YAML, not a stack overflow, on the main thread of the built command line', () => {
    const deep = `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const argv = ['dist/cli/main.js', '--dialect', 'v2', '--cli-dry-run', 'sagemaker', 'list-auto-ml-jobs', '--cli-input-yaml', deep];
    const ran = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', env: cleanEnv({ AWS_SHORTHAND_NO_CACHE: '1' }) });
    expect(ran.stderr).toBe("\nError parsing parameter 'cli-input-yaml': Invalid YAML received.\n");
    expect(ran.status).toBe(252);
  });
});

describeWith(fileReference('/usr/lib/python3/dist-packages/awscli/customizations/cliinput.py'), "the YAML reader loads what AWS CLI v2's loader loads", () => {
  let expected: unknown[] | undefined;
  it.each(EDGE_CASES.map(([name, text], index) => [name, text, index] as const))('%s', (_name, text, index) => {
    expected ??= v2Loads(EDGE_CASES.map(([, edge]) => edge));
    expect(ours(text)).toEqual(expected[index]);
  });
});
