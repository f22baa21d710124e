/** Mechanical fixes for findings whose rule does not attach one itself (the upgrade rules' rewrites). */
import type { ScriptAnalysis } from '../script.js';
import type { Finding, FindingFix } from './finding.js';

/** The fix that makes `finding`'s command mean on v2 what it meant on v1, when one exists. */
export function fixFor(_finding: Finding, _analysis: ScriptAnalysis): FindingFix | undefined {
  return undefined;
}
