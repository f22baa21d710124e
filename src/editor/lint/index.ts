/**
 * Linting a shell script's AWS CLI commands: the three rule families run on one analysis, fixes
 * attached, inline suppressions applied, findings sorted; and the fixes applied to the text
 * (`check --fix`). Pure functions of text and models: the CLI reads files, the editor buffers.
 */
import { LineIndex } from '../positions.js';
import type { TextEdit } from '../types.js';
import { analyseScript } from '../script.js';
import type { Operation, ServiceModel } from '../../model/shape.js';
import type { ModelLookup, ScriptAnalysis } from '../script.js';
import { CORE_RULES, coreFindings } from './core.js';
import { FINDING_SEVERITIES } from './finding.js';
import type { Finding, FindingSeverity, LintContext, RuleInfo } from './finding.js';
import { fixFor } from './fixes.js';
import { HINT_RULES, hintFindings } from './hints.js';
import { UPGRADE_RULES, upgradeFindings } from './upgrade.js';

/** Every rule of the three families, core first. */
export const ALL_RULES: readonly RuleInfo[] = [...CORE_RULES, ...UPGRADE_RULES, ...HINT_RULES];

/** Options of `lintScript` beyond what the rules know. */
export interface LintOptions {
  /** Keep findings of this severity or a more severe one (default: every finding). */
  readonly severity?: FindingSeverity;
}

/**
 * The findings of `text` as a shell script: core rules, upgrade rules when `context.upgrade`,
 * and hints; each with its fix when one exists, without those an inline comment disables,
 * sorted by offset.
 * @example lintScript('aws sagemaker list-models --max-results x', bundledRegistry(), { dialect: 'v1', upgrade: false })[0]?.rule // 'invalid-value'
 */
export function lintScript(text: string, models: ModelLookup, context: LintContext, options: LintOptions = {}): Finding[] {
  const analysis = analyseScript(text, models, context.dialect);
  const withServices: LintContext = context.serviceNames !== undefined ? context : { ...context, serviceNames: knownServices(models) };
  return lintAnalysis(analysis, withServices, options);
}

/** `lintScript` on a script already analysed (with `context.dialect`), as the language server has it. */
export function lintAnalysis(analysis: ScriptAnalysis, context: LintContext, options: LintOptions = {}): Finding[] {
  const found = [...coreFindings(analysis, context), ...(context.upgrade ? upgradeFindings(analysis, context) : []), ...hintFindings(analysis, context)];
  const kept = options.severity === undefined ? found : atOrAbove(found, options.severity);
  const withFixes = kept.map((finding) => {
    if (finding.fix !== undefined) return finding;
    const fix = fixFor(finding, analysis);
    return fix === undefined ? finding : { ...finding, fix };
  });
  return unsuppressed(withFixes, analysis).sort((a, b) => a.offset - b.offset || a.length - b.length || compareText(a.rule, b.rule));
}

/**
 * `models` with every answer remembered: a script asks for the same service and operations once
 * per command (the registry builds a fresh list of a service's operation names each time), and
 * `check` asks again for every file. Failures (a throw) are remembered as `undefined`.
 */
export function rememberingModels(models: ModelLookup): ModelLookup {
  const operations = new Map<string, Operation | undefined>();
  const names = new Map<string, string[] | undefined>();
  const services = new Map<string, ServiceModel | undefined>();
  let serviceNames: string[] | undefined;
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  const remembered: ModelLookup = {
    findOperation(service, operation) {
      const key = `${service}\u0000${operation}`;
      if (!operations.has(key)) operations.set(key, attempt(() => models.findOperation(service, operation)));
      return operations.get(key);
    },
    serviceNames: () => (serviceNames ??= attempt(() => models.serviceNames?.()) ?? []),
  };
  const operationNames = models.operationNames?.bind(models);
  const findService = models.findService?.bind(models);
  return {
    ...remembered,
    ...(operationNames === undefined
      ? {}
      : {
          operationNames(service: string) {
            if (!names.has(service)) names.set(service, attempt(() => operationNames(service)));
            const found = names.get(service);
            // The lookup contract: an unknown service throws (or answers undefined).
            if (found === undefined) throw new Error(`unknown service ${service}`);
            return found;
          },
        }),
    ...(findService === undefined
      ? {}
      : {
          findService(service: string) {
            if (!services.has(service)) services.set(service, attempt(() => findService(service)));
            return services.get(service);
          },
        }),
  };
}

