/**
 * Requests as `aws` command lines: one option per input member, in model order, written the
 * way the AWS CLI reads it back: scalars as plain words, booleans as `--flag`/`--no-flag`,
 * structures and maps as shorthand, lists of structures as one shorthand word per item, lists
 * of scalars as one word per item, and JSON where shorthand or a plain word would be read as
 * something else. What no option can carry goes into `--cli-input-json`, whose values the AWS
 * CLI takes as they are.
 *
 * The dialect says which AWS CLI reads the line back: v1 (the default) sends a blob given as
 * text as its UTF-8 bytes, v2 base64-decodes it, so under v2 every blob value is written as its
 * base64 text (top-level, nested, and inside `--cli-input-json`), with v2's option names and
 * without v1's hidden aliases (which are never written in either dialect).
 */
import { isPythonSpace } from '../grammar/charsets.js';
import { xformName } from '../model/loaders/names.js';
import { hasStreamingOutput } from '../model/payload.js';
import { bundledRegistry } from '../model/registry.js';
import type { ListShape, Member, Operation, ServiceModel } from '../model/shape.js';
import { jsonText } from '../serializer/json.js';
import { isScalarKind, scalarText } from '../serializer/scalars.js';
import { serialize, serializeList } from '../serializer/serialize.js';
import { shellQuote } from '../serializer/shell.js';
import { SerializeError } from '../serializer/types.js';
import { isDict } from '../model/python.js';
import { describe } from '../serializer/writer.js';
import { encodeBlobs } from './binary-format.js';
import { DEFAULT_DIALECT, dialectTables } from './dialect.js';
import type { Dialect } from './dialect.js';
import { awsCliOptionHooks } from './option-rules.js';

/** Options of `toCommandArgs` and `toCommandLine`. Option names are given without dashes. */
export interface CommandLineOptions {
  /** The AWS CLI's name for an option, given the name `xform_name` makes (`no-x` for a negated boolean). Default: the AWS CLI's renames. */
  readonly optionName?: (name: string) => string;
  /**
   * Whether the AWS CLI loads `file://`, `fileb://`, `http://` and `https://` values of an
   * option (it does not for its paramfile-disabled options). Default: the AWS CLI's table.
   */
  readonly loadsParamFiles?: (name: string) => boolean;
  /**
   * Whether the AWS CLI reads an option as a legacy single-member list (`--instances i-1 i-2`,
   * a handful of firehose, workspaces and elb options), so shorthand words would be misread.
   * Default: the AWS CLI's table.
   */
  readonly legacyList?: (name: string) => boolean;
  /**
   * A reason when the AWS CLI's option for a member cannot carry it (e.g. a paging option of
   * the same name takes its place), given the value to write, so the member goes into
   * `--cli-input-json`. Default: the AWS CLI's paging options on paginated operations, and
   * lambda's zip files.
   */
  readonly inputJsonOnly?: (name: string, value?: unknown) => string | undefined;
  /**
   * The file an operation with a payload output (`lambda invoke`) saves it to: the positional
   * `outfile` the AWS CLI requires there (default `outfile`).
   */
  readonly outfile?: string;
  /** Pretty shorthand and JSON inside the quotes (default false). */
  readonly pretty?: boolean;
  /** One option per line, joined by ` \` line continuations (default false). */
  readonly multiline?: boolean;
  /** The command's first word (default `aws`). */
  readonly program?: string;
  /**
   * The AWS CLI the line is written for (default v1): its option names, the values it loads
   * from files or URLs, and how it reads blob values (v2: base64, so blobs are written so).
   */
  readonly dialect?: Dialect;
  /**
   * Top-level blob members to send from a file, by member name: written `--option
   * fileb://PATH`, which both dialects read as the file's bytes, in place of any value the
   * request gives the member.
   */
  readonly blobFiles?: Readonly<Record<string, string>>;
}

/** A parameter that is not written as shorthand or plain words. */
export interface CommandLineNote {
  /** The input member, e.g. `AutoMLJobConfig`. */
  readonly member: string;
  /** The option carrying it: its own option (as JSON) or `--cli-input-json`. */
  readonly option: string;
  readonly form: 'json' | 'cli-input-json';
  readonly reason: string;
}

