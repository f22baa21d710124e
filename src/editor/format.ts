/**
 * `format`: a shorthand value re-written by the serializer, canonical (one line) or pretty
 * (indented over several lines). The serializer writes text that reads back as the same value;
 * with a shape it is model-aware (csv lists of scalars, plain numbers). Text with syntax errors
 * or `@=` file references is left alone: re-writing it could change what it means.
 */
import { parse } from '../grammar/index.js';
import type { ObjectNode, ValueNode } from '../grammar/index.js';
import type { Shape } from '../model/index.js';
import { serialize } from '../serializer/index.js';
import { analyse } from './analysis.js';
import type { Analysis } from './analysis.js';
import type { TextEdit } from './types.js';

/** Layout options of `format`. */
export interface FormatOptions {
  /** Indented multi-line layout (default `false`: canonical single line). */
  readonly pretty?: boolean;
  /** Spaces per level for `pretty` (default 2). */
  readonly indent?: number;
  /** Line width `pretty` tries to keep (default 80). */
  readonly width?: number;
}

/**
 * The edits that format `text` (a value of `shape`): one whole-text replacement, or none when
 * the text is already formatted or cannot be re-written safely.
 * @example format('a = x , b={ c=1 }', undefined) // [{ offset: 0, length: 17, newText: 'a=x,b={c=1}' }]
 */
export function format(text: string, shape: Shape | undefined, options: FormatOptions = {}): TextEdit[] {
  const formatted = formattedText(analyse(text, shape), shape, options);
  return formatted === undefined || formatted === text ? [] : [{ offset: 0, length: text.length, newText: formatted }];
}

/** The formatted text of an analysis, or undefined when it cannot be re-written safely. */
export function formattedText(analysis: Analysis, shape: Shape | undefined, options: FormatOptions = {}): string | undefined {
  if (analysis.parsed.errors.length > 0 || hasFileReference(analysis.parsed.ast)) return undefined;
  const layout = {
    pretty: options.pretty === true,
    ...(options.indent !== undefined ? { indent: options.indent } : {}),
    ...(options.width !== undefined ? { width: options.width } : {}),
  };
  const model = analysis.model;
  if (shape !== undefined && model !== undefined && model.documents.length === 1 && model.coercionIssues.length === 0) {
    const result = serialize(model.value, shape, layout);
    if (result.kind === 'shorthand') return result.text;
  }
  // Without a model (or where it cannot say the value) the syntax value itself, all strings,
  // reads back identically and so coerces identically.
  let value: unknown;
  try {
    value = parse(analysis.text);
  } catch {
    return undefined;
  }
  const result = serialize(value, undefined, layout);
  return result.kind === 'shorthand' ? result.text : undefined;
}

function hasFileReference(node: ObjectNode): boolean {
  const visit = (value: ValueNode | undefined): boolean => {
    if (value === undefined || value.type === 'scalar') return false;
    if (value.type === 'list') return value.items.some(visit);
    return value.entries.some((entry) => entry.fileRef || visit(entry.value));
  };
  return visit(node);
}
