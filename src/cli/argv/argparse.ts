/**
 * The slice of Python's `argparse` (3.11) that the AWS CLI's three parsers rely on, with its
 * observable quirks: unique-prefix abbreviations (`--auto-ml-job-n`), `--opt=value`, options
 * the parser does not know passed through as extras (`parse_known_args`), positionals (one or
 * `?` each) matched to runs of values as argparse matches them, `nargs` of one / `?` / `*` /
 * none, `type=int|float` conversion, choices, and the "the following arguments are required"
 * check, each failure with argparse's message.
 */
import { pythonFloat, pythonInt, stringRepr } from '../../model/python.js';
import { closeMatches } from './close-matches.js';

import type { ArgValue, OptionSpec, ParserSpec } from '../../awscli/option-spec.js';

export type { ArgValue, Nargs, OptionSpec, ParserSpec, PositionalSpec } from '../../awscli/option-spec.js';

/** What argparse refused, as a stable code. */
export type ArgparseErrorCode =
  /** `ambiguous option: --x could match --xa, --xb`. */
  | 'AMBIGUOUS_OPTION'
  /** `argument --x: expected one argument`. */
  | 'EXPECTED_ONE_ARGUMENT'
  /** `argument --flag: ignored explicit argument 'v'` (`--flag=v`). */
  | 'IGNORED_EXPLICIT_ARGUMENT'
  /** `argument --output: Invalid choice, valid choices are: …`. */
  | 'INVALID_CHOICE'
  /** `argument --x: invalid int value: 'v'` / `invalid float value`. */
  | 'INVALID_TYPE'
  /** `the following arguments are required: --a, --b`. */
  | 'REQUIRED_ARGUMENTS';

/** An argparse failure: the AWS CLI prints usage, then `aws: error: <message>`, and exits 2. */
export interface ArgparseError {
  readonly code: ArgparseErrorCode;
  /** argparse's message, without the `prog: error: ` prefix. */
  readonly message: string;
  /** The option or positional the error is about, when there is one. */
  readonly argument?: string;
}

/** The parsed arguments. */
export interface ParsedArgs {
  /** Every dest of the parser, with its value (the default when absent). */
  readonly values: ReadonlyMap<string, ArgValue>;
  /** Dests set from the command line. */
  readonly seen: ReadonlySet<string>;
  /** Arguments the parser did not recognise, in argparse's order. */
  readonly extras: readonly string[];
  /** An `action='version'` option was met (parsing stopped there). */
  readonly versionRequested: boolean;
}

/** The outcome of `parseKnownArgs`. */
export type ParseOutcome = { readonly ok: true; readonly parsed: ParsedArgs } | { readonly ok: false; readonly error: ArgparseError };

/** argparse's pattern for arguments that are negative numbers, never options. */
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

interface Classified {
  readonly option?: OptionSpec;
  /** The option string as matched (the full flag for an abbreviation). */
  readonly flag?: string;
  /** The text after `=` in `--opt=value`. */
  readonly explicit?: string;
  /** An option string this parser does not know. */
  readonly unknown?: boolean;
}

/**
 * Parse `args` as argparse's `parse_known_args` does for a parser built from `spec`.
 * @example parseKnownArgs(['--region', 'x', 'sagemaker'], spec) // values: region x, command sagemaker
 */
