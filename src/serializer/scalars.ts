/**
 * Scalars as text the AWS CLI's coercion turns back into them: integers through Python's
 * `int()`, floats through `float()`, booleans through `.lower() == 'true'/'false'`; strings,
 * timestamps and blobs stay the text they are.
 */
import type { ShapeKind } from '../model/shape.js';
import { SerializeError } from './types.js';

/** Shape kinds written as one scalar. */
export type ScalarKind = Exclude<ShapeKind, 'structure' | 'union' | 'list' | 'map' | 'document'>;

/**
 * How a scalar without a shape is treated: `loose` writes numbers and booleans as their text
 * (they read back as strings, which the AWS CLI coerces by its model); `strict` accepts strings
 * only, for members the shape does not know, where nothing would coerce them back.
 */
export type Looseness = 'loose' | 'strict';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** True for the kinds `scalarText` handles. */
export function isScalarKind(kind: ShapeKind): kind is ScalarKind {
  return kind !== 'structure' && kind !== 'union' && kind !== 'list' && kind !== 'map' && kind !== 'document';
}

/**
 * The text of scalar `value` for a member of `kind` (or for no shape), or `undefined` when the
 * value does not fit (its text would read back as something else). Throws `SerializeError`
 * for values no form can carry (bytes that are not UTF-8, an invalid date).
 * @example scalarText(5, 'integer', 'loose') // '5'
 * @example scalarText('5', 'integer', 'loose') // undefined
 */
export function scalarText(value: unknown, kind: ScalarKind | undefined, looseness: Looseness): string | undefined {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'integer':
    case 'long':
      return integerText(value);
    case 'float':
    case 'double':
      return typeof value === 'number' ? floatText(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? (value ? 'true' : 'false') : undefined;
    case 'timestamp':
      // A timestamp reads back as text; botocore parses text and numbers to the same instant.
      if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
      return value instanceof Date ? dateText(value) : typeof value === 'string' ? value : undefined;
    case 'blob':
      return typeof value === 'string' ? value : value instanceof Uint8Array ? bytesText(value) : undefined;
    case undefined:
      if (typeof value === 'string') return value;
      if (looseness === 'strict') return undefined;
      if (typeof value === 'number') return Number.isInteger(value) ? integerText(value) : floatText(value);
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      if (typeof value === 'bigint') return value.toString();
      if (value instanceof Date) return dateText(value);
      if (value instanceof Uint8Array) return bytesText(value);
      return undefined;
  }
}

/** Decimal digits Python's `int()` reads back exactly; `undefined` for non-integers. */
function integerText(value: unknown): string | undefined {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  // `String(1e21)` is `1e+21`, which `int()` refuses; BigInt spells out every digit.
  return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}

/**
 * The shortest text Python's `float()` reads back as the same double: JavaScript's shortest
 * round-trip form, with the sign of zero and the non-finite words Python accepts.
 */
function floatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  if (value === 0 && Object.is(value, -0)) return '-0';
  return String(value);
}

function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) throw new SerializeError('UNSUPPORTED_VALUE', 'an invalid Date has no text');
  return value.toISOString();
}

/** Bytes as the text the AWS CLI would send for them: only valid UTF-8 has such a text. */
function bytesText(value: Uint8Array): string {
  try {
    return utf8.decode(value);
  } catch {
    throw new SerializeError(
      'UNSUPPORTED_VALUE',
      'bytes that are not UTF-8 cannot be written as shorthand or JSON text (use fileb:// on the command line)',
    );
  }
}
