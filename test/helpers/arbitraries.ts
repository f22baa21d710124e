/** fast-check generators of shorthand-like text: mostly the grammar's own punctuation. */
import fc from 'fast-check';

const PIECES = [
  'a', 'b', 'Key', 'x1', '=', '==', ',', ',,', '[', ']', '{', '}', "'", '"', '\\', '\\,', '@', '@=',
  ' ', '  ', '\t', '\n', ':', '/', '#', '.', '-', '_', 'file://f', 'é', '\u00a0', '\u3000', '\u2028',
  '😀', '\u0085', '\x1f', '=}', '[]', '{}', "''", '""', "\\'", '\\"',
];

/** Text assembled from grammar-significant pieces, so odd parser paths are reached often. */
export const shorthandLike: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** The pieces of a mostly well-formed document: scalars, values (csv lists, lists, hashes) and pairs. */
const documentParts = fc.letrec((tie) => ({
  scalar: fc.oneof(
    fc.stringMatching(/^[a-zA-Z0-9 ._:\/-]{0,8}$/),
    fc.constantFrom("'q, x'", '"d\\"q"', '', 'é', 'a\\,b', '}'),
  ),
  value: fc.oneof(
    { depthSize: 'small' },
    tie('scalar'),
    fc.array(tie('scalar'), { minLength: 2, maxLength: 3 }).map((items) => items.join(',')),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
    fc.array(tie('pair'), { maxLength: 3 }).map((pairs) => `{${pairs.join(',')}}`),
  ),
  pair: fc
    .tuple(fc.stringMatching(/^[A-Za-z0-9]{0,4}$/), fc.boolean(), tie('value'))
    .map(([k, spaced, v]) => `${k}${spaced ? ' = ' : '='}${v as string}`),
}));

/**
 * The top-level pairs of a document, 1 to 6 of them. Lengths are drawn uniformly rather than by
 * `fc.array`'s small-biased sizes, so most documents have several pairs (the parser's pair
 * separation and csv backtracking only show between pairs); test/helpers/arbitraries.test.ts
 * measures the share.
 */
export const shorthandDocumentPairs: fc.Arbitrary<string[]> = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.array(documentParts.pair, { minLength: count, maxLength: count }));

/** Mostly well-formed `key=value,…` text with csv lists, lists and hashes, over several top-level pairs. */
export const shorthandDocument: fc.Arbitrary<string> = shorthandDocumentPairs.map((pairs) => pairs.join(','));
