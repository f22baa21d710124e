/**
 * The `core` rules: what the AWS CLI would reject or warn about, per command. Most findings are
 * the script analysis's diagnostics (`diagnoseScript`) under a stable rule id; this module adds
 * what the editor does not check: unknown services, JSON option values (their syntax and
 * botocore's validation of what they hold) and `file://` paths that do not exist.
 */
import { parseJsonTree } from '../json-tree.js';
import { customCommandNames } from '../../awscli/custom-commands.js';
import { operationKey, paramfileDisabled } from '../../awscli/option-rules.js';
import { suggest } from '../../model/suggest.js';
import { validateValue } from '../../model/validate.js';
import { inRequest } from '../script.js';
import { scriptDiagnostics } from './diagnostics.js';
import type { ResolvedCommand, ScriptAnalysis } from '../script.js';
import type { CliOption } from '../shell/cli-options.js';
import { sourceRange } from '../shell/words.js';
import type { ShellWord } from '../shell/words.js';
import type { EditorDiagnostic, EditorDiagnosticCode } from '../types.js';
import type { Finding, FindingFix, LintContext, RuleInfo } from './finding.js';

/** The core rules' descriptions. */
export const CORE_RULES: readonly RuleInfo[] = [
  { id: 'shell-syntax', severity: 'error', summary: 'The shell cannot read the script: an unterminated quote, `$(` or backquote.', family: 'core' },
  { id: 'unknown-service', severity: 'error', summary: 'The command names a service the AWS CLI does not have (a likely typo of a known one).', family: 'core' },
  { id: 'unchecked-service', severity: 'info', summary: 'No model for the service is loaded, so its commands are not checked (add models with --data-path).', family: 'core' },
  { id: 'unknown-operation', severity: 'error', summary: 'The service has no such operation (or no such waiter after `wait`).', family: 'core' },
  { id: 'unknown-option', severity: 'warning', summary: 'The operation takes no option of that name.', family: 'core' },
  { id: 'unexpected-argument', severity: 'error', summary: 'A word that belongs to no option (the AWS CLI fails with `Unknown options`).', family: 'core' },
  { id: 'missing-required-option', severity: 'warning', summary: 'A required option of the operation is not given.', family: 'core' },
  { id: 'missing-option-value', severity: 'error', summary: 'An option that takes a value is given without one.', family: 'core' },
  { id: 'shorthand-syntax', severity: 'error', summary: 'An option value is not valid shorthand syntax.', family: 'core' },
  { id: 'json-syntax', severity: 'error', summary: 'An option value that the AWS CLI reads as JSON is not valid JSON.', family: 'core' },
  { id: 'invalid-value', severity: 'error', summary: 'A value the AWS CLI cannot convert to its type (`--max-results abc`).', family: 'core' },
  { id: 'invalid-type', severity: 'error', summary: 'A value of the wrong type for its parameter (a list where a string is wanted).', family: 'core' },
  { id: 'unknown-key', severity: 'error', summary: 'A structure member the parameter does not have.', family: 'core' },
  { id: 'missing-required-key', severity: 'error', summary: 'A required member of a structure is missing.', family: 'core' },
  { id: 'invalid-range', severity: 'error', summary: 'A number below the minimum the model allows.', family: 'core' },
  { id: 'invalid-length', severity: 'error', summary: 'A string or list shorter than the model allows.', family: 'core' },
  { id: 'invalid-union', severity: 'error', summary: 'A union given no member, or more than one.', family: 'core' },
  { id: 'invalid-enum', severity: 'warning', summary: "A value outside the parameter's enum (the AWS CLI sends it; the service is likely to refuse it).", family: 'core' },
  { id: 'invalid-base64', severity: 'error', summary: 'Under AWS CLI v2, a blob value given as text that is not base64 (v2 refuses the command).', family: 'core' },
  { id: 'unknown-dialect', severity: 'warning', summary: 'A `# dialect:` comment names neither v1 nor v2.', family: 'core' },
  { id: 'missing-file', severity: 'warning', summary: 'A `file://` or `fileb://` value names a file that does not exist relative to the script.', family: 'core' },
];

