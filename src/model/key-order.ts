/**
 * Written key order. A Python dict keeps its keys in the order they were written; a JavaScript
 * object puts integer-like keys (`"39"`) first. Where the two differ, the object that was read
 * (from shorthand or JSON) and every copy coercion makes of it are remembered here with their
 * written order, so validation reports, and anything else that lists keys, follow the AWS CLI's
 * order however many layers the value passes through.
 */

const written = new WeakMap<object, readonly string[]>();

/** Remember `keys` as the written order of `value` (only needed where it differs from `Object.keys`). */
export function rememberKeyOrder(value: object, keys: readonly string[]): void {
  written.set(value, keys);
}

/** The remembered written key order of `value`, if any. */
export function writtenKeyOrder(value: object): readonly string[] | undefined {
  return written.get(value);
}

/** Whether JavaScript would list `key` before the keys written ahead of it (a canonical array index). */
export function isIndexLikeKey(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}

/**
 * Own enumerable keys of `value`, in the written order when `keyOrder` knows it. Only own
 * keys are ever returned, whatever `keyOrder` says, so no caller can read `__proto__` or
 * `constructor` through the prototype chain.
 */
export function orderedKeys(value: object, keyOrder?: (value: object) => readonly string[] | undefined): readonly string[] {
  const own = Object.keys(value);
  const written = keyOrder?.(value) ?? writtenKeyOrder(value);
  if (written === undefined) return own;
  const ownSet = new Set(own);
  const ordered = written.filter((key) => ownSet.has(key));
  const seen = new Set(ordered);
  return seen.size === ordered.length && seen.size === own.length ? ordered : own;
}
