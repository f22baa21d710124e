/**
 * Plain-text rendering of the OPTIONS part of `aws <service> <operation> help`, one option at
 * a time: the option name and `(type)`, its documentation when the model carries any, the
 * allowed values of an enum, the tree of nested members (`Name -> (type)`), then the syntax
 * blocks. The blocks' bodies are exactly the CLI's; the surrounding layout follows the man
 * page's shape (three spaces per level) without reproducing groff's line filling.
 */
import { xformName } from '../../model/index.js';
import type { Operation, Shape } from '../../model/shape.js';
import type { OptionExamples } from './option-examples.js';
import { optionExamples, optionTypeName } from './option-examples.js';
import { structureMembers } from './shape-kinds.js';
import type { ShorthandSyntaxOptions } from './shorthand-syntax.js';

/** One documented option. */
export interface OptionDoc {
  /** The option as typed, e.g. `--auto-ml-job-config`. */
  readonly name: string;
  /** The negative twin of a boolean flag, e.g. `--no-generate-candidate-definitions-only`. */
  readonly negatedName?: string;
  /** The input member behind it, e.g. `AutoMLJobConfig`. */
  readonly member: string;
  readonly shape: Shape;
  /** Member documentation (HTML, as models carry it), when present. */
  readonly documentation?: string;
}

/** How the CLI names the options of an operation. */
export interface OptionNaming {
  /**
   * The option name (without dashes) for an input member, given the name the CLI derives by
   * hyphenating it. The CLI renames a few options that clash with global ones (SageMaker's
   * `Version` is `--version-number`); the model does not know those renames, so callers that
   * do supply them here. Defaults to the derived name.
   */
  readonly optionName?: (member: string, derived: string) => string;
}

/** Where the options belong, and how they are named. */
export interface OperationDocsOptions extends OptionNaming {
  /** The CLI's service command name, e.g. `sagemaker`. */
  readonly service: string;
}

const STEP = '   ';
const WIDTH = 79;

/**
 * The options the CLI builds from an operation's input members, in model order: each member
 * becomes `--<hyphenated-name>`, and a boolean also gets its `--no-` twin.
 * @example operationOptions(op)[0]?.name // '--auto-ml-job-name'
 */
export function operationOptions(operation: Operation, naming: OptionNaming = {}): OptionDoc[] {
  const input = operation.input;
  if (input === undefined) return [];
  return [...input.members.values()].map((member) => {
    const derived = xformName(member.name, '-');
    const cliName = naming.optionName?.(member.name, derived) ?? derived;
    const doc: OptionDoc = {
      name: `--${cliName}`,
      member: member.name,
      shape: member.shape,
      ...(member.documentation === undefined ? {} : { documentation: member.documentation }),
      ...(member.shape.kind === 'boolean' ? { negatedName: `--no-${cliName}` } : {}),
    };
    return doc;
  });
}

/**
 * The help text of one option (no trailing newline).
 * @example renderOptionDocs({ name: '--tags', member: 'Tags', shape: tagList })
 */
export function renderOptionDocs(option: OptionDoc, opts: ShorthandSyntaxOptions = {}): string {
  const lines: string[] = [];
  const names = option.negatedName === undefined ? option.name : `${option.name} | ${option.negatedName}`;
  lines.push(`${names} (${optionTypeName(option.shape)})`);
  if (option.documentation !== undefined) pushParagraph(lines, plainText(option.documentation), 1);
  pushNotes(lines, option.shape, 1);
  pushEnum(lines, option.shape);
  pushMemberTree(lines, option.shape);
  // A flag pair is documented once, without examples.
  const examples: OptionExamples = option.negatedName === undefined ? optionExamples(option.shape, opts) : {};
  pushBlock(lines, 'Shorthand Syntax', examples.shorthand);
  pushBlock(lines, 'Syntax', examples.syntax);
  pushBlock(lines, 'JSON Syntax', examples.json);
  return lines.join('\n');
}

/**
 * The OPTIONS text of an operation: every option's section, separated by blank lines.
 * Options the CLI hides for pagination are not known to the model and are included.
 */
