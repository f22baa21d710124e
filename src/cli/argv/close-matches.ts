/**
 * Python's `difflib.get_close_matches`, which argparse in the AWS CLI uses to suggest a command
 * after an invalid choice ("maybe you meant: * create-auto-ml-job").
 */

/** Similarity of two strings as `difflib.SequenceMatcher(None, a, b).ratio()` computes it (0..1). */
export function similarity(a: string, b: string): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  return (2 * matchingCharacters(a, b)) / total;
}

/**
 * Up to `n` of `candidates` whose similarity to `word` is at least `cutoff`, best first; equal
 * scores are ordered as Python's `heapq.nlargest` orders `(score, text)` tuples (text descending).
 * @example closeMatches('create-auto-ml-jb', ['create-auto-ml-job', 'delete-app']) // ['create-auto-ml-job']
 */
export function closeMatches(word: string, candidates: readonly string[], n = 3, cutoff = 0.8): string[] {
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    const total = candidate.length + word.length;
    // `real_quick_ratio` bound: the shorter length can match at most.
    if (total > 0 && (2 * Math.min(candidate.length, word.length)) / total < cutoff) continue;
    const score = similarity(candidate, word);
    if (score >= cutoff) scored.push([score, candidate]);
  }
  scored.sort((x, y) => (y[0] !== x[0] ? y[0] - x[0] : x[1] < y[1] ? 1 : x[1] > y[1] ? -1 : 0));
  return scored.slice(0, n).map(([, text]) => text);
}

/** Total size of difflib's matching blocks: longest common block, then recursively either side. */
function matchingCharacters(a: string, b: string): number {
  const positions = new Map<string, number[]>();
  for (let j = 0; j < b.length; j++) {
    const char = b[j] as string;
    const list = positions.get(char);
    if (list === undefined) positions.set(char, [j]);
    else list.push(j);
  }
  let total = 0;
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop() as [number, number, number, number];
    const [i, j, k] = longestMatch(a, positions, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

/** difflib's `find_longest_match` without junk: the earliest longest common block. */
function longestMatch(
  a: string,
  positions: ReadonlyMap<string, readonly number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let bestI = alo;
  let bestJ = blo;
  let bestSize = 0;
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of positions.get(a[i] as string) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestSize) {
        bestI = i - k + 1;
        bestJ = j - k + 1;
        bestSize = k;
      }
    }
    lengths = next;
  }
  return [bestI, bestJ, bestSize];
}
