/**
 * A test of the test generators: `shorthandDocument` exists to reach what happens between
 * top-level pairs, so most of its samples must have several of them. Counted twice: the pairs
 * the generator assembled, and the top-level keys our parser reads back from the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/grammar/index.js';
import { shorthandDocument, shorthandDocumentPairs } from './arbitraries.js';

const RUNS = 1000;
const SEED = 20261205;

describe('shorthandDocument', () => {
  it('assembles at least two top-level pairs in at least half of 1,000 samples, and every count from 1 to 6', () => {
    const counts = fc.sample(shorthandDocumentPairs, { numRuns: RUNS, seed: SEED }).map((pairs) => pairs.length);
    expect(counts.filter((count) => count >= 2).length / RUNS).toBeGreaterThanOrEqual(0.5);
    expect(new Set(counts)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('reads back as at least two top-level keys in at least half of the samples the parser accepts', () => {
    const keys: number[] = [];
    for (const text of fc.sample(shorthandDocument, { numRuns: RUNS, seed: SEED })) {
      try {
        keys.push(Object.keys(parse(text)).length);
      } catch {
        // Malformed on purpose now and then (an empty key, a stray `}`): not a document to count.
      }
    }
    expect(keys.length).toBeGreaterThan(RUNS / 4);
    expect(keys.filter((count) => count >= 2).length / keys.length).toBeGreaterThanOrEqual(0.5);
  });
});
