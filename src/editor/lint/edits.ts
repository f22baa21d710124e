/**
 * Edits of shell words, in script offsets, that keep the script's quoting: text computed for a
 * word's value (after quote removal) is escaped for the quoting in force where it lands.
 */
import { endOf } from '../../grammar/index.js';
import { escapeForShell, quoteAt, sourceRange } from '../shell/words.js';
import type { ShellWord } from '../shell/words.js';
import type { TextEdit } from '../types.js';

/**
 * An edit made in `word`'s text, moved to the script: its range mapped through the word's
 * source map and its new text escaped for the quoting there. `undefined` when the range crosses
 * a quote boundary (`'a'"b"`), where one escaping cannot fit both sides.
 * @example wordEdit(wordOf("'a,b'"), { offset: 1, length: 1, newText: '\\,' }) // { offset: 2, length: 1, newText: '\\,' }
 */
export function wordEdit(word: ShellWord, edit: TextEdit): TextEdit | undefined {
  const range = sourceRange(word, edit.offset, edit.offset + edit.length);
  for (let i = edit.offset + 1; i < edit.offset + edit.length; i++) {
    if (word.starts[i] !== word.ends[i - 1]) return undefined;
  }
  const quote = quoteAt(word, range.offset);
  if (edit.length > 0 && quoteAt(word, range.offset + range.length) !== quote) return undefined;
  return { offset: range.offset, length: range.length, newText: escapeForShell(edit.newText, quote) };
}

/**
 * The edit that makes `word` read `text`: inside its quotes when one quoted stretch holds it
 * whole, the word itself when it is unquoted, else the whole word re-quoted with `'…'`.
 * `undefined` for words with expansions (their value is not known).
 */
export function replaceWord(source: string, word: ShellWord, text: string): TextEdit | undefined {
  if (word.expansions.length > 0) return undefined;
  const only = word.quotes.length === 1 ? word.quotes[0] : undefined;
  if (only !== undefined && only.terminated && only.contentStart - (only.quote === 'ansi' ? 2 : 1) === word.offset && only.contentEnd + 1 === endOf(word)) {
    return { offset: only.contentStart, length: only.contentEnd - only.contentStart, newText: escapeForShell(text, only.quote) };
  }
  if (word.quotes.length === 0) return { offset: word.offset, length: word.length, newText: escapeForShell(text, 'none') };
  const newText = `'${escapeForShell(text, 'single')}'`;
  return source.slice(word.offset, endOf(word)) === newText ? undefined : { offset: word.offset, length: word.length, newText };
}

/** Insert ` text` right after `word` (on the same line, before any continuation). */
export function insertAfter(word: ShellWord, text: string): TextEdit {
  return { offset: endOf(word), length: 0, newText: ` ${text}` };
}
