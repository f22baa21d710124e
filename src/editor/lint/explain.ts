/**
 * `check --explain`: for every option value the AWS CLI could read as JSON or as shorthand, a
 * note saying which it will be and why (the same sentence as the hover). Notes are findings of
 * severity `info` so that every output format carries them; they are explanations, not
 * problems, and do not count towards the exit status.
 */
import type { ScriptAnalysis } from '../script.js';
import { explainReading, READING_LABELS } from '../value-reading.js';
import type { ValueWords } from '../value-reading.js';
import type { Finding, LintContext, RuleInfo } from './finding.js';

/** The rule id of the notes. */
export const EXPLAIN_RULE_ID = 'explain-reading';

/** The notes' description, for rule tables. */
export const EXPLAIN_RULE: RuleInfo = {
  id: EXPLAIN_RULE_ID,
  severity: 'info',
  family: 'hint',
  summary: 'How the AWS CLI reads an option value (JSON, shorthand, a file, at run time) and why (check --explain).',
};

/** Option forms whose words may be JSON or shorthand (plain scalars are always read as they are). */
const EXPLAINED_FORMS = new Set(['shorthand', 'shorthand-list', 'value-flag', 'json', 'scalar-list']);

/**
 * One note per value word of the options that take JSON or shorthand, on the word.
 * @example explainFindings(analyseScript("aws sagemaker add-tags --resource-arn a --tags '[]'", models), ctx)[0].message // '`--tags`: its first non-blank character is `[`, …'
 */
export function explainFindings(analysis: ScriptAnalysis, context: LintContext): Finding[] {
  const out: Finding[] = [];
  analysis.commands.forEach((resolved, command) => {
    for (const argument of resolved.command.arguments) {
      const option = resolved.options.get(argument.name);
      if (option === undefined || !EXPLAINED_FORMS.has(option.form)) continue;
      const list = option.form === 'shorthand-list' || option.form === 'scalar-list';
      const words = list ? argument.values : argument.values.slice(0, 1);
      const valueWords: ValueWords = { texts: words.map((word) => word.text), startsWithExpansion: words.map((word) => word.expansions.some((e) => e.offset === 0)) };
      words.forEach((word, index) => {
        const { reading, reason } = explainReading(option, valueWords, index, context.dialect);
        out.push({ rule: EXPLAIN_RULE_ID, severity: 'info', message: `${READING_LABELS[reading]}: ${reason}`, offset: word.offset, length: word.length, command });
      });
    }
  });
  return out;
}