/** A rendered command. */
export interface CommandArgs {
  /** The words, program first (`aws`, `sagemaker`, `create-auto-ml-job`, …). */
  readonly argv: readonly string[];
  /** The words as a POSIX shell command line. */
  readonly text: string;
  /** Parameters written as JSON or moved into `--cli-input-json`, with the reason. */
  readonly notes: readonly CommandLineNote[];
}

const NUL = '\u0000';
/** JSON escapes NUL as `\u0000`; a raw NUL cannot be in a command-line argument. */
const NUL_REASON = 'a command-line argument cannot hold a NUL character';
/** What argparse takes for a negative number rather than an option (`-5`, `-.5`). */
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/**
 * `params` (the request, as `--cli-input-json` takes it) as the words of an `aws` command.
 * `operation` is the CLI name (`create-auto-ml-job`) or the model name (`CreateAutoMLJob`);
 * `model` defaults to the bundled model of `service`. Throws `SerializeError` for unknown
 * operations and parameters and for values no word can carry.
 * @example toCommandArgs('sagemaker', 'stop-auto-ml-job', { AutoMLJobName: 'j' }).text // 'aws sagemaker stop-auto-ml-job --auto-ml-job-name j'
 */
export function toCommandArgs(
  service: string,
  operation: string,
  params: Readonly<Record<string, unknown>>,
  model: ServiceModel = bundledRegistry().service(service),
  options: CommandLineOptions = {},
): CommandArgs {
  const op = findOperation(model, operation);
  const dialect = options.dialect ?? DEFAULT_DIALECT;
  // The AWS CLI's own rules for this operation, unless the caller gives its own.
  options = { ...awsCliOptionHooks(service, model, op.name, dialect), ...options };
  if (!isDict(params)) throw new SerializeError('UNSUPPORTED_VALUE', `the request must be an object, not ${describe(params)}`);
  const members = op.input?.members ?? new Map<string, Member>();
  for (const key of Object.keys(params)) {
    if (!members.has(key) && params[key] !== undefined) {
      throw new SerializeError('UNKNOWN_PARAMETER', `${op.name} has no parameter ${JSON.stringify(key)}`, [key]);
    }
  }
  const files = blobFilesOf(op, options.blobFiles ?? {});
  // v2 base64-decodes every blob given as text, wherever it stands: write each one encoded.
  const written = dialectTables(dialect).defaultBinaryFormat === 'base64' ? encodeBlobs(params, op.input) : params;
  const writer = new OptionWriter(options, dialectTables(dialect).paramfilePrefixes);
  for (const member of members.values()) {
    const file = files.get(member.name);
    if (file !== undefined) writer.file(member, file);
    else if (Object.prototype.hasOwnProperty.call(written, member.name) && written[member.name] !== undefined) {
      writer.member(member, written[member.name]);
    }
  }
  const groups = writer.finish();
  if (hasStreamingOutput(op)) {
    // The AWS CLI gives such an operation a positional outfile and no --cli-input-json.
    const stranded = writer.notes.filter((note) => note.form === 'cli-input-json');
    if (stranded.length > 0) {
      const what = stranded.map((note) => `${note.member} (${note.reason})`).join('; ');
      throw new SerializeError('NO_CLI_INPUT_JSON', `${op.name} saves its output to a file and takes no --cli-input-json, so no option can carry ${what}`, [stranded[0]?.member ?? '']);
    }
    const outfile = options.outfile ?? 'outfile';
    // First, where no list option before it can take it for one of its words.
    groups.unshift([outfile.startsWith('-') ? `./${outfile}` : outfile]);
  }
  const head = [options.program ?? 'aws', service, xformName(op.name)];
  const argv = [...head, ...groups.flat()];
  const lines = [head.map(shellQuote).join(' '), ...groups.map((group) => group.map(shellQuote).join(' '))];
  return { argv, text: lines.join(options.multiline === true ? ' \\\n  ' : ' '), notes: writer.notes };
}

