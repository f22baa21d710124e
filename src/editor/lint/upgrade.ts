/**
 * The `upgrade` rules: what a script's commands do differently on AWS CLI v2. For every command
 * they report what AWS CLI v1's upgrade debug mode (`aws --v2-debug`) prints for it, without
 * running it (the conditions are data in `src/awscli/v2-migration.ts`), and beyond it, marked
 * `nested`, what the models and the script show: blobs inside shorthand or JSON values, removed
 * hidden aliases, `--query`/text output that reads timestamps, tests of `$?` for 255.
 */
import type { CliOption } from '../shell/cli-options.js';
import { GENERIC_OPTIONS } from '../shell/cli-options.js';
import type { AwsArgument } from '../shell/aws-command.js';
import type { ShellWord } from '../shell/words.js';
import { scriptDiagnostics } from './diagnostics.js';
import type { ResolvedCommand, ScriptAnalysis } from '../script.js';
import type { Finding, LintContext, RuleInfo } from './finding.js';
import { GLOBAL_OPTIONS } from '../../awscli/global-options.js';
import { hasStreamingOutput } from '../../model/payload.js';
import {
  CUSTOM_COMMAND_TIMESTAMPS,
  ENCODING_VARIABLES,
  PARAMFILE_PREFIXES,
  REMOVED_HIDDEN_ALIASES,
  S3_GLOBAL_ENDPOINT_REGION,
  S3_TRANSFER_COMMANDS,
  UPGRADE_RULE_FACTS,
  V2_DEBUG_ALIAS_CHECKS,
  v1LoadsParamfile,
  upgradeRuleFacts,
} from '../../awscli/v2-migration.js';
import type { UpgradeRuleId } from '../../awscli/v2-migration.js';
import { containsNestedBlob, nestedBlobPaths, readValueText, timestampMembers } from './upgrade-shapes.js';
import { exitStatusTestAfter, prefixAssignments, scriptAssignments, variableAt } from './upgrade-script.js';
import type { Assignment, ScriptEnvironment } from './upgrade-script.js';

/** The upgrade rules' descriptions. */
export const UPGRADE_RULES: readonly RuleInfo[] = UPGRADE_RULE_FACTS.map((facts) => ({
  id: facts.id,
  severity: facts.severity,
  summary: facts.summary,
  migration: facts.migration,
  family: 'upgrade',
}));

