/**
 * `diagnose`: every problem in a shorthand value at once — syntax errors from the tolerant
 * parser, then the model layer's coercion and validation issues on the partial tree (unknown
 * keys, missing members, wrong types, enum warnings) — each with a range and a severity.
 */
import type { ObjectNode, SyntaxDiagnostic } from '../grammar/index.js';
import type { CoercionIssue, ValidationIssue } from '../model/errors.js';
import type { Shape } from '../model/index.js';
import { analyse } from './analysis.js';
import type { Analysis } from './analysis.js';
import { isClosed } from './tree.js';
import type { EditorDiagnostic } from './types.js';

export { analyse } from './analysis.js';
export type { Analysis } from './analysis.js';

/**
 * All diagnostics of `text` as a value of `shape` (syntax only when `shape` is undefined),
 * sorted by offset.
 * @example diagnose('Key=a,Foo=b', tagShape)[0] // { code: 'UNKNOWN_KEY', offset: 6, length: 3, … }
 */
export function diagnose(text: string, shape: Shape | undefined): EditorDiagnostic[] {
  return diagnoseAnalysis(analyse(text, shape));
}

/** `diagnose` for an analysis already made (for a word of a list argument: that word's issues). */
export function diagnoseAnalysis(analysis: Analysis): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  const seen = new Set<string>();
  for (const error of analysis.parsed.errors) {
    const diagnostic = fromSyntax(error);
    // Each unclosed bracket reports the same "Expected: ','" at the end: say it once.
    const key = `${diagnostic.offset}:${diagnostic.length}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  const { model } = analysis;
  if (model !== undefined) {
    const unfinished = unclosedObjects(analysis.parsed.ast);
    const broken = out.filter((d) => d.length > 0);
    for (const issue of [...model.coercionIssues, ...model.validation]) {
      const diagnostic = fromModel(issue, analysis);
      if (diagnostic === undefined) continue;
      // An unclosed `{` is still being typed: its missing members are not news yet.
      if (issue.code === 'MISSING_REQUIRED' && unfinished.has(diagnostic.offset)) continue;
      // A value the grammar could not read (an unterminated quote…) has no value to check.
      if (broken.some((d) => diagnostic.offset >= d.offset && diagnostic.offset < d.offset + d.length)) continue;
      out.push(diagnostic);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** A grammar diagnostic as an editor diagnostic: the AWS CLI's first line, without the caret picture. */
export function fromSyntax(error: SyntaxDiagnostic): EditorDiagnostic {
  const firstLine = error.message.split('\n', 1)[0] ?? error.message;
  return {
    code: 'SYNTAX',
    source: 'syntax',
    message: firstLine.replace(/ for input:$/, ''),
    offset: error.offset,
    length: error.length,
    severity: error.severity,
    syntax: {
      code: error.code,
      ...(error.expected !== undefined ? { expected: error.expected } : {}),
      ...(error.received !== undefined ? { received: error.received } : {}),
    },
  };
}

/**
 * A coercion or validation issue as an editor diagnostic in `analysis`'s text, or undefined when
 * it belongs to another word. An issue the walk could not place (a list argument's own length)
 * goes on the whole first word.
 */
function fromModel(issue: CoercionIssue | ValidationIssue, analysis: Analysis): EditorDiagnostic | undefined {
  const placed = issue.offset !== undefined && issue.length !== undefined;
  if (placed ? (issue.word ?? 0) !== analysis.word : analysis.word !== 0) return undefined;
  const details = 'details' in issue ? issue.details : undefined;
  const data = {
    ...(details !== undefined && 'unknownParam' in details ? { key: details.unknownParam } : {}),
    ...(details !== undefined && 'requiredName' in details ? { requiredName: details.requiredName } : {}),
    ...('suggestions' in issue && issue.suggestions !== undefined ? { suggestions: issue.suggestions } : {}),
  };
  return {
    code: issue.code,
    source: 'details' in issue ? 'validation' : 'coercion',
    message: issue.message,
    offset: placed ? (issue.offset as number) : 0,
    length: placed ? (issue.length as number) : analysis.text.length,
    severity: issue.severity,
    path: issue.path,
    ...(Object.keys(data).length > 0 ? { data } : {}),
  };
}

/** Start offsets of `{…}` objects still missing their closing brace. */
function unclosedObjects(root: ObjectNode): Set<number> {
  const out = new Set<number>();
  const visit = (node: ObjectNode['entries'][number]['value']): void => {
    if (node === undefined || node.type === 'scalar') return;
    if (node.type === 'object') {
      if (node.braced && !isClosed(node)) out.add(node.start);
      for (const entry of node.entries) visit(entry.value);
    } else {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return out;
}