/**
 * `toCommandArgs(…).text`: the request as one POSIX shell command line.
 * @example toCommandLine('sagemaker', 'create-auto-ml-job', request)
 * // aws sagemaker create-auto-ml-job --auto-ml-job-name job-1 --input-data-config 'DataSource={…},TargetAttributeName=label' …
 */
export function toCommandLine(
  service: string,
  operation: string,
  params: Readonly<Record<string, unknown>>,
  model?: ServiceModel,
  options: CommandLineOptions = {},
): string {
  return toCommandArgs(service, operation, params, model, options).text;
}

/** `blobFiles` checked against the operation: top-level blob members that are not streamed. */
function blobFilesOf(op: Operation, blobFiles: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of Object.keys(blobFiles)) {
    const member = op.input?.members.get(name);
    const path = blobFiles[name] as string;
    if (member === undefined) throw new SerializeError('UNKNOWN_PARAMETER', `${op.name} has no parameter ${JSON.stringify(name)}`, [name]);
    if (member.shape.kind !== 'blob' || member.shape.streaming === true) {
      const kind = member.shape.kind === 'blob' ? 'a streaming blob' : `a ${member.shape.kind}`;
      throw new SerializeError('UNSUPPORTED_VALUE', `${name} is no blob parameter the AWS CLI reads from fileb:// (it is ${kind})`, [name]);
    }
    if (path === '' || path.includes(NUL)) throw new SerializeError('UNSUPPORTED_VALUE', `the file for ${name} needs a path without NUL characters`, [name]);
    out.set(name, path);
  }
  return out;
}

function findOperation(model: ServiceModel, name: string): Operation {
  const direct = model.operations.get(name);
  if (direct !== undefined) return direct;
  for (const operation of model.operations.values()) if (xformName(operation.name) === name) return operation;
  throw new SerializeError('UNKNOWN_OPERATION', `${model.metadata.serviceName} has no operation ${JSON.stringify(name)}`);
}

/** Collects option groups (an option and its words) and the members left for `--cli-input-json`. */
class OptionWriter {
  readonly notes: CommandLineNote[] = [];
  private readonly groups: string[][] = [];
  private readonly leftOver: Record<string, unknown> = {};

  constructor(
    private readonly options: CommandLineOptions,
    /** The prefixes of values the AWS CLI loads from files or URLs. */
    private readonly paramfilePrefixes: readonly string[],
  ) {}

  /** A blob member sent from a file: `fileb://PATH`, unless the AWS CLI loads no files for its option. */
  file(member: Member, path: string): void {
    const name = xformName(member.name);
    if (this.options.loadsParamFiles?.(name) === false) {
      throw new SerializeError('UNSUPPORTED_VALUE', `the AWS CLI loads no files for --${this.optionName(name)}`, [member.name]);
    }
    this.single(name, `fileb://${path}`);
  }

  member(member: Member, value: unknown): void {
    const name = xformName(member.name);
    const shape = member.shape;
    if (value === null) return this.inputJson(member, value, 'null has no command-line form');
    const blocked = this.options.inputJsonOnly?.(this.optionName(name), value);
    if (blocked !== undefined) return this.inputJson(member, value, blocked);
    if (shape.kind === 'string' && shape.jsonValue === true) return this.json(member, name, value, 'the AWS CLI reads a JSON header option as JSON');
    // The AWS CLI reads a streaming blob option as the path of a file to send.
    if (shape.kind === 'blob' && shape.streaming === true) return this.inputJson(member, value, 'the AWS CLI takes a file path for a streaming blob option');
    switch (shape.kind) {
      case 'boolean':
        if (typeof value !== 'boolean') return this.inputJson(member, value, `${describe(value)} is not a boolean`);
        this.groups.push([`--${this.optionName(value ? name : `no-${name}`)}`]);
        return;
      case 'document':
        return this.json(member, name, value, 'the AWS CLI reads document parameters as JSON');
      case 'structure':
      case 'union':
      case 'map': {
        const result = serialize(value, shape, { pretty: this.options.pretty === true });
        if (result.kind === 'json') return this.json(member, name, value, result.reason);
        if (result.text.includes(NUL)) return this.json(member, name, value, NUL_REASON);
        if (this.loadsFile(name, result.text)) return this.json(member, name, value, 'the shorthand would be taken for a file or URL to load');
        return this.single(name, result.text);
      }
      case 'list':
        return this.list(member, name, shape, value);
      default: {
        const text = scalarText(value, isScalarKind(shape.kind) ? shape.kind : undefined, 'loose');
        if (text === undefined) return this.inputJson(member, value, `${describe(value)} does not fit the ${shape.kind} shape ${shape.name}`);
        if (text.includes(NUL)) return this.inputJson(member, value, NUL_REASON);
        // argparse drops a `--` even in `--option=--`.
        if (text === '--') return this.inputJson(member, value, 'argparse drops -- from an option value');
        if (this.loadsFile(name, text)) return this.inputJson(member, value, 'the AWS CLI would load it as a file or URL');
        return this.single(name, text);
      }
    }
  }

