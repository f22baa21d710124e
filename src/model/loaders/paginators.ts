/**
 * botocore paginators (`paginators-1.json`, `{"pagination": {"<Operation>": config}}`) joined to
 * the operations of a service model. In a model JSON an operation carries its paginator config
 * under `paginator`, our own field: the bundled models are built that way, and a data
 * directory's `paginators-1.json` (with its `paginators-1.sdk-extras.json` merged in) is attached
 * the same way when the model is loaded, so every later step (the operation cache included)
 * sees one form.
 */
import type { Paginator } from '../shape.js';
import type { BotocoreModelJson, BotocoreOperationJson } from './botocore.js';
import { isJsonObject } from './files.js';

/** The operation field a model JSON keeps the paginator config in. */
export const PAGINATOR_FIELD = 'paginator';

/**
 * A botocore paginator config in our form, or `undefined` when `raw` is not a usable one
 * (botocore writes single keys as strings and several as lists).
 * @example paginatorFrom({ input_token: 'NextToken', output_token: 'NextToken', result_key: 'Items' })?.resultKey // ['Items']
 */
export function paginatorFrom(raw: unknown): Paginator | undefined {
  if (!isJsonObject(raw)) return undefined;
  const inputToken = stringList(raw['input_token']);
  const outputToken = stringList(raw['output_token']);
  const resultKey = stringList(raw['result_key']);
  if (inputToken === undefined || outputToken === undefined || inputToken.length === 0) return undefined;
  const limitKey = raw['limit_key'];
  const moreResults = raw['more_results'];
  const nonAggregateKeys = stringList(raw['non_aggregate_keys']);
  return {
    inputToken,
    outputToken,
    resultKey: resultKey ?? [],
    ...(typeof limitKey === 'string' ? { limitKey } : {}),
    ...(typeof moreResults === 'string' ? { moreResults } : {}),
    ...(nonAggregateKeys === undefined || nonAggregateKeys.length === 0 ? {} : { nonAggregateKeys }),
  };
}

/**
 * `model` with each operation named in `pagination` (the `pagination` object of a
 * `paginators-1.json`) carrying its config; the input is not modified.
 */
export function attachPaginators(model: BotocoreModelJson, pagination: unknown): BotocoreModelJson {
  if (!isJsonObject(pagination)) return model;
  const operations: Record<string, BotocoreOperationJson> = { ...model.operations };
  let changed = false;
  for (const [name, config] of Object.entries(pagination)) {
    const operation = operations[name];
    if (operation === undefined || !isJsonObject(config)) continue;
    operations[name] = { ...operation, [PAGINATOR_FIELD]: config };
    changed = true;
  }
  return changed ? { ...model, operations } : model;
}

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return [...value];
  return undefined;
}
