/**
 * How the AWS CLI's documentation code classifies shapes. It works on botocore's type names,
 * where a document and a union are both `structure`; our graph names them apart, so every
 * documentation module asks these helpers instead of comparing `kind`s itself.
 */
import type { ListShape, Shape } from '../../model/shape.js';

/** botocore's `type_name` of a shape: `structure` for structures, unions and documents. */
export type BotocoreTypeName =
  | 'structure'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'boolean'
  | 'timestamp'
  | 'blob';

/**
 * The type name botocore gives a shape.
 * @example botocoreTypeName({ name: 'Doc', kind: 'document' }) // 'structure'
 */
export function botocoreTypeName(shape: Shape): BotocoreTypeName {
  switch (shape.kind) {
    case 'structure':
    case 'union':
    case 'document':
      return 'structure';
    default:
      return shape.kind;
  }
}

/** True for the types the AWS CLI treats as scalars (strings, numbers, booleans, timestamps, blobs). */
export function isScalarType(shape: Shape): boolean {
  const type = botocoreTypeName(shape);
  return type !== 'structure' && type !== 'list' && type !== 'map';
}

/** True for structures, lists and maps, documents and unions included. */
export function isComplexType(shape: Shape): boolean {
  return !isScalarType(shape);
}

/** The members of a structure-typed shape in model order; a document has none. */
export function structureMembers(shape: Shape): ReadonlyArray<readonly [string, Shape]> {
  if (shape.kind !== 'structure' && shape.kind !== 'union') return [];
  return [...shape.members.values()].map((member) => [member.name, member.shape] as const);
}

/**
 * True when a shape is a document or only wraps documents in lists and maps (`[doc]`,
 * `{k: [doc]}`): the AWS CLI takes such values as JSON only, never as shorthand.
 *
 * The CLI decides this by walking the shape (structures into members, lists into their
 * member, maps into their value, each shape name once per path) and looking at the last
 * shape reached: it must be a document and everything else visited a list or a map.
 */
export function isDocumentContainer(shape: Shape): boolean {
  const visited: Shape[] = [];
  walkShapes(shape, [], visited);
  const last = visited.pop();
  if (last === undefined || last.kind !== 'document') return false;
  return visited.every((seen) => seen.kind === 'list' || seen.kind === 'map');
}

function walkShapes(shape: Shape, stack: string[], visited: Shape[]): void {
  if (stack.includes(shape.name)) return;
  stack.push(shape.name);
  visited.push(shape);
  if (shape.kind === 'structure' || shape.kind === 'union') {
    for (const member of shape.members.values()) walkShapes(member.shape, stack, visited);
  } else if (shape.kind === 'list') {
    walkShapes(shape.member, stack, visited);
  } else if (shape.kind === 'map') {
    walkShapes(shape.value, stack, visited);
  }
  stack.pop();
}

/** True for a list of scalars, which the CLI documents as space-separated values. */
export function isScalarList(shape: Shape): shape is ListShape {
  return shape.kind === 'list' && isScalarType(shape.member);
}
