/**
 * The AWS CLI's automatic paging, request side: whether a command line pages, the paging
 * options it gave, and the first page's request. `--starting-token` values are botocore's
 * pagination tokens: base64 of a JSON object of input-token values (bytes values base64-coded
 * and listed under `boto_encoded_keys`, a cut into the first page under
 * `boto_truncate_amount`), or the older `token___index` form, which also takes a service's own
 * token as it is. The response side is `send/paginate.ts`.
 */
import { pythonInt } from '../../model/python.js';
import type { Operation, Paginator } from '../../model/shape.js';
import { dumpPythonJson } from '../send/python-json-dumps.js';
import type { ArgumentTable } from '../../awscli/arguments.js';
import { pagingMemberOptions } from '../../awscli/arguments.js';
import type { ParsedArgs } from './argparse.js';
import { failure } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';
import { loadPythonJson } from './python-json-loads.js';

/** The paging options given, by the AWS CLI's setting names. */
export interface PagingOptions {
  readonly StartingToken?: string;
  readonly PageSize?: number | bigint | string;
  readonly MaxItems?: number | bigint;
}

/** A decoded starting token: input-token values, and how many items of the first page to skip. */
export interface StartingToken {
  readonly token: Readonly<Record<string, unknown>>;
  readonly skip: number;
}

/** What sending a paged request needs besides the first page's parameters. */
export interface PagingPlan {
  readonly paginator: Paginator;
  readonly maxItems?: number;
  readonly start?: StartingToken;
}

/** The key of botocore's list of base64-coded values in a token. */
const ENCODED_KEYS = 'boto_encoded_keys';
/** The key of botocore's first-page cut in a token. */
const TRUNCATE_AMOUNT = 'boto_truncate_amount';

/**
 * Python names the AWS CLI leaves out when it asks whether a token or limit option was given:
 * they are its own paging options' names, so a limit key called `MaxItems` (IAM, Route 53)
 * read through the shadowing `--max-items` keeps paging on.
 */
const PAGING_OPTION_NAMES: ReadonlySet<string> = new Set(['start_token', 'max_items']);

/**
 * Whether the AWS CLI pages this command line: the operation has a paginator, `--no-paginate`
 * was not given, and none of the input-token or limit-key options was.
 */
export function pagingEnabled(table: ArgumentTable, parsed: ParsedArgs, paginate: boolean): boolean {
  if (table.model.paginator === undefined || !paginate) return false;
  return pagingMemberOptions(table.model).every((name) => {
    const dest = name.replaceAll('-', '_');
    if (PAGING_OPTION_NAMES.has(dest)) return true;
    const value = parsed.values.get(dest);
    return value === undefined || value === null;
  });
}

/**
 * The table the AWS CLI builds the request from once paging is off: each paging option that
 * shadowed an option of the operation gives its place back, so `--max-items 5` is IAM's own
 * `MaxItems` again.
 */
export function withoutPagingShadows(table: ArgumentTable): ArgumentTable {
  if (!table.arguments.some((arg) => arg.role.kind === 'paging' && arg.role.shadows !== undefined)) return table;
  return { ...table, arguments: table.arguments.map((arg) => (arg.role.kind === 'paging' && arg.role.shadows !== undefined ? arg.role.shadows : arg)) };
}

/**
 * With paging off, the paging options must not have been given (values Python counts as
 * false slip through, as they do in the AWS CLI).
 */
export function checkPagingOff(table: ArgumentTable, parsed: ParsedArgs, prefix = 'Error during pagination: '): CliFailure | undefined {
  const used = ['starting-token', 'page-size', 'max-items'].filter((name) => {
    const arg = table.arguments.find((candidate) => candidate.name === name);
    // A paging option standing in for the operation's own option is that option again.
    if (arg?.role.kind !== 'paging' || arg.role.shadows !== undefined) return false;
    const value = parsed.values.get(arg.dest);
    return value !== undefined && value !== null && value !== '' && value !== 0 && value !== 0n;
  });
  if (used.length === 0) return undefined;
  return failure('other', `${prefix}Cannot specify --no-paginate along with pagination arguments: ${used.map((name) => `--${name}`).join(', ')}`, {
    code: 'PAGING_OPTIONS_WITHOUT_PAGING',
  });
}

/**
 * The first page's parameters, as botocore's paginator builds them: the starting token's
 * values set (a null or `'None'` value removes its key), then the page size under the limit key.
 * @example firstPageParams({}, paginator, { PageSize: 5 }, start) // { NextToken: 'abc', MaxResults: 5 }
 */
export function firstPageParams(
  params: Record<string, unknown>,
  operation: Operation,
  paging: PagingOptions,
  start: StartingToken | undefined,
): Record<string, unknown> {
  const paginator = operation.paginator;
  const out: Record<string, unknown> = { ...params };
  if (paginator === undefined) return out;
  if (start !== undefined) injectToken(out, start.token);
  if (paging.PageSize !== undefined && paginator.limitKey !== undefined) {
    const limitShape = operation.input?.members.get(paginator.limitKey)?.shape;
    define(out, paginator.limitKey, limitShape?.kind === 'string' ? String(paging.PageSize) : paging.PageSize);
  }
  return out;
}

