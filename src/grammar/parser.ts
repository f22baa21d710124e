/**
 * The Chevrotain grammar: tokens from `scanner.ts` → syntax tree (`ast.ts`) + diagnostics.
 *
 * Where the AWS CLI expects a character and finds another, a rule records the AWS CLI's
 * "Expected: 'X', received: 'Y'" diagnostic and carries on, so one pass yields the first error
 * exactly as the AWS CLI reports it, the later ones an editor wants, and a partial tree.
 * Rules never throw on bad input; diagnostics are recorded in input order.
 */
import { EmbeddedActionsParser, EOF } from 'chevrotain';
import type { IToken, TokenType } from 'chevrotain';
import type { KeyNode, KeyValueNode, ListNode, ObjectNode, ScalarNode, ValueNode, QuoteStyle } from './ast.js';
import { codePointAt, codePointLength } from './charsets.js';
import type { SyntaxDiagnostic } from './errors.js';
import { duplicateKeyMessage, unexpectedInputMessage } from './message.js';
import * as T from './tokens.js';
import type { ShorthandToken } from './tokens.js';

const QUOTE_OF = new Map<TokenType, QuoteStyle>([
  [T.Unquoted, 'none'],
  [T.SingleQuoted, 'single'],
  [T.DoubleQuoted, 'double'],
  [T.EmptyValue, 'none'],
  [T.Invalid, 'none'],
]);

class ShorthandGrammar extends EmbeddedActionsParser {
  /** The text being parsed (for messages). */
  text = '';
  diagnostics: SyntaxDiagnostic[] = [];
  /** Where the AWS CLI would raise each diagnostic (a duplicate key only once its pair is read). */
  raisedAt: number[] = [];
  /** The AWS CLI's file flag: set by each key-value, read by each scalar as it is parsed. */
  private resolvesFile = false;

  constructor() {
    super(T.allTokenTypes, { recoveryEnabled: false, maxLookahead: 2, skipValidations: true });
    this.performSelfAnalysis();
  }

