/**
 * `aws <service> <operation> …` commands in a scanned script: which words are the service,
 * the operation, each `--option` and its values. Global options may stand before the service;
 * `--name=value` is one word holding both.
 */
import type { ShellCommand } from './scan.js';
import type { ShellWord } from './words.js';
import { GLOBAL_OPTIONS } from '../../awscli/global-options.js';

/** An option and the words that are its values. */
export interface AwsArgument {
  /** The word holding `--name` (and `=value` in the `--name=value` form). */
  readonly option: ShellWord;
  /** The option name without its dashes. */
  readonly name: string;
  /** Value words (for `--name=value`, a word cut from the option word, with its own source map). */
  readonly values: readonly ShellWord[];
}

/** An `aws` invocation. */
export interface AwsCommand {
  readonly command: ShellCommand;
  readonly aws: ShellWord;
  readonly service: ShellWord | undefined;
  readonly operation: ShellWord | undefined;
  /** The waiter of `aws <service> wait <waiter> …` (the word after `wait`, when not an option). */
  readonly waiter?: ShellWord;
  /** Options after the operation (or the waiter), in order. */
  readonly arguments: readonly AwsArgument[];
  /** Words after the operation that belong to no option. */
  readonly strays: readonly ShellWord[];
}

/** The AWS CLI's global options that take a value (`--region us-east-1`), without dashes. */
export const GLOBAL_OPTIONS_WITH_VALUE: ReadonlySet<string> = new Set(
  GLOBAL_OPTIONS.filter((option) => option.nargs !== 'zero').map((option) => option.flag.slice(2)),
);

/** The AWS CLI's global flags, without dashes. */
export const GLOBAL_FLAGS: ReadonlySet<string> = new Set(GLOBAL_OPTIONS.filter((option) => option.nargs === 'zero').map((option) => option.flag.slice(2)));

/** Words that may stand before a command name without being it. */
const PREFIX_WORDS = new Set(['!', 'if', 'then', 'else', 'elif', 'do', 'while', 'until', 'time', '{', 'exec', 'command', 'nohup', 'env', 'sudo', 'xargs']);

/**
 * The `aws` invocation `command` is, or undefined. Leading assignments (`AWS_PROFILE=x aws …`)
 * and keywords (`then aws …`) are skipped.
 */
export function awsCommand(command: ShellCommand): AwsCommand | undefined {
  const { words } = command;
  let i = 0;
  while (i < words.length) {
    const word = words[i] as ShellWord;
    if (PREFIX_WORDS.has(word.text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.text)) i++;
    else break;
  }
  const aws = words[i];
  if (aws === undefined || !(aws.text === 'aws' || aws.text.endsWith('/aws'))) return undefined;
  i++;
  // Global options before the service.
  while (i < words.length) {
    const word = words[i] as ShellWord;
    if (!word.text.startsWith('--')) break;
    const name = word.text.slice(2).split('=', 1)[0] as string;
    i += GLOBAL_OPTIONS_WITH_VALUE.has(name) && !word.text.includes('=') ? 2 : 1;
  }
  const service = words[i];
  const operation = service !== undefined ? words[i + 1] : undefined;
  // `aws <service> wait <waiter> …`: the waiter names the command whose options follow.
  const next = words[i + 2];
  const waiter = operation?.text === 'wait' && next !== undefined && !next.text.startsWith('-') ? next : undefined;
  const rest = words.slice(waiter === undefined ? i + 2 : i + 3);
  const args: AwsArgument[] = [];
  const strays: ShellWord[] = [];
  for (const word of rest) {
    if (word.text.startsWith('--') && word.text.length > 2) {
      const eq = word.text.indexOf('=');
      if (eq === -1) {
        args.push({ option: word, name: word.text.slice(2), values: [] });
      } else {
        args.push({ option: word, name: word.text.slice(2, eq), values: [sliceWord(word, eq + 1)] });
      }
    } else {
      const last = args[args.length - 1];
      if (last !== undefined) (last.values as ShellWord[]).push(word);
      else strays.push(word);
    }
  }
  return { command, aws, service, operation, ...(waiter === undefined ? {} : { waiter }), arguments: args, strays };
}

/** The part of `word` from text index `from` on, as a word of its own. */
export function sliceWord(word: ShellWord, from: number): ShellWord {
  const starts = word.starts.slice(from);
  const ends = word.ends.slice(from);
  const wordEnd = word.offset + word.length;
  const start = from < word.text.length ? (word.starts[from] as number) : wordEnd;
  return {
    text: word.text.slice(from),
    offset: start,
    length: wordEnd - start,
    starts,
    ends,
    quotes: word.quotes.filter((q) => q.contentEnd >= start),
    expansions: word.expansions.filter((e) => e.offset >= from).map((e) => ({ offset: e.offset - from, length: e.length })),
  };
}