export function renderOperationOptions(operation: Operation, opts: OperationDocsOptions): string {
  const operationName = xformName(operation.name, '-');
  return operationOptions(operation, opts)
    .map((option) =>
      renderOptionDocs(option, {
        service: opts.service,
        operation: operationName,
        param: option.name.slice(2),
      }),
    )
    .join('\n\n');
}

function pushBlock(lines: string[], title: string, body: string | undefined): void {
  if (body === undefined) return;
  lines.push('', `${title}:`, '');
  for (const line of body.split('\n')) lines.push(line === '' ? '' : `${STEP}${line}`);
}

function pushEnum(lines: string[], shape: Shape): void {
  if (shape.kind !== 'string' || shape.enum === undefined || shape.enum.length === 0) return;
  lines.push('', `${STEP}Possible values:`);
  for (const value of shape.enum) lines.push('', `${STEP}o ${value}`);
}

function pushNotes(lines: string[], shape: Shape, depth: number): void {
  const pad = STEP.repeat(depth);
  if (shape.kind === 'blob' && shape.streaming === true) {
    lines.push('', `${pad}NOTE:`);
    pushParagraph(
      lines,
      'This argument is of type: streaming blob. Its value must be the path to a file ' +
        '(e.g. path/to/file) and must not be prefixed with file:// or fileb://',
      depth + 1,
    );
  }
  if (shape.kind === 'union') {
    const keys = structureMembers(shape)
      .map(([name]) => name)
      .join(', ');
    lines.push('', `${pad}NOTE:`);
    pushParagraph(
      lines,
      `This is a Tagged Union structure. Only one of the following top level keys can be set: ${keys}.`,
      depth + 1,
    );
  }
}

/** The nested members below an option, as the CLI lists them after its documentation. */
function pushMemberTree(lines: string[], shape: Shape): void {
  const stack = [shape.name];
  if (shape.kind === 'structure' || shape.kind === 'union' || shape.kind === 'list' || shape.kind === 'map') {
    lines.push('');
  }
  if (shape.kind === 'structure' || shape.kind === 'union') {
    for (const [name, member] of structureMembers(shape)) pushMember(lines, name, member, stack, 1);
  } else if (shape.kind === 'list') {
    pushMember(lines, '', shape.member, stack, 1);
  } else if (shape.kind === 'map') {
    pushMember(lines, 'key', shape.key, stack, 1);
    pushMember(lines, 'value', shape.value, stack, 1);
  }
}

function pushMember(lines: string[], name: string, shape: Shape, stack: string[], depth: number): void {
  const seen = stack.filter((entered) => entered === shape.name).length;
  // Like the CLI: a recursive shape is listed once more, then only marked.
  if (seen > 1) {
    if (shape.kind === 'structure' || shape.kind === 'union') lines.push(`${STEP.repeat(depth)}( ... recursive ... )`);
    return;
  }
  stack.push(shape.name);
  const type = optionTypeName(shape);
  lines.push(`${STEP.repeat(depth)}${name === '' ? `(${type})` : `${name} -> (${type})`}`);
  // Without documentation (the bundled model has none) the tree stays compact.
  if (shape.documentation !== undefined && pushParagraph(lines, plainText(shape.documentation), depth + 1)) {
    lines.push('');
  }
  pushNotes(lines, shape, depth + 1);
  if (shape.kind === 'structure' || shape.kind === 'union') {
    for (const [memberName, member] of structureMembers(shape)) pushMember(lines, memberName, member, stack, depth + 1);
  } else if (shape.kind === 'map') {
    pushMember(lines, 'key', shape.key, stack, depth + 1);
    pushMember(lines, 'value', shape.value, stack, depth + 1);
  } else if (shape.kind === 'list') {
    pushMember(lines, '', shape.member, stack, depth + 1);
  }
  stack.pop();
}

/** Model documentation is HTML; help shows it as filled plain text. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Push a blank line and `text` filled to the page width; false when there is no text. */
function pushParagraph(lines: string[], text: string, depth: number): boolean {
  if (text === '') return false;
  const pad = STEP.repeat(depth);
  lines.push('');
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && pad.length + line.length + 1 + word.length > WIDTH) {
      lines.push(pad + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(pad + line);
  return true;
}
