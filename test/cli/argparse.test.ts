/**
 * The argparse emulation, case by case against what Python 3.11's argparse does for the same
 * parser (expected values taken from running it), and difflib's close matches.
 */
import { describe, expect, it } from 'vitest';
import { parseKnownArgs } from '../../src/cli/argv/argparse.js';
import type { ArgparseErrorCode, ParserSpec } from '../../src/cli/argv/argparse.js';
import { closeMatches, similarity } from '../../src/cli/argv/close-matches.js';

/** --alpha, --alpha-beta, --flag, --items (*), --opt (? const C, choices C D), --num (int), --real (float), --req (required), help (?) */
const SPEC: ParserSpec = {
  options: [
    { flag: '--alpha', dest: 'alpha', nargs: 'one' },
    { flag: '--alpha-beta', dest: 'alpha_beta', nargs: 'one' },
    { flag: '--flag', dest: 'flag', nargs: 'zero', constValue: true },
    { flag: '--items', dest: 'items', nargs: 'any' },
    { flag: '--opt', dest: 'opt', nargs: 'optional', constValue: 'C', choices: ['C', 'D'] },
    { flag: '--num', dest: 'num', nargs: 'one', type: 'int' },
    { flag: '--real', dest: 'real', nargs: 'one', type: 'float' },
    { flag: '--req', dest: 'req', nargs: 'one', required: true },
  ],
  positional: { dest: 'help', optional: true },
};

describe('parseKnownArgs: values', () => {
  it.each<[string, string[], Record<string, unknown>, string[]]>([
    ['required only', ['--req', 'r'], { req: 'r' }, []],
    ['--opt=value form', ['--req=r', '--alpha', 'a'], { req: 'r', alpha: 'a' }, []],
    ['unique abbreviation', ['--req', 'r', '--alpha-b', 'x'], { alpha_beta: 'x' }, []],
    ['exact name that prefixes another', ['--req', 'r', '--alpha', 'x'], { alpha: 'x', alpha_beta: null }, []],
    ['list stops at the next option', ['--req', 'r', '--items', 'a', 'b', '--flag'], { items: ['a', 'b'], flag: true }, []],
    ['empty list', ['--req', 'r', '--items'], { items: [] }, []],
    ['optional value absent: const', ['--req', 'r', '--opt'], { opt: 'C' }, []],
    ['optional value given', ['--req', 'r', '--opt', 'D'], { opt: 'D' }, []],
    ['float conversion', ['--req', 'r', '--real', '1e3'], { real: 1000 }, []],
    ['int conversion, Python forms', ['--req', 'r', '--num', ' 1_0 '], { num: 10 }, []],
    ['unknown option and stray words', ['--req', 'r', '--unknown', 'v', 'w'], { help: 'v' }, ['--unknown', 'w']],
    ['negative number is a value', ['--req', '-5'], { req: '-5' }, []],
    ['dash word with a space is a value', ['--req', '-x y'], { req: '-x y' }, []],
    ['repeated option: last wins', ['--req', 'a', '--req', 'b'], { req: 'b' }, []],
  ])('%s', (_name, args, values, extras) => {
    const outcome = parseKnownArgs(args, SPEC);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    for (const [dest, value] of Object.entries(values)) expect(outcome.parsed.values.get(dest)).toEqual(value);
    expect(outcome.parsed.extras).toEqual(extras);
  });

  it('records which dests came from the command line', () => {
    const outcome = parseKnownArgs(['--req', 'r', '--flag'], SPEC);
    expect(outcome.ok && [...outcome.parsed.seen].sort()).toEqual(['flag', 'help', 'req']);
  });
});

describe('parseKnownArgs: errors (argparse messages)', () => {
  it.each<[string, string[], ArgparseErrorCode, string]>([
    ['ambiguous abbreviation', ['--req', 'r', '--alp', 'x'], 'AMBIGUOUS_OPTION', 'ambiguous option: --alp could match --alpha, --alpha-beta'],
    ['invalid int', ['--req', 'r', '--num', 'x'], 'INVALID_TYPE', "argument --num: invalid int value: 'x'"],
    ['invalid float', ['--req', 'r', '--real', 'much'], 'INVALID_TYPE', "argument --real: invalid float value: 'much'"],
    ['explicit value for a flag', ['--req', 'r', '--flag=1'], 'IGNORED_EXPLICIT_ARGUMENT', "argument --flag: ignored explicit argument '1'"],
    ['missing value', ['--req'], 'EXPECTED_ONE_ARGUMENT', 'argument --req: expected one argument'],
    ['value looks like an option', ['--req', '--flag'], 'EXPECTED_ONE_ARGUMENT', 'argument --req: expected one argument'],
    ['required missing', ['--alpha', 'a'], 'REQUIRED_ARGUMENTS', 'the following arguments are required: --req'],
    ['nothing at all', [], 'REQUIRED_ARGUMENTS', 'the following arguments are required: --req'],
    [
      'invalid choice (the AWS CLI layout)',
      ['--req', 'r', '--opt', 'E'],
      'INVALID_CHOICE',
      `argument --opt: Invalid choice, valid choices are:\n\n${'C'.padEnd(40)} | ${'D'.padEnd(40)}`,
    ],
  ])('%s', (_name, args, code, message) => {
    const outcome = parseKnownArgs(args, SPEC);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe(code);
    expect(outcome.error.message).toBe(message);
  });

  it('suggests close choices for a positional, as the AWS CLI does', () => {
    const outcome = parseKnownArgs(['create-auto-ml-jb'], {
      options: [],
      positional: { dest: 'operation', choices: ['create-auto-ml-job', 'create-auto-ml-job-v2', 'delete-app'] },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.message).toBe(
      [
        'argument operation: Invalid choice, valid choices are:\n',
        `${'create-auto-ml-job'.padEnd(40)} | ${'create-auto-ml-job-v2'.padEnd(40)}`,
        'delete-app'.padEnd(40),
        "\n\nInvalid choice: 'create-auto-ml-jb', maybe you meant:\n",
        '  * create-auto-ml-job',
        '  * create-auto-ml-job-v2',
      ].join('\n'),
    );
  });

  it('keeps exact-only options out of abbreviations', () => {
    const spec: ParserSpec = { options: [{ flag: '--data-path', dest: 'data_path', nargs: 'one', exactOnly: true }] };
    const abbreviated = parseKnownArgs(['--data', 'x'], spec);
    expect(abbreviated.ok && abbreviated.parsed.extras).toEqual(['--data', 'x']);
    const exact = parseKnownArgs(['--data-path=x'], spec);
    expect(exact.ok && exact.parsed.values.get('data_path')).toBe('x');
  });
});

describe('difflib close matches', () => {
  it.each<[string, string[], number, string[]]>([
    ['create-auto-ml-jb', ['create-auto-ml-job', 'create-auto-ml-job-v2', 'delete-app'], 0.8, ['create-auto-ml-job', 'create-auto-ml-job-v2']],
    ['sagemakr', ['sagemaker', 'sagemaker-runtime', 's3'], 0.8, ['sagemaker']],
    ['lis', ['list', 'lst', 'lisp'], 0.6, ['list', 'lisp', 'lst']],
  ])('%s', (word, candidates, cutoff, expected) => {
    expect(closeMatches(word, candidates, 3, cutoff)).toEqual(expected);
  });

  it.each([
    ['abcd', 'bcde', 0.75],
    ['describe-job', 'describe-jobs', 0.96],
  ])('ratio(%s, %s) = %s', (a, b, ratio) => {
    expect(similarity(a, b)).toBeCloseTo(ratio, 2);
  });
});
