/**
 * AWS CLI v2's global options, as its `awscli/data/cli.json` (awscli 2.9.19) declares them, in
 * its main parser's order, plus ours. v2 adds `--cli-binary-format`, `--no-cli-pager` and the
 * auto-prompt flags, offers `yaml` and `yaml-stream` as outputs, and has no `--v2-debug`.
 */
import { DIALECT_OPTION } from '../global-options.js';
import type { OptionSpec } from '../option-spec.js';

/** How blob values given as text are read: `base64` (v2's default) or as text (`raw-in-base64-out`, v1's way). */
export const BINARY_FORMATS = ['base64', 'raw-in-base64-out'] as const;

/** The main parser's options, in AWS CLI v2's order (`--version` last, as argparse's conflict resolution leaves it). */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flag: '--debug', dest: 'debug', nargs: 'zero', constValue: true, defaultValue: false },
  { flag: '--endpoint-url', dest: 'endpoint_url', nargs: 'one' },
  { flag: '--no-verify-ssl', dest: 'verify_ssl', nargs: 'zero', constValue: false, defaultValue: true },
  { flag: '--no-paginate', dest: 'paginate', nargs: 'zero', constValue: false, defaultValue: true },
  { flag: '--output', dest: 'output', nargs: 'one', choices: ['json', 'text', 'table', 'yaml', 'yaml-stream'] },
  { flag: '--query', dest: 'query', nargs: 'one' },
  { flag: '--profile', dest: 'profile', nargs: 'one' },
  { flag: '--region', dest: 'region', nargs: 'one' },
  { flag: '--color', dest: 'color', nargs: 'one', choices: ['on', 'off', 'auto'], defaultValue: 'auto' },
  { flag: '--no-sign-request', dest: 'sign_request', nargs: 'zero', constValue: false, defaultValue: true },
  { flag: '--ca-bundle', dest: 'ca_bundle', nargs: 'one' },
  { flag: '--cli-read-timeout', dest: 'read_timeout', nargs: 'one' },
  { flag: '--cli-connect-timeout', dest: 'connect_timeout', nargs: 'one' },
  { flag: '--cli-binary-format', dest: 'cli_binary_format', nargs: 'one', choices: BINARY_FORMATS },
  { flag: '--no-cli-pager', dest: 'no_cli_pager', nargs: 'zero', constValue: true, defaultValue: false },
  { flag: '--cli-auto-prompt', dest: 'cli_auto_prompt', nargs: 'zero', constValue: true, defaultValue: false },
  { flag: '--no-cli-auto-prompt', dest: 'no_cli_auto_prompt', nargs: 'zero', constValue: true, defaultValue: false },
  // Ours, never abbreviated: `--data` stays an operation's option, as it is for the AWS CLI.
  { flag: '--cli-dry-run', dest: 'cli_dry_run', nargs: 'zero', constValue: true, defaultValue: false, exactOnly: true },
  { flag: '--data-path', dest: 'data_path', nargs: 'one', append: true, exactOnly: true },
  DIALECT_OPTION,
  { flag: '--version', dest: 'version', nargs: 'zero', version: true },
];
