/**
 * The JSON fallback: the text the AWS CLI's `json.loads` reads back as the value, for parameters
 * shorthand cannot carry. Like `JSON.stringify`, except where Python's JSON reader knows more:
 * integers of any size stay exact (`bigint`), non-finite floats are `NaN`/`Infinity`, `-0` keeps
 * its sign.
 */
import { SerializeError } from './types.js';
import { orderedKeys } from '../model/key-order.js';

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
  const step = indent === undefined || indent <= 0 ? '' : ' '.repeat(indent);
  let out = '';
  /** The containers being written (to find cycles, and the depth). */
  const open = new Set<object>();
  // An explicit stack rather than recursion: text to write, a value to write, or leaving a container.
  const work: Array<string | { readonly value: unknown; readonly margin: string } | { readonly leave: object }> = [{ value, margin: '' }];
  while (work.length > 0) {
    const next = work.pop() as string | { readonly value: unknown; readonly margin: string } | { readonly leave: object };
    if (typeof next === 'string') {
      out += next;
      continue;
    }
    if ('leave' in next) {
      open.delete(next.leave);
      continue;
    }
    const scalar = scalarText(next.value);
    if (scalar !== undefined) {
      out += scalar;
      continue;
    }
    const container = next.value as object;
    if (open.has(container)) throw new SerializeError('UNSUPPORTED_VALUE', 'the value contains itself (a cycle)');
    if (open.size >= JSON_MAX_DEPTH) {
      throw new SerializeError(
        'NESTING_TOO_DEEP',
        `more than ${JSON_MAX_DEPTH} nested lists and objects: too deep for the AWS CLI's JSON reader too`,
      );
    }
    const margin = next.margin;
    const inner = margin + step;
    const separator = step === '' ? ',' : `,\n${inner}`;
    const isList = Array.isArray(container);
    const members: Array<readonly [string, unknown]> = isList
      ? Array.from(container as unknown[], (item) => ['', item] as const)
      : orderedKeys(container).map((key) => [key, (container as Record<string, unknown>)[key]] as const).filter(([, item]) => item !== undefined);
    if (members.length === 0) {
      out += isList ? '[]' : '{}';
      continue;
    }
    open.add(container);
    // Pushed in reverse: the stack pops the opening bracket's text first.
    work.push({ leave: container }, `${step === '' ? '' : `\n${margin}`}${isList ? ']' : '}'}`);
    const colon = step === '' ? ':' : ': ';
    for (let i = members.length - 1; i >= 0; i--) {
      const [key, item] = members[i] as readonly [string, unknown];
      work.push(item === undefined ? 'null' : { value: item, margin: inner });
      if (!isList) work.push(JSON.stringify(key) + colon);
      if (i > 0) work.push(separator);
    }
    out += `${isList ? '[' : '{'}${step === '' ? '' : `\n${inner}`}`;
  }
  return out;
}

/** The JSON text of anything but a list or object; undefined for those. */
function scalarText(value: unknown): string | undefined {
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
  return undefined;
}
