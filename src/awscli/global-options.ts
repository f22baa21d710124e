/**
 * The AWS CLI's global options (`--region`, `--output`, `--query`, …, as its `cli.json`
 * declares them) plus ours (`--cli-dry-run`, `--data-path`). The command line parses argv with
 * them; the editor proposes and recognises them from the same list.
 */
import type { OptionSpec } from './option-spec.js';

/** Ours, in every dialect: which AWS CLI the command line is written for (read before the global parse). */
export const DIALECT_OPTION: OptionSpec = { flag: '--dialect', dest: 'dialect', nargs: 'one', choices: ['v1', 'v2'], exactOnly: true };

/** The main parser's options, in the AWS CLI's order (`--version` last, as argparse's conflict resolution leaves it). */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flag: '--debug', dest: 'debug', nargs: 'zero', constValue: true, defaultValue: false },
  { flag: '--endpoint-url', dest: 'endpoint_url', nargs: 'one' },
  { flag: '--no-verify-ssl', dest: 'verify_ssl', nargs: 'zero', constValue: false, defaultValue: true },
  { flag: '--no-paginate', dest: 'paginate', nargs: 'zero', constValue: false, defaultValue: true },
  { flag: '--output', dest: 'output', nargs: 'one', choices: ['json', 'text', 'table'] },
  { flag: '--query', dest: 'query', nargs: 'one' },
  { flag: '--profile', dest: 'profile', nargs: 'one' },
  { flag: '--region', dest: 'region', nargs: 'one' },
  { flag: '--color', dest: 'color', nargs: 'one', choices: ['on', 'off', 'auto'], defaultValue: 'auto' },
  { flag: '--no-sign-request', dest: 'sign_request', nargs: 'zero', constValue: false, defaultValue: true },
  { flag: '--ca-bundle', dest: 'ca_bundle', nargs: 'one' },
  { flag: '--cli-read-timeout', dest: 'read_timeout', nargs: 'one' },
  { flag: '--cli-connect-timeout', dest: 'connect_timeout', nargs: 'one' },
  { flag: '--v2-debug', dest: 'v2_debug', nargs: 'zero', constValue: true, defaultValue: false },
  // Ours, never abbreviated: `--data` stays an operation's option, as it is for the AWS CLI.
  { flag: '--cli-dry-run', dest: 'cli_dry_run', nargs: 'zero', constValue: true, defaultValue: false, exactOnly: true },
  { flag: '--data-path', dest: 'data_path', nargs: 'one', append: true, exactOnly: true },
  DIALECT_OPTION,
  { flag: '--version', dest: 'version', nargs: 'zero', version: true },
];
