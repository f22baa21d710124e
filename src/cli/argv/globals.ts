/**
 * The AWS CLI's global options (`--region`, `--output`, `--query`, …, as its `cli.json`
 * declares them) plus ours (`--cli-dry-run`, `--data-path`), parsed from the whole command line
 * as the AWS CLI's main parser does: global options may appear anywhere, before or after the
 * service and operation.
 */
import { parseKnownArgs } from './argparse.js';
import type { ArgValue, ParseOutcome } from './argparse.js';
import { GLOBAL_OPTIONS } from '../../awscli/global-options.js';

/** Output formats of `--output`. */
export type OutputFormat = 'json' | 'text' | 'table';

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
}

/**
 * Parse the global options and the service name out of a whole command line; what remains
 * goes to the service's parser. The service name is not checked against the known services
 * here (the data path is only known once this parse is done).
 */
export function parseGlobalArgs(argv: readonly string[]): ParseOutcome {
  return parseKnownArgs(argv, { options: GLOBAL_OPTIONS, positional: { dest: 'command' } });
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
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
