/**
 * An operation's command-line options as the AWS CLI builds them from the input structure:
 * `--<xform_name(member)>` for each member, `--x`/`--no-x` for booleans, and how each option's
 * words are read (shorthand, plain scalars, JSON only).
 */
import { xformName } from '../../model/index.js';
import type { Member, Operation, Shape, StructureShape } from '../../model/index.js';

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

const optionCache = new WeakMap<Operation, ReadonlyMap<string, CliOption>>();

/**
 * The options of `operation`, by name without dashes, in member order.
 * @example cliOptions(createAutoMLJob).get('auto-ml-job-name')?.required // true
 */
export function cliOptions(operation: Operation): ReadonlyMap<string, CliOption> {
  const cached = optionCache.get(operation);
  if (cached !== undefined) return cached;
  const options = new Map<string, CliOption>();
  const input = operation.input;
  if (input !== undefined) {
    for (const member of input.members.values()) {
      const name = xformName(member.name);
      const required = input.required.has(member.name) && member.idempotencyToken !== true;
      const form = optionForm(member.shape);
      const wordShape = (form === 'shorthand-list' || form === 'scalar-list') && member.shape.kind === 'list' ? member.shape.member : member.shape;
      options.set(name, { name, member, parent: input, required, form, wordShape });
      if (form === 'flag') options.set(`no-${name}`, { name: `no-${name}`, member, parent: input, required: false, form, wordShape });
    }
  }
  optionCache.set(operation, options);
  return options;
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
