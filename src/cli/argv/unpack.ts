/**
 * One option's value → the request value, following the AWS CLI's `argprocess` rules:
 *
 * - a value whose first non-blank character is `[` or `{` is JSON (for a list option, the
 *   first of its words decides); anything else is shorthand when the shape takes shorthand (a
 *   structure, a map, a list of complex values, none of them only wrapping documents);
 * - two legacy shapes skip the shorthand parser: a structure whose only member is a string
 *   `Value` (`--x shutdown` is `{"Value": "shutdown"}`) and, for a few named options, a list of
 *   one-member structures (`--instances i-1 i-2`);
 * - everything else goes through the scalar/JSON unpacker: documents are JSON, integers and
 *   floats go through Python's `int()`/`float()`, a streaming blob names a file, a list of
 *   scalars takes one word per element.
 *
 * Shorthand is parsed, then coerced to the shape (`BackCompatVisitor` semantics) by the model
 * layer; JSON is not coerced. Failures carry the AWS CLI's exact text.
 */
import type { YamlReader } from './yaml-input.js';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ShorthandError } from '../../grammar/index.js';
import type { FileReader } from '../../grammar/value.js';
import { isPythonSpace } from '../../grammar/charsets.js';
import { parse as parseShorthand } from '../../model/api.js';
import { toFloat, toInteger } from '../../model/coerce.js';
import type { Conversion } from '../../model/coerce.js';
import { CoercionError } from '../../model/errors.js';
import { bytesRepr, pyStr } from '../../model/python.js';
import type { ListShape, Shape } from '../../model/shape.js';
import { supportsShorthand } from '../docs/shorthand-syntax.js';
import { expandPath } from '../file-reader.js';
import { failure, paramError } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';
import type { LoadedValue } from './paramfile.js';
import { loadPythonJson, PYTHON_JSON_MAX_DEPTH } from './python-json-loads.js';
import { isLegacyListOption } from '../../awscli/legacy-lists.js';
import type { Dialect } from '../../awscli/dialect.js';
import { dialectTables } from '../../awscli/dialect.js';
import { parseDocument } from '../../grammar/index.js';
import type { KeyValueNode, ValueNode } from '../../grammar/index.js';

/** Where an option is being unpacked, for the AWS CLI's per-option rules and file access. */
export interface UnpackContext {
  /** The service as the AWS CLI's events name it, e.g. `firehose`. */
  readonly serviceEventName: string;
  /** The CLI operation name, e.g. `put-record-batch`. */
  readonly operation: string;
  /** Reads `key@=file://…` references inside shorthand. */
  readonly readFile: FileReader;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Where warnings go, as the AWS CLI prints them to stderr while it reads the options. */
  readonly warn?: (message: string) => void;
  /** Whose parameter-file exemptions apply (v1 when absent). */
  readonly dialect?: Dialect;
  /** Reads `--cli-input-yaml` (v2); absent when the command line has none. */
  readonly readYaml?: YamlReader;
}

/** The outcome of unpacking one option. */
export type UnpackResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly failure: CliFailure };

/** A Python `ValueError`/`TypeError`, which a list option's unpacking turns into a ParamError. */
class PythonValueError extends Error {
  constructor(
    message: string,
    readonly code = 'PYTHON_ERROR',
  ) {
    super(message);
  }
}

/** A failure to report as it is. */
class Reported extends Error {
  constructor(readonly failure: CliFailure) {
    super(failure.message);
  }
}

/**
 * Unpack the value of option `name` (without dashes) for a member of `shape`.
 * @example unpackOption('tags', tagList, ['Key=a,Value=b'], ctx) // { ok: true, value: [{ Key: 'a', Value: 'b' }] }
 */
export function unpackOption(name: string, shape: Shape, value: LoadedValue, ctx: UnpackContext): UnpackResult {
  const option = `--${name}`;
  try {
    if (takesShorthand(shape, value)) return { ok: true, value: unpackShorthand(name, shape, value, ctx) };
    return { ok: true, value: unpackCliArg(shape, value, option, ctx) };
  } catch (error) {
    if (error instanceof Reported) return { ok: false, failure: error.failure };
    if (error instanceof PythonValueError) return { ok: false, failure: failure('other', error.message, { option, code: error.code }) };
    throw error;
  }
}

/** The AWS CLI's `_should_parse_as_shorthand`. */
function takesShorthand(shape: Shape, value: LoadedValue): boolean {
  const check = Array.isArray(value) && value.length > 0 ? value[0] : value;
  if (typeof check === 'string') {
    const stripped = pyStrip(check);
    if (stripped.startsWith('[') || stripped.startsWith('{')) return false;
  }
  return supportsShorthand(shape);
}

