/**
 * Bad input gets a typed error with a position: never a crash, a hang, a stack overflow or a
 * polluted prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDirect } from '../../src/grammar/direct-value.js';
import { parse, parseDocument, parseWithGrammar, ShorthandError } from '../../src/grammar/index.js';
import { MAX_NESTING_DEPTH } from '../../src/grammar/scanner.js';
import { shorthandDocument, shorthandLike } from '../helpers/arbitraries.js';

function outcomeOf(text: string): 'ok' | ShorthandError {
  try {
    parse(text);
    return 'ok';
  } catch (error) {
    if (error instanceof ShorthandError) return error;
    throw error;
  }
}

describe('random input', () => {
  it('parse throws nothing but ShorthandError, with an offset inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(shorthandLike, shorthandDocument, fc.string({ unit: 'binary' })), (text) => {
        const outcome = outcomeOf(text);
        if (outcome !== 'ok') {
          expect(outcome.offset).toBeGreaterThanOrEqual(0);
          expect(outcome.offset).toBeLessThanOrEqual(text.length);
          expect(outcome.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('parseDocument never throws, and reports an error exactly when parse throws one', () => {
    fc.assert(
      fc.property(fc.oneof(shorthandLike, shorthandDocument), (text) => {
        const { errors, ast } = parseDocument(text);
        const outcome = outcomeOf(text);
        expect(ast.offset + ast.length).toBe(text.length);
        // A file is read (and fails) as the AWS CLI meets it, possibly before a syntax error.
        if (outcome !== 'ok' && outcome.code === 'FILE_READ_FAILED') return;
        expect(errors.length > 0).toBe(outcome !== 'ok');
        if (outcome !== 'ok') expect(errors[0]?.offset).toBe(outcome.offset);
      }),
      { numRuns: 2000 },
    );
  });

  it('every node range lies inside the input and children nest inside parents', () => {
    fc.assert(
      fc.property(shorthandDocument, (text) => {
        const { ast } = parseDocument(text);
        type Range = { offset: number; length: number };
        const check = (node: Range, parent: Range): void => {
          expect(node.length).toBeGreaterThanOrEqual(0);
          expect(node.offset).toBeGreaterThanOrEqual(parent.offset);
          expect(node.offset + node.length).toBeLessThanOrEqual(parent.offset + parent.length);
        };
        const walk = (node: import('../../src/grammar/ast.js').ValueNode): void => {
          if (node.type === 'list') node.items.forEach((item) => (check(item, node), walk(item)));
          if (node.type === 'object') {
            for (const entry of node.entries) {
              check(entry, node);
              check(entry.key, entry);
              if (entry.value) (check(entry.value, entry), walk(entry.value));
            }
          }
        };
        walk(ast);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('deep nesting', () => {
  it.each([
    ['[', ']'],
    ['{a=', '}'],
  ])('100,000 levels of %s give NESTING_TOO_DEEP at the first level too deep', (open, close) => {
    const text = `a=${open.repeat(100_000)}${close.repeat(100_000)}`;
    const error = outcomeOf(text) as ShorthandError;
    expect(error).toBeInstanceOf(ShorthandError);
    expect(error.code).toBe('NESTING_TOO_DEEP');
    expect(error.offset).toBe(2 + open.length * MAX_NESTING_DEPTH);
    expect(parseDocument(text).errors[0]?.code).toBe('NESTING_TOO_DEEP');
  });

  it('accepts nesting up to the limit', () => {
    const text = `a=${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}`;
    let value: unknown = parse(text).a;
    for (let depth = 1; depth < MAX_NESTING_DEPTH; depth++) value = (value as unknown[])[0];
    expect(value).toEqual([]);
  });
});

describe('large input', () => {
  it('parses a 10 MB document', () => {
    const item = '{Key=some-key-name,Value=a value with spaces}';
    const count = Math.ceil(10_000_000 / (item.length + 1));
    const text = `Tags=[${Array.from({ length: count }, () => item).join(',')}],Name=x`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const value = parse(text) as { Tags: Array<{ Key: string }>; Name: string };
    expect(value.Tags).toHaveLength(count);
    expect(value.Tags[count - 1]).toEqual({ Key: 'some-key-name', Value: 'a value with spaces' });
    expect(value.Name).toBe('x');
  });

  it('reads a long csv list and a long quoted string in linear time', () => {
    const csv = `a=${Array.from({ length: 200_000 }, (_, i) => `v${i}`).join(',')}`;
    expect((parse(csv).a as string[]).length).toBe(200_000);
    const quoted = `a='${"x\\'".repeat(200_000)}'`;
    expect((parse(quoted).a as string).length).toBe(400_000);
  });
});

describe('prototype safety', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])('%s is a plain own key', (key) => {
    const top = parse(`${key}=x,b={${key}={polluted=yes}}`);
    expect(Object.prototype.hasOwnProperty.call(top, key)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(top, key)?.value).toBe('x');
    const nested = top.b as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(nested, key)?.value).toEqual({ polluted: 'yes' });
    expect(Object.getPrototypeOf(top)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(top))).toEqual(JSON.parse(`{"${key}":"x","b":{"${key}":{"polluted":"yes"}}}`));
  });
});

describe('fast path', () => {
  it('builds the same value as the Chevrotain parser wherever it finishes', () => {
    fc.assert(
      fc.property(fc.oneof(shorthandDocument, shorthandLike), (text) => {
        const direct = parseDirect(text);
        let viaGrammar: unknown;
        try {
          viaGrammar = parseWithGrammar(text);
        } catch (error) {
          // The fast path must give up on every input the grammar rejects.
          expect(error).toBeInstanceOf(ShorthandError);
          expect(direct).toBeUndefined();
          return;
        }
        if (direct !== undefined) expect(direct).toEqual(viaGrammar);
      }),
      { numRuns: 5000 },
    );
  });

  it('finishes only on input whose tolerant tree has no diagnostics (analyses build that tree lazily then)', () => {
    fc.assert(
      fc.property(fc.oneof(shorthandDocument, shorthandLike), (text) => {
        if (parseDirect(text) !== undefined) expect(parseDocument(text).errors).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it('finishes on well-formed input, so parse() rarely needs the parser', () => {
    expect(parseDirect('Name=a,Tags=[{Key=k,Value=v}],Ids=1,2,3,Note="x, y"')).toEqual({
      Name: 'a',
      Tags: [{ Key: 'k', Value: 'v' }],
      Ids: ['1', '2', '3'],
      Note: 'x, y',
    });
    expect(parseDirect('a=b,a=c')).toBeUndefined();
    expect(parseDirect('a@=file://x')).toBeUndefined();
    expect(parseDirect('a=[b')).toBeUndefined();
  });
});
