/** Offsets ↔ LSP positions in UTF-16 code units, with non-BMP text and every line ending. */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/editor/positions.js';

describe('LineIndex', () => {
  const text = 'a=😀\r\nb={c=𝄞x}\rd\n';
  const index = new LineIndex(text);

  it.each([
    [0, 0, 0],
    [2, 0, 2],
    [4, 0, 4], // after the surrogate pair: 2 code units
    [6, 1, 0], // after \r\n
    [11, 1, 5], // after 𝄞 (2 units)
    [14, 1, 8],
    [16, 2, 0], // after a lone \r
    [18, 3, 0],
    [99, 3, 0], // clamped to the end
  ])('offset %i is line %i, character %i', (offset, line, character) => {
    expect(index.positionAt(offset)).toEqual({ line, character });
  });

  it('maps positions back to offsets, stopping at line ends', () => {
    expect(index.offsetAt({ line: 1, character: 5 })).toBe(11);
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(4);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(text.length);
  });

  it('round-trips every offset', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const isInsideCrLf = text[offset - 1] === '\r' && text[offset] === '\n';
      if (!isInsideCrLf) expect(index.offsetAt(index.positionAt(offset))).toBe(offset);
    }
  });

  it('gives ranges', () => {
    expect(index.rangeOf(7, 7)).toEqual({ start: { line: 1, character: 1 }, end: { line: 1, character: 8 } });
  });
});
