/**
 * `aws-shorthand check [options] FILE... | -`: lint the AWS CLI commands of shell scripts, as the
 * language server does in an editor, for CI. Findings are printed as text, JSON, SARIF or GitHub
 * workflow annotations; `--fix` rewrites the scripts with the findings' fixes and `--diff`
 * prints those rewrites instead. Exit status: 0 without findings at or above `--severity`, 1
 * with, 2 on usage errors and unreadable files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DIALECT, isDialect } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import { FINDING_SEVERITIES } from '../../editor/lint/finding.js';
import type { Finding, FindingSeverity, LintContext } from '../../editor/lint/finding.js';
import { EXPLAIN_RULE, EXPLAIN_RULE_ID, explainFindings } from '../../editor/lint/explain.js';
import { ALL_RULES, applyFixes, lintAnalysis, rememberingModels } from '../../editor/lint/index.js';
import { analyseScript } from '../../editor/script.js';
import { ModelRegistry } from '../../model/index.js';
import { unifiedDiff } from '../check/diff.js';
import { collectScripts } from '../check/files.js';
import type { ScriptSource } from '../check/files.js';
import { CHECK_FORMATS, formatGithub, formatText, isCheckFormat, jsonFinding, jsonFix } from '../check/formats.js';
import type { CheckFormat } from '../check/formats.js';
import { locateFindings, Locator } from '../check/report.js';
import type { CheckedFile, LocatedFinding } from '../check/report.js';
import { sarifLog } from '../check/sarif.js';
import { expandPath } from '../file-reader.js';
import { decodeUtf8, EXIT, readStdinText, startsWithBom } from '../io.js';
import type { CliIo } from '../io.js';
import { pythonOsError } from '../os-errors.js';
import { packageVersion } from './operation.js';

const USAGE = `usage: aws-shorthand check [options] FILE... | -

Checks the AWS CLI commands in shell scripts: unknown services, operations and options,
missing required options, shorthand and JSON errors, values the AWS CLI or botocore refuse,
enum values, and file:// paths that do not exist. A directory is searched for shell scripts
(*.sh, *.bash, *.ksh, *.zsh, or a #! line naming a shell); - reads a script from stdin.

options:
  --format text|json|sarif|github   output format (default: text)
  --severity error|warning|info|style
                                    report findings this severe or more (default: warning)
  --upgrade                         also report what changes when the script runs on AWS CLI v2
  --dialect v1|v2                   the AWS CLI the script is written for (default: v1)
  --data-path DIR                   read service models from DIR (botocore layout); repeatable
  --fix                             rewrite the files with the findings' fixes, then report the rest
  --explain                         also note, for each option value, whether the AWS CLI reads
                                    it as JSON, shorthand or as it is, and why (rule
                                    explain-reading, severity info: shown whatever --severity,
                                    never counted in the exit status)
  --diff                            print the fixes as a unified diff instead of findings
  --list-rules                      list every rule (with --format json: as JSON)
  -h, --help                        show this help

Suppress findings with a comment on the line before a command, or at the end of its line:
  # aws-shorthand disable=RULE[,RULE]      (or disable=all)

exit status: 0 when nothing at or above --severity is found (with --diff: nothing to fix),
1 when something is, 2 on usage errors and unreadable files.
`;

/** The rules `--list-rules` and SARIF's rule table name: the lint rules, and the notes of `--explain`. */
const CHECK_RULES = [...ALL_RULES, EXPLAIN_RULE];

/** How many times `--fix` re-lints and applies fixes whose edits overlapped an earlier one's. */
const MAX_FIX_PASSES = 10;

/** The parsed options of one run. */
interface CheckOptions {
  readonly format: CheckFormat;
  readonly severity: FindingSeverity;
  readonly upgrade: boolean;
  readonly dialect: Dialect;
  readonly dataPath: readonly string[];
  readonly fix: boolean;
  readonly diff: boolean;
  readonly explain: boolean;
}

/** A script read for checking. */
interface ReadScript {
  readonly source: ScriptSource;
  readonly text: string;
  /** Whether the file began with a UTF-8 byte order mark (left out of `text`, written back by `--fix`). */
  readonly bom: boolean;
}

