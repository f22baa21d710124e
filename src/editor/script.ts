/**
 * Editor services for shell scripts that call the AWS CLI: every `aws <service> <operation> …`
 * found in the script is resolved against the model; each option value written in shorthand
 * is served by the shorthand services (diagnose, complete, hover) on the word's text, and the
 * results are mapped back to script offsets through the word's source map. Option names,
 * option values of scalar options and missing required options are served here.
 */
import { endOf } from '../grammar/index.js';
import { coerceValue } from '../model/coerce.js';
import { hasStreamingOutput } from '../model/payload.js';
import type { Operation, ServiceModel, Shape, Waiter } from '../model/shape.js';
import { isModelDirectoryName, xformName } from '../model/loaders/names.js';
import { suggest } from '../model/suggest.js';
import { validateValue } from '../model/validate.js';
import { analyse, analyseWords } from './analysis.js';
import type { Analysis } from './analysis.js';
import { diagnoseAnalysis, diagnoseWithBlobs } from './diagnose.js';
import { blobDiagnostic, jsonBlobDiagnostics } from './blobs.js';
import type { BlobCheckOptions } from './blobs.js';
import { completeAnalysis } from './complete.js';
import { hoverAnalysis } from './hover.js';
import { awsCommand, GLOBAL_FLAGS, GLOBAL_OPTIONS_WITH_VALUE } from './shell/aws-command.js';
import type { AwsArgument, AwsCommand } from './shell/aws-command.js';
import { cliOptions, genericOptions } from './shell/cli-options.js';
import type { CliOption } from './shell/cli-options.js';
import { scanShellInSteps } from './shell/scan.js';
import type { ShellScript } from './shell/scan.js';
import { escapeForShell, quoteAt, sourceRange, textIndex, touchesExpansion } from './shell/words.js';
import type { QuoteContext, ShellWord } from './shell/words.js';
import { constraints, documentationOf, typeLabel } from './shape-info.js';
import { renderSnippet, hasTabStop } from './snippet.js';
import type { SnippetPart } from './snippet.js';
import type { CompletionItem, EditorDiagnostic, HoverInfo } from './types.js';
import { explainReading, READING_LABELS } from './value-reading.js';
import { aliasTarget, availableCommands, isRemovedCommand } from '../awscli/command-table.js';
import { customCommand, customCommandNames } from '../awscli/custom-commands.js';
import type { CustomCommandRecord } from '../awscli/custom-commands.js';
import { dialectTables } from '../awscli/dialect.js';

/** Where the script services look up services and operations (a `ModelRegistry` fits). */
export interface ModelLookup {
  /** The operation by CLI name; undefined (or a throw) for an unknown service or operation. */
  findOperation(service: string, operation: string): Operation | undefined;
  /** CLI names of the known services, for completion. */
  serviceNames?(): string[];
  /** CLI names of a service's operations, for completion. */
  operationNames?(service: string): string[];
  /** The service model by CLI name: with it, options follow the AWS CLI's renames and aliases. */
  findService?(service: string): ServiceModel | undefined;
}

/** An `aws` command resolved against the model. */
export interface ResolvedCommand {
  readonly command: AwsCommand;
  /** Undefined when the service or operation is unknown to the model. */
  readonly operation: Operation | undefined;
  /** True when the service is known (so an unknown operation is an error). */
  readonly serviceKnown: boolean;
  /** For `aws <service> wait …` on a service with waiters: the waiters' CLI names. */
  readonly waiterNames?: readonly string[];
  readonly options: ReadonlyMap<string, CliOption>;
  /** One of the AWS CLI's own commands (`s3 cp`, `cloudformation deploy`), which no model declares. */
  readonly custom?: CustomCommandRecord;
}

/** A value word to be read as shorthand against a shape. */
export interface EmbeddedValue {
  readonly word: ShellWord;
  readonly shape: Shape;
  readonly option: CliOption;
  readonly analysis: Analysis;
}

/** A scanned and resolved script. */
export interface ScriptAnalysis {
  readonly text: string;
  readonly script: ShellScript;
  readonly commands: readonly ResolvedCommand[];
  readonly values: readonly EmbeddedValue[];
  /** The analyses of this version's option values, for the next version's analysis to reuse. */
  readonly reusable?: ValueAnalyses;
}

/**
 * Analyses of option values by option and by the words' texts. An analysis depends on nothing
 * else (its offsets are within the words), so an edit elsewhere in the script leaves it valid.
 */
export type ValueAnalyses = ReadonlyMap<CliOption, ReadonlyMap<string, readonly Analysis[]>>;

/**
 * Scan `text` as a shell script and resolve its `aws` commands with `models`.
 * @example analyseScript("aws sagemaker create-auto-ml-job --tags 'Key=a'", registry).values.length // 1
 */
export function analyseScript(text: string, models: ModelLookup): ScriptAnalysis {
  return runSteps(analyseScriptInSteps(text, models));
}

/**
 * `analyseScript` as steps: the generator yields after scanning and after each `aws` command, so
 * a caller (the language server) can spread a long script over several turns of the event loop
 * and drop the work when the text changes. Its return value is the analysis.
 */
