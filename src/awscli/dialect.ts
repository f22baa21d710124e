/**
 * The AWS CLI dialects: each major version of the AWS CLI is one set of tables (renames,
 * aliases, removed and custom commands, paramfile exemptions, global options, exit statuses)
 * of the same shape. Code that reads a table asks for a dialect's set; a second dialect is a
 * second set of data here, not an `if` where the table is read.
 */
import type { CustomCommandRecord } from './custom-commands.js';
import type { CliFailureKind } from './failures.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import type { OptionSpec } from './option-spec.js';
import { CUSTOM_COMMANDS } from './v1/custom-commands.js';
import { ARGUMENT_RENAMES, COMMAND_ALIASES, HIDDEN_ALIASES, PARAMFILE_DISABLED, REMOVED_COMMANDS, TOP_LEVEL_COMMANDS } from './v1/recorded-tables.js';
import { CUSTOM_COMMANDS as V2_CUSTOM_COMMANDS } from './v2/custom-commands.js';
import { GLOBAL_OPTIONS as V2_GLOBAL_OPTIONS } from './v2/global-options.js';
import * as v2 from './v2/recorded-tables.js';

/** Which AWS CLI a command line is written for: v1 (awscli 1.x) or v2 (awscli 2.x). */
export type Dialect = 'v1' | 'v2';

/** Every dialect, for option choices and validation. */
export const DIALECTS: readonly Dialect[] = ['v1', 'v2'];

/** True when `text` names a dialect. */
export function isDialect(text: unknown): text is Dialect {
  return text === 'v1' || text === 'v2';
}

/** The dialect used when none is given: AWS CLI v1, the reference the corpus was recorded from. */
export const DEFAULT_DIALECT: Dialect = 'v1';

/** Exit statuses of one dialect, by what failed. */
export interface ExitStatuses {
  /** argparse refused the command line. */
  readonly usage: number;
  /** Arguments no parser took (`Unknown options: …`). */
  readonly unknownOptions: number;
  /** A parameter could not be read (syntax, JSON, parameter files) or failed validation. */
  readonly parameter: number;
  /** The configuration is wrong (an unknown profile). */
  readonly config: number;
  /** The service answered with an error. */
  readonly service: number;
  /** Anything else. */
  readonly other: number;
  /** The user interrupted (Ctrl-C) while the request was sent: 128 + SIGINT. */
  readonly interrupt: number;
  /**
   * Failures (by their `code`) whose status differs from their kind's, and the kind they are
   * printed as when that differs too.
   */
  readonly byCode: Readonly<Record<string, { readonly exitStatus: number; readonly kind?: CliFailureKind }>>;
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
  /** The prefixes of option values the AWS CLI loads (v2 leaves `http(s)://` values as text). */
  readonly paramfilePrefixes: readonly string[];
  /** `[service, operations]` removed from a service's commands. */
  readonly removedCommands: ReadonlyArray<readonly [string, readonly string[]]>;
  /** `[service, alias, operation]`: hidden second names of operations. */
  readonly commandAliases: ReadonlyArray<readonly [string, string, string]>;
  /** The AWS CLI's own commands with their argument tables. */
  readonly customCommands: readonly CustomCommandRecord[];
  /** The global options, in the main parser's order. */
  readonly globalOptions: readonly OptionSpec[];
  readonly exitStatus: ExitStatuses;
  /**
   * How blob values given as text are read when neither `--cli-binary-format` nor the config
   * says: `text` (sent as their UTF-8 bytes, v1) or `base64` (decoded, v2).
   */
  readonly defaultBinaryFormat: 'raw-in-base64-out' | 'base64';
  /** Whether `--cli-binary-format` and the `cli_binary_format` setting exist. */
  readonly binaryFormatOption: boolean;
  /** Environment variables naming the region, first set wins (before the profile's `region`). */
  readonly regionVariables: readonly string[];
  /** Whether endpoints configured outside the command line (`AWS_ENDPOINT_URL`, …) are read. */
  readonly configuredEndpoints: boolean;
  /**
   * When the profile is first looked up (a missing one fails there): once the options are
   * unpacked, before `--cli-input-json` (v1), or as the client is made, after it and not for
   * an input skeleton (v2).
   */
  readonly profileLookUp: 'after-options' | 'at-client';
  /**
   * The main parser's command list beyond the services: the services the AWS CLI takes out of
   * it (`removed`: renamed, or re-added later) and the commands it appends after the services,
   * in its order (`appended`: renamed services, service aliases and its own commands), before
   * `help`.
   */
  readonly topLevelCommands: {
    readonly removed: readonly string[];
    readonly appended: readonly string[];
    /** `[command, botocore service]`: appended commands that run a service (`opsworks-cm`). */
    readonly serviceAliases: ReadonlyArray<readonly [string, string]>;
  };
  /**
   * Pairs of words that may not both appear anywhere in argv (checked before any parsing), with
   * the failure's text: v2's auto-prompt options.
   */
  readonly exclusiveWords: ReadonlyArray<{ readonly words: readonly [string, string]; readonly message: string }>;
  /** Whether shorthand reads `key@=file://…` (v1's parser) or refuses the `@` (v2's). */
  readonly shorthandFileKeys: boolean;
  /**
   * Whether paginator input tokens and limit keys among the call's parameters (from
   * `--cli-input-json`) turn automatic paging off (v2), or are ignored there (v1).
   */
  readonly pagingOffByCallParameters: boolean;
  /** The texts that differ between dialects for the same failure. */
  readonly messages: DialectMessages;
  /** What `--output`, `AWS_DEFAULT_OUTPUT` and the profile's `output` may name. */
  readonly outputFormats: readonly OutputFormatName[];
  /** How response timestamps print when `cli_timestamp_format` is not set: as sent (`wire`) or ISO 8601. */
  readonly defaultTimestampFormat: 'wire' | 'iso8601';
  /**
   * How the timestamps of `--generate-cli-skeleton output` print: always `datetime.isoformat()`
   * (v1), or as the output format prints a naive `datetime` (v2: `str()` in text and tables, a
   * YAML timestamp in YAML, `isoformat()` in JSON).
   */
  readonly outputSkeletonTimestamps: 'isoformat' | 'by-output';
  /** Whether operations take `--cli-input-yaml` beside `--cli-input-json`. */
  readonly cliInputYaml: boolean;
  /** The values of `--generate-cli-skeleton`, in argparse's order. */
  readonly skeletonKinds: readonly SkeletonKindName[];
}

