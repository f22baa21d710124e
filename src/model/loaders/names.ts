/**
 * How the AWS CLI names things: operation and parameter names become hyphenated lower case
 * (`CreateAutoMLJob` -> `create-auto-ml-job`), and a few services get a CLI name that differs
 * from their botocore data directory (`s3` is `s3api`).
 */

/**
 * Whole names that botocore converts by table rather than by its rules, because the rules
 * would split a brand-style word (`iSCSI`, `HITs`, `PartiQL`, `WhatsApp`, `OTel`). The value is
 * the hyphenated form; botocore keeps this table only for these exact names.
 */
const IRREGULAR_NAMES: ReadonlyMap<string, string> = new Map([
  ['CreateCachediSCSIVolume', 'create-cached-iscsi-volume'],
  ['DescribeCachediSCSIVolumes', 'describe-cached-iscsi-volumes'],
  ['DescribeStorediSCSIVolumes', 'describe-stored-iscsi-volumes'],
  ['CreateStorediSCSIVolume', 'create-stored-iscsi-volume'],
  ['ListHITsForQualificationType', 'list-hits-for-qualification-type'],
  ['ExecutePartiQLStatement', 'execute-partiql-statement'],
  ['ExecutePartiQLTransaction', 'execute-partiql-transaction'],
  ['ExecutePartiQLBatch', 'execute-partiql-batch'],
  ['AssociateWhatsAppBusinessAccount', 'associate-whatsapp-business-account'],
  ['CreateWhatsAppMessageTemplate', 'create-whatsapp-message-template'],
  ['CreateWhatsAppMessageTemplateFromLibrary', 'create-whatsapp-message-template-from-library'],
  ['CreateWhatsAppMessageTemplateMedia', 'create-whatsapp-message-template-media'],
  ['DeleteWhatsAppMessageMedia', 'delete-whatsapp-message-media'],
  ['DeleteWhatsAppMessageTemplate', 'delete-whatsapp-message-template'],
  ['DisassociateWhatsAppBusinessAccount', 'disassociate-whatsapp-business-account'],
  ['GetLinkedWhatsAppBusinessAccount', 'get-linked-whatsapp-business-account'],
  ['GetLinkedWhatsAppBusinessAccountPhoneNumber', 'get-linked-whatsapp-business-account-phone-number'],
  ['GetOTelEnrichment', 'get-otel-enrichment'],
  ['GetWhatsAppMessageMedia', 'get-whatsapp-message-media'],
  ['GetWhatsAppMessageTemplate', 'get-whatsapp-message-template'],
  ['ListLinkedWhatsAppBusinessAccounts', 'list-linked-whatsapp-business-accounts'],
  ['ListWhatsAppMessageTemplates', 'list-whatsapp-message-templates'],
  ['ListWhatsAppTemplateLibrary', 'list-whatsapp-template-library'],
  ['PostWhatsAppMessageMedia', 'post-whatsapp-message-media'],
  ['PutWhatsAppBusinessAccountEventDestinations', 'put-whatsapp-business-account-event-destinations'],
  ['SendWhatsAppMessage', 'send-whatsapp-message'],
  ['StartOTelEnrichment', 'start-otel-enrichment'],
  ['StopOTelEnrichment', 'stop-otel-enrichment'],
  ['UpdateWhatsAppMessageTemplate', 'update-whatsapp-message-template'],
]);

/** A pluralised acronym at the end (`GatewayARNs`): it becomes one lower-case word. */
const PLURAL_ACRONYM_AT_END = /[A-Z]{2,}s$/;
/** A capitalised word (`Job` in `AutoMLJob`) after any character starts a new word. */
const CAPITALISED_WORD = /(.)([A-Z][a-z]+)/g;
/** An upper-case letter after a lower-case letter or digit starts a new word. */
const CASE_RISE = /([a-z0-9])([A-Z])/g;

const cache = new Map<string, string>();

/**
 * Convert a model name to the AWS CLI's form, as botocore's `xform_name` does: split camel
 * case into lower-case words joined by `separator`. A name already containing the separator
 * is returned unchanged.
 * @example xformName('CreateAutoMLJob') // 'create-auto-ml-job'
 * @example xformName('DescribeDBInstances', '_') // 'describe_db_instances'
 */
