/**
 * botocore waiters (`waiters-2.json`, `{"version": 2, "waiters": {"<Name>": config}}`) joined to a
 * service model. A model JSON keeps the `waiters` object under its own top-level `waiters` field
 * (our field, as `paginator` is on operations): the bundled models are built that way, and a
 * data directory's `waiters-2.json` is attached the same way when the model is loaded, so the
 * operation cache and every later step see one form.
 */
import type { Waiter, WaiterAcceptor, WaiterMatcher, WaiterState } from '../shape.js';
import type { BotocoreModelJson } from './botocore.js';
import { isJsonObject } from './files.js';

/** The top-level field a model JSON keeps its waiter configs in. */
export const WAITERS_FIELD = 'waiters';

/** The only waiter file version botocore reads. */
const SUPPORTED_VERSION = 2;
const MATCHERS: readonly WaiterMatcher[] = ['path', 'pathAll', 'pathAny', 'status', 'error'];
const STATES: readonly WaiterState[] = ['success', 'failure', 'retry'];

/**
 * The waiters in `raw` (the `waiters` object of a `waiters-2.json`), by name in botocore's
 * (sorted) order; configs that are not usable waiters are left out, and `undefined` is
 * returned when none is left.
 * @example waitersFrom({ Done: { operation: 'Get', delay: 5, maxAttempts: 3, acceptors: [] } })?.get('Done')?.delay // 5
 */
export function waitersFrom(raw: unknown): ReadonlyMap<string, Waiter> | undefined {
  if (!isJsonObject(raw)) return undefined;
  const waiters = new Map<string, Waiter>();
  for (const name of Object.keys(raw).sort()) {
    const waiter = waiterFrom(name, raw[name]);
    if (waiter !== undefined) waiters.set(name, waiter);
  }
  return waiters.size === 0 ? undefined : waiters;
}

function waiterFrom(name: string, raw: unknown): Waiter | undefined {
  if (!isJsonObject(raw)) return undefined;
  const { operation, delay, maxAttempts, acceptors, description } = raw;
  if (typeof operation !== 'string' || typeof delay !== 'number' || typeof maxAttempts !== 'number' || !Array.isArray(acceptors)) return undefined;
  const parsed: WaiterAcceptor[] = [];
  for (const item of acceptors) {
    const acceptor = acceptorFrom(item);
    // botocore refuses a waiter with an acceptor it cannot run; so do we.
    if (acceptor === undefined) return undefined;
    parsed.push(acceptor);
  }
  return { name, operation, delay, maxAttempts, acceptors: parsed, ...(typeof description === 'string' && description !== '' ? { description } : {}) };
}

function acceptorFrom(raw: unknown): WaiterAcceptor | undefined {
  if (!isJsonObject(raw) || !('expected' in raw)) return undefined;
  const { state, matcher, argument, expected } = raw;
  if (!STATES.includes(state as WaiterState) || !MATCHERS.includes(matcher as WaiterMatcher)) return undefined;
  const needsArgument = matcher === 'path' || matcher === 'pathAll' || matcher === 'pathAny';
  if (needsArgument && typeof argument !== 'string') return undefined;
  return {
    state: state as WaiterState,
    matcher: matcher as WaiterMatcher,
    ...(typeof argument === 'string' ? { argument } : {}),
    expected,
  };
}

/**
 * `model` carrying the waiters of `waitersFile` (a parsed `waiters-2.json`); the input is not
 * modified. A file of another version is ignored, as botocore cannot use it either.
 */
export function attachWaiters(model: BotocoreModelJson, waitersFile: unknown): BotocoreModelJson {
  if (!isJsonObject(waitersFile) || waitersFile['version'] !== SUPPORTED_VERSION || !isJsonObject(waitersFile['waiters'])) return model;
  return { ...model, [WAITERS_FIELD]: waitersFile['waiters'] };
}
