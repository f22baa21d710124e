/**
 * Sending a validated request through the AWS SDK for JavaScript v3: the service's
 * `@aws-sdk/client-*` package is imported only now (never at start-up), its client is built
 * from the global options (`--region`, `--profile`, `--endpoint-url`, SSL and timeout options)
 * with the SDK's default credential and region chains behind them, and the operation's
 * command class is looked up by name (`CreateAutoMLJobCommand`). Failures carry the AWS CLI's
 * texts: service errors as `An error occurred (Code) when calling the Op operation: message`.
 */
import { readFileSync } from 'node:fs';
import { hyphenizeServiceId } from '../../model/loaders/names.js';
import type { Operation, ServiceModel } from '../../model/shape.js';
import { failure } from '../../awscli/failures.js';
import { dialectTables } from '../../awscli/dialect.js';
import type { CliFailure } from '../../awscli/failures.js';
import type { GlobalOptions } from '../argv/globals.js';
import { sdkInput } from './sdk-input.js';
import { importPackage } from '../import-package.js';
import { clientRegion, selectedProfile } from '../argv/aws-config.js';
import type { ProfileSettings } from '../argv/aws-config.js';

/** A loaded module's exports. */
export type ModuleExports = Record<string, unknown>;

/** What sending needs. */
export interface SendOptions {
  readonly model: ServiceModel;
  readonly operation: Operation;
  readonly params: Record<string, unknown>;
  readonly globals: GlobalOptions;
  /** Environment for region, credentials and profile (the AWS CLI's variables). */
  readonly env: NodeJS.ProcessEnv;
  /** The config-file profile's settings (its region). */
  readonly settings?: ProfileSettings;
  /** Where `--debug` logging goes. */
  readonly debugLog?: (line: string) => void;
  /** Imports a package by name; default: dynamic `import()`. */
  readonly importModule?: (name: string) => Promise<ModuleExports>;
  /** Abandons the request (Ctrl-C): the SDK drops the connection. */
  readonly signal?: AbortSignal;
}

/** The outcome of sending: the response without `$metadata`, or a failure. */
export type SendResult = { readonly ok: true; readonly response: Record<string, unknown> } | { readonly ok: false; readonly failure: CliFailure };

/** The AWS CLI's default timeouts, in seconds. */
const DEFAULT_TIMEOUT_SECONDS = 60;

/**
 * The npm package of a service's SDK client: `@aws-sdk/client-` and the hyphenated service id.
 * @example sdkPackageName(sagemakerModel) // '@aws-sdk/client-sagemaker'
 */
export function sdkPackageName(model: ServiceModel): string {
  return `@aws-sdk/client-${hyphenizeServiceId(model.metadata.serviceId ?? model.metadata.serviceName)}`;
}

interface SdkClient {
  send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<Record<string, unknown>>;
  destroy(): void;
}

type Constructor<T> = new (arg: unknown) => T;

/**
 * Send the request and wait for the answer.
 * @example await sendRequest({ model, operation, params, globals, env }) // { ok: true, response: { AutoMLJobArn: '…' } }
 */
export async function sendRequest(options: SendOptions): Promise<SendResult> {
  const packageName = sdkPackageName(options.model);
  const importModule = options.importModule ?? ((name: string) => importPackage(name) as Promise<ModuleExports>);
  let sdk: ModuleExports;
  try {
    sdk = await importModule(packageName);
  } catch (error) {
    if (isModuleNotFound(error)) {
      return {
        ok: false,
        failure: failure(
          'other',
          `Sending ${options.model.metadata.serviceName} requests needs the npm package ${packageName}, which is not installed ` +
            `(npm install ${packageName}). Use --cli-dry-run to print the request parameters instead.`,
          { code: 'SDK_NOT_INSTALLED' },
        ),
      };
    }
    throw error;
  }
  const ClientClass = findClient(sdk);
  const CommandClass = sdk[`${options.operation.name}Command`] as Constructor<unknown> | undefined;
  if (ClientClass === undefined || typeof CommandClass !== 'function') {
    return {
      ok: false,
      failure: failure('other', `${packageName} has no ${options.operation.name}Command; it may be older than the model in use.`, { code: 'SDK_COMMAND_MISSING' }),
    };
  }
  // The SDK warns on stderr about Node versions it will stop supporting; the AWS CLI's output
  // has no such line, so the warning stays off unless the user chose otherwise.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  let client: SdkClient;
  try {
    client = new ClientClass(clientConfig(options));
  } catch (error) {
    return { ok: false, failure: describeError(error, options) };
  }
  try {
    const input = sdkInput(options.params, options.operation.input) as Record<string, unknown>;
    const output = await client.send(new CommandClass(input), options.signal === undefined ? undefined : { abortSignal: options.signal });
    const { $metadata: _metadata, ...response } = output;
    return { ok: true, response };
  } catch (error) {
    return { ok: false, failure: describeError(error, options) };
  } finally {
    client.destroy();
  }
}

