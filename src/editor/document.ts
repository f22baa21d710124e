/**
 * An open editor document, either a standalone shorthand file that names its shape in a
 * first-line comment (`# shape: sagemaker.AutoMLChannel`) or a shell script calling the AWS CLI.
 * Either may say which AWS CLI it is written for in a `# dialect: v1|v2` comment line among its
 * first lines of comments (in a shorthand file, right after the shape header); that decides how
 * blob values are read (see blobs.ts).
 * Every service here answers in document offsets (UTF-16 code units); the LSP server only
 * converts them to positions.
 */
import { endOf } from '../grammar/index.js';
import { ModelError } from '../model/index.js';
import type { Shape } from '../model/index.js';
import { isModelDirectoryName } from '../model/loaders/names.js';
import { analyse } from './analysis.js';
import type { Analysis } from './analysis.js';
import { completeAnalysis } from './complete.js';
import { DEFAULT_DIALECT, DIALECTS, isDialect } from '../awscli/dialect.js';
import type { Dialect } from '../awscli/dialect.js';
import { diagnoseAnalysis, diagnoseWithBlobs, limitDiagnostics, MAX_DIAGNOSTICS } from './diagnose.js';
import { formattedText } from './format.js';
import type { FormatOptions } from './format.js';
import { hoverAnalysis } from './hover.js';
import { documentSymbolsOf, foldingRegionsOf } from './outline.js';
import { quickFixesOf } from './quick-fix.js';
import { analyseScriptInSteps, completeScript, diagnoseScript, hoverScript, runSteps } from './script.js';
import type { EmbeddedValue, ModelLookup, ScriptAnalysis } from './script.js';
import { escapeForShell, quoteAt, sourceRange, textIndex } from './shell/words.js';
import type { ShellWord } from './shell/words.js';
import type { CompletionItem, DocumentSymbol, EditorDiagnostic, FoldingRegion, HoverInfo, QuickFix, TextEdit } from './types.js';

/** Model access for documents: operations for scripts, shapes for shorthand files. */
export interface DocumentModels extends ModelLookup {
  /** The shape a `service.ShapeName` reference names; undefined (or a throw) when unknown. */
  findShape?(reference: string): Shape | undefined;
  /** The same, throwing a `ModelError` whose `suggestions` name close services or shapes. */
  shape?(reference: string): Shape;
}

/** The `# shape: service.ShapeName` header of a shorthand file. */
export interface ShapeHeader {
  readonly reference: string;
  /** Where the reference stands in the document. */
  readonly offset: number;
  readonly length: number;
}

/** A `# dialect: v2` comment line. */
export interface DialectComment {
  /** The dialect it names; undefined when the word names none. */
  readonly dialect: Dialect | undefined;
  /** The word after `dialect:`, and where it stands in the document. */
  readonly word: string;
  readonly offset: number;
  readonly length: number;
  /** Where the comment's line starts and where the next line starts. */
  readonly lineStart: number;
  readonly nextLine: number;
}

/** Options of `openDocument`. */
export interface OpenDocumentOptions {
  /** The AWS CLI the document is written for when it has no `# dialect:` comment (default v1). */
  readonly dialect?: Dialect;
}

/** A standalone shorthand file. */
export interface ShorthandDocument {
  readonly kind: 'shorthand';
  readonly text: string;
  /** The AWS CLI it is written for: its `# dialect:` comment's, else the one it was opened with. */
  readonly dialect: Dialect;
  readonly header: ShapeHeader | undefined;
  readonly shape: Shape | undefined;
  /** Where the value starts in the document (after the header line and leading blanks). */
  readonly valueOffset: number;
  readonly analysis: Analysis;
  readonly problems: readonly EditorDiagnostic[];
}

/** A shell script. */
export interface ScriptDocument {
  readonly kind: 'script';
  readonly text: string;
  /** The AWS CLI it is written for: its `# dialect:` comment's, else the one it was opened with. */
  readonly dialect: Dialect;
  readonly analysis: ScriptAnalysis;
  /** Problems of the document itself (an unknown dialect). */
  readonly problems: readonly EditorDiagnostic[];
}