/** The rule each diagnostic code of the script analysis is reported under (two codes split by severity, see `ruleOf`). */
const RULE_OF_CODE: Readonly<Record<Exclude<EditorDiagnosticCode, 'UNKNOWN_OPTION' | 'MISSING_OPTION'>, string>> = {
  SHELL_SYNTAX: 'shell-syntax',
  UNKNOWN_OPERATION: 'unknown-operation',
  SYNTAX: 'shorthand-syntax',
  INVALID_INTEGER: 'invalid-value',
  INTEGER_TOO_LONG: 'invalid-value',
  INVALID_FLOAT: 'invalid-value',
  EXPECTED_SCALAR: 'invalid-value',
  DOCUMENT_NOT_SUPPORTED: 'invalid-value',
  INVALID_VALUE: 'invalid-value',
  INVALID_TYPE: 'invalid-type',
  INVALID_DOCUMENT_TYPE: 'invalid-type',
  UNKNOWN_KEY: 'unknown-key',
  MISSING_REQUIRED: 'missing-required-key',
  INVALID_RANGE: 'invalid-range',
  INVALID_LENGTH: 'invalid-length',
  UNION_MULTIPLE: 'invalid-union',
  UNION_EMPTY: 'invalid-union',
  INVALID_ENUM: 'invalid-enum',
  TOO_MANY_DIAGNOSTICS: 'too-many-findings',
  INVALID_BASE64: 'invalid-base64',
  UNKNOWN_DIALECT: 'unknown-dialect',
  // Skipped by coreFindings (the upgrade family reports it); named for completeness of the table.
  BLOB_READ_AS_BASE64_IN_V2: 'v2-binary-param',
};

/**
 * The rule of a diagnostic. The analysis uses one code for two things each: an unknown option
 * name (a warning: customisations add options no model lists) and a word argparse cannot place
 * (an error), a missing required option (a warning) and an option without its value (an error).
 */
export function ruleOf(diagnostic: EditorDiagnostic): string {
  if (diagnostic.code === 'UNKNOWN_OPTION') return diagnostic.severity === 'warning' ? 'unknown-option' : 'unexpected-argument';
  if (diagnostic.code === 'MISSING_OPTION') return diagnostic.severity === 'warning' ? 'missing-required-option' : 'missing-option-value';
  return RULE_OF_CODE[diagnostic.code];
}

/** Findings of the core rules for every command of `analysis`. */
export function coreFindings(analysis: ScriptAnalysis, context: LintContext): Finding[] {
  const out: Finding[] = [];
  const locate = commandLocator(analysis);
  for (const diagnostic of scriptDiagnostics(analysis, context.dialect)) {
    // Under v1 the analysis notes how v2 would read each blob; `check` reports that through the
    // upgrade family (`v2-binary-param`, with the migration anchor), only when asked.
    if (diagnostic.code === 'BLOB_READ_AS_BASE64_IN_V2') continue;
    const command = locate(diagnostic.offset, diagnostic.length);
    const fix = suggestionFix(analysis.text, diagnostic);
    out.push({
      rule: ruleOf(diagnostic),
      severity: diagnostic.severity,
      message: diagnostic.message,
      offset: diagnostic.offset,
      length: diagnostic.length,
      ...(command === undefined ? {} : { command }),
      ...(fix === undefined ? {} : { fix }),
    });
  }
  const unchecked = new Set<string>();
  analysis.commands.forEach((resolved, index) => {
    out.push(...serviceFindings(resolved, index, context, unchecked));
    out.push(...jsonFindings(resolved, index));
    if (context.fileExists !== undefined) out.push(...fileFindings(resolved, index, context));
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * A function from a range to the index of the innermost command holding it. Commands come
 * sorted by offset; one inside `$(…)` lies within an outer one, so the search walks back from
 * the last command starting at or before the range to the first that also covers its end.
 */
function commandLocator(analysis: ScriptAnalysis): (offset: number, length: number) => number | undefined {
  const starts = analysis.commands.map((resolved) => resolved.command.command.offset);
  return (offset, length) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] as number) <= offset) low = middle + 1;
      else high = middle;
    }
    for (let i = low - 1; i >= 0; i--) {
      const { command } = (analysis.commands[i] as ResolvedCommand).command;
      if (command.offset + command.length >= offset + length) return i;
    }
    return undefined;
  };
}

