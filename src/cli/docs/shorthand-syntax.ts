/**
 * The "Shorthand Syntax" example that `aws <service> <operation> help` prints under an option,
 * e.g. `KmsKeyId=string,S3OutputPath=string`, reproduced from the shape alone.
 *
 * The AWS CLI writes the example by walking the shape with a stack of the shape names it has
 * entered (members and list/map values; the option's own shape is not on it). The rules that
 * shape the text, all observable in its help output:
 * - a top-level list documents its member followed by ` ...` (one value per argument);
 * - a nested structure is braced, a top-level one is not;
 * - a list is `x,x`, bracketed `[x,x]` when its member is complex or it sits deeper than a
 *   top-level structure's member;
 * - a map is `KeyName1=v,KeyName2=v`, braced when nested; at the top, enum keys are listed;
 * - a member whose shape is already on the stack reads `( ... recursive ... )`, without its
 *   name;
 * - members that are documents (or lists/maps of them) are left out;
 * - once the stack is deeper than three names the example is dropped altogether (the
 *   `--auto-ml-job-config` case), as is an empty one and any option that takes no shorthand;
 * - in a multi-line example (map keys listed) the first line shows two spaces further in.
 */
import { isLegacyListOption } from '../../awscli/legacy-lists.js';
import type { ListShape, MapShape, Shape } from '../../model/shape.js';
import { botocoreTypeName, isComplexType, isDocumentContainer, structureMembers } from './shape-kinds.js';

/** Where an option lives; needed only for the few options documented the legacy way. */
export interface ShorthandSyntaxOptions {
  /** The CLI's service command, e.g. `firehose`. */
  readonly service?: string;
  /** The CLI's operation name, e.g. `put-record-batch`. */
  readonly operation?: string;
  /** The option's name without dashes, e.g. `records`. */
  readonly param?: string;
}

/** The deepest stack of entered shapes the CLI still documents. */
const MAX_STACK = 3;

/** CLI command names whose service event name differs (help events use the latter). */
const SERVICE_IDS: ReadonlyMap<string, string> = new Map([['elb', 'elastic-load-balancing']]);

/**
 * True when the AWS CLI accepts shorthand for an option of this shape: a structure, a map, or
 * a list of complex values, unless it is (or only wraps) a document.
 * @example supportsShorthand(model.shape('AutoMLOutputDataConfig')!) // true
 */
export function supportsShorthand(shape: Shape): boolean {
  if (isDocumentContainer(shape)) return false;
  if (!isComplexType(shape)) return false;
  return shape.kind !== 'list' || isComplexType(shape.member);
}

/**
 * True when the CLI prints no syntax example at all (neither shorthand nor JSON) for an
 * option of this shape: a structure whose only member is a string named `Value`, which the
 * CLI lets users pass as the bare string.
 * @example hidesSyntaxExamples(ec2.shape('AttributeValue')!) // true
 */
export function hidesSyntaxExamples(shape: Shape): boolean {
  if (!supportsShorthand(shape) || botocoreTypeName(shape) !== 'structure') return false;
  const members = structureMembers(shape);
  const only = members[0];
  return members.length === 1 && only !== undefined && only[0] === 'Value' && only[1].kind === 'string';
}

/**
 * The exact text of the Shorthand Syntax example the AWS CLI shows for an option of this shape
 * (lines joined with `\n`, no trailing newline), or `undefined` when it shows none.
 * @example shorthandSyntax(model.shape('AutoMLOutputDataConfig')!) // 'KmsKeyId=string,S3OutputPath=string'
 */
export function shorthandSyntax(shape: Shape, opts: ShorthandSyntaxOptions = {}): string | undefined {
  if (!supportsShorthand(shape) || hidesSyntaxExamples(shape)) return undefined;
  const legacy = legacyListExample(shape, opts);
  if (legacy !== undefined) return legacy;
  const text = shape.kind === 'list' ? suffix(describe(shape.member, []), ' ...') : describe(shape, []);
  // An empty example (a structure with no members, or only document members) is not shown.
  return text === undefined || text === '' ? undefined : visibleLines(text);
}

