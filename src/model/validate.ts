/**
 * Validation: botocore's `ParamValidator` on a coerced value, every finding collected, in
 * botocore's order and with its message text; plus our own warnings (enum values) and
 * "did you mean" suggestions for unknown keys and enum values.
 *
 * Order within a structure, as botocore: the tagged-union check, missing required members
 * (in the model's `required` order), unknown keys (input order), then the known members
 * (input order), depth first. Map entries check the key, then the value.
 *
 * What botocore does not check is not checked here either (max length/value, patterns);
 * what the shape graph does not carry cannot be (the implicit minimum of 1 on host-label
 * members, JSON-value headers). A member whose value is `undefined` counts as absent.
 */
import { orderedKeys } from './key-order.js';
import { isDict } from './python.js';
import type { BotocoreReason, ValidationCode, ValidationDetails, ValidationIssue } from './errors.js';
import { formatPath, index, mapKey, mapValue, member, messageName } from './path.js';
import type { ModelPath } from './path.js';
import { floatRepr, pyStr, pyTypeName } from './python.js';
import type { NumberStyle } from './python.js';
import type { ListShape, MapShape, Shape, StringShape, StructureShape } from './shape.js';
import { suggest } from './suggest.js';
import { isTimestampValue } from './timestamp.js';

/** Options of validation. */
export interface ValidateOptions {
  /** The key order of an object as written, when JavaScript's differs (see `CoerceOptions`). */
  readonly keyOrder?: (value: object) => readonly string[] | undefined;
  /** Check enum values and report misses as `INVALID_ENUM` warnings (default `true`). */
  readonly enums?: boolean;
  /**
   * Leave out missing idempotency-token members (default `false`). botocore's validator
   * reports them, but a client fills them in before validating, so the AWS CLI never does.
   */
  readonly skipIdempotencyTokens?: boolean;
}

/** botocore's printed lists of valid Python types. */
const VALID_TYPES = {
  string: ["<class 'str'>"],
  boolean: ["<class 'bool'>"],
  integer: ["<class 'int'>"],
  float: ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"],
  dict: ["<class 'dict'>"],
  list: ["<class 'list'>", "<class 'tuple'>"],
  timestamp: ["<class 'datetime.datetime'>", 'timestamp-string'],
  blob: ["<class 'bytes'>", "<class 'bytearray'>", 'file-like object'],
  document: [
    "<class 'str'>",
    "<class 'int'>",
    "<class 'bool'>",
    "<class 'float'>",
    "<class 'list'>",
    "<class 'dict'>",
  ],
} as const;

/** Enum lists longer than this are summarised in `INVALID_ENUM` messages. */
const ENUM_LIST_LIMIT = 12;

/**
 * Validate `value` against `shape` as botocore does, returning every issue (errors and
 * warnings) in botocore's order. Plain values carry no source ranges.
 * @example validateValue({}, tagShape)[0].message // 'Missing required parameter in input: "Key"'
 */
export function validateValue(value: unknown, shape: Shape, options: ValidateOptions = {}): ValidationIssue[] {
  const validator = new Validator(options);
  validator.run(value, shape);
  return validator.issues;
}

/** One value still to check: botocore's recursion, kept on an explicit stack. */
interface Task {
  readonly value: unknown;
  readonly shape: Shape;
  readonly path: ModelPath;
  readonly name: string;
}

class Validator {
  readonly issues: ValidationIssue[] = [];
  /** The children the value being checked asks to check next, in order. */
  private children: Task[] = [];

  constructor(private readonly options: ValidateOptions) {}

  /**
   * Check `value` and everything in it, depth first in botocore's order. Each value's own issues
   * come before its children's, so a stack of pending values gives the recursion's order
   * without its depth (values from `--cli-input-json` or the API can nest hundreds deep).
   */
  run(value: unknown, shape: Shape): void {
    const stack: Task[] = [{ value, shape, path: [], name: '' }];
    while (stack.length > 0) {
      const task = stack.pop() as Task;
      this.children = [];
      this.check(task.value, task.shape, task.path, task.name);
      for (let i = this.children.length - 1; i >= 0; i--) stack.push(this.children[i] as Task);
    }
  }

  /** Check a child value after the current one (see `run`). */
  private visit(value: unknown, shape: Shape, path: ModelPath, name: string): void {
    this.children.push({ value, shape, path, name });
  }

