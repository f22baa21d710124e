/**
 * An operation's argument table, as the AWS CLI builds it: one option per input member named
 * by `xform_name` (`AutoMLJobName` -> `--auto-ml-job-name`), a `--no-` twin for each boolean,
 * the AWS CLI's renames and hidden aliases (moved to the end of the table, as its renaming
 * does), then `--cli-input-json` and `--generate-cli-skeleton`. The table's order is the order
 * of the "required" message and of the request's keys.
 *
 * A paginated operation (one with a botocore paginator) gets the AWS CLI's paging options
 * between those two: `--starting-token`, `--page-size` (when the paginator has a limit key) and
 * `--max-items`; the options of the input token and the limit key stay usable but leave help.
 *
 * An operation whose output is a blob payload (botocore's `has_streaming_output`: Lambda's
 * `invoke`, S3's `get-object`) gets a required positional `outfile` after the members, the file
 * the payload is saved to, and then has neither `--cli-input-json` nor `--generate-cli-skeleton`
 * (the AWS CLI leaves them out for such operations, so they are unknown options).
 */
import { xformName } from '../model/loaders/names.js';
import { hyphenizeServiceId } from '../model/loaders/names.js';
import { streamingOutputMember } from '../model/payload.js';
import type { Operation, ServiceModel, Shape } from '../model/shape.js';
import type { OptionSpec, ParserSpec, PositionalSpec } from './option-spec.js';
import { hiddenAliases, optionRenames } from './option-rules.js';
import { dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';
import { checksZipFile, zipFileHoist } from './lambda-zip.js';
import type { ZipFileRule } from './lambda-zip.js';

/** What an argument stands for. */
export type ArgumentRole =
  /**
   * An input member taking a value; `zipFile` when Lambda's zip-file customisation touches the
   * option (lambda-zip.ts): the added `--zip-file` stands for `<member>.ZipFile`.
   */
  | { readonly kind: 'member'; readonly member: string; readonly shape: Shape; readonly zipFile?: ZipFileRule }
  /** A boolean member: `--x` stores true, `--no-x` (negated) stores false. */
  | { readonly kind: 'boolean'; readonly member: string; readonly shape: Shape; readonly negated: boolean }
  /**
   * EC2's `{"Value": true|false}` structures pulled up to a flag pair: `--x` (optionally with a
   * value, `--x Value=false`) and `--no-x`; giving both is an error.
   */
  | { readonly kind: 'value-boolean'; readonly member: string; readonly shape: Shape; readonly negated: boolean }
  /** `--cli-input-json`: the whole request as JSON; options given explicitly win. */
  | { readonly kind: 'cli-input-json' }
  /** `--cli-input-yaml` (v2): the whole request as YAML; options given explicitly win. */
  | { readonly kind: 'cli-input-yaml' }
  /** `--generate-cli-skeleton [input|output]`. */
  | { readonly kind: 'generate-cli-skeleton' }
  /** The positional `outfile`: where the output member `member` (a blob payload) is saved. */
  | { readonly kind: 'outfile'; readonly member: string }
  /**
   * A paging option of a paginated operation; `type` is how argparse reads its value (`int`
   * for integers, none for text: `--page-size` takes the limit key's type). `shadows` is the
   * operation's own option of the same name (IAM's `--max-items`), which comes back when
   * paging is off.
   */
  | { readonly kind: 'paging'; readonly setting: PagingSetting; readonly type?: 'int'; readonly shadows?: CliArgument };

/** The paging options, by the AWS CLI's names for their settings. */
export type PagingSetting = 'StartingToken' | 'PageSize' | 'MaxItems';

/** One argument of an operation. */
export interface CliArgument {
  /** The option name without dashes, e.g. `auto-ml-job-name`. */
  readonly name: string;
  /** The key argparse stores the value under (shared by a boolean and its `--no-` twin). */
  readonly dest: string;
  readonly required: boolean;
  /** Shown in help (hidden aliases are not). */
  readonly documented: boolean;
  /** Documented as required although argparse does not enforce it (an aliased required option). */
  readonly documentedAsRequired: boolean;
  readonly role: ArgumentRole;
}

/** Everything needed to parse an operation's options. */
export interface ArgumentTable {
  /** The CLI service command, e.g. `sagemaker`. */
  readonly service: string;
  /** The service as the AWS CLI's event names spell it (hyphenated service id), e.g. `sagemaker`. */
  readonly serviceEventName: string;
  /** The CLI operation name, e.g. `create-auto-ml-job`. */
  readonly operation: string;
  readonly model: Operation;
  readonly arguments: readonly CliArgument[];
  /** The dialect the table was built for (v1 when absent). */
  readonly dialect?: Dialect;
}

/** The name (and argparse dest) of the positional a payload output is saved to. */
export const OUTFILE = 'outfile';

/** argparse's `dest` for an option name. */
export function pythonName(name: string): string {
  return name.replaceAll('-', '_');
}

/**
 * The argument table of `operation` in `service` (the CLI service command).
 * @example buildArgumentTable('sagemaker', model, op).arguments[0]?.name // 'auto-ml-job-name'
 */
export function buildArgumentTable(service: string, model: ServiceModel, operation: Operation, dialect?: Dialect): ArgumentTable {
  const serviceEventName = hyphenizeServiceId(model.metadata.serviceId ?? service);
  const operationName = xformName(operation.name);
  let table: CliArgument[] = [];
  const input = operation.input;
  if (input !== undefined) {
    for (const member of input.members.values()) {
      const name = xformName(member.name);
      const required = input.required.has(member.name) && member.idempotencyToken !== true;
      if (member.shape.kind === 'boolean') {
        const dest = pythonName(name);
        const positive = { kind: 'boolean', member: member.name, shape: member.shape, negated: false } as const;
        table.push({ name, dest, required: false, documented: true, documentedAsRequired: required, role: positive });
        table.push({ name: `no-${name}`, dest, required: false, documented: true, documentedAsRequired: false, role: { ...positive, negated: true } });
      } else {
        const role = { kind: 'member', member: member.name, shape: member.shape } as const;
        table.push({ name, dest: pythonName(name), required, documented: true, documentedAsRequired: false, role });
      }
    }
  }
  const key = { service, serviceEventName, operation: operationName };
  for (const [original, newName] of optionRenames(key, dialect)) {
    const index = table.findIndex((arg) => arg.name === original);
    if (index === -1) continue;
    const current = table[index] as CliArgument;
    table.splice(index, 1);
    // A renamed value option gets argparse's dest for its new name; a boolean keeps its shared dest.
    const dest = current.role.kind === 'boolean' ? current.dest : pythonName(newName);
    table.push({ ...current, name: newName, dest });
  }
  for (const [original, alias] of hiddenAliases(key, dialect)) {
    const index = table.findIndex((arg) => arg.name === original);
    if (index === -1) continue;
    const current = table[index] as CliArgument;
    const dest = current.role.kind === 'boolean' ? current.dest : pythonName(alias);
    if (current.required) table[index] = { ...current, required: false, documentedAsRequired: true };
    table.push({ ...current, name: alias, dest, required: false, documented: false });
  }
  // Lambda's zip-file options are set up by operation-specific handlers, before the general ones.
  const hoisted = zipFileHoist(key);
  if (hoisted !== undefined) table = withZipFileOption(table, hoisted);
  else if (checksZipFile(key)) table = table.map((arg) => (arg.name === 'zip-file' && arg.role.kind === 'member' ? { ...arg, role: { ...arg.role, zipFile: { kind: 'checked' } } } : arg));
  if (serviceEventName === 'ec2') table = pullUpValueBooleans(table);
  // The AWS CLI adds `outfile` in a handler for every operation of the service, after the
  // operation-specific ones (renames) and before the general ones (input JSON, paging).
  const payload = streamingOutputMember(operation);
  if (payload !== undefined) {
    table.push({ name: OUTFILE, dest: OUTFILE, required: true, documented: true, documentedAsRequired: false, role: { kind: 'outfile', member: payload.name } });
  } else {
    table.push({ name: 'cli-input-json', dest: 'cli_input_json', required: false, documented: true, documentedAsRequired: false, role: { kind: 'cli-input-json' } });
    if (dialectTables(dialect).cliInputYaml) {
      table.push({ name: 'cli-input-yaml', dest: 'cli_input_yaml', required: false, documented: true, documentedAsRequired: false, role: { kind: 'cli-input-yaml' } });
    }
  }
  if (operation.paginator !== undefined) table = withPagingOptions(table, operation);
  if (payload === undefined) {
    table.push({ name: 'generate-cli-skeleton', dest: 'generate_cli_skeleton', required: false, documented: true, documentedAsRequired: false, role: { kind: 'generate-cli-skeleton' } });
  }
  return { service, serviceEventName, operation: operationName, model: operation, arguments: table, ...(dialect === undefined ? {} : { dialect }) };
}

/**
 * The AWS CLI's paging customisation: the input-token and limit-key options leave help (they
 * still work, and using one turns paging off), and the paging options join the end of the
 * table, each replacing an option of the same name.
 */
/**
 * Lambda's hoisted zip file: `--<member>` (`--code`) keeps its place but is no longer required
 * and refuses a `ZipFile`; `--zip-file` joins the end, standing for `<member>.ZipFile`.
 */
function withZipFileOption(table: CliArgument[], member: string): CliArgument[] {
  const index = table.findIndex((arg) => arg.role.kind === 'member' && arg.role.member === member);
  const current = table[index];
  if (current?.role.kind !== 'member' || current.role.shape.kind !== 'structure') return table;
  const zipShape = current.role.shape.members.get('ZipFile')?.shape;
  if (zipShape === undefined) return table;
  const out = [...table];
  out[index] = { ...current, required: false, role: { ...current.role, zipFile: { kind: 'refused' } } };
  out.push({
    name: 'zip-file',
    dest: 'zip_file',
    required: false,
    documented: true,
    documentedAsRequired: false,
    role: { kind: 'member', member, shape: zipShape, zipFile: { kind: 'hoisted', member } },
  });
  return out;
}

function withPagingOptions(table: CliArgument[], operation: Operation): CliArgument[] {
  const paginator = operation.paginator;
  if (paginator === undefined) return table;
  const hidden = new Set(pagingMemberOptions(operation));
  let out = table.map((arg) => (hidden.has(arg.name) ? { ...arg, documented: false } : arg));
  const limitShape = paginator.limitKey === undefined ? undefined : operation.input?.members.get(paginator.limitKey)?.shape;
  // Integer limit keys are read as integers, and so is --max-items; a text limit key makes both text.
  const type = limitShape?.kind === 'string' ? undefined : 'int';
  const options: Array<readonly [string, PagingSetting, 'int' | undefined]> = [['starting-token', 'StartingToken', undefined]];
  if (paginator.limitKey !== undefined) options.push(['page-size', 'PageSize', type]);
  options.push(['max-items', 'MaxItems', type]);
  for (const [name, setting, argType] of options) {
    // Like a Python dict assignment: an option of the same name is replaced where it stands
    // (and kept aside), a new one joins the end.
    const index = out.findIndex((arg) => arg.name === name);
    const shadowed = index === -1 ? undefined : out[index];
    const role = { kind: 'paging', setting, ...(argType === undefined ? {} : { type: argType }), ...(shadowed === undefined ? {} : { shadows: shadowed }) } as const;
    const paging: CliArgument = { name, dest: pythonName(name), required: false, documented: true, documentedAsRequired: false, role };
    if (index === -1) out.push(paging);
    else out = [...out.slice(0, index), paging, ...out.slice(index + 1)];
  }
  return out;
}

/**
 * The option names of a paginated operation's input tokens and limit key: giving one of them
 * turns the AWS CLI's paging off.
 * @example pagingMemberOptions(listAutoMlJobs) // ['next-token', 'max-results']
 */
export function pagingMemberOptions(operation: Operation): string[] {
  const paginator = operation.paginator;
  if (paginator === undefined) return [];
  const members = paginator.limitKey === undefined ? paginator.inputToken : [...paginator.inputToken, paginator.limitKey];
  return members.map((member) => xformName(member));
}

/**
 * EC2 only: each `{"Value": boolean}` structure option becomes `--x [Value=…]` in place, and its
 * `--no-x` twin joins the end of the table (after the renames, as the AWS CLI orders them).
 */
function pullUpValueBooleans(table: CliArgument[]): CliArgument[] {
  const out: CliArgument[] = [];
  const twins: CliArgument[] = [];
  for (const arg of table) {
    const shape = arg.role.kind === 'member' ? arg.role.shape : undefined;
    const only = shape?.kind === 'structure' && shape.members.size === 1 ? shape.members.get('Value') : undefined;
    if (arg.role.kind !== 'member' || only === undefined || only.shape.kind !== 'boolean') {
      out.push(arg);
      continue;
    }
    const role = { kind: 'value-boolean', member: arg.role.member, shape: arg.role.shape, negated: false } as const;
    out.push({ ...arg, required: false, role });
    twins.push({ ...arg, name: `no-${arg.name}`, dest: pythonName(`no-${arg.name}`), required: false, role: { ...role, negated: true } });
  }
  return [...out, ...twins];
}


/**
 * The operation parser for `args` (what follows the operation name). As in the AWS CLI,
 * `--cli-input-json` anywhere in `args` makes every option optional, and so does
 * `--generate-cli-skeleton` unless its value is `output`; only these exact spellings count,
 * and only where the table has those options. The positionals are `outfile` (for a payload
 * output) and then the optional `help`.
 */
export function operationParserSpec(table: ArgumentTable, args: readonly string[]): ParserSpec {
  const has = (kind: ArgumentRole['kind']): boolean => table.arguments.some((arg) => arg.role.kind === kind);
  const skeletonAt = args.indexOf('--generate-cli-skeleton');
  const relaxRequired =
    (has('cli-input-json') && args.includes('--cli-input-json')) ||
    (has('cli-input-yaml') && args.includes('--cli-input-yaml')) ||
    (has('generate-cli-skeleton') && skeletonAt !== -1 && args[skeletonAt + 1] !== 'output');
  const options: OptionSpec[] = [];
  const positionals: PositionalSpec[] = [];
  for (const arg of table.arguments) {
    const role = arg.role;
    if (role.kind === 'outfile') positionals.push({ dest: arg.dest });
    else options.push(optionSpec(arg, role, !relaxRequired && arg.required, table.dialect));
  }
  return { options, positionals: [...positionals, { dest: 'help', optional: true }] };
}

function optionSpec(arg: CliArgument, role: Exclude<ArgumentRole, { readonly kind: 'outfile' }>, required: boolean, dialect: Dialect | undefined): OptionSpec {
  const flag = `--${arg.name}`;
  switch (role.kind) {
    case 'boolean':
      return { flag, dest: arg.dest, nargs: 'zero', constValue: !role.negated };
    case 'value-boolean':
      return role.negated ? { flag, dest: arg.dest, nargs: 'zero', constValue: true } : { flag, dest: arg.dest, nargs: 'optional' };
    case 'cli-input-json':
    case 'cli-input-yaml':
      return { flag, dest: arg.dest, nargs: 'one' };
    case 'generate-cli-skeleton':
      return { flag, dest: arg.dest, nargs: 'optional', constValue: 'input', choices: dialectTables(dialect).skeletonKinds };
    case 'paging':
      return { flag, dest: arg.dest, nargs: 'one', ...(role.type === undefined ? {} : { type: role.type }) };
    case 'member': {
      const kind = role.shape.kind;
      const nargs = kind === 'list' ? 'any' : 'one';
      // The AWS CLI hands argparse `type=int` for longs and `type=float` for floats and doubles.
      const type = kind === 'long' ? 'int' : kind === 'float' || kind === 'double' ? 'float' : undefined;
      return { flag, dest: arg.dest, nargs, required, ...(type === undefined ? {} : { type }) };
    }
  }
}
