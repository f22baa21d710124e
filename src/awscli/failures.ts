/**
 * How the command line fails: typed failures carrying the AWS CLI's message text and exit
 * status, and the one function that turns a failure into what goes to stderr.
 *
 * Exit statuses are AWS CLI v1's (the reference implementation), measured by running `aws`:
 * argparse refusals exit 2; everything else the CLI reports, from parameter and validation
 * errors to service errors, exits 255. AWS CLI v2's statuses (252/253/254/255) come from its
 * dialect's table through `inDialect`.
 */
import { dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';

/** Exit statuses of the `aws-shorthand` service commands. */
export const EXIT_STATUS = {
  OK: 0,
  /** argparse refused the command line (usage text and `aws-shorthand: error: …`). */
  USAGE: 2,
  /** Any other failure the AWS CLI reports, as `\n<message>\n` on stderr. */
  FAILURE: 255,
} as const;

/**
 * `f` with the exit status `dialect`'s AWS CLI uses for it (failures are made with v1's).
 * @example inDialect(failure('validation', 'Parameter validation failed:…'), 'v2').exitStatus // 252
 */
export function inDialect(f: CliFailure, dialect: Dialect): CliFailure {
  const statuses = dialectTables(dialect).exitStatus;
  const byKind: Record<CliFailureKind, number> = {
    usage: statuses.usage,
    'unknown-options': statuses.unknownOptions,
    param: statuses.parameter,
    validation: statuses.parameter,
    service: statuses.service,
    config: statuses.config,
    other: statuses.other,
  };
  const special = f.code === undefined ? undefined : statuses.byCode[f.code];
  const kind = special?.kind ?? f.kind;
  const exitStatus = special?.exitStatus ?? byKind[f.kind];
  return exitStatus === f.exitStatus && kind === f.kind ? f : { ...f, kind, exitStatus };
}

/** What kind of failure, as the AWS CLI distinguishes them in its output. */
export type CliFailureKind =
  /** argparse refused the command line: usage, then `prog: error: <message>`; exit 2. */
  | 'usage'
  /** Arguments no parser took: usage, a blank line, `Unknown options: a, b`; exit 255. */
  | 'unknown-options'
  /** `Error parsing parameter '--x': …` (syntax, JSON, parameter files); exit 255. */
  | 'param'
  /** `Parameter validation failed:` and botocore's report; exit 255. */
  | 'validation'
  /** The service answered with an error: `An error occurred (Code) when calling …`; exit 255. */
  | 'service'
  /** No region or no credentials: printed without the leading blank line; exit 255. */
  | 'config'
  /** Any other error text the AWS CLI prints (often a raw Python exception); exit 255. */
  | 'other';

/** A failure of the command line, with the exact text the AWS CLI prints for it. */
export interface CliFailure {
  readonly kind: CliFailureKind;
  /** The message without usage text or `prog: error: ` prefix. */
  readonly message: string;
  readonly exitStatus: number;
  /** The option the failure is about (`--input-data-config`), when there is one. */
  readonly option?: string;
  /** A finer, stable code from the layer that failed (argparse, grammar, coercion, …). */
  readonly code?: string;
  /** Where in the option's value the problem is (0-based UTF-16 offset), when known. */
  readonly offset?: number;
  readonly length?: number;
}

/** A thrown `CliFailure`, for code paths that unwind to the command's top. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly failure: CliFailure;

  /** Wrap a failure. */
  constructor(failure: CliFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

/** A failure of `kind` with the exit status the AWS CLI uses for it. */
export function failure(kind: CliFailureKind, message: string, extra: Partial<Omit<CliFailure, 'kind' | 'message'>> = {}): CliFailure {
  return { kind, message, exitStatus: kind === 'usage' ? EXIT_STATUS.USAGE : EXIT_STATUS.FAILURE, ...extra };
}

/**
 * The AWS CLI's `ParamError`: `Error parsing parameter '<option>': <message>`.
 * @example paramError('--tags', 'Invalid JSON:\nx').message // "Error parsing parameter '--tags': Invalid JSON:\nx"
 */
export function paramError(option: string, message: string, extra: Partial<Omit<CliFailure, 'kind' | 'message'>> = {}): CliFailure {
  return failure('param', `Error parsing parameter '${option}': ${message}`, { option, ...extra });
}

/** The program name in usage and error lines. */
export const PROG = 'aws-shorthand';

/** The usage text printed above argparse errors and unknown options (the AWS CLI's, renamed). */
export const USAGE =
  `${PROG} [options] <command> <subcommand> [<subcommand> ...] [parameters]\n` +
  'To see help text, you can run:\n\n' +
  `  ${PROG} help\n` +
  `  ${PROG} <command> help\n` +
  `  ${PROG} <command> <subcommand> help\n`;

/**
 * What the AWS CLI writes to stderr for a failure (with our program name in place of `aws`).
 * @example formatFailure(failure('other', 'boom')) // '\nboom\n'
 */
export function formatFailure(f: CliFailure): string {
  switch (f.kind) {
    case 'usage':
      return `usage: ${USAGE}${PROG}: error: ${f.message}\n`;
    case 'unknown-options':
      return `usage: ${USAGE}\n${f.message}\n`;
    case 'config':
      return `${f.message}\n`;
    default:
      return `\n${f.message}\n`;
  }
}
