/**
 * What changes when a v1 command runs on AWS CLI v2, as data: one entry per breaking change of
 * AWS's migration guide that a static look at a script can decide, with the guide's anchor, and
 * the conditions under which AWS CLI v1's upgrade debug mode (`aws --v2-debug`, awscli 1.45.11)
 * prints its warning. The conditions below were read from that release's behaviour and checked
 * against it by `scripts/record-v2-debug.py` (corpus/v2-debug); the rules that apply them live in
 * `src/editor/lint/upgrade.ts`.
 */
import { HIDDEN_ALIASES as V1_HIDDEN_ALIASES } from './v1/recorded-tables.js';
import { HIDDEN_ALIASES as V2_HIDDEN_ALIASES } from './v2/recorded-tables.js';
import { dialectTables } from './dialect.js';

/** The page of AWS's user guide that lists the breaking changes; anchors are fragments of it. */
export const MIGRATION_GUIDE = 'https://docs.aws.amazon.com/cli/latest/userguide/cliv2-migration-changes.html';

/** The ids of the upgrade rules. */
export type UpgradeRuleId =
  | 'v2-binary-param'
  | 'v2-paramfile'
  | 'v2-paramfile-local'
  | 'v2-alias'
  | 'v2-alias-debug'
  | 'v2-ecr-get-login'
  | 'v2-cfn-empty-changeset'
  | 'v2-skeleton-paging'
  | 'v2-s3-copy-metadata'
  | 'v2-checksums'
  | 'v2-timestamp'
  | 'v2-timestamp-output'
  | 'v2-pager'
  | 'v2-exit-status'
  | 'v2-encoding-env'
  | 'v2-s3-regional-endpoint';

/**
 * Whether `aws --v2-debug` prints a rule's finding: `yes` (the rule reproduces its check),
 * `no` (found through the models or the script, beyond it: findings are `nested`), or
 * `false-alarm` (v2-debug prints it though nothing changes on v2; reported at `info`).
 */
export type V2DebugCoverage = 'yes' | 'no' | 'false-alarm';

/** One upgrade rule's facts. */
export interface UpgradeRuleFacts {
  readonly id: UpgradeRuleId;
  /** The anchor of the change in the migration guide. */
  readonly migration: string;
  readonly v2Debug: V2DebugCoverage;
  readonly severity: 'warning' | 'info';
  /** One sentence for the rule table. */
  readonly summary: string;
  /** The finding's message (one line); `{…}` fields are filled by the rule. */
  readonly message: string;
}

