/**
 * Coercion: what the AWS CLI's `BackCompatVisitor` does to a parsed shorthand value before the
 * request is built. Guided by the shape it
 * - turns strings into numbers for integer/long (Python `int()`) and float/double (`float()`),
 * - turns `true`/`false` in any case into booleans (any other text stays a string),
 * - wraps a non-list value met where a list is modelled as a one-element list, without
 *   visiting the wrapped element (and never at the root, where the AWS CLI's wrapping is lost),
 * - refuses any value given for a document shape,
 * and leaves everything else alone: unknown keys, map keys, values of mismatched containers.
 *
 * Structures are visited in model member order, lists and maps in input order, so the first
 * issue found is the one the AWS CLI stops at. Values are copied, never changed in place;
 * objects are built with `setOwn`, so `__proto__` and friends stay ordinary keys.
 *
 * Big integers: Python's `int` is unbounded. A converted integer is a `number` when it is a
 * safe integer (|n| ≤ 2^53−1) and a `bigint` beyond that, so no digit is ever lost.
 */
import { setOwn } from '../grammar/value.js';
import type { ShorthandObject, ShorthandValue } from '../grammar/value.js';
import type { CoercionErrorCode, CoercionIssue } from './errors.js';
import { botocorePath, formatPath, index, mapValue, member, messageName } from './path.js';
import type { ModelPath } from './path.js';
import { INT_MAX_STR_DIGITS, bytesRepr, isDict, pythonFloat, pythonInt, stringRepr } from './python.js';
import type { Shape, ShapeKind } from './shape.js';
import { orderedKeys, rememberKeyOrder, writtenKeyOrder } from './key-order.js';

/** The outcome of converting one scalar for its shape. */
export type Conversion =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: CoercionErrorCode; readonly awsCliMessage: string };

/** Options of coercion. */
export interface CoerceOptions {
  /**
   * The key order of an object as it was written, when JavaScript's own order differs
   * (integer-like keys enumerate first in JavaScript, in input order in Python).
   */
  readonly keyOrder?: (value: object) => readonly string[] | undefined;
}

/** The result of coercing a value: the converted copy and every issue, first issue first. */
export interface CoercionResult {
  readonly value: unknown;
  readonly issues: CoercionIssue[];
  /** `options.keyOrder` extended to the copies coercion made (pass it on to validation). */
  readonly keyOrder: (value: object) => readonly string[] | undefined;
}

/**
 * Python's `int(value)` as the AWS CLI applies it to an integer or long member: text and
 * bytes are converted, lists and maps refused, anything else left as it is.
 * @example toInteger('+7') // { ok: true, value: 7 }
 */
