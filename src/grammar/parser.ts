/**
 * The Chevrotain grammar: tokens from `scanner.ts` → syntax tree (`ast.ts`) + diagnostics.
 *
 * Where the AWS CLI expects a character and finds another, a rule records the AWS CLI's
 * "Expected: 'X', received: 'Y'" diagnostic and carries on, so one pass yields the first error
 * exactly as the AWS CLI reports it, the later ones an editor wants, and a partial tree.
 * Rules never throw on bad input; diagnostics are recorded in input order.
 *
 * Hot-path notes: alternatives arrays are built once, scalar kinds share a token category, and
 * embedded actions are plain `if (!this.RECORDING_PHASE)` blocks rather than closures.
 */
import { EmbeddedActionsParser, EOF } from 'chevrotain';
import type { IOrAlt, IToken, TokenType } from 'chevrotain';
import type { KeyNode, KeyValueNode, ListNode, ObjectNode, QuoteStyle, ScalarNode, ValueNode } from './ast.js';
import { endOf } from './ast.js';
import { codePointAt, codePointLength } from './charsets.js';
import type { SyntaxDiagnostic } from './errors.js';
import { duplicateKey, unexpectedInput } from './message.js';
import * as T from './tokens.js';
import { ShorthandToken } from './tokens.js';

const QUOTE_OF = new Map<TokenType, QuoteStyle>([
  [T.SingleQuoted, 'single'],
  [T.DoubleQuoted, 'double'],
]);

/** Placeholder nodes returned while Chevrotain records the grammar. */
const RECORDING_SCALAR: ScalarNode = {
  type: 'scalar',
  raw: '',
  value: '',
  quote: 'none',
  resolvesFile: false,
  unterminated: false,
  offset: 0,
  length: 0,
};

class ShorthandGrammar extends EmbeddedActionsParser {
  /** The text being parsed (for messages). */
  text = '';
  diagnostics: SyntaxDiagnostic[] = [];
  /** Where the AWS CLI would raise each diagnostic (a duplicate key only once its pair is read). */
  raisedAt: number[] = [];
  /**
   * The AWS CLI's file flag: set by each key-value, read by each scalar as it is parsed.
   * Undefined at the start of a slice (`parseTokens`): the key-value that sets it lies outside.
   */
  resolvesFile: boolean | undefined = false;
  /** Scalars of a slice that read the flag before any key-value in the slice set it. */
  inheriting: Array<{ resolvesFile: boolean }> = [];
  private valueAlternatives: Array<IOrAlt<ValueNode>> | undefined;
  private explicitAlternatives: Array<IOrAlt<ValueNode>> | undefined;

