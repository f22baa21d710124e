/**
 * Polling a waiter (`aws <service> wait <waiter> …`) as botocore's `Waiter.wait` does: send the
 * operation, try the acceptors in order on the answer (a response, or a service error as
 * `{Error: {Code, Message}}`), stop on a success or failure state, sleep `delay` seconds between
 * attempts and give up after `maxAttempts`. Success prints nothing; each way of failing carries
 * botocore's `Waiter <Name> failed: <reason>` text (exit 255 as every AWS CLI error).
 *
 * The JMESPath matchers run on a JSON copy of the response (timestamps become strings, which
 * botocore's `datetime` values would not equal either), and compare as Python's `==` does.
 */
import type { Waiter, WaiterAcceptor, WaiterState } from '../../model/shape.js';
import { failure } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';
import type { WaitPlan } from '../argv/wait.js';
import type { SendResult } from './sdk.js';
import { loadQueryEngine } from './jmespath.js';

/** Sends the operation once with `params`. */
export type OperationSender = (params: Record<string, unknown>) => Promise<SendResult>;

/** A JMESPath search (the `jmespath` package's). */
export type JmesSearch = (data: unknown, expression: string) => unknown;

/** Hooks for tests: how to wait and how to search. */
export interface WaitOptions {
  /** Waits `seconds`; default: a real timer. */
  readonly sleep?: (seconds: number) => Promise<void>;
  /** The JMESPath engine; default: the `jmespath` package. */
  readonly search?: JmesSearch;
}

/** How polling ended: satisfied, or a failure with the AWS CLI's text. */
export type WaitResult = { readonly ok: true; readonly attempts: number } | { readonly ok: false; readonly failure: CliFailure; readonly attempts: number };

/** What an acceptor sees: botocore's parsed response, or its error response. */
type WaiterResponse = Record<string, unknown>;

/**
 * Poll with `send` until `plan`'s waiter is satisfied, fails, or runs out of attempts.
 * @example await sendWait(send, { EndpointName: 'e' }, plan) // { ok: true, attempts: 2 } once EndpointStatus is InService
 */
export async function sendWait(send: OperationSender, params: Record<string, unknown>, plan: WaitPlan, options: WaitOptions = {}): Promise<WaitResult> {
  const sleep = options.sleep ?? ((seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000)));
  const search = options.search ?? (await loadQueryEngine()).search;
  const { waiter } = plan;
  let state: WaiterState | 'waiting' = 'waiting';
  let lastMatched: WaiterAcceptor | undefined;
  for (let attempts = 1; ; attempts++) {
    const sent = await send(params);
    const response = waiterResponse(sent);
    // Anything but a service error (no credentials, no connection) ends the command as it would any other.
    if (response === undefined) return { ok: false, failure: (sent as { failure: CliFailure }).failure, attempts };
    const matched = waiter.acceptors.find((acceptor) => matches(acceptor, response, search));
    if (matched !== undefined) {
      lastMatched = matched;
      state = matched.state;
    } else if (isError(response)) {
      const error = response['Error'] as Record<string, unknown>;
      return fail(waiter, `An error occurred (${String(error['Code'] ?? 'Unknown')}): ${String(error['Message'] ?? 'Unknown')}`, attempts);
    }
    if (state === 'success') return { ok: true, attempts };
    if (state === 'failure') return fail(waiter, `Waiter encountered a terminal failure state: ${explanation(matched ?? lastAcceptor(waiter))}`, attempts);
    if (attempts >= plan.maxAttempts) {
      // botocore explains with the acceptor its loop stopped at this attempt: the one that
      // matched, else the last one tried.
      const reason = lastMatched === undefined ? 'Max attempts exceeded' : `Max attempts exceeded. Previously accepted state: ${explanation(matched ?? lastAcceptor(waiter))}`;
      return fail(waiter, reason, attempts);
    }
    await sleep(plan.delay);
  }
}

