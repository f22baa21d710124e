/**
 * Model walks for the upgrade rules: which output members are timestamps, and where a value given
 * as text (shorthand or JSON) puts text into a blob below the top level. Shapes may be cyclic, so
 * the walks keep a visited set or a depth bound; values are walked with an explicit stack.
 */
import { reachesBlob } from '../../model/reachable.js';
import { parse } from '../../grammar/index.js';
import type { Shape, StructureShape } from '../../model/shape.js';

/** How deep a value is followed: deeper values are left alone (no model nests blobs that far in practice). */
const MAX_VALUE_DEPTH = 64;

const timestampCache = new WeakMap<StructureShape, readonly string[]>();

/**
 * The names of the members anywhere below `output` whose shape is a timestamp (each name once,
 * in walk order); empty when it has none.
 * @example timestampMembers(describeStacks.output) // ['CreationTime', 'DeletionTime', 'LastUpdatedTime', …]
 */
export function timestampMembers(output: StructureShape | undefined): readonly string[] {
  if (output === undefined) return [];
  const cached = timestampCache.get(output);
  if (cached !== undefined) return cached;
  const names = new Set<string>();
  const seen = new Set<Shape>([output]);
  const stack: Shape[] = [output];
  while (stack.length > 0) {
    const shape = stack.pop() as Shape;
    const children: Array<[string | undefined, Shape]> = [];
    if (shape.kind === 'structure' || shape.kind === 'union') for (const member of shape.members.values()) children.push([member.name, member.shape]);
    else if (shape.kind === 'list') children.push([undefined, shape.member]);
    else if (shape.kind === 'map') children.push([undefined, shape.value]);
    for (const [name, child] of children) {
      if (child.kind === 'timestamp' && name !== undefined) names.add(name);
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  const result = [...names];
  timestampCache.set(output, result);
  return result;
}

/** Whether a blob can be reached below `shape` (not `shape` itself). */
export function containsNestedBlob(shape: Shape): boolean {
  return reachesBlob(shape, { below: true });
}

/** The value the AWS CLI reads from an option word: JSON when it starts with `{` or `[`, else shorthand. */
export function readValueText(text: string): unknown {
  const first = text.trimStart()[0];
  try {
    if (first === '{' || first === '[') return JSON.parse(text) as unknown;
    return parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The paths (`Key.Inner[0]`) at which `value`, read against `shape`, gives text to a blob below
 * the top level; `[]` when none.
 * @example nestedBlobPaths({ Body: 'hi' }, structureWithBlobBody) // ['Body']
 */
export function nestedBlobPaths(value: unknown, shape: Shape): string[] {
  const paths: string[] = [];
  const stack: Array<{ value: unknown; shape: Shape; path: string; depth: number }> = [{ value, shape, path: '', depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    const { shape: here, path, depth } = item;
    if (depth > MAX_VALUE_DEPTH) continue;
    if (here.kind === 'blob') {
      if (depth > 0 && typeof item.value === 'string' && item.value !== '') paths.push(path);
      continue;
    }
    if ((here.kind === 'structure' || here.kind === 'union') && isRecord(item.value)) {
      for (const [key, child] of Object.entries(item.value)) {
        const member = here.members.get(key);
        if (member !== undefined) stack.push({ value: child, shape: member.shape, path: path === '' ? key : `${path}.${key}`, depth: depth + 1 });
      }
    } else if (here.kind === 'list' && Array.isArray(item.value)) {
      item.value.forEach((child, i) => stack.push({ value: child, shape: here.member, path: `${path}[${i}]`, depth: depth + 1 }));
    } else if (here.kind === 'map' && isRecord(item.value)) {
      for (const [key, child] of Object.entries(item.value)) stack.push({ value: child, shape: here.value, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return paths.sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
