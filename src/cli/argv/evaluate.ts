/**
 * A whole service command line → what the AWS CLI would do with it, short of sending:
 * the global options, the service and operation (each parser as the AWS CLI chains them),
 * the request parameters, skeletons, help, and every failure with the AWS CLI's text.
 *
 * The order of checks is the AWS CLI's: global options (and `--query` / `--endpoint-url`
 * checks) first, then the service and operation names, the operation's options, the request
 * values (in argument-table order), `--cli-input-json`, `--generate-cli-skeleton`, the client's
 * endpoint check, and last botocore's validation.
 */
import { ModelRegistry } from '../../model/registry.js';
import type { Operation, ServiceModel } from '../../model/shape.js';
import { formatValidationReport } from '../../model/errors.js';
import { validateValue } from '../../model/validate.js';
import { nodeFileReader } from '../file-reader.js';
import { parseKnownArgs } from './argparse.js';
import { clientRegion, configuredEndpoint, loadAwsConfig, parameterValidation, scopedConfig, selectedProfile, textSetting, timestampFormat } from './aws-config.js';
import type { AwsConfigFiles, ProfileSettings } from './aws-config.js';
import type { ArgparseError, ParsedArgs } from './argparse.js';
import { buildArgumentTable, operationParserSpec } from '../../awscli/arguments.js';
import type { ArgumentTable } from '../../awscli/arguments.js';
import { failure, inDialect } from '../../awscli/failures.js';
import type { CliFailure } from '../../awscli/failures.js';
import { commandLineDialect, DIALECT_VARIABLE, globalOptions, parseGlobalArgs } from './globals.js';
import { dialectTables } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import { decodeBlobs, isBinaryFormat } from '../../awscli/binary-format.js';
import type { BinaryFormat } from '../../awscli/binary-format.js';
import type { GlobalOptions } from './globals.js';
import { pythonInt, stringRepr } from '../../model/python.js';
import { generateSkeleton } from '../../awscli/skeleton.js';
import { serviceView } from '../../model/loaders/operation-cache.js';
import { referencedServiceName } from '../../model/loaders/names.js';
import { checkPagingOff, decodeStartingToken, firstPageParams, pagingEnabled, withoutPagingShadows } from './paging.js';
import type { PagingPlan, StartingToken } from './paging.js';
import { buildRequest } from './request.js';
import { aliasTarget, availableCommands, commandAliases, topLevelChoices } from '../../awscli/command-table.js';
import { customCommandNames } from '../../awscli/custom-commands.js';
import { s3ParameterFailure } from '../../awscli/s3-checks.js';
import { serializationFailure } from './serialize-check.js';
import type { OutfileTarget, SkeletonKind } from './request.js';
import type { YamlReader } from './yaml-input.js';
import { evaluateWaitCommand, WAIT_COMMAND } from './wait.js';
import type { OperationVariant, WaitPlan } from './wait.js';

/** Where a command line runs. */
export interface EvaluateContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Checks a `--query` expression; returns an error message for a bad one. */
  readonly checkQuery?: (expression: string) => string | undefined;
  /** Registries by data path, reused across command lines (`cli --jsonl`). */
  readonly registries?: Map<string, ModelRegistry>;
  /** Evaluate as `--cli-dry-run` does: no client is made, so no region is needed (`cli --jsonl`). */
  readonly withoutClient?: boolean;
  /** Receives the warnings the AWS CLI prints to stderr as it reads the options. */
  readonly warn?: (message: string) => void;
  /** Reads `--cli-input-yaml` (v2): loaded by the caller when the command line may name it (`mayReadYaml`). */
  readonly readYaml?: YamlReader;
  /** Data directories searched after a command line's own `--data-path` ones (`cli --jsonl --data-path`). */
  readonly dataPath?: readonly string[];
  /**
   * The dialect when the command line has no `--dialect` of its own (`cli --jsonl`'s option or
   * a line's field); absent, `AWS_SHORTHAND_DIALECT` in `env` decides, else v1.
   */
  readonly dialect?: Dialect;
}