  // parameter = keyval *("," keyval)          e.g.  Name=a,Tags=[x,y]
  readonly parameter = this.RULE('parameter', (): ObjectNode => {
    const first = this.SUBRULE(this.keyValue);
    const entries: KeyValueNode[] = [first];
    const seen = this.ACTION(() => new Set<string>([first.key.name]));
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const comma = this.CONSUME(T.Comma);
            const entry = this.SUBRULE2(this.keyValue);
            this.ACTION(() => {
              const previous = entries[entries.length - 1] as KeyValueNode;
              if (seen.has(entry.key.name)) this.duplicateKey(entry, previous, comma);
              seen.add(entry.key.name);
              entries.push(entry);
            });
          },
        },
        { ALT: () => this.unexpected(',') },
      ]);
    });
    return this.ACTION(() => ({
      type: 'object' as const,
      entries,
      braced: false,
      start: 0,
      end: this.text.length,
    }));
  });

  // keyval = [key] ["@"] "=" value             e.g.  Name@=file://n.txt
  private readonly keyValue = this.RULE('keyValue', (): KeyValueNode => {
    const keyToken = this.OPTION(() => this.CONSUME(T.Key));
    const at = this.OPTION2(() => this.CONSUME(T.At));
    const next = this.LA(1);
    const start = next.tokenType === EOF ? this.text.length : next.startOffset;
    this.OPTION3(() => this.unexpected('='));
    const equals = this.OPTION4(() => this.CONSUME(T.Equals));
    this.ACTION(() => {
      this.resolvesFile = at !== undefined;
    });
    const value = this.OPTION5(() => this.SUBRULE(this.value));
    return this.ACTION(() => {
      const key: KeyNode = keyToken
        ? { type: 'key', name: keyToken.image, start: keyToken.startOffset, end: tokenEnd(keyToken) }
        : { type: 'key', name: '', start, end: start };
      const end = value ? value.end : equals ? tokenEnd(equals) : at ? tokenEnd(at) : key.end;
      return { type: 'keyValue' as const, key, fileRef: at !== undefined, value, start: key.start, end };
    });
  });

  // value = explicit-list / hash-literal / csv-value
  private readonly value = this.RULE('value', (): ValueNode => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.hash) },
      { ALT: () => this.SUBRULE(this.csvValue) },
    ]);
  });

  // csv-value = scalar *("," scalar)           e.g.  Subnets=a,b,c
  private readonly csvValue = this.RULE('csvValue', (): ValueNode => {
    const first = this.SUBRULE(this.scalar);
    const items: ScalarNode[] = [first];
    this.MANY(() => {
      this.CONSUME(T.CsvComma);
      const item = this.SUBRULE2(this.scalar);
      this.ACTION(() => items.push(item));
    });
    return this.ACTION((): ValueNode => {
      if (items.length === 1) return first;
      const last = items[items.length - 1] as ScalarNode;
      return { type: 'list', items, bracketed: false, start: first.start, end: last.end };
    });
  });

  // explicit-value = explicit-list / hash-literal / scalar     (list items and hash values)
  private readonly explicitValue = this.RULE('explicitValue', (): ValueNode => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.hash) },
      { ALT: () => this.SUBRULE(this.scalar) },
    ]);
  });

  // explicit-list = "[" [explicit-value *("," explicit-value)] [","] "]"    e.g.  [a,{b=c},[d]]
  private readonly list = this.RULE('list', (): ListNode => {
    const open = this.CONSUME(T.LBracket);
    const items: ValueNode[] = [];
    this.MANY(() => {
      const item = this.SUBRULE(this.explicitValue);
      this.ACTION(() => items.push(item));
      this.MANY2(() => this.unexpected(','));
      this.OPTION(() => this.CONSUME(T.Comma));
    });
    const close = this.OPTION2(() => this.CONSUME(T.RBracket));
    return this.ACTION(() => {
      if (!close) this.expectedButFound(',', this.LA(1));
      const end = close ? tokenEnd(close) : this.lastEnd(open, items);
      return { type: 'list' as const, items, bracketed: true, start: open.startOffset, end };
    });
  });

  // hash-literal = "{" [keyval *("," keyval)] [","] "}"      e.g.  {S3Uri=s3://b/k,Type=S3Prefix}
  private readonly hash = this.RULE('hash', (): ObjectNode => {
    const open = this.CONSUME(T.LBrace);
    const entries: KeyValueNode[] = [];
    this.MANY({
      // Every entry starts with a token, but all of a pair's parts are optional to the
      // grammar (errors are recorded, not thrown), so stop explicitly at the closing brace.
      GATE: () => this.LA(1).tokenType !== T.RBrace && this.LA(1).tokenType !== EOF,
      DEF: () => {
      const entry = this.SUBRULE(this.keyValue);
      this.ACTION(() => entries.push(entry));
      this.MANY2(() => this.unexpected(','));
      this.OPTION(() => this.CONSUME(T.Comma));
      },
    });
    const close = this.OPTION2(() => this.CONSUME(T.RBrace));
    return this.ACTION(() => {
      if (!close) this.expectedButFound(',', this.LA(1));
      const end = close ? tokenEnd(close) : this.lastEnd(open, entries);
      return { type: 'object' as const, entries, braced: true, start: open.startOffset, end };
    });
  });

  // scalar = unquoted / single-quoted / double-quoted / empty
  private readonly scalar = this.RULE('scalar', (): ScalarNode => {
    const token = this.OR([
      { ALT: () => this.CONSUME(T.Unquoted) },
      { ALT: () => this.CONSUME(T.SingleQuoted) },
      { ALT: () => this.CONSUME(T.DoubleQuoted) },
      { ALT: () => this.CONSUME(T.EmptyValue) },
      { ALT: () => this.CONSUME(T.Invalid) },
    ]) as ShorthandToken;
    return this.ACTION(() => {
      const payload = token.payload;
      let value = '';
      if (typeof payload === 'string') value = payload;
      else if (payload !== undefined) this.report(payload, payload.offset);
      return {
        type: 'scalar' as const,
        raw: token.image,
        value,
        quote: QUOTE_OF.get(token.tokenType) ?? 'none',
        resolvesFile: this.resolvesFile,
        start: token.startOffset,
        end: tokenEnd(token),
      };
    });
  });

  private report(diagnostic: SyntaxDiagnostic, raisedAt = diagnostic.offset): void {
    this.diagnostics.push(diagnostic);
    this.raisedAt.push(raisedAt);
  }

  /** Reset for a new input (one parser instance is reused). */
  begin(text: string, tokens: IToken[]): void {
    this.text = text;
    this.diagnostics = [];
    this.raisedAt = [];
    this.resolvesFile = false;
    this.input = tokens;
  }

  private lastEnd(open: IToken, children: ReadonlyArray<{ end: number }>): number {
    const last = children[children.length - 1];
    return last ? last.end : tokenEnd(open);
  }

  /** Consume an `Unexpected` token standing where `expected` should, and record the error. */
  private unexpected(expected: string): void {
    const token = this.CONSUME(T.Unexpected);
    this.ACTION(() => this.expectedButFound(expected, token));
  }

  /** Record the AWS CLI's "Expected: 'X', received: 'Y'" at `token`. */
  private expectedButFound(expected: string, token: IToken): void {
    const offset = token.tokenType === EOF ? this.text.length : token.startOffset;
    const received = offset >= this.text.length ? 'EOF' : String.fromCodePoint(codePointAt(this.text, offset));
    this.report({
      code: 'UNEXPECTED_INPUT',
      message: unexpectedInputMessage(this.text, expected, received, offset),
      offset,
      length: Math.max(token.image.length, offset < this.text.length ? codePointLength(codePointAt(this.text, offset)) : 0),
      severity: 'error',
      expected,
      received,
    });
  }

  /**
   * A second top-level `key`: the AWS CLI points one past where the previous pair ended (a
   * csv value ends at its separator comma, a bracketed one at its closing bracket).
   */
  private duplicateKey(entry: KeyValueNode, previous: KeyValueNode, comma: IToken): void {
    const key = entry.key.name;
    const value = previous.value;
    const previousEnd = value && value.type !== 'scalar' && (value.type === 'object' || value.bracketed) ? value.end : comma.startOffset;
    const offset = previousEnd + 1;
    this.report({
      code: 'DUPLICATE_KEY',
      message: duplicateKeyMessage(this.text, key, offset),
      offset,
      length: key.length,
      severity: 'error',
    }, entry.end);
  }
}