/** Run `check`; resolves to the exit status. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        severity: { type: 'string' },
        upgrade: { type: 'boolean' },
        dialect: { type: 'string' },
        'data-path': { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        diff: { type: 'boolean' },
        explain: { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  const format = values.format ?? 'text';
  if (!isCheckFormat(format)) return usageError(io, `--format must be one of ${CHECK_FORMATS.join(', ')}, not ${JSON.stringify(format)}`);
  const severity = values.severity ?? 'warning';
  if (!(FINDING_SEVERITIES as readonly string[]).includes(severity)) {
    return usageError(io, `--severity must be one of ${FINDING_SEVERITIES.join(', ')}, not ${JSON.stringify(severity)}`);
  }
  const dialect = values.dialect ?? DEFAULT_DIALECT;
  if (!isDialect(dialect)) return usageError(io, `--dialect must be v1 or v2, not ${JSON.stringify(dialect)}`);
  if (values['list-rules'] === true) {
    io.stdout.write(format === 'json' ? `${JSON.stringify({ rules: CHECK_RULES }, null, 2)}\n` : listRules());
    return EXIT.OK;
  }
  if (values.fix === true && values.diff === true) return usageError(io, '--fix and --diff cannot be used together');
  // --diff prints only the rewrites: there is no report to append the notes to.
  if (values.explain === true && values.diff === true) return usageError(io, '--explain and --diff cannot be used together');
  if (positionals.length === 0) return usageError(io, 'no script given (name files, directories, or - for stdin)');
  if (values.fix === true && positionals.includes('-')) return usageError(io, '--fix cannot rewrite stdin (use --diff)');
  const options: CheckOptions = {
    format,
    severity: severity as FindingSeverity,
    upgrade: values.upgrade === true,
    dialect,
    dataPath: values['data-path'] ?? [],
    fix: values.fix === true,
    diff: values.diff === true,
    explain: values.explain === true,
  };
  return check(positionals, options, io);
}

/** Check every script `args` names and print the report; resolves to the exit status. */
async function check(args: readonly string[], options: CheckOptions, io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const collected = collectScripts(args, cwd);
  let failed = collected.errors.length > 0;
  for (const error of collected.errors) io.stderr.write(`aws-shorthand check: ${error}\n`);
  // One registry for every script: each service's model is loaded once for the whole run.
  const models = rememberingModels(ModelRegistry.fromEnvironment({ dataPath: options.dataPath, env }));
  const serviceNames = models.serviceNames?.() ?? [];
  const files: CheckedFile[] = [];
  const fixesOf = new Map<LocatedFinding, ReturnType<typeof jsonFix>>();
  let diffs = 0;
  let stdinText: Promise<ReadScript | string> | undefined;
  for (const source of collected.scripts) {
    const read = source.path === undefined ? await (stdinText ??= readStdin(io, source)) : readScript(source);
    if (typeof read === 'string') {
      io.stderr.write(`aws-shorthand check: ${read}\n`);
      failed = true;
      continue;
    }
    const context: LintContext = {
      dialect: options.dialect,
      upgrade: options.upgrade,
      serviceNames,
      fileExists: fileChecker(source.path === undefined ? cwd : dirname(source.path), env),
    };
    // The analysis is kept for --explain's notes, which read the same commands.
    let analysis = analyseScript(read.text, models, options.dialect);
    const lint = (text: string): Finding[] => {
      if (text !== analysis.text) analysis = analyseScript(text, models, options.dialect);
      return lintAnalysis(analysis, context, { severity: options.severity });
    };
    let text = read.text;
    let findings = lint(text);
    if (options.fix || options.diff) {
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixed = applyFixes(text, findings);
        if (fixed.applied.length === 0) break;
        text = fixed.text;
        findings = lint(text);
      }
      if (options.diff) {
        const diff = unifiedDiff(source.name, read.text, text);
        if (diff !== '') {
          io.stdout.write(diff);
          diffs++;
        }
        continue;
      }
      if (text !== read.text && source.path !== undefined) {
        try {
          writeFileSync(source.path, read.bom ? `\uFEFF${text}` : text);
        } catch (error) {
          io.stderr.write(`aws-shorthand check: cannot write ${source.name}: ${osMessage(error, source.name)}\n`);
          failed = true;
        }
      }
    }
    if (options.explain) findings = withNotes(findings, explainFindings(analysis, context));
    const locator = new Locator(text);
    const located = locateFindings(source.name, locator, findings);
    for (const entry of located) if (entry.finding.fix !== undefined) fixesOf.set(entry, jsonFix(entry.finding.fix, locator));
    files.push({ file: source.name, findings: located });
  }
  if (options.diff) return failed ? EXIT.USAGE : diffs > 0 ? EXIT.INPUT_ERROR : EXIT.OK;
  io.stdout.write(render(files, options.format, (entry) => fixesOf.get(entry)));
  if (failed) return EXIT.USAGE;
  // --explain's notes are explanations, not problems: they never fail a run.
  return files.some((file) => file.findings.some((entry) => entry.finding.rule !== EXPLAIN_RULE_ID)) ? EXIT.INPUT_ERROR : EXIT.OK;
}