/** What a command line asks for. */
export type Evaluation =
  /** Print top-level help (`aws-shorthand help`). */
  | { readonly kind: 'help'; readonly globals: GlobalOptions; readonly topic: 'top' }
  /** Print a service's help. */
  | { readonly kind: 'help'; readonly globals: GlobalOptions; readonly topic: 'service'; readonly service: string; readonly model: ServiceModel }
  /** Print the help of a service's `wait` command: its waiters. */
  | { readonly kind: 'help'; readonly globals: GlobalOptions; readonly topic: 'wait'; readonly service: string; readonly waiters: readonly string[] }
  /** Print an operation's help. */
  | { readonly kind: 'help'; readonly globals: GlobalOptions; readonly topic: 'operation'; readonly table: ArgumentTable; readonly model: ServiceModel }
  /** `--version`. */
  | { readonly kind: 'version' }
  /** A request, validated: to send, or to print with `--cli-dry-run`. */
  | {
      readonly kind: 'request';
      readonly globals: GlobalOptions;
      readonly table: ArgumentTable;
      readonly model: ServiceModel;
      /** The parameters; of the first page when paging. */
      readonly params: Record<string, unknown>;
      /** Set when the AWS CLI would page through the results. */
      readonly paging?: PagingPlan;
      /** Set for a `wait` command: the request is polled until the waiter is satisfied. */
      readonly wait?: WaitPlan;
      /** Set for a payload output: the file the payload is saved to. */
      readonly outfile?: OutfileTarget;
      /** The settings of the config-file profile in use (region, output, …). */
      readonly settings: ProfileSettings;
    }
  /** `--generate-cli-skeleton`: nothing is sent. For `output`, params were validated. */
  | {
      readonly kind: 'skeleton';
      readonly skeleton: SkeletonKind;
      readonly globals: GlobalOptions;
      readonly table: ArgumentTable;
      readonly model: ServiceModel;
      readonly params: Record<string, unknown>;
      /** The settings of the config-file profile in use (region, output, …). */
      readonly settings: ProfileSettings;
    }
  | { readonly kind: 'failure'; readonly failure: CliFailure };

/**
 * Evaluate `argv` (without the program name) as `aws` would.
 * @example evaluateCommandLine(['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'x'], ctx) // kind 'request'
 */
export function evaluateCommandLine(argv: readonly string[], ctx: EvaluateContext): Evaluation {
  const chosen = commandLineDialect(argv, ctx.env, ctx.dialect);
  if (chosen.invalid !== undefined) {
    return { kind: 'failure', failure: failure('other', `${DIALECT_VARIABLE} must be one of v1, v2, not ${stringRepr(chosen.invalid)}`, { code: 'BAD_DIALECT' }) };
  }
  const evaluation = evaluateIn(argv, ctx, chosen.dialect);
  // Failures are made with v1's statuses; the dialect's table gives the one its CLI exits with.
  return evaluation.kind === 'failure' ? { kind: 'failure', failure: inDialect(evaluation.failure, chosen.dialect) } : evaluation;
}