/** The upgrade rules, in the order their findings are listed for one command. */
export const UPGRADE_RULE_FACTS: readonly UpgradeRuleFacts[] = [
  {
    id: 'v2-pager',
    migration: 'cliv2-migration-output-pager',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'AWS CLI v2 sends output through a pager unless AWS_PAGER (or cli_pager) is set to the empty string.',
    message: 'AWS CLI v2 pipes output through your system pager by default (v1 does not); set AWS_PAGER="" (or cli_pager) to keep v1 behaviour.',
  },
  {
    id: 'v2-encoding-env',
    migration: 'cliv2-migration-encodingenvvar',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'AWS CLI v2 ignores PYTHONUTF8 and PYTHONIOENCODING for file encoding; it reads AWS_CLI_FILE_ENCODING.',
    message: 'AWS CLI v2 ignores {variable} for text files; set AWS_CLI_FILE_ENCODING instead to keep this behaviour.',
  },
  {
    id: 'v2-ecr-get-login',
    migration: 'cliv2-migration-ecr-get-login',
    v2Debug: 'yes',
    severity: 'warning',
    summary: '`ecr get-login` does not exist in AWS CLI v2.',
    message: 'AWS CLI v2 has no `ecr get-login`: use `aws ecr get-login-password | docker login --username AWS --password-stdin <registry>`.',
  },
  {
    id: 'v2-alias-debug',
    migration: 'cliv2-migration-aliases',
    v2Debug: 'false-alarm',
    severity: 'info',
    summary: 'aws --v2-debug warns about hidden aliases when an option that has one is given by its real name, which works on v2.',
    message: 'aws --v2-debug warns here about removed hidden aliases, but --{option} is the real name and works on AWS CLI v2.',
  },
  {
    id: 'v2-alias',
    migration: 'cliv2-migration-aliases',
    v2Debug: 'no',
    severity: 'warning',
    summary: 'A hidden option alias that AWS CLI v2 removed.',
    message: 'AWS CLI v2 removed the hidden alias --{alias}: use --{option}.',
  },
  {
    id: 'v2-paramfile',
    migration: 'cliv2-migration-paramfile',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'AWS CLI v2 does not fetch http:// and https:// parameter values; it passes the URL as the value.',
    message: 'AWS CLI v2 does not fetch {prefix} parameter values (v1 reads the URL\'s content): it sends the URL itself.',
  },
  {
    id: 'v2-paramfile-local',
    migration: 'cliv2-migration-paramfile',
    v2Debug: 'false-alarm',
    severity: 'info',
    summary: 'aws --v2-debug prints its URL-parameter warning for every parameter file, though v2 reads file:// and fileb:// as v1 does.',
    message: 'aws --v2-debug warns here about URL parameters, but AWS CLI v2 reads {prefix} values as v1 does.',
  },
  {
    id: 'v2-binary-param',
    migration: 'cliv2-migration-binaryparam',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'AWS CLI v2 reads blob parameter values as base64 (v1 encodes them itself).',
    message: 'AWS CLI v2 expects --{option} (a blob) to be base64-encoded, v1 encodes it itself; use --cli-binary-format raw-in-base64-out or encode the value.',
  },
  {
    id: 'v2-skeleton-paging',
    migration: 'cliv2-migration-skeleton-paging',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'Paging parameters (tokens, page size) in --cli-input-json turn automatic pagination off in AWS CLI v2 (v1 ignores them).',
    message: 'AWS CLI v2 turns automatic pagination off when --cli-input-json sets {tokens} (v1 ignores them there); remove them to keep v1 behaviour.',
  },
  {
    id: 'v2-cfn-empty-changeset',
    migration: 'cliv2-migration-cfn',
    v2Debug: 'yes',
    severity: 'warning',
    summary: '`cloudformation deploy` of an empty change set succeeds in AWS CLI v2 (v1 fails).',
    message: 'On AWS CLI v2, `cloudformation deploy` with an empty change set succeeds (v1 fails); add --no-fail-on-empty-changeset to resolve this warning.',
  },
  {
    id: 'v2-s3-copy-metadata',
    migration: 'cliv2-migration-s3-copy-metadata',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'AWS CLI v2 copies object properties in multipart S3-to-S3 copies, with extra API calls.',
    message: 'On AWS CLI v2, multipart copies between buckets also copy object properties, with extra S3 calls the principal must be allowed to make (v1 does not).',
  },
  {
    id: 'v2-checksums',
    migration: 'cliv2-migration-checksums',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'AWS CLI v2 uploads with CRC64NVME checksums by default (v1 uses CRC32).',
    message: 'On AWS CLI v2, `aws s3` uploads send a CRC64NVME checksum by default (v1 sends CRC32); pass --checksum-algorithm to choose one.',
  },
  {
    id: 'v2-s3-regional-endpoint',
    migration: 'cliv2-migration-s3-regional-endpoint',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'In us-east-1, AWS CLI v2 calls S3\'s regional endpoint rather than the global one.',
    message: 'With region us-east-1, AWS CLI v2 uses S3\'s regional endpoint (v1 the global s3.amazonaws.com); set the region to aws-global to keep v1 behaviour.',
  },
  {
    id: 'v2-timestamp',
    migration: 'cliv2-migration-timestamp',
    v2Debug: 'yes',
    severity: 'warning',
    summary: 'AWS CLI v2 prints response timestamps in ISO 8601 (v1 as the service sent them).',
    message: 'AWS CLI v2 prints the timestamps of this response in ISO 8601 (v1 as the service sent them); set cli_timestamp_format to wire to keep v1 behaviour.',
  },
  {
    id: 'v2-timestamp-output',
    migration: 'cliv2-migration-timestamp',
    v2Debug: 'no',
    severity: 'warning',
    summary: 'A --query or text output that reads a timestamp, whose format changes in AWS CLI v2.',
    message: 'This command\'s {what} reads {members}, a timestamp AWS CLI v2 prints in ISO 8601 (v1 as the service sent it).',
  },
  {
    id: 'v2-exit-status',
    migration: 'cliv2-migration-return-codes',
    v2Debug: 'no',
    severity: 'warning',
    summary: 'A test of $? for 255 after an aws command: AWS CLI v2 exits 252, 253 or 254 for most failures v1 exits 255 for.',
    message: 'This tests the aws command\'s exit status for 255, but AWS CLI v2 exits 252 (command line), 253 (configuration) or 254 (service error) for most failures v1 exits 255 for.',
  },
];

/** The facts of one rule. */
export function upgradeRuleFacts(id: UpgradeRuleId): UpgradeRuleFacts {
  const facts = UPGRADE_RULE_FACTS.find((rule) => rule.id === id);
  if (facts === undefined) throw new Error(`unknown upgrade rule ${id}`);
  return facts;
}