/** Set each token value in `params`; null and `'None'` remove the key instead. */
export function injectToken(params: Record<string, unknown>, token: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(token)) {
    if (value !== null && value !== undefined && value !== 'None') define(params, name, value);
    else delete params[name];
  }
}

/**
 * Decode a `--starting-token` as botocore does; a failure for a token in the old form with
 * more parts than the paginator has input tokens.
 * @example decodeStartingToken('eyJOZXh0VG9rZW4iOiAiYWJjIn0=', ['NextToken']) // { ok: true, start: { token: { NextToken: 'abc' }, skip: 0 } }
 */
export function decodeStartingToken(text: string, inputTokens: readonly string[]): { ok: true; start: StartingToken } | { ok: false; failure: CliFailure } {
  const decoded = decodeTokenJson(text);
  if (decoded !== undefined) {
    const { [TRUNCATE_AMOUNT]: skip, ...token } = decoded;
    return { ok: true, start: { token, skip: typeof skip === 'number' ? skip : typeof skip === 'bigint' ? Number(skip) : 0 } };
  }
  // The older form: values joined by `___`, optionally ending in the first-page cut.
  let parts = text.split('___');
  let skip = 0;
  if (parts.length === inputTokens.length + 1) {
    const index = pythonInt(parts[parts.length - 1] as string);
    if (index.ok) {
      skip = Number(index.value);
      parts = parts.slice(0, -1);
    } else {
      parts = [text];
    }
  }
  if (parts.length > inputTokens.length) {
    return { ok: false, failure: failure('other', `Bad starting token: ${text}`, { option: '--starting-token', code: 'BAD_STARTING_TOKEN' }) };
  }
  const token: Record<string, unknown> = {};
  inputTokens.forEach((name, i) => {
    const part = parts[i];
    define(token, name, part === undefined || part === 'None' ? null : part);
  });
  return { ok: true, start: { token, skip } };
}

/**
 * botocore's token text for `token` (input-token values, maybe a first-page cut): Python's
 * `json.dumps` of it, base64-coded; bytes values are base64-coded and their paths listed.
 * @example encodeToken({ NextToken: 'abc' }) // 'eyJOZXh0VG9rZW4iOiAiYWJjIn0='
 */
export function encodeToken(token: Readonly<Record<string, unknown>>): string {
  const paths: Array<Array<string | number>> = [];
  const encode = (value: unknown, path: Array<string | number>): unknown => {
    if (value instanceof Uint8Array) {
      paths.push(path);
      return Buffer.from(value).toString('base64');
    }
    if (Array.isArray(value)) return value.map((item, i) => encode(item, [...path, i]));
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) define(out, key, encode(inner, [...path, key]));
      return out;
    }
    return value;
  };
  const data = encode(token, []) as Record<string, unknown>;
  if (paths.length > 0) define(data, ENCODED_KEYS, paths);
  return Buffer.from(dumpPythonJson(data), 'utf8').toString('base64');
}

/** The JSON object a botocore token holds, bytes restored; `undefined` when it holds none. */
function decodeTokenJson(text: string): Record<string, unknown> | undefined {
  const bytes = pythonBase64(text);
  if (bytes === undefined) return undefined;
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const loaded = loadPythonJson(json);
  if (!loaded.ok || loaded.value === null || typeof loaded.value !== 'object' || Array.isArray(loaded.value)) return undefined;
  const { [ENCODED_KEYS]: encoded, ...token } = loaded.value as Record<string, unknown>;
  if (Array.isArray(encoded)) {
    for (const path of encoded) {
      if (!Array.isArray(path) || path.length === 0) return undefined;
      let container: unknown = token;
      for (const step of path.slice(0, -1)) container = (container as Record<string, unknown> | undefined)?.[String(step)];
      const last = String(path[path.length - 1]);
      const value = (container as Record<string, unknown> | undefined)?.[last];
      const raw = typeof value === 'string' ? pythonBase64(value) : undefined;
      if (raw === undefined || container === null || typeof container !== 'object') return undefined;
      (container as Record<string, unknown>)[last] = raw;
    }
  }
  return token;
}

/**
 * Python's lenient `base64.b64decode`: characters outside the alphabet are skipped, decoding
 * stops at complete padding, and a last group that padding does not complete is an error.
 */
function pythonBase64(text: string): Uint8Array | undefined {
  let data = '';
  let pads = 0;
  for (const ch of text) {
    if (ch === '=') {
      const rest = data.length % 4;
      if (rest >= 2) {
        pads++;
        if (rest + pads >= 4) break;
      }
      continue;
    }
    if (/[A-Za-z0-9+/]/.test(ch)) {
      if (pads > 0) pads = 0;
      data += ch;
    }
  }
  const rest = data.length % 4;
  if (rest === 1 || (rest !== 0 && rest + pads < 4)) return undefined;
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** An own data property (a key like `__proto__` must not reach the prototype). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
