/**
 * Shell words with their source map. A word's text is what the command receives after quote
 * removal and escapes (`'a b'"c"\,` → `a bc,`), so offsets in the text differ from offsets in
 * the script; every character keeps the source range it came from, so editor ranges found in
 * the text map back to the script exactly.
 */

/** How a stretch of a word is quoted in the source. */
export type QuoteContext = 'none' | 'single' | 'double' | 'ansi';

/** A quoted stretch of a word: its content lies between `contentStart` and `contentEnd`. */
export interface QuotedSegment {
  readonly quote: Exclude<QuoteContext, 'none'>;
  /** Offset just past the opening quote. */
  readonly contentStart: number;
  /** Offset of the closing quote (the end of the script when it is missing). */
  readonly contentEnd: number;
  readonly terminated: boolean;
}

/** A shell word: its text, where it stands, and where each character came from. */
export interface ShellWord {
  /** The word as the command sees it; each expansion (`$X`, `$(…)`, `` `…` ``) is one `_`. */
  readonly text: string;
  /** Offset of the word's first source character (0-based, UTF-16 code units). */
  readonly offset: number;
  /** Source code units the word spans, quotes included; `offset + length` is its exclusive end. */
  readonly length: number;
  /** `starts[i]`/`ends[i]`: the source range that produced `text[i]` (UTF-16 code units). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly quotes: readonly QuotedSegment[];
  /** Ranges of `text` (`offset`, `length` index `text`, not the script) standing for expansions the script computes at run time. */
  readonly expansions: ReadonlyArray<{ readonly offset: number; readonly length: number }>;
}

/**
 * Source maps of words are views into shared blocks: a script has hundreds of thousands of
 * small words, and a typed array of its own (with its own buffer) for each made the garbage
 * collector the largest cost of scanning a long script. Views are never written after `build`.
 */
const SOURCE_MAP_BLOCK = 1 << 16;
let sourceMapBlock = new Int32Array(SOURCE_MAP_BLOCK);
let sourceMapUsed = 0;

/**
 * Where builders write their source maps while a word is being built. Builders nest (a word
 * holding `$(…)` waits while the words inside are built), always last in, first out: each owns
 * the stretch from its `base`, and a finished word gives its stretch back. Writing into one
 * scratch buffer instead of growing two arrays per word keeps the collector out of scanning.
 */
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);
let scratchTop = 0;

/** Room in the scratch buffers for `more` entries past `scratchTop`. */
function reserve(more: number): void {
  const needed = scratchTop + more;
  if (needed <= scratchStarts.length) return;
  let size = scratchStarts.length * 2;
  while (size < needed) size *= 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  starts.set(scratchStarts.subarray(0, scratchTop));
  ends.set(scratchEnds.subarray(0, scratchTop));
  scratchStarts = starts;
  scratchEnds = ends;
}

/** The scratch stretch `from`..`to` as an `Int32Array` view in the current shared block (a new block when it is full). */
function sourceMapArray(scratch: Int32Array, from: number, to: number): Int32Array {
  const size = to - from;
  if (sourceMapUsed + size > sourceMapBlock.length) {
    sourceMapBlock = new Int32Array(Math.max(SOURCE_MAP_BLOCK, size));
    sourceMapUsed = 0;
  }
  const block = sourceMapBlock;
  const at = sourceMapUsed;
  // A plain loop: words are short, and `set` with a fresh `subarray` costs more for them.
  for (let i = 0; i < size; i++) block[at + i] = scratch[from + i] as number;
  sourceMapUsed += size;
  // The constructor, not `subarray`: V8's `subarray` looks up the species constructor each call.
  return new Int32Array(block.buffer, at * Int32Array.BYTES_PER_ELEMENT, size);
}

/** The quotes or expansions of a word without any: one frozen array shared by all. */
const NONE: readonly never[] = Object.freeze([]);

/** Builds a word character by character. */
export class WordBuilder {
  private text = '';
  /** Where this word's source map starts in the scratch buffers. */
  private readonly base = scratchTop;
  // Made on first use: most words have neither, and a script has hundreds of thousands of words.
  private quotes: QuotedSegment[] | undefined;
  private expansions: Array<{ offset: number; length: number }> | undefined;

  constructor(private readonly start: number) {}

