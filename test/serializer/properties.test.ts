/**
 * Model-less properties (fast-check): every value of strings, lists and objects either comes
 * back as shorthand that the grammar reads back as the value, or as JSON for a reason that
 * holds; the output is canonical (serializing the read-back gives the same text); pretty
 * output reads back the same as compact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/grammar/index.js';
import { encodeString, isSayableKey, serialize } from '../../src/serializer/index.js';
import type { JsonResult } from '../../src/serializer/index.js';
import { shorthandDocument } from '../helpers/arbitraries.js';
import { sayableKey, topValue } from './arbitraries.js';

const RUNS = Number(process.env.SERIALIZER_RUNS ?? 2000);

/** The part of `value` a fallback's path names. */
function at(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const segment of path) node = (node as Record<string | number, unknown>)[segment];
  return node;
}

/** The fallback's reason is true of the value. */
function justified(value: Record<string, unknown>, result: JsonResult): boolean {
  const { code, path } = result.because;
  switch (code) {
    case 'UNSAYABLE_KEY':
      return !isSayableKey(String(path[path.length - 1]));
    case 'UNSAYABLE_STRING': {
      const text = at(value, path);
      return typeof text === 'string' && encodeString(text, 'first') === undefined;
    }
    case 'EMPTY_STRUCTURE':
      return Object.keys(value).length === 0;
    default:
      return false;
  }
}

describe('model-less round trip', () => {
  it('parse(serialize(v)) equals v, or the JSON fallback is justified', () => {
    fc.assert(
      fc.property(topValue(), (value) => {
        const result = serialize(value);
        if (result.kind === 'shorthand') expect(parse(result.text)).toEqual(value);
        else {
          expect(justified(value, result)).toBe(true);
          expect(JSON.parse(result.text)).toEqual(value);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('always gives shorthand when keys are sayable and no quoted string ends in a backslash', () => {
    fc.assert(
      fc.property(topValue(sayableKey), (value) => {
        const result = serialize(value);
        if (result.kind === 'json') expect(['EMPTY_STRUCTURE', 'UNSAYABLE_STRING']).toContain(result.because.code);
      }),
      { numRuns: RUNS },
    );
  });

  it('pretty output reads back the same, at any width', () => {
    fc.assert(
      fc.property(topValue(sayableKey), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 4 }), (value, width, indent) => {
        const result = serialize(value, undefined, { pretty: true, width, indent });
        if (result.kind === 'shorthand') expect(parse(result.text)).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('canonical and idempotent', () => {
  it('serialize(parse(serialize(v))) is serialize(v)', () => {
    fc.assert(
      fc.property(topValue(sayableKey), (value) => {
        const once = serialize(value);
        if (once.kind !== 'shorthand') return;
        expect(serialize(parse(once.text)).text).toBe(once.text);
      }),
      { numRuns: RUNS },
    );
  });

  it('serialize(parse(s)) is stable after one step for shorthand people write', () => {
    fc.assert(
      fc.property(shorthandDocument, (text) => {
        let value;
        try {
          value = parse(text);
        } catch {
          return;
        }
        const once = serialize(value);
        if (once.kind !== 'shorthand') return;
        expect(parse(once.text)).toEqual(value);
        expect(serialize(parse(once.text)).text).toBe(once.text);
      }),
      { numRuns: RUNS },
    );
  });
});