/** Either kind of document. */
export type EditorDocument = ShorthandDocument | ScriptDocument;

const HEADER = /^#[ \t]*shape:[ \t]*(\S+)[ \t]*$/;

/** Language ids editors give shorthand files (VS Code style, Vim filetype style). */
const SHORTHAND_LANGUAGES: ReadonlySet<string> = new Set(['aws-shorthand', 'awsshorthand', 'shorthand']);

/**
 * Read `# shape: service.ShapeName` on the first line of `text`.
 * @example readShapeHeader('# shape: sagemaker.Tag\nKey=a')?.reference // 'sagemaker.Tag'
 */
export function readShapeHeader(text: string): ShapeHeader | undefined {
  const lineEnd = text.search(/\r?\n|$/);
  const match = HEADER.exec(text.slice(0, lineEnd));
  if (match === null) return undefined;
  const reference = match[1] as string;
  return { reference, offset: text.indexOf(reference), length: reference.length };
}

const DIALECT_COMMENT = /^#[ \t]*dialect:[ \t]*(\S*)[ \t]*$/;
/** How many leading comment lines are searched for the dialect (a licence header can be long). */
const COMMENT_LINES = 64;

/**
 * Read a `# dialect: v1|v2` line among the first lines of comments of `text` (blank lines and a
 * `#!` line included; the first other line ends the search).
 * @example readDialectComment('#!/bin/sh\n# dialect: v2\naws kms encrypt …')?.dialect // 'v2'
 */
export function readDialectComment(text: string): DialectComment | undefined {
  let lineStart = 0;
  for (let line = 0; line < COMMENT_LINES && lineStart < text.length; line += 1) {
    const newline = text.indexOf('\n', lineStart);
    const nextLine = newline === -1 ? text.length : newline + 1;
    const content = text.slice(lineStart, newline === -1 ? text.length : newline).replace(/\r$/, '');
    if (content.trim() !== '') {
      if (!content.startsWith('#')) return undefined;
      const match = DIALECT_COMMENT.exec(content);
      if (match !== null) {
        const word = match[1] as string;
        const offset = lineStart + (word === '' ? content.length : content.lastIndexOf(word));
        return { dialect: isDialect(word) ? word : undefined, word, offset, length: word.length, lineStart, nextLine };
      }
    }
    lineStart = nextLine;
  }
  return undefined;
}

/** The problem of a dialect comment naming no dialect. */
function dialectProblems(comment: DialectComment | undefined, fallback: Dialect): EditorDiagnostic[] {
  if (comment === undefined || comment.dialect !== undefined) return [];
  const message = `Unknown dialect ${JSON.stringify(comment.word)}: expected one of ${DIALECTS.join(', ')} (reading as ${fallback})`;
  return [{ code: 'UNKNOWN_DIALECT', source: 'script', severity: 'warning', message, offset: comment.offset, length: comment.length }];
}

/**
 * Open `text` as a document: a shorthand file when it has a shape header or its `languageId`
 * is a shorthand one (`aws-shorthand`, `awsshorthand`, `shorthand`), otherwise a shell script.
 * `options.dialect` is the AWS CLI it is written for unless a `# dialect:` comment says.
 */
export function openDocument(text: string, languageId: string, models: DocumentModels, options: OpenDocumentOptions = {}): EditorDocument {
  return runSteps(openDocumentInSteps(text, languageId, models, undefined, options));
}

/**
 * `openDocument` as steps (see `analyseScriptInSteps`): a script yields after each line and each
 * `aws` command; a shorthand file is one step. `previous`, an earlier version of the document,
 * lends the analyses of a script's unchanged option values.
 */
