/**
 * Offsets ↔ LSP positions. Both count UTF-16 code units (the LSP's default position encoding),
 * so a character beyond the BMP counts 2; lines end at `\n`, `\r\n` or `\r` as the LSP says.
 */

/** A 0-based line and a 0-based character (UTF-16 code units) within it, as the LSP has them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A range of positions, end exclusive. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Line starts of a text, computed once, for repeated conversions. */
export class LineIndex {
  private readonly starts: number[];

  /** Index the lines of `text`. */
  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      } else if (code === 0x0a) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /**
   * The position of `offset` (clamped to the text).
   * @example new LineIndex('a\n😀b').positionAt(5) // { line: 1, character: 3 }
   */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (this.starts[low] as number) };
  }

  /** The offset of `position`; a character past its line's end stops at the line break. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line] as number;
    const next = this.starts[position.line + 1];
    let lineEnd = next ?? this.text.length;
    if (next !== undefined) {
      // Exclude the line break itself.
      if (this.text.charCodeAt(lineEnd - 1) === 0x0a) lineEnd--;
      if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    }
    return Math.max(start, Math.min(start + position.character, lineEnd));
  }

  /** The range covering `length` code units at `offset`. */
  rangeOf(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
  }
}
