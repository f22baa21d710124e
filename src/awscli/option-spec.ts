/**
 * How the AWS CLI declares a command's arguments (argparse's vocabulary: flags, dests, nargs,
 * choices): the types its global options and operation argument tables are written in. The
 * parser that reads argv with them is `src/cli/argv/argparse.ts`.
 */

/** How many values an option takes: one, zero or one (`?`), any number (`*`), or none (a flag). */
export type Nargs = 'one' | 'optional' | 'any' | 'zero';

/** A converted argument value. */
export type ArgValue = string | number | bigint | boolean | null | readonly ArgValue[];

/** One `--option` of a parser. */
export interface OptionSpec {
  /** The option string, e.g. `--auto-ml-job-name`. */
  readonly flag: string;
  /** Where the value is stored; several flags may share one (`--x` / `--no-x`). */
  readonly dest: string;
  readonly nargs: Nargs;
  /** The value stored by a flag (`zero`), or by an `optional` option given without a value. */
  readonly constValue?: ArgValue;
  /** The value when the option is absent (default `null`). */
  readonly defaultValue?: ArgValue;
  readonly required?: boolean;
  /** Allowed values (checked after conversion). */
  readonly choices?: readonly string[];
  /** argparse `type=int` / `type=float`. */
  readonly type?: 'int' | 'float';
  /** argparse `action='append'`: every occurrence adds to a list. */
  readonly append?: boolean;
  /** argparse `action='version'`: parsing stops and the caller prints its version. */
  readonly version?: boolean;
  /**
   * Matched only when spelled out (`--opt` or `--opt=value`), never as an abbreviation: for
   * options the AWS CLI does not have, so they cannot capture an abbreviation it would pass on.
   */
  readonly exactOnly?: boolean;
}

/** A positional argument (`command`, `operation`, `outfile`, `help`). */
export interface PositionalSpec {
  readonly dest: string;
  /** `?`: may be absent; otherwise required. */
  readonly optional?: boolean;
  /** Allowed values; an invalid one fails with argparse's (AWS CLI-styled) choice message. */
  readonly choices?: readonly string[];
}

/** A parser: its options in registration order (the order of the required-arguments message). */
export interface ParserSpec {
  readonly options: readonly OptionSpec[];
  /** A parser's single positional; use `positionals` for several. */
  readonly positional?: PositionalSpec;
  /**
   * Positionals in registration order (after `positional`, when both are given). Missing
   * required ones are reported after the missing options, in this order.
   */
  readonly positionals?: readonly PositionalSpec[];
}