/** Word characters a replacement may hold without any quoting in any shell context. */
const PLAIN = /^[A-Za-z0-9_.:/@+-]+$/;

/**
 * For an unknown key, option or enum value with exactly one close candidate: the fix that puts
 * the candidate in its place, when the source text there is the name itself (no quotes or
 * escapes inside it that a plain replacement would break).
 */
function suggestionFix(text: string, diagnostic: EditorDiagnostic): FindingFix | undefined {
  const suggestions = diagnostic.data?.suggestions;
  if (suggestions === undefined || suggestions.length !== 1) return undefined;
  const source = text.slice(diagnostic.offset, diagnostic.offset + diagnostic.length);
  let name = suggestions[0] as string;
  let length = diagnostic.length;
  if (diagnostic.code === 'UNKNOWN_OPTION') {
    const key = diagnostic.data?.key;
    // `--name` or `--name=value`: only the name is replaced.
    if (key === undefined || !(source === key || source.startsWith(`${key}=`))) return undefined;
    length = key.length;
  } else if (diagnostic.code === 'UNKNOWN_KEY') {
    if (source !== diagnostic.data?.key) return undefined;
  } else if (diagnostic.code !== 'INVALID_ENUM' || !PLAIN.test(source)) {
    return undefined;
  }
  name = name.trim();
  if (!PLAIN.test(name)) return undefined;
  return { title: `Replace with '${name}'`, edits: [{ offset: diagnostic.offset, length, newText: name }] };
}

/** Words that stand for something the script computes: their text is not known statically. */
function isComputed(word: ShellWord): boolean {
  return word.expansions.length > 0;
}

/**
 * An unknown service: an error when it is close to a known one (a typo), otherwise `info`
 * once per service and script, since the models at hand may simply not include it.
 */
function serviceFindings(resolved: ResolvedCommand, index: number, context: LintContext, unchecked: Set<string>): Finding[] {
  const word = resolved.command.service;
  if (word === undefined || resolved.serviceKnown || resolved.custom !== undefined || isComputed(word)) return [];
  if (word.text.startsWith('-') || word.text === 'help') return [];
  const known = [...(context.serviceNames ?? []), ...customCommandNames([], context.dialect)];
  const candidates = suggest(word.text, known);
  const at = { offset: word.offset, length: word.length, command: index };
  if (candidates.length > 0) {
    const fix = candidates.length === 1 && PLAIN.test(candidates[0] as string) && word.text.length === word.length ? { title: `Replace with '${candidates[0] as string}'`, edits: [{ offset: word.offset, length: word.length, newText: candidates[0] as string }] } : undefined;
    const message = `Unknown service '${word.text}'; did you mean ${candidates.map((name) => `'${name}'`).join(' or ')}?`;
    return [{ rule: 'unknown-service', severity: 'error', message, ...at, ...(fix === undefined ? {} : { fix }) }];
  }
  if (unchecked.has(word.text)) return [];
  unchecked.add(word.text);
  return [{ rule: 'unchecked-service', severity: 'info', message: `No model for service '${word.text}' is loaded: its commands are not checked`, ...at }];
}

/* ------------------------------------------------------------------ JSON values */

/** Option forms whose value words the AWS CLI reads as JSON when they start with `{` or `[`. */
const JSON_CAPABLE = new Set<CliOption['form']>(['shorthand', 'shorthand-list', 'value-flag', 'json']);

/**
 * JSON option values: their syntax (as Python's `json.loads` reports it) and botocore's validation of what they hold. The analysis reads
 * shorthand only; these words it leaves alone.
 */