/** What `--generate-cli-skeleton` can print: an input JSON, an output, or (v2) an input YAML. */
export type SkeletonKindName = 'input' | 'output' | 'yaml-input';

/** Every output format either dialect prints. */
export type OutputFormatName = 'json' | 'text' | 'table' | 'yaml' | 'yaml-stream';

/** Failure texts that differ between dialects. */
export interface DialectMessages {
  /** The warning printed for `--max-items` of 0 or less (none in v2). */
  readonly nonPositiveMaxItems?: string;
  /** Before `Cannot specify --no-paginate along with pagination arguments: …`. */
  readonly pagingMisusePrefix: string;
  /** The values `cli_timestamp_format` may take, as the error lists them. */
  readonly timestampFormats: readonly string[];
  /** `--cli-input-json` that is not JSON: `detailed` quotes the decoder and the text (v1); else this fixed text. */
  readonly invalidInputJson: 'detailed' | string;
  /** `--cli-input-json` that is JSON but no object: `attribute-error` is Python's raw AttributeError (v1); else a ParamError with this text. */
  readonly inputJsonNotAnObject: 'attribute-error' | string;
  /**
   * An S3 `Bucket` that is no string: `{type}` stands for its Python type name (v1's regex
   * check fails on it; v2's endpoint rules refuse it first).
   */
  readonly s3BucketNotText: string;
}

const V1: DialectTables = {
  dialect: 'v1',
  argumentRenames: ARGUMENT_RENAMES,
  hiddenAliases: HIDDEN_ALIASES,
  paramfileDisabled: PARAMFILE_DISABLED,
  paramfilePrefixes: ['file://', 'fileb://', 'http://', 'https://'],
  removedCommands: REMOVED_COMMANDS,
  commandAliases: COMMAND_ALIASES,
  customCommands: CUSTOM_COMMANDS,
  globalOptions: GLOBAL_OPTIONS,
  exitStatus: { usage: 2, unknownOptions: 255, parameter: 255, config: 255, service: 255, other: 255, interrupt: 130, byCode: {} },
  defaultBinaryFormat: 'raw-in-base64-out',
  binaryFormatOption: false,
  regionVariables: ['AWS_DEFAULT_REGION'],
  configuredEndpoints: true,
  profileLookUp: 'after-options',
  topLevelCommands: TOP_LEVEL_COMMANDS,
  exclusiveWords: [],
  shorthandFileKeys: true,
  pagingOffByCallParameters: false,
  messages: {
    nonPositiveMaxItems: 'warning: Non-positive values for --max-items may result in undefined behavior.',
    pagingMisusePrefix: 'Error during pagination: ',
    timestampFormats: ['none', 'wire', 'iso8601'],
    invalidInputJson: 'detailed',
    inputJsonNotAnObject: 'attribute-error',
    s3BucketNotText: "expected string or bytes-like object, got '{type}'",
  },
  outputFormats: ['json', 'text', 'table'],
  defaultTimestampFormat: 'wire',
  outputSkeletonTimestamps: 'isoformat',
  cliInputYaml: false,
  skeletonKinds: ['input', 'output'],
};

