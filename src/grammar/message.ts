/**
 * The AWS CLI's error texts, caret picture included. The caret column counts code points, as
 * the AWS CLI (Python) does, while our offsets count UTF-16 code units.
 */

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