/** Findings of the upgrade rules for every command of `analysis` (and once per file). */
export function upgradeFindings(analysis: ScriptAnalysis, context: LintContext): Finding[] {
  if (!context.upgrade) return [];
  const script = scriptAssignments(analysis);
  // Offsets of errors the AWS CLI stops at before it sends (validation, coercion, syntax): a
  // command with one gets no answer, so no warning that needs the answer.
  const errors = scriptDiagnostics(analysis, undefined)
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => diagnostic.offset)
    .sort((a, b) => a - b);
  const findings: Finding[] = [];
  let pagerReported = script.has('AWS_PAGER');
  analysis.commands.forEach((resolved, index) => {
    const range = resolved.command.command;
    const next = errors[firstAtOrAfter(errors, range.offset)];
    const sends = next === undefined || next >= range.offset + range.length;
    const ctx = new CommandContext(analysis, resolved, index, script, context, sends);
    if (!pagerReported && ctx.topLevelParses() && !ctx.pagerOff()) {
      pagerReported = true;
      ctx.report('v2-pager', resolved.command.aws);
    }
    commandFindings(ctx);
    findings.push(...ctx.findings);
  });
  return findings.sort((a, b) => a.offset - b.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** One command being checked: its words, its environment and the findings made so far. */
class CommandContext {
  readonly findings: Finding[] = [];
  readonly prefix: readonly Assignment[];
  readonly service: string | undefined;
  readonly operation: string | undefined;

  constructor(
    readonly analysis: ScriptAnalysis,
    readonly resolved: ResolvedCommand,
    readonly index: number,
    readonly script: ScriptEnvironment,
    readonly context: LintContext,
    /** Whether nothing the model or the files can show stops the command before it sends its request. */
    public sends: boolean,
  ) {
    this.prefix = prefixAssignments(resolved.command.command, resolved.command.aws.offset);
    this.service = resolved.command.service?.text;
    this.operation = resolved.command.operation?.text;
  }

  /** Record a finding of `rule` on `where` (a word or a range), filling the message's `{fields}`. */
  report(rule: UpgradeRuleId, where: { offset: number; length: number }, fields: Readonly<Record<string, string>> = {}): void {
    const facts = upgradeRuleFacts(rule);
    const message = facts.message.replace(/\{(\w+)\}/g, (whole, name: string) => fields[name] ?? whole);
    this.findings.push({
      rule,
      severity: facts.severity,
      message,
      offset: where.offset,
      length: where.length,
      command: this.index,
      migration: facts.migration,
      ...(facts.v2Debug === 'no' ? { nested: true } : {}),
    });
  }

  /** A variable's value in this command's environment (`null`: unset; `undefined`: unknown). */
  variable(name: string): string | undefined | null {
    return variableAt(name, this.resolved.command.aws.offset, this.prefix, this.script);
  }

  /** The command's arguments by name (the last one given wins, as argparse does). */
  argument(name: string): AwsArgument | undefined {
    return [...this.resolved.command.arguments].reverse().find((argument) => argument.name === name);
  }

  /** v1's main parser accepts the command: a service (or one of the CLI's own commands) it knows. */
  topLevelParses(): boolean {
    return this.resolved.serviceKnown && this.service !== undefined;
  }

  /** The pager is off for this command: `AWS_PAGER` set in its environment, or v2's `--no-cli-pager`. */
  pagerOff(): boolean {
    return this.variable('AWS_PAGER') !== null || this.argument('no-cli-pager') !== undefined;
  }
}

const GLOBAL_NAMES = new Set(GLOBAL_OPTIONS.map((option) => option.flag.slice(2)));

/** The findings of one command. */
function commandFindings(ctx: CommandContext): void {
  if (!ctx.topLevelParses()) return;
  topLevelChecks(ctx);
  if (ctx.resolved.custom !== undefined) customCommandChecks(ctx);
  else if (ctx.resolved.operation !== undefined) operationChecks(ctx);
  const test = exitStatusTestAfter(ctx.analysis, ctx.resolved.command.command);
  if (test !== undefined) ctx.report('v2-exit-status', test);
}

/** The checks v2-debug makes once the global options are parsed, before the command runs. */
function topLevelChecks(ctx: CommandContext): void {
  const { command } = ctx.resolved;
  // Which of the two variables is set, in the order v1 reads them.
  const encoding = ENCODING_VARIABLES.v1.find((name) => ctx.variable(name) !== null);
  if (encoding !== undefined && ctx.variable(ENCODING_VARIABLES.v2) === null) ctx.report('v2-encoding-env', command.aws, { variable: encoding });
  const operationWord = command.operation;
  if (operationWord === undefined) return;
  if (ctx.service === 'ecr' && ctx.operation === 'get-login') ctx.report('v2-ecr-get-login', operationWord);
  // v2-debug looks for each option's real name, as a word of its own, and warns once per name.
  for (const [service, operation, option] of V2_DEBUG_ALIAS_CHECKS) {
    if (service !== ctx.service || operation !== ctx.operation) continue;
    const word = command.arguments.find((argument) => argument.option.text === `--${option}`);
    if (word !== undefined) ctx.report('v2-alias-debug', word.option, { option });
  }
  for (const argument of command.arguments) {
    const removed = REMOVED_HIDDEN_ALIASES.find(
      ([service, operation, , alias]) => service === ctx.service && (operation === '*' || operation === ctx.operation) && alias === argument.name,
    );
    if (removed !== undefined) ctx.report('v2-alias', argument.option, { alias: removed[3], option: removed[2] });
  }
}

/**
 * The one value word of an option, as the AWS CLI checks it for a parameter file: its first word
 * (later ones are positionals), or for a list option its only word (a list of several is not
 * checked).
 */
function singleValue(argument: AwsArgument, takesList = false): ShellWord | undefined {
  if (takesList) return argument.values.length === 1 ? argument.values[0] : undefined;
  return argument.values[0];
}

/** How many value words an option takes at most: `Infinity` for lists, 0 for flags. */
function wordsTaken(form: CliOption['form'] | 'one'): number {
  if (form === 'shorthand-list' || form === 'scalar-list') return Infinity;
  if (form === 'flag') return 0;
  return 1;
}

/** The parameter-file prefix a value starts with, and whether it is a URL. */
function paramfilePrefix(text: string): { prefix: string; remote: boolean } | undefined {
  for (const prefix of PARAMFILE_PREFIXES.remote) if (text.startsWith(prefix)) return { prefix, remote: true };
  for (const prefix of PARAMFILE_PREFIXES.local) if (text.startsWith(prefix)) return { prefix, remote: false };
  return undefined;
}

/** v2-debug's parameter-file warning for one argument's value (v1 loaded it, so it printed). */
function checkParamfile(ctx: CommandContext, argument: AwsArgument, loads: boolean, takesList: boolean): void {
  const word = singleValue(argument, takesList);
  if (word === undefined || !loads) return;
  const found = paramfilePrefix(word.text);
  if (found === undefined) return;
  if (!found.remote) {
    // v1 fails on a missing file before it warns (and before it sends).
    const path = word.text.slice(found.prefix.length);
    if (word.expansions.length === 0 && ctx.context.fileExists !== undefined && !ctx.context.fileExists(path)) {
      ctx.sends = false;
      return;
    }
  }
  ctx.report(found.remote ? 'v2-paramfile' : 'v2-paramfile-local', word, { prefix: found.prefix });
}

/** The index of the first number at least `value` in sorted `values`. */
function firstAtOrAfter(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The checks on a service operation (`aws <service> <operation> …`). */
function operationChecks(ctx: CommandContext): void {
  const { resolved } = ctx;
  const operation = resolved.operation;
  if (operation === undefined || ctx.service === undefined || ctx.operation === undefined) return;
  if (!operationParses(ctx)) return;
  for (const argument of resolved.command.arguments) {
    if (GLOBAL_NAMES.has(argument.name)) continue;
    const option = resolved.options.get(argument.name);
    const takes = option === undefined ? 1 : wordsTaken(option.form);
    if (takes > 0) checkParamfile(ctx, argument, v1LoadsParamfile(ctx.service, ctx.operation, argument.name), takes === Infinity);
    if (option !== undefined) checkBlobs(ctx, argument, option);
  }
  // Paging parameters in the input JSON (given inline: a file's content is not in the script):
  // v2-debug counts the page size (the limit key) with the tokens.
  const input = ctx.argument('cli-input-json');
  const inputWord = input === undefined ? undefined : singleValue(input);
  const paginator = operation.paginator;
  const tokens = paginator === undefined ? [] : [...paginator.inputToken, ...(paginator.limitKey === undefined ? [] : [paginator.limitKey])];
  if (inputWord !== undefined && inputWord.expansions.length === 0 && paramfilePrefix(inputWord.text) === undefined) {
    const value = parseJsonObject(inputWord.text);
    const given = value === undefined ? [] : tokens.filter((token) => Object.hasOwn(value, token));
    if (given.length > 0) ctx.report('v2-skeleton-paging', inputWord, { tokens: given.join(', ') });
    // v2 base64-decodes blobs given in the input JSON too; v2-debug only looks at options.
    const paths = value === undefined || operation.input === undefined ? [] : nestedBlobPaths(value, operation.input);
    if (paths.length > 0) nestedBlob(ctx, inputWord, 'cli-input-json', paths);
  }
  if (!ctx.sends || ctx.argument('generate-cli-skeleton') !== undefined || ctx.argument('dry-run') !== undefined) return;
  const stamps = timestampMembers(operation.output);
  if (stamps.length > 0) {
    ctx.report('v2-timestamp', resolved.command.operation ?? resolved.command.aws);
    timestampOutput(ctx, stamps);
  }
  if (ctx.service === 's3api') s3RegionalEndpoint(ctx);
}

/** `--query` selecting a timestamp member, or text output of a response with timestamps. */
function timestampOutput(ctx: CommandContext, stamps: readonly string[]): void {
  const query = ctx.argument('query');
  const queryWord = query === undefined ? undefined : singleValue(query);
  if (queryWord !== undefined) {
    const names = new Set(queryWord.text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
    const read = stamps.filter((name) => names.has(name));
    if (read.length > 0) ctx.report('v2-timestamp-output', queryWord, { what: '--query', members: read.join(', ') });
    return;
  }
  const output = ctx.argument('output');
  const outputWord = output === undefined ? undefined : singleValue(output);
  if (outputWord?.text === 'text') ctx.report('v2-timestamp-output', outputWord, { what: 'text output', members: stamps.slice(0, 3).join(', ') });
}

/** v1's argument parser accepts the command: no unknown option, every required one given. */
function operationParses(ctx: CommandContext): boolean {
  const { resolved } = ctx;
  const operation = resolved.operation;
  if (operation === undefined) return false;
  for (const argument of resolved.command.arguments) {
    if (!resolved.options.has(argument.name) && !GENERIC_OPTIONS.has(argument.name) && !GLOBAL_NAMES.has(argument.name)) return false;
  }
  // Words beyond what each option takes are positionals: v1 refuses them ("Unknown options"),
  // except the output file of an operation with a streaming answer.
  let positionals = resolved.command.strays.length;
  for (const argument of resolved.command.arguments) {
    const option = resolved.options.get(argument.name);
    const global = GLOBAL_OPTIONS.find((spec) => spec.flag === `--${argument.name}`);
    const takes = option !== undefined ? wordsTaken(option.form) : global?.nargs === 'zero' ? 0 : 1;
    positionals += Math.max(0, argument.values.length - takes);
  }
  if (positionals > (hasStreamingOutput(operation) ? 1 : 0)) return false;
  if (ctx.argument('cli-input-json') !== undefined || ctx.argument('generate-cli-skeleton') !== undefined) return true;
  const given = new Set(resolved.command.arguments.map((argument) => resolved.options.get(argument.name)?.member.name));
  for (const option of resolved.options.values()) if (option.required && option.documented && !given.has(option.member.name)) return false;
  return true;
}

/** Top-level blobs (v2-debug) and blobs inside shorthand or JSON (beyond it). */
function checkBlobs(ctx: CommandContext, argument: AwsArgument, option: CliOption): void {
  const shape = option.member.shape;
  if (shape.kind === 'blob') {
    // v2-debug warns for any value argparse gives, except the empty string.
    if (argument.values.length > 0 && argument.values.some((word) => word.text !== '')) {
      const last = argument.values[argument.values.length - 1] as ShellWord;
      ctx.report('v2-binary-param', { offset: argument.option.offset, length: last.offset + last.length - argument.option.offset }, { option: argument.name });
    }
    return;
  }
  if (!containsNestedBlob(shape)) return;
  for (const word of argument.values) {
    if (word.expansions.length > 0 || paramfilePrefix(word.text) !== undefined) continue;
    const shapeOfWord = option.form === 'shorthand-list' || option.form === 'scalar-list' ? option.wordShape : shape;
    if (shapeOfWord.kind === 'blob') {
      if (word.text !== '') ctx.report('v2-binary-param', word, { option: argument.name });
      continue;
    }
    const value = readValueText(word.text);
    if (value === undefined) continue;
    const paths = nestedBlobPaths(value, shapeOfWord);
    if (paths.length > 0) nestedBlob(ctx, word, argument.name, paths);
  }
}

/** A nested blob finding: the same rule and anchor as the top-level one, marked `nested`. */
function nestedBlob(ctx: CommandContext, word: ShellWord, option: string, paths: readonly string[]): void {
  const facts = upgradeRuleFacts('v2-binary-param');
  ctx.findings.push({
    rule: 'v2-binary-param',
    severity: facts.severity,
    message: `AWS CLI v2 expects the blob ${paths.join(', ')} in --${option} to be base64-encoded, v1 encodes it itself; use --cli-binary-format raw-in-base64-out or encode the value.`,
    offset: word.offset,
    length: word.length,
    command: ctx.index,
    migration: facts.migration,
    nested: true,
  });
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** S3 calls that reach the global endpoint: region us-east-1 (v1 reads `--region`, then AWS_DEFAULT_REGION) and no endpoint URL. */
function s3RegionalEndpoint(ctx: CommandContext): void {
  if (ctx.argument('endpoint-url') !== undefined) return;
  const region = ctx.argument('region');
  const regionWord = region === undefined ? undefined : singleValue(region);
  const value = regionWord !== undefined ? regionWord.text : ctx.variable('AWS_DEFAULT_REGION');
  if (value === S3_GLOBAL_ENDPOINT_REGION) ctx.report('v2-s3-regional-endpoint', regionWord ?? ctx.resolved.command.aws);
}

/** The direction of an `aws s3` transfer from its two path words. */
function transferDirection(paths: readonly ShellWord[]): string | undefined {
  if (paths.length === 1) return (paths[0] as ShellWord).text.startsWith('s3://') ? 's3' : undefined;
  if (paths.length !== 2) return undefined;
  const side = (word: ShellWord): string => (word.text.startsWith('s3://') ? 's3' : 'local');
  return side(paths[0] as ShellWord) + side(paths[1] as ShellWord);
}

/** The checks on the AWS CLI's own commands (`s3 cp`, `cloudformation deploy`, …). */
function customCommandChecks(ctx: CommandContext): void {
  const record = ctx.resolved.custom;
  if (record === undefined || ctx.service === undefined) return;
  const name = record.path.join(' ');
  const byName = new Map(record.arguments.map((argument) => [argument.name, argument]));
  // Positional words: strays, and words after a flag (the scanner gives those to the flag).
  const positionals: ShellWord[] = [...ctx.resolved.command.strays];
  for (const argument of ctx.resolved.command.arguments) {
    const spec = byName.get(argument.name);
    if (spec === undefined && !GLOBAL_NAMES.has(argument.name)) return; // v1 stops at an unknown option
    if (spec?.flag === true || (GLOBAL_NAMES.has(argument.name) && GLOBAL_OPTIONS.find((o) => o.flag === `--${argument.name}`)?.nargs === 'zero')) {
      positionals.push(...argument.values);
    } else if (spec !== undefined && spec.nargs === undefined && argument.values.length > 1) {
      positionals.push(...argument.values.slice(1));
    }
  }
  const required = record.arguments.filter((argument) => argument.required === true && argument.positional !== true);
  if (required.some((argument) => ctx.argument(argument.name) === undefined)) return;
  for (const argument of ctx.resolved.command.arguments) {
    const spec = byName.get(argument.name);
    if (spec === undefined || spec.flag === true) continue;
    const list = spec.nargs === '+' || spec.nargs === '*' || Number(spec.nargs) > 1;
    checkParamfile(ctx, argument, v1LoadsParamfile('custom', record.path[record.path.length - 1] as string, argument.name), list);
  }
  const operationWord = ctx.resolved.command.operation ?? ctx.resolved.command.aws;
  const direction = ctx.service === 's3' ? transferDirection(positionals) : undefined;
  if (ctx.service === 's3' && ctx.operation !== undefined && S3_TRANSFER_COMMANDS.has(ctx.operation)) {
    if (direction === 's3s3') ctx.report('v2-s3-copy-metadata', operationWord);
    if (direction === 'locals3' && ctx.argument('checksum-algorithm') === undefined) ctx.report('v2-checksums', operationWord);
  }
  if (name === 'cloudformation deploy') {
    const last = [...ctx.resolved.command.arguments].reverse().find((a) => a.name === 'fail-on-empty-changeset' || a.name === 'no-fail-on-empty-changeset');
    if (last?.name !== 'no-fail-on-empty-changeset') ctx.report('v2-cfn-empty-changeset', operationWord);
  }
  const stamps = CUSTOM_COMMAND_TIMESTAMPS.get(name);
  if (stamps === true || (stamps !== undefined && direction !== undefined && stamps.includes(direction))) ctx.report('v2-timestamp', operationWord);
  if (ctx.service === 's3' && ctx.operation !== 'presign') s3RegionalEndpoint(ctx);
}
