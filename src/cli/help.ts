/**
 * `help` pages in the AWS CLI's man-page layout, as plain text: NAME, DESCRIPTION, SYNOPSIS,
 * OPTIONS (each option's type, documentation, member tree and the Shorthand Syntax / JSON
 * Syntax blocks, rendered by `src/cli/docs`), GLOBAL OPTIONS and OUTPUT for an operation; the
 * available commands for a service and for the program.
 */
import type { OptionDoc } from './docs/option-docs.js';
import { renderOptionDocs } from './docs/option-docs.js';
import { optionTypeName } from './docs/option-examples.js';
import { structureMembers } from './docs/shape-kinds.js';
import type { ArgumentTable, CliArgument, PagingSetting } from '../awscli/arguments.js';
import { PROG } from '../awscli/failures.js';
import { xformName } from '../model/loaders/names.js';
import type { ServiceModel, Shape } from '../model/shape.js';
import { availableCommands } from '../awscli/command-table.js';

const STEP = '   ';
const INDENT = '       ';

/** The global options as the AWS CLI documents them, plus ours. */
const GLOBAL_OPTION_DOCS: ReadonlyArray<readonly [string, string, string]> = [
  ['--debug', 'boolean', 'Turn on debug logging.'],
  ['--endpoint-url', 'string', "Override command's default URL with the given URL."],
  [
    '--no-verify-ssl',
    'boolean',
    'By default, the AWS CLI uses SSL when communicating with AWS services. For each SSL connection, the AWS CLI will verify SSL certificates. This option overrides the default behavior of verifying SSL certificates.',
  ],
  ['--no-paginate', 'boolean', 'Disable automatic pagination.'],
  ['--output', 'string', 'The formatting style for command output.\n\no json\n\no text\n\no table'],
  ['--query', 'string', 'A JMESPath query to use in filtering the response data.'],
  ['--profile', 'string', 'Use a specific profile from your credential file.'],
  ['--region', 'string', 'The region to use. Overrides config/env settings.'],
  ['--version', 'string', 'Display the version of this tool.'],
  ['--color', 'string', 'Turn on/off color output.\n\no on\n\no off\n\no auto'],
  ['--no-sign-request', 'boolean', 'Do not sign requests. Credentials will not be loaded if this argument is provided.'],
  ['--ca-bundle', 'string', 'The CA certificate bundle to use when verifying SSL certificates. Overrides config/env settings.'],
  [
    '--cli-read-timeout',
    'int',
    'The maximum socket read time in seconds. If the value is set to 0, the socket read will be blocking and not timeout. The default value is 60 seconds.',
  ],
  [
    '--cli-connect-timeout',
    'int',
    'The maximum socket connect time in seconds. If the value is set to 0, the socket connect will be blocking and not timeout. The default value is 60 seconds.',
  ],
  ['--cli-dry-run', 'boolean', '(aws-shorthand) Print the request parameters as JSON instead of sending the request.'],
  ['--data-path', 'string', '(aws-shorthand) A botocore data directory searched for service models before the bundled ones; may be repeated. AWS_DATA_PATH is read too.'],
];

const CLI_INPUT_JSON_DOC =
  'Performs service operation based on the JSON string provided. The JSON string follows the format provided by --generate-cli-skeleton. If other arguments are provided on the command line, the CLI values will override the JSON-provided values. It is not possible to pass arbitrary binary values using a JSON-provided value as the string will be taken literally.';
const CLI_INPUT_YAML_DOC =
  'Reads arguments from the YAML string provided. The YAML string follows the format provided by --generate-cli-skeleton yaml-input. If other arguments are provided on the command line, those values will override the YAML-provided values. This may not be specified along with --cli-input-json.';
const SKELETON_DOC =
  'Prints a JSON skeleton to standard output without sending an API request. If provided with no value or the value input, prints a sample input JSON that can be used as an argument for --cli-input-json. If provided with the value output, it validates the command inputs and returns a sample output JSON for that command.';
const OUTFILE_DOC = 'Filename where the content will be saved';
/** The AWS CLI's texts for its paging options (their help is not in the service model). */
const PAGING_DOCS: Readonly<Record<PagingSetting, readonly [string, string]>> = {
  StartingToken: ['string', 'A token to specify where to start paginating. This is the NextToken from a previously truncated response.'],
  PageSize: [
    'integer',
    "The size of each page to get in the AWS service call. This does not affect the number of items returned in the command's output. Setting a smaller page size results in more calls to the AWS service, retrieving fewer items in each call. This can help prevent the AWS service calls from timing out.",
  ],
  MaxItems: [
    'integer',
    "The total number of items to return in the command's output. If the total number of items available is more than the value specified, a NextToken is provided in the command's output. To resume pagination, provide the NextToken value in the starting-token argument of a subsequent command. Do not use the NextToken response element directly outside of the AWS CLI.",
  ],
};
const PAGING_USAGE = 'For usage examples, see Pagination in the AWS Command Line Interface User Guide .';

