/**
 * Loads the Chevrotain tree parser. From the sources this is a plain import; the builds replace
 * this module with a synchronous `require('#grammar-parser')` (see tree-parser.ts).
 */
import { chevrotainTreeParser } from './parser-plugin.js';
import type { TreeParser } from './tree-parser.js';

/** The Chevrotain tree parser. */
export function loadChevrotainParser(): TreeParser {
  return chevrotainTreeParser;
}
