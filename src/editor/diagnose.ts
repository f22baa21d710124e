/**
 * `diagnose`: every problem in a shorthand value at once — syntax errors from the tolerant
 * parser, then the model layer's coercion and validation issues on the partial tree (unknown
 * keys, missing members, wrong types, enum warnings) — each with a range and a severity.
 */
import { syntaxErrorHeadline } from '../grammar/index.js';
import type { ObjectNode, Severity, SyntaxDiagnostic } from '../grammar/index.js';
import type { CoercionIssue, ValidationIssue } from '../model/errors.js';
import type { Shape } from '../model/index.js';
import type { Dialect } from '../awscli/dialect.js';
import { analyse } from './analysis.js';
import type { Analysis } from './analysis.js';
import { blobDiagnostics } from './blobs.js';
import { isClosed } from './tree.js';
import type { EditorDiagnostic } from './types.js';

export { analyse } from './analysis.js';
export type { Analysis } from './analysis.js';

/**
 * Most diagnostics reported for one document (`diagnose`, `documentDiagnostics`): an editor
 * cannot show 60,000 of them usefully, and publishing them all costs the language server
 * seconds and gigabytes. The rest are summed up in one final `TOO_MANY_DIAGNOSTICS`.
 */
export const MAX_DIAGNOSTICS = 1000;

/** Options of `diagnose`. */
export interface DiagnoseOptions {
  /** Report at most this many diagnostics, then one saying how many more there are (default `MAX_DIAGNOSTICS`). */
  readonly limit?: number;
  /**
   * The AWS CLI the value is written for (default v1): under v2 a blob value that is not base64
   * is an error; under v1 an info says how v2 would read a blob value.
   */
  readonly dialect?: Dialect;
}

/**
 * All diagnostics of `text` as a value of `shape` (syntax only when `shape` is undefined),
 * sorted by offset, at most `options.limit` (1,000) of them plus one "and N more".
 * @example diagnose('Key=a,Foo=b', tagShape)[0] // { code: 'UNKNOWN_KEY', offset: 6, length: 3, … }
 */
export function diagnose(text: string, shape: Shape | undefined, options: DiagnoseOptions = {}): EditorDiagnostic[] {
  return diagnoseWithBlobs(analyse(text, shape), options.dialect, options.limit ?? MAX_DIAGNOSTICS);
}

/**
 * `diagnoseAnalysis` with the blob diagnostics of `dialect` (see blobs.ts) merged in by offset,
 * at most `limit` in all. A list already cut at the limit (a flood) stays as it is.
 */
export function diagnoseWithBlobs(analysis: Analysis, dialect: Dialect | undefined, limit = Infinity): EditorDiagnostic[] {
  const diagnostics = diagnoseAnalysis(analysis, limit);
  if (diagnostics[diagnostics.length - 1]?.code === 'TOO_MANY_DIAGNOSTICS') return diagnostics;
  const blobs = blobDiagnostics(analysis, dialect === undefined ? {} : { dialect });
  if (blobs.length === 0) return diagnostics;
  // A stable sort: at one offset the analysis's own diagnostics stay first.
  return limitDiagnostics([...diagnostics, ...blobs].sort((a, b) => a.offset - b.offset), limit);
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The last diagnostic of a capped list: `more` left out, the first of them at `first`. */
function tooMany(first: { offset: number; source: EditorDiagnostic['source'] }, more: number, limit: number, severity: Severity): EditorDiagnostic {
  return {
    code: 'TOO_MANY_DIAGNOSTICS',
    source: first.source,
    severity,
    message: `…and ${more.toLocaleString('en-US')} more problems (only the first ${limit.toLocaleString('en-US')} are shown)`,
    offset: first.offset,
    length: 0,
  };
}

/** The most severe of `severities`. */
function worst(severities: Iterable<Severity>): Severity {
  let out: Severity = 'info';
  for (const severity of severities) if (SEVERITY_RANK[severity] > SEVERITY_RANK[out]) out = severity;
  return out;
}

/** The severities of `lists`, each from its index on. */
function* severitiesFrom(...lists: Array<[ReadonlyArray<{ severity: Severity }>, number]>): Generator<Severity> {
  for (const [list, from] of lists) for (let i = from; i < list.length; i++) yield (list[i] as { severity: Severity }).severity;
}

/**
 * The first `limit` of `diagnostics` (sorted by offset) and, when there were more, one last
 * `TOO_MANY_DIAGNOSTICS` at the first one left out, as severe as the worst of those.
 * @example limitDiagnostics(sixty, 50).at(-1)?.message // '…and 10 more problems (only the first 50 are shown)'
 */
export function limitDiagnostics(diagnostics: EditorDiagnostic[], limit = MAX_DIAGNOSTICS): EditorDiagnostic[] {
  const first = diagnostics[limit];
  if (first === undefined) return diagnostics;
  const shown = diagnostics.slice(0, limit);
  shown.push(tooMany(first, diagnostics.length - limit, limit, worst(severitiesFrom([diagnostics, limit]))));
  return shown;
}

/**
 * `diagnose` for an analysis already made (for a word of a list argument: that word's issues):
 * sorted by offset, at most `limit` (default: all), then one `TOO_MANY_DIAGNOSTICS`. Syntax
 * errors become editor diagnostics only up to the limit: a flood has millions.
 */
export function diagnoseAnalysis(analysis: Analysis, limit = Infinity): EditorDiagnostic[] {
  // A value that parsed, coerced and validated without a word to say has nothing to report,
  // and reading its tree would build one (it is built lazily for clean values).
  const checked = analysis.model;
  if (checked !== undefined && checked.syntaxErrors.length === 0 && checked.coercionIssues.length === 0 && checked.validation.length === 0) return [];
  const syntax = distinctSyntaxErrors(analysis.parsed.errors);
  const model = modelDiagnostics(analysis, syntax);
  // Merge the two offset-sorted lists; at one offset syntax comes first.
  const out: EditorDiagnostic[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < syntax.length || j < model.length)) {
    const error = syntax[i];
    const issue = model[j];
    if (error !== undefined && (issue === undefined || error.offset <= issue.offset)) {
      out.push(fromSyntax(error));
      i++;
    } else {
      out.push(issue as EditorDiagnostic);
      j++;
    }
  }
  const more = syntax.length - i + model.length - j;
  if (more > 0) {
    const error = syntax[i];
    const issue = model[j];
    const first = error !== undefined && (issue === undefined || error.offset <= issue.offset) ? { offset: error.offset, source: 'syntax' as const } : (issue as EditorDiagnostic);
    out.push(tooMany(first, more, limit, worst(severitiesFrom([syntax, i], [model, j]))));
  }
  return out;
}