/**
 * The help page of an operation.
 * @example renderOperationHelp(table, model).includes('--auto-ml-job-name (string)') // true
 */
export function renderOperationHelp(table: ArgumentTable, model: ServiceModel): string {
  const operation = table.model;
  const lines: string[] = [];
  const title = table.operation.toUpperCase();
  lines.push(headerLine(title), '', '');
  section(lines, 'NAME', `${table.operation} -`);
  const description = operation.documentation === undefined ? '' : plainText(operation.documentation);
  const uid = model.metadata.uid;
  section(
    lines,
    'DESCRIPTION',
    [description, uid === undefined ? '' : `See also: AWS API Documentation (https://docs.aws.amazon.com/goto/WebAPI/${uid}/${operation.name})`, pagingNote(table)]
      .filter((part) => part !== '')
      .join('\n\n'),
  );
  lines.push('SYNOPSIS', `            ${table.operation}`);
  for (const entry of synopsis(table)) lines.push(`          ${entry}`);
  for (const [flag, type] of GLOBAL_OPTION_DOCS) lines.push(`          [${flag}${type === 'boolean' ? '' : ' <value>'}]`);
  lines.push('', 'OPTIONS');
  for (const arg of table.arguments) {
    if (!arg.documented || ((arg.role.kind === 'boolean' || arg.role.kind === 'value-boolean') && arg.role.negated)) continue;
    lines.push(...indentBlock(optionText(table, arg)), '');
  }
  lines.push('GLOBAL OPTIONS');
  for (const [flag, type, doc] of GLOBAL_OPTION_DOCS) {
    lines.push(`${INDENT}${flag} (${type})`, '');
    for (const paragraph of doc.split('\n\n')) lines.push(...fill(paragraph, INDENT), '');
  }
  lines.push('OUTPUT');
  const output = operation.output;
  if (output === undefined || output.members.size === 0) lines.push(`${INDENT}None`);
  else for (const [name, member] of structureMembers(output)) outputTree(lines, name, member, [output.name], 1);
  lines.push('');
  return `${lines.join('\n')}\n`;
}

/**
 * The help page of a service: its operations.
 * @example renderServiceHelp('sagemaker', model).includes('o create-auto-ml-job') // true
 */
export function renderServiceHelp(service: string, model: ServiceModel): string {
  const lines: string[] = [];
  const title = service.toUpperCase();
  lines.push(headerLine(title), '', '');
  section(lines, 'NAME', `${service} -`);
  const doc = model.metadata.serviceId ?? service;
  section(lines, 'DESCRIPTION', doc);
  lines.push('AVAILABLE COMMANDS');
  const names = availableCommands(
    service,
    [...model.operations.values()].filter((op) => op.deprecated !== true).map((op) => xformName(op.name)),
  );
  // The AWS CLI's `wait` command, for a service with waiters, is listed among the operations.
  if (model.waiters !== undefined && model.waiters.size > 0) names.push('wait');
  for (const name of names.sort()) lines.push('', `${INDENT}o ${name}`);
  lines.push('');
  return `${lines.join('\n')}\n`;
}

/**
 * The program's help: usage, commands, and the services it knows.
 * @example renderTopHelp(['sagemaker']).includes('sagemaker') // true
 */
export function renderTopHelp(services: readonly string[]): string {
  const lines = [
    `usage: ${PROG} [options] <command> <subcommand> [parameters]`,
    `       ${PROG} <service> <operation> help`,
    '',
    'Service commands work like the AWS CLI v1 (`aws <service> <operation> ...`); add --cli-dry-run',
    'to print the request instead of sending it.',
    '',
    'Tool commands:',
    '  parse [TEXT]           shorthand -> JSON (stdin when TEXT is absent; --jsonl for batches)',
    '  format                 JSON -> shorthand',
    '  render-command         JSON request -> an aws command line',
    '  cli --jsonl            evaluate {"argv": [...]} lines: request parameters or the AWS CLI error',
    '  lsp                    language server for editors',
    '',
    'Available services:',
    ...services.map((name) => `  o ${name}`),
    '',
  ];
  return lines.join('\n');
}

/** `NAME()   …   NAME()` across the 78 columns of the AWS CLI's man pages. */
function headerLine(title: string): string {
  return `${title}()${' '.repeat(Math.max(1, 78 - 2 * (title.length + 2)))}${title}()`;
}

function section(lines: string[], title: string, body: string): void {
  lines.push(title);
  for (const paragraph of body.split('\n\n')) lines.push(...fill(paragraph, INDENT), '');
}

function synopsis(table: ArgumentTable): string[] {
  const entries: string[] = [];
  for (const arg of table.arguments) {
    if (!arg.documented) continue;
    if (arg.role.kind === 'boolean' || arg.role.kind === 'value-boolean') {
      if (arg.role.negated) continue;
      const twin = negatedTwin(table, arg);
      entries.push(twin === undefined ? `[--${arg.name}]` : `[--${arg.name} | --${twin.name}]`);
      continue;
    }
    if (arg.role.kind === 'outfile') {
      entries.push(`<${arg.name}>`);
      continue;
    }
    const text = `--${arg.name} <value>`;
    entries.push(arg.required || arg.documentedAsRequired ? text : `[${text}]`);
  }
  return entries;
}