function fail(waiter: Waiter, reason: string, attempts: number): WaitResult {
  return { ok: false, failure: failure('other', `Waiter ${waiter.name} failed: ${reason}`, { code: 'WAITER_FAILED' }), attempts };
}

function lastAcceptor(waiter: Waiter): WaiterAcceptor {
  return waiter.acceptors[waiter.acceptors.length - 1] as WaiterAcceptor;
}

/** The answer as botocore hands it to the acceptors; `undefined` for a failure that is not the service's. */
function waiterResponse(sent: SendResult): WaiterResponse | undefined {
  if (sent.ok) {
    // A JSON copy: plain values for JMESPath, as botocore's parsed dicts are.
    const plain = JSON.parse(JSON.stringify(sent.response, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)) ?? '{}') as WaiterResponse;
    return { ...plain, ResponseMetadata: { HTTPStatusCode: 200 } };
  }
  const { failure: f } = sent;
  if (f.kind !== 'service') return undefined;
  return { Error: { Code: f.code ?? 'Unknown', Message: serviceMessage(f.message) } };
}

/** The service's own message in the AWS CLI's `An error occurred (Code) when calling …: message`. */
function serviceMessage(text: string): string {
  const found = /^An error occurred \(.*?\) when calling the \S+ operation(?: \(reached max retries: \d+\))?: ([\s\S]*)$/.exec(text);
  return found?.[1] ?? text;
}

function isError(response: WaiterResponse): boolean {
  const error = response['Error'];
  return typeof error === 'object' && error !== null && 'Code' in error;
}

/** Whether `acceptor` matches `response`, as botocore's matcher functions decide. */
function matches(acceptor: WaiterAcceptor, response: WaiterResponse, search: JmesSearch): boolean {
  const { matcher, expected } = acceptor;
  switch (matcher) {
    case 'path':
      return !isError(response) && pythonEquals(search(response, acceptor.argument ?? ''), expected);
    case 'pathAll':
    case 'pathAny': {
      if (isError(response)) return false;
      const result = search(response, acceptor.argument ?? '');
      // A list with at least one element, or no match.
      if (!Array.isArray(result) || result.length === 0) return false;
      return matcher === 'pathAll' ? result.every((item) => pythonEquals(item, expected)) : result.some((item) => pythonEquals(item, expected));
    }
    case 'status': {
      const metadata = response['ResponseMetadata'] as { HTTPStatusCode?: unknown } | undefined;
      return pythonEquals(metadata?.HTTPStatusCode, expected);
    }
    case 'error': {
      const error = response['Error'] as Record<string, unknown> | undefined;
      if (expected === true) return isError(response);
      if (expected === false) return error === undefined;
      return pythonEquals(error?.['Code'] ?? '', expected);
    }
  }
}

/** botocore's explanation of an acceptor, for failure messages. */
function explanation(acceptor: WaiterAcceptor): string {
  const expected = pyText(acceptor.expected);
  switch (acceptor.matcher) {
    case 'path':
      return `For expression "${acceptor.argument ?? ''}" we matched expected path: "${expected}"`;
    case 'pathAll':
      return `For expression "${acceptor.argument ?? ''}" all members matched expected path: "${expected}"`;
    case 'pathAny':
      return `For expression "${acceptor.argument ?? ''}" we matched expected path: "${expected}" at least once`;
    case 'status':
      return `Matched expected HTTP status code: ${expected}`;
    case 'error':
      return `Matched expected service error code: ${expected}`;
  }
}

/** Python's `str()` of a JSON value, as an f-string shows it. */
function pyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null || value === undefined) return 'None';
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** Python's `==` on JSON values: `True == 1`, `1 == 1.0`, deep for lists and dicts. */
function pythonEquals(a: unknown, b: unknown): boolean {
  const numeric = (v: unknown): v is number | boolean => typeof v === 'number' || typeof v === 'boolean';
  if (numeric(a) && numeric(b)) return Number(a) === Number(b);
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => pythonEquals(item, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && pythonEquals(left[key], right[key]));
  }
  return a === b;
}
