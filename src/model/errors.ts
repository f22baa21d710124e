/**
 * Typed results of coercion and validation. Issues are values carrying a code, the member
 * path and (for parsed input) the offending node's range; the throwing APIs wrap them in
 * `CoercionError` / `ParamValidationError`. Offsets are 0-based UTF-16 code units.
 */
import type { Severity } from '../grammar/errors.js';
import type { ModelPath } from './path.js';
import type { ShapeKind } from './shape.js';

/** Why coercion failed, as a stable string code. */
export type CoercionErrorCode =
  /** Text Python's `int()` refuses, given for an integer or long (the AWS CLI: `ValueError`). */
  | 'INVALID_INTEGER'
  /** An integer with more digits than Python converts (4300; the AWS CLI: `ValueError`). */
  | 'INTEGER_TOO_LONG'
  /** Text Python's `float()` refuses, given for a float or double (the AWS CLI: `ValueError`). */
  | 'INVALID_FLOAT'
  /** A list or map given for a number or boolean (the AWS CLI: `TypeError` / `AttributeError`). */
  | 'EXPECTED_SCALAR'
  /** Any value for a document shape: the AWS CLI refuses documents in shorthand. */
  | 'DOCUMENT_NOT_SUPPORTED';

/** Where an issue sits in parsed input (absent for plain values). */
export interface SourceRange {
  /** Offset of the offending node's first code unit. */
  readonly offset: number;
  /** Length of the node in UTF-16 code units. */
  readonly length: number;
  /** For input given as several words (a list argument), the word the range is in. */
  readonly word?: number;
}

/** A value the AWS CLI's coercion cannot convert. */
export interface CoercionIssue extends Partial<SourceRange> {
  readonly code: CoercionErrorCode;
  readonly severity: 'error';
  /** The member path, printed as botocore prints it (`''` for the root). */
  readonly path: string;
  readonly segments: ModelPath;
  readonly message: string;
  /** The kind of the shape the value was meant for. */
  readonly expected: ShapeKind;
  /** The offending value, unchanged. */
  readonly value: unknown;
  /** The exact text the AWS CLI prints for this input (a raw Python exception for most codes). */
  readonly awsCliMessage: string;
}

/** What botocore's validator (or our additional checks) found, as a stable string code. */
export type ValidationCode =
  /** botocore `missing required field`. */
  | 'MISSING_REQUIRED'
  /** botocore `unknown field`; `suggestions` holds close member names. */
  | 'UNKNOWN_KEY'
  /** botocore `invalid type`. */
  | 'INVALID_TYPE'
  /** botocore `invalid range`: a number below the shape's minimum. */
  | 'INVALID_RANGE'
  /** botocore `invalid length`: a string or list shorter than the shape's minimum. */
  | 'INVALID_LENGTH'
  /** botocore `more than one input`: a tagged union with several members set. */
  | 'UNION_MULTIPLE'
  /** botocore `empty input`: a tagged union with no member set. */
  | 'UNION_EMPTY'
  /** botocore `invalid type for document`. */
  | 'INVALID_DOCUMENT_TYPE'
  /** Ours, a warning: a string outside the shape's enum (botocore does not check enums). */
  | 'INVALID_ENUM';

/** botocore's reason strings, the `type` of its error entries. */
export type BotocoreReason =
  | 'missing required field'
  | 'unknown field'
  | 'invalid type'
  | 'invalid range'
  | 'invalid length'
  | 'more than one input'
  | 'empty input'
  | 'invalid type for document';

/** The arguments of an issue, as botocore records them (camel-cased), per code. */
export type ValidationDetails =
  | { readonly requiredName: string }
  | { readonly unknownParam: string; readonly validNames: readonly string[] }
  | { readonly param: unknown; readonly validTypes: readonly string[] }
  | { readonly param: number | bigint | boolean; readonly minAllowed: number }
  | { readonly members: readonly string[] }
  | { readonly param: string; readonly allowedValues: readonly string[] };

/** One validation finding. */
export interface ValidationIssue extends Partial<SourceRange> {
  readonly code: ValidationCode;
  /** `error` for everything botocore reports; `warning` for our additions. */
  readonly severity: Severity;
  /** The member path as botocore prints it (`InputDataConfig[0].DataSource`; `''` for the root). */
  readonly path: string;
  readonly segments: ModelPath;
  /** The raw name botocore builds (`''`, `.A[0]`, `.M (key: k)`); differs from `path` inside documents. */
  readonly botocoreName: string;
  /** botocore's reason string; absent for our own checks. */
  readonly reason?: BotocoreReason;
  /** botocore's message line for this issue (ours for `INVALID_ENUM`). */
  readonly message: string;
  readonly details: ValidationDetails;
  /** Likely intended names or values, best first. */
  readonly suggestions?: readonly string[];
}

/** The header botocore's `ParamValidationError` puts above the report lines. */
export const VALIDATION_REPORT_HEADER = 'Parameter validation failed:\n';

/**
 * botocore's report lines for the errors among `issues` (warnings left out), joined by `\n`:
 * what `ValidationErrors.generate_report()` returns.
 */
export function validationReportLines(issues: readonly ValidationIssue[]): string {
  return issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message)
    .join('\n');
}

/**
 * The text the AWS CLI prints when validation fails: `Parameter validation failed:` and one
 * line per error.
 * @example formatValidationReport(issues) // 'Parameter validation failed:\nMissing required parameter in input: "Key"'
 */
export function formatValidationReport(issues: readonly ValidationIssue[]): string {
  return VALIDATION_REPORT_HEADER + validationReportLines(issues);
}

/** The error thrown when a value cannot be coerced to its shape: the first issue, as the AWS CLI stops at it. */
export class CoercionError extends Error {
  override readonly name = 'CoercionError';
  readonly code: CoercionErrorCode;
  readonly path: string;
  readonly segments: ModelPath;
  /** 0-based offset of the offending node, when the value came from parsed text. */
  readonly offset: number | undefined;
  readonly length: number | undefined;
  readonly word: number | undefined;
  /** Every coercion issue found (the AWS CLI would report only the first). */
  readonly issues: readonly CoercionIssue[];
  /** The issue this error reports. */
  readonly issue: CoercionIssue;

  /** Wrap the first of `issues` (at least one). */
  constructor(issues: readonly CoercionIssue[]) {
    const first = issues[0];
    if (first === undefined) throw new TypeError('CoercionError needs at least one issue');
    super(first.message);
    this.issue = first;
    this.issues = issues;
    this.code = first.code;
    this.path = first.path;
    this.segments = first.segments;
    this.offset = first.offset;
    this.length = first.length;
    this.word = first.word;
  }
}

/** The error thrown when validation finds errors; its message is botocore's report. */
export class ParamValidationError extends Error {
  override readonly name = 'ParamValidationError';
  readonly code = 'VALIDATION_FAILED';
  /** Every issue found, warnings included, in botocore's order. */
  readonly issues: readonly ValidationIssue[];
  /** The error-severity issues. */
  readonly errors: readonly ValidationIssue[];

  /** Wrap the issues of a failed validation. */
  constructor(issues: readonly ValidationIssue[]) {
    super(formatValidationReport(issues));
    this.issues = issues;
    this.errors = issues.filter((issue) => issue.severity === 'error');
  }
}