export function* analyseScriptInSteps(text: string, models: ModelLookup, previous?: ScriptAnalysis): Generator<void, ScriptAnalysis, void> {
  const script = yield* scanShellInSteps(text);
  const commands: ResolvedCommand[] = [];
  const values: EmbeddedValue[] = [];
  const reusable = new Map<CliOption, Map<string, readonly Analysis[]>>();
  for (const shellCommand of script.commands) {
    const command = awsCommand(shellCommand);
    if (command === undefined) continue;
    yield;
    const resolved = resolve(command, models);
    commands.push(resolved);
    for (const argument of command.arguments) {
      const option = resolved.options.get(argument.name);
      if (option === undefined || (option.form !== 'shorthand' && option.form !== 'shorthand-list' && option.form !== 'value-flag')) continue;
      const candidates = option.form === 'shorthand-list' ? argument.values : argument.values.slice(0, 1);
      const words = candidates.filter((word) => isShorthandWord(word, candidates) && !isBareValue(word, option.wordShape));
      if (words.length === 0) continue;
      // Texts joined with a character no shell word holds after scanning (a NUL cannot pass argv).
      const key = words.map((word) => word.text).join('\u0000');
      const analyses =
        previous?.reusable?.get(option)?.get(key) ??
        (option.form === 'shorthand-list'
          ? analyseWords(words.map((word) => word.text), option.member.shape)
          : [analyse((words[0] as ShellWord).text, option.wordShape)]);
      let byText = reusable.get(option);
      if (byText === undefined) reusable.set(option, (byText = new Map()));
      byText.set(key, analyses);
      words.forEach((word, i) => values.push({ word, shape: option.wordShape, option, analysis: analyses[i] as Analysis }));
    }
  }
  return { text, script, commands, values, reusable };
}

/**
 * The service word of a command as a name to look up, or `undefined` when it cannot name a model
 * (`../../x`): such a word stays an unknown service and never reaches the model lookup's file system.
 */
function serviceName(command: AwsCommand): string | undefined {
  const word = command.service?.text;
  return word !== undefined && isModelDirectoryName(word) ? word : undefined;
}

/** Run steps made by a generator to the end, without pausing, and return its value. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

function resolve(command: AwsCommand, models: ModelLookup): ResolvedCommand {
  const service = serviceName(command);
  const operationName = command.operation?.text;
  const custom = service === undefined ? undefined : customCommand(operationName === undefined ? [service] : [service, operationName]);
  // The AWS CLI's own command of that name wins over a model's (`aws s3 …` is not s3api).
  if (custom !== undefined) return { command, operation: undefined, serviceKnown: true, options: new Map(), custom };
  let operation: Operation | undefined;
  let serviceKnown = false;
  if (service !== undefined) {
    try {
      serviceKnown = models.operationNames?.(service) !== undefined || models.findOperation(service, '') !== undefined;
    } catch {
      serviceKnown = false;
    }
    if (operationName !== undefined) {
      try {
        // Commands the AWS CLI removes are unknown to it, whatever the model says.
        operation = isRemovedCommand(service, operationName) ? undefined : models.findOperation(service, aliasTarget(service, operationName));
      } catch {
        operation = undefined;
      }
    }
  }
  let model: ServiceModel | undefined;
  try {
    model = service === undefined ? undefined : models.findService?.(service);
  } catch {
    model = undefined;
  }
  // `aws <service> wait <waiter>` takes the options of the operation the waiter polls.
  const waiters = operationName === WAIT_COMMAND ? serviceWaiters(model) : undefined;
  if (waiters !== undefined) {
    const waiter = command.waiter === undefined ? undefined : waiters.get(command.waiter.text);
    operation = waiter === undefined ? undefined : model?.operations.get(waiter.operation);
  }
  const options = operation === undefined ? new Map() : cliOptions(operation, service !== undefined && model !== undefined ? { name: service, model } : undefined);
  return { command, operation, serviceKnown, options, ...(waiters === undefined ? {} : { waiterNames: [...waiters.keys()] }) };
}

/** The AWS CLI's command for waiters. */
const WAIT_COMMAND = 'wait';

/** A model's waiters by CLI name, or undefined when it has none. */
function serviceWaiters(model: ServiceModel | undefined): ReadonlyMap<string, Waiter> | undefined {
  if (model?.waiters === undefined || model.waiters.size === 0) return undefined;
  return new Map([...model.waiters.values()].filter((waiter) => model.operations.has(waiter.operation)).map((waiter) => [xformName(waiter.name), waiter] as const));
}

/**
 * Whether a value word is read as shorthand: not JSON (the AWS CLI looks at the first word's
 * first non-blank character), not a `file://` or URL parameter, not only an expansion.
 */
