/** The `hint` rules: readings of a value that users get wrong (a comma made a list, JSON or shorthand). */
import { touchesExpansion, sourceRange } from '../shell/words.js';
import type { ShellWord } from '../shell/words.js';
import type { EmbeddedValue, ScriptAnalysis } from '../script.js';
import { commaListHints, readingHints } from '../value-reading.js';
import type { ValueWords } from '../value-reading.js';
import type { TextEdit } from '../types.js';
import { wordEdit } from './edits.js';
import type { Finding, FindingFix, LintContext, RuleInfo } from './finding.js';

/** The hint rules' descriptions. */
export const HINT_RULES: readonly RuleInfo[] = [
  {
    id: 'hint-comma-list',
    severity: 'warning',
    family: 'hint',
    summary: 'An unquoted comma in a shorthand value makes a list where the model wants a single value; write `\\,` or quote the value.',
  },
  {
    id: 'hint-json-as-shorthand',
    severity: 'warning',
    family: 'hint',
    summary: 'A value that looks like JSON is read as shorthand (it does not start with `{` or `[`, or the first word of the list is shorthand).',
  },
  {
    id: 'hint-shorthand-as-json',
    severity: 'warning',
    family: 'hint',
    summary: 'A value written as shorthand in brackets (`{Key=a}`) is read as JSON because it starts with `{` or `[`; drop the outer brackets.',
  },
];

/** The option forms whose values the AWS CLI may read as JSON or shorthand. */
const STRUCTURED_FORMS = new Set(['shorthand', 'shorthand-list', 'value-flag', 'json', 'scalar-list']);

/** Findings of the hint rules for every command of `analysis`. */
export function hintFindings(analysis: ScriptAnalysis, context: LintContext): Finding[] {
  const out: Finding[] = [];
  const embedded = new Map<ShellWord, EmbeddedValue>();
  for (const value of analysis.values) embedded.set(value.word, value);
  analysis.commands.forEach((resolved, command) => {
    for (const argument of resolved.command.arguments) {
      const option = resolved.options.get(argument.name);
      if (option === undefined || !STRUCTURED_FORMS.has(option.form)) continue;
      const list = option.form === 'shorthand-list' || option.form === 'scalar-list';
      const words = list ? argument.values : argument.values.slice(0, 1);
      const valueWords: ValueWords = { texts: words.map((word) => word.text), startsWithExpansion: words.map((word) => word.expansions.some((e) => e.offset === 0)) };
      words.forEach((word, index) => {
        for (const hint of readingHints(option, valueWords, index, context.dialect)) {
          // A plain JSON syntax error is the core rule `json-syntax`'s (parseJsonTree gives Python's message and position).
          if (hint.kind === 'json-syntax') continue;
          const title = hint.kind === 'shorthand-as-json' ? 'Drop the outer brackets (shorthand)' : 'Drop the quotes around the JSON';
          const fix = hint.edits === undefined ? undefined : fixOf(word, title, hint.edits);
          out.push(finding(`hint-${hint.kind}`, 'warning', hint.message, word, hint.offset, hint.length, command, fix));
        }
        const value = embedded.get(word);
        if (value === undefined) return;
        for (const hint of commaListHints(value.analysis)) {
          if (touchesExpansion(word, hint.offset, hint.offset + hint.length)) continue;
          const fix = fixOf(word, `Escape the comma${hint.escape.length > 1 ? 's' : ''} (\\,)`, hint.escape) ?? fixOf(word, 'Quote the value', [hint.quote]);
          out.push(finding('hint-comma-list', 'warning', `--${option.name}: ${hint.message}`, word, hint.offset, hint.length, command, fix));
        }
      });
    }
  });
  return out;
}

/** The quoting alternative of a `hint-comma-list` finding's fix (the fix escapes the commas), for code actions. */
export function quoteFixFor(finding: Finding, analysis: ScriptAnalysis): FindingFix | undefined {
  if (finding.rule !== 'hint-comma-list') return undefined;
  for (const value of analysis.values) {
    if (finding.offset < value.word.offset || finding.offset > value.word.offset + value.word.length) continue;
    for (const hint of commaListHints(value.analysis)) {
      const range = sourceRange(value.word, hint.offset, hint.offset + hint.length);
      if (range.offset === finding.offset && range.length === finding.length) return fixOf(value.word, 'Quote the value', [hint.quote]);
    }
  }
  return undefined;
}

function fixOf(word: ShellWord, title: string, edits: readonly TextEdit[]): FindingFix | undefined {
  const mapped = edits.map((edit) => wordEdit(word, edit));
  if (mapped.some((edit) => edit === undefined)) return undefined;
  return { title, edits: mapped as TextEdit[] };
}

function finding(rule: string, severity: Finding['severity'], message: string, word: ShellWord, offset: number, length: number, command: number, fix: FindingFix | undefined): Finding {
  const range = sourceRange(word, offset, offset + length);
  return { rule, severity, message, offset: range.offset, length: range.length, command, ...(fix === undefined ? {} : { fix }) };
}
