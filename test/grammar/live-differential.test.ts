/**
 * Differential test against the installed AWS CLI (skipped where python3 + awscli are absent):
 * the recorded corpus re-checked live, and thousands of generated inputs compared outcome by
 * outcome. Set AWS_SHORTHAND_SEED to explore other inputs.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { nodeFileReader } from '../../src/cli/file-reader.js';
import { parse, ShorthandError } from '../../src/grammar/index.js';
import { shorthandDocument, shorthandLike } from '../helpers/arbitraries.js';
import { materialise, normalise, readCorpus } from '../helpers/corpus.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { shorthandOracle } from '../helpers/oracle.js';

type Files = Record<string, string | { $bytes: string }>;

/** Our outcome in the oracle's format. */
function ours(input: string, files: Files = {}): Record<string, unknown> {
  try {
    return { value: normalise(parse(input, { readFile: nodeFileReader(materialise(files), {}) })) };
  } catch (error) {
    if (!(error instanceof ShorthandError)) throw error;
    if (error.code === 'NESTING_TOO_DEEP') return { pythonError: 'RecursionError' };
    if (error.code === 'FILE_READ_FAILED') return { error: { message: error.message, offset: null, kind: 'ResourceLoadingError' } };
    return { error: { message: error.message, offset: error.offset } };
  }
}

/** The oracle's outcome, with crash texts reduced to their class. */
function theirs(outcome: Record<string, unknown>): Record<string, unknown> {
  return typeof outcome.pythonError === 'string' ? { pythonError: outcome.pythonError.split(':')[0] } : outcome;
}

describeWith(pythonAwsCli(), 'live differential against the installed AWS CLI', () => {
  it('agrees on every corpus input, re-run live', () => {
    const rows = readCorpus<{ input: string; files?: Files }>('grammar');
    const live = shorthandOracle(rows);
    const disagreements = rows
      .map((row, i) => ({ input: row.input, ours: ours(row.input, row.files), theirs: theirs(live[i] as Record<string, unknown>) }))
      .filter((d) => JSON.stringify(d.ours) !== JSON.stringify(d.theirs) && !sameValue(d.ours, d.theirs));
    expect(disagreements).toEqual([]);
  });

  it('agrees on 5,000 generated inputs', () => {
    const seed = Number(process.env.AWS_SHORTHAND_SEED ?? 20261128);
    const inputs = fc.sample(fc.oneof(shorthandLike, shorthandDocument), { numRuns: 5000, seed });
    const live = shorthandOracle(inputs.map((input) => ({ input })));
    const disagreements = inputs
      .map((input, i) => ({ input, ours: ours(input), theirs: theirs(live[i] as Record<string, unknown>) }))
      .filter((d) => !sameValue(d.ours, d.theirs));
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});

/** Deep equality that ignores object key order (JS orders integer-like keys first). */
function sameValue(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
