/**
 * A response (or skeleton) as the AWS CLI holds it before printing, given its shape: floats
 * and doubles are Python floats (`PyFloat`, printed `1.0`), blobs are base64 text, and
 * timestamps are what the AWS CLI v1 prints for them (it keeps timestamps as they came over
 * the wire: epoch seconds for JSON protocols, ISO 8601 text otherwise; its skeletons use a
 * naive `1970-01-01T00:00:00`).
 */
import type { Shape } from '../../model/shape.js';
import { PyFloat } from './python-json-dumps.js';
import { YamlTimestamp } from './yaml-emit.js';

/** How timestamps print. */
export type TimestampStyle =
  /** Epoch seconds as a number (JSON and REST-JSON protocols). */
  | 'epoch'
  /** ISO 8601 in UTC with milliseconds (XML and query protocols). */
  | 'iso'
  /** `datetime.isoformat()` of a naive datetime: `1970-01-01T00:00:00` (skeletons). */
  | 'naive-iso'
  /** `str()` of a naive datetime: `1970-01-01 00:00:00` (v2's skeletons in text and tables). */
  | 'naive-str'
  /** A naive datetime the YAML printer writes as a timestamp (v2's skeletons in YAML). */
  | 'naive-datetime'
  /** `datetime.isoformat()` in UTC: `2023-11-14T22:13:20+00:00` (`cli_timestamp_format = iso8601`). */
  | 'iso8601';

/**
 * `value` converted for printing along `shape` (keys without a member are left as they are).
 * @example pythonView({ ValidationFraction: 0 }, dataSplitConfig, 'epoch') // { ValidationFraction: PyFloat(0) }
 */
export function pythonView(value: unknown, shape: Shape | undefined, timestamps: TimestampStyle): unknown {
  if (value instanceof Date) return timestampView(value, timestamps);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) {
    const member = shape?.kind === 'list' ? shape.member : undefined;
    return value.map((item) => pythonView(item, member, timestamps));
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of keyOrder(value as Record<string, unknown>, shape)) {
      let inner: Shape | undefined;
      if (shape?.kind === 'structure' || shape?.kind === 'union') inner = shape.members.get(key)?.shape;
      else if (shape?.kind === 'map') inner = shape.value;
      Object.defineProperty(out, key, {
        value: pythonView((value as Record<string, unknown>)[key], inner, timestamps),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (typeof value === 'number' && (shape?.kind === 'float' || shape?.kind === 'double')) return new PyFloat(value);
  return value;
}

/**
 * A structure's keys as botocore's parser fills them in: in the model's member order (the SDK
 * builds its objects in an order of its own), members the model does not know last.
 */
function keyOrder(value: Record<string, unknown>, shape: Shape | undefined): string[] {
  const keys = Object.keys(value);
  if (shape?.kind !== 'structure' && shape?.kind !== 'union') return keys;
  const present = new Set(keys);
  const ordered = [...shape.members.keys()].filter((name) => present.has(name));
  return [...ordered, ...keys.filter((key) => !shape.members.has(key))];
}

function timestampView(date: Date, style: TimestampStyle): unknown {
  switch (style) {
    case 'epoch': {
      const seconds = date.getTime() / 1000;
      return Number.isInteger(seconds) ? seconds : new PyFloat(seconds);
    }
    case 'iso':
      return date.toISOString();
    case 'naive-iso':
      return pythonIsoformat(date);
    case 'naive-str':
      return pythonIsoformat(date).replace('T', ' ');
    case 'naive-datetime':
      return new YamlTimestamp(pythonIsoformat(date).replace('T', ' '));
    case 'iso8601':
      return `${pythonIsoformat(date)}+00:00`;
  }
}

/** Python's `isoformat()` of the UTC wall time: microseconds only when there are any. */
function pythonIsoformat(date: Date): string {
  const iso = date.toISOString();
  const millis = date.getUTCMilliseconds();
  return `${iso.slice(0, 19)}${millis === 0 ? '' : `.${String(millis * 1000).padStart(6, '0')}`}`;
}
