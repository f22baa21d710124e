/**
 * `check`'s output formats besides SARIF: `text` (ShellCheck's `gcc` format,
 * `file:line:col: severity: message [rule]`), `json` (one object, `{"findings": [...]}`) and
 * `github` (workflow commands that GitHub Actions shows as annotations).
 */
import type { FindingFix } from '../../editor/lint/finding.js';
import type { CheckedFile, LocatedFinding, Locator } from './report.js';

/** The output formats of `check`. */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** One of `CHECK_FORMATS`. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Whether `text` names an output format. */
export function isCheckFormat(text: string): text is CheckFormat {
  return (CHECK_FORMATS as readonly string[]).includes(text);
}

/** The `text` format: one line per finding. */
export function formatText(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const located of file.findings) {
      const { finding } = located;
      lines.push(`${located.file}:${located.line}:${located.column}: ${finding.severity}: ${oneLine(finding.message)} [${finding.rule}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A fix as the `json` format writes it: its edits with offsets and with lines and columns. */
export interface JsonFix {
  readonly title: string;
  readonly edits: ReadonlyArray<{
    readonly offset: number;
    readonly length: number;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly newText: string;
  }>;
}

/** A fix with its edits located in the script by `locator`. */
export function jsonFix(fix: FindingFix, locator: Locator): JsonFix {
  return {
    title: fix.title,
    edits: fix.edits.map((edit) => {
      const start = locator.at(edit.offset);
      const end = locator.at(edit.offset + edit.length);
      return { offset: edit.offset, length: edit.length, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, newText: edit.newText };
    }),
  };
}

/** The `json` format's entry for one finding. */
export function jsonFinding(located: LocatedFinding, fix: JsonFix | undefined): Record<string, unknown> {
  const { finding } = located;
  return {
    file: located.file,
    line: located.line,
    column: located.column,
    endLine: located.endLine,
    endColumn: located.endColumn,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    ...(finding.migration === undefined ? {} : { migration: finding.migration }),
    ...(finding.nested === undefined ? {} : { nested: finding.nested }),
    ...(fix === undefined ? {} : { fix }),
  };
}

/** The annotation level GitHub has for each severity (it has no `style`). */
const GITHUB_LEVEL = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' } as const;

/** The `github` format: one `::error file=…,line=…::message` workflow command per finding. */
export function formatGithub(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const located of file.findings) {
      const { finding } = located;
      const properties = [
        `file=${githubProperty(located.file)}`,
        `line=${located.line}`,
        `col=${located.column}`,
        `endLine=${located.endLine}`,
        `endColumn=${located.endColumn}`,
        `title=${githubProperty(finding.rule)}`,
      ].join(',');
      lines.push(`::${GITHUB_LEVEL[finding.severity]} ${properties}::${githubData(finding.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A workflow command's message, escaped as the runner's toolkit escapes it. */
function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: the message escapes plus `:` and `,`. */
function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A message on one line (the `text` format is line-oriented). */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}
