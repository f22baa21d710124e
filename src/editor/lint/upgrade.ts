/** The `upgrade` rules: what a script's commands do differently on AWS CLI v2. */
import type { ScriptAnalysis } from '../script.js';
import type { Finding, LintContext, RuleInfo } from './finding.js';

/** The upgrade rules' descriptions. */
export const UPGRADE_RULES: readonly RuleInfo[] = [];

/** Findings of the upgrade rules for every command of `analysis` (and once per file). */
export function upgradeFindings(_analysis: ScriptAnalysis, _context: LintContext): Finding[] {
  return [];
}
