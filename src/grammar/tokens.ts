/**
 * Chevrotain token types of the shorthand grammar, and `scan`, which turns the scanner's token
 * kinds into Chevrotain tokens. The AWS CLI grammar is context dependent (which characters a
 * value may hold depends on where it stands, and `a=b,c` is a list while `a=b,c=d` is two
 * pairs), so tokens come from our own mode-driven scanner (`scanner.ts`) rather than
 * Chevrotain's regex lexer; the types carry `Lexer.NA` patterns.
 */
import { createToken, Lexer } from 'chevrotain';
import type { IToken, TokenType } from 'chevrotain';
import type { SyntaxDiagnostic } from './errors.js';
import { decodeUnquoted, scanInto } from './scanner.js';
import type { Probe, TokenSink } from './scanner.js';
import { KIND } from './token-kinds.js';
import type { TokenKind } from './token-kinds.js';

/** A key: `[A-Za-z0-9_.#/:-]+`. An empty key produces no token. */
export const Key = createToken({ name: 'Key', pattern: Lexer.NA, label: '<key>' });
/** The `@` of `key@=value`. */
export const At = createToken({ name: 'At', pattern: Lexer.NA, label: '@' });
/** The `=` of a key-value pair. */
export const Equals = createToken({ name: 'Equals', pattern: Lexer.NA, label: '=' });
/** A `,` between pairs, list items or hash entries. */
export const Comma = createToken({ name: 'Comma', pattern: Lexer.NA, label: ',' });
/** A `,` that continues an implicit csv list (`a=x,y`): the scanner looked ahead to decide. */
export const CsvComma = createToken({ name: 'CsvComma', pattern: Lexer.NA, label: ',' });
export const LBracket = createToken({ name: 'LBracket', pattern: Lexer.NA, label: '[' });
export const RBracket = createToken({ name: 'RBracket', pattern: Lexer.NA, label: ']' });
export const LBrace = createToken({ name: 'LBrace', pattern: Lexer.NA, label: '{' });
export const RBrace = createToken({ name: 'RBrace', pattern: Lexer.NA, label: '}' });
/** Any token that stands for one scalar (a category: the parser matches all five with one check). */
export const Scalar = createToken({ name: 'Scalar', pattern: Lexer.NA, label: '<scalar>' });
/** An unquoted value; the payload is the decoded, right-trimmed string. */
export const Unquoted = createToken({ name: 'Unquoted', pattern: Lexer.NA, label: '<value>', categories: Scalar });
/** `'…'`; the payload is the decoded string. */
export const SingleQuoted = createToken({
  name: 'SingleQuoted',
  pattern: Lexer.NA,
  label: '<singled quoted>',
  categories: Scalar,
});
/** `"…"`; the payload is the decoded string. */
export const DoubleQuoted = createToken({
  name: 'DoubleQuoted',
  pattern: Lexer.NA,
  label: '<double quoted>',
  categories: Scalar,
});
/** A zero-width empty value, where the AWS CLI reads `''` without consuming (`a=`, `[,]`). */
export const EmptyValue = createToken({ name: 'EmptyValue', pattern: Lexer.NA, label: '<empty>', categories: Scalar });
/** A lexical error found by the scanner, standing where a value stands; the payload is its diagnostic. */
export const Invalid = createToken({ name: 'Invalid', pattern: Lexer.NA, label: '<invalid>', categories: Scalar });
/** Text that cannot stand where it stands; an empty image means whitespace ran into the end. */
export const Unexpected = createToken({ name: 'Unexpected', pattern: Lexer.NA, label: '<unexpected>' });

/**
 * A container already parsed on its own, standing in for its tokens (never scanned: the parser
 * makes these so that deep nesting is parsed in bounded slices, see `parseTokens`).
 */
export const Subtree = createToken({ name: 'Subtree', pattern: Lexer.NA, label: '<value>', categories: Scalar });

/** Every token type, in a stable order (the parser's vocabulary). */
export const allTokenTypes: TokenType[] = [
  Key, At, Equals, Comma, CsvComma, LBracket, RBracket, LBrace, RBrace,
  Scalar, Unquoted, SingleQuoted, DoubleQuoted, EmptyValue, Unexpected, Invalid, Subtree,
];

