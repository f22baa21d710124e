/**
 * The AWS CLI's automatic paging, response side, as botocore's paginator and its
 * `build_full_result` do it: request page after page with the next token put into the input
 * tokens, cut the first page by the starting token's count, stop at `--max-items` (cutting the
 * last page and remembering where), and merge the pages: result keys concatenated (numbers
 * summed, text joined), non-aggregate keys from the first page, and `NextToken` (botocore's
 * token text) when there is more to fetch.
 *
 * Token and key expressions are JMESPath, evaluated by the `jmespath` package as botocore
 * evaluates them with the Python one.
 */
import { encodeToken, injectToken } from '../argv/paging.js';
import type { PagingPlan } from '../argv/paging.js';
import { deepMerge, pyStr, pythonTruthy as truthy } from '../../model/python.js';
import { loadQueryEngine, loadedQueryEngine } from './jmespath.js';
import { failure } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';

/** Sends one page's request. */
export type PageSender = (params: Record<string, unknown>) => Promise<{ ok: true; response: Record<string, unknown> } | { ok: false; failure: CliFailure }>;

/** The merged result, or the failure that stopped paging. */
export type PagedResult =
  | {
      readonly ok: true;
      /** The pages merged, as `build_full_result` merges them. */
      readonly response: Record<string, unknown>;
      /** The first page's non-aggregate keys (`None` where a key was missing). */
      readonly nonAggregate: Record<string, unknown>;
      /** botocore's token text for where `--max-items` stopped, when there is more. */
      readonly resumeToken?: string;
    }
  | { readonly ok: false; readonly failure: CliFailure };

/** Called with each page as the paginator yields it (cut and truncated), before the next request. */
export type PageListener = (page: Record<string, unknown>, index: number, nonAggregate: Record<string, unknown>) => void;

/**
 * Page through an operation's results from `firstParams` (the first page's request).
 * @example await sendPaged(send, { AutoMLJobSummaries: … }, plan) // { ok: true, response: { AutoMLJobSummaries: [...], NextToken: '…' } }
 */
