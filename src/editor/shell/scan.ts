/**
 * A shell script → simple commands, each a list of words with source maps. Covers what scripts
 * calling the AWS CLI use: blanks, `\`+newline continuations, `'…'`, `"…"`, `$'…'`, backslash
 * escapes, comments, `;` `&` `|` `&&` `||` `(` `)` and newlines between commands, redirections
 * (their targets are not arguments), here-document bodies (skipped), and `$(…)` whose inner
 * commands are scanned too. Expansions (`$X`, `${X}`, `$(…)`, `` `…` ``) become placeholders.
 * It never throws; an unterminated quote runs to the end of the script, as in the shell, and
 * is reported.
 */
import { WordBuilder } from './words.js';
import type { ShellWord } from './words.js';

/** A simple command: its words (redirections left out) and its source range. */
export interface ShellCommand {
  readonly words: readonly ShellWord[];
  /** Offset of the first word (0-based, UTF-16 code units). */
  readonly offset: number;
  /** Code units from the first word's start to the last word's end. */
  readonly length: number;
}

/** A problem the scanner found. */
export interface ShellProblem {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
}

/** The scanned script. */
export interface ShellScript {
  /** Commands in source order of their first word, including those inside `$(…)`. */
  readonly commands: readonly ShellCommand[];
  readonly problems: readonly ShellProblem[];
}

/**
 * Scan `text` as a shell script.
 * @example scanShell("aws s3api list-buckets --query 'Buckets[0]'").commands[0].words.map((w) => w.text)
 */