function unpackShorthand(name: string, shape: Shape, value: LoadedValue, ctx: UnpackContext): unknown {
  const option = `--${name}`;
  if (shape.kind === 'list' && isLegacyList(shape, name, ctx)) {
    const memberName = [...(shape.member.kind === 'structure' ? shape.member.members.keys() : [])][0] as string;
    return iterate(value).map((item) => ({ [memberName]: item }));
  }
  if ((shape.kind === 'structure' || shape.kind === 'union') && shape.members.size === 1) {
    const only = shape.members.get('Value');
    if (only !== undefined && only.shape.kind === 'string') {
      if (value instanceof Uint8Array) throw new PythonValueError("a bytes-like object is required, not 'str'");
      if (typeof value === 'string' && !value.includes('=')) return { Value: value };
    }
  }
  if (value instanceof Uint8Array) throw new PythonValueError("'in <string>' requires string as left operand, not int");
  const text = Array.isArray(value) ? (value as readonly string[]) : typeof value === 'string' ? value : String(value);
  try {
    if (!dialectTables(ctx.dialect).shorthandFileKeys) refuseFileKeys(typeof text === 'string' ? [text] : text);
    return parseShorthand(text, shape, { readFile: ctx.readFile, validate: false });
  } catch (error) {
    if (error instanceof ShorthandError) {
      // A `key@=file://…` that cannot be read escapes the AWS CLI's ParamError wrapping.
      if (error.code === 'FILE_READ_FAILED') throw new Reported(failure('other', error.message, { option, code: error.code }));
      throw new Reported(paramError(option, error.message, { code: error.code, offset: error.offset, length: error.length }));
    }
    if (error instanceof CoercionError) {
      const issue = error.issue;
      if (issue.code === 'DOCUMENT_NOT_SUPPORTED') throw new Reported(paramError(option, issue.awsCliMessage, { code: issue.code }));
      throw new Reported(failure('other', issue.awsCliMessage, { option, code: issue.code }));
    }
    throw error;
  }
}

/**
 * A parser without `key@=value` (v2's) stops at the `@` of the first such pair with
 * `Expected: '=', received: '@'`, unless a syntax error comes before it; throws that error.
 */
function refuseFileKeys(texts: readonly string[]): void {
  for (const text of texts) {
    if (!text.includes('@')) continue;
    const { ast, errors } = parseDocument(text);
    const firstError = errors[0]?.offset ?? Infinity;
    const pair = firstFileKey(ast.entries);
    if (pair !== undefined) {
      const at = text.indexOf('@', pair.key.offset + pair.key.length);
      if (at !== -1 && at < firstError) {
        throw new ShorthandError({ code: 'UNEXPECTED_INPUT', message: '', offset: at, length: 1, severity: 'error', expected: '=', received: '@' }, text);
      }
    }
    // A syntax error first: the ordinary parse reports it.
    if (errors.length > 0) return;
  }
}

/** The first `key@=value` pair in document order (a loop: nesting can be deep). */
function firstFileKey(entries: readonly KeyValueNode[]): KeyValueNode | undefined {
  const pending: Array<KeyValueNode | ValueNode> = [...entries].reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === 'keyValue') {
      if (node.fileRef) return node;
      if (node.value !== undefined) pending.push(node.value);
    } else if (node.type === 'list') {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i] as ValueNode);
    } else if (node.type === 'object') {
      for (let i = node.entries.length - 1; i >= 0; i--) pending.push(node.entries[i] as KeyValueNode);
    }
  }
  return undefined;
}

function isLegacyList(shape: ListShape, name: string, ctx: UnpackContext): boolean {
  const member = shape.member;
  if (member.kind !== 'structure' || member.members.size !== 1) return false;
  return isLegacyListOption(ctx.serviceEventName, ctx.operation, name);
}

/** The AWS CLI's `_unpack_cli_arg`: documents, scalars and JSON for complex shapes. */
function unpackCliArg(shape: Shape, value: unknown, option: string, ctx: UnpackContext): unknown {
  if (shape.kind === 'document') return unpackJson(value, option);
  // A JSON header member is read as JSON too, whatever JSON value it holds.
  if (shape.kind === 'string' && shape.jsonValue === true) return unpackJson(value, option);
  switch (shape.kind) {
    case 'structure':
    case 'union':
    case 'map': {
      const first = pyLstrip(textOf(value))[0];
      if (first === undefined) throw new Reported(failure('other', 'string index out of range', { option }));
      if (first === '{') return unpackJson(value, option);
      throw new Reported(paramError(option, `Invalid JSON:\n${pyText(value)}`, { code: 'INVALID_JSON' }));
    }
    case 'list':
      return unpackList(shape, value, option, ctx);
    default:
      return unpackScalar(shape, value, option, ctx);
  }
}

