/** fast-check generators of values for the serializer: plain JSON and values typed by a shape. */
import fc from 'fast-check';
import type { Shape } from '../../src/model/shape.js';

/** Pieces that exercise the quoting rules: every grammar-significant character and then some. */
const TRICKY = [
  ',', '=', '[', ']', '{', '}', "'", '"', '\\', '\\,', "\\'", '\\"', '\\\\', ' ', '  ', '\t', '\n', '\r',
  '\u000b', '\u000c', '\u001c', '\u001f', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2028', '\u3000', '\ufeff',
  '@', '@=', ':', '/', '#', '-', '_', '.', 'file://', 'é', 'ß', '日本', '😀', '\ud83d', '\ude00', '\u0000', '\u0001',
  '\u007f', 'a', 'Z', '0', 'true', '1', '-', '+',
];

/** Strings biased toward the characters the grammar cares about. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...TRICKY), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,10}$/) },
);

/** Keys: mostly from the key character set (the empty key included), sometimes not. */
export const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.#/:-]{0,8}$/) },
  { weight: 1, arbitrary: trickyString },
);

/** Keys that shorthand can always say. */
export const sayableKey: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9_.#/:-]{0,8}$/);

/** A plain JSON-like value of strings, lists and objects (what model-less shorthand carries). */
export function plainValue(keys: fc.Arbitrary<string>, maxDepth = 4): fc.Arbitrary<unknown> {
  const tree = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      trickyString,
      fc.array(tie('value'), { maxLength: 4 }),
      tie('object'),
    ),
    object: fc.dictionary(keys, tie('value'), { maxKeys: 4, noNullPrototype: true }),
  }));
  return tree.value;
}

/** Top-level values: objects of members. */
export function topValue(keys: fc.Arbitrary<string> = key, maxDepth = 4): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(keys, plainValue(keys, maxDepth), { minKeys: 1, maxKeys: 5, noNullPrototype: true });
}

/** Options of `valueOf`. */
export interface ShapeValueOptions {
  /** Nesting below which lists come out empty and optional members are left out (default 3). */
  readonly maxDepth?: number;
  /** Strings to draw from (default `trickyString`). */
  readonly strings?: fc.Arbitrary<string>;
  /** Always include a structure's required members (default false: any member may be left out). */
  readonly withRequired?: boolean;
  /** Blob values to draw from (default: `strings`; bytes, say, for a dialect that reads base64). */
  readonly blobs?: fc.Arbitrary<unknown>;
}

/**
 * Values valid under `shape` (types only; lengths, patterns and enums are not constraints
 * the serializer depends on). Recursion is cut by depth: deeper structures keep only members
 * that are not structures or lists.
 */
export function valueOf(shape: Shape, options: ShapeValueOptions = {}, depth = 0): fc.Arbitrary<unknown> {
  const maxDepth = options.maxDepth ?? 3;
  const strings = options.strings ?? trickyString;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      // Documents are left out: shorthand refuses them by design (tested on their own).
      const members = [...shape.members.values()].filter(
        (m) => m.shape.kind !== 'document' && (depth < maxDepth || isLeaf(m.shape)),
      );
      if (shape.kind === 'union') {
        if (members.length === 0) return fc.constant({});
        return fc.constantFrom(...members).chain((m) => valueOf(m.shape, options, depth + 1).map((v) => ({ [m.name]: v })));
      }
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const m of members) record[m.name] = valueOf(m.shape, options, depth + 1);
      const requiredKeys = options.withRequired === true ? members.filter((m) => shape.required.has(m.name)).map((m) => m.name) : [];
      return fc.record(record, { requiredKeys, noNullPrototype: true });
    }
    case 'list':
      if (shape.member.kind === 'document') return fc.constant([]);
      return fc.array(valueOf(shape.member, options, depth + 1), { maxLength: depth < maxDepth ? 3 : 0 });
    case 'map':
      if (shape.value.kind === 'document') return fc.constant({});
      return fc.dictionary(sayableKey, valueOf(shape.value, options, depth + 1), { maxKeys: depth < maxDepth ? 3 : 0, noNullPrototype: true });
    case 'string':
      return shape.enum && shape.enum.length > 0 ? fc.oneof(fc.constantFrom(...shape.enum), strings) : strings;
    case 'blob':
      return options.blobs ?? strings;
    case 'timestamp':
      return strings;
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'long':
      return fc.oneof(fc.maxSafeInteger(), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).filter((n) => n > 2n ** 53n || n < -(2n ** 53n)));
    case 'float':
    case 'double':
      return fc.oneof(fc.double(), fc.integer().map((n) => n / 100));
    case 'document':
      return fc.constant(undefined);
  }
}

function isLeaf(shape: Shape): boolean {
  return shape.kind !== 'structure' && shape.kind !== 'union' && shape.kind !== 'list' && shape.kind !== 'map';
}