function jsonFindings(resolved: ResolvedCommand, index: number): Finding[] {
  const out: Finding[] = [];
  for (const argument of resolved.command.arguments) {
    const option = resolved.options.get(argument.name);
    if (option === undefined || !JSON_CAPABLE.has(option.form)) continue;
    const first = argument.values[0];
    if (first === undefined) continue;
    const opening = first.text.trimStart()[0];
    const isJson = opening === '{' || opening === '[' || (option.form === 'json' && !/^(fileb?|https?):\/\//.test(first.text));
    if (!isJson) continue;
    // A list option given `[…]` takes the whole list from the one word; `{…} {…}` one item per word.
    const whole = option.form === 'shorthand-list' && opening === '[';
    const words = option.form === 'shorthand-list' && !whole ? argument.values : [first];
    for (const word of words) {
      if (isComputed(word)) continue;
      const read = readJson(word.text);
      if (!read.ok) {
        const range = sourceRange(word, Math.min(read.position, Math.max(0, word.text.length - 1)), Math.min(read.position + 1, word.text.length));
        out.push({ rule: 'json-syntax', severity: 'error', message: `--${option.name}: Invalid JSON: ${read.message}`, offset: range.offset, length: Math.max(range.length, 1), command: index });
        continue;
      }
      const shape = whole ? option.member.shape : option.wordShape;
      for (const issue of validateValue(read.value, shape)) {
        const diagnostic = inRequest(
          { code: issue.code, source: 'validation', severity: issue.severity, message: issue.message, offset: word.offset, length: word.length, path: issue.path },
          option,
        );
        out.push({ rule: ruleOf(diagnostic), severity: diagnostic.severity, message: diagnostic.message, offset: word.offset, length: word.length, command: index });
      }
    }
  }
  return out;
}

/** The outcome of reading a JSON word: the value, or where (index in the text) and why it fails. */
type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string; readonly position: number };

/**
 * `text` read as JSON the way Python's `json.loads` reads it: the syntax error (Python's message
 * and position) from `parseJsonTree`; the value, for validation, from `JSON.parse` with Python's
 * `NaN`/`Infinity` words taken as numbers (validation looks at types and sizes, not digits).
 */
function readJson(text: string): JsonRead {
  const tree = parseJsonTree(text);
  if (!tree.ok) return { ok: false, message: tree.error.message, position: tree.error.offset };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: true, value: JSON.parse(text.replace(/-?\b(NaN|Infinity)\b/g, '0')) };
  }
}

/* ------------------------------------------------------------------ file:// paths */

const FILE_PREFIX = /^fileb?:\/\//;

/** `file://` and `fileb://` values whose file does not exist, for options the AWS CLI loads files for. */
function fileFindings(resolved: ResolvedCommand, index: number, context: LintContext): Finding[] {
  const exists = context.fileExists;
  if (exists === undefined) return [];
  const out: Finding[] = [];
  const { command } = resolved;
  for (const argument of command.arguments) {
    for (const word of argument.values) {
      const prefix = FILE_PREFIX.exec(word.text)?.[0];
      if (prefix === undefined || isComputed(word) || !loadsFiles(resolved, argument.name, context)) continue;
      const path = word.text.slice(prefix.length);
      if (path === '' || exists(path)) continue;
      out.push({ rule: 'missing-file', severity: 'warning', message: `--${argument.name}: no file ${path} (relative to the script)`, offset: word.offset, length: word.length, command: index });
    }
  }
  return out;
}

/** Whether the AWS CLI loads `file://` values of the option `name` on this command (it exempts some). */
function loadsFiles(resolved: ResolvedCommand, name: string, context: LintContext): boolean {
  const { custom, model, command } = resolved;
  if (custom !== undefined) return !paramfileDisabled('custom', custom.path[custom.path.length - 1] as string, name, context.dialect);
  const service = command.service?.text;
  if (model === undefined || service === undefined || resolved.operation === undefined) return true;
  // By the model's name, which the key finds at once (a CLI name means a search of every operation).
  const key = operationKey(service, model, resolved.operation.name);
  return !paramfileDisabled(key.serviceEventName, key.operation, name, context.dialect) && !paramfileDisabled(key.service, key.operation, name, context.dialect);
}
