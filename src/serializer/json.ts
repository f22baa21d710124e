/**
 * The JSON fallback: the text the AWS CLI's `json.loads` reads back as the value, for parameters
 * shorthand cannot carry. Like `JSON.stringify`, except where Python's JSON reader knows more:
 * integers of any size stay exact (`bigint`), non-finite floats are `NaN`/`Infinity`, `-0` keeps
 * its sign.
 */
import { SerializeError } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Deepest nesting of lists and objects the AWS CLI's `json.loads` reads in an option value
 * before Python's recursion limit stops it (measured: 977 levels load, 978 raise
 * `RecursionError`; see `PYTHON_JSON_MAX_DEPTH` in `src/cli/argv/python-json.ts`). JSON text
 * nested deeper is no answer, so `jsonText` refuses it (which also bounds its recursion).
 */
export const JSON_MAX_DEPTH = 977;

/**
 * JSON text of `value`, indented by `indent` spaces per level when given. Throws
 * `SerializeError`: `UNSUPPORTED_VALUE` for cycles, functions, symbols and non-UTF-8 bytes,
 * `NESTING_TOO_DEEP` for lists and objects nested deeper than `JSON_MAX_DEPTH`.
 * @example jsonText({ a: [1n, NaN] }) // '{"a":[1,NaN]}'
 */
export function jsonText(value: unknown, indent?: number): string {
  return write(value, indent === undefined || indent <= 0 ? '' : ' '.repeat(indent), '', new Set());
}

function write(value: unknown, step: string, margin: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return Object.is(value, -0) ? '-0.0' : JSON.stringify(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new SerializeError('UNSUPPORTED_VALUE', `a ${typeof value} has no JSON form`);
  }
  if (value === null) return 'null';
  if (value instanceof Date) return JSON.stringify(value);
  if (value instanceof Uint8Array) {
    try {
      return JSON.stringify(utf8.decode(value));
    } catch {
      throw new SerializeError('UNSUPPORTED_VALUE', 'bytes that are not UTF-8 have no JSON text');
    }
  }
  if (ancestors.has(value)) throw new SerializeError('UNSUPPORTED_VALUE', 'the value contains itself (a cycle)');
  if (ancestors.size >= JSON_MAX_DEPTH) {
    throw new SerializeError(
      'NESTING_TOO_DEEP',
      `more than ${JSON_MAX_DEPTH} nested lists and objects: too deep for the AWS CLI's JSON reader too`,
    );
  }
  ancestors.add(value);
  const inner = margin + step;
  const open = step === '' ? '' : `\n${inner}`;
  const separator = step === '' ? ',' : `,\n${inner}`;
  const close = step === '' ? '' : `\n${margin}`;
  let text: string;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => (item === undefined ? 'null' : write(item, step, inner, ancestors)));
    text = items.length === 0 ? '[]' : `[${open}${items.join(separator)}${close}]`;
  } else {
    const colon = step === '' ? ':' : ': ';
    const members: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      members.push(JSON.stringify(key) + colon + write(item, step, inner, ancestors));
    }
    text = members.length === 0 ? '{}' : `{${open}${members.join(separator)}${close}}`;
  }
  ancestors.delete(value);
  return text;
}
