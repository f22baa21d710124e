import { describe, expect, it } from 'vitest';
import { TextSink } from '../../src/serializer/sink.js';

describe('TextSink', () => {
  it('decodes text longer than one decode chunk, a surrogate pair split across the chunk boundary included', () => {
    const head = 'a'.repeat(0x10000 - 1);
    const tail = `x${'é,'.repeat(50_000)}\ud800`; // ends in a lone high surrogate, which must survive
    const sink = new TextSink();
    sink.append(head);
    sink.append('\ud83d\ude00'); // units 0xffff and 0x10000: one code point on both sides of the boundary
    sink.append(tail);
    const text = sink.toString();
    expect(text.length).toBe(head.length + 2 + tail.length);
    expect(text).toBe(`${head}\ud83d\ude00${tail}`);
    expect(text.codePointAt(0xffff)).toBe(0x1f600);
  });

  it('starts empty again on its pooled buffer after a finished sink', () => {
    const first = new TextSink();
    first.append('first text');
    expect(first.toString()).toBe('first text');
    const second = new TextSink();
    second.appendCode(0x5b);
    second.append('b');
    expect(second.toString()).toBe('[b');
    expect(new TextSink().toString()).toBe('');
  });
});
