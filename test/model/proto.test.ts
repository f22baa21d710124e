/**
 * Prototype pollution through the model path: keys named `__proto__`, `constructor` and
 * `prototype` in maps and structures stay own data properties of the coerced value, never
 * change Object.prototype, and are validated like any other key.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeShorthand, coerce, parse, validate } from '../../src/model/api.js';
import type { Shape, StructureShape } from '../../src/model/shape.js';

const DANGEROUS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'];

const str: Shape = { name: 'S', kind: 'string' };
const int: Shape = { name: 'I', kind: 'integer', min: 1 };
const bool: Shape = { name: 'B', kind: 'boolean' };
const intMap: Shape = { name: 'IntMap', kind: 'map', key: str, value: int };
const mapOfMaps: Shape = { name: 'MapOfMaps', kind: 'map', key: str, value: intMap };
const listMap: Shape = { name: 'ListMap', kind: 'map', key: str, value: { name: 'L', kind: 'list', member: str } };

/** A structure whose members are named like Object.prototype's properties. */
const hostile: StructureShape = {
  name: 'Hostile',
  kind: 'structure',
  members: new Map([
    ['constructor', { name: 'constructor', shape: int }],
    ['toString', { name: 'toString', shape: bool }],
    ['prototype', { name: 'prototype', shape: intMap }],
    ['Plain', { name: 'Plain', shape: str }],
  ]),
  required: new Set(['constructor', 'valueOf'].filter((name) => name === 'constructor')),
};

const holder: StructureShape = {
  name: 'Holder',
  kind: 'structure',
  members: new Map([
    ['Ints', { name: 'Ints', shape: intMap }],
    ['Nested', { name: 'Nested', shape: mapOfMaps }],
    ['Lists', { name: 'Lists', shape: listMap }],
    ['Hostile', { name: 'Hostile', shape: hostile }],
  ]),
  required: new Set(),
};

const prototypeKeys = Reflect.ownKeys(Object.prototype);

afterEach(() => {
  expect(Reflect.ownKeys(Object.prototype)).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** Every object in `value` has Object.prototype as its prototype and only own data properties. */
function expectPlain(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(expectPlain);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    expect(descriptor).toMatchObject({ enumerable: true, writable: true });
    expect(descriptor?.get).toBeUndefined();
    expectPlain(descriptor?.value);
  }
}

describe('dangerous keys through coercion', () => {
  it.each(DANGEROUS)('map key %s stays an own property and its value is coerced', (key) => {
    const value = parse(`Ints={${key}=5}`, holder) as { Ints: Record<string, unknown> };
    expect(Object.keys(value.Ints)).toEqual([key]);
    expect(Object.getOwnPropertyDescriptor(value.Ints, key)?.value).toBe(5);
    expectPlain(value);
  });

  it.each(DANGEROUS)('nested map under key %s keeps its own prototype', (key) => {
    const value = parse(`Nested={${key}={polluted=7}}`, holder) as { Nested: Record<string, unknown> };
    const inner = Object.getOwnPropertyDescriptor(value.Nested, key)?.value as Record<string, unknown>;
    expect(inner).toEqual({ polluted: 7 });
    expectPlain(value);
  });

  it.each(DANGEROUS)('a scalar under map key %s is promoted to a list in place', (key) => {
    const value = parse(`Lists={${key}=x}`, holder) as { Lists: Record<string, unknown> };
    expect(Object.getOwnPropertyDescriptor(value.Lists, key)?.value).toEqual(['x']);
    expectPlain(value);
  });

  it('members named like Object.prototype properties are coerced as members', () => {
    const value = parse('Hostile={constructor=3,toString=TRUE,prototype={__proto__=4}}', holder) as { Hostile: Record<string, unknown> };
    expect(Object.getOwnPropertyDescriptor(value.Hostile, 'constructor')?.value).toBe(3);
    expect(Object.getOwnPropertyDescriptor(value.Hostile, 'toString')?.value).toBe(true);
    const proto = Object.getOwnPropertyDescriptor(value.Hostile, 'prototype')?.value as object;
    expect(Object.getOwnPropertyDescriptor(proto, '__proto__')?.value).toBe(4);
    expectPlain(value);
  });

  it('an absent member named constructor is missing, not found on the prototype', () => {
    const issues = validate({ Plain: 'x' }, hostile);
    expect(issues.map((issue) => issue.message)).toEqual(['Missing required parameter in input: "constructor"']);
    expect(coerce({ Plain: 'x' }, hostile)).toEqual({ Plain: 'x' });
  });

  it('an unknown __proto__ key is reported, kept as data, and located', () => {
    const text = 'Plain=x,__proto__=y,constructor=1';
    const result = analyzeShorthand(text, hostile);
    expect(result.validation.map((issue) => [issue.code, issue.offset])).toEqual([['UNKNOWN_KEY', text.indexOf('__proto__')]]);
    expect(Object.getOwnPropertyDescriptor(result.value, '__proto__')?.value).toBe('y');
    expectPlain(result.value);
  });

  it('plain values with an own __proto__ key are coerced without touching prototypes', () => {
    const input = JSON.parse('{"Ints": {"__proto__": "9", "polluted": "1"}}') as unknown;
    const value = coerce(input, holder) as { Ints: object };
    expect(Object.getOwnPropertyDescriptor(value.Ints, '__proto__')?.value).toBe(9);
    expectPlain(value);
  });

  it('never pollutes for any mix of dangerous keys and values (property)', () => {
    const key = fc.constantFrom(...DANGEROUS, 'a', 'polluted');
    const scalar = fc.constantFrom('1', '0', 'x', 'true', '');
    const text = fc
      .array(fc.tuple(fc.constantFrom('Ints', 'Nested', 'Lists', 'Hostile'), fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 4 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((groups) => groups.map(([member, pairs]) => `${member}={${pairs.map(([k, v]) => `${k}=${member === 'Nested' ? `{${k}=${v || '1'}}` : v}`).join(',')}}`).join(','));
    fc.assert(
      fc.property(text, (input) => {
        const result = analyzeShorthand(input, holder);
        expectPlain(result.value);
        expect(Reflect.ownKeys(Object.prototype)).toEqual(prototypeKeys);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