function evaluateIn(argv: readonly string[], ctx: EvaluateContext, dialect: Dialect): Evaluation {
  // v2 looks at the raw words before parsing anything (values included, as it does).
  for (const { words, message } of dialectTables(dialect).exclusiveWords) {
    if (words.every((word) => argv.includes(word))) return { kind: 'failure', failure: failure('other', message, { code: 'EXCLUSIVE_WORDS' }) };
  }
  const main = parseGlobalArgs(argv, dialect);
  if (!main.ok) return usage(main.error);
  if (main.parsed.versionRequested) return { kind: 'version' };
  const own = { ...globalOptions(main.parsed.values), dialect };
  const globals = ctx.dataPath === undefined || ctx.dataPath.length === 0 ? own : { ...own, dataPath: [...own.dataPath, ...ctx.dataPath] };
  const topLevel = checkTopLevel(globals, ctx);
  if (topLevel !== undefined) return { kind: 'failure', failure: topLevel };
  // The AWS CLI reads its config files as its session starts (and crashes on a broken one).
  const config = loadAwsConfig(ctx.env, ctx.cwd);
  if (!config.ok) return { kind: 'failure', failure: config.failure };
  // The response parser is set up as the session starts: a bad cli_timestamp_format of an
  // existing profile fails here (a missing profile is only reported later).
  const early = scopedConfig(config.files, selectedProfile(globals.profile, ctx.env));
  const timestamps = early.ok ? timestampFormat(early.settings, dialectTables(dialect).messages.timestampFormats) : undefined;
  if (timestamps !== undefined && !timestamps.ok) return { kind: 'failure', failure: timestamps.failure };
  // v2 settles how blobs are read as its session starts (a missing profile means the default).
  const binary = binaryFormatOf(dialect, globals.binaryFormat, early.ok ? early.settings : {});
  if (!binary.ok) return { kind: 'failure', failure: binary.failure };
  const command = main.parsed.values.get('command') as string;
  const registry = registryFor(globals, ctx);
  if (command === 'help') return { kind: 'help', globals, topic: 'top' };
  const commandList = dialectTables(dialect).topLevelCommands;
  // A command the AWS CLI appends may run a service under another name (`opsworks-cm`).
  const aliased = commandList.serviceAliases.find(([name]) => name === command)?.[1];
  const view = serviceView(registry, command, ctx.env) ?? (aliased === undefined ? undefined : serviceView(registry, referencedServiceName(aliased), ctx.env));
  if (view === undefined) {
    // An alias of a service no model was found for is as unknown as that service.
    if (aliased !== undefined) return usage(invalidChoice('command', command, topLevelChoices(registry.serviceNames(), dialect).filter((name) => name !== command)));
    if (commandList.appended.includes(command)) {
      return { kind: 'failure', failure: failure('other', `aws-shorthand does not run the AWS CLI's own command \`${command}\``, { code: 'CUSTOM_COMMAND' }) };
    }
    return usage(invalidChoice('command', command, topLevelChoices(registry.serviceNames(), dialect)));
  }

  // After the operations come the AWS CLI's hidden aliases, then its `wait` command.
  const operations = availableCommands(command, view.operationNames, dialect);
  // The AWS CLI's own commands of the service (`ecr get-login-password`) come after them.
  const ownCommands = customCommandNames([command], dialect).filter((name) => !operations.includes(name));
  const operationChoices = [...operations, ...commandAliases(command, operations, dialect), ...ownCommands, ...(view.waiterNames.length > 0 ? [WAIT_COMMAND] : []), 'help'];
  const service = parseKnownArgs(main.parsed.extras, { options: [], positional: { dest: 'operation', choices: operationChoices } });
  if (!service.ok) return usage(service.error);
  const operationName = service.parsed.values.get('operation') as string;
  if (operationName === 'help') return { kind: 'help', globals, topic: 'service', service: command, model: view.fullModel() };
  if (operationName === WAIT_COMMAND && view.waiterNames.length > 0) {
    return evaluateWaitCommand(command, view, service.parsed.extras, globals, (waiter, args, variant) =>
      evaluateOperation(command, waiter.model, waiter.operation, args, globals, { ...ctx, dialect, binaryFormat: binary.format }, config.files, variant),
    );
  }
  if (ownCommands.includes(operationName)) {
    return { kind: 'failure', failure: failure('other', `aws-shorthand does not run the AWS CLI's own command \`${command} ${operationName}\``, { code: 'CUSTOM_COMMAND' }) };
  }
  const found = view.operation(aliasTarget(command, operationName, dialect));
  if (found === undefined) return usage(invalidChoice('operation', operationName, operationChoices));
  return evaluateOperation(command, found.model, found.operation, service.parsed.extras, globals, { ...ctx, dialect, binaryFormat: binary.format }, config.files);
}