/** The AWS CLI's paragraph on a paginated operation (empty for others). */
function pagingNote(table: ArgumentTable): string {
  const paginator = table.model.paginator;
  if (paginator === undefined) return '';
  const note = `${table.operation} is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set of results. You can disable pagination by providing the --no-paginate argument.`;
  if (paginator.resultKey.length === 0) return note;
  return `${note} When using --output text and the --query argument on a paginated response, the --query argument must extract data from the results of the following query expressions: ${paginator.resultKey.join(', ')}`;
}

function optionText(table: ArgumentTable, arg: CliArgument): string {
  switch (arg.role.kind) {
    case 'paging': {
      const [defaultType, doc] = PAGING_DOCS[arg.role.setting];
      const type = arg.role.setting === 'StartingToken' ? defaultType : arg.role.type === 'int' ? defaultType : 'string';
      // Filled at the page's indent; the page adds that indent back (see indentBlock).
      const body = (text: string): string[] => fill(text, INDENT + STEP).map((line) => line.slice(INDENT.length));
      return [`--${arg.name} (${type})`, '', ...body(doc), '', ...body(PAGING_USAGE)].join('\n');
    }
    case 'cli-input-json':
      return `--cli-input-json (string) ${CLI_INPUT_JSON_DOC}`;
    case 'cli-input-yaml':
      return `--cli-input-yaml (string) ${CLI_INPUT_YAML_DOC}`;
    case 'generate-cli-skeleton':
      return `--generate-cli-skeleton (string) ${SKELETON_DOC}`;
    case 'outfile':
      // A positional: named without dashes, its text on the same line.
      return `${arg.name} (string) ${OUTFILE_DOC}`;
    case 'boolean':
    case 'value-boolean':
    case 'member': {
      const role = arg.role;
      const member = table.model.input?.members.get(role.member);
      const twin = role.kind === 'member' ? undefined : negatedTwin(table, arg);
      const doc: OptionDoc = {
        name: `--${arg.name}`,
        member: role.member,
        shape: role.shape,
        ...(twin === undefined ? {} : { negatedName: `--${twin.name}` }),
        ...(member?.documentation === undefined ? {} : { documentation: member.documentation }),
      };
      return renderOptionDocs(doc, { service: table.service, operation: table.operation, param: arg.name });
    }
  }
}

/** The `--no-` option paired with a boolean option. */
function negatedTwin(table: ArgumentTable, arg: CliArgument): CliArgument | undefined {
  const role = arg.role;
  if (role.kind !== 'boolean' && role.kind !== 'value-boolean') return undefined;
  return table.arguments.find(
    (other) => other.documented && other.role.kind === role.kind && other.role.negated && other.role.member === role.member,
  );
}

/** Option text is written at the page's left margin; the page indents it. */
function indentBlock(text: string): string[] {
  return text.split('\n').map((line, i) => {
    if (line === '') return '';
    if (i === 0 && line.startsWith('--cli-') && line.length > 72) return fill(line, INDENT).join('\n');
    return `${INDENT}${line}`;
  });
}

function outputTree(lines: string[], name: string, shape: Shape, stack: string[], depth: number): void {
  const seen = stack.filter((entered) => entered === shape.name).length;
  if (seen > 1) {
    if (shape.kind === 'structure' || shape.kind === 'union') lines.push(`${INDENT}${STEP.repeat(depth - 1)}( ... recursive ... )`);
    return;
  }
  stack.push(shape.name);
  lines.push(`${INDENT}${STEP.repeat(depth - 1)}${name === '' ? `(${optionTypeName(shape)})` : `${name} -> (${optionTypeName(shape)})`}`);
  if (shape.documentation !== undefined) {
    const text = plainText(shape.documentation);
    if (text !== '') lines.push(...fill(text, `${INDENT}${STEP.repeat(depth)}`), '');
  }
  if (shape.kind === 'structure' || shape.kind === 'union') {
    for (const [memberName, member] of structureMembers(shape)) outputTree(lines, memberName, member, stack, depth + 1);
  } else if (shape.kind === 'list') {
    outputTree(lines, '', shape.member, stack, depth + 1);
  } else if (shape.kind === 'map') {
    outputTree(lines, 'key', shape.key, stack, depth + 1);
    outputTree(lines, 'value', shape.value, stack, depth + 1);
  }
  stack.pop();
}

/** Words filled to 79 columns after `pad`. */
function fill(text: string, pad: string): string[] {
  if (text.trim() === '') return [];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && pad.length + line.length + 1 + word.length > 79) {
      out.push(pad + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(pad + line);
  return out;
}

function plainText(html: string): string {
  return html
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\n]*\n\n[ \t\r\n]*/g, '\n\n')
    .replace(/[ \t\r]+/g, ' ')
    .trim();
}
