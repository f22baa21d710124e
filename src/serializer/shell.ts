/**
 * POSIX shell quoting for command lines: a word stays bare when every character is one no
 * POSIX shell treats specially, and is otherwise wrapped in single quotes (inside which only
 * `'` itself needs care: it is written `'\''`).
 */
import { SerializeError } from './types.js';

/** Characters that mean nothing to `sh`, `bash` or `zsh` anywhere in a word. */
const BARE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * `word` as one POSIX shell word. Throws `SerializeError` (`UNSAYABLE_ARGUMENT`) for a NUL
 * character, which no command-line argument can hold.
 * @example shellQuote('Key=a,Value=b') // 'Key=a,Value=b'
 * @example shellQuote("it's") // `'it'\''s'`
 */
export function shellQuote(word: string): string {
  if (BARE_WORD.test(word)) return word;
  if (word.includes('\u0000')) {
    throw new SerializeError('UNSAYABLE_ARGUMENT', 'a command-line argument cannot contain a NUL character');
  }
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