function evaluateOperation(
  serviceName: string,
  model: ServiceModel,
  operation: Operation,
  args: readonly string[],
  globals: GlobalOptions,
  ctx: EvaluateContext & { readonly dialect: Dialect; readonly binaryFormat: BinaryFormat },
  configFiles: AwsConfigFiles,
  variant?: OperationVariant,
): Evaluation {
  const operationTable = buildArgumentTable(serviceName, model, operation, ctx.dialect);
  // A waiter command has its operation's options under its own name.
  const table = variant === undefined ? operationTable : { ...operationTable, operation: variant.commandName };
  // The AWS CLI's operation parser answers a lone `help` before parsing anything.
  if (args.length === 1 && args[0] === 'help') return { kind: 'help', globals, topic: 'operation', table, model };
  const outcome = parseKnownArgs(args, operationParserSpec(table, args));
  if (!outcome.ok) return usage(outcome.error);
  const parsed: ParsedArgs = outcome.parsed;
  const extras = [...parsed.extras];
  const help = parsed.values.get('help');
  if (help === 'help') return { kind: 'help', globals, topic: 'operation', table, model };
  if (typeof help === 'string') extras.push(help);
  if (extras.length > 0) return { kind: 'failure', failure: failure('unknown-options', `Unknown options: ${extras.join(', ')}`, { code: 'UNKNOWN_OPTIONS' }) };

  // The AWS CLI settles paging as soon as the options are parsed, before any value is read.
  let paged = pagingEnabled(table, parsed, globals.paginate);
  if (!paged && operation.paginator !== undefined) {
    const misuse = checkPagingOff(table, parsed, dialectTables(ctx.dialect).messages.pagingMisusePrefix);
    if (misuse !== undefined) return { kind: 'failure', failure: misuse };
  }
  const readFile = nodeFileReader(ctx.cwd, ctx.env);
  let settings: ProfileSettings = {};
  // The profile is first looked up once the options are unpacked, before --cli-input-json.
  const lookUpProfile = (): CliFailure | undefined => {
    const scoped = scopedConfig(configFiles, selectedProfile(globals.profile, ctx.env));
    if (!scoped.ok) return scoped.failure;
    settings = scoped.settings;
    return undefined;
  };
  const built = buildRequest(
    // With paging off, the options the paging options shadowed are read as themselves.
    paged ? table : withoutPagingShadows(table),
    parsed,
    { serviceEventName: table.serviceEventName, operation: table.operation, readFile, cwd: ctx.cwd, env: ctx.env, dialect: ctx.dialect, ...(ctx.warn === undefined ? {} : { warn: ctx.warn }), ...(ctx.readYaml === undefined ? {} : { readYaml: ctx.readYaml }) },
    dialectTables(ctx.dialect).profileLookUp === 'after-options' ? lookUpProfile : undefined,
  );
  if (!built.ok) return { kind: 'failure', failure: built.failure };
  const { skeleton, paging, outfile } = built.request;
  let params = built.request.params;
  // v2 looks at the call's parameters too: a paginator's input token or limit key there (from
  // --cli-input-json) means the caller pages by hand.
  if (paged && dialectTables(ctx.dialect).pagingOffByCallParameters && pagesByHand(params, operation)) paged = false;
  if (skeleton === 'input' || skeleton === 'yaml-input') return { kind: 'skeleton', skeleton, globals, table, model, params, settings };
  if (dialectTables(ctx.dialect).profileLookUp === 'at-client') {
    const missing = lookUpProfile();
    if (missing !== undefined) return { kind: 'failure', failure: missing };
  }
  // The AWS CLI's last word before making a client for cloudsearchdomain (skeletons aside).
  if (serviceName === 'cloudsearchdomain' && skeleton === undefined && globals.endpointUrl === undefined) {
    return { kind: 'failure', failure: failure('other', '--endpoint-url is required for cloudsearchdomain commands', { code: 'ENDPOINT_URL_REQUIRED' }) };
  }

  // Making the client needs a region and a usable endpoint; pages are only asked for after.
  if (!globals.dryRun && ctx.withoutClient !== true) {
    const tables = dialectTables(ctx.dialect);
    const region = clientRegion(globals.region, ctx.env, settings, tables.regionVariables);
    if (region === undefined) return { kind: 'failure', failure: failure('config', NO_REGION, { code: 'NO_REGION' }) };
    const configured = tables.configuredEndpoints ? configuredEndpoint(ctx.env, settings, model.metadata.serviceId) : undefined;
    if (region === '' && globals.endpointUrl === undefined && configured === undefined) {
      // botocore builds the endpoint from the empty region and refuses it (global services aside).
      const host = `${model.metadata.endpointPrefix ?? serviceName}..amazonaws.com`;
      return { kind: 'failure', failure: failure('other', `Invalid endpoint: https://${host}`, { code: 'INVALID_ENDPOINT' }) };
    }
  }
  if (variant !== undefined) {
    const taken = variant.takeParams(params);
    if ('failure' in taken) return { kind: 'failure', failure: taken.failure };
    params = taken.params;
  }
  const endpoint = checkEndpoint(globals.endpointUrl);
  if (endpoint !== undefined) return { kind: 'failure', failure: endpoint };
  let plan: PagingPlan | undefined;
  // A waiter does not page: the AWS CLI hands its paging settings to the waiter as a parameter.
  if (paged && operation.paginator !== undefined && skeleton === undefined && variant === undefined) {
    let start: StartingToken | undefined;
    if (paging?.StartingToken !== undefined) {
      const decoded = decodeStartingToken(String(paging.StartingToken), operation.paginator.inputToken);
      if (!decoded.ok) return { kind: 'failure', failure: decoded.failure };
      start = decoded.start;
    }
    params = firstPageParams(params, operation, paging ?? {}, start);
    const maxItems = paging?.MaxItems === undefined ? undefined : Number(paging.MaxItems);
    plan = { paginator: operation.paginator, ...(maxItems === undefined ? {} : { maxItems }), ...(start === undefined ? {} : { start }) };
  } else if (paging !== undefined) {
    // Without paging the AWS CLI passes its paging settings on as a parameter, which
    // validation then refuses.
    params = { ...params, PaginationConfig: paging };
  }
  if (skeleton === 'output') {
    // The AWS CLI stubs the client with this response, and the stub validates it first.
    const fake = generateSkeleton(operation.output, { useMemberNames: true });
    const responseReport = validationFailure(fake, operation.output);
    if (responseReport !== undefined) return { kind: 'failure', failure: responseReport };
  }
  // v2 decodes base64 blobs as the client is handed the parameters, before botocore's checks.
  if (ctx.binaryFormat === 'base64') {
    const undecodable = decodeBlobs(params, operation.input);
    if (undecodable !== undefined) return { kind: 'failure', failure: undecodable };
  }
  // botocore's own S3 checks run before validation, whatever the profile says about it.
  const s3 = s3ParameterFailure(table.serviceEventName, operation.name, params, ctx.dialect);
  if (s3 !== undefined) return { kind: 'failure', failure: s3 };
  // A profile can turn botocore's client-side validation off; the service then judges.
  const report = parameterValidation(settings) ? validationFailure(params, operation.input) : serializationFailure(params, operation.input, model.metadata.protocol);
  if (report !== undefined) return { kind: 'failure', failure: report };
  if (skeleton === 'output') return { kind: 'skeleton', skeleton, globals, table, model, params, settings };
  return { kind: 'request', globals, table, model, params, settings, ...(plan === undefined ? {} : { paging: plan }), ...(outfile === undefined ? {} : { outfile }) };
}