  /** `validate` runs Chevrotain's grammar checks (slow; the tests do it once). */
  constructor(validate = false) {
    super(T.allTokenTypes, { recoveryEnabled: false, maxLookahead: 2, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  // parameter = keyval *("," keyval)          e.g.  Name=a,Tags=[x,y]
  readonly parameter = this.RULE('parameter', (): ObjectNode => {
    const entries: KeyValueNode[] = [this.SUBRULE(this.keyValue)];
    const seen = new Set<string>();
    if (!this.RECORDING_PHASE) seen.add((entries[0] as KeyValueNode).key.name);
    this.MANY(this.unexpectedComma);
    this.MANY2(() => {
      const comma = this.CONSUME(T.Comma);
      const entry = this.SUBRULE2(this.keyValue);
      if (!this.RECORDING_PHASE) {
        const name = entry.key.name;
        if (seen.has(name)) this.duplicateKey(entry, entries[entries.length - 1] as KeyValueNode, comma);
        seen.add(name);
        entries.push(entry);
      }
      this.MANY3(this.unexpectedCommaAgain);
    });
    return { type: 'object', entries, braced: false, closed: true, offset: 0, length: this.text.length };
  });

  // Pre-bound DSL bodies: OPTION(() => …) would allocate a closure per call on the hot path.
  private readonly takeKey = (): IToken => this.CONSUME(T.Key);
  private readonly takeAt = (): IToken => this.CONSUME(T.At);
  private readonly takeEquals = (): IToken => this.CONSUME(T.Equals);
  private readonly takeValue = (): ValueNode => this.SUBRULE(this.value);
  private readonly unexpectedEquals = (): void => this.unexpected('=');
  private readonly unexpectedComma = (): void => this.unexpected(',');
  private readonly unexpectedCommaAgain = (): void => this.unexpected(',', 1);
  private readonly takeComma = (): IToken => this.CONSUME(T.Comma);

  // keyval = [key] ["@"] "=" value             e.g.  Name@=file://n.txt
  private readonly keyValue = this.RULE('keyValue', (): KeyValueNode => {
    const keyToken = this.OPTION(this.takeKey);
    const at = this.OPTION2(this.takeAt);
    const next = this.LA(1);
    this.OPTION3(this.unexpectedEquals);
    const equals = this.OPTION4(this.takeEquals);
    this.resolvesFile = at !== undefined;
    const value = this.OPTION5(this.takeValue);
    if (this.RECORDING_PHASE) {
      return { type: 'keyValue', key: { type: 'key', name: '', offset: 0, length: 0 }, fileRef: false, equals: undefined, value, offset: 0, length: 0 };
    }
    const start = next.tokenType === EOF ? this.text.length : next.startOffset;
    const key: KeyNode = keyToken
      ? { type: 'key', name: keyToken.image, offset: keyToken.startOffset, length: keyToken.image.length }
      : { type: 'key', name: '', offset: start, length: 0 };
    const end = value ? endOf(value) : equals ? tokenEnd(equals) : at ? tokenEnd(at) : endOf(key);
    return { type: 'keyValue', key, fileRef: at !== undefined, equals: equals?.startOffset, value, offset: key.offset, length: end - key.offset };
  });

  // value = explicit-list / hash-literal / csv-value
  private readonly value = this.RULE('value', (): ValueNode =>
    this.OR(
      (this.valueAlternatives ??= [
        { ALT: () => this.SUBRULE(this.list) },
        { ALT: () => this.SUBRULE(this.hash) },
        { ALT: () => this.csvValue() },
      ]),
    ),
  );

  // nested = explicit-list / hash-literal      a container parsed on its own (see parseTokens)
  readonly nested = this.RULE('nested', (): ValueNode =>
    this.OR2([{ ALT: () => this.SUBRULE(this.list) }, { ALT: () => this.SUBRULE(this.hash) }]),
  );

  // csv-value = scalar *("," scalar)           e.g.  Subnets=a,b,c
  private csvValue(): ValueNode {
    const first = this.scalarNode(this.CONSUME(T.Scalar));
    let items: ValueNode[] | undefined;
    this.MANY(() => {
      this.CONSUME(T.CsvComma);
      const item = this.scalarNode(this.CONSUME2(T.Scalar));
      (items ??= [first]).push(item);
    });
    if (items === undefined || this.RECORDING_PHASE) return first;
    return { type: 'list', items, bracketed: false, closed: true, offset: first.offset, length: endOf(items[items.length - 1] as ValueNode) - first.offset };
  }

  // explicit-value = explicit-list / hash-literal / scalar     (list items and hash values)
  private readonly explicitValue = this.RULE('explicitValue', (): ValueNode =>
    this.OR(
      (this.explicitAlternatives ??= [
        { ALT: () => this.SUBRULE(this.list) },
        { ALT: () => this.SUBRULE(this.hash) },
        { ALT: () => this.scalarNode(this.CONSUME(T.Scalar)) },
      ]),
    ),
  );

  // explicit-list = "[" [explicit-value *("," explicit-value)] [","] "]"    e.g.  [a,{b=c},[d]]
  private readonly list = this.RULE('list', (): ListNode => {
    const open = this.CONSUME(T.LBracket);
    const items: ValueNode[] = [];
    this.MANY(() => {
      items.push(this.SUBRULE(this.explicitValue));
      this.MANY2(this.unexpectedComma);
      this.OPTION(this.takeComma);
    });
    const close = this.OPTION2(() => this.CONSUME(T.RBracket));
    if (this.RECORDING_PHASE) return { type: 'list', items, bracketed: true, closed: true, offset: 0, length: 0 };
    if (!close) this.expectedButFound(',', this.LA(1));
    const end = close ? tokenEnd(close) : lastEnd(open, items);
    return { type: 'list', items, bracketed: true, closed: close !== undefined, offset: open.startOffset, length: end - open.startOffset };
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
        entries.push(this.SUBRULE(this.keyValue));
        this.MANY2(this.unexpectedComma);
        this.OPTION(this.takeComma);
      },
    });
    const close = this.OPTION2(() => this.CONSUME(T.RBrace));
    if (this.RECORDING_PHASE) return { type: 'object', entries, braced: true, closed: true, offset: 0, length: 0 };
    if (!close) this.expectedButFound(',', this.LA(1));
    const end = close ? tokenEnd(close) : lastEnd(open, entries);
    return { type: 'object', entries, braced: true, closed: close !== undefined, offset: open.startOffset, length: end - open.startOffset };
  });

