/**
 * The AWS CLI's per-operation option rules, looked up in its recorded tables: which options it
 * renames (`sagemaker delete-image-version --version` is `--version-number`, because `--version`
 * is its own flag), which hidden second names it accepts, which options it exempts from
 * parameter-file loading, and which it reads as legacy lists. The argument table (reading
 * argv), `toCommandLine` and `render-command` (writing argv) and the editor all ask here, so
 * they cannot drift apart.
 *
 * Table keys are `<service>.<operation>.<option>` in the AWS CLI's event naming, where the
 * service is the CLI command or its hyphenated service id and `*` matches any operation.
 */
import { hyphenizeServiceId, xformName } from '../model/loaders/names.js';
import type { ServiceModel } from '../model/shape.js';
import type { CommandLineOptions } from './command-line.js';
import { isLegacyListOption } from './legacy-lists.js';
import { dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';

/** Which operation of which service a rule lookup is for. */
export interface OperationKey {
  /** The CLI service command, e.g. `sagemaker`. */
  readonly service: string;
  /** The hyphenated service id the AWS CLI's events use, e.g. `elastic-load-balancing` for `elb`. */
  readonly serviceEventName: string;
  /** The CLI operation name, e.g. `delete-image-version`. */
  readonly operation: string;
}

/** `[original, replacement]` option names (without dashes) from a table that apply to `key`, in table order. */
function applicable(table: ReadonlyArray<readonly [string, string]>, key: OperationKey): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [pattern, replacement] of table) {
    const last = pattern.lastIndexOf('.');
    const middle = pattern.lastIndexOf('.', last - 1);
    const service = pattern.slice(0, middle);
    const operation = pattern.slice(middle + 1, last);
    if (service !== key.service && service !== key.serviceEventName) continue;
    if (operation !== '*' && operation !== key.operation) continue;
    out.push([pattern.slice(last + 1), replacement]);
  }
  return out;
}

/**
 * The options the AWS CLI renames on this operation, `[xform name, its name]`, in the order it applies them.
 * @example optionRenames({ service: 'sagemaker', serviceEventName: 'sagemaker', operation: 'delete-image-version' }) // [['version', 'version-number']]
 */
export function optionRenames(key: OperationKey, dialect?: Dialect): Array<[string, string]> {
  return applicable(dialectTables(dialect).argumentRenames, key);
}

/**
 * The hidden second names the AWS CLI accepts for options of this operation, `[option, alias]`.
 * @example hiddenAliases({ service: 'ec2', serviceEventName: 'ec2', operation: 'create-tags' })
 */
export function hiddenAliases(key: OperationKey, dialect?: Dialect): Array<[string, string]> {
  return applicable(dialectTables(dialect).hiddenAliases, key);
}

/**
 * Whether the AWS CLI leaves `file://` values of `option` (its final name, without dashes) alone.
 * @example paramfileDisabled('cloudformation', 'create-stack', 'template-url') // true
 */
export function paramfileDisabled(serviceEventName: string, operation: string, option: string, dialect?: Dialect): boolean {
  return dialectTables(dialect).paramfileDisabled.has(`${serviceEventName}.${operation}.${option}`);
}

/** The operation key of `operation` (a model or CLI name) in `service`. */
export function operationKey(service: string, model: ServiceModel, operation: string): OperationKey {
  const known = model.operations.get(operation) ?? [...model.operations.values()].find((op) => xformName(op.name) === operation);
  return {
    service,
    serviceEventName: hyphenizeServiceId(model.metadata.serviceId ?? service),
    operation: known === undefined ? operation : xformName(known.name),
  };
}

/**
 * Lambda's zip files (the AWS CLI's lambda customization, in v1 and v2): on these operations the
 * option named first refuses a value holding a `ZipFile` member (the CLI's own `--zip-file` takes
 * it, from a file only), and `update-function-code --zip-file` must hold a zip archive. Such
 * values can only go through `--cli-input-json`. `[operation, option, member or '' for the option itself]`.
 */
const LAMBDA_ZIP_FILES: ReadonlyArray<readonly [string, string, string]> = [
  ['create-function', 'code', 'ZipFile'],
  ['publish-layer-version', 'content', 'ZipFile'],
  ['update-function-code', 'zip-file', ''],
];

/** Why `value` of option `name` cannot be written as that option because of lambda's zip-file rule, if it cannot. */
function zipFileRule(key: OperationKey, name: string, value: unknown): string | undefined {
  if (key.service !== 'lambda' && key.serviceEventName !== 'lambda') return undefined;
  for (const [operation, option, member] of LAMBDA_ZIP_FILES) {
    if (operation !== key.operation || option !== name) continue;
    if (member === '') return `the AWS CLI takes only a zip archive for --${name}`;
    const holds = value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, member);
    if (holds) return `the AWS CLI refuses ${member} in --${name} (its --zip-file takes it from a file)`;
  }
  return undefined;
}

/**
 * The AWS CLI's rules for one operation as the hooks `toCommandArgs` writes options with: its
 * renames, the options whose `file://` values it passes on unloaded, its legacy list options,
 * and the paging options that take a member's option name.
 * @example awsCliOptionHooks('sagemaker', model, 'delete-image-version').optionName?.('version') // 'version-number'
 */
export function awsCliOptionHooks(
  service: string,
  model: ServiceModel,
  operation: string,
  dialect?: Dialect,
): Pick<CommandLineOptions, 'optionName' | 'loadsParamFiles' | 'legacyList' | 'inputJsonOnly'> {
  const key = operationKey(service, model, operation);
  const renames = new Map(optionRenames(key, dialect));
  const optionName = (name: string): string => renames.get(name) ?? name;
  const known = model.operations.get(operation) ?? [...model.operations.values()].find((op) => xformName(op.name) === operation);
  // On a paginated operation the AWS CLI's paging options (or its check for them, which goes
  // by the same names) take these option names from any member.
  const pagingNames = new Set(known?.paginator === undefined ? [] : ['starting-token', 'page-size', 'max-items']);
  return {
    optionName,
    loadsParamFiles: (name) => !paramfileDisabled(key.serviceEventName, key.operation, optionName(name), dialect),
    legacyList: (name) => isLegacyListOption(key.serviceEventName, key.operation, name),
    inputJsonOnly: (name, value) => (pagingNames.has(name) ? `--${name} is one of the AWS CLI's paging options on this operation` : zipFileRule(key, name, value)),
  };
}