  /** Check `value` at `path` (not its children); `name` is botocore's raw name for it. */
  private check(value: unknown, shape: Shape, path: ModelPath, name: string): void {
    switch (shape.kind) {
      case 'document':
        this.document(value, shape, path, name);
        return;
      case 'structure':
      case 'union':
        if (this.typeCheck(value, isDict(value), VALID_TYPES.dict, path, name)) this.structure(value as Record<string, unknown>, shape, path, name);
        return;
      case 'list':
        if (this.typeCheck(value, Array.isArray(value), VALID_TYPES.list, path, name)) this.list(value as unknown[], shape, path, name);
        return;
      case 'map':
        if (this.typeCheck(value, isDict(value), VALID_TYPES.dict, path, name)) this.map(value as Record<string, unknown>, shape, path, name);
        return;
      case 'string':
        // botocore only checks that a JSON header's value encodes as JSON, which any parsed value does.
        if (shape.jsonValue === true) return;
        if (this.typeCheck(value, typeof value === 'string', VALID_TYPES.string, path, name)) this.string(value as string, shape, path, name);
        return;
      case 'integer':
      case 'long':
        if (this.typeCheck(value, isPythonInt(value), VALID_TYPES.integer, path, name)) this.range(value as number | bigint | boolean, shape.min, 'int', path, name);
        return;
      case 'float':
      case 'double':
        if (this.typeCheck(value, isPythonReal(value), VALID_TYPES.float, path, name)) this.range(value as number | bigint | boolean, shape.min, 'float', path, name);
        return;
      case 'boolean':
        this.typeCheck(value, typeof value === 'boolean', VALID_TYPES.boolean, path, name);
        return;
      case 'timestamp':
        this.typeCheck(value, isTimestampValue(value), VALID_TYPES.timestamp, path, name);
        return;
      case 'blob':
        this.typeCheck(value, isBlobValue(value), VALID_TYPES.blob, path, name);
        return;
    }
  }

  private structure(value: Record<string, unknown>, shape: StructureShape, path: ModelPath, name: string): void {
    const keys = orderedKeys(value, this.options.keyOrder).filter((key) => value[key] !== undefined);
    const memberNames = [...shape.members.keys()];
    if (shape.kind === 'union') {
      if (keys.length === 0) this.unionIssue('UNION_EMPTY', memberNames, path, name);
      else if (keys.length > 1) this.unionIssue('UNION_MULTIPLE', memberNames, path, name);
    }
    for (const required of shape.required) {
      if (keys.includes(required)) continue;
      if (this.options.skipIdempotencyTokens === true && shape.members.get(required)?.idempotencyToken === true) continue;
      this.report('MISSING_REQUIRED', 'missing required field', path, name, { requiredName: required }, `Missing required parameter in ${messageName(name)}: "${required}"`);
    }
    const known: string[] = [];
    for (const key of keys) {
      if (shape.members.has(key)) {
        known.push(key);
        continue;
      }
      const valid = memberNames.join(', ');
      this.report(
        'UNKNOWN_KEY',
        'unknown field',
        path,
        name,
        { unknownParam: key, validNames: memberNames },
        `Unknown parameter in ${messageName(name)}: "${key}", must be one of: ${valid}`,
        suggest(key, memberNames),
      );
    }
    for (const key of known) {
      const target = shape.members.get(key)?.shape as Shape;
      this.visit(value[key], target, [...path, member(key)], `${name}.${key}`);
    }
  }

  private list(value: readonly unknown[], shape: ListShape, path: ModelPath, name: string): void {
    this.length(value.length, shape.min, path, name);
    value.forEach((item, i) => this.visit(item, shape.member, [...path, index(i)], `${name}[${i}]`));
  }

  private map(value: Record<string, unknown>, shape: MapShape, path: ModelPath, name: string): void {
    for (const key of orderedKeys(value, this.options.keyOrder)) {
      if (value[key] === undefined) continue;
      this.visit(key, shape.key, [...path, mapKey(key)], `${name} (key: ${key})`);
      this.visit(value[key], shape.value, [...path, mapValue(key)], `${name}.${key}`);
    }
  }

  private string(value: string, shape: StringShape, path: ModelPath, name: string): void {
    // Python's len() counts code points, not UTF-16 units.
    this.length([...value].length, shape.min, path, name);
    if (this.options.enums !== false && shape.enum !== undefined && shape.enum.length > 0 && !shape.enum.includes(value)) {
      const suggestions = suggest(value, shape.enum);
      const shown = shape.enum.slice(0, ENUM_LIST_LIMIT).join(', ');
      const more = shape.enum.length - ENUM_LIST_LIMIT;
      const listed = `valid values: ${shown}${more > 0 ? ` and ${more} more` : ''}`;
      const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
      this.report(
        'INVALID_ENUM',
        undefined,
        path,
        name,
        { param: value, allowedValues: shape.enum },
        `Invalid value for parameter ${messageName(name)}, value: ${value}, ${listed}${hint}`,
        suggestions,
      );
    }
  }