  // scalar = unquoted / single-quoted / double-quoted / empty   (one token category)
  //   … or a `Subtree`: a container parsed before, in its own slice
  private scalarNode(token: IToken): ValueNode {
    if (this.RECORDING_PHASE) return RECORDING_SCALAR;
    if (token instanceof SubtreeToken) return this.splice(token.slice);
    const payload = (token as ShorthandToken).payload;
    let value = '';
    let quote = QUOTE_OF.get(token.tokenType) ?? 'none';
    let unterminated = false;
    if (typeof payload === 'string') value = payload;
    else if (payload !== undefined) {
      this.report(payload, payload.offset);
      // An unclosed quote: keep its style and its text (everything after the quote).
      const opening = token.image[0];
      if (opening === "'" || opening === '"') {
        quote = opening === "'" ? 'single' : 'double';
        unterminated = true;
        value = token.image.slice(1);
      }
    }
    const node: ScalarNode = {
      type: 'scalar',
      raw: token.image,
      value,
      quote,
      unterminated,
      resolvesFile: this.resolvesFile ?? false,
      offset: token.startOffset,
      length: token.image.length,
    };
    if (this.resolvesFile === undefined) this.inheriting.push(node);
    return node;
  }

  /**
   * Take in a slice parsed before, as if its tokens were parsed here: its diagnostics in their
   * place in input order, and the file flag handed through it the way the AWS CLI's runs on.
   */
  private splice(slice: Slice): ValueNode {
    slice.diagnostics.forEach((diagnostic, index) => this.report(diagnostic, slice.raisedAt[index]));
    const flag = this.resolvesFile;
    for (const scalar of slice.inheriting) {
      if (flag === undefined) this.inheriting.push(scalar);
      else scalar.resolvesFile = flag;
    }
    if (slice.exitFlag !== undefined) this.resolvesFile = slice.exitFlag;
    return slice.node;
  }

  /** Start on a new input (one parser instance is reused); `flag` is the file flag at its start. */
  begin(text: string, tokens: IToken[], flag: boolean | undefined): void {
    this.text = text;
    this.diagnostics = [];
    this.raisedAt = [];
    this.resolvesFile = flag;
    this.inheriting = [];
    this.input = tokens;
  }

  private report(diagnostic: SyntaxDiagnostic, raisedAt = diagnostic.offset): void {
    this.diagnostics.push(diagnostic);
    this.raisedAt.push(raisedAt);
  }

