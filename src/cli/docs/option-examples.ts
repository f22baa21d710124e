/**
 * Which syntax examples `aws <service> <operation> help` shows under an option, and their
 * texts: the CLI's choice between a Shorthand Syntax block, a JSON Syntax block and, for lists
 * of scalars, a plain Syntax block of space-separated values.
 */
import type { Shape } from '../../model/shape.js';
import { jsonSyntax, jsonValueName } from './json-syntax.js';
import { botocoreTypeName, isScalarList, isScalarType } from './shape-kinds.js';
import type { ShorthandSyntaxOptions } from './shorthand-syntax.js';
import { hidesSyntaxExamples, shorthandSyntax } from './shorthand-syntax.js';

/** The example blocks of one option; an absent field is a block the CLI does not print. */
export interface OptionExamples {
  /** Body of the "Shorthand Syntax" block. */
  readonly shorthand?: string;
  /** Body of the "JSON Syntax" block. */
  readonly json?: string;
  /** Body of the "Syntax" block of a list of scalars (`"string" "string" ...`). */
  readonly syntax?: string;
}

/**
 * The syntax examples the AWS CLI prints for an option taking a value of this shape. Flag
 * pairs (`--x | --no-x`) and other booleans get none.
 * @example optionExamples(model.shape('TagList')!).shorthand // 'Key=string,Value=string ...'
 */
export function optionExamples(shape: Shape, opts: ShorthandSyntaxOptions = {}): OptionExamples {
  if (hidesSyntaxExamples(shape)) return {};
  const shorthand = shorthandSyntax(shape, opts);
  const withShorthand: OptionExamples = shorthand === undefined ? {} : { shorthand };
  if (isScalarList(shape)) return { ...withShorthand, syntax: scalarListSyntax(shape.member) };
  // Everything whose own type is not a scalar (documents included) gets a JSON example.
  if (!isScalarType(shape)) return { ...withShorthand, json: jsonSyntax(shape) };
  return withShorthand;
}

/**
 * The "Syntax" block of a list whose elements are `member`: a placeholder twice, then the
 * allowed values when `member` is an enum. The values sit two spaces in, as rendered.
 * @example scalarListSyntax(stringShape) // '"string" "string" ...'
 */
export function scalarListSyntax(member: Shape): string {
  const placeholder = jsonValueName(member, false);
  const head = `${placeholder} ${placeholder} ...`;
  const values = member.kind === 'string' ? (member.enum ?? []) : [];
  if (values.length === 0) return head;
  return [head, '', 'Where valid values are:', ...values.map((value) => `  ${value}`)].join('\n');
}

/**
 * The type the CLI shows in parentheses after an option (or, with `->`, after a member):
 * botocore's type name, except `document`, `streaming blob` and `tagged union structure`.
 * @example optionTypeName(model.shape('AutoMLJobConfig')!) // 'structure'
 */
export function optionTypeName(shape: Shape): string {
  if (shape.kind === 'document') return 'document';
  if (shape.kind === 'blob' && shape.streaming === true) return 'streaming blob';
  if (shape.kind === 'string' && shape.jsonValue === true) return 'JSON';
  if (shape.kind === 'union') return 'tagged union structure';
  return botocoreTypeName(shape);
}