/** `findings` and `notes` in one list in script order (a note after the findings at its offset). */
function withNotes(findings: readonly Finding[], notes: readonly Finding[]): Finding[] {
  return [...findings, ...notes].sort((a, b) => a.offset - b.offset || Number(a.rule === EXPLAIN_RULE_ID) - Number(b.rule === EXPLAIN_RULE_ID));
}

/** The report of `files` in `format`. */
function render(files: readonly CheckedFile[], format: CheckFormat, fixOf: (entry: LocatedFinding) => ReturnType<typeof jsonFix> | undefined): string {
  switch (format) {
    case 'text':
      return formatText(files);
    case 'github':
      return formatGithub(files);
    case 'json': {
      const findings = files.flatMap((file) => file.findings.map((entry) => jsonFinding(entry, fixOf(entry))));
      return `${JSON.stringify({ findings }, null, 2)}\n`;
    }
    case 'sarif':
      return `${JSON.stringify(sarifLog(files, { rules: CHECK_RULES, toolVersion: packageVersion(), fixOf, uriOf: artifactUri }), null, 2)}\n`;
  }
}

/** A file name as a SARIF artifact URI: relative names stay relative (to `%SRCROOT%`), with `/`. */
function artifactUri(file: string): string {
  if (file === '-') return 'stdin';
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).filter((part) => part !== '.').map(encodeURIComponent).join('/');
}

/** The rules as a table: id, family, severity and summary. */
function listRules(): string {
  const width = Math.max(...CHECK_RULES.map((rule) => rule.id.length));
  return CHECK_RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.family.padEnd(7)}  ${rule.severity.padEnd(7)}  ${rule.summary}${rule.migration === undefined ? '' : ` (${rule.migration})`}\n`).join('');
}

/** A script file's text, or why it cannot be read. */
function readScript(source: ScriptSource): ReadScript | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(source.path as string);
  } catch (error) {
    return `cannot read ${source.name}: ${osMessage(error, source.name)}`;
  }
  const bom = startsWithBom(bytes);
  const text = decodeUtf8(bom ? bytes.subarray(3) : bytes);
  if (text === undefined) return `cannot read ${source.name}: not UTF-8 text`;
  return { source, text, bom };
}

/** The script on stdin (an empty stdin is an empty script), or why it cannot be read. */
async function readStdin(io: CliIo, source: ScriptSource): Promise<ReadScript | string> {
  const read = await readStdinText(io.stdin);
  if (read.ok) return { source, text: read.text, bom: false };
  return read.error.code === 'NO_INPUT' ? { source, text: '', bom: false } : `cannot read stdin: ${read.error.message}`;
}

/** An OS error's message as Python prints it when the code is known, else Node's. */
function osMessage(error: unknown, path: string): string {
  return pythonOsError(error, path) ?? (error as Error).message;
}

/**
 * Whether a `file://` path exists, as the AWS CLI would open it when run from the script's
 * folder: `~` and `$VAR` expanded, a path still holding an unset variable taken as existing.
 */
function fileChecker(base: string, env: NodeJS.ProcessEnv): (path: string) => boolean {
  const seen = new Map<string, boolean>();
  return (path) => {
    const expanded = expandPath(path, env);
    if (expanded.includes('$')) return true;
    const full = isAbsolute(expanded) ? expanded : join(base, expanded);
    let exists = seen.get(full);
    if (exists === undefined) seen.set(full, (exists = existsSync(full)));
    return exists;
  };
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`aws-shorthand check: ${message}\n${USAGE}`);
  return EXIT.USAGE;
}
