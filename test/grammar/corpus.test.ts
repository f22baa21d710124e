/**
 * The recorded AWS CLI behaviour (corpus/grammar) replayed through our parser: same value, or
 * the same message at the same offset, for every row.
 */
import { describe, expect, it } from 'vitest';
import { nodeFileReader } from '../../src/cli/file-reader.js';
import { parse, ShorthandError } from '../../src/grammar/index.js';
import { materialise, normalise, readCorpus } from '../helpers/corpus.js';

interface GrammarRow {
  name: string;
  input: string;
  files?: Record<string, string | { $bytes: string }>;
  value?: unknown;
  error?: { message: string; offset: number | null; kind?: string };
  pythonError?: string;
}

const rows = readCorpus<GrammarRow>('grammar');

function outcome(row: GrammarRow): unknown {
  const cwd = row.files ? materialise(row.files) : materialise({});
  try {
    return { value: normalise(parse(row.input, { readFile: nodeFileReader(cwd, {}) })) };
  } catch (error) {
    if (!(error instanceof ShorthandError)) throw error;
    return { error: { message: error.message, offset: error.offset, code: error.code } };
  }
}

describe('grammar corpus recorded from the AWS CLI', () => {
  it('has the rows the issue asks for', () => {
    expect(rows.length).toBeGreaterThanOrEqual(600);
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const got = outcome(row) as { value?: unknown; error?: { message: string; offset: number; code: string } };
    if (row.value !== undefined) {
      expect(got).toEqual({ value: row.value });
    } else if (row.error) {
      expect(got.error?.message).toBe(row.error.message);
      if (row.error.kind === 'ResourceLoadingError') expect(got.error?.code).toBe('FILE_READ_FAILED');
      else expect(got.error?.offset).toBe(row.error.offset);
    } else {
      // The AWS CLI crashed (RecursionError); we report a positioned, typed error instead.
      expect(row.pythonError).toMatch(/^RecursionError/);
      expect(got.error?.code).toBe('NESTING_TOO_DEEP');
    }
  });
});
