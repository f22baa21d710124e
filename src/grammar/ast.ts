/**
 * The shorthand syntax tree. Every node carries `offset` and `length`, as diagnostics do: a
 * 0-based offset into the input in UTF-16 code units and a length in the same units, so
 * `input.slice(node.offset, endOf(node))` is the node's source text.
 */

/** Fields every syntax node has. */
export interface NodeBase {
  /** Offset of the node's first code unit (0-based, UTF-16 code units). */
  readonly offset: number;
  /** Number of code units the node spans; `offset + length` is its exclusive end. */
  readonly length: number;
}

/**
 * The exclusive end of a node or range: `offset + length`.
 *
 * @example endOf({ offset: 2, length: 3 }) // 5
 */
export function endOf(range: { readonly offset: number; readonly length: number }): number {
  return range.offset + range.length;
}

/** How a scalar was written in the source. */
export type QuoteStyle = 'none' | 'single' | 'double';

/** A string value: `bar`, `'b a r'`, `"x\"y"`, or the empty value of `a=`. */
export interface ScalarNode extends NodeBase {
  readonly type: 'scalar';
  /** The source text, quotes included. */
  readonly raw: string;
  /** The decoded string (escapes applied, unquoted values right-trimmed as the AWS CLI does). */
  readonly value: string;
  readonly quote: QuoteStyle;
  /**
   * True where the AWS CLI would load a `file://` / `fileb://` value: inside the value of a
   * `key@=` pair, as its parser's file flag stood when it read this scalar.
   */
  readonly resolvesFile: boolean;
  /** True for a quoted value whose closing quote is missing (broken input); it runs to the end. */
  readonly unterminated: boolean;
}

/** A list: explicit `[a,b]` or the implicit csv list of `key=a,b`. */
export interface ListNode extends NodeBase {
  readonly type: 'list';
  readonly items: readonly ValueNode[];
  /** True for `[…]`, false for an implicit csv list. */
  readonly bracketed: boolean;
  /** False when `[` has no closing `]` (broken input); always true for a csv list. */
  readonly closed: boolean;
}

/** A key of a key-value pair; may be empty (`=x` has the key ""). */
export interface KeyNode extends NodeBase {
  readonly type: 'key';
  readonly name: string;
}

/** `key=value` or `key@=value` (the value names a file to read). */
export interface KeyValueNode extends NodeBase {
  readonly type: 'keyValue';
  readonly key: KeyNode;
  /** True for `key@=value`. */
  readonly fileRef: boolean;
  /** Offset of the `=`; undefined when it is missing (broken input). */
  readonly equals: number | undefined;
  /** Absent only in trees recovered from broken input. */
  readonly value: ValueNode | undefined;
}

/** An object: the top level `a=1,b=2` or a hash literal `{a=1,b=2}`. */
export interface ObjectNode extends NodeBase {
  readonly type: 'object';
  readonly entries: readonly KeyValueNode[];
  /** True for `{…}`, false for the top-level parameter. */
  readonly braced: boolean;
  /** False when `{` has no closing `}` (broken input); always true for the top level. */
  readonly closed: boolean;
}

/** Any value node. */
export type ValueNode = ScalarNode | ListNode | ObjectNode;

/** Any node of the tree. */
export type SyntaxNode = ValueNode | KeyValueNode | KeyNode;
