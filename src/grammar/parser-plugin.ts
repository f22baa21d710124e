/**
 * The Chevrotain parser as the grammar's tree parser; the builds make this module, with
 * Chevrotain, a file of its own that is loaded on first need (see tree-parser.ts).
 */
import { parseTokens } from './parser.js';
import type { TreeParse } from './tree-parser.js';
import { scan } from './tokens.js';

/** Text → tree, diagnostics and the scanner's records, through the Chevrotain parser (see `TreeParser` for `firstError`). */
export function chevrotainTreeParser(text: string, firstError = false): TreeParse {
  const { tokens, skipped, probes } = scan(text, firstError);
  const { ast, diagnostics, raisedAt } = parseTokens(text, tokens);
  return { ast, diagnostics, raisedAt, skipped, probes };
}