export async function sendPaged(send: PageSender, firstParams: Record<string, unknown>, plan: PagingPlan, onPage?: PageListener): Promise<PagedResult> {
  const { paginator, maxItems, start } = plan;
  await loadQueryEngine();
  const params = { ...firstParams };
  const primary = paginator.resultKey[0];
  const pages: Array<Record<string, unknown>> = [];
  let nonAggregate: Record<string, unknown> = {};
  let nextToken: Record<string, unknown> = start === undefined ? Object.fromEntries(paginator.inputToken.map((name) => [name, null])) : { ...start.token };
  let previous: string | undefined;
  let resume: Record<string, unknown> | undefined;
  let total = 0;
  for (let first = true; ; first = false) {
    const sent = await send(params);
    if (!sent.ok) return sent;
    const page = sent.response;
    let skipped = 0;
    if (first) {
      if (start !== undefined && primary !== undefined) {
        skipped = start.skip;
        cutFirstPage(page, primary, paginator.resultKey, skipped);
      }
      nonAggregate = pick(page, paginator.nonAggregateKeys ?? []);
    }
    const items = primary === undefined ? undefined : search(page, primary);
    const count = Array.isArray(items) || typeof items === 'string' ? items.length : 0;
    const over = maxItems === undefined ? 0 : total + count - maxItems;
    if (over > 0 && primary !== undefined) {
      const keep = count - over;
      assign(page, primary, (items as unknown[] | string).slice(0, keep));
      resume = { ...nextToken, boto_truncate_amount: keep + skipped };
      pages.push(page);
      onPage?.(page, pages.length - 1, nonAggregate);
      break;
    }
    pages.push(page);
    onPage?.(page, pages.length - 1, nonAggregate);
    total += count;
    nextToken = nextTokenOf(page, paginator.inputToken, paginator.outputToken, paginator.moreResults);
    if (Object.values(nextToken).every((value) => value === null)) break;
    if (maxItems !== undefined && total === maxItems) {
      resume = nextToken;
      break;
    }
    const key = JSON.stringify(nextToken, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    if (key === previous) {
      return { ok: false, failure: failure('other', `Error during pagination: The same next token was received twice: ${pyStr(nextToken)}`, { code: 'REPEATED_NEXT_TOKEN' }) };
    }
    injectToken(params, nextToken);
    previous = key;
  }
  const resumeToken = resume === undefined ? undefined : encodeToken(resume);
  return { ok: true, response: mergePages(pages, paginator.resultKey, nonAggregate, resumeToken), nonAggregate, ...(resumeToken === undefined ? {} : { resumeToken }) };
}

/**
 * What `--output text` prints for one page: the result keys of that page, and on the first
 * page also the non-aggregate keys (the AWS CLI's text formatter prints page by page).
 * @example pageForText({ AutoMLJobSummaries: [a], NextToken: 't' }, 0, paginator, {}) // { AutoMLJobSummaries: [a] }
 */
export function pageForText(page: Record<string, unknown>, index: number, resultKeys: readonly string[], nonAggregate: Record<string, unknown>): Record<string, unknown> {
  const current: Record<string, unknown> = index === 0 ? structuredClone(nonAggregate) : {};
  for (const key of resultKeys) assign(current, key, search(page, key) ?? null);
  return current;
}

/** The pages merged as botocore's `build_full_result` merges them. */
function mergePages(pages: ReadonlyArray<Record<string, unknown>>, resultKeys: readonly string[], nonAggregate: Record<string, unknown>, resumeToken: string | undefined): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const page of pages) {
    for (const key of resultKeys) {
      const value = search(page, key);
      if (value === undefined || value === null) continue;
      const existing = search(merged, key);
      if (existing === undefined || existing === null) assign(merged, key, Array.isArray(value) ? [...value] : value);
      else if (Array.isArray(existing) && Array.isArray(value)) existing.push(...(value as unknown[]));
      else if (typeof existing === 'number' && typeof value === 'number') assign(merged, key, existing + value);
      else if (typeof existing === 'string' && typeof value === 'string') assign(merged, key, existing + value);
    }
  }
  deepMerge(merged, nonAggregate);
  if (resumeToken !== undefined) define(merged, 'NextToken', resumeToken);
  return merged;
}

/** The first page resumed mid-way: the primary key's first `skip` items dropped, the others emptied. */
function cutFirstPage(page: Record<string, unknown>, primary: string, resultKeys: readonly string[], skip: number): void {
  const all = search(page, primary);
  assign(page, primary, Array.isArray(all) || typeof all === 'string' ? all.slice(skip) : null);
  for (const key of resultKeys) {
    if (key === primary) continue;
    const sample = search(page, key);
    // Counts stay: they say how much the service looked at, whatever the cut.
    const empty = Array.isArray(sample) ? [] : typeof sample === 'string' ? '' : typeof sample === 'number' ? sample : null;
    assign(page, key, empty);
  }
}

function nextTokenOf(page: Record<string, unknown>, inputTokens: readonly string[], outputTokens: readonly string[], moreResults: string | undefined): Record<string, unknown> {
  if (moreResults !== undefined && !truthy(search(page, moreResults))) return {};
  const out: Record<string, unknown> = {};
  inputTokens.forEach((name, i) => {
    const expression = outputTokens[i];
    const value = expression === undefined ? undefined : search(page, expression);
    define(out, name, truthy(value) ? value : null);
  });
  return out;
}

function pick(page: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) assign(out, key, search(page, key) ?? null);
  return out;
}

/** A botocore token or key expression evaluated on `data`. */
function search(data: unknown, expression: string): unknown {
  return loadedQueryEngine().search(data, expression);
}

/** Set a dotted path, creating the objects on the way. */
function assign(data: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let current = data;
  for (const step of steps.slice(0, -1)) {
    let next = current[step];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      next = {};
      define(current, step, next);
    }
    current = next as Record<string, unknown>;
  }
  define(current, steps[steps.length - 1] as string, value);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
