/**
 * Findings located for output: the editor layer's offsets become 1-based lines and columns (as
 * ShellCheck's), counted in UTF-16 code units (SARIF's default `columnKind`), end exclusive.
 */
import type { Finding, FindingSeverity } from '../../editor/lint/finding.js';
import { LineIndex } from '../../editor/positions.js';

/** A 1-based line and column. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** A finding with its file and its range as lines and columns. */
export interface LocatedFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The position just past the finding's last code unit. */
  readonly endLine: number;
  readonly endColumn: number;
  readonly finding: Finding;
}

/** One checked script: its name as given, its text and what was found. */
export interface CheckedFile {
  readonly file: string;
  readonly findings: readonly LocatedFinding[];
}

/** Turns offsets of one text into 1-based lines and columns. */
export class Locator {
  private readonly lines: LineIndex;

  /** A locator over `text`. */
  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  /** The 1-based line and column of `offset`. */
  at(offset: number): LineColumn {
    const position = this.lines.positionAt(offset);
    return { line: position.line + 1, column: position.character + 1 };
  }
}

/** `findings` of the script `file` (whose text `locator` indexes) with lines and columns. */
export function locateFindings(file: string, locator: Locator, findings: readonly Finding[]): LocatedFinding[] {
  return findings.map((finding) => {
    const start = locator.at(finding.offset);
    const end = locator.at(finding.offset + finding.length);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, finding };
  });
}

/** How many findings of each severity `files` hold. */
export function countBySeverity(files: readonly CheckedFile[]): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const file of files) for (const located of file.findings) counts[located.finding.severity]++;
  return counts;
}