/** Whether `params` holds one of the operation's paginator input tokens or its limit key. */
function pagesByHand(params: Readonly<Record<string, unknown>>, operation: Operation): boolean {
  const paginator = operation.paginator;
  if (paginator === undefined) return false;
  const tokens = paginator.limitKey === undefined ? paginator.inputToken : [...paginator.inputToken, paginator.limitKey];
  return tokens.some((token) => Object.hasOwn(params, token));
}

/**
 * How blob text is read: `--cli-binary-format`, else the profile's `cli_binary_format`, else
 * the dialect's default; v1 has neither option nor setting. An unknown setting fails as v2's
 * table lookup does (a bare KeyError).
 */
function binaryFormatOf(dialect: Dialect, option: BinaryFormat | undefined, settings: ProfileSettings): { ok: true; format: BinaryFormat } | { ok: false; failure: CliFailure } {
  const tables = dialectTables(dialect);
  if (!tables.binaryFormatOption) return { ok: true, format: tables.defaultBinaryFormat };
  if (option !== undefined) return { ok: true, format: option };
  const setting = textSetting(settings, 'cli_binary_format');
  if (setting === undefined) return { ok: true, format: tables.defaultBinaryFormat };
  if (isBinaryFormat(setting)) return { ok: true, format: setting };
  return { ok: false, failure: failure('other', stringRepr(setting), { code: 'BAD_BINARY_FORMAT' }) };
}