  /**
   * Consume an `Unexpected` token standing where `expected` should, and record the error.
   * `occurrence` tells Chevrotain apart two such places in one rule.
   */
  private unexpected(expected: string, occurrence = 0): void {
    const token = this.consume(occurrence, T.Unexpected);
    if (!this.RECORDING_PHASE) this.expectedButFound(expected, token);
  }

  /** Record the AWS CLI's "Expected: 'X', received: 'Y'" at `token`. */
  private expectedButFound(expected: string, token: IToken): void {
    const offset = token.tokenType === EOF ? this.text.length : token.startOffset;
    const atEnd = offset >= this.text.length;
    const received = atEnd ? 'EOF' : String.fromCodePoint(codePointAt(this.text, offset));
    const length = atEnd ? 0 : Math.max(token.image.length, codePointLength(codePointAt(this.text, offset)));
    this.report(unexpectedInput(this.text, offset, length, expected, received));
  }

  /**
   * A second top-level key: the AWS CLI points one past where the previous pair ended (a csv
   * value ends at its separator comma, a bracketed one at its closing bracket).
   */
  private duplicateKey(entry: KeyValueNode, previous: KeyValueNode, comma: IToken): void {
    const value = previous.value;
    const bracketed = value !== undefined && (value.type === 'object' || (value.type === 'list' && value.bracketed));
    const offset = (bracketed ? endOf(value) : comma.startOffset) + 1;
    this.report(duplicateKey(this.text, offset, entry.key.name), endOf(entry));
  }
}

let instance: ShorthandGrammar | undefined;

/** Build a fresh grammar with Chevrotain's validations on; throws if the grammar is unsound. */
export function validateGrammar(): void {
  new ShorthandGrammar(true);
}

/** The shared grammar instance, built on first use (self-analysis costs a few milliseconds). */
function grammar(): ShorthandGrammar {
  instance ??= new ShorthandGrammar();
  return instance;
}

/**
 * Containers nested this deep (and at every multiple of it) are parsed as slices of their own.
 * Chevrotain descends about 24 JavaScript frames (some 2.7 kB of stack) per level of `{a=…}`, so
 * `MAX_NESTING_DEPTH` levels in one descent would overflow Node's default 984 kB main-thread
 * stack; a slice of 32 levels needs under 100 kB, however deep the whole document.
 */
export const SLICE_DEPTH = 32;

/** Everything parsing one slice yields; a `SubtreeToken` carries it into the enclosing slice. */
interface Slice {
  readonly node: ValueNode;
  readonly diagnostics: readonly SyntaxDiagnostic[];
  readonly raisedAt: readonly number[];
  /** Scalars that read the file flag before a key-value inside the slice set it. */
  readonly inheriting: ReadonlyArray<{ resolvesFile: boolean }>;
  /** The file flag as the slice leaves it; undefined when no key-value inside set it. */
  readonly exitFlag: boolean | undefined;
}

/** A `Subtree` token: a container parsed already, standing in for its tokens. */
class SubtreeToken extends ShorthandToken {
  constructor(
    readonly slice: Slice,
    image: string,
    startOffset: number,
  ) {
    super(T.Subtree, image, startOffset, undefined);
  }
}

/**
 * Parse scanned tokens of `text` into a tree and diagnostics (with where each was raised).
 * Deep containers are parsed first, innermost first, each as a slice at most `sliceDepth`
 * levels deep; the enclosing slice sees one `Subtree` token in its place, so the recursion
 * never goes deeper than `sliceDepth` levels whatever the input's depth. The result is the same
 * as one descent (a property test checks this with small slice depths).
 */
