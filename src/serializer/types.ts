/**
 * The serializer's public types: what `serialize` returns (shorthand, or JSON with the reason
 * shorthand could not carry the value), its options, and its error.
 */

/** A step into a value: a member, map key or hash key (string) or a list index (number). */
export type PathSegment = string | number;

/**
 * Why a parameter came back as JSON instead of shorthand:
 * - `DOCUMENT_TYPE`: a document value; the AWS CLI refuses shorthand for documents;
 * - `UNSAYABLE_KEY`: a map or hash key outside `[A-Za-z0-9_.#/:-]`;
 * - `UNSAYABLE_STRING`: a string that must be quoted and ends with a backslash, which escapes
 *   the closing quote; the AWS CLI still finds the end when no later character of the text is
 *   that quote, so only one such string per quote character, followed by no other, is sayable;
 * - `NULL_VALUE`: `null`, which shorthand has no word for;
 * - `EMPTY_STRUCTURE`: the top level has no members (shorthand needs at least one `key=value`);
 * - `NOT_A_STRUCTURE`: the top-level value is not an object, or the shape is not a structure or map;
 * - `SHAPE_MISMATCH`: the value does not fit its shape, so the AWS CLI's coercion would read
 *   the text back as something else (e.g. the string `"5"` for an integer member);
 * - `UNKNOWN_MEMBER`: a member the shape does not have holds a number or boolean, which would
 *   read back as a string;
 * - `NESTING_TOO_DEEP`: more nested lists and hashes than the AWS CLI's parser survives.
 */
export type FallbackCode =
  | 'DOCUMENT_TYPE'
  | 'UNSAYABLE_KEY'
  | 'UNSAYABLE_STRING'
  | 'NULL_VALUE'
  | 'EMPTY_STRUCTURE'
  | 'NOT_A_STRUCTURE'
  | 'SHAPE_MISMATCH'
  | 'UNKNOWN_MEMBER'
  | 'NESTING_TOO_DEEP';

/** Why shorthand could not carry a value: a code, where in the value, and a sentence. */
export interface FallbackReason {
  readonly code: FallbackCode;
  /** Path from the serialized value to the part that could not be said. */
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** Shorthand text that the grammar (and the AWS CLI) reads back as the value. */
export interface ShorthandResult {
  readonly kind: 'shorthand';
  readonly text: string;
}

/** JSON text for a value shorthand cannot carry; `reason` says why, for people. */
export interface JsonResult {
  readonly kind: 'json';
  readonly text: string;
  /** `because` as one readable sentence: the message, then where (`at Tags[0].Key`). */
  readonly reason: string;
  readonly because: FallbackReason;
}

/** What `serialize` returns. */
export type SerializeResult = ShorthandResult | JsonResult;

/** Options of `serialize`. */
export interface SerializeOptions {
  /** Multi-line indented shorthand for values longer than `width` (default false). */
  readonly pretty?: boolean;
  /** Spaces per nesting level in pretty output (default 2). */
  readonly indent?: number;
  /** Line width pretty output tries to stay within (default 80). */
  readonly width?: number;
}

/** Codes of `SerializeError`. */
export type SerializeErrorCode =
  /** A value neither shorthand nor JSON can carry: a function, a symbol, bytes that are not UTF-8, a cycle. */
  | 'UNSUPPORTED_VALUE'
  /** Lists and objects nested deeper than the AWS CLI's JSON reader reads (`JSON_MAX_DEPTH`). */
  | 'NESTING_TOO_DEEP'
  /** `toCommandLine`: the operation is not in the model. */
  | 'UNKNOWN_OPERATION'
  /** `toCommandLine`: a parameter the operation's input does not have. */
  | 'UNKNOWN_PARAMETER'
  /** `toCommandLine`: a string no shell word can carry (a NUL character). */
  | 'UNSAYABLE_ARGUMENT'
  /** `toCommandLine`: a member only `--cli-input-json` could carry, on an operation without it (a payload output). */
  | 'NO_CLI_INPUT_JSON';

/** A value the serializer cannot write in any form. */
export class SerializeError extends Error {
  override readonly name = 'SerializeError';

  constructor(
    readonly code: SerializeErrorCode,
    message: string,
    /** Where in the value (empty for the value itself). */
    readonly path: readonly PathSegment[] = [],
  ) {
    super(message);
  }
}

/** `Tags[0].Key` for a path; `(top level)` for the empty path. */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(top level)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
