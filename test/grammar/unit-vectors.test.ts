/**
 * The AWS CLI's own shorthand unit-test vectors (tests/unit/test_shorthand.py, collected in the
 * shared checkout as ../shared/conformance/aws-cli-unit-vectors.jsonl), read in place rather
 * than copied, and held against our parser and coercion. Each row's `expected` is what the AWS
 * CLI's unit test asserts. Without the shared checkout the rows skip with that reason; under
 * AWS_SHORTHAND_REQUIRE_LIVE=1 (CI) they fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { nodeFileReader } from '../../src/cli/file-reader.js';
import { parse, ShorthandError } from '../../src/grammar/index.js';
import { coerce } from '../../src/model/api.js';
import { modelFromBotocore } from '../../src/model/loaders/botocore.js';
import { materialise, normalise } from '../helpers/corpus.js';
import { describeWith, fileReference, SHARED } from '../helpers/live.js';

const VECTORS = join(SHARED, 'conformance', 'aws-cli-unit-vectors.jsonl');

/** Bytes in the vectors' JSON: `{"__bytes_b64__": base64}`. */
type Bytes = { __bytes_b64__: string };
type Expected = { ok: true; value: unknown } | { ok: false; error_class: 'ShorthandParseError' | 'ResourceLoadingError'; error?: string };
interface Vector {
  readonly id: string;
  readonly group: 'parse' | 'error' | 'error_message' | 'backtracking' | 'paramfile' | 'visitor';
  readonly input?: string;
  readonly file_contents?: string | Bytes | Array<string | Bytes> | null;
  readonly value?: unknown;
  readonly members?: Record<string, unknown>;
  readonly expected: Expected;
}

/** The vectors' bytes in the corpus's `{$bytes}` form, which `normalise` gives our values. */
function asCorpus(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asCorpus);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['__bytes_b64__'] === 'string') return { $bytes: record['__bytes_b64__'] };
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, asCorpus(item)]));
  }
  return value;
}

/** The files a paramfile row's input names, with the row's contents in order (none for a missing file). */
function filesOf(row: Vector): Record<string, string | { $bytes: string }> {
  if (row.file_contents === null || row.file_contents === undefined) return {};
  const names = [...(row.input ?? '').matchAll(/fileb?:\/\/([A-Za-z0-9._/-]+)/g)].map((match) => match[1] as string);
  const contents = Array.isArray(row.file_contents) ? row.file_contents : names.map(() => row.file_contents as string | Bytes);
  return Object.fromEntries(names.map((name, i) => [name, asCorpus(contents[i]) as string | { $bytes: string }]));
}

/** Our parse of a row's input: the value, or the error class and message the AWS CLI would show. */
function ours(row: Vector): { ok: true; value: unknown } | { ok: false; error_class: string; error: string } {
  try {
    const readFile = row.group === 'paramfile' ? nodeFileReader(materialise(filesOf(row)), {}) : undefined;
    return { ok: true, value: normalise(parse(row.input ?? '', readFile ? { readFile } : {})) };
  } catch (error) {
    if (!(error instanceof ShorthandError)) throw error;
    return { ok: false, error_class: error.code === 'FILE_READ_FAILED' ? 'ResourceLoadingError' : 'ShorthandParseError', error: error.message };
  }
}

/** An inline botocore shape tree as a model of named shapes, and its root. */
function modelOf(members: Record<string, unknown>) {
  const shapes: Record<string, unknown> = {};
  const name = (shape: Record<string, unknown>, path: string): string => {
    const named: Record<string, unknown> = { ...shape };
    if (shape['members'] !== undefined) {
      named['members'] = Object.fromEntries(
        Object.entries(shape['members'] as Record<string, Record<string, unknown>>).map(([key, member]) => [key, { shape: name(member, `${path}_${key}`) }]),
      );
    }
    for (const part of ['member', 'key', 'value'] as const) {
      if (shape[part] !== undefined) named[part] = { shape: name(shape[part] as Record<string, unknown>, `${path}_${part}`) };
    }
    shapes[path] = named;
    return path;
  };
  const root = name({ type: 'structure', members }, 'Input');
  const shape = modelFromBotocore({ metadata: { apiVersion: '2020-01-01', protocol: 'json' }, operations: {}, shapes } as unknown as Parameters<typeof modelFromBotocore>[0]).shape(root);
  if (shape === undefined) throw new Error(`no shape ${root}`);
  return shape;
}

describeWith(fileReference(VECTORS), 'the AWS CLI unit-test vectors (shared/conformance)', () => {
  const rows = readFileSync(VECTORS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Vector);

  it('covers every group of the file', () => {
    expect(new Set(rows.map((row) => row.group))).toEqual(new Set(['parse', 'error', 'error_message', 'backtracking', 'paramfile', 'visitor']));
    expect(rows.length).toBeGreaterThan(100);
  });

  it.each(rows.filter((row) => row.group !== 'visitor').map((row) => [row.id, row] as const))('%s', (_id, row) => {
    const start = performance.now();
    const outcome = ours(row);
    const expected = row.expected;
    if (expected.ok) {
      expect(outcome).toEqual({ ok: true, value: asCorpus(expected.value) });
    } else {
      expect(outcome).toMatchObject({ ok: false, error_class: expected.error_class, ...(expected.error !== undefined ? { error: expected.error } : {}) });
    }
    // The backtracking vectors guard against exponential time: the unit test allows 5 seconds.
    if (row.group === 'backtracking') expect(performance.now() - start).toBeLessThan(5000);
  });

  it.each(rows.filter((row) => row.group === 'visitor').map((row) => [row.id, row] as const))('%s (coercion)', (_id, row) => {
    expect(row.expected.ok).toBe(true);
    const expected = row.expected as Extract<Expected, { ok: true }>;
    expect(coerce(row.value, modelOf(row.members ?? {}))).toEqual(expected.value);
  });
});
