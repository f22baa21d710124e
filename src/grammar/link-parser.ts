/**
 * Links the parser when the grammar's API is imported. The command line's bundle replaces this
 * module with one whose function does nothing (tsup.config.ts) and links the parser on first
 * need instead. A called function, not a side-effect import, so bundlers honouring
 * `"sideEffects": false` keep it.
 */
import { linkChevrotainParser } from './parser-plugin.js';

/** Link the Chevrotain parser now. */
export function linkParserAtImport(): void {
  linkChevrotainParser();
}