export function* openDocumentInSteps(
  text: string,
  languageId: string,
  models: DocumentModels,
  previous?: EditorDocument,
  options: OpenDocumentOptions = {},
): Generator<void, EditorDocument, void> {
  const header = readShapeHeader(text);
  const comment = readDialectComment(text);
  const fallback = options.dialect ?? DEFAULT_DIALECT;
  const dialect = comment?.dialect ?? fallback;
  if (header === undefined && !SHORTHAND_LANGUAGES.has(languageId)) {
    // A script's option values unchanged since `previous` keep their analyses.
    const analysis = yield* analyseScriptInSteps(text, models, previous?.kind === 'script' ? previous.analysis : undefined);
    return { kind: 'script', text, dialect, analysis, problems: dialectProblems(comment, fallback) };
  }
  const problems: EditorDiagnostic[] = [...dialectProblems(comment, fallback)];
  let shape: Shape | undefined;
  if (header !== undefined) {
    let suggestions: readonly string[] = [];
    try {
      // The header is user text: a service part that is no botocore directory name
      // (`../../evil.Foo`) is an unknown shape, never handed to the model lookup.
      if (referencesModelName(header.reference)) {
        shape = models.findShape?.(header.reference);
        // The throwing lookup explains what is missing and what is close.
        if (shape === undefined) models.shape?.(header.reference);
      }
    } catch (error) {
      shape = undefined;
      if (error instanceof ModelError) suggestions = error.suggestions;
    }
    if (shape === undefined) {
      const hint = suggestions.length === 0 ? '' : ` (did you mean ${suggestions.join(' or ')}?)`;
      problems.push({
        code: 'UNKNOWN_OPERATION',
        source: 'script',
        severity: 'warning',
        message: `Unknown shape ${header.reference}: checking syntax only${hint}`,
        offset: header.offset,
        length: header.length,
      });
    }
  }
  // The AWS CLI reads the value exactly; blanks around it in the file are not part of it.
  let start = header === undefined ? 0 : text.search(/\n|$/) + 1;
  start = Math.min(start, text.length);
  // The dialect comment on the line after the header (or first, without one) is no part of the value.
  if (comment !== undefined && text.slice(start, comment.lineStart).trim() === '') start = comment.nextLine;
  while (start < text.length && /\s/.test(text[start] as string)) start++;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  const value = text.slice(start, end);
  return { kind: 'shorthand', text, dialect, header, shape, valueOffset: start, analysis: analyse(value, shape), problems };
}

/** Whether a `service.ShapeName` reference's service part (before the last dot) can name a model. */
function referencesModelName(reference: string): boolean {
  const dot = reference.lastIndexOf('.');
  return dot > 0 && isModelDirectoryName(reference.slice(0, dot));
}

/** The document's diagnostics: the first 1,000 (`MAX_DIAGNOSTICS`), then one "and N more". */
export function documentDiagnostics(document: EditorDocument): EditorDiagnostic[] {
  if (document.kind === 'script') return limitDiagnostics([...document.problems, ...diagnoseScript(document.analysis, { dialect: document.dialect })].sort((a, b) => a.offset - b.offset));
  const limit = MAX_DIAGNOSTICS - document.problems.length;
  return [...document.problems, ...diagnoseWithBlobs(document.analysis, document.dialect, limit).map((d) => shift(d, document.valueOffset))];
}

/** Completion proposals at `offset`. */
export function documentCompletions(document: EditorDocument, offset: number, models: DocumentModels): CompletionItem[] {
  if (document.kind === 'script') return completeScript(document.analysis, offset, models);
  const local = offset - document.valueOffset;
  if (local < 0) return [];
  // Past the value's last character (a new line being started): complete on the text as typed.
  const analysis = local <= document.analysis.text.length ? document.analysis : analyse(document.text.slice(document.valueOffset, offset), document.shape);
  return completeAnalysis(analysis, local).map((item) => ({ ...item, edit: shift(item.edit, document.valueOffset) }));
}

/** Hover at `offset`. */
export function documentHover(document: EditorDocument, offset: number): HoverInfo | undefined {
  if (document.kind === 'script') return hoverScript(document.analysis, offset);
  const found = hoverAnalysis(document.analysis, offset - document.valueOffset);
  return found === undefined ? undefined : shift(found, document.valueOffset);
}

/**
 * Formatting edits: a shorthand file's value re-written (pretty by default); in a script, each
 * shorthand option value re-written canonically inside its quotes.
 */
