/**
 * Python's `json.dumps(value, indent=4)` as the AWS CLI prints responses and skeletons: four
 * spaces per level, `", "`-free item separators, `NaN`/`Infinity`, bytes as base64 and dates in
 * ISO form (its `json_encoder`), and non-ASCII text escaped or kept (`ensure_ascii`).
 *
 * JavaScript numbers do not say whether they were Python floats; wrap a number in `PyFloat`
 * where the model says float/double so that `1` prints as `1.0`.
 */
import { floatRepr } from '../../model/python.js';
import { orderedKeys } from '../../model/key-order.js';

/** A number that prints as a Python float (`1.0`, not `1`). */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Options of `dumpPythonJson`. */
export interface DumpOptions {
  /** Spaces per level; `undefined` for one line with `, ` and `: ` separators (Python's default). */
  readonly indent?: number;
  /** Escape every character outside printable ASCII (Python's default `True`). */
  readonly ensureAscii?: boolean;
  /** Item and key separators, as Python's `separators=(item, key)`; default `(', ', ': ')`, or `(',', ': ')` with an indent. */
  readonly separators?: readonly [string, string];
}

/**
 * The text `json.dumps(value, indent=…, ensure_ascii=…)` gives.
 * @example dumpPythonJson({ a: [1, new PyFloat(2)] }, { indent: 4 }) // '{\n    "a": [\n        1,\n        2.0\n    ]\n}'
 */
export function dumpPythonJson(value: unknown, options: DumpOptions = {}): string {
  const ensureAscii = options.ensureAscii ?? true;
  const indent = options.indent;
  const [itemSeparator, keySeparator] = options.separators ?? [indent === undefined ? ', ' : ',', ': '];
  const parts: string[] = [];
  const write = (item: unknown, level: number): void => {
    if (item === null || item === undefined) return void parts.push('null');
    if (item === true) return void parts.push('true');
    if (item === false) return void parts.push('false');
    if (typeof item === 'string') return void parts.push(quote(item, ensureAscii));
    if (typeof item === 'bigint') return void parts.push(item.toString());
    if (typeof item === 'number') return void parts.push(numberText(item, Number.isInteger(item) && !Object.is(item, -0)));
    if (item instanceof PyFloat) return void parts.push(numberText(item.value, false));
    if (item instanceof Uint8Array) return void parts.push(quote(Buffer.from(item).toString('base64'), ensureAscii));
    if (item instanceof Date) return void parts.push(quote(isoFormat(item), ensureAscii));
    const entries: Array<[string | undefined, unknown]> = Array.isArray(item)
      ? item.map((element) => [undefined, element])
      : orderedKeys(item as object).map((key) => [key, (item as Record<string, unknown>)[key]]);
    const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return void parts.push(open + close);
    const inner = indent === undefined ? '' : `\n${' '.repeat(indent * (level + 1))}`;
    const outer = indent === undefined ? '' : `\n${' '.repeat(indent * level)}`;
    parts.push(open);
    entries.forEach(([key, element], i) => {
      if (i > 0) parts.push(itemSeparator);
      parts.push(inner);
      if (key !== undefined) parts.push(quote(key, ensureAscii), keySeparator);
      write(element, level + 1);
    });
    parts.push(outer, close);
  };
  write(value, 0);
  return parts.join('');
}

function numberText(value: number, asInt: boolean): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  if (asInt) return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
  return floatRepr(value);
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function quote(text: string, ensureAscii: boolean): string {
  // Kept text still escapes a lone surrogate: written raw, UTF-8 output would turn it into U+FFFD.
  const pattern = ensureAscii ? /[\\"]|[^ -~]/g : /[\x00-\x1f\\"]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const body = text.replace(pattern, (char) => {
    const short = SHORT_ESCAPES[char];
    if (short !== undefined) return short;
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${body}"`;
}

/** Python's `datetime.isoformat()` of an aware UTC datetime. */
function isoFormat(date: Date): string {
  const iso = date.toISOString();
  const millis = date.getUTCMilliseconds();
  const base = iso.slice(0, 19);
  return `${base}${millis === 0 ? '' : `.${String(millis * 1000).padStart(6, '0')}`}+00:00`;
}
