/**
 * The writer's one-pass fast path (`writeBare`, `writeKey`) must write exactly what the
 * two-pass encoders decide (`encodeString`, `isSayableKey`), and nothing when they would quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextSink } from '../../src/serializer/sink.js';
import { encodeString, isSayableKey, writeBare, writeKey } from '../../src/serializer/strings.js';
import type { ValuePosition } from '../../src/serializer/strings.js';

/** Strings mixing the characters that decide bare or quoted: commas, brackets, quotes, spaces, surrogates. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', ',', '=', '[', ']', '{', '}', '"', "'", '\\', ' ', '\t', '\u0085', 'é', '\ud83d', '\ude00', ':', '-'),
  maxLength: 12,
});

/** What `write` appends after `prefix`, or undefined when it reports false (and appended nothing). */
function written(write: (sink: TextSink) => boolean): string | undefined {
  const sink = new TextSink();
  sink.append('x=');
  const ok = write(sink);
  const text = sink.toString();
  if (!ok) {
    expect(text).toBe('x=');
    return undefined;
  }
  return text.slice(2);
}

describe('writeBare and writeKey', () => {
  for (const position of ['first', 'later'] as ValuePosition[]) {
    it(`writeBare writes encodeString's bare form at ${position}, and nothing where it quotes`, () => {
      fc.assert(
        fc.property(tricky, (value) => {
          const encoded = encodeString(value, position);
          const bare = encoded !== undefined && encoded !== '' && !/^["']/.test(encoded) ? encoded : undefined;
          expect(written((sink) => writeBare(sink, value, position))).toBe(bare);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('writes the known cases', () => {
    expect(written((sink) => writeBare(sink, 'quoted, with comma', 'first'))).toBe('quoted\\, with comma');
    expect(written((sink) => writeBare(sink, ',a', 'later'))).toBe('\\,a');
    expect(written((sink) => writeBare(sink, 'a=b', 'later'))).toBeUndefined();
    expect(written((sink) => writeBare(sink, 'x ', 'first'))).toBeUndefined();
    expect(written((sink) => writeBare(sink, '\ud83d\ude00', 'first'))).toBeUndefined();
    expect(written((sink) => writeBare(sink, '', 'first'))).toBeUndefined();
  });

  it('writeKey writes exactly the sayable keys', () => {
    fc.assert(
      fc.property(tricky, (key) => {
        expect(written((sink) => writeKey(sink, key))).toBe(isSayableKey(key) ? key : undefined);
      }),
      { numRuns: 3000 },
    );
  });
});