function unpackList(shape: ListShape, value: unknown, option: string, ctx: UnpackContext): unknown {
  if (typeof value === 'string') {
    const first = pyLstrip(value)[0];
    if (first === undefined) throw new Reported(failure('other', 'string index out of range', { option }));
    if (first === '[') return unpackJson(value, option);
  } else if (Array.isArray(value) && value.length === 1) {
    const single = pyStrip(String(value[0]));
    if (single.startsWith('[')) return unpackJson(value[0], option);
  }
  const items = iterate(value);
  try {
    return items.map((item) => unpackCliArg(shape.member, item, option, ctx));
  } catch (error) {
    if (!(error instanceof PythonValueError)) throw error;
    // The AWS CLI reports the list's first word, whichever element failed.
    const first = items[0];
    if (first === undefined) throw new Reported(failure('other', 'list index out of range', { option }));
    throw new Reported(paramError(option, pyText(first), { code: 'INVALID_LIST_ELEMENT' }));
  }
}

/** The AWS CLI's `unpack_scalar_cli_arg`. */
function unpackScalar(shape: Shape, value: unknown, option: string, ctx: UnpackContext): unknown {
  switch (shape.kind) {
    case 'integer':
    case 'long':
      return converted(toInteger(value));
    case 'float':
    case 'double':
      return converted(toFloat(value));
    case 'boolean':
      if (typeof value === 'string') return value.toLowerCase() === 'false' ? false : value !== '';
      return pythonTruth(value);
    case 'blob':
      if (shape.streaming === true) return streamingBlob(value, option, ctx);
      return value;
    default:
      return value;
  }
}

function converted(result: Conversion): unknown {
  if (result.ok) return result.value;
  throw new PythonValueError(result.awsCliMessage, result.code);
}

function pythonTruth(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Uint8Array) return value.length > 0;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'bigint') return value !== 0n;
  return Boolean(value);
}

/** A streaming blob option names a file; its bytes are sent. */
function streamingBlob(value: unknown, option: string, ctx: UnpackContext): Uint8Array {
  const path = expandPath(String(value), ctx.env);
  const absolute = isAbsolute(path) ? path : join(ctx.cwd, path);
  let isFile = false;
  try {
    isFile = statSync(absolute).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) throw new Reported(paramError(option, 'Blob values must be a path to a file.', { code: 'BLOB_NOT_A_FILE' }));
  const bytes = readFileSync(absolute);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `json.loads(value)` with the AWS CLI's error text. */
function unpackJson(value: unknown, option: string): unknown {
  const text = value instanceof Uint8Array ? new TextDecoder().decode(value) : String(value);
  const result = loadPythonJson(text, PYTHON_JSON_MAX_DEPTH.optionValue);
  if (result.ok) return result.value;
  if (result.error.tooDeep) {
    // Python's RecursionError is no JSONDecodeError: the AWS CLI prints its bare text.
    throw new Reported(failure('other', result.error.message, { option, code: 'NESTING_TOO_DEEP', offset: result.error.offset }));
  }
  throw new Reported(
    paramError(option, `Invalid JSON: ${result.error.message}\nJSON received: ${pyText(value)}`, {
      code: 'INVALID_JSON',
      offset: result.error.offset,
    }),
  );
}

/** What Python's `for v in value` yields: list items, characters of a string, byte values. */
function iterate(value: unknown): unknown[] {
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'string') return [...value];
  if (value instanceof Uint8Array) return [...value];
  return [value];
}

function textOf(value: unknown): string {
  return value instanceof Uint8Array ? new TextDecoder().decode(value) : String(value);
}

/** Python's `str(value)` as an f-string prints it. */
function pyText(value: unknown): string {
  return value instanceof Uint8Array ? bytesRepr(value) : pyStr(value);
}

/** Python's `str.strip()` (Unicode whitespace). */
function pyStrip(text: string): string {
  return pyRstrip(pyLstrip(text));
}

function pyLstrip(text: string): string {
  let start = 0;
  while (start < text.length && isPythonSpace(text.codePointAt(start) as number)) start += 1;
  return text.slice(start);
}

function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isPythonSpace(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