function isShorthandWord(word: ShellWord, words: readonly ShellWord[]): boolean {
  const first = (words[0] ?? word).text.trimStart();
  if (first.startsWith('[') || first.startsWith('{')) return false;
  if (/^(fileb?|https?):\/\//.test(word.text)) return false;
  return !(word.expansions.length > 0 && word.expansions.every((e) => e.offset === 0 && endOf(e) === word.text.length));
}

/**
 * The AWS CLI's special case for a structure whose only member is a string `Value`: a word
 * without `=` is that value (`--instance-initiated-shutdown-behavior stop`), not shorthand.
 */
function isBareValue(word: ShellWord, shape: Shape): boolean {
  if (shape.kind !== 'structure' || shape.members.size !== 1 || word.text.includes('=')) return false;
  return shape.members.get('Value')?.shape.kind === 'string';
}

/* ------------------------------------------------------------------ diagnostics */

/**
 * Every diagnostic of the script, in script offsets, sorted; `options.dialect` (default v1) says
 * which AWS CLI the script is written for, which decides how blob values are read.
 */
export function diagnoseScript(analysis: ScriptAnalysis, options: BlobCheckOptions = {}): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  for (const problem of analysis.script.problems) {
    out.push({ code: 'SHELL_SYNTAX', source: 'script', severity: 'error', message: problem.message, offset: problem.offset, length: problem.length });
  }
  // The dialect's own global options (v2's --cli-binary-format…) are no unknown options.
  const globals = new Set(dialectTables(options.dialect).globalOptions.map((option) => option.flag.slice(2)));
  // Words of commands that read blobs as v1 does (`--cli-binary-format raw-in-base64-out`): no blob checks there.
  const rawBlobWords = new Set<ShellWord>();
  for (const resolved of analysis.commands) {
    out.push(...commandDiagnostics(resolved, globals));
    if (readsRawBlobs(resolved.command)) for (const argument of resolved.command.arguments) for (const word of argument.values) rawBlobWords.add(word);
    else out.push(...commandBlobDiagnostics(resolved, options));
  }
  for (const value of analysis.values) {
    const found = rawBlobWords.has(value.word) ? diagnoseAnalysis(value.analysis) : diagnoseWithBlobs(value.analysis, options.dialect);
    for (const diagnostic of found) {
      if (touchesExpansion(value.word, diagnostic.offset, diagnostic.offset + diagnostic.length)) continue;
      const range = sourceRange(value.word, diagnostic.offset, diagnostic.offset + diagnostic.length);
      out.push({ ...inRequest(diagnostic, value.option), offset: range.offset, length: range.length });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Whether the command says `--cli-binary-format raw-in-base64-out`: v2 then reads blob text as v1 does. */
function readsRawBlobs(command: AwsCommand): boolean {
  return command.arguments.some((argument) => argument.name === 'cli-binary-format' && argument.values[0]?.text === 'raw-in-base64-out');
}

/**
 * The blob diagnostics of a command's own words: a blob option's plain word, and the strings in
 * blob positions of JSON values (an option's, or `--cli-input-json`'s against the whole input).
 * Shorthand values are checked with their analyses.
 */
function commandBlobDiagnostics(resolved: ResolvedCommand, options: BlobCheckOptions): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  const { operation } = resolved;
  if (operation === undefined) return out;
  const inWord = (word: ShellWord, found: readonly EditorDiagnostic[], option: string): void => {
    for (const diagnostic of found) {
      if (touchesExpansion(word, diagnostic.offset, diagnostic.offset + diagnostic.length)) continue;
      const range = sourceRange(word, diagnostic.offset, diagnostic.offset + diagnostic.length);
      out.push({ ...diagnostic, message: `--${option}: ${diagnostic.message}`, offset: range.offset, length: range.length });
    }
  };
  for (const argument of resolved.command.arguments) {
    const word = argument.values[0];
    if (word === undefined) continue;
    const json = word.text.trimStart().startsWith('{') || word.text.trimStart().startsWith('[');
    if (argument.name === 'cli-input-json') {
      if (json && operation.input !== undefined) inWord(word, jsonBlobDiagnostics(word.text, operation.input, options), argument.name);
      continue;
    }
    const option = resolved.options.get(argument.name);
    if (option === undefined) continue;
    if ((option.form === 'scalar' || option.form === 'scalar-list') && option.wordShape.kind === 'blob' && option.wordShape.streaming !== true) {
      for (const value of option.form === 'scalar' ? [word] : argument.values) {
        // fileb:// and file:// values are files: their content is not in the script.
        if (value.expansions.length > 0 || /^fileb?:\/\//.test(value.text)) continue;
        const found = blobDiagnostic(value.text, 0, value.text.length, options);
        if (found !== undefined) inWord(value, [found], option.name);
      }
    } else if (json && (option.form === 'shorthand' || option.form === 'shorthand-list')) {
      // A list option's JSON is one word: the whole list.
      inWord(word, jsonBlobDiagnostics(word.text, option.member.shape, options), option.name);
    }
  }
  return out;
}

/**
 * A value's diagnostic named as the AWS CLI names it in the whole request: the path gains the
 * member (`InputDataConfig[0].DataSource`), and the message says which option it came from.
 */
function inRequest(diagnostic: EditorDiagnostic, option: CliOption): EditorDiagnostic {
  const memberName = option.member.name;
  if (diagnostic.path === undefined) return { ...diagnostic, message: `--${option.name}: ${diagnostic.message}` };
  const from = diagnostic.path === '' ? 'input' : diagnostic.path;
  const path = memberPath(memberName, diagnostic.path);
  const at = diagnostic.message.search(new RegExp(` ${escapeRegExp(from)}(?=[:,. ]|$)`));
  const message = at === -1 ? diagnostic.message : `${diagnostic.message.slice(0, at + 1)}${path}${diagnostic.message.slice(at + 1 + from.length)}`;
  return { ...diagnostic, path, message: `--${option.name}: ${message}` };
}

/** `path` (relative to an option's value) from the request root: `InputDataConfig[0].DataSource`. */
function memberPath(memberName: string, path: string): string {
  if (path === '') return memberName;
  return path.startsWith('[') ? `${memberName}${path}` : `${memberName}.${path}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function commandDiagnostics(resolved: ResolvedCommand, globals: ReadonlySet<string>): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  const { command, operation } = resolved;
  const at = (word: ShellWord, message: string, code: EditorDiagnostic['code'], data?: EditorDiagnostic['data'], severity: EditorDiagnostic['severity'] = 'error'): void => {
    out.push({ code, source: 'script', severity, message, offset: word.offset, length: word.length, ...(data ? { data } : {}) });
  };
  if (resolved.custom !== undefined) {
    customCommandDiagnostics(resolved.custom, command, at);
    return out;
  }
  if (operation === undefined) {
    if (resolved.waiterNames !== undefined) {
      const waiter = command.waiter;
      if (waiter !== undefined && waiter.expansions.length === 0) at(waiter, `Unknown waiter '${waiter.text}' for ${command.service?.text ?? ''} wait`, 'UNKNOWN_OPERATION');
      return out;
    }
    if (resolved.serviceKnown && command.operation !== undefined && !command.operation.text.startsWith('-') && command.operation.expansions.length === 0) {
      at(command.operation, `Unknown operation '${command.operation.text}' for service ${command.service?.text ?? ''}`, 'UNKNOWN_OPERATION');
    }
    return out;
  }
  const given = new Set(command.arguments.map((a) => a.name));
  // An operation with a payload output takes its first positional word as the outfile.
  const outfile = hasStreamingOutput(operation) ? positionalWords(command, resolved.options)[0] : undefined;
  for (const word of command.strays) if (word !== outfile) at(word, `Unknown options: ${word.text}`, 'UNKNOWN_OPTION');
  for (const argument of command.arguments) {
    const option = resolved.options.get(argument.name);
    if (option === undefined) {
      const generic = genericOptions(operation);
      if (!generic.has(argument.name) && !GLOBAL_OPTIONS_WITH_VALUE.has(argument.name) && !GLOBAL_FLAGS.has(argument.name) && !globals.has(argument.name)) {
        const names = suggest(argument.name, [...resolved.options.keys(), ...generic.keys()]).map((name) => `--${name}`);
        // A warning: the AWS CLI's hand-written customisations add options no model lists.
        at(argument.option, `Unknown option --${argument.name} for ${command.waiter?.text ?? command.operation?.text ?? 'this operation'}`, 'UNKNOWN_OPTION', { key: `--${argument.name}`, suggestions: names }, 'warning');
      }
      continue;
    }
    out.push(...argumentDiagnostics(argument, option).filter((d) => outfile === undefined || d.offset !== outfile.offset || d.code !== 'UNKNOWN_OPTION'));
  }
  // The AWS CLI lets --cli-input-json/yaml supply required arguments, and skips them for a skeleton.
  const generic = genericOptions(operation);
  const suppliedElsewhere = ['cli-input-json', 'cli-input-yaml', 'generate-cli-skeleton'].some((name) => given.has(name) && generic.has(name));
  if (!suppliedElsewhere && command.operation !== undefined) {
    const missing = [...resolved.options.values()].filter((o) => o.required && !given.has(o.name)).map((o) => `--${o.name}`);
    if (hasStreamingOutput(operation) && outfile === undefined) missing.push('outfile');
    // A warning: some AWS CLI customisations fill required members themselves (`ec2 run-instances --count`).
    if (missing.length > 0) at(command.waiter ?? command.operation, `the following arguments are required: ${missing.join(', ')}`, 'MISSING_OPTION', undefined, 'warning');
  }
  return out;
}

/**
 * The AWS CLI's own commands: options checked against the argument list it declares (unknown
 * ones and missing required ones as warnings, as for operations). What follows the command
 * words is left alone: the toolkit does not emulate these commands.
 */
function customCommandDiagnostics(
  custom: CustomCommandRecord,
  command: AwsCommand,
  at: (word: ShellWord, message: string, code: EditorDiagnostic['code'], data?: EditorDiagnostic['data'], severity?: EditorDiagnostic['severity']) => void,
): void {
  const name = custom.path.join(' ');
  const subcommands = (custom.subcommands ?? []).map((sub) => sub.path[sub.path.length - 1] as string);
  // `aws s3 sink`: the operation word named no subcommand of a top-level command.
  if (custom.path.length === 1 && command.operation !== undefined && command.operation.expansions.length === 0 && !command.operation.text.startsWith('-')) {
    if (subcommands.length > 0) at(command.operation, `Unknown operation '${command.operation.text}' for service ${name}`, 'UNKNOWN_OPERATION', undefined, 'error');
    return;
  }
  const options = custom.arguments.filter((argument) => argument.positional !== true);
  const names = new Set(options.map((argument) => argument.name));
  for (const argument of command.arguments) {
    if (names.has(argument.name) || GLOBAL_OPTIONS_WITH_VALUE.has(argument.name) || GLOBAL_FLAGS.has(argument.name)) continue;
    const suggestions = suggest(argument.name, [...names]).map((option) => `--${option}`);
    at(argument.option, `Unknown option --${argument.name} for ${name}`, 'UNKNOWN_OPTION', { key: `--${argument.name}`, suggestions }, 'warning');
  }
  const given = new Set(command.arguments.map((argument) => argument.name));
  const missing = options.filter((argument) => argument.required === true && !given.has(argument.name)).map((argument) => `--${argument.name}`);
  // A command with subcommands (`configure`, `deploy` in ecs) is checked at its subcommand.
  if (missing.length > 0 && command.operation !== undefined && subcommands.length === 0) {
    at(command.operation, `the following arguments are required: ${missing.join(', ')}`, 'MISSING_OPTION', undefined, 'warning');
  }
}

/**
 * The words argparse would take as positionals, in order: words before the first option, the
 * words after a flag, and those after an option's one value (list options take every word).
 */
function positionalWords(command: AwsCommand, options: ReadonlyMap<string, CliOption>): ShellWord[] {
  const words = [...command.strays];
  for (const argument of command.arguments) {
    const option = options.get(argument.name);
    if (option === undefined || option.form === 'shorthand-list' || option.form === 'scalar-list') continue;
    words.push(...argument.values.slice(option.form === 'flag' ? 0 : 1));
  }
  return words;
}

function argumentDiagnostics(argument: AwsArgument, option: CliOption): EditorDiagnostic[] {
  const out: EditorDiagnostic[] = [];
  const word = (w: ShellWord, message: string, code: EditorDiagnostic['code'], severity: EditorDiagnostic['severity']): void => {
    out.push({ code, source: 'script', severity, message, offset: w.offset, length: w.length });
  };
  const { values } = argument;
  if (option.form === 'flag') {
    for (const extra of values) word(extra, `Unknown options: ${extra.text} (--${option.name} takes no value)`, 'UNKNOWN_OPTION', 'error');
    return out;
  }
  // List options take any number of words (argparse `nargs='*'`); the others exactly one, a value flag at most one.
  const list = option.form === 'shorthand-list' || option.form === 'scalar-list';
  if (values.length === 0 && !list && option.form !== 'value-flag') {
    word(argument.option, `argument --${option.name}: expected one argument`, 'MISSING_OPTION', 'error');
    return out;
  }
  if (!list) for (const extra of values.slice(1)) word(extra, `Unknown options: ${extra.text}`, 'UNKNOWN_OPTION', 'error');
  if (option.form === 'scalar' || option.form === 'scalar-list') {
    for (const value of option.form === 'scalar' ? values.slice(0, 1) : values) {
      if (value.expansions.length > 0) continue;
      const problem = scalarProblem(value.text, option.wordShape);
      if (problem === undefined) continue;
      const message = `--${option.name}: ${problem.message.replace(/ parameter input\b/, ` parameter ${option.member.name}`)}`;
      out.push({ code: problem.code, source: 'script', severity: problem.severity, message, offset: value.offset, length: value.length, ...(problem.data ? { data: problem.data } : {}) });
    }
  }
  return out;
}

/** What coercion and validation find in a plain word for a scalar shape, as the AWS CLI reads it. */
function scalarProblem(text: string, shape: Shape): Pick<EditorDiagnostic, 'code' | 'message' | 'severity' | 'data'> | undefined {
  const coerced = coerceValue(text, shape);
  const failed = coerced.issues[0];
  if (failed !== undefined) return { code: failed.code, severity: 'error', message: failed.awsCliMessage || failed.message };
  const issue = validateValue(coerced.value, shape)[0];
  if (issue === undefined) return undefined;
  return { code: issue.code, severity: issue.severity, message: issue.message, ...(issue.suggestions ? { data: { suggestions: issue.suggestions } } : {}) };
}

/* ------------------------------------------------------------------ where the cursor is */

/** What the cursor is on inside an `aws` command. */
type ScriptSpot =
  | { readonly kind: 'service' | 'operation' | 'waiter'; readonly resolved: ResolvedCommand; readonly word: ShellWord | undefined }
  | { readonly kind: 'option-name'; readonly resolved: ResolvedCommand; readonly word: ShellWord | undefined; readonly alsoValueOf?: AwsArgument }
  | { readonly kind: 'value'; readonly resolved: ResolvedCommand; readonly argument: AwsArgument; readonly word: ShellWord | undefined };

/** The command holding `offset` and the role of the word (or gap) there. */
function spotAt(analysis: ScriptAnalysis, offset: number): ScriptSpot | undefined {
  for (const resolved of analysis.commands) {
    const { command } = resolved;
    const lastWord = command.command.words[command.command.words.length - 1];
    const end = endOf(lastWord ?? command.aws);
    if (offset < endOf(command.aws) + 1 || offset > lineEndAfter(analysis.text, end)) continue;
    // The cursor is within this command (or in the blanks after it, on its line).
    if (command.service === undefined || within(command.service, offset)) return { kind: 'service', resolved, word: command.service };
    if (command.operation === undefined || within(command.operation, offset)) return { kind: 'operation', resolved, word: command.operation };
    if (offset < endOf(command.operation)) return undefined;
    if (resolved.waiterNames !== undefined) {
      // After `wait`: the waiter's name, typed or still to come.
      if (command.waiter !== undefined ? within(command.waiter, offset) : command.arguments.length === 0 && command.strays.length === 0) {
        return { kind: 'waiter', resolved, word: command.waiter };
      }
      if (command.waiter === undefined) return undefined;
    }
    for (const argument of command.arguments) {
      if (within(argument.option, offset)) {
        const eq = argument.option.text.indexOf('=');
        if (eq !== -1 && offset > sourceRange(argument.option, eq, eq + 1).offset) {
          return { kind: 'value', resolved, argument, word: argument.values[0] };
        }
        return { kind: 'option-name', resolved, word: argument.option };
      }
      for (const value of argument.values) {
        if (within(value, offset)) {
          return value.text.startsWith('-') ? { kind: 'option-name', resolved, word: value } : { kind: 'value', resolved, argument, word: value };
        }
      }
    }
    for (const stray of command.strays) if (within(stray, offset)) return { kind: 'option-name', resolved, word: stray };
    // A gap: after an option that still wants a value, that value; otherwise a new option.
    const before = [...command.arguments].reverse().find((a) => endOf(a.option) <= offset);
    if (before !== undefined) {
      const option = resolved.options.get(before.name);
      const takesMore = option !== undefined && option.form !== 'flag' && (before.values.length === 0 || option.form === 'shorthand-list' || option.form === 'scalar-list');
      // An EC2 value flag may stand alone: offer its value and the next options.
      if (takesMore && option.form === 'value-flag') return { kind: 'option-name', resolved, word: undefined, alsoValueOf: before };
      if (takesMore && before.values.length === 0) return { kind: 'value', resolved, argument: before, word: undefined };
      if (takesMore) return { kind: 'option-name', resolved, word: undefined, alsoValueOf: before };
    }
    return { kind: 'option-name', resolved, word: undefined };
  }
  return undefined;
}

/** Whether `offset` is inside `word` or at its end. */
function within(word: ShellWord, offset: number): boolean {
  return offset >= word.offset && offset <= endOf(word);
}

/** The end of the line holding `offset` (a `\` continuation joins lines). */
function lineEndAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n') i++;
  return i;
}

/* ------------------------------------------------------------------ completion */

/** Completion proposals at `offset` in the script, with edits in script offsets. */
export function completeScript(analysis: ScriptAnalysis, offset: number, models: ModelLookup): CompletionItem[] {
  const spot = spotAt(analysis, offset);
  if (spot === undefined) return [];
  switch (spot.kind) {
    case 'service': {
      // The AWS CLI's own top-level commands (`s3`, `configure`) are services to a script.
      const services = new Set([...(models.serviceNames?.() ?? []), ...customCommandNames([])]);
      return nameItems([...services].sort(), spot.word, offset, 'service');
    }
    case 'operation': {
      const service = serviceName(spot.resolved.command);
      if (service === undefined) return [];
      let names: string[] = [];
      try {
        names = availableCommands(service, models.operationNames?.(service) ?? []);
      } catch {
        names = [];
      }
      // The AWS CLI's own commands of the service (`cloudformation deploy`), then `wait`, which comes with waiters.
      names = [...names, ...customCommandNames([service]).filter((name) => !names.includes(name))];
      const waits = serviceWaiters(safeService(models, service)) !== undefined;
      return nameItems(waits ? [...names, WAIT_COMMAND] : names, spot.word, offset, 'operation');
    }
    case 'waiter':
      return nameItems(spot.resolved.waiterNames ?? [], spot.word, offset, 'waiter');
    case 'option-name': {
      const items = optionItems(spot.resolved, spot.word, offset);
      if (spot.alsoValueOf !== undefined) items.push(...valueCompletions(analysis, spot.resolved, spot.alsoValueOf, undefined, offset));
      return items;
    }
    case 'value':
      return valueCompletions(analysis, spot.resolved, spot.argument, spot.word, offset);
  }
}

function safeService(models: ModelLookup, service: string): ServiceModel | undefined {
  try {
    return models.findService?.(service);
  } catch {
    return undefined;
  }
}

function nameItems(names: readonly string[], word: ShellWord | undefined, offset: number, what: string): CompletionItem[] {
  const range = word === undefined ? { offset, length: 0 } : { offset: word.offset, length: word.length };
  return names.map((name, index) => ({
    label: name,
    kind: 'value' as const,
    detail: what,
    sortText: String(index).padStart(5, '0'),
    edit: { ...range, newText: name },
    snippet: false,
    insert: [name],
  }));
}

function optionItems(resolved: ResolvedCommand, word: ShellWord | undefined, offset: number): CompletionItem[] {
  const given = new Set(resolved.command.arguments.filter((a) => a.option !== word).map((a) => a.name));
  const range = word === undefined ? { offset, length: 0 } : { offset: word.offset, length: word.length };
  const out: CompletionItem[] = [];
  let index = 0;
  for (const option of resolved.options.values()) {
    index++;
    if (!option.documented) continue;
    if (given.has(option.name) || given.has(option.name.replace(/^no-/, '')) || given.has(`no-${option.name}`)) continue;
    const label = `--${option.name}`;
    out.push({
      label,
      kind: 'option',
      detail: `${typeLabel(option.member.shape)}${option.required ? ' · required' : ''}`,
      ...withDocumentation(documentationOf(option.member.documentation, option.member.shape.documentation)),
      sortText: `${option.required ? 0 : 1}${String(index).padStart(4, '0')}`,
      edit: { ...range, newText: label },
      snippet: false,
      insert: [label],
    });
  }
  for (const [name, description] of resolved.operation ? genericOptions(resolved.operation) : []) {
    if (given.has(name)) continue;
    out.push({ label: `--${name}`, kind: 'option', detail: description, sortText: `2${name}`, edit: { ...range, newText: `--${name}` }, snippet: false, insert: [`--${name}`] });
  }
  return out;
}

function withDocumentation(documentation: string | undefined): { documentation?: string } {
  return documentation === undefined ? {} : { documentation };
}

/** Proposals inside (or in place of) a value word of `argument`. */
function valueCompletions(analysis: ScriptAnalysis, resolved: ResolvedCommand, argument: AwsArgument, word: ShellWord | undefined, offset: number): CompletionItem[] {
  const option = resolved.options.get(argument.name);
  if (option === undefined) return [];
  if (option.form === 'shorthand' || option.form === 'shorthand-list' || option.form === 'value-flag') {
    if (word !== undefined && (word.text.trimStart().startsWith('{') || word.text.trimStart().startsWith('['))) return [];
    const embedded = word === undefined ? undefined : analysis.values.find((v) => v.word === word);
    const shorthand = embedded?.analysis ?? analyse(word?.text ?? '', option.wordShape);
    const index = word === undefined ? 0 : textIndex(word, offset);
    return completeAnalysis(shorthand, index).map((item) => toScript(item, word, offset));
  }
  if (option.form === 'scalar' || option.form === 'scalar-list') {
    const shape = option.wordShape;
    const values = shape.kind === 'string' ? (shape.enum ?? []) : shape.kind === 'boolean' ? ['true', 'false'] : [];
    return values.map((value, i) =>
      toScript(
        { label: value, kind: 'enum', detail: typeLabel(shape), sortText: String(i).padStart(4, '0'), edit: { offset: 0, length: word?.text.length ?? 0, newText: value }, snippet: false, insert: [value] },
        word,
        offset,
      ),
    );
  }
  return [];
}

/**
 * A completion computed on a word's text, moved to the script: its range mapped through the
 * word's source map and its literal text escaped for the quoting at the cursor. An unquoted
 * word is quoted whole with `'…'` when the insertion needs quoting.
 */
function toScript(item: CompletionItem, word: ShellWord | undefined, offset: number): CompletionItem {
  const { edit } = item;
  if (word === undefined) {
    const needsQuotes = needsEscape(item.insert, 'none');
    const parts = needsQuotes ? ["'", ...escapeParts(item.insert, 'single'), "'"] : item.insert;
    return finish(item, parts, { offset, length: 0 });
  }
  const range = sourceRange(word, edit.offset, edit.offset + edit.length);
  const quote: QuoteContext = quoteAt(word, edit.length === 0 ? offset : range.offset);
  if (quote === 'none' && needsEscape(item.insert, 'none') && word.quotes.length === 0 && word.expansions.length === 0) {
    // Quote the whole word: `Da` → `'DataSource={$1}'` reads better than backslashes.
    const before = escapeForShell(word.text.slice(0, edit.offset), 'single');
    const after = escapeForShell(word.text.slice(edit.offset + edit.length), 'single');
    const parts = [`'${before}`, ...escapeParts(item.insert, 'single'), `${after}'`];
    // The editor matches what is typed from the word's start, so the filter text must start there too.
    return { ...finish(item, parts, { offset: word.offset, length: word.length }), filterText: `${word.text.slice(0, edit.offset)}${item.label}` };
  }
  return finish(item, escapeParts(item.insert, quote), { offset: range.offset, length: range.length });
}

/** Whether any literal text of `parts` needs escaping where `quote` is in force. */
function needsEscape(parts: readonly SnippetPart[], quote: QuoteContext): boolean {
  return parts.some((part) => (typeof part === 'string' ? [part] : (part.choices ?? [])).some((text) => escapeForShell(text, quote) !== text));
}

/** `parts` with literal text and choices escaped for `quote`. */
function escapeParts(parts: readonly SnippetPart[], quote: QuoteContext): SnippetPart[] {
  return parts.map((part) => {
    if (typeof part === 'string') return escapeForShell(part, quote);
    return part.choices === undefined ? part : { ...part, choices: part.choices.map((choice) => escapeForShell(choice, quote)) };
  });
}

function finish(item: CompletionItem, parts: readonly SnippetPart[], range: { offset: number; length: number }): CompletionItem {
  const snippet = hasTabStop(parts);
  const newText = snippet ? renderSnippet(parts) : parts.join('');
  return { ...item, edit: { ...range, newText }, snippet, insert: parts };
}

/* ------------------------------------------------------------------ hover */

/** Hover at `offset` in the script, in script offsets. */
export function hoverScript(analysis: ScriptAnalysis, offset: number): HoverInfo | undefined {
  const spot = spotAt(analysis, offset);
  if (spot === undefined || spot.word === undefined) return undefined;
  const { word } = spot;
  if (spot.kind === 'operation') {
    const operation = spot.resolved.operation;
    if (operation === undefined) return undefined;
    const docs = documentationOf(operation.documentation);
    return { contents: [`**${spot.resolved.command.service?.text ?? ''} ${word.text}** · \`${operation.name}\``, docs].filter(Boolean).join('\n\n'), offset: word.offset, length: word.length };
  }
  if (spot.kind === 'option-name') {
    const name = word.text.replace(/^--/, '').split('=', 1)[0] as string;
    const option = spot.resolved.options.get(name);
    if (option === undefined) return undefined;
    return { contents: optionHover(option), offset: word.offset, length: word.length };
  }
  if (spot.kind !== 'value') return undefined;
  const option = spot.resolved.options.get(spot.argument.name);
  if (option === undefined) return undefined;
  const reading = readingLine(option, spot.argument, word);
  const embedded = analysis.values.find((v) => v.word === word);
  if (embedded !== undefined) {
    const found = hoverAnalysis(embedded.analysis, textIndex(word, offset));
    if (found === undefined) return undefined;
    const range = sourceRange(word, found.offset, found.offset + found.length);
    // Name the path as the AWS CLI does in the whole request: from the member.
    const contents = found.contents.replace(/^\*\*(.*?)\*\*/, (_all, path: string) => `**${memberPath(option.member.name, path === '(value)' ? '' : path)}**`);
    return { contents: `\`--${option.name}\` › ${contents}${reading}`, offset: range.offset, length: range.length };
  }
  return { contents: `${optionHover(option)}${reading}`, offset: word.offset, length: word.length };
}

