/** Walking a shape graph: every shape reachable from some roots (graphs may be cyclic). */
import type { ServiceModel, Shape } from './shape.js';

/**
 * Every shape reachable from `roots` (members, list members, map keys and values), each once,
 * sorted by name.
 * @example reachableShapes([model.shape('AutoMLChannel')!]).map((s) => s.name) // ['AutoMLChannel', 'AutoMLChannelType', …]
 */
export function reachableShapes(roots: Iterable<Shape>): Shape[] {
  const seen = new Map<string, Shape>();
  const stack = [...roots];
  while (stack.length > 0) {
    const next = stack.pop() as Shape;
    if (seen.has(next.name)) continue;
    seen.set(next.name, next);
    if (next.kind === 'structure' || next.kind === 'union') for (const member of next.members.values()) stack.push(member.shape);
    else if (next.kind === 'list') stack.push(next.member);
    else if (next.kind === 'map') stack.push(next.key, next.value);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every shape reachable from the inputs of `model`'s operations. */
export function inputShapes(model: ServiceModel): Shape[] {
  return reachableShapes([...model.operations.values()].flatMap((operation) => (operation.input ? [operation.input] : [])));
}

/**
 * Whether a shape that passes `test` can be reached from `shape` through members, list members
 * and map values (`shape` itself counts unless `below`). A loop, not recursion: models nest
 * deeply and refer to themselves.
 * @example reaches(model.shape('PutItemInput')!, (s) => s.kind === 'blob') // true
 */
export function reaches(shape: Shape, test: (shape: Shape) => boolean, below = false): boolean {
  const seen = new Set<Shape>([shape]);
  const stack: Shape[] = [shape];
  let first = true;
  while (stack.length > 0) {
    const next = stack.pop() as Shape;
    if (!(first && below) && test(next)) return true;
    first = false;
    const children =
      next.kind === 'structure' || next.kind === 'union'
        ? [...next.members.values()].map((member) => member.shape)
        : next.kind === 'list'
          ? [next.member]
          : next.kind === 'map'
            ? [next.value]
            : [];
    for (const child of children) {
      if (seen.has(child)) continue;
      seen.add(child);
      stack.push(child);
    }
  }
  return false;
}

/** Remembered answers of `reachesBlob`, one table per combination of its options. */
const blobAnswers = new Map<string, WeakMap<Shape, boolean>>();

/**
 * Whether a value read against `shape` can hold a blob: anywhere, or only `below` the shape
 * itself; streaming blobs (payloads read from files) count unless `streaming` is false.
 * Remembered per shape.
 */
export function reachesBlob(shape: Shape, options: { readonly below?: boolean; readonly streaming?: boolean } = {}): boolean {
  const key = `${options.below === true}/${options.streaming !== false}`;
  let answers = blobAnswers.get(key);
  if (answers === undefined) blobAnswers.set(key, (answers = new WeakMap()));
  const known = answers.get(shape);
  if (known !== undefined) return known;
  const found = reaches(shape, (next) => next.kind === 'blob' && (options.streaming !== false || next.streaming !== true), options.below === true);
  answers.set(shape, found);
  return found;
}