/**
 * The options v2-debug's alias check looks for: `[service, operation, option]` of v1's hidden
 * alias table, by the option's real name (v2-debug looks for that name, not the alias). Entries
 * for every operation (`*`) never match in v2-debug (it compares the operation word with `*`).
 */
export const V2_DEBUG_ALIAS_CHECKS: ReadonlyArray<readonly [string, string, string]> = V1_HIDDEN_ALIASES.map(([key]) => {
  const [service, operation, option] = splitAliasKey(key);
  return [service, operation, option] as const;
}).filter(([, operation]) => operation !== '*');

/** v1's hidden aliases that v2 no longer accepts: `[service, operation or *, option, alias]`. */
export const REMOVED_HIDDEN_ALIASES: ReadonlyArray<readonly [string, string, string, string]> = V1_HIDDEN_ALIASES.filter(
  ([key, alias]) => !V2_HIDDEN_ALIASES.some(([key2, alias2]) => key2 === key && alias2 === alias),
).map(([key, alias]) => {
  const [service, operation, option] = splitAliasKey(key);
  return [service, operation, option, alias] as const;
});

function splitAliasKey(key: string): [string, string, string] {
  const last = key.lastIndexOf('.');
  const middle = key.lastIndexOf('.', last - 1);
  return [key.slice(0, middle), key.slice(middle + 1, last), key.slice(last + 1)];
}

/** The prefixes of parameter values v1 loads (`cli_follow_urlparam` at its default `true`). */
export const PARAMFILE_PREFIXES = { local: ['file://', 'fileb://'], remote: ['http://', 'https://'] } as const;

/** The `aws s3` transfer commands and what v2-debug checks on them. */
export const S3_TRANSFER_COMMANDS: ReadonlySet<string> = new Set(['cp', 'mv', 'sync']);

/**
 * The AWS CLI's own commands whose service calls return timestamps to the response parser (so
 * v2-debug prints its timestamp warning once they get an answer), by `service command`, and
 * for `aws s3` commands by the direction of their paths (`s3`: one S3 path; `s3local`: S3 to a
 * local path; `locals3`; `s3s3`). Observed with the recorder's stub answers.
 */
export const CUSTOM_COMMAND_TIMESTAMPS: ReadonlyMap<string, readonly string[] | true> = new Map<string, readonly string[] | true>([
  ['s3 ls', true],
  ['s3 cp', ['s3local', 's3s3']],
  ['s3 mv', ['s3local', 's3s3']],
  ['s3 sync', ['s3local', 's3s3', 'locals3']],
  ['s3 rm', []],
  ['ecr get-login', true],
  ['ecr get-login-password', true],
  ['cloudformation deploy', true],
]);

/** The region in which v1 calls S3's global endpoint (with `us_east_1_regional_endpoint` at `legacy`). */
export const S3_GLOBAL_ENDPOINT_REGION = 'us-east-1';

/** Environment variables v1 reads for file encoding and v2 ignores, and the one v2 reads. */
export const ENCODING_VARIABLES = { v1: ['PYTHONUTF8', 'PYTHONIOENCODING'], v2: 'AWS_CLI_FILE_ENCODING' } as const;

/** The exit status v1 gives most failures, which v2 splits into 252, 253 and 254. */
export const V1_FAILURE_STATUS = 255;

const flat = (name: string): string => name.replace(/-/g, '');

/** CLI service names whose event name is not theirs without hyphens. */
const EVENT_NAMES: Readonly<Record<string, string>> = { s3api: 's3' };

/**
 * Whether v1 loads a parameter file for `option` of `operation` (a CLI service name, or `custom`
 * for its own commands): its exemption table is keyed by the hyphenated service id, which matches
 * the CLI name once hyphens are dropped (`api-gateway` for `apigateway`).
 * @example v1LoadsParamfile('cloudformation', 'create-stack', 'template-url') // false
 */
export function v1LoadsParamfile(service: string, operation: string, option: string): boolean {
  exemptions ??= new Set(
    [...dialectTables('v1').paramfileDisabled].map((key) => {
      const last = key.lastIndexOf('.');
      const middle = key.lastIndexOf('.', last - 1);
      return `${flat(key.slice(0, middle))}.${key.slice(middle + 1)}`;
    }),
  );
  return !exemptions.has(`${flat(EVENT_NAMES[service] ?? service)}.${operation}.${option}`);
}

/** v1's parameter-file exemptions keyed by the service name without hyphens. */
let exemptions: Set<string> | undefined;