/** AWS CLI v2 (awscli 2.9.19): recorded tables, its global options and its exit statuses. */
const V2: DialectTables = {
  dialect: 'v2',
  argumentRenames: v2.ARGUMENT_RENAMES,
  hiddenAliases: v2.HIDDEN_ALIASES,
  paramfileDisabled: v2.PARAMFILE_DISABLED,
  paramfilePrefixes: ['file://', 'fileb://'],
  removedCommands: v2.REMOVED_COMMANDS,
  commandAliases: v2.COMMAND_ALIASES,
  customCommands: V2_CUSTOM_COMMANDS,
  globalOptions: V2_GLOBAL_OPTIONS,
  // 253 is v2's configuration status (no region); an unknown profile still exits 255 in 2.9.19
  // (see corpus/cli-v2/DIFFERENCES.md), so failures say which of the two they are.
  exitStatus: {
    usage: 252,
    unknownOptions: 252,
    parameter: 252,
    config: 253,
    service: 254,
    other: 255,
    interrupt: 130,
    // v2 reports these checks of the command line as command-line errors, and a bad timestamp
    // format or a missing region as configuration errors (the latter printed between blank
    // lines, as general errors are); `Invalid base64` and raw Python errors stay 255.
    byCode: {
      BAD_QUERY: { exitStatus: 252 },
      BAD_ENDPOINT: { exitStatus: 252 },
      PAGING_OPTIONS_WITHOUT_PAGING: { exitStatus: 252 },
      BAD_TIMESTAMP_FORMAT: { exitStatus: 253 },
      CONFLICTING_OPTIONS: { exitStatus: 252 },
      ENDPOINT_URL_REQUIRED: { exitStatus: 252 },
      NO_REGION: { exitStatus: 253, kind: 'other' },
      // `Only one --cli-input- parameter may be specified.` is a ParamSyntaxError.
      CLI_INPUT_CONFLICT: { exitStatus: 252 },
      // Lambda's zip-file checks raise v2's ParamValidationError (v1: a ValueError).
      NOT_A_ZIP_FILE: { exitStatus: 252 },
      EXCLUSIVE_WORDS: { exitStatus: 252 },
      ZIP_FILE_IN_STRUCTURE: { exitStatus: 252 },
    },
  },
  defaultBinaryFormat: 'base64',
  binaryFormatOption: true,
  // 2.9.19 reads the SDKs' AWS_REGION first, and predates configured endpoints.
  regionVariables: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
  configuredEndpoints: false,
  profileLookUp: 'at-client',
  topLevelCommands: v2.TOP_LEVEL_COMMANDS,
  exclusiveWords: [
    {
      words: ['--cli-auto-prompt', '--no-cli-auto-prompt'],
      message: 'Both --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.',
    },
  ],
  shorthandFileKeys: false,
  pagingOffByCallParameters: true,
  messages: {
    pagingMisusePrefix: '',
    timestampFormats: ['wire', 'iso8601'],
    invalidInputJson: 'Invalid JSON received.',
    inputJsonNotAnObject: 'Invalid type: expecting map, received',
    s3BucketNotText: "Value (Bucket) is the wrong type. Must be <class 'str'>.",
  },
  outputFormats: ['json', 'text', 'table', 'yaml', 'yaml-stream'],
  defaultTimestampFormat: 'iso8601',
  outputSkeletonTimestamps: 'by-output',
  cliInputYaml: true,
  skeletonKinds: ['input', 'output', 'yaml-input'],
};

const TABLES: Readonly<Record<Dialect, DialectTables>> = { v1: V1, v2: V2 };

/**
 * The tables of `dialect`.
 * @example dialectTables('v1').exitStatus.usage // 2
 */
export function dialectTables(dialect: Dialect = DEFAULT_DIALECT): DialectTables {
  return TABLES[dialect];
}