export function toInteger(value: unknown): Conversion {
  const text = numberText(value);
  if (text !== undefined) {
    const result = text.ascii ? pythonInt(text.text) : ({ ok: false, reason: 'invalid' } as const);
    if (result.ok) return { ok: true, value: result.value };
    if (result.reason === 'too-many-digits') {
      const digits = text.text.replace(/[^0-9]/g, '').length;
      return {
        ok: false,
        code: 'INTEGER_TOO_LONG',
        awsCliMessage: `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
      };
    }
    return {
      ok: false,
      code: 'INVALID_INTEGER',
      awsCliMessage: `invalid literal for int() with base 10: ${text.repr.slice(0, 200)}`,
    };
  }
  const container = containerName(value);
  if (container !== undefined) {
    return {
      ok: false,
      code: 'EXPECTED_SCALAR',
      awsCliMessage: `int() argument must be a string, a bytes-like object or a real number, not '${container}'`,
    };
  }
  return { ok: true, value };
}

/**
 * Python's `float(value)` as the AWS CLI applies it to a float or double member.
 * @example toFloat('1e3') // { ok: true, value: 1000 }
 */
export function toFloat(value: unknown): Conversion {
  const text = numberText(value);
  if (text !== undefined) {
    const result = text.ascii ? pythonFloat(text.text) : ({ ok: false, reason: 'invalid' } as const);
    if (result.ok) return { ok: true, value: result.value };
    return { ok: false, code: 'INVALID_FLOAT', awsCliMessage: `could not convert string to float: ${text.repr}` };
  }
  const container = containerName(value);
  if (container !== undefined) {
    return {
      ok: false,
      code: 'EXPECTED_SCALAR',
      awsCliMessage: `float() argument must be a string or a real number, not '${container}'`,
    };
  }
  return { ok: true, value };
}

/**
 * The AWS CLI's boolean rule: text equal to `true` or `false` ignoring case becomes a boolean,
 * any other text stays as it is (validation then rejects it); a list or map is refused.
 * @example toBoolean('TRUE') // { ok: true, value: true }
 */
export function toBoolean(value: unknown): Conversion {
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true') return { ok: true, value: true };
    if (lower === 'false') return { ok: true, value: false };
    return { ok: true, value };
  }
  const container = containerName(value);
  if (container !== undefined) {
    return { ok: false, code: 'EXPECTED_SCALAR', awsCliMessage: `'${container}' object has no attribute 'lower'` };
  }
  return { ok: true, value };
}

/** The conversion a scalar shape kind applies, or `undefined` for kinds left alone. */
export function scalarConversion(kind: ShapeKind): ((value: unknown) => Conversion) | undefined {
  switch (kind) {
    case 'integer':
    case 'long':
      return toInteger;
    case 'float':
    case 'double':
      return toFloat;
    case 'boolean':
      return toBoolean;
    default:
      return undefined;
  }
}

/**
 * Coerce a parsed shorthand value (or any plain value) to `shape`, collecting every issue.
 * @example coerceValue({ MaxCandidates: '5' }, shape).value // { MaxCandidates: 5 }
 */
export function coerceValue(value: unknown, shape: Shape, options: CoerceOptions = {}): CoercionResult {
  const issues: CoercionIssue[] = [];
  const coercer = new Coercer(issues, options);
  const result = coercer.visit(value, shape, []);
  return { value: result, issues, keyOrder: (object) => coercer.keyOrder(object) };
}



/** A value still to coerce, and where its copy goes. */
interface CoercionTask {
  readonly value: unknown;
  readonly shape: Shape;
  readonly path: ModelPath;
  /** Met inside a container (where a lone value for a list becomes a one-item list). */
  readonly inContainer: boolean;
  readonly assign: (result: unknown) => void;
}

class Coercer {
  constructor(
    private readonly issues: CoercionIssue[],
    private readonly options: CoerceOptions,
  ) {}

  /**
   * The coerced copy of `value` met at `shape`. An explicit stack of pending values rather than
   * recursion, so values of any depth coerce (the API takes any value; `--cli-input-json` gives
   * hundreds of levels): each copy is made as its container is met and filled in as its children
   * are coerced, in the recursion's order, so issues come in the same order.
   */
  visit(value: unknown, shape: Shape, path: ModelPath): unknown {
    let root: unknown;
    const stack: CoercionTask[] = [{ value, shape, path, inContainer: false, assign: (result) => (root = result) }];
    const children: CoercionTask[] = [];
    while (stack.length > 0) {
      const task = stack.pop() as CoercionTask;
      task.assign(this.step(task, children));
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as CoercionTask);
      children.length = 0;
    }
    return root;
  }

  /** The copy of one value, its children left to `children` (filled in when they are coerced). */
  private step({ value, shape, path, inContainer }: CoercionTask, children: CoercionTask[]): unknown {
    // Inside a container, a non-list where a list is modelled becomes `[value]`, unvisited.
    if (inContainer && shape.kind === 'list' && !Array.isArray(value) && value !== undefined && value !== null) return [value];
    switch (shape.kind) {
      case 'document':
        if (value !== undefined && value !== null) this.documentIssue(value, path);
        return value;
      case 'structure':
      case 'union':
        return isDict(value) ? this.structure(value, shape.members, path, children) : value;
      case 'list': {
        if (!Array.isArray(value)) return value;
        // `new Array(n)` and `forEach` keep holes as holes, as `map` did.
        const out: unknown[] = new Array<unknown>(value.length);
        value.forEach((item: unknown, i) => {
          children.push({ value: item, shape: shape.member, path: [...path, index(i)], inContainer: true, assign: (result) => (out[i] = result) });
        });
        return out;
      }
      case 'map':
        return isDict(value) ? this.map(value, shape.value, path, children) : value;
      default:
        return this.scalar(value, shape, path);
    }
  }

  private structure(
    value: Record<string, unknown>,
    members: ReadonlyMap<string, { readonly shape: Shape }>,
    path: ModelPath,
    children: CoercionTask[],
  ): unknown {
    // The copy has the original's keys in written order; members are coerced in model order.
    const out: ShorthandObject = {};
    const keys = orderedKeys(value, this.options.keyOrder);
    for (const key of keys) setOwn(out, key, value[key] as ShorthandValue);
    const written = new Set(keys);
    for (const [name, memberDef] of members) {
      if (!Object.hasOwn(value, name) || value[name] === undefined) continue;
      children.push({
        value: value[name],
        shape: memberDef.shape,
        path: [...path, member(name)],
        inContainer: true,
        // A member the key order leaves out is still coerced (for its issues), not copied.
        assign: written.has(name) ? (result) => setOwn(out, name, result as ShorthandValue) : () => undefined,
      });
    }
    this.carryOrder(value, out);
    return out;
  }

  private map(value: Record<string, unknown>, valueShape: Shape, path: ModelPath, children: CoercionTask[]): unknown {
    const out: ShorthandObject = {};
    for (const key of orderedKeys(value, this.options.keyOrder)) {
      setOwn(out, key, value[key] as ShorthandValue);
      children.push({
        value: value[key],
        shape: valueShape,
        path: [...path, mapValue(key)],
        inContainer: true,
        assign: (result) => setOwn(out, key, result as ShorthandValue),
      });
    }
    this.carryOrder(value, out);
    return out;
  }

  /** The written key order of an original or of a copy made from one. */
  keyOrder(value: object): readonly string[] | undefined {
    return this.options.keyOrder?.(value) ?? writtenKeyOrder(value);
  }

  /** The copy keeps the original's written key order, for every later reader of the value. */
  private carryOrder(from: object, to: object): void {
    const order = this.keyOrder(from);
    if (order !== undefined) rememberKeyOrder(to, order);
  }

  private scalar(value: unknown, shape: Shape, path: ModelPath): unknown {
    const convert = scalarConversion(shape.kind);
    if (convert === undefined || value === undefined || value === null) return value;
    const result = convert(value);
    if (result.ok) return result.value;
    this.issues.push(coercionIssue(result.code, path, shape.kind, value, result.awsCliMessage));
    return value;
  }

  private documentIssue(value: unknown, path: ModelPath): void {
    // The AWS CLI names the nearest structure member holding the document; at the root
    // (or under only lists and maps) it raises its bare document error with no message.
    const owner = [...path].reverse().find((segment) => segment.kind === 'member');
    const awsCliMessage =
      owner?.kind === 'member'
        ? `Shorthand syntax does not support document types. Use JSON input for top-level argument to specify nested parameter: ${owner.name}`
        : '';
    this.issues.push(coercionIssue('DOCUMENT_NOT_SUPPORTED', path, 'document', value, awsCliMessage));
  }
}

function coercionIssue(
  code: CoercionErrorCode,
  path: ModelPath,
  expected: ShapeKind,
  value: unknown,
  awsCliMessage: string,
): CoercionIssue {
  return {
    code,
    severity: 'error',
    path: formatPath(path),
    segments: path,
    message: coercionMessage(code, messageName(botocorePath(path)), expected, value, awsCliMessage),
    expected,
    value,
    awsCliMessage,
  };
}

const EXPECTED_TEXT: Partial<Record<ShapeKind, string>> = {
  integer: 'an integer',
  long: 'an integer',
  float: 'a number',
  double: 'a number',
  boolean: 'a boolean (true or false)',
};

function coercionMessage(code: CoercionErrorCode, name: string, expected: ShapeKind, value: unknown, awsCliMessage: string): string {
  switch (code) {
    case 'INVALID_INTEGER':
    case 'INVALID_FLOAT':
      return `Invalid value for parameter ${name}: expected ${EXPECTED_TEXT[expected] ?? expected}, got ${valueText(value)}`;
    case 'INTEGER_TOO_LONG':
      return `Invalid value for parameter ${name}: integers are limited to ${INT_MAX_STR_DIGITS} digits`;
    case 'EXPECTED_SCALAR':
      return `Invalid type for parameter ${name}: expected ${EXPECTED_TEXT[expected] ?? expected}, got a ${Array.isArray(value) ? 'list' : 'map'}`;
    case 'DOCUMENT_NOT_SUPPORTED':
      return awsCliMessage !== ''
        ? awsCliMessage
        : 'Shorthand syntax does not support document types. Use JSON input to specify a document value';
  }
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return stringRepr(value);
  if (value instanceof Uint8Array) return bytesRepr(value);
  return String(value);
}

/** Text for `int()`/`float()`: strings as they are, bytes when they are ASCII (as Python reads bytes). */
function numberText(value: unknown): { text: string; ascii: boolean; repr: string } | undefined {
  if (typeof value === 'string') return { text: value, ascii: true, repr: stringRepr(value) };
  if (value instanceof Uint8Array) {
    const ascii = value.every((byte) => byte < 0x80);
    return { text: ascii ? String.fromCharCode(...value) : '', ascii, repr: bytesRepr(value) };
  }
  return undefined;
}

function containerName(value: unknown): 'list' | 'dict' | undefined {
  if (Array.isArray(value)) return 'list';
  if (isDict(value)) return 'dict';
  return undefined;
}