export function parseKnownArgs(args: readonly string[], spec: ParserSpec): ParseOutcome {
  const byFlag = new Map(spec.options.map((option) => [option.flag, option]));
  const values = new Map<string, ArgValue>();
  for (const option of spec.options) if (!values.has(option.dest)) values.set(option.dest, option.defaultValue ?? null);
  const positionals = [...(spec.positional === undefined ? [] : [spec.positional]), ...(spec.positionals ?? [])];
  for (const positional of positionals) values.set(positional.dest, null);

  // Classify every argument first: argparse reports an ambiguous abbreviation before anything else.
  const classified: Array<Classified | undefined> = [];
  let afterDoubleDash = false;
  for (const arg of args) {
    if (afterDoubleDash) {
      classified.push(undefined);
      continue;
    }
    if (arg === '--') {
      afterDoubleDash = true;
      classified.push({ unknown: true });
      continue;
    }
    const result = classify(arg, byFlag);
    if ('error' in result) return { ok: false, error: result.error };
    classified.push(result.classified);
  }

  const seen = new Set<string>();
  const extras: string[] = [];
  /** The first positional not yet matched. */
  let nextPositional = 0;
  let index = 0;

  // argparse's consume_positionals: the pending positionals are matched, as many as can be,
  // against the run of values starting here (each required one takes one value, each `?` one
  // takes a value while enough are left for the required ones after it); positionals that
  // matched nothing are done all the same.
  const consumePositionals = (): ArgparseError | undefined => {
    let runEnd = index;
    while (runEnd < args.length && classified[runEnd] === undefined) runEnd += 1;
    const pending = positionals.slice(nextPositional);
    for (let count = pending.length; count > 0; count -= 1) {
      const matched = pending.slice(0, count);
      const needed = matched.filter((positional) => positional.optional !== true).length;
      if (needed > runEnd - index) continue;
      let spare = runEnd - index - needed;
      nextPositional += count;
      for (const positional of matched) {
        seen.add(positional.dest);
        const takes = positional.optional !== true || spare > 0;
        if (!takes) continue;
        if (positional.optional === true) spare -= 1;
        const value = args[index] as string;
        index += 1;
        if (positional.choices !== undefined && !positional.choices.includes(value)) {
          return invalidChoice(positional.dest, value, positional.choices);
        }
        values.set(positional.dest, value);
      }
      return undefined;
    }
    return undefined;
  };

  while (index < args.length) {
    const entry = classified[index];
    if (entry === undefined) {
      const before = index;
      const error = consumePositionals();
      if (error !== undefined) return { ok: false, error };
      if (index === before) {
        extras.push(args[index] as string);
        index += 1;
      }
      continue;
    }
    if (entry.unknown === true || entry.option === undefined) {
      if (args[index] !== '--') extras.push(args[index] as string);
      index += 1;
      continue;
    }
    const option = entry.option;
    let taken: string[];
    if (entry.explicit !== undefined) {
      if (option.nargs === 'zero') {
        return { ok: false, error: { code: 'IGNORED_EXPLICIT_ARGUMENT', message: `argument ${option.flag}: ignored explicit argument ${stringRepr(entry.explicit)}`, argument: option.flag } };
      }
      taken = [entry.explicit];
      index += 1;
    } else {
      index += 1;
      const start = index;
      const limit = option.nargs === 'zero' ? 0 : option.nargs === 'any' ? Infinity : 1;
      while (index < args.length && index - start < limit && classified[index] === undefined) index += 1;
      taken = args.slice(start, index) as string[];
      if (option.nargs === 'one' && taken.length === 0) {
        return { ok: false, error: { code: 'EXPECTED_ONE_ARGUMENT', message: `argument ${option.flag}: expected one argument`, argument: option.flag } };
      }
    }
    if (option.version === true) {
      return { ok: true, parsed: { values, seen, extras, versionRequested: true } };
    }
    const stored = storedValue(option, taken);
    if ('error' in stored) return { ok: false, error: stored.error };
    seen.add(option.dest);
    if (option.append === true) {
      const previous = values.get(option.dest);
      values.set(option.dest, [...(Array.isArray(previous) ? (previous as ArgValue[]) : []), stored.value]);
    } else {
      values.set(option.dest, stored.value);
    }
  }
  const error = consumePositionals();
  if (error !== undefined) return { ok: false, error };

  const missing: string[] = [];
  const reported = new Set<string>();
  for (const option of spec.options) {
    if (option.required === true && !seen.has(option.dest) && !reported.has(option.flag)) {
      missing.push(option.flag);
      reported.add(option.flag);
    }
  }
  for (const positional of positionals) {
    if (positional.optional !== true && !seen.has(positional.dest)) missing.push(positional.dest);
  }
  if (missing.length > 0) {
    return { ok: false, error: { code: 'REQUIRED_ARGUMENTS', message: `the following arguments are required: ${missing.join(', ')}` } };
  }
  return { ok: true, parsed: { values, seen, extras, versionRequested: false } };
}

