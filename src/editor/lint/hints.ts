/** The `hint` rules: readings of a value that users get wrong (a comma made a list, JSON or shorthand). */
import type { ScriptAnalysis } from '../script.js';
import type { Finding, LintContext, RuleInfo } from './finding.js';

/** The hint rules' descriptions. */
export const HINT_RULES: readonly RuleInfo[] = [];

/** Findings of the hint rules for every command of `analysis`. */
export function hintFindings(_analysis: ScriptAnalysis, _context: LintContext): Finding[] {
  return [];
}
