/**
 * Request parameters as the AWS CLI hands them to botocore → the input an AWS SDK for
 * JavaScript v3 command takes. botocore's serializers accept looser values than the SDK's, so
 * the few differences are bridged here, along the input shape:
 *
 * - timestamps: botocore takes epoch seconds (number or numeric text) and date text
 *   (time-zone-less text is UTC); the SDK wants `Date`;
 * - blobs: botocore sends text as its UTF-8 bytes; the SDK is given the bytes;
 * - integers beyond 2^53 (`bigint`): the SDK models numbers as `number`.
 */
import { pythonFloat } from '../../model/python.js';
import type { Shape } from '../../model/shape.js';

/**
 * `value` converted for the SDK along `shape`.
 * @example sdkInput({ CreationTimeAfter: '2024-01-02' }, inputShape) // { CreationTimeAfter: Date(2024-01-02T00:00:00Z) }
 */
export function sdkInput(value: unknown, shape: Shape | undefined): unknown {
  if (shape === undefined || value === null || value === undefined) return value;
  switch (shape.kind) {
    case 'structure':
    case 'union': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        Object.defineProperty(out, key, { value: sdkInput(inner, shape.members.get(key)?.shape), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((item) => sdkInput(item, shape.member)) : value;
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        Object.defineProperty(out, key, { value: sdkInput(inner, shape.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'timestamp':
      return toDate(value);
    case 'blob':
      return typeof value === 'string' ? new TextEncoder().encode(value) : value;
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return typeof value === 'bigint' ? Number(value) : value;
    default:
      return value;
  }
}

/**
 * A timestamp value as botocore reads it: epoch seconds, or date text (UTC unless it names a
 * zone). Text neither form fits is passed on unchanged for the SDK to refuse.
 */
export function toDate(value: unknown): unknown {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value * 1000);
  if (typeof value === 'bigint') return new Date(Number(value) * 1000);
  if (typeof value !== 'string') return value;
  const epoch = pythonFloat(value);
  if (epoch.ok && Number.isFinite(epoch.value)) return new Date(epoch.value * 1000);
  const text = value.trim();
  const hasZone = /(?:[zZ]|[+-]\d{2}:?\d{2}|\b(?:UTC|GMT))$/.test(text);
  const isoLike = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?/.test(text);
  let candidate = text;
  if (isoLike && !hasZone) candidate = `${text.length === 10 ? `${text}T00:00:00` : text.replace(' ', 'T')}Z`;
  else if (!hasZone) candidate = `${text} UTC`;
  const parsed = new Date(candidate);
  return Number.isNaN(parsed.getTime()) ? value : parsed;
}