export function documentFormatting(document: EditorDocument, options: FormatOptions = {}): TextEdit[] {
  if (document.kind === 'shorthand') {
    const formatted = formattedText(document.analysis, document.shape, { pretty: true, ...options });
    if (formatted === undefined || formatted === document.analysis.text) return [];
    return [{ offset: document.valueOffset, length: document.analysis.text.length, newText: formatted }];
  }
  const edits: TextEdit[] = [];
  for (const value of document.analysis.values) {
    const formatted = formattedText(analyse(value.word.text, value.shape), value.shape, { ...options, pretty: false });
    if (formatted === undefined || formatted === value.word.text) continue;
    const edit = rewriteWord(document.text, value.word, formatted);
    if (edit !== undefined) edits.push(edit);
  }
  return edits;
}

/**
 * The edit that makes `word` read `text`: inside its one quoted stretch when it is quoted
 * whole, else the whole word single-quoted. Words with expansions are left alone.
 */
function rewriteWord(source: string, word: ShellWord, text: string): TextEdit | undefined {
  if (word.expansions.length > 0) return undefined;
  const only = word.quotes.length === 1 ? word.quotes[0] : undefined;
  if (only !== undefined && only.terminated && only.contentStart - (only.quote === 'ansi' ? 2 : 1) === word.offset && only.contentEnd + 1 === endOf(word)) {
    return { offset: only.contentStart, length: only.contentEnd - only.contentStart, newText: escapeForShell(text, only.quote) };
  }
  const plain = escapeForShell(text, 'none') === text;
  const newText = plain ? text : `'${escapeForShell(text, 'single')}'`;
  return source.slice(word.offset, endOf(word)) === newText ? undefined : { offset: word.offset, length: word.length, newText };
}

/** Folding regions: brackets in shorthand; in scripts, multi-line commands and brackets inside values. */
export function documentFolding(document: EditorDocument): FoldingRegion[] {
  if (document.kind === 'shorthand') return foldingRegionsOf(document.analysis).map((r) => ({ start: r.start + document.valueOffset, end: r.end + document.valueOffset }));
  const out: FoldingRegion[] = [];
  for (const resolved of document.analysis.commands) {
    const { command } = resolved.command;
    out.push({ start: resolved.command.aws.offset, end: Math.max(resolved.command.aws.offset, endOf(command) - 1) });
  }
  for (const value of document.analysis.values) {
    for (const region of foldingRegionsOf(value.analysis)) {
      out.push({ start: sourceRange(value.word, region.start, region.start + 1).offset, end: sourceRange(value.word, region.end, region.end + 1).offset });
    }
  }
  return out;
}

/**
 * Document symbols: pairs of a shorthand file; in scripts, each `aws` command with its options.
 * `stop`, asked between commands, ends a long script's list early with the commands so far.
 */
export function documentSymbolTree(document: EditorDocument, stop?: () => boolean): DocumentSymbol[] {
  if (document.kind === 'shorthand') return documentSymbolsOf(document.analysis).map((s) => shiftSymbol(s, (o) => o + document.valueOffset));
  const out: DocumentSymbol[] = [];
  // The embedded values by their word, built once: looking each argument's words up in the list
  // of all values made this quadratic in the script's length (10,000 commands took a minute).
  const valuesOf = new Map<ShellWord, EmbeddedValue>();
  for (const value of document.analysis.values) valuesOf.set(value.word, value);
  for (const resolved of document.analysis.commands) {
    if (stop?.() === true) break;
    const { command, aws, service, operation } = resolved.command;
    const name = [aws.text, service?.text, operation?.text].filter((part) => part !== undefined).join(' ');
    const children = resolved.command.arguments.map((argument): DocumentSymbol => {
      const last = argument.values[argument.values.length - 1];
      const end = endOf(last ?? argument.option);
      const values = argument.values.flatMap((word) => valuesOf.get(word) ?? []);
      return {
        name: `--${argument.name}`,
        kind: 'option',
        ...(resolved.options.get(argument.name) ? { detail: resolved.options.get(argument.name)?.member.name } : {}),
        offset: argument.option.offset,
        length: end - argument.option.offset,
        selectionOffset: argument.option.offset,
        selectionLength: argument.option.length,
        children: values.flatMap((v) => documentSymbolsOf(v.analysis).map((s) => mapSymbol(s, v))),
      };
    });
    out.push({
      name,
      kind: 'command',
      ...(resolved.operation ? { detail: resolved.operation.name } : {}),
      offset: aws.offset,
      length: endOf(command) - aws.offset,
      selectionOffset: (operation ?? aws).offset,
      selectionLength: (operation ?? aws).length,
      children,
    });
  }
  return out;
}