export function scanShell(text: string): ShellScript {
  const steps = scanShellInSteps(text);
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/**
 * `scanShell` as steps: the generator yields after each line of the script (outside `$(…)`), so a
 * caller can spread a long script over several turns of the event loop. Its return value is the
 * scanned script.
 */
export function* scanShellInSteps(text: string): Generator<void, ShellScript, void> {
  const scanner = new ShellScanner(text);
  yield* scanner.commandList(0, undefined);
  const commands = scanner.commands.sort((a, b) => a.offset - b.offset);
  return { commands, problems: scanner.problems };
}

const BLANK = /[ \t]/;
const OPERATOR_START = /[;&|()<>\n]/;

/**
 * ASCII code units that end a run of plain characters in a word: blanks, operators, quotes,
 * escapes, expansions and `\r`. Everything else (any non-ASCII unit too) is copied as it is,
 * so a word's plain stretches are taken in one step instead of one character at a time.
 */
const SPECIAL = new Uint8Array(128);
for (const ch of ' \t;&|()<>\n\\\'"$`\r') SPECIAL[ch.charCodeAt(0)] = 1;

/** ASCII code units that end a word: blanks and operators (`OPERATOR_START`). */
const WORD_END = new Uint8Array(128);
for (const ch of ' \t;&|()<>\n') WORD_END[ch.charCodeAt(0)] = 1;

/** Whether the code unit `code` ends a word (a `\r` does only before `\n`). */
function isWordEnd(code: number): boolean {
  return code < 128 && WORD_END[code] === 1;
}

/** Whether the code unit `code` ends a plain run (see `SPECIAL`). */
function isSpecial(code: number): boolean {
  return code < 128 && SPECIAL[code] === 1;
}

/** Whether the code unit `code` ends a run of literal characters inside `"…"`: `"`, `\`, `$`, `` ` ``. */
function isDoubleQuoteSpecial(code: number): boolean {
  return code === 0x22 || code === 0x5c || code === 0x24 || code === 0x60;
}

interface HereDoc {
  readonly delimiter: string;
  readonly stripTabs: boolean;
}

class ShellScanner {
  readonly commands: ShellCommand[] = [];
  readonly problems: ShellProblem[] = [];
  private pos = 0;
  private pendingHereDocs: HereDoc[] = [];

  constructor(private readonly text: string) {}

  /**
   * Scan commands from `from` until the end, or until an unmatched `)` when `closer` is given
   * (the body of `$(…)`); returns the offset just past that `)`.
   */
  *commandList(from: number, closer: ')' | undefined): Generator<void, number, void> {
    const { text } = this;
    this.pos = from;
    let words: ShellWord[] = [];
    let depth = 0;
    const flush = (): void => {
      if (words.length > 0) {
        const first = words[0] as ShellWord;
        const last = words[words.length - 1] as ShellWord;
        this.commands.push({ words, offset: first.offset, length: last.offset + last.length - first.offset });
      }
      words = [];
    };
    while (this.pos < text.length) {
      const ch = text[this.pos] as string;
      if (ch === ' ' || ch === '\t') {
        this.pos++;
      } else if (ch === '\\' && this.isLineBreakAt(this.pos + 1)) {
        this.pos = this.afterLineBreak(this.pos + 1);
      } else if (ch === '#') {
        while (this.pos < text.length && text[this.pos] !== '\n') this.pos++;
      } else if (ch === '\r' && text[this.pos + 1] === '\n') {
        this.pos++;
      } else if (ch === '\n') {
        flush();
        this.pos++;
        this.skipHereDocs();
        yield;
      } else if (ch === ')' ) {
        flush();
        if (closer !== undefined && depth === 0) return this.pos + 1;
        depth = Math.max(0, depth - 1);
        this.pos++;
      } else if (ch === '(') {
        flush();
        depth++;
        this.pos++;
      } else if (ch === ';' || ch === '&' || ch === '|') {
        flush();
        if (ch === '&' && text[this.pos + 1] === '>') this.redirection();
        else this.pos += text[this.pos + 1] === ch || (ch === '|' && text[this.pos + 1] === '&') ? 2 : 1;
      } else if (ch === '<' || ch === '>') {
        this.redirection();
      } else {
        const word = this.word();
        // `2>&1`: a word of digits right before a redirection is its file descriptor.
        if ((text[this.pos] === '<' || text[this.pos] === '>') && /^\d+$/.test(word.text)) continue;
        words.push(word);
      }
    }
    flush();
    if (closer !== undefined) this.problems.push({ message: `unterminated '$(': missing ')'`, offset: from - 2, length: 2 });
    return this.pos;
  }

  /** A redirection operator and its target word (dropped); `<<` registers a here-document. */
  private redirection(): void {
    const { text } = this;
    const match = /^(?:&>>?|<<<|<<-|<<|<>|<&|>&|>>|>\||<|>)/.exec(text.slice(this.pos, this.pos + 3));
    const op = match ? match[0] : (text[this.pos] as string);
    this.pos += op.length;
    while (this.pos < text.length && BLANK.test(text[this.pos] as string)) this.pos++;
    if (this.pos >= text.length || OPERATOR_START.test(text[this.pos] as string)) return;
    const target = this.word();
    if (op === '<<' || op === '<<-') this.pendingHereDocs.push({ delimiter: target.text, stripTabs: op === '<<-' });
  }

  /** Skip the bodies of here-documents whose operators were on the line just ended. */
  private skipHereDocs(): void {
    const { text } = this;
    for (const doc of this.pendingHereDocs) {
      while (this.pos < text.length) {
        let lineEnd = text.indexOf('\n', this.pos);
        if (lineEnd === -1) lineEnd = text.length;
        let line = text.slice(this.pos, lineEnd).replace(/\r$/, '');
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        this.pos = Math.min(text.length, lineEnd + 1);
        if (line === doc.delimiter) break;
      }
    }
    this.pendingHereDocs = [];
  }

  /** One word from `pos`, which is not a blank or an operator. */
  private word(): ShellWord {
    const { text } = this;
    const start = this.pos;
    const builder = new WordBuilder(start);
    while (this.pos < text.length) {
      const at = this.pos;
      const code = text.charCodeAt(at);
      if (isWordEnd(code) || (code === 0x0d && text.charCodeAt(at + 1) === 0x0a)) break;
      const ch = text[at] as string;
      if (ch === '\\') {
        if (this.isLineBreakAt(at + 1)) {
          this.pos = this.afterLineBreak(at + 1);
          continue;
        }
        if (at + 1 >= text.length) {
          builder.add('\\', at, at + 1);
          this.pos++;
          continue;
        }
        const size = codePointSize(text, at + 1);
        builder.add(text.slice(at + 1, at + 1 + size), at, at + 1 + size);
        this.pos = at + 1 + size;
      } else if (ch === "'") {
        this.singleQuoted(builder);
      } else if (ch === '"') {
        this.doubleQuoted(builder, at + 1);
      } else if (ch === '$' && text[at + 1] === "'") {
        this.ansiQuoted(builder);
      } else if (ch === '$' && text[at + 1] === '"') {
        this.doubleQuoted(builder, at + 2);
      } else if (ch === '$' || ch === '`') {
        this.expansion(builder);
      } else {
        // A run of plain characters (the first may be a lone `\r`); a surrogate pair is never split, as no special unit is a surrogate.
        let end = at + 1;
        while (end < text.length && !isSpecial(text.charCodeAt(end))) end++;
        builder.addSource(text, at, end);
        this.pos = end;
      }
    }
    return builder.build(this.pos);
  }

  private singleQuoted(builder: WordBuilder): void {
    const { text } = this;
    const open = this.pos;
    const close = text.indexOf("'", open + 1);
    const end = close === -1 ? text.length : close;
    builder.addSource(text, open + 1, end);
    builder.quoted({ quote: 'single', contentStart: open + 1, contentEnd: end, terminated: close !== -1 });
    if (close === -1) this.unterminated("'", open);
    this.pos = close === -1 ? text.length : close + 1;
  }

  /** `"…"` (or `$"…"`) with its content starting at `contentStart`. */
  private doubleQuoted(builder: WordBuilder, contentStart: number): void {
    const { text } = this;
    const open = this.pos;
    this.pos = contentStart;
    while (this.pos < text.length && text[this.pos] !== '"') {
      const at = this.pos;
      const ch = text[at] as string;
      if (ch === '\\') {
        const next = text[at + 1];
        if (this.isLineBreakAt(at + 1)) {
          this.pos = this.afterLineBreak(at + 1);
        } else if (next === '$' || next === '`' || next === '"' || next === '\\') {
          builder.add(next, at, at + 2);
          this.pos = at + 2;
        } else {
          builder.add('\\', at, at + 1);
          this.pos = at + 1;
        }
      } else if (ch === '$' || ch === '`') {
        if (ch === '$' && !/[A-Za-z_{(0-9@*#?$!-]/.test(text[at + 1] ?? '')) {
          builder.add('$', at, at + 1);
          this.pos = at + 1;
        } else {
          this.expansion(builder);
        }
      } else {
        // A run of characters that stand for themselves in double quotes, taken in one step (no
        // special unit is a surrogate, so a pair is never split).
        let end = at + 1;
        while (end < text.length && !isDoubleQuoteSpecial(text.charCodeAt(end))) end++;
        builder.addSource(text, at, end);
        this.pos = end;
      }
    }
    const terminated = this.pos < text.length;
    builder.quoted({ quote: 'double', contentStart, contentEnd: this.pos, terminated });
    if (!terminated) this.unterminated('"', open);
    else this.pos++;
  }

  /** `$'…'`: ANSI-C quoting with backslash escapes. */
  private ansiQuoted(builder: WordBuilder): void {
    const { text } = this;
    const open = this.pos;
    this.pos += 2;
    while (this.pos < text.length && text[this.pos] !== "'") {
      const at = this.pos;
      if (text[at] === '\\' && at + 1 < text.length) {
        const { value, length } = ansiEscape(text, at);
        builder.add(value, at, at + length);
        this.pos = at + length;
      } else {
        const size = codePointSize(text, at);
        builder.add(text.slice(at, at + size), at, at + size);
        this.pos = at + size;
      }
    }
    const terminated = this.pos < text.length;
    builder.quoted({ quote: 'ansi', contentStart: open + 2, contentEnd: this.pos, terminated });
    if (!terminated) this.unterminated("$'", open);
    else this.pos++;
  }

  /** `$NAME`, `${…}`, `$(…)`, `$((…))` or `` `…` ``: one placeholder; `$(…)` bodies are scanned for commands. */
  private expansion(builder: WordBuilder): void {
    const { text } = this;
    const at = this.pos;
    if (text[at] === '`') {
      let i = at + 1;
      while (i < text.length && text[i] !== '`') i += text[i] === '\\' ? 2 : 1;
      this.pos = Math.min(text.length, i + 1);
      if (i >= text.length) this.unterminated('`', at);
    } else if (text.startsWith('$((', at)) {
      this.pos = this.matchingParen(at + 1);
    } else if (text.startsWith('$(', at)) {
      // The inner commands are commands of the script too (`ARN=$(aws … --query …)`).
      const saved = this.pendingHereDocs;
      this.pendingHereDocs = [];
      // Inside `$(…)` the steps run through: the caller pauses between lines of the outer script only.
      const inner = this.commandList(at + 2, ')');
      let step = inner.next();
      while (step.done !== true) step = inner.next();
      const end = step.value;
      this.pendingHereDocs = saved;
      this.pos = end;
    } else if (text.startsWith('${', at)) {
      let depth = 0;
      let i = at + 1;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      this.pos = Math.min(text.length, i + 1);
    } else {
      const match = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(text.slice(at, at + 256));
      this.pos = at + (match ? match[0].length : 1);
      if (!match) {
        builder.add('$', at, at + 1);
        return;
      }
    }
    builder.expansion(at, this.pos);
  }

  /** Offset just past the `)` matching the `(` at `open` (or the end of the text). */
  private matchingParen(open: number): number {
    const { text } = this;
    let depth = 0;
    for (let i = open; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\\') i++;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return i + 1;
    }
    return text.length;
  }

  private unterminated(quote: string, offset: number): void {
    this.problems.push({ message: `unterminated quote: ${quote} is never closed`, offset, length: quote.length });
  }

  private isLineBreakAt(offset: number): boolean {
    const ch = this.text[offset];
    return ch === '\n' || (ch === '\r' && this.text[offset + 1] === '\n');
  }

  private afterLineBreak(offset: number): number {
    return this.text[offset] === '\r' ? offset + 2 : offset + 1;
  }
}

/** UTF-16 length of the code point at `offset` (2 for a surrogate pair). */
function codePointSize(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** One escape of `$'…'` at `offset` (a backslash): its value and source length. */
function ansiEscape(text: string, offset: number): { value: string; length: number } {
  const next = text[offset + 1] as string;
  const simple = SIMPLE_ESCAPES[next];
  if (simple !== undefined) return { value: simple, length: 2 };
  const hex = (max: number, from: number): { value: string; length: number } | undefined => {
    const match = new RegExp(`^[0-9a-fA-F]{1,${max}}`).exec(text.slice(from, from + max));
    if (!match) return undefined;
    const cp = parseInt(match[0], 16);
    return { value: cp <= 0x10ffff ? String.fromCodePoint(cp) : '', length: from - offset + match[0].length };
  };
  if (next === 'x') return hex(2, offset + 2) ?? { value: '\\x', length: 2 };
  if (next === 'u') return hex(4, offset + 2) ?? { value: '\\u', length: 2 };
  if (next === 'U') return hex(8, offset + 2) ?? { value: '\\U', length: 2 };
  const octal = /^[0-7]{1,3}/.exec(text.slice(offset + 1, offset + 4));
  if (octal) return { value: String.fromCharCode(parseInt(octal[0], 8) & 0xff), length: 1 + octal[0].length };
  return { value: `\\${next}`, length: 2 };
}