function findClient(sdk: ModuleExports): Constructor<SdkClient> | undefined {
  for (const [name, value] of Object.entries(sdk)) {
    if (name.endsWith('Client') && name !== 'Client' && typeof value === 'function') {
      const prototype = (value as { prototype?: { send?: unknown } }).prototype;
      if (typeof prototype?.send === 'function') return value as Constructor<SdkClient>;
    }
  }
  return undefined;
}

/** The client configuration the global options and the AWS CLI's environment describe. */
function clientConfig(options: SendOptions): Record<string, unknown> {
  const { globals, env } = options;
  const config: Record<string, unknown> = {};
  // The AWS CLI's region chain, not the SDK's: the dialect says which variables it reads
  // (v2 2.9.19 reads AWS_REGION before AWS_DEFAULT_REGION, v1 only the latter).
  const region = clientRegion(globals.region, env, options.settings ?? {}, dialectTables(globals.dialect).regionVariables);
  if (region !== undefined && region !== '') config['region'] = region;
  const profile = selectedProfile(globals.profile, env);
  if (profile !== undefined) config['profile'] = profile;
  // botocore ignores environment credentials when --profile names a profile.
  const accessKeyId = nonEmpty(env['AWS_ACCESS_KEY_ID']);
  const secretAccessKey = nonEmpty(env['AWS_SECRET_ACCESS_KEY']);
  if ((globals.profile === undefined || globals.profile === '') && accessKeyId !== undefined && secretAccessKey !== undefined) {
    const sessionToken = nonEmpty(env['AWS_SESSION_TOKEN']);
    config['credentials'] = { accessKeyId, secretAccessKey, ...(sessionToken === undefined ? {} : { sessionToken }) };
  }
  if (globals.endpointUrl !== undefined) config['endpoint'] = globals.endpointUrl;
  if (!globals.signRequest) {
    // Anonymous requests: a signer that leaves the request as it is.
    config['signer'] = { sign: async (request: unknown) => request };
    config['credentials'] = { accessKeyId: '', secretAccessKey: '' };
  }
  const handler: Record<string, unknown> = {
    connectionTimeout: timeoutMs(globals.connectTimeout),
    requestTimeout: timeoutMs(globals.readTimeout),
  };
  const agent: Record<string, unknown> = {};
  if (!globals.verifySsl) agent['rejectUnauthorized'] = false;
  const caBundle = globals.caBundle ?? nonEmpty(env['AWS_CA_BUNDLE']);
  if (caBundle !== undefined && globals.verifySsl) agent['ca'] = readFileSync(caBundle);
  if (Object.keys(agent).length > 0) handler['httpsAgent'] = agent;
  config['requestHandler'] = handler;
  if (globals.debug && options.debugLog !== undefined) {
    const log = options.debugLog;
    const write = (level: string) => (...parts: unknown[]) => log(`${level} ${parts.map((part) => (typeof part === 'string' ? part : safeJson(part))).join(' ')}`);
    config['logger'] = { trace: write('TRACE'), debug: write('DEBUG'), info: write('INFO'), warn: write('WARN'), error: write('ERROR') };
  }
  return config;
}

/** The AWS CLI's `--cli-*-timeout`: seconds, 0 for none, default 60. */
function timeoutMs(value: string | undefined): number {
  const seconds = value === undefined ? DEFAULT_TIMEOUT_SECONDS : Number.parseInt(value.trim().replaceAll('_', ''), 10);
  return seconds === 0 || Number.isNaN(seconds) ? 0 : seconds * 1000;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT']);

/** An SDK error in the AWS CLI's words. */
function describeError(error: unknown, options: SendOptions): CliFailure {
  const err = (error ?? {}) as {
    name?: string;
    message?: string;
    code?: string;
    $fault?: string;
    $metadata?: { httpStatusCode?: number; attempts?: number };
    Code?: string;
  };
  const message = err.message ?? String(error);
  if (err.$fault !== undefined || (err.$metadata?.httpStatusCode !== undefined && err.$metadata.httpStatusCode >= 300)) {
    const code = err.Code ?? err.name ?? 'Unknown';
    const attempts = err.$metadata?.attempts ?? 1;
    const retries = attempts > 1 ? ` (reached max retries: ${attempts - 1})` : '';
    return failure('service', `An error occurred (${code}) when calling the ${options.operation.name} operation${retries}: ${message}`, { code });
  }
  if (err.name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return failure('config', 'Unable to locate credentials. You can configure credentials by running "aws configure".', { code: 'NO_CREDENTIALS' });
  }
  if (/Region is missing/i.test(message)) {
    return failure('config', 'You must specify a region. You can also configure your region by running "aws configure".', { code: 'NO_REGION' });
  }
  if ((err.code !== undefined && NETWORK_CODES.has(err.code)) || err.name === 'TimeoutError') {
    const endpoint = options.globals.endpointUrl;
    const where = endpoint === undefined ? message : `${endpoint.replace(/\/+$/, '')}/`;
    return failure('other', `Could not connect to the endpoint URL: "${where}"`, { code: 'ENDPOINT_CONNECTION' });
  }
  return failure('other', message, { code: err.name ?? 'SDK_ERROR' });
}
