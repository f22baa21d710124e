/** Shared test helpers: a `|` cursor marker, applying edits, and bundled SageMaker shapes. */
import { bundledRegistry } from '../../src/model/index.js';
import type { Shape } from '../../src/model/index.js';
import type { TextEdit } from '../../src/editor/types.js';

/** `text` with its `|` cursor marker removed, and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset === -1 || marked.indexOf('|', offset + 1) !== -1) throw new Error(`need exactly one | in ${marked}`);
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** `text` after `edits` (non-overlapping, any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, edit.offset) + edit.newText + out.slice(edit.offset + edit.length);
  }
  return out;
}

/** A bundled SageMaker shape by name. */
export function sagemaker(name: string): Shape {
  return bundledRegistry().shape(`sagemaker.${name}`);
}

/** The text of `[offset, offset + length)`. */
export function slice(text: string, range: { offset: number; length: number }): string {
  return text.slice(range.offset, range.offset + range.length);
}
