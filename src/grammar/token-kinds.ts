/**
 * What the scanner finds, as plain numbers. The scanner and the fast value path use only these,
 * so they run without loading Chevrotain; `tokens.ts` maps each kind to its Chevrotain token
 * type for the parser.
 */
export const KIND = {
  /** A key: `[A-Za-z0-9_.#/:-]+` (an empty key has no token). */
  Key: 0,
  /** The `@` of `key@=value`. */
  At: 1,
  /** The `=` of a key-value pair. */
  Equals: 2,
  /** A `,` between pairs, list items or hash entries. */
  Comma: 3,
  /** A `,` that continues an implicit csv list (`a=x,y`), decided by look-ahead. */
  CsvComma: 4,
  LBracket: 5,
  RBracket: 6,
  LBrace: 7,
  RBrace: 8,
  /** An unquoted value; its payload is the decoded, right-trimmed string. */
  Unquoted: 9,
  /** `'…'`; its payload is the decoded string. */
  SingleQuoted: 10,
  /** `"…"`; its payload is the decoded string. */
  DoubleQuoted: 11,
  /** A zero-width empty value, where the AWS CLI reads `''` without consuming (`a=`, `[,]`). */
  EmptyValue: 12,
  /** Text that cannot stand where it stands; zero width when whitespace ran into the end. */
  Unexpected: 13,
  /** A lexical error standing where a value stands; its payload is the diagnostic. */
  Invalid: 14,
} as const;

/** One of `KIND`'s values. */
export type TokenKind = (typeof KIND)[keyof typeof KIND];