  finish(): string[][] {
    if (Object.keys(this.leftOver).length > 0) {
      this.groups.push(['--cli-input-json', jsonText(this.leftOver, this.options.pretty === true ? 2 : undefined)]);
    }
    return this.groups;
  }

  private list(member: Member, name: string, shape: ListShape, value: unknown): void {
    if (!Array.isArray(value)) return this.inputJson(member, value, `${describe(value)} is not a list`);
    if (value.length === 0) return this.json(member, name, value, 'an empty list has no words');
    const item = shape.member;
    if ((item.kind === 'structure' || item.kind === 'union') && item.members.size === 1 && (this.options.legacyList?.(name) ?? true)) {
      return this.json(member, name, value, 'the AWS CLI reads words of this list as bare member values');
    }
    const result = serializeList(value, shape, { pretty: this.options.pretty === true });
    if (result.kind === 'json') return this.json(member, name, value, result.reason);
    const words = result.items;
    const first = words[0] as string;
    if (words.some((word) => word.includes(NUL))) return this.json(member, name, value, NUL_REASON);
    if (result.form === 'shorthand') {
      if (words.some((word) => word.startsWith('-'))) return this.json(member, name, value, 'a word starting with - would be taken for an option');
      if (words.length === 1 && this.loadsFile(name, first)) return this.json(member, name, value, 'the word would be taken for a file or URL to load');
    } else {
      if (words.some((word) => word.startsWith('-') && !NEGATIVE_NUMBER.test(word))) {
        return this.json(member, name, value, 'a word starting with - would be taken for an option');
      }
      if (words.length === 1 && (trimStart(first).startsWith('[') || this.loadsFile(name, first))) {
        return this.json(member, name, value, 'a single word would be read as JSON or a file to load');
      }
    }
    this.groups.push([`--${this.optionName(name)}`, ...words]);
  }

  /** One value after its option; `--opt=value` when it starts with `-` (argparse would take it for an option). */
  private single(name: string, text: string): void {
    const option = `--${this.optionName(name)}`;
    this.groups.push(text.startsWith('-') ? [`${option}=${text}`] : [option, text]);
  }

  private json(member: Member, name: string, value: unknown, reason: string): void {
    this.notes.push({ member: member.name, option: `--${this.optionName(name)}`, form: 'json', reason });
    this.single(name, jsonText(value, this.options.pretty === true ? 2 : undefined));
  }

  private inputJson(member: Member, value: unknown, reason: string): void {
    this.notes.push({ member: member.name, option: '--cli-input-json', form: 'cli-input-json', reason });
    Object.defineProperty(this.leftOver, member.name, { value, enumerable: true, writable: true, configurable: true });
  }

  private loadsFile(name: string, text: string): boolean {
    return this.paramfilePrefixes.some((prefix) => text.startsWith(prefix)) && (this.options.loadsParamFiles?.(name) ?? true);
  }

  private optionName(name: string): string {
    return this.options.optionName?.(name) ?? name;
  }
}

/** `text` without leading Python whitespace (what `str.strip()` removes). */
function trimStart(text: string): string {
  let i = 0;
  while (i < text.length && isPythonSpace(text.charCodeAt(i))) i++;
  return text.slice(i);
}