/** `--records Data1 Data2 Data3` for the AWS CLI's legacy list options. */
function legacyListExample(shape: Shape, opts: ShorthandSyntaxOptions): string | undefined {
  if (shape.kind !== 'list' || botocoreTypeName(shape.member) !== 'structure') return undefined;
  const members = structureMembers(shape.member);
  const only = members[0];
  if (members.length !== 1 || only === undefined) return undefined;
  const { service, operation, param } = opts;
  if (service === undefined || operation === undefined || param === undefined) return undefined;
  const serviceId = SERVICE_IDS.get(service) ?? service;
  if (!isLegacyListOption(serviceId, operation, param)) return undefined;
  const name = only[0];
  if (shape.min === 1 && shape.max === 1) return `--${param} ${name}1`;
  return `--${param} ${name}1 ${name}2 ${name}3`;
}

/**
 * The example of one shape at the given stack of entered shape names, or `undefined` when
 * the walk goes deeper than the CLI documents (which drops the whole example).
 */
function describe(shape: Shape, stack: string[]): string | undefined {
  if (stack.length > MAX_STACK) return undefined;
  switch (botocoreTypeName(shape)) {
    case 'structure':
      return describeStructure(shape, stack);
    case 'list':
      return describeList(shape as ListShape, stack);
    case 'map':
      return describeMap(shape as MapShape, stack);
    default:
      return botocoreTypeName(shape);
  }
}

function describeList(shape: ListShape, stack: string[]): string | undefined {
  const element = within(shape.member.name, stack, () => describe(shape.member, stack));
  if (element === undefined) return undefined;
  // Brackets appear for complex elements, and for any list below a top-level member.
  return isComplexType(shape.member) || stack.length > 1 ? `[${element},${element}]` : `${element},${element}`;
}

function describeMap(shape: MapShape, stack: string[]): string | undefined {
  const value = within(shape.value.name, stack, () => describe(shape.value, stack));
  if (value === undefined) return undefined;
  const pairs = `KeyName1=${value},KeyName2=${value}`;
  const keyEnum = shape.key.kind === 'string' ? (shape.key.enum ?? []) : [];
  if (keyEnum.length > 0 && stack.length === 0) {
    return `${pairs}\n\nWhere valid key names are:\n${keyEnum.map((key) => `  ${key}\n`).join('')}`;
  }
  return stack.length > 0 ? `{${pairs}}` : pairs;
}

function describeStructure(shape: Shape, stack: string[]): string | undefined {
  const parts: string[] = [];
  for (const [name, member] of structureMembers(shape)) {
    if (isDocumentContainer(member)) continue;
    if (stack.includes(member.name)) {
      parts.push('( ... recursive ... )');
      continue;
    }
    const value = within(member.name, stack, () => describe(member, stack));
    if (value === undefined) return undefined;
    parts.push(`${name}=${value}`);
  }
  const inner = parts.join(',');
  return stack.length === 0 ? inner : `{${inner}}`;
}

/** Run `body` with `name` pushed on the stack. */
function within(name: string, stack: string[], body: () => string | undefined): string | undefined {
  stack.push(name);
  const result = body();
  stack.pop();
  return result;
}

function suffix(text: string | undefined, tail: string): string | undefined {
  return text === undefined ? undefined : text + tail;
}

/**
 * The example as a reader sees it. The CLI prints it line by line into a literal block whose
 * first line is indented two spaces more than the rest (its paragraph break and its line
 * writer each add the block indentation), and the block then loses its common indentation.
 * So a one-line example is unchanged, while in a multi-line one (map keys listed) the first
 * line keeps two leading spaces; a trailing newline disappears and blank lines stay blank.
 */
function visibleLines(text: string): string {
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const shifted = lines.map((line, index) => (index === 0 ? `  ${line}` : line));
  const depths = shifted.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const common = Math.min(...depths);
  return shifted.map((line) => (line.trim() === '' ? '' : line.slice(common))).join('\n');
}
