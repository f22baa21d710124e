/**
 * The AWS CLI dialects: each major version of the AWS CLI is one set of tables (renames,
 * aliases, removed and custom commands, paramfile exemptions, global options, exit statuses)
 * of the same shape. Code that reads a table asks for a dialect's set; a second dialect is a
 * second set of data here, not an `if` where the table is read.
 */
import type { CustomCommandRecord } from './custom-commands.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import type { OptionSpec } from './option-spec.js';
import { CUSTOM_COMMANDS } from './v1/custom-commands.js';
import { ARGUMENT_RENAMES, COMMAND_ALIASES, HIDDEN_ALIASES, PARAMFILE_DISABLED, REMOVED_COMMANDS } from './v1/recorded-tables.js';

/** Which AWS CLI a command line is written for. */
export type Dialect = 'v1';

/** The dialect used when none is given: AWS CLI v1, the reference the corpus was recorded from. */
export const DEFAULT_DIALECT: Dialect = 'v1';

/** Exit statuses of one dialect, by what failed. */
export interface ExitStatuses {
  /** argparse refused the command line. */
  readonly usage: number;
  /** A parameter could not be read (syntax, JSON, parameter files) or failed validation. */
  readonly parameter: number;
  /** The configuration is wrong (an unknown profile). */
  readonly config: number;
  /** The service answered with an error. */
  readonly service: number;
  /** Anything else. */
  readonly other: number;
}

/** Everything the AWS CLI of one dialect knows beyond the service models. */
export interface DialectTables {
  readonly dialect: Dialect;
  /** `[service.operation.option, new name]`: options renamed after the argument table is built. */
  readonly argumentRenames: ReadonlyArray<readonly [string, string]>;
  /** `[service.operation.option, alias]`: hidden second names of options. */
  readonly hiddenAliases: ReadonlyArray<readonly [string, string]>;
  /** `service.operation.option` whose `file://` values are not loaded. */
  readonly paramfileDisabled: ReadonlySet<string>;
  /** `[service, operations]` removed from a service's commands. */
  readonly removedCommands: ReadonlyArray<readonly [string, readonly string[]]>;
  /** `[service, alias, operation]`: hidden second names of operations. */
  readonly commandAliases: ReadonlyArray<readonly [string, string, string]>;
  /** The AWS CLI's own commands with their argument tables. */
  readonly customCommands: readonly CustomCommandRecord[];
  /** The global options, in the main parser's order. */
  readonly globalOptions: readonly OptionSpec[];
  readonly exitStatus: ExitStatuses;
}

const V1: DialectTables = {
  dialect: 'v1',
  argumentRenames: ARGUMENT_RENAMES,
  hiddenAliases: HIDDEN_ALIASES,
  paramfileDisabled: PARAMFILE_DISABLED,
  removedCommands: REMOVED_COMMANDS,
  commandAliases: COMMAND_ALIASES,
  customCommands: CUSTOM_COMMANDS,
  globalOptions: GLOBAL_OPTIONS,
  exitStatus: { usage: 2, parameter: 255, config: 255, service: 255, other: 255 },
};

const TABLES: Readonly<Record<Dialect, DialectTables>> = { v1: V1 };

/**
 * The tables of `dialect`.
 * @example dialectTables('v1').exitStatus.usage // 2
 */
export function dialectTables(dialect: Dialect = DEFAULT_DIALECT): DialectTables {
  return TABLES[dialect];
}