let instance: ShorthandGrammar | undefined;

/** The shared grammar instance, built on first use (self-analysis costs a few milliseconds). */
export function grammar(): ShorthandGrammar {
  instance ??= new ShorthandGrammar();
  return instance;
}

/** Parse scanned tokens of `text` into a tree and diagnostics. */
export function parseTokens(
  text: string,
  tokens: IToken[],
): { ast: ObjectNode; diagnostics: SyntaxDiagnostic[]; raisedAt: number[] } {
  const parser = grammar();
  parser.begin(text, tokens);
  const ast = parser.parameter();
  const { diagnostics, raisedAt } = parser;
  if (parser.errors.length > 0 || ast === undefined) {
    // The scanner only emits streams the grammar accepts; this guards against our own bugs.
    const error = parser.errors[0];
    const offset = error ? error.token.startOffset : 0;
    diagnostics.push({
      code: 'UNEXPECTED_INPUT',
      message: `Internal parser error at offset ${offset}: ${error?.message ?? 'no tree'}`,
      offset: Number.isNaN(offset) ? 0 : offset,
      length: 0,
      severity: 'error',
    });
    raisedAt.push(offset);
  }
  return { ast: ast ?? { type: 'object', entries: [], braced: false, start: 0, end: text.length }, diagnostics, raisedAt };
}

/** Offset just past `token` (Chevrotain's `endOffset` is inclusive and optional). */
function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}
