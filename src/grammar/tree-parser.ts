/**
 * The one place where Chevrotain is loaded lazily.
 *
 * The grammar's API (`index.ts`) needs the Chevrotain parser only for input the fast path
 * (`direct-value.ts`) gives up on — errors and `@=` — and for syntax trees, so a well-formed
 * value never loads it. `parse()` is synchronous, so the load must be too: a dynamic `import()`
 * cannot serve, and in an ES module only `require` loads synchronously. So the builds
 * (tsup.config.ts) put `parser-plugin.ts` with Chevrotain into a CommonJS file of its own,
 * `dist/grammar-parser.cjs`, reached through the package's private subpath import
 * `#grammar-parser`, and swap `load-parser.ts` for a `require` of it. What it saves is loading:
 * compiling and evaluating ~340 KB of bundled Chevrotain (its self-analysis was already deferred
 * to first use); in one run on a busy 2-core machine, a cold import of the toolkit plus
 * `parse('a=b')` went from 1.6x to 1.35x `node -e 0` with this change alone. The first error
 * then pays that load once. From the sources (tests, `tsc`) `load-parser.ts` imports the parser
 * directly. Everything the parser returns is plain data, so the file's own copies of the
 * scanner and messages are harmless.
 */
import type { ObjectNode } from './ast.js';
import type { SyntaxDiagnostic } from './errors.js';
import { loadChevrotainParser } from './load-parser.js';
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

let loaded: TreeParser | undefined;

/** The Chevrotain tree parser, loaded on the first call. */
export function treeParser(): TreeParser {
  loaded ??= loadChevrotainParser();
  return loaded;
}

/** Use `parser` as the tree parser from now on (tests wrap the loaded one to observe it). */
export function linkTreeParser(parser: TreeParser): void {
  loaded = parser;
}
