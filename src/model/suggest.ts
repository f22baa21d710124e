/**
 * "Did you mean": the candidates closest to a mistyped name or value, for unknown keys and
 * enum values. Distance is optimal-string-alignment edit distance (a swap of two neighbours
 * counts once) on lower-cased text, so `maxcandidates` and `MaxCandiadtes` both find
 * `MaxCandidates`.
 */

/** Options of `suggest`. */
export interface SuggestOptions {
  /** At most this many suggestions (default 3). */
  readonly limit?: number;
}

/**
 * The candidates `input` was most likely meant to be, best first; empty when none is close.
 * @example suggest('MaxCandiates', ['MaxCandidates', 'MaxRuntime']) // ['MaxCandidates']
 */
export function suggest(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string[] {
  const limit = options.limit ?? 3;
  const wanted = input.toLowerCase();
  const scored: Array<{ candidate: string; score: number; order: number }> = [];
  let order = 0;
  for (const candidate of candidates) {
    const score = closeness(wanted, candidate.toLowerCase());
    if (score !== undefined) scored.push({ candidate, score, order });
    order += 1;
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

/** A score (lower is closer) when `candidate` is close enough to `input`, else `undefined`. */
function closeness(input: string, candidate: string): number | undefined {
  if (input === candidate) return 0;
  const distance = editDistance(input, candidate);
  const longest = Math.max(input.length, candidate.length);
  const allowed = Math.max(1, Math.floor(longest / 3));
  if (distance <= allowed) return distance;
  // A long enough start of the name: `MaxRun` → `MaxRuntimePerTrainingJobInSeconds`.
  if (input.length >= 4 && candidate.startsWith(input)) return allowed + 1;
  return undefined;
}

/** Optimal string alignment distance between two strings (UTF-16 units). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] as number;
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}
