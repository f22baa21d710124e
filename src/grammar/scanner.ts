/**
 * The mode-driven scanner: turns shorthand text into tokens, handed to a sink as they are
 * found (`tokens.ts` collects Chevrotain tokens for the parser; `direct-value.ts` builds the
 * value without them).
 *
 * Which characters a value may contain depends on where it stands (a first value, a later csv
 * item, a list element), and whether `a=x,y…` continues a list depends on what follows `y`. The
 * scanner keeps the container stack (top level, `[…]`, `{…}`) as lexer modes and performs the
 * AWS CLI's csv look-ahead itself, emitting `CsvComma` for commas that continue an implicit
 * list. It never throws: text that cannot stand where it stands becomes an `Unexpected` token,
 * and lexical errors (unterminated quotes, a missing csv item, nesting too deep) become
 * `Invalid` tokens carrying their diagnostic, so the parser reports every error in input order.
 */
import {
  ASCII_CLASSES,
  codePointAt,
  codePointLength,
  FIRST_FOLLOW,
  isFirstFollow,
  isPythonSpace,
  isSecondFollow,
  isSkippableSpace,
  isValueStart,
  KEY_CHAR,
  SECOND_FOLLOW,
} from './charsets.js';
import type { SyntaxDiagnostic } from './errors.js';
import { unexpectedInput } from './message.js';
import { KIND } from './token-kinds.js';
import type { TokenKind } from './token-kinds.js';

/** Deepest `[`/`{` nesting accepted; the AWS CLI dies with RecursionError a little past it. */
export const MAX_NESTING_DEPTH = 480;

/** What the scanner leaves beside its tokens. */
export interface ScanExtras {
  /** Source ranges the AWS CLI silently drops (its csv backtracking can land past text). */
  readonly skipped: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /**
   * Later csv items the AWS CLI read and then discarded when it backtracked. It already loaded
   * their files by then (in a `key@=` value), so a missing file there is still an error.
   */
  readonly probes: ReadonlyArray<Probe>;
}

/** A csv item read during look-ahead and then discarded. */
export interface Probe {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Where the scanner stands, i.e. what it expects next (the lexer modes). */
const MODE = {
  key: 0,
  value: 1,
  separator: 2,
  listItem: 3,
  hashEntry: 4,
} as const;
type Mode = (typeof MODE)[keyof typeof MODE];

/** An open `[…]` or `{…}`; the top level is the empty stack. */
type Container = 'list' | 'hash';

const COMMA = 0x2c;
const EQUALS = 0x3d;
const AT = 0x40;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BACKSLASH = 0x5c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;

/**
 * Receives the scanner's tokens as they are found. A sink that returns `false` stops the scan
 * (the fast value builder gives up on anything unusual and leaves it to the parser).
 */
export interface TokenSink {
  /**
   * One token: its kind, source range and payload (decoded string or diagnostic). An `Unquoted`
   * token's payload is set only when decoding changes its text (a `\,`); otherwise the value is
   * the source range itself.
   */
  token(kind: TokenKind, text: string, start: number, end: number, payload: string | SyntaxDiagnostic | undefined): boolean;
}

/** Feed `text`'s tokens to `sink`; `complete` is false when the sink stopped the scan early. */
export function scanInto(text: string, sink: TokenSink): ScanExtras & { complete: boolean } {
  return new Scanner(text, sink).run();
}

class Scanner {
  private pos = 0;
  private stopped = false;
  private readonly skipped: Array<{ start: number; end: number }> = [];
  private readonly probes: Probe[] = [];
  private readonly stack: Container[] = [];
  /** Set by `matchUnquoted` when the value it matched holds a `\,` to undo. */
  private escapedComma = false;

  constructor(
    private readonly text: string,
    private readonly sink: TokenSink,
  ) {}