/** The service names of `models`, or none when it cannot list them. */
function knownServices(models: ModelLookup): readonly string[] {
  try {
    return models.serviceNames?.() ?? [];
  } catch {
    return [];
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a finding of `severity` is reported under the threshold `threshold`.
 * @example atOrAboveSeverity('warning', 'error') // false
 */
export function atOrAboveSeverity(severity: FindingSeverity, threshold: FindingSeverity): boolean {
  return FINDING_SEVERITIES.indexOf(severity) <= FINDING_SEVERITIES.indexOf(threshold);
}

/** The findings of `threshold`'s severity or a more severe one. */
export function atOrAbove(findings: readonly Finding[], threshold: FindingSeverity): Finding[] {
  return findings.filter((finding) => atOrAboveSeverity(finding.severity, threshold));
}

/* ------------------------------------------------------------------ suppressions */

/** The inline directive: `# aws-shorthand disable=rule-a,rule-b` (or `disable=all`). */
const DIRECTIVE = /(?:^|[\s;])#\s*aws-shorthand\s+disable=([A-Za-z0-9_,-]+)/;

/** The rules disabled by a directive on each line (0-based) that has one. */
export function suppressionDirectives(text: string): Map<number, ReadonlySet<string>> {
  const out = new Map<number, ReadonlySet<string>>();
  if (!text.includes('aws-shorthand')) return out;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (match !== null) out.set(index, new Set((match[1] as string).split(',').filter((rule) => rule !== '')));
  });
  return out;
}

/**
 * `findings` without those a directive disables. A directive applies to the command on the
 * next line, or to the command whose lines it ends (a comment after the command's last word); a
 * finding outside any command is disabled by a directive on its own line or the line before.
 */
function unsuppressed(findings: Finding[], analysis: ScriptAnalysis): Finding[] {
  const directives = suppressionDirectives(analysis.text);
  if (directives.size === 0) return findings;
  const lines = new LineIndex(analysis.text);
  const disabledAt = (line: number, rule: string): boolean => {
    const rules = directives.get(line);
    return rules !== undefined && (rules.has(rule) || rules.has('all'));
  };
  return findings.filter((finding) => {
    const command = finding.command === undefined ? undefined : analysis.commands[finding.command]?.command.command;
    const range = command ?? finding;
    const first = lines.positionAt(range.offset).line;
    const last = lines.positionAt(range.offset + range.length).line;
    for (let line = first - 1; line <= last; line++) if (disabledAt(line, finding.rule)) return false;
    return true;
  });
}

/* ------------------------------------------------------------------ fixes */

/** The text after `applyFixes`, and which findings' fixes were applied. */
export interface FixResult {
  readonly text: string;
  readonly applied: readonly Finding[];
  /** Findings whose fix overlapped one applied before it (in offset order), left for another run. */
  readonly skipped: readonly Finding[];
}

/**
 * `text` with the fixes of `findings` applied, in offset order; a fix whose edits overlap an
 * applied one's is dropped whole (two insertions at the same offset overlap too).
 * @example applyFixes('aws x', [{ rule: 'r', severity: 'error', message: 'm', offset: 4, length: 1, fix: { title: 't', edits: [{ offset: 4, length: 1, newText: 'y' }] } }]).text // 'aws y'
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const taken: TakenRange[] = [];
  const edits: TextEdit[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  const ordered = findings.filter((finding) => finding.fix !== undefined && finding.fix.edits.length > 0).sort((a, b) => a.offset - b.offset);
  for (const finding of ordered) {
    const fixEdits = finding.fix?.edits ?? [];
    const inside = fixEdits.every((edit) => edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= text.length);
    if (!inside || fixEdits.some((edit) => overlapsTaken(taken, edit))) {
      skipped.push(finding);
      continue;
    }
    applied.push(finding);
    for (const edit of fixEdits) {
      taken.splice(insertionPoint(taken, edit.offset), 0, { offset: edit.offset, end: edit.offset + edit.length });
      edits.push(edit);
    }
  }
  // In text order (a stable sort keeps a fix's own insertions at one offset in its order), then
  // joined in one pass: long scripts with many fixes stay linear.
  edits.sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(text.slice(at, edit.offset), edit.newText);
    at = Math.max(at, edit.offset + edit.length);
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, skipped };
}

/** A range taken by an applied edit, end exclusive. */
interface TakenRange {
  readonly offset: number;
  readonly end: number;
}

/** The index of the first range of `taken` (sorted by offset) starting at or after `offset`. */
function insertionPoint(taken: readonly TakenRange[], offset: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((taken[middle] as TakenRange).offset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether `edit` overlaps a taken range: they share a code unit, or one is an insertion at the
 * other's start or strictly inside it (which order the texts would go in is not defined).
 */
function overlapsTaken(taken: readonly TakenRange[], edit: TextEdit): boolean {
  const end = edit.offset + edit.length;
  const index = insertionPoint(taken, edit.offset);
  // Taken ranges do not overlap each other, so only the neighbours can meet the edit.
  for (const range of [taken[index - 1], taken[index], taken[index + 1]]) {
    if (range === undefined) continue;
    if (edit.offset < range.end && range.offset < end) return true;
    if (edit.offset === range.offset) return true;
    if (edit.length === 0 && range.offset < edit.offset && edit.offset < range.end) return true;
    if (range.offset === range.end && edit.offset < range.offset && range.offset < end) return true;
  }
  return false;
}