export function parseTokens(
  text: string,
  tokens: IToken[],
  sliceDepth = SLICE_DEPTH,
): { ast: ObjectNode; diagnostics: SyntaxDiagnostic[]; raisedAt: number[] } {
  const parser = grammar();
  const roots = sliceRoots(tokens, sliceDepth);
  const parsed = new Map<number, { token: SubtreeToken; last: number }>();
  for (let index = roots.length - 1; index >= 0; index--) {
    // Roots in descending start order: every slice nested in this one is parsed already.
    const [first, last] = roots[index] as [number, number];
    parser.begin(text, withSlices(tokens, first, last, parsed), undefined);
    const open = tokens[first] as IToken;
    const node = parser.nested() ?? {
      type: 'list',
      items: [],
      bracketed: true,
      closed: false,
      offset: open.startOffset,
      length: open.image.length,
    };
    guardInternalError(parser);
    const slice: Slice = {
      node,
      diagnostics: parser.diagnostics,
      raisedAt: parser.raisedAt,
      inheriting: parser.inheriting,
      exitFlag: parser.resolvesFile,
    };
    parsed.set(first, { token: new SubtreeToken(slice, text.slice(node.offset, endOf(node)), node.offset), last });
  }
  parser.begin(text, parsed.size === 0 ? tokens : withSlices(tokens, -1, tokens.length - 1, parsed), false);
  const ast = parser.parameter();
  guardInternalError(parser, ast === undefined);
  const { diagnostics, raisedAt } = parser;
  return { ast: ast ?? { type: 'object', entries: [], braced: false, closed: true, offset: 0, length: text.length }, diagnostics, raisedAt };
}

/** Record Chevrotain's own error, if any, as a diagnostic. */
function guardInternalError(parser: ShorthandGrammar, noTree = false): void {
  const error = parser.errors[0];
  if (error === undefined && !noTree) return;
  // The scanner only emits streams the grammar accepts; this guards against our own bugs.
  const offset = error && Number.isFinite(error.token.startOffset) ? error.token.startOffset : 0;
  parser.diagnostics.push({
    code: 'UNEXPECTED_INPUT',
    message: `Internal parser error at offset ${offset}: ${error?.message ?? 'no tree'}`,
    offset,
    length: 0,
    severity: 'error',
  });
  parser.raisedAt.push(offset);
}

/**
 * `[first, last]` token ranges of the containers opened at a depth that is a positive multiple
 * of `sliceDepth`, in ascending order; an unclosed one runs to the last token.
 */
function sliceRoots(tokens: readonly IToken[], sliceDepth: number): Array<[number, number]> {
  const roots: Array<[number, number]> = [];
  /** For each open container, its index in `roots`, or -1. */
  const open: number[] = [];
  tokens.forEach((token, index) => {
    const type = token.tokenType;
    if (type === T.LBracket || type === T.LBrace) {
      const isRoot = open.length > 0 && open.length % sliceDepth === 0;
      open.push(isRoot ? roots.push([index, tokens.length - 1]) - 1 : -1);
    } else if (type === T.RBracket || type === T.RBrace) {
      const root = open.pop();
      if (root !== undefined && root !== -1) (roots[root] as [number, number])[1] = index;
    }
  });
  return roots;
}

/** Tokens `first..last` with each parsed slice inside (not starting at `first`) replaced by its token. */
function withSlices(
  tokens: readonly IToken[],
  first: number,
  last: number,
  parsed: ReadonlyMap<number, { token: SubtreeToken; last: number }>,
): IToken[] {
  const own: IToken[] = [];
  if (first >= 0) own.push(tokens[first] as IToken);
  for (let index = first + 1; index <= last; index++) {
    const slice = parsed.get(index);
    if (slice === undefined) own.push(tokens[index] as IToken);
    else {
      own.push(slice.token);
      index = slice.last;
    }
  }
  return own;
}

/** Offset just past `token` (Chevrotain's `endOffset` is inclusive and optional). */
function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

function lastEnd(open: IToken, children: ReadonlyArray<{ offset: number; length: number }>): number {
  const last = children[children.length - 1];
  return last ? endOf(last) : tokenEnd(open);
}