/** How argparse's `_parse_optional` sees one argument: a value, a known option, or an unknown one. */
function classify(
  arg: string,
  byFlag: ReadonlyMap<string, OptionSpec>,
): { readonly classified: Classified | undefined } | { readonly error: ArgparseError } {
  if (arg === '' || arg[0] !== '-') return { classified: undefined };
  const exact = byFlag.get(arg);
  if (exact !== undefined) return { classified: { option: exact, flag: arg } };
  if (arg.length === 1) return { classified: undefined };
  const equals = arg.indexOf('=');
  if (equals !== -1) {
    const head = arg.slice(0, equals);
    const option = byFlag.get(head);
    if (option !== undefined) return { classified: { option, flag: head, explicit: arg.slice(equals + 1) } };
  }
  const matches = prefixMatches(arg, byFlag);
  if (matches.length > 1) {
    const names = matches.map((m) => m.flag).join(', ');
    return { error: { code: 'AMBIGUOUS_OPTION', message: `ambiguous option: ${arg} could match ${names}`, argument: arg } };
  }
  if (matches.length === 1) return { classified: matches[0] as Classified };
  if (NEGATIVE_NUMBER.test(arg)) return { classified: undefined };
  if (arg.includes(' ')) return { classified: undefined };
  return { classified: { unknown: true } };
}

/** argparse's `_get_option_tuples` for `--prefix[=value]` and `-x…` arguments. */
function prefixMatches(arg: string, byFlag: ReadonlyMap<string, OptionSpec>): Classified[] {
  const result: Classified[] = [];
  if (arg[1] === '-') {
    const equals = arg.indexOf('=');
    const prefix = equals === -1 ? arg : arg.slice(0, equals);
    const explicit = equals === -1 ? undefined : arg.slice(equals + 1);
    for (const [flag, option] of byFlag) {
      if (option.exactOnly === true) continue;
      if (flag.startsWith(prefix)) result.push(explicit === undefined ? { option, flag } : { option, flag, explicit });
    }
  } else {
    const short = arg.slice(0, 2);
    for (const [flag, option] of byFlag) {
      if (option.exactOnly === true) continue;
      if (flag === short) result.push({ option, flag, explicit: arg.slice(2) });
      else if (flag.startsWith(arg)) result.push({ option, flag });
    }
  }
  return result;
}

/** The value an option stores for the argument strings it took (argparse `_get_values`). */
function storedValue(option: OptionSpec, taken: readonly string[]): { readonly value: ArgValue } | { readonly error: ArgparseError } {
  if (option.nargs === 'zero') return { value: option.constValue ?? true };
  if (option.nargs === 'optional' && taken.length === 0) {
    const value = option.constValue ?? null;
    if (typeof value === 'string' && option.choices !== undefined && !option.choices.includes(value)) {
      return { error: invalidChoice(option.flag, value, option.choices) };
    }
    return { value };
  }
  const converted: ArgValue[] = [];
  for (const text of taken) {
    const value = convert(option, text);
    if (typeof value === 'object' && value !== null && 'error' in value) return value;
    if (option.choices !== undefined && !option.choices.includes(String(value))) {
      return { error: invalidChoice(option.flag, String(value), option.choices) };
    }
    converted.push(value as ArgValue);
  }
  if (option.nargs === 'any') return { value: converted };
  return { value: converted[0] ?? null };
}

function convert(option: OptionSpec, text: string): ArgValue | { readonly error: ArgparseError } {
  if (option.type === undefined) return text;
  const result = option.type === 'int' ? pythonInt(text) : pythonFloat(text);
  if (result.ok) return result.value;
  return { error: { code: 'INVALID_TYPE', message: `argument ${option.flag}: invalid ${option.type} value: ${stringRepr(text)}`, argument: option.flag } };
}

/** The AWS CLI's replacement for argparse's choice message: a two-column table and suggestions. */
function invalidChoice(argument: string, value: string, choices: readonly string[]): ArgparseError {
  const lines = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(
      choices
        .slice(i, i + 2)
        .map((choice) => choice.padEnd(40, ' '))
        .join(' | '),
    );
  }
  const possible = closeMatches(value, choices);
  if (possible.length > 0) {
    lines.push(`\n\nInvalid choice: ${stringRepr(value)}, maybe you meant:\n`);
    for (const word of possible) lines.push(`  * ${word}`);
  }
  return { code: 'INVALID_CHOICE', message: `argument ${argument}: ${lines.join('\n')}`, argument };
}