/**
 * A scanned token: offsets are UTF-16, `endOffset` inclusive as Chevrotain wants it. A class,
 * so every token has one hidden shape (the parser's hot path reads them all).
 */
export class ShorthandToken implements IToken {
  readonly tokenTypeIdx: number;
  readonly endOffset: number;

  constructor(
    readonly tokenType: TokenType,
    readonly image: string,
    readonly startOffset: number,
    /** Decoded string for value tokens; the diagnostic for `Invalid`. */
    readonly payload: string | SyntaxDiagnostic | undefined,
  ) {
    this.tokenTypeIdx = (tokenType as TokenType & { tokenTypeIdx: number }).tokenTypeIdx;
    this.endOffset = startOffset + image.length - 1;
  }
}

/** The Chevrotain token type of each scanner kind, indexed by `KIND` value. */
const TYPE_OF_KIND: readonly TokenType[] = (() => {
  const types: TokenType[] = [];
  types[KIND.Key] = Key;
  types[KIND.At] = At;
  types[KIND.Equals] = Equals;
  types[KIND.Comma] = Comma;
  types[KIND.CsvComma] = CsvComma;
  types[KIND.LBracket] = LBracket;
  types[KIND.RBracket] = RBracket;
  types[KIND.LBrace] = LBrace;
  types[KIND.RBrace] = RBrace;
  types[KIND.Unquoted] = Unquoted;
  types[KIND.SingleQuoted] = SingleQuoted;
  types[KIND.DoubleQuoted] = DoubleQuoted;
  types[KIND.EmptyValue] = EmptyValue;
  types[KIND.Unexpected] = Unexpected;
  types[KIND.Invalid] = Invalid;
  return types;
})();

/** Interned one-character images, so structural tokens allocate no string. */
const PUNCTUATION = new Map([...',=@[]{}'].map((c) => [c.charCodeAt(0), c] as const));

/**
 * Collects Chevrotain tokens for the parser. With `firstError`, it stops the scan one token
 * after the first `Unexpected` or `Invalid` one: the parser reports an error for every such
 * token when it consumes it, and it looks at most two tokens ahead (`maxLookahead: 2`), so
 * every decision up to that first error sees the tokens it would have seen in a full scan.
 */
class TokenCollector implements TokenSink {
  readonly tokens: ShorthandToken[] = [];
  /** Tokens still to take before stopping (`Infinity`: scan everything). */
  private remaining = Infinity;

  constructor(private readonly firstError: boolean) {}

  token(kind: TokenKind, text: string, start: number, end: number, payload: string | SyntaxDiagnostic | undefined): boolean {
    if (this.remaining === 0) return false;
    if (this.firstError && this.remaining === Infinity && (kind === KIND.Unexpected || kind === KIND.Invalid)) this.remaining = 2;
    const image = end - start === 1 ? (PUNCTUATION.get(text.charCodeAt(start)) ?? text.slice(start, end)) : text.slice(start, end);
    // An unquoted value's payload is its image with `\,` undone.
    const decoded = payload ?? (kind === KIND.Unquoted ? decodeUnquoted(image) : undefined);
    this.tokens.push(new ShorthandToken(TYPE_OF_KIND[kind] as TokenType, image, start, decoded));
    this.remaining -= 1;
    return this.remaining > 0;
  }
}

/** What `scan` produced: Chevrotain tokens and the scanner's extras. */
export interface ScanResult {
  /** Tokens in input order; the parser supplies the end-of-input token. */
  readonly tokens: ShorthandToken[];
  /** Source ranges the AWS CLI silently drops (its csv backtracking can land past text). */
  readonly skipped: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /** Later csv items the AWS CLI read, then discarded (their files were loaded all the same). */
  readonly probes: ReadonlyArray<Probe>;
}

/**
 * Scan `text` into Chevrotain tokens; with `firstError`, stop one token after the first one
 * that is an error (see `TokenCollector`).
 */
export function scan(text: string, firstError = false): ScanResult {
  const collector = new TokenCollector(firstError);
  const { skipped, probes } = scanInto(text, collector);
  return { tokens: collector.tokens, skipped, probes };
}
