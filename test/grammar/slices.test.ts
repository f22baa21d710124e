/**
 * Deep containers are parsed in slices (`parseTokens`' `sliceDepth`) so that the recursion stays
 * bounded; slicing must not change a single node, diagnostic or file flag.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTokens } from '../../src/grammar/parser.js';
import { scan } from '../../src/grammar/tokens.js';
import { shorthandDocument, shorthandLike } from '../helpers/arbitraries.js';

function parsedWith(text: string, sliceDepth: number): ReturnType<typeof parseTokens> {
  return parseTokens(text, scan(text).tokens, sliceDepth);
}

/** Nested text whose pieces reach deep often: brackets, `@=`, errors. */
const deepish: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('a=', 'b@=', '[', ']', '{', '}', '{k=', '{k@=', ',', 'x', 'file://f', "'q", '=', ' ', '@', '}}', ']]'), {
    maxLength: 40,
  })
  .map((parts) => `a=${parts.join('')}`);

describe('slicing deep containers', () => {
  it.each([1, 2, 3])('gives the same tree, diagnostics and raise points with slices %i deep as in one descent', (depth) => {
    fc.assert(
      fc.property(fc.oneof(deepish, shorthandDocument, shorthandLike), (text) => {
        expect(parsedWith(text, depth)).toEqual(parsedWith(text, Infinity));
      }),
      { numRuns: 1500 },
    );
  });

  it('hands the file flag through a slice the way one descent does', () => {
    // `a@=` sets the flag for x (inside the slice); `b=` clears it inside, and w after it reads it.
    const text = 'a@=[[x,{b=[y]}],w]';
    const sliced = parsedWith(text, 1);
    expect(sliced).toEqual(parsedWith(text, Infinity));
    const flags: boolean[] = [];
    JSON.stringify(sliced.ast, (key, value: unknown) => {
      if (key === 'resolvesFile') flags.push(value as boolean);
      return value;
    });
    expect(flags).toEqual([true, false, false]);
  });
});
