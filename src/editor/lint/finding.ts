/**
 * What `aws-shorthand check` and the language server report about a shell script: findings with
 * a stable rule id, a severity and a range, found by three independent families of rules
 * (`core.ts`: what the AWS CLI would reject or warn about; `upgrade.ts`: what changes on AWS CLI
 * v2; `hints.ts`: readings users get wrong). `index.ts` runs them, applies suppressions and the
 * severity threshold. Offsets are 0-based UTF-16 code units in the script text, end exclusive;
 * lines and columns are computed only by the output formats.
 */
import type { Dialect } from '../../awscli/dialect.js';
import type { TextEdit } from '../types.js';

/** How bad a finding is, from most to least severe (ShellCheck's levels). */
export type FindingSeverity = 'error' | 'warning' | 'info' | 'style';

/** The severities in order, most severe first: a threshold keeps a prefix of this list. */
export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['error', 'warning', 'info', 'style'];

/** A mechanical rewrite of the script that removes the finding. */
export interface FindingFix {
  /** What the fix does, for a code action title or `--diff` header. */
  readonly title: string;
  /** Non-overlapping edits in the script text. */
  readonly edits: readonly TextEdit[];
}

/** One finding in a script. */
export interface Finding {
  /** Stable rule id (kebab-case, e.g. `unknown-option`, `v2-binary-param`); see `RuleInfo`. */
  readonly rule: string;
  readonly severity: FindingSeverity;
  /** One line, no caret picture. */
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  /** Index of the `aws` command in `ScriptAnalysis.commands` the finding sits on, if any. */
  readonly command?: number;
  /** The anchor of the change in AWS's v1→v2 migration guide (`cliv2-migration-binaryparam`, …). */
  readonly migration?: string;
  /** True for upgrade findings that `aws --v2-debug` does not print (found through the models). */
  readonly nested?: boolean;
  readonly fix?: FindingFix;
}

/** What a rule is, for `check --list-rules`, SARIF's rule table and documentation. */
export interface RuleInfo {
  readonly id: string;
  readonly severity: FindingSeverity;
  /** One sentence. */
  readonly summary: string;
  readonly migration?: string;
  /** Which family runs it. */
  readonly family: 'core' | 'upgrade' | 'hint';
}

/** What the rules may know beyond the script text; the CLI fills it, the editor too. */
export interface LintContext {
  /** Which AWS CLI the script is written for: findings of `core` rules follow it. */
  readonly dialect: Dialect;
  /** Whether to run the `upgrade` family (what changes when the script runs on v2). */
  readonly upgrade: boolean;
  /**
   * Whether a file named by `file://`/`fileb://` exists, resolved against the script's folder;
   * absent where files cannot be seen (a browser, an unsaved buffer): then no file rule runs.
   */
  readonly fileExists?: (path: string) => boolean;
  /**
   * CLI names of the services the models know, for "did you mean" on an unknown service;
   * `lintScript` fills it from its models when absent.
   */
  readonly serviceNames?: readonly string[];
}
