/**
 * Quick fixes: rename a mistyped key to the nearest member names, close what an unfinished
 * value left open (a quote, then brackets innermost first), and add a missing required member.
 */
import type { ObjectNode, ValueNode } from '../grammar/index.js';
import { endOf } from '../grammar/index.js';
import type { Shape } from '../model/index.js';
import { analyse } from './analysis.js';
import type { Analysis } from './analysis.js';
import { diagnoseAnalysis } from './diagnose.js';
import { isBracketed, isClosed } from './tree.js';
import type { EditorDiagnostic, QuickFix, TextEdit } from './types.js';

/**
 * Quick fixes for the diagnostics of `text` (a value of `shape`) that overlap
 * `offset`..`offset + length`.
 * @example quickFixes('S3DataTyp=S3Prefix', s3DataSource, 0, 0)[0]?.title // "Change to 'S3DataType'"
 */
export function quickFixes(text: string, shape: Shape | undefined, offset: number, length = 0): QuickFix[] {
  const analysis = analyse(text, shape);
  return quickFixesOf(analysis, diagnoseAnalysis(analysis), offset, length);
}

/** `quickFixes` for an analysis and its diagnostics already made. */
export function quickFixesOf(analysis: Analysis, diagnostics: readonly EditorDiagnostic[], offset: number, length = 0): QuickFix[] {
  const out: QuickFix[] = [];
  const end = offset + length;
  for (const diagnostic of diagnostics) {
    const overlaps = diagnostic.offset <= end && offset <= diagnostic.offset + diagnostic.length;
    if (!overlaps) continue;
    if (diagnostic.code === 'UNKNOWN_KEY' || diagnostic.code === 'INVALID_ENUM') out.push(...renameFixes(diagnostic));
    else if (diagnostic.code === 'MISSING_REQUIRED') out.push(...addMemberFix(analysis, diagnostic));
    else if (diagnostic.code === 'SYNTAX' && (diagnostic.syntax?.received === '<none>' || diagnostic.syntax?.received === 'EOF')) {
      const fix = closeFix(analysis, diagnostic);
      if (fix !== undefined && !out.some((f) => f.title === fix.title)) out.push(fix);
    }
  }
  return out;
}

/** Renames to the names the model layer suggests (closest first, the closest preferred). */
function renameFixes(diagnostic: EditorDiagnostic): QuickFix[] {
  const suggestions = diagnostic.data?.suggestions ?? [];
  return suggestions.map((name, index) => ({
    title: `Change to '${name}'`,
    edits: [{ offset: diagnostic.offset, length: diagnostic.length, newText: name }],
    diagnostic,
    ...(index === 0 ? { preferred: true } : {}),
  }));
}

/**
 * "Close …": the text that ends an unfinished value — the open quote of an unterminated
 * string, then each unclosed bracket from the innermost out — appended at the end.
 */
function closeFix(analysis: Analysis, diagnostic: EditorDiagnostic): QuickFix | undefined {
  const suffix = closingSuffix(analysis);
  if (suffix === '') return undefined;
  return {
    title: `Close with '${suffix}'`,
    edits: [{ offset: analysis.text.length, length: 0, newText: suffix }],
    diagnostic,
    preferred: true,
  };
}

/** What closes every quote and bracket left open at the end of the text, innermost first. */
export function closingSuffix(analysis: Analysis): string {
  const open: string[] = [];
  const visit = (node: ValueNode | undefined): void => {
    if (node === undefined) return;
    if (node.type === 'scalar') {
      // An unterminated quote swallows the rest of the text.
      if (node.unterminated) open.push(node.quote === 'single' ? "'" : '"');
      return;
    }
    if (isBracketed(node) && !isClosed(node)) open.push(node.type === 'object' ? '}' : ']');
    const children = node.type === 'object' ? node.entries.map((entry) => entry.value) : node.items;
    visit(children[children.length - 1]);
  };
  visit(analysis.parsed.ast);
  return open.reverse().join('');
}

/** "Add required member X": `X=` inserted at the end of the object that lacks it. */
function addMemberFix(analysis: Analysis, diagnostic: EditorDiagnostic): QuickFix[] {
  const key = diagnostic.data?.requiredName;
  if (key === undefined) return [];
  const object = objectAt(analysis.parsed.ast, diagnostic.offset, diagnostic.offset + diagnostic.length);
  if (object === undefined || (object.braced && !isClosed(object))) return [];
  const hasEntries = object.entries.some((entry) => entry.key.length > 0);
  const insertAt = object.braced ? endOf(object) - 1 : endOf(object);
  const edit: TextEdit = { offset: insertAt, length: 0, newText: `${hasEntries ? ',' : ''}${key}=` };
  return [{ title: `Add required member '${key}'`, edits: [edit], diagnostic }];
}

/** The object node spanning exactly `start`..`end` (the range the walk gives a missing member). */
function objectAt(root: ObjectNode, start: number, end: number): ObjectNode | undefined {
  let found: ObjectNode | undefined;
  const visit = (node: ValueNode | undefined): void => {
    if (node === undefined || node.type === 'scalar' || found !== undefined) return;
    if (node.offset > end || endOf(node) < start) return;
    if (node.type === 'object') {
      if (node.offset === start && endOf(node) === end) {
        found = node;
        return;
      }
      for (const entry of node.entries) visit(entry.value);
    } else {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return found;
}
