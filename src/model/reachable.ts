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
