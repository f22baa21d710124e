/**
 * Loading the Chevrotain parser on first need. In the CLI bundle the grammar starts without it
 * (see src/grammar/tree-parser.ts): a well-formed command line never needs it, and input with
 * an error or `@=` loads it and is evaluated again.
 */
import { GrammarNotLoadedError } from '../grammar/tree-parser.js';

/** Link the parser (a no-op once linked, and where the grammar linked it at import). */
export async function loadGrammar(): Promise<void> {
  (await import('../grammar/parser-plugin.js')).linkChevrotainParser();
}

/**
 * `evaluate()`, loading the parser and evaluating once more if it turns out to be needed.
 * `evaluate` must have no effect beyond reading files, since it may run twice.
 */
export async function withGrammar<T>(evaluate: () => T): Promise<T> {
  try {
    return evaluate();
  } catch (error) {
    if (!(error instanceof GrammarNotLoadedError)) throw error;
    await loadGrammar();
    return evaluate();
  }
}
