/**
 * The AWS CLI's global options (`--region`, `--output`, `--query`, …, as its `cli.json`
 * declares them) plus ours (`--cli-dry-run`, `--data-path`), parsed from the whole command line
 * as the AWS CLI's main parser does: global options may appear anywhere, before or after the
 * service and operation.
 */
import { parseKnownArgs } from './argparse.js';
import type { ArgValue, ParseOutcome } from './argparse.js';
import { DEFAULT_DIALECT, dialectTables, isDialect } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import { isBinaryFormat } from '../../awscli/binary-format.js';
import type { BinaryFormat } from '../../awscli/binary-format.js';

/** Output formats of `--output` (`yaml` and `yaml-stream` are AWS CLI v2's choices). */
export type OutputFormat = 'json' | 'text' | 'table' | 'yaml' | 'yaml-stream';

/** The environment variable naming the dialect when `--dialect` does not. */
export const DIALECT_VARIABLE = 'AWS_SHORTHAND_DIALECT';

/**
 * The dialect a command line is read in: its own `--dialect v1|v2` (looked for before the
 * global parse, since the dialect decides the global options), else `fallback`, else
 * `AWS_SHORTHAND_DIALECT`, else v1. An unknown `--dialect` value is left to the global parse,
 * whose choices refuse it; an unknown variable value is reported as `invalid`.
 * @example commandLineDialect(['--dialect', 'v2', 'kms', 'encrypt'], {}) // { dialect: 'v2' }
 */
export function commandLineDialect(argv: readonly string[], env: NodeJS.ProcessEnv, fallback?: Dialect): { dialect: Dialect; invalid?: string } {
  for (let i = 0; i < argv.length; i += 1) {
    const word = argv[i] as string;
    if (word === '--') break;
    const value = word === '--dialect' ? argv[i + 1] : word.startsWith('--dialect=') ? word.slice('--dialect='.length) : undefined;
    if (isDialect(value)) return { dialect: value };
  }
  if (fallback !== undefined) return { dialect: fallback };
  const variable = env[DIALECT_VARIABLE];
  if (variable === undefined || variable === '') return { dialect: DEFAULT_DIALECT };
  return isDialect(variable) ? { dialect: variable } : { dialect: DEFAULT_DIALECT, invalid: variable };
}

/** The parsed global options. */
export interface GlobalOptions {
  readonly debug: boolean;
  readonly endpointUrl?: string;
  readonly verifySsl: boolean;
  readonly paginate: boolean;
  readonly output?: OutputFormat;
  readonly query?: string;
  readonly profile?: string;
  readonly region?: string;
  readonly color: 'on' | 'off' | 'auto';
  readonly signRequest: boolean;
  readonly caBundle?: string;
  /** `--cli-read-timeout` as typed (the AWS CLI converts it with Python's `int()` later). */
  readonly readTimeout?: string;
  readonly connectTimeout?: string;
  /** Ours: print the request parameters as JSON instead of sending. */
  readonly dryRun: boolean;
  /** Ours: botocore-layout model directories searched first (repeatable). */
  readonly dataPath: readonly string[];
  /** v2's `--cli-binary-format`, when given. */
  readonly binaryFormat?: BinaryFormat;
  /** The dialect the command line was read in (set once it is known). */
  readonly dialect?: Dialect;
}

/**
 * Parse the global options and the service name out of a whole command line; what remains
 * goes to the service's parser. The service name is not checked against the known services
 * here (the data path is only known once this parse is done).
 */
export function parseGlobalArgs(argv: readonly string[], dialect: Dialect = DEFAULT_DIALECT): ParseOutcome {
  return parseKnownArgs(argv, { options: dialectTables(dialect).globalOptions, positional: { dest: 'command' } });
}

/** The typed view of a successful global parse. */
export function globalOptions(values: ReadonlyMap<string, ArgValue>): GlobalOptions {
  const text = (dest: string): string | undefined => {
    const value = values.get(dest);
    return typeof value === 'string' ? value : undefined;
  };
  const flag = (dest: string): boolean => values.get(dest) === true;
  const dataPath = values.get('data_path');
  const output = text('output');
  const color = text('color');
  return {
    debug: flag('debug'),
    ...optional('endpointUrl', text('endpoint_url')),
    verifySsl: values.get('verify_ssl') !== false,
    paginate: values.get('paginate') !== false,
    ...optional('output', output as OutputFormat | undefined),
    ...optional('query', text('query')),
    ...optional('profile', text('profile')),
    ...optional('region', text('region')),
    color: color === 'on' || color === 'off' ? color : 'auto',
    signRequest: values.get('sign_request') !== false,
    ...optional('caBundle', text('ca_bundle')),
    ...optional('readTimeout', text('read_timeout')),
    ...optional('connectTimeout', text('connect_timeout')),
    dryRun: flag('cli_dry_run'),
    dataPath: Array.isArray(dataPath) ? dataPath.filter((entry): entry is string => typeof entry === 'string') : [],
    ...optional('binaryFormat', isBinaryFormat(values.get('cli_binary_format')) ? (values.get('cli_binary_format') as BinaryFormat) : undefined),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
