/**
 * The script analysis's diagnostics, computed once per analysis and dialect: the core rules
 * report them and the upgrade rules look at their errors, and on a long script each call of
 * `diagnoseScript` is a walk over every command and value.
 */
import { DEFAULT_DIALECT } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import { diagnoseScript } from '../script.js';
import type { ScriptAnalysis } from '../script.js';
import type { EditorDiagnostic } from '../types.js';

const computed = new WeakMap<ScriptAnalysis, Map<Dialect, readonly EditorDiagnostic[]>>();

/**
 * `diagnoseScript(analysis, { dialect })` (the default dialect when none is given), remembered
 * for the analysis: callers must not change the array.
 */
export function scriptDiagnostics(analysis: ScriptAnalysis, dialect: Dialect | undefined): readonly EditorDiagnostic[] {
  const key = dialect ?? DEFAULT_DIALECT;
  let byDialect = computed.get(analysis);
  if (byDialect === undefined) computed.set(analysis, (byDialect = new Map()));
  let found = byDialect.get(key);
  if (found === undefined) byDialect.set(key, (found = diagnoseScript(analysis, { dialect: key })));
  return found;
}
