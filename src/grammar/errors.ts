/**
 * Typed errors of the grammar layer. A diagnostic is a value; `ShorthandError` is the
 * throwable form used by the throwing `parse()`. Offsets are UTF-16 code units, 0-based.
 */
import { renderSyntaxError } from './message.js';

/** What went wrong, as a stable string code. */
export type SyntaxErrorCode =
  /** The AWS CLI's `Expected: 'X', received: 'Y'` (a character or a pattern). */
  | 'UNEXPECTED_INPUT'
  /** `Second instance of key "k" encountered` at the top level. */
  | 'DUPLICATE_KEY'
  /** Nesting deeper than the parser's limit (the AWS CLI dies with RecursionError). */
  | 'NESTING_TOO_DEEP'
  /** A `key@=file://…` value whose file cannot be read. */
  | 'FILE_READ_FAILED';

/** How severe a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in shorthand input, located by offset and length (UTF-16 code units). */
export interface SyntaxDiagnostic {
  readonly code: SyntaxErrorCode;
  /**
   * The AWS CLI's message text, caret picture included where the AWS CLI draws one. The
   * grammar's diagnostics draw it from the input each time it is read (an accessor: it is
   * O(input) per read, and `{ ...diagnostic }` does not copy it); `renderSyntaxError` draws it
   * from the data.
   */
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly severity: Severity;
  /** What the parser expected, in the AWS CLI's words (`=`, `,`, `<second>` …). */
  readonly expected?: string;
  /** What it found (a character, `EOF` or `<none>`). */
  readonly received?: string;
  /** `DUPLICATE_KEY`: the key seen twice. */
  readonly key?: string;
}

/** A 1-based line and column (column in UTF-16 code units) of an offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The error thrown by `parse()`: the first diagnostic, with its position resolved. */
export class ShorthandError extends Error {
  override readonly name = 'ShorthandError';
  readonly code: SyntaxErrorCode;
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
  readonly length: number;
  /** 1-based line of `offset`. */
  readonly line: number;
  /** 1-based column of `offset`, in UTF-16 code units. */
  readonly column: number;
  readonly expected: string | undefined;
  readonly received: string | undefined;

  /** Build the error for `diagnostic` found in `input`. */
  constructor(diagnostic: SyntaxDiagnostic, input: string) {
    // Drawn once, here: the one caret picture `parse` shows (the stack trace needs it now).
    super(renderSyntaxError(diagnostic, input));
    this.code = diagnostic.code;
    this.offset = diagnostic.offset;
    this.length = diagnostic.length;
    const { line, column } = lineColumnAt(input, diagnostic.offset);
    this.line = line;
    this.column = column;
    this.expected = diagnostic.expected;
    this.received = diagnostic.received;
  }
}
