/**
 * What the upgrade rules read from the script around its `aws` commands: the environment a
 * command runs with (variables assigned or exported earlier in the script, or assigned in front
 * of the command) and tests of `$?` for 255 right after a command.
 */
import type { ShellCommand } from '../shell/scan.js';
import type { ScriptAnalysis } from '../script.js';

/** A variable set in the script: its name, its value (`undefined` when computed at run time) and where. */
export interface Assignment {
  readonly name: string;
  readonly value: string | undefined;
  readonly offset: number;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** Words that stand before assignments which then hold for the rest of the script. */
const SCRIPT_LEVEL = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);

/** The assignments of `command` when it is a command of assignments only or an `export …`. */
function scriptLevelAssignments(command: ShellCommand): Assignment[] {
  const words = command.words;
  const first = words[0];
  if (first === undefined) return [];
  const exported = SCRIPT_LEVEL.has(first.text);
  const candidates = exported ? words.slice(1).filter((word) => !word.text.startsWith('-')) : words;
  const out: Assignment[] = [];
  for (const word of candidates) {
    const match = ASSIGNMENT.exec(word.text);
    if (match === null) {
      // `export AWS_PAGER` exports a variable set before (or the empty one): it is set either way.
      if (exported && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word.text)) out.push({ name: word.text, value: undefined, offset: word.offset });
      else if (!exported) return [];
      continue;
    }
    out.push({ name: match[1] as string, value: word.expansions.length > 0 ? undefined : (match[2] as string), offset: word.offset });
  }
  return out;
}

/** The script-level assignments by variable name, each list in source order. */
export type ScriptEnvironment = ReadonlyMap<string, readonly Assignment[]>;

/** Every assignment that holds for the commands after it, by name, in source order. */
export function scriptAssignments(analysis: ScriptAnalysis): ScriptEnvironment {
  const byName = new Map<string, Assignment[]>();
  for (const assignment of analysis.script.commands.flatMap(scriptLevelAssignments)) {
    let list = byName.get(assignment.name);
    if (list === undefined) byName.set(assignment.name, (list = []));
    list.push(assignment);
  }
  for (const list of byName.values()) list.sort((a, b) => a.offset - b.offset);
  return byName;
}

/** The index of the first item whose `offset` is at least `offset` (items sorted by offset). */
function firstAtOrAfter(items: ReadonlyArray<{ readonly offset: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { offset: number }).offset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The assignments in front of an `aws` command (`AWS_PAGER= aws …`, `env X=1 aws …`). */
export function prefixAssignments(command: ShellCommand, awsOffset: number): Assignment[] {
  const out: Assignment[] = [];
  for (const word of command.words) {
    if (word.offset >= awsOffset) break;
    const match = ASSIGNMENT.exec(word.text);
    if (match !== null) out.push({ name: match[1] as string, value: word.expansions.length > 0 ? undefined : (match[2] as string), offset: word.offset });
  }
  return out;
}

/**
 * The value of `name` for a command at `offset` with prefix assignments `prefix`: the prefix wins,
 * else the last script-level assignment before it. `null` when unset, `undefined` when set to
 * something computed at run time.
 */
export function variableAt(name: string, offset: number, prefix: readonly Assignment[], script: ScriptEnvironment): string | undefined | null {
  const own = prefix.filter((a) => a.name === name).pop();
  if (own !== undefined) return own.value;
  const list = script.get(name) ?? [];
  const earlier = list[firstAtOrAfter(list, offset) - 1];
  return earlier === undefined ? null : earlier.value;
}

/** A test of `$?` against 255, with its range in the script. */
export interface ExitStatusTest {
  readonly offset: number;
  readonly length: number;
}

/** `$?` (or `${?}`) compared with 255 by `[`, `[[`, `test` or `((…))`, either way round. */
const STATUS_255 =
  /(?:["']?\$\{?\?\}?["']?\s*(?:-eq|==?|-ne|!=)\s*["']?255\b["']?)|(?:["']?\b255["']?\s*(?:-eq|==?|-ne|!=)\s*["']?\$\{?\?\}?["']?)/;

/** `case $? in … 255)` */
const CASE_255 = /\bcase\s+["']?\$\{?\?\}?["']?\s+in\b[\s\S]*?\b255\s*\)/;

/**
 * The test of `$?` for 255 in the command that follows `aws` (the one at index `awsIndex` of the
 * script's commands), if that command is one; `$?` is then the aws command's status.
 */
export function exitStatusTestAfter(analysis: ScriptAnalysis, awsCommand: ShellCommand): ExitStatusTest | undefined {
  const commands = analysis.script.commands;
  const end = awsCommand.offset + awsCommand.length;
  // The next command that starts after the aws command ends (commands are sorted by offset;
  // those inside the aws command's `$(…)` start before its end).
  const next = commands[firstAtOrAfter(commands, end)];
  if (next === undefined) return undefined;
  // Only blanks, `;`, `&&`/`||`, newlines, `then`-less closers between them: nothing else ran.
  const between = analysis.text.slice(end, next.offset);
  if (!/^[\s;&|)"'`]*$/.test(between.replace(/\b(?:then|do|fi|done)\b/g, ''))) return undefined;
  const lineEnd = analysis.text.indexOf('\n', next.offset);
  const source = analysis.text.slice(next.offset, Math.max(next.offset + next.length, lineEnd === -1 ? analysis.text.length : lineEnd));
  const match = STATUS_255.exec(source) ?? CASE_255.exec(source);
  if (match === null) return undefined;
  return { offset: next.offset + match.index, length: match[0].length };
}