const NO_REGION = 'You must specify a region. You can also configure your region by running "aws configure".';


function usage(error: ArgparseError): Evaluation {
  return { kind: 'failure', failure: failure('usage', error.message, { code: error.code, ...(error.argument === undefined ? {} : { option: error.argument }) }) };
}

function invalidChoice(argument: string, value: string, choices: readonly string[]): ArgparseError {
  // Reuse argparse's own message by parsing the single value against the choices.
  const outcome = parseKnownArgs([value], { options: [], positional: { dest: argument, choices } });
  if (!outcome.ok) return outcome.error;
  return { code: 'INVALID_CHOICE', message: `argument ${argument}: invalid choice: ${stringRepr(value)}`, argument };
}

/** The checks the AWS CLI runs on global options before it looks at the service. */
function checkTopLevel(globals: GlobalOptions, ctx: EvaluateContext): CliFailure | undefined {
  if (globals.query !== undefined && ctx.checkQuery !== undefined) {
    const problem = ctx.checkQuery(globals.query);
    if (problem !== undefined) return failure('other', `Bad value for --query ${globals.query}: ${problem}`, { option: '--query', code: 'BAD_QUERY' });
  }
  if (globals.endpointUrl !== undefined && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(globals.endpointUrl)) {
    return failure(
      'other',
      `Bad value for --endpoint-url "${globals.endpointUrl}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
      { option: '--endpoint-url', code: 'BAD_ENDPOINT' },
    );
  }
  for (const [option, value] of [
    ['--cli-read-timeout', globals.readTimeout],
    ['--cli-connect-timeout', globals.connectTimeout],
  ] as const) {
    if (value !== undefined && !pythonInt(value).ok) {
      return failure('other', `invalid literal for int() with base 10: ${stringRepr(value)}`, { option, code: 'BAD_TIMEOUT' });
    }
  }
  return undefined;
}

/** botocore refuses an endpoint URL without a usable host name when it creates the client. */
function checkEndpoint(endpointUrl: string | undefined): CliFailure | undefined {
  if (endpointUrl === undefined) return undefined;
  let host: string | undefined;
  try {
    const url = new URL(endpointUrl);
    host = url.hostname;
  } catch {
    host = undefined;
  }
  const valid = host !== undefined && host !== '' && !/[\t\n\r]/.test(endpointUrl) && /^(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}\.?$|^\[[0-9A-Fa-f:.]+\]$/.test(host);
  return valid ? undefined : failure('other', `Invalid endpoint: ${endpointUrl}`, { option: '--endpoint-url', code: 'INVALID_ENDPOINT' });
}

function validationFailure(value: unknown, shape: Operation['input']): CliFailure | undefined {
  if (shape === undefined) return undefined;
  const issues = validateValue(value, shape, { enums: false, skipIdempotencyTokens: true });
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return undefined;
  return failure('validation', formatValidationReport(errors), { code: 'VALIDATION_FAILED' });
}


/** The registry for the options' data path (cached per data path in `ctx.registries`). */
function registryFor(globals: GlobalOptions, ctx: EvaluateContext): ModelRegistry {
  const key = JSON.stringify([globals.dataPath, ctx.env['AWS_DATA_PATH'] ?? '', ctx.env['HOME'] ?? '']);
  const cached = ctx.registries?.get(key);
  if (cached !== undefined) return cached;
  const registry = ModelRegistry.fromEnvironment({ dataPath: globals.dataPath, env: ctx.env });
  ctx.registries?.set(key, registry);
  return registry;
}
