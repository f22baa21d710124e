/**
 * Small facts about recovered syntax trees: whether a bracket was closed, where a pair's `=`
 * stands (both recorded by the grammar), and what counts as a member path.
 */
import type { KeyValueNode, ListNode, ObjectNode } from '../grammar/index.js';

/** One step of a member path: a member or map key (string) or a list index (number). */
export type PathSegment = string | number;

/** A bracketed container: `{…}` or `[…]`. */
export type Bracketed = ObjectNode | ListNode;

/** Whether a `{…}` or `[…]` has its closing bracket. */
export function isClosed(node: Bracketed): boolean {
  return node.closed;
}

/** Whether `node` is written with brackets (`{…}` or `[…]`, not the top level or a csv list). */
export function isBracketed(node: ObjectNode | ListNode): boolean {
  return node.type === 'object' ? node.braced : node.bracketed;
}

/** Offset just past the `=` of a pair, or undefined when the pair has none (recovered input). */
export function equalsEnd(_text: string, entry: KeyValueNode): number | undefined {
  return entry.equals === undefined ? undefined : entry.equals + 1;
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
