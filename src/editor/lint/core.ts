/** The `core` rules: what the AWS CLI would reject or warn about, per command. */
import type { ScriptAnalysis } from '../script.js';
import type { Finding, LintContext, RuleInfo } from './finding.js';

/** The core rules' descriptions. */
export const CORE_RULES: readonly RuleInfo[] = [];

/** Findings of the core rules for every command of `analysis`. */
export function coreFindings(_analysis: ScriptAnalysis, _context: LintContext): Finding[] {
  return [];
}
