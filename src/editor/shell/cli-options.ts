/**
 * An operation's command-line options as the AWS CLI builds them from the input structure:
 * `--<xform_name(member)>` for each member, `--x`/`--no-x` for booleans, the AWS CLI's renames
 * and hidden aliases (from the CLI layer's argument table, when the service model is at hand),
 * and how each option's words are read (shorthand, plain scalars, JSON only).
 */
import { buildArgumentTable } from '../../awscli/arguments.js';
import { DEFAULT_DIALECT } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import { hasStreamingOutput, xformName } from '../../model/index.js';
import type { Member, Operation, ServiceModel, Shape, StructureShape } from '../../model/index.js';

/** How an option's value words are read. */
export type OptionForm =
  /** One word of shorthand (or JSON) for a structure or map. */
  | 'shorthand'
  /** One or more words, each shorthand (or JSON) for the list's element. */
  | 'shorthand-list'
  /** One plain word. */
  | 'scalar'
  /** One or more plain words, one per list element. */
  | 'scalar-list'
  /** A flag without a value (`--x` / `--no-x`). */
  | 'flag'
  /** EC2's `{"Value": boolean}` structures: a flag that may take one shorthand word (`--x Value=false`). */
  | 'value-flag'
  /** JSON only: documents and containers of documents. */
  | 'json';

/** One command-line option of an operation. */
export interface CliOption {
  /** The option name without dashes, e.g. `auto-ml-job-name` or `no-generate-candidate-definitions-only`. */
  readonly name: string;
  readonly member: Member;
  readonly parent: StructureShape;
  readonly required: boolean;
  readonly form: OptionForm;
  /** The shape each value word is read as (the element shape for list forms). */
  readonly wordShape: Shape;
  /** False for the AWS CLI's hidden aliases: accepted, never proposed. */
  readonly documented: boolean;
}

/** Options every operation accepts besides its members. */
export const GENERIC_OPTIONS: ReadonlyMap<string, string> = new Map([
  ['cli-input-json', 'Read arguments from a JSON string or file:// (overrides nothing given on the command line)'],
  ['cli-input-yaml', 'Read arguments from a YAML string or file://'],
  ['generate-cli-skeleton', 'Print a JSON skeleton of the input instead of calling the service'],
  ['starting-token', 'Pagination: the token to start from'],
  ['page-size', 'Pagination: the size of each page'],
  ['max-items', 'Pagination: the total number of items to return'],
]);

const PAGING_OPTIONS = new Set(['starting-token', 'page-size', 'max-items']);
/** The options an operation with a payload output (and so a positional `outfile`) lacks. */
const INPUT_OPTIONS = new Set(['cli-input-json', 'cli-input-yaml', 'generate-cli-skeleton']);

/**
 * The generic options `operation` takes: the pagination ones only for a paginated operation
 * (`--page-size` only where it has a limit key), and no input JSON or skeleton for an
 * operation with a payload output, as the AWS CLI's argument table has them.
 */
export function genericOptions(operation: Operation): ReadonlyMap<string, string> {
  const paginator = operation.paginator;
  const payload = hasStreamingOutput(operation);
  return new Map(
    [...GENERIC_OPTIONS].filter(
      ([name]) =>
        (!PAGING_OPTIONS.has(name) || (paginator !== undefined && (name !== 'page-size' || paginator.limitKey !== undefined))) &&
        !(payload && INPUT_OPTIONS.has(name)),
    ),
  );
}

/** Per operation, the options by service and dialect (`''` without a service): renames depend on both. */
const optionCache = new WeakMap<Operation, Map<string, ReadonlyMap<string, CliOption>>>();

/**
 * The options of `operation`, by name without dashes, in the AWS CLI's table order. With the
 * service (its CLI name and model) the AWS CLI's renames and hidden aliases of `dialect` apply too.
 * @example cliOptions(createAutoMLJob).get('auto-ml-job-name')?.required // true
 */
export function cliOptions(operation: Operation, service?: { readonly name: string; readonly model: ServiceModel }, dialect?: Dialect): ReadonlyMap<string, CliOption> {
  let byService = optionCache.get(operation);
  if (byService === undefined) optionCache.set(operation, (byService = new Map()));
  const key = service === undefined ? '' : `${service.name} ${dialect ?? DEFAULT_DIALECT}`;
  const cached = byService.get(key);
  if (cached !== undefined) return cached;
  const options = service === undefined ? fromMembers(operation) : fromArgumentTable(operation, service.name, service.model, dialect);
  byService.set(key, options);
  return options;
}

/** Options straight from the input members. */
function fromMembers(operation: Operation): Map<string, CliOption> {
  const options = new Map<string, CliOption>();
  const input = operation.input;
  if (input === undefined) return options;
  for (const member of input.members.values()) {
    const name = xformName(member.name);
    const required = input.required.has(member.name) && member.idempotencyToken !== true;
    const form = optionForm(member.shape);
    options.set(name, { name, member, parent: input, required: form === 'flag' ? false : required, form, wordShape: wordShapeOf(form, member.shape), documented: true });
    if (form === 'flag') options.set(`no-${name}`, { name: `no-${name}`, member, parent: input, required: false, form, wordShape: member.shape, documented: true });
  }
  return options;
}

/** Options from the CLI layer's argument table (renames, hidden aliases, EC2's value flags). */
function fromArgumentTable(operation: Operation, service: string, model: ServiceModel, dialect: Dialect | undefined): Map<string, CliOption> {
  const options = new Map<string, CliOption>();
  const input = operation.input;
  if (input === undefined) return options;
  for (const argument of buildArgumentTable(service, model, operation, dialect).arguments) {
    const { role } = argument;
    if (role.kind === 'cli-input-json' || role.kind === 'cli-input-yaml' || role.kind === 'generate-cli-skeleton' || role.kind === 'paging' || role.kind === 'outfile') continue;
    const member = input.members.get(role.member);
    if (member === undefined) continue;
    const form: OptionForm = role.kind === 'boolean' ? 'flag' : role.kind === 'value-boolean' ? (role.negated ? 'flag' : 'value-flag') : optionForm(member.shape);
    options.set(argument.name, {
      name: argument.name,
      member,
      parent: input,
      required: argument.required,
      form,
      wordShape: wordShapeOf(form, member.shape),
      documented: argument.documented,
    });
  }
  return options;
}

function wordShapeOf(form: OptionForm, shape: Shape): Shape {
  return (form === 'shorthand-list' || form === 'scalar-list') && shape.kind === 'list' ? shape.member : shape;
}

/** How the AWS CLI reads the words of an option of `shape`. */
export function optionForm(shape: Shape): OptionForm {
  if (holdsDocument(shape, 0)) return 'json';
  switch (shape.kind) {
    case 'boolean':
      return 'flag';
    case 'structure':
    case 'union':
    case 'map':
      return 'shorthand';
    case 'list':
      return isComplex(shape.member) ? 'shorthand-list' : 'scalar-list';
    default:
      return 'scalar';
  }
}

function isComplex(shape: Shape): boolean {
  return shape.kind === 'structure' || shape.kind === 'union' || shape.kind === 'map' || shape.kind === 'list';
}

/** A document, or a list/map whose elements are documents (the AWS CLI wants JSON for those). */
function holdsDocument(shape: Shape, depth: number): boolean {
  if (shape.kind === 'document') return true;
  if (depth > 8) return false;
  if (shape.kind === 'list') return holdsDocument(shape.member, depth + 1);
  if (shape.kind === 'map') return holdsDocument(shape.value, depth + 1);
  return false;
}