/** Quick fixes for diagnostics overlapping `offset`..`offset + length`. */
export function documentQuickFixes(document: EditorDocument, offset: number, length = 0): QuickFix[] {
  if (document.kind === 'shorthand') {
    const diagnostics = diagnoseAnalysis(document.analysis);
    return quickFixesOf(document.analysis, diagnostics, offset - document.valueOffset, length).map((fix) => ({
      ...fix,
      diagnostic: shift(fix.diagnostic, document.valueOffset),
      edits: fix.edits.map((edit) => shift(edit, document.valueOffset)),
    }));
  }
  const out: QuickFix[] = [];
  for (const value of document.analysis.values) {
    const { word } = value;
    if (offset + length < word.offset || offset > endOf(word)) continue;
    const from = textIndex(word, offset);
    const to = textIndex(word, offset + length);
    for (const fix of quickFixesOf(value.analysis, diagnoseAnalysis(value.analysis), from, to - from)) {
      out.push({ ...fix, diagnostic: mapDiagnostic(fix.diagnostic, word), edits: fix.edits.map((edit) => mapEdit(edit, word)) });
    }
  }
  for (const diagnostic of diagnoseScript(document.analysis)) {
    if (diagnostic.source !== 'script' || diagnostic.offset > offset + length || diagnostic.offset + diagnostic.length < offset) continue;
    const key = diagnostic.data?.key;
    (diagnostic.data?.suggestions ?? []).forEach((suggestion, index) => {
      const replaceLength = key !== undefined && document.text.startsWith(key, diagnostic.offset) ? key.length : diagnostic.length;
      out.push({
        title: `Change to '${suggestion}'`,
        edits: [{ offset: diagnostic.offset, length: replaceLength, newText: suggestion }],
        diagnostic,
        ...(index === 0 ? { preferred: true } : {}),
      });
    });
  }
  return out;
}

/** An edit made in a word's text, moved to the script and escaped for the quoting there. */
function mapEdit(edit: TextEdit, word: ShellWord): TextEdit {
  const range = sourceRange(word, edit.offset, edit.offset + edit.length);
  const quote = quoteAt(word, range.offset);
  return { offset: range.offset, length: range.length, newText: escapeForShell(edit.newText, quote) };
}

function mapDiagnostic(diagnostic: EditorDiagnostic, word: ShellWord): EditorDiagnostic {
  const range = sourceRange(word, diagnostic.offset, diagnostic.offset + diagnostic.length);
  return { ...diagnostic, offset: range.offset, length: range.length };
}

function mapSymbol(symbol: DocumentSymbol, value: EmbeddedValue): DocumentSymbol {
  const range = sourceRange(value.word, symbol.offset, symbol.offset + symbol.length);
  const selection = sourceRange(value.word, symbol.selectionOffset, symbol.selectionOffset + symbol.selectionLength);
  return {
    ...symbol,
    offset: range.offset,
    length: range.length,
    selectionOffset: selection.offset,
    selectionLength: selection.length,
    children: symbol.children.map((child) => mapSymbol(child, value)),
  };
}

function shiftSymbol(symbol: DocumentSymbol, move: (offset: number) => number): DocumentSymbol {
  return {
    ...symbol,
    offset: move(symbol.offset),
    selectionOffset: move(symbol.selectionOffset),
    children: symbol.children.map((child) => shiftSymbol(child, move)),
  };
}

function shift<T extends { offset: number }>(value: T, by: number): T {
  return { ...value, offset: value.offset + by };
}
