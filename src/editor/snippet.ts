/**
 * Completion insert texts as parts (literal text and tab stops) so that each context can escape
 * the literal text its own way (a shell word needs quoting, an LSP snippet escapes `$ } \`)
 * before rendering the LSP snippet string.
 */

/** A tab stop, optionally offering a choice of values (`${1|true,false|}`). */
export interface TabStop {
  readonly tabstop: number;
  readonly choices?: readonly string[];
}

/** Literal text or a tab stop. */
export type SnippetPart = string | TabStop;

/** Renders literal text for the place the snippet goes (identity for plain shorthand). */
export type LiteralEscaper = (literal: string) => string;

/**
 * The LSP snippet string of `parts`, each literal passed through `escape` first.
 * @example renderSnippet(['Key={', { tabstop: 1 }, '}']) // 'Key={$1}'
 */
export function renderSnippet(parts: readonly SnippetPart[], escape: LiteralEscaper = (s) => s): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      // Outside placeholders only `$` and `\` are special (`}` closes nothing there).
      out += escape(part).replace(/[$\\]/g, (c) => `\\${c}`);
    } else if (part.choices !== undefined && part.choices.length > 0) {
      out += `\${${part.tabstop}|${part.choices.map((c) => escape(c).replace(/[,|\\$}]/g, (x) => `\\${x}`)).join(',')}|}`;
    } else {
      out += `$${part.tabstop}`;
    }
  }
  return out;
}

/**
 * The text `parts` insert when tab stops are left empty (choices take their first value), for
 * clients without snippet support and for tests.
 * @example plainText(['Key={', { tabstop: 1 }, '}']) // 'Key={}'
 */
export function plainText(parts: readonly SnippetPart[], escape: LiteralEscaper = (s) => s): string {
  return parts.map((part) => (typeof part === 'string' ? escape(part) : escape(part.choices?.[0] ?? ''))).join('');
}

/** Whether `parts` hold a tab stop (otherwise the text is plain). */
export function hasTabStop(parts: readonly SnippetPart[]): boolean {
  return parts.some((part) => typeof part !== 'string');
}
