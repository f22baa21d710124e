/**
 * Unified diffs (`diff -u`'s format, three lines of context) between a script and its fixed
 * text, for `check --diff`. Lines are compared with Myers' O(ND) algorithm after the common
 * head and tail are cut off, so a long script with a few fixed lines costs little.
 */

/** The lines of `text`, each with its line break (the last may have none). */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

/** One line of an edit script: kept, removed from the old text or added by the new one. */
type DiffLine = { readonly kind: ' ' | '-' | '+'; readonly text: string };

/** More differing lines than this (in the middle part) are written as one replacement. */
const MAX_EDIT_DISTANCE = 4000;

/**
 * The unified diff turning `before` into `after`, headed `--- a/name` / `+++ b/name`; empty when
 * they are equal.
 * @example unifiedDiff('x.sh', 'a\nb\n', 'a\nc\n') // '--- a/x.sh\n+++ b/x.sh\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n'
 */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = editScript(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const lines: DiffLine[] = [...a.slice(0, head).map((text) => ({ kind: ' ' as const, text })), ...middle, ...a.slice(a.length - tail).map((text) => ({ kind: ' ' as const, text }))];
  return `--- a/${name}\n+++ b/${name}\n${hunks(lines, context).join('')}`;
}

/** The shortest edit script from `a` to `b` (Myers), or a whole replacement when they differ too much. */
function editScript(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number)) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [...a.map((text) => ({ kind: '-' as const, text })), ...b.map((text) => ({ kind: '+' as const, text }))];
  // Walk the trace back from the end, collecting the snake of each step.
  const out: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (before[offset + k - 1] as number) < (before[offset + k + 1] as number));
    const previousK = down ? k + 1 : k - 1;
    const previousX = before[offset + previousK] as number;
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      out.push({ kind: ' ', text: a[x - 1] as string });
      x--;
      y--;
    }
    if (down) out.push({ kind: '+', text: b[y - 1] as string });
    else out.push({ kind: '-', text: a[x - 1] as string });
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    out.push({ kind: ' ', text: a[x - 1] as string });
    x--;
    y--;
  }
  return out.reverse();
}

/** The hunks of an edit script: changes with `context` kept lines around them, close ones merged. */
function hunks(lines: readonly DiffLine[], context: number): string[] {
  const changed: number[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== ' ') changed.push(index);
  });
  const out: string[] = [];
  let i = 0;
  while (i < changed.length) {
    const start = Math.max(0, (changed[i] as number) - context);
    let end = Math.min(lines.length, (changed[i] as number) + context + 1);
    while (i + 1 < changed.length && (changed[i + 1] as number) - context <= end) {
      i++;
      end = Math.min(lines.length, (changed[i] as number) + context + 1);
    }
    i++;
    let oldStart = 1;
    let newStart = 1;
    for (const line of lines.slice(0, start)) {
      if (line.kind !== '+') oldStart++;
      if (line.kind !== '-') newStart++;
    }
    const body = lines.slice(start, end);
    const oldCount = body.filter((line) => line.kind !== '+').length;
    const newCount = body.filter((line) => line.kind !== '-').length;
    const text = body.map((line) => `${line.kind}${line.text.endsWith('\n') ? line.text : `${line.text}\n\\ No newline at end of file\n`}`).join('');
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${text}`);
  }
  return out;
}

/** A hunk range as `diff -u` writes it (an empty range names the line before it). */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