export function xformName(name: string, separator = '-'): string {
  if (name.includes(separator)) return name;
  const key = `${separator}\u0000${name}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let result: string;
  const irregular = IRREGULAR_NAMES.get(name);
  if (irregular !== undefined) {
    result = separator === '-' ? irregular : irregular.replaceAll('-', separator);
  } else {
    let text = name;
    const plural = PLURAL_ACRONYM_AT_END.exec(text);
    if (plural !== null) {
      text = `${text.slice(0, plural.index)}${separator}${plural[0].toLowerCase()}`;
    }
    // `$` in a replacement string is special; the separator is inserted literally.
    text = text.replace(CAPITALISED_WORD, (_all, before: string, word: string) => `${before}${separator}${word}`);
    text = text.replace(CASE_RISE, (_all, before: string, upper: string) => `${before}${separator}${upper}`);
    result = text.toLowerCase();
  }
  cache.set(key, result);
  return result;
}

/**
 * botocore data directory names whose AWS CLI command has another name. The CLI keeps the
 * data name for loading and shows the renamed command (`aws s3api …`; `aws s3` is a
 * hand-written customisation, not a model).
 */
const CLI_RENAMES: ReadonlyMap<string, string> = new Map([
  ['s3', 's3api'],
  ['config', 'configservice'],
  ['codedeploy', 'deploy'],
]);

const DATA_NAMES: ReadonlyMap<string, string> = new Map([...CLI_RENAMES].map(([data, cli]) => [cli, data]));

/**
 * Hidden second names of AWS CLI service commands (the AWS CLI's sagemaker customization
 * keeps `aws runtime.sagemaker` working beside `aws sagemaker-runtime`).
 */
const CLI_ALIASES: ReadonlyMap<string, string> = new Map([['runtime.sagemaker', 'sagemaker-runtime']]);

/**
 * The AWS CLI command name of a service named by any of its names, for shape references:
 * botocore's data name, a hidden alias, or the command name itself.
 * @example referencedServiceName('s3') // 's3api'
 * @example referencedServiceName('runtime.sagemaker') // 'sagemaker-runtime'
 */
export function referencedServiceName(name: string): string {
  return CLI_RENAMES.get(name) ?? CLI_ALIASES.get(name) ?? name;
}

/**
 * Every service name that differs from the AWS CLI's command name, as `[other name, command]`:
 * botocore data names of renamed services, then hidden aliases.
 */
export function otherServiceNames(): Array<readonly [string, string]> {
  return [...CLI_RENAMES, ...CLI_ALIASES];
}

/**
 * The AWS CLI command name of a botocore service (its data directory name).
 * @example cliServiceName('s3') // 's3api'
 */
export function cliServiceName(dataName: string): string {
  return CLI_RENAMES.get(dataName) ?? dataName;
}

/**
 * The botocore data directory name behind an AWS CLI service command, or `undefined` for a
 * data name that the CLI shows under another name (`s3`, `config`, `codedeploy`).
 * @example dataServiceName('s3api') // 's3'
 */
export function dataServiceName(cliName: string): string | undefined {
  const data = DATA_NAMES.get(cliName);
  if (data !== undefined) return data;
  return CLI_RENAMES.has(cliName) ? undefined : cliName;
}

/**
 * botocore's service-id form used when a model is loaded without a directory name:
 * lower case, spaces as hyphens (`SageMaker` -> `sagemaker`, `Lex Runtime V2` ->
 * `lex-runtime-v2`).
 */
export function hyphenizeServiceId(serviceId: string): string {
  return serviceId.trim().replace(/\s+/g, '-').toLowerCase();
}

/**
 * The names botocore gives its data directories (services and API versions): lower-case
 * letters, digits, dots and hyphens, not starting with a dot or hyphen. Anything else (a `/`,
 * `..`, a capital, a blank) names no model, and is never joined into a path.
 */
const MODEL_DIRECTORY_NAME = /^[a-z0-9][a-z0-9.-]*$/;

/**
 * Whether `name` can be a botocore data directory name (a service or an API version), and so
 * may be joined to a model directory without leaving it.
 * @example isModelDirectoryName('runtime.sagemaker') // true
 * @example isModelDirectoryName('../../etc') // false
 */
export function isModelDirectoryName(name: string): boolean {
  return MODEL_DIRECTORY_NAME.test(name);
}