/** How the AWS CLI reads `word` of `argument` (JSON, shorthand, as it is) and why, as a hover paragraph. */
function readingLine(option: CliOption, argument: AwsArgument, word: ShellWord): string {
  const index = Math.max(0, argument.values.indexOf(word));
  const words = { texts: argument.values.map((w) => w.text), startsWithExpansion: argument.values.map((w) => w.expansions.some((e) => e.offset === 0)) };
  const { reading, reason } = explainReading(option, words, index);
  const label = READING_LABELS[reading];
  return `\n\n*${label.charAt(0).toUpperCase()}${label.slice(1)}*: ${reason}`;
}

function optionHover(option: CliOption): string {
  const shape = option.member.shape;
  const head = [`**--${option.name}**`, `\`${typeLabel(shape)}\``, `member \`${option.member.name}\``];
  if (option.required) head.push('required');
  const lines = [head.join(' · ')];
  const facts: string[] = [];
  const limits = constraints(shape).concat(option.wordShape === shape ? [] : constraints(option.wordShape));
  if (limits.length > 0) facts.push(`Constraints: ${limits.join(', ')}`);
  const scalar = option.wordShape;
  if (scalar.kind === 'string' && scalar.enum !== undefined && scalar.enum.length > 0) facts.push(`Values: ${scalar.enum.map((v) => `\`${v}\``).join(' | ')}`);
  const form = {
    shorthand: 'shorthand or JSON',
    'shorthand-list': 'shorthand words (one per item), or JSON',
    scalar: 'one value',
    'scalar-list': 'values (one per item)',
    flag: 'a flag',
    'value-flag': 'a flag, or shorthand `Value=true|false`',
    json: 'JSON only',
  }[option.form];
  facts.push(`Takes ${form}`);
  lines.push(facts.join('  \n'));
  const docs = documentationOf(option.member.documentation, shape.documentation);
  if (docs !== undefined) lines.push(docs);
  return lines.join('\n\n');
}
