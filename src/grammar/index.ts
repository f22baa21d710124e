/**
 * The grammar layer's public API: `parse` (throws) and `parseDocument` (never throws).
 */
import type { ObjectNode } from './ast.js';
import { ShorthandError } from './errors.js';
import type { SyntaxDiagnostic } from './errors.js';
import { parseDirect } from './direct-value.js';
import { treeParser } from './tree-parser.js';
import { ValueBuilder } from './value.js';
import type { FileReader, ShorthandObject } from './value.js';

/** Options of `parse`. */
export interface ParseOptions {
  /** Loads `key@=file://…` and `fileb://…` values; without it such values are an error. */
  readFile?: FileReader;
}

/**
 * A parsed document: the (possibly partial) tree and every syntax diagnostic, in input order.
 * `errors` is complete (one small object per error, linear in the input); each message's caret
 * picture is drawn only when read.
 */
export interface ParsedDocument {
  readonly ast: ObjectNode;
  readonly errors: SyntaxDiagnostic[];
  /** Source ranges (`offset`, `length`, as nodes carry) the AWS CLI drops silently while backtracking in a csv list. */
  readonly skipped: ReadonlyArray<{ readonly offset: number; readonly length: number }>;
}

/**
 * Parse shorthand into its syntax tree, never throwing: errors come back as diagnostics.
 * @example parseDocument('a=b,c').ast.entries[0].value // list node with two scalars
 */
export function parseDocument(text: string): ParsedDocument {
  const { ast, diagnostics, skipped } = treeParser()(text);
  // The scanner keeps its internal `start`/`end` pairs; the public tree speaks `offset`/`length`.
  return { ast, errors: diagnostics, skipped: skipped.map(({ start, end }) => ({ offset: start, length: end - start })) };
}

/**
 * Parse shorthand into a plain value exactly as the AWS CLI does, or throw `ShorthandError`
 * carrying the AWS CLI's message and the error's position.
 * @example parse('Key=a,Values=[x,y]') // { Key: 'a', Values: ['x', 'y'] }
 */
export function parse(text: string, options: ParseOptions = {}): ShorthandObject {
  return parseDirect(text) ?? parseWithGrammar(text, options);
}

/**
 * `parse` through the Chevrotain parser alone (the path for input with errors or `@=`); exposed
 * so tests can check the fast path against it.
 */
export function parseWithGrammar(text: string, options: ParseOptions = {}): ShorthandObject {
  const { ast, diagnostics, raisedAt, probes } = treeParser()(text, true);
  const firstError = diagnostics[0];
  // The AWS CLI loads files as it parses, so a file read before the first syntax error fails first.
  const builder = new ValueBuilder(options.readFile, firstError ? (raisedAt[0] as number) : Infinity, probes);
  const value = builder.object(ast);
  if (builder.fileError) throw new ShorthandError(builder.fileError, text);
  if (firstError) throw new ShorthandError(firstError, text);
  return value;
}

export { ShorthandError } from './errors.js';
export { renderSyntaxError, syntaxErrorHeadline } from './message.js';
export type { SyntaxDiagnostic, SyntaxErrorCode, Severity } from './errors.js';
export type * from './ast.js';
export { endOf } from './ast.js';
export { ParamFileError } from './value.js';
export type { FileReader, ShorthandObject, ShorthandValue } from './value.js';
