/**
 * The AWS CLI's error texts, caret picture included. The caret column counts code points, as
 * the AWS CLI (Python) does, while our offsets count UTF-16 code units.
 *
 * A caret picture copies the whole input, so it is drawn only when someone reads a message
 * (`renderSyntaxError`, as eemeli/yaml's `prettifyError`): drawing one for every error of an
 * error flood made parsing quadratic (a 64,000-comma value took 34 s and gigabytes).
 */
import type { Severity, SyntaxDiagnostic } from './errors.js';

/** Number of code points in `text.slice(from, to)`. */
function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * The input with a caret under `offset`: the text up to the end of the error's line, a caret
 * line, then the rest of the input.
 * @example errorLocation('a=b,a=c', 4) === 'a=b,a=c\n    ^'
 */
export function errorLocation(input: string, offset: number): string {
  const lastNewline = input.lastIndexOf('\n', offset - 1);
  const lineStart = offset > 0 && lastNewline !== -1 ? lastNewline + 1 : 0;
  const spaces = countCodePoints(input, lineStart, offset);
  const nextNewline = input.indexOf('\n', offset);
  const consumed = nextNewline === -1 ? input : input.slice(0, nextNewline);
  const remaining = nextNewline === -1 ? '' : input.slice(nextNewline);
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

/** `Expected: 'X', received: 'Y' for input:` and the caret picture. */
export function unexpectedInputMessage(input: string, expected: string, received: string, offset: number): string {
  return `Expected: '${expected}', received: '${received}' for input:\n${errorLocation(input, offset)}`;
}

/** The AWS CLI's message for a second top-level instance of `key`. */
export function duplicateKeyMessage(input: string, key: string, offset: number): string {
  return (
    `Second instance of key "${key}" encountered for input:\n${errorLocation(input, offset)}\n` +
    'This is often because there is a preceding "," instead of a space.'
  );
}

/**
 * The AWS CLI's full text for `diagnostic` found in `input`, caret picture included (the text
 * `ShorthandError.message` carries). Diagnostics without a caret picture keep their own message.
 * @example renderSyntaxError(parseDocument('a=b,a=c').errors[0], 'a=b,a=c') // 'Second instance of key "a" encountered for input:\na=b,a=c\n    ^\n…'
 */
export function renderSyntaxError(diagnostic: SyntaxDiagnostic, input: string): string {
  const { code, expected, received, key, offset } = diagnostic;
  if (code === 'UNEXPECTED_INPUT' && expected !== undefined && received !== undefined) {
    return unexpectedInputMessage(input, expected, received, offset);
  }
  if (code === 'DUPLICATE_KEY' && key !== undefined) return duplicateKeyMessage(input, key, offset);
  return diagnostic.message;
}

/**
 * The first line of `diagnostic`'s message without `for input:` and the picture (what an editor
 * shows), in constant time.
 * @example syntaxErrorHeadline(parseDocument('a=[x').errors[0]) // "Expected: ',', received: 'EOF'"
 */
export function syntaxErrorHeadline(diagnostic: SyntaxDiagnostic): string {
  const { code, expected, received, key } = diagnostic;
  if (code === 'UNEXPECTED_INPUT' && expected !== undefined && received !== undefined) {
    return `Expected: '${expected}', received: '${received}'`;
  }
  if (code === 'DUPLICATE_KEY' && key !== undefined) return `Second instance of key "${key}" encountered`;
  const message = diagnostic.message;
  const lineEnd = message.indexOf('\n');
  return (lineEnd === -1 ? message : message.slice(0, lineEnd)).replace(/ for input:$/, '');
}

/**
 * A syntax diagnostic whose caret text is drawn from the input each time `message` is read;
 * it keeps a reference to the input, not a copy. `message` is an accessor on the prototype, so
 * `{ ...diagnostic }` copies the data only (`renderSyntaxError` draws the text from any copy);
 * `JSON.stringify` includes it.
 */
export class DeferredSyntaxDiagnostic implements SyntaxDiagnostic {
  readonly severity: Severity = 'error';
  readonly #input: string;

  /** A diagnostic at `offset` (`length` code units) of `input`. */
  constructor(
    input: string,
    readonly code: 'UNEXPECTED_INPUT' | 'DUPLICATE_KEY',
    readonly offset: number,
    readonly length: number,
    /** `UNEXPECTED_INPUT`: what the AWS CLI expected and what it found. */
    readonly expected: string | undefined,
    readonly received: string | undefined,
    /** `DUPLICATE_KEY`: the repeated key. */
    readonly key?: string,
  ) {
    this.#input = input;
  }

  /** The AWS CLI's text, caret picture included, drawn now (not kept). */
  get message(): string {
    return renderSyntaxError(this, this.#input);
  }

  /** The data and the drawn message, for `JSON.stringify`. */
  toJSON(): SyntaxDiagnostic {
    const { code, offset, length, severity, expected, received, key } = this;
    return {
      code,
      message: this.message,
      offset,
      length,
      severity,
      ...(expected !== undefined ? { expected } : {}),
      ...(received !== undefined ? { received } : {}),
      ...(key !== undefined ? { key } : {}),
    };
  }
}

/** The AWS CLI's "Expected: 'X', received: 'Y'" at `offset` of `input`, drawn when read. */
export function unexpectedInput(input: string, offset: number, length: number, expected: string, received: string): SyntaxDiagnostic {
  return new DeferredSyntaxDiagnostic(input, 'UNEXPECTED_INPUT', offset, length, expected, received);
}

/** The AWS CLI's "Second instance of key" error for `key` at `offset` of `input`, drawn when read. */
export function duplicateKey(input: string, offset: number, key: string): SyntaxDiagnostic {
  return new DeferredSyntaxDiagnostic(input, 'DUPLICATE_KEY', offset, key.length, undefined, undefined, key);
}