  /** Append `chars` produced by the source range `from`..`to`. */
  add(chars: string, from: number, to: number): void {
    reserve(chars.length);
    for (let i = 0; i < chars.length; i++) {
      scratchStarts[scratchTop] = from;
      scratchEnds[scratchTop++] = to;
    }
    this.text += chars;
  }

  /**
   * Append `source` from `from` to `to` as it stands: each character maps to its own range (both
   * halves of a surrogate pair to the pair's), as `add` would map them one code point at a time.
   */
  addSource(source: string, from: number, to: number): void {
    reserve(to - from);
    for (let i = from; i < to; i++) {
      const code = source.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
        const low = source.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          scratchStarts[scratchTop] = i;
          scratchEnds[scratchTop++] = i + 2;
          scratchStarts[scratchTop] = i;
          scratchEnds[scratchTop++] = i + 2;
          i++;
          continue;
        }
      }
      scratchStarts[scratchTop] = i;
      scratchEnds[scratchTop++] = i + 1;
    }
    this.text += source.slice(from, to);
  }

  /** Append an expansion's placeholder for the source range `from`..`to`. */
  expansion(from: number, to: number): void {
    (this.expansions ??= []).push({ offset: this.text.length, length: 1 });
    this.add('_', from, to);
  }

  /** Record a quoted stretch. */
  quoted(segment: QuotedSegment): void {
    (this.quotes ??= []).push(segment);
  }

  /** The finished word, ending at source offset `end`; its scratch stretch is given back. */
  build(end: number): ShellWord {
    const top = scratchTop;
    scratchTop = this.base;
    return {
      text: this.text,
      offset: this.start,
      length: end - this.start,
      starts: sourceMapArray(scratchStarts, this.base, top),
      ends: sourceMapArray(scratchEnds, this.base, top),
      quotes: this.quotes ?? NONE,
      expansions: this.expansions ?? NONE,
    };
  }
}

/**
 * The source range of the text range `from`..`to` of `word`. An empty range maps to the source
 * offset just after character `from - 1` (so it stays inside that character's quotes).
 */
export function sourceRange(word: ShellWord, from: number, to: number): { offset: number; length: number } {
  const n = word.text.length;
  if (n === 0) {
    const quote = word.quotes[0];
    const at = quote !== undefined ? quote.contentStart : word.offset;
    return { offset: at, length: 0 };
  }
  if (to <= from) {
    const at = from <= 0 ? (word.starts[0] as number) : (word.ends[Math.min(from, n) - 1] as number);
    return { offset: at, length: 0 };
  }
  const start = from >= n ? (word.ends[n - 1] as number) : (word.starts[from] as number);
  const end = word.ends[Math.min(to, n) - 1] as number;
  return { offset: start, length: end - start };
}

/**
 * The text index of source offset `offset` within `word`: the number of characters whose source
 * ends at or before it. Offsets inside an escape sequence count with the character before.
 */
export function textIndex(word: ShellWord, offset: number): number {
  const { ends } = word;
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ends[mid] as number) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The quoting in force at source offset `offset` inside `word`. */
export function quoteAt(word: ShellWord, offset: number): QuoteContext {
  for (const segment of word.quotes) {
    if (offset >= segment.contentStart && offset <= segment.contentEnd) return segment.quote;
  }
  return 'none';
}

/** Whether the text range `from`..`to` touches an expansion. */
export function touchesExpansion(word: ShellWord, from: number, to: number): boolean {
  return word.expansions.some((e) => e.offset < Math.max(to, from + 1) && from < e.offset + e.length);
}

const UNQUOTED_SPECIAL = /[\s'"\\$`{}[\]()<>|&;*?!~#]/g;

/**
 * Escape literal text for insertion where `quote` is in force, so the command receives `text`.
 * @example escapeForShell("it's", 'single') // "it'\\''s"
 */
export function escapeForShell(text: string, quote: QuoteContext): string {
  switch (quote) {
    case 'single':
      return text.replaceAll("'", "'\\''");
    case 'double':
      return text.replace(/["\\$`]/g, (c) => `\\${c}`);
    case 'ansi':
      return text.replace(/['\\]/g, (c) => `\\${c}`);
    case 'none':
      return text.replace(UNQUOTED_SPECIAL, (c) => `\\${c}`);
  }
}
