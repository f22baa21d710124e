/** The Chevrotain parser, as the grammar's tree parser. */
import { parseTokens } from './parser.js';
import { linkTreeParser } from './tree-parser.js';
import { scan } from './tokens.js';

/** Make the Chevrotain parser the grammar's tree parser. */
export function linkChevrotainParser(): void {
  linkTreeParser((text, firstError = false) => {
    const { tokens, skipped, probes } = scan(text, firstError);
    const { ast, diagnostics, raisedAt } = parseTokens(text, tokens);
    return { ast, diagnostics, raisedAt, skipped, probes };
  });
}
