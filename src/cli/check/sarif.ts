/**
 * `check --format sarif`: one SARIF 2.1.0 log (OASIS's Static Analysis Results Interchange
 * Format) with one run, for code-scanning uploads. The rules table is every rule the tool has;
 * results point at their rule by id and index; regions are 1-based with UTF-16 columns, end
 * exclusive, as the run's `columnKind` says; fixes become SARIF fixes.
 */
import type { RuleInfo } from '../../editor/lint/finding.js';
import type { JsonFix } from './formats.js';
import type { CheckedFile, LocatedFinding } from './report.js';

/** The SARIF version written, and where its schema lives. */
const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The page of AWS's migration guide the `migration` anchors point into. */
export const MIGRATION_GUIDE = 'https://docs.aws.amazon.com/cli/latest/userguide/cliv2-migration-changes.html';

/** SARIF's levels for our severities (SARIF has no `info` or `style`: both are notes). */
const LEVEL = { error: 'error', warning: 'warning', info: 'note', style: 'note' } as const;

/** What the SARIF writer needs beyond the findings. */
export interface SarifOptions {
  readonly rules: readonly RuleInfo[];
  readonly toolVersion: string;
  /** The fix of a finding in the `json` format's shape (with lines and columns), when it has one. */
  readonly fixOf: (located: LocatedFinding) => JsonFix | undefined;
  /** The URI reference of a file name as given on the command line. */
  readonly uriOf: (file: string) => string;
}

/** The SARIF log of `files`, as an object ready for `JSON.stringify`. */
export function sarifLog(files: readonly CheckedFile[], options: SarifOptions): Record<string, unknown> {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index] as const));
  const results: Array<Record<string, unknown>> = [];
  for (const file of files) {
    for (const located of file.findings) {
      const { finding } = located;
      const uri = options.uriOf(located.file);
      const index = ruleIndex.get(finding.rule);
      const fix = options.fixOf(located);
      const properties = {
        ...(finding.migration === undefined ? {} : { migration: finding.migration }),
        ...(finding.nested === undefined ? {} : { nested: finding.nested }),
      };
      results.push({
        ruleId: finding.rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: located.line, startColumn: located.column, endLine: located.endLine, endColumn: located.endColumn },
            },
          },
        ],
        ...(fix === undefined ? {} : { fixes: [sarifFix(fix, uri)] }),
        ...(Object.keys(properties).length === 0 ? {} : { properties }),
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'aws-shorthand',
            version: options.toolVersion,
            informationUri: 'https://www.npmjs.com/package/aws-shorthand',
            rules: options.rules.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A rule as a SARIF reporting descriptor. */
function sarifRule(rule: RuleInfo): Record<string, unknown> {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_all, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.summary },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    ...(rule.migration === undefined ? {} : { helpUri: `${MIGRATION_GUIDE}#${rule.migration}` }),
    properties: { family: rule.family, severity: rule.severity, ...(rule.migration === undefined ? {} : { migration: rule.migration }) },
  };
}

/** A fix as a SARIF fix: one artifact change with a replacement per edit. */
function sarifFix(fix: JsonFix, uri: string): Record<string, unknown> {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
          insertedContent: { text: edit.newText },
        })),
      },
    ],
  };
}