  run(): ScanExtras & { complete: boolean } {
    const { text } = this;
    let mode: Mode | undefined = MODE.key;
    while (mode !== undefined && !this.stopped) {
      switch (mode) {
        case MODE.key:
          mode = this.keyPart();
          break;
        case MODE.value:
          mode = this.valuePart();
          break;
        case MODE.separator:
          mode = this.separator();
          break;
        case MODE.listItem:
          mode = text.charCodeAt(this.pos) === RBRACKET ? this.close(KIND.RBracket) : MODE.value;
          break;
        case MODE.hashEntry:
          mode = text.charCodeAt(this.pos) === RBRACE ? this.close(KIND.RBrace) : MODE.key;
          break;
      }
    }
    return { skipped: this.skipped, probes: this.probes, complete: !this.stopped };
  }

  // key-part = [key] *ws ["@" *ws] "=" *ws      e.g.  `Name @= ` in `Name @= file://x`
  private keyPart(): Mode {
    const { text } = this;
    const start = this.pos;
    // Key characters are ASCII: the table lookup is the whole test (no key character is >= 0x80).
    let pos = start;
    for (let code = text.charCodeAt(pos); code < 0x80 && (ASCII_CLASSES[code]! & KEY_CHAR) !== 0; code = text.charCodeAt(pos)) pos++;
    this.pos = pos;
    if (this.pos > start) this.emit(KIND.Key, start, this.pos);
    this.skipSpace();
    if (text.charCodeAt(this.pos) === AT) {
      this.emit(KIND.At, this.pos, this.pos + 1);
      this.pos++;
      this.skipSpace();
    }
    if (text.charCodeAt(this.pos) !== EQUALS) {
      // The parser reports "Expected: '='" at this token; a zero-width one leaves the end or a
      // separator in place so the structure around it survives.
      const code = text.charCodeAt(this.pos);
      if (this.pos >= text.length || code === COMMA || code === RBRACKET || code === RBRACE) {
        this.emit(KIND.Unexpected, this.pos, this.pos);
        return MODE.separator;
      }
      this.unexpectedRun(true);
      if (text.charCodeAt(this.pos) !== EQUALS) return MODE.separator;
    }
    this.emit(KIND.Equals, this.pos, this.pos + 1);
    this.pos++;
    this.skipSpace();
    return MODE.value;
  }

  // value = explicit-list / hash-literal / csv-value (top level) / first-value (nested)
  private valuePart(): Mode {
    const { text } = this;
    const code = text.charCodeAt(this.pos);
    if (code === LBRACKET || code === LBRACE) return this.open(code === LBRACKET ? 'list' : 'hash');
    if (this.stack.length === 0) {
      if (this.pos >= text.length) {
        this.emit(KIND.EmptyValue, this.pos, this.pos);
        return MODE.separator;
      }
      this.csvValue();
    } else {
      this.firstValue();
    }
    return MODE.separator;
  }

  // Between items: `,` (then the next key or item), a closing bracket, or the end.
  private separator(): Mode | undefined {
    const { text } = this;
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      if (this.pos >= text.length) return undefined;
      this.skipSpace();
      // `a=[x] ` : the AWS CLI skips the blank, then wants a `,` and meets the end.
      if (this.pos >= text.length) {
        this.emit(KIND.Unexpected, this.pos, this.pos);
        return undefined;
      }
    } else {
      this.skipSpace();
      if (this.pos >= text.length) return undefined;
      const closer = top === 'list' ? RBRACKET : RBRACE;
      if (text.charCodeAt(this.pos) === closer) return this.close(top === 'list' ? KIND.RBracket : KIND.RBrace);
    }
    if (text.charCodeAt(this.pos) === COMMA) {
      this.emit(KIND.Comma, this.pos, this.pos + 1);
      this.pos++;
      this.skipSpace();
      return top === undefined ? MODE.key : top === 'list' ? MODE.listItem : MODE.hashEntry;
    }
    this.unexpectedRun(false);
    return MODE.separator;
  }