/**
 * The syntax errors worth showing, stably sorted by offset: each unclosed bracket reports the
 * same "Expected: ','" at the end, so an error equal to one already kept at its offset is
 * dropped. (Errors come in input order, so equal ones stand together: compare within a run.)
 */
function distinctSyntaxErrors(errors: readonly SyntaxDiagnostic[]): SyntaxDiagnostic[] {
  const out: SyntaxDiagnostic[] = [];
  const run: SyntaxDiagnostic[] = [];
  let sorted = true;
  for (const error of errors) {
    if (run[0]?.offset !== error.offset) run.length = 0;
    if (run.some((kept) => sameError(kept, error))) continue;
    run.push(error);
    const last = out[out.length - 1];
    if (last !== undefined && last.offset > error.offset) sorted = false;
    out.push(error);
  }
  return sorted ? out : out.sort((a, b) => a.offset - b.offset);
}

function sameError(a: SyntaxDiagnostic, b: SyntaxDiagnostic): boolean {
  return (
    a.offset === b.offset &&
    a.length === b.length &&
    a.code === b.code &&
    a.expected === b.expected &&
    a.received === b.received &&
    a.key === b.key &&
    // Diagnostics without those fields (nesting, file errors) differ by their text.
    (a.expected !== undefined || a.key !== undefined || a.message === b.message)
  );
}

/** The coercion and validation issues of `analysis` worth showing, sorted by offset. */
function modelDiagnostics(analysis: Analysis, syntax: readonly SyntaxDiagnostic[]): EditorDiagnostic[] {
  const { model } = analysis;
  if (model === undefined) return [];
  const out: EditorDiagnostic[] = [];
  const unfinished = unclosedObjects(analysis.parsed.ast);
  const broken = coverage(syntax.filter((d) => d.length > 0));
  for (const issue of [...model.coercionIssues, ...model.validation]) {
    const diagnostic = fromModel(issue, analysis);
    if (diagnostic === undefined) continue;
    // An unclosed `{` is still being typed: its missing members are not news yet.
    if (issue.code === 'MISSING_REQUIRED' && unfinished.has(diagnostic.offset)) continue;
    // A value the grammar could not read (an unterminated quote…) has no value to check.
    if (broken(diagnostic.offset)) continue;
    out.push(diagnostic);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Whether an offset lies inside one of `ranges`, answered by binary search (a flood of syntax
 * errors meets a flood of model issues: testing every pair was quadratic).
 */
function coverage(ranges: ReadonlyArray<{ offset: number; length: number }>): (offset: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.offset - b.offset);
  const starts = sorted.map((range) => range.offset);
  // furthest[i]: the furthest end among the first i + 1 ranges.
  const furthest: number[] = [];
  let end = -Infinity;
  for (const range of sorted) furthest.push((end = Math.max(end, range.offset + range.length)));
  return (offset) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) <= offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 && (furthest[low - 1] as number) > offset;
  };
}

/** A grammar diagnostic as an editor diagnostic: the AWS CLI's first line, without the caret picture. */
export function fromSyntax(error: SyntaxDiagnostic): EditorDiagnostic {
  return {
    code: 'SYNTAX',
    source: 'syntax',
    message: syntaxErrorHeadline(error),
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
      if (node.braced && !isClosed(node)) out.add(node.offset);
      for (const entry of node.entries) visit(entry.value);
    } else {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return out;
}
