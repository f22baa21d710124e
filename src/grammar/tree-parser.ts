/**
 * The seam between the grammar's API and its Chevrotain parser. The API (`index.ts`) needs the
 * parser only for input the fast path gives up on (errors, `@=`) and for syntax trees; the
 * parser is linked in by `parser-plugin.ts`. Library builds and tests link it at once
 * (`link-parser.ts`); the command line's bundle leaves it out of start-up and loads it on first
 * need (see `src/cli/grammar-loader.ts`), which saves compiling and running Chevrotain (~10 ms)
 * on every well-formed command line.
 */
import type { ObjectNode } from './ast.js';
import type { SyntaxDiagnostic } from './errors.js';
import type { Probe } from './scanner.js';

/** Everything one run of the Chevrotain parser yields, as plain data. */
export interface TreeParse {
  readonly ast: ObjectNode;
  /** Diagnostics in input order. */
  readonly diagnostics: SyntaxDiagnostic[];
  /** Where the AWS CLI would raise each diagnostic (parallel to `diagnostics`). */
  readonly raisedAt: number[];
  readonly skipped: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  readonly probes: readonly Probe[];
}

/**
 * Text → tree and diagnostics. With `firstError`, parsing may stop soon after the first error:
 * the tree and diagnostics are then cut short, but the first diagnostic, where it is raised,
 * and everything before it are the same (what the throwing `parse` needs, in time proportional
 * to where the first error stands rather than to the length of an error flood).
 */
export type TreeParser = (text: string, firstError?: boolean) => TreeParse;

/** Thrown when the parser is needed before it was linked (only in the CLI bundle). */
export class GrammarNotLoadedError extends Error {
  override readonly name = 'GrammarNotLoadedError';

  /** The error for a grammar that still has to be loaded. */
  constructor() {
    super('the shorthand parser is not loaded yet (load src/grammar/parser-plugin.js first)');
  }
}

let linked: TreeParser | undefined;

/** Make `parser` the grammar's tree parser. */
export function linkTreeParser(parser: TreeParser): void {
  linked = parser;
}

/** The linked tree parser; throws `GrammarNotLoadedError` before one is linked. */
export function treeParser(): TreeParser {
  if (linked === undefined) throw new GrammarNotLoadedError();
  return linked;
}