  private open(container: Container): Mode {
    if (this.stack.length >= MAX_NESTING_DEPTH) {
      const diagnostic: SyntaxDiagnostic = {
        code: 'NESTING_TOO_DEEP',
        message: `Nesting deeper than ${MAX_NESTING_DEPTH} levels is not supported (at offset ${this.pos})`,
        offset: this.pos,
        length: this.text.length - this.pos,
        severity: 'error',
      };
      this.emit(KIND.Invalid, this.pos, this.text.length, diagnostic);
      this.pos = this.text.length;
      return MODE.separator;
    }
    this.emit(container === 'list' ? KIND.LBracket : KIND.LBrace, this.pos, this.pos + 1);
    this.pos++;
    this.skipSpace();
    this.stack.push(container);
    return container === 'list' ? MODE.listItem : MODE.hashEntry;
  }

  private close(type: TokenKind): Mode {
    this.emit(type, this.pos, this.pos + 1);
    this.pos++;
    this.stack.pop();
    return MODE.separator;
  }

  // csv-value = first-value [*ws "," second-value *(*ws "," second-value)]
  //   a=x,y,z=w : the items are x and y; `z` is followed by `=`, so the AWS CLI backs up to the
  //        ^       last comma at or before where it failed and ends the list there.
  private csvValue(): void {
    const { text } = this;
    this.firstValue();
    this.skipSpace();
    if (text.charCodeAt(this.pos) !== COMMA) return;
    let commaAt = this.pos;
    while (!this.stopped) {
      let at = commaAt + 1;
      while (at < text.length && isSkippableSpace(text.charCodeAt(at))) at++;
      if (at >= text.length) {
        // `a=b,` : a second item is required and the input has ended.
        this.emit(KIND.CsvComma, commaAt, commaAt + 1);
        this.emitInvalid(at, 0, '<second>', '<none>');
        this.pos = at;
        return;
      }
      const item = this.laterItem(at);
      let failedAt = at;
      if (item !== undefined) {
        let after = item.next;
        while (after < text.length && isSkippableSpace(text.charCodeAt(after))) after++;
        if (after >= text.length || text.charCodeAt(after) === COMMA) {
          this.emit(KIND.CsvComma, commaAt, commaAt + 1);
          this.emit(item.type, item.start, item.end, item.value);
          this.pos = after;
          if (after >= text.length) return;
          commaAt = after;
          continue;
        }
        failedAt = after;
        this.probes.push({ start: item.start, end: item.end, value: item.value ?? decodeUnquoted(text.slice(item.start, item.end)) });
      }
      let back = failedAt;
      while (text.charCodeAt(back) !== COMMA) back--;
      if (back > commaAt) this.skipped.push({ start: commaAt, end: back });
      this.pos = back;
      return;
    }
  }