  private length(length: number, min: number | undefined, path: ModelPath, name: string): void {
    if (min === undefined || length >= min) return;
    this.report(
      'INVALID_LENGTH',
      'invalid length',
      path,
      name,
      { param: length, minAllowed: min },
      `Invalid length for parameter ${messageName(name)}, value: ${length}, valid min length: ${minText(min)}`,
    );
  }

  private range(value: number | bigint | boolean, min: number | undefined, style: NumberStyle, path: ModelPath, name: string): void {
    if (min === undefined) return;
    const numeric = typeof value === 'boolean' ? Number(value) : value;
    if (!(numeric < min)) return;
    // A float member's number prints as a Python float (`1.0`), whatever its value.
    const shown = typeof value === 'number' && style === 'float' ? floatRepr(value) : pyStr(value);
    this.report(
      'INVALID_RANGE',
      'invalid range',
      path,
      name,
      { param: value, minAllowed: min },
      `Invalid value for parameter ${messageName(name)}, value: ${shown}, valid min value: ${minText(min)}`,
    );
  }

  /** botocore's document check: any JSON-like value; note its name restarts at each key. */
  private document(value: unknown, shape: Shape, path: ModelPath, name: string): void {
    if (value === null || value === undefined) return;
    if (isDict(value)) {
      for (const key of orderedKeys(value, this.options.keyOrder)) this.visit(value[key], shape, [...path, mapValue(key)], key);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => this.visit(item, shape, [...path, index(i)], `${name}[${i}]`));
    } else if (!(typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')) {
      this.report(
        'INVALID_DOCUMENT_TYPE',
        'invalid type for document',
        path,
        name,
        { param: value, validTypes: VALID_TYPES.document },
        `Invalid type for document parameter ${messageName(name)}, value: ${pyStr(value)}, type: ${pyTypeName(value)}, valid types: ${VALID_TYPES.document.join(', ')}`,
      );
    }
  }

  private typeCheck(value: unknown, ok: boolean, validTypes: readonly string[], path: ModelPath, name: string): boolean {
    if (ok) return true;
    this.report(
      'INVALID_TYPE',
      'invalid type',
      path,
      name,
      { param: value, validTypes },
      `Invalid type for parameter ${messageName(name)}, value: ${pyStr(value)}, type: ${pyTypeName(value)}, valid types: ${validTypes.join(', ')}`,
    );
    return false;
  }

  private unionIssue(code: 'UNION_EMPTY' | 'UNION_MULTIPLE', members: readonly string[], path: ModelPath, name: string): void {
    const list = members.join(', ');
    const shown = messageName(name);
    const message =
      code === 'UNION_EMPTY'
        ? `Must set one of the following keys for tagged unionstructure ${shown}: ${list}.`
        : `Invalid number of parameters set for tagged union structure ${shown}. Can only set one of the following keys: ${list}.`;
    this.report(code, code === 'UNION_EMPTY' ? 'empty input' : 'more than one input', path, name, { members }, message);
  }

  private report(
    code: ValidationCode,
    reason: BotocoreReason | undefined,
    path: ModelPath,
    name: string,
    details: ValidationDetails,
    message: string,
    suggestions?: readonly string[],
  ): void {
    const issue: ValidationIssue = {
      code,
      severity: reason === undefined ? 'warning' : 'error',
      path: formatPath(path),
      segments: path,
      botocoreName: name,
      ...(reason === undefined ? {} : { reason }),
      message,
      details,
      ...(suggestions !== undefined && suggestions.length > 0 ? { suggestions } : {}),
    };
    this.issues.push(issue);
  }
}

/** Python `isinstance(v, int)`: ints, and bools (a subclass of int). */
function isPythonInt(value: unknown): boolean {
  return typeof value === 'bigint' || typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value));
}

/** Python `isinstance(v, (float, Decimal, int))`. */
function isPythonReal(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean';
}

/** botocore's blob check: bytes, text, or anything with a `read` method. */
function isBlobValue(value: unknown): boolean {
  if (typeof value === 'string' || value instanceof Uint8Array) return true;
  return typeof value === 'object' && value !== null && typeof (value as { read?: unknown }).read === 'function';
}

/**
 * A model minimum as Python prints it. The shape graph keeps only a JavaScript number, so an
 * integral minimum prints as an int even where the model JSON wrote `0.0`.
 */
function minText(min: number): string {
  return Number.isInteger(min) ? String(min) : floatRepr(min);
}
