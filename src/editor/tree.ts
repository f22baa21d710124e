/**
 * Small facts about recovered syntax trees that the grammar does not record: whether a bracket
 * was closed, where a pair's `=` stands, and what counts as a member path.
 */
import type { KeyValueNode, ListNode, ObjectNode } from '../grammar/index.js';

/** One step of a member path: a member or map key (string) or a list index (number). */
export type PathSegment = string | number;

/** A bracketed container: `{…}` or `[…]`. */
export type Bracketed = ObjectNode | ListNode;

/**
 * Whether a `{…}` or `[…]` has its closing bracket. A recovered container without one ends
 * where its last child ends, which may itself be a closed bracket, so compare with the child.
 */
export function isClosed(node: Bracketed): boolean {
  const children = node.type === 'object' ? node.entries : node.items;
  const last = children[children.length - 1];
  return last === undefined ? node.end - node.start >= 2 : node.end > last.end;
}

/** Whether `node` is written with brackets (`{…}` or `[…]`, not the top level or a csv list). */
export function isBracketed(node: ObjectNode | ListNode): boolean {
  return node.type === 'object' ? node.braced : node.bracketed;
}

/**
 * Offset just past the `=` of a pair, or undefined when the pair has none (recovered input).
 * The grammar allows blanks around `@` and before `=`.
 */
export function equalsEnd(text: string, entry: KeyValueNode): number | undefined {
  let i = entry.key.end;
  const limit = entry.value ? entry.value.start : Math.max(entry.end, i) + 1;
  while (i < limit && i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x3d) return i + 1;
    if (code !== 0x40 && code !== 0x20 && !(code >= 0x09 && code <= 0x0d)) return undefined;
    i++;
  }
  return undefined;
}

/** `DataSource.S3DataSource.S3Uri`, `Tags[0].Key`: a path as the AWS CLI's messages name it. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** The last non-blank code unit before `offset`, or -1 at the start of the text. */
export function previousNonBlank(text: string, offset: number, floor = 0): number {
  let i = offset - 1;
  while (i >= floor) {
    const code = text.charCodeAt(i);
    if (!(code === 0x20 || (code >= 0x09 && code <= 0x0d))) return code;
    i--;
  }
  return -1;
}