  /** A second-or-later csv item at `at`, or undefined where the AWS CLI's attempt fails. */
  private laterItem(
    at: number,
  ): { type: TokenKind; start: number; end: number; next: number; value: string | undefined } | undefined {
    const code = this.text.charCodeAt(at);
    if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
      const close = this.closingQuote(at);
      if (close === -1) return undefined;
      return {
        type: code === SINGLE_QUOTE ? KIND.SingleQuoted : KIND.DoubleQuoted,
        start: at,
        end: close + 1,
        next: close + 1,
        value: decodeQuoted(this.text.slice(at + 1, close), code),
      };
    }
    const { text } = this;
    const end = this.matchUnquoted(at, SECOND_FOLLOW);
    if (end === at) return undefined;
    const trimmed = this.trimEnd(at, end);
    const value = this.escapedComma ? decodeUnquoted(text.slice(at, trimmed)) : undefined;
    return { type: KIND.Unquoted, start: at, end: trimmed, next: end, value };
  }

  // first-value = single-quoted / double-quoted / [value-start *(value-follow)]   (may be empty)
  private firstValue(): void {
    const { text } = this;
    const at = this.pos;
    const code = text.charCodeAt(at);
    if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
      const close = this.closingQuote(at);
      if (close === -1) {
        this.emitInvalid(at, text.length - at, code === SINGLE_QUOTE ? '<singled quoted>' : '<double quoted>', '<none>');
        this.pos = text.length;
        return;
      }
      this.emit(
        code === SINGLE_QUOTE ? KIND.SingleQuoted : KIND.DoubleQuoted,
        at,
        close + 1,
        decodeQuoted(text.slice(at + 1, close), code),
      );
      this.pos = close + 1;
      return;
    }
    const end = this.matchUnquoted(at, FIRST_FOLLOW);
    if (end === at) {
      this.emit(KIND.EmptyValue, at, at);
      return;
    }
    const trimmed = this.trimEnd(at, end);
    this.emit(KIND.Unquoted, at, trimmed, this.escapedComma ? decodeUnquoted(text.slice(at, trimmed)) : undefined);
    this.pos = end;
  }

  /**
   * End of the longest `(\,|start)(\,|follow)*` match at `at` (== at when none); `follow` is
   * `FIRST_FOLLOW` or `SECOND_FOLLOW`. The hot loop of `parse()`: ASCII other than `\` is
   * decided by one table lookup, everything else by the class functions.
   */
  private matchUnquoted(at: number, follow: typeof FIRST_FOLLOW | typeof SECOND_FOLLOW): number {
    const { text } = this;
    const { length } = text;
    let i = at;
    let first = true;
    this.escapedComma = false;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < 0x80 && code !== BACKSLASH && !first) {
        if ((ASCII_CLASSES[code]! & follow) === 0) break;
        i++;
      } else if (code === BACKSLASH && text.charCodeAt(i + 1) === COMMA) {
        i += 2;
        this.escapedComma = true;
      } else {
        const cp = code < 0xd800 ? code : codePointAt(text, i);
        if (!(first ? isValueStart(cp) : follow === FIRST_FOLLOW ? isFirstFollow(cp) : isSecondFollow(cp))) break;
        i += codePointLength(cp);
      }
      first = false;
    }
    return i;
  }

  /** `end` moved back over trailing Python whitespace (`str.rstrip()`). */
  private trimEnd(start: number, end: number): number {
    while (end > start && isPythonSpace(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  /**
   * Offset of the quote closing the quoted value opened at `open`, or -1. The AWS CLI's pattern
   * `'(?:\\'|[^'])*'` takes the longest match: the first quote not preceded by a backslash, or,
   * when every later quote is escaped, the last of them.
   */
  private closingQuote(open: number): number {
    const { text } = this;
    const quote = text[open] as string;
    let last = -1;
    for (let i = text.indexOf(quote, open + 1); i !== -1; i = text.indexOf(quote, i + 1)) {
      if (i === open + 1 || text.charCodeAt(i - 1) !== BACKSLASH) return i;
      last = i;
    }
    return last;
  }

  /** Emit `Unexpected` over text that cannot stand here, up to a structural character. */
  private unexpectedRun(stopAtEquals: boolean): void {
    const { text } = this;
    const start = this.pos;
    let i = start + codePointLength(codePointAt(text, start));
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === COMMA || code === RBRACKET || code === RBRACE || (stopAtEquals && code === EQUALS)) break;
      i++;
    }
    this.emit(KIND.Unexpected, start, i);
    this.pos = i;
  }

  private emitInvalid(offset: number, length: number, expected: string, received: string): void {
    this.emit(KIND.Invalid, offset, offset + length, unexpectedInput(this.text, offset, length, expected, received));
  }

  private skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length && isSkippableSpace(text.charCodeAt(this.pos))) this.pos++;
  }

  private emit(kind: TokenKind, start: number, end: number, payload?: string | SyntaxDiagnostic): void {
    if (!this.sink.token(kind, this.text, start, end, payload)) {
      this.stopped = true;
      this.pos = this.text.length;
    }
  }
}

/** Undo `\,` in an unquoted value. */
export function decodeUnquoted(raw: string): string {
  return raw.includes('\\,') ? raw.replaceAll('\\,', ',') : raw;
}

/** Undo escapes in a quoted body the AWS CLI's way: `\<quote>` first, then `\\`. */
function decodeQuoted(body: string, quote: number): string {
  if (!body.includes('\\')) return body;
  const q = String.fromCharCode(quote);
  return body.replaceAll(`\\${q}`, q).replaceAll('\\\\', '\\');
}
