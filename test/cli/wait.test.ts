/**
 * `aws-shorthand <service> wait …` on the command line, without sending: the wait command's own
 * refusals, the waiter choices, each waiter's argument table, dry runs, skeletons, help pages,
 * `cli --jsonl`, and the operation cache's slices carrying the waiters. Expected texts are the
 * AWS CLI v1's (measured with `aws sagemaker wait …`), with our program name.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cleanEnv, run } from './run-helpers.js';
import { waiterDescription } from '../../src/cli/argv/wait.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import type { Waiter } from '../../src/model/shape.js';

const USAGE_HEAD =
  'usage: aws-shorthand [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws-shorthand help\n  aws-shorthand <command> help\n  aws-shorthand <command> <subcommand> help\n';
const WAITERS = [
  'endpoint-deleted',
  'endpoint-in-service',
  'image-created',
  'image-deleted',
  'image-updated',
  'image-version-created',
  'image-version-deleted',
  'notebook-instance-deleted',
  'notebook-instance-in-service',
  'notebook-instance-stopped',
  'processing-job-completed-or-stopped',
  'training-job-completed-or-stopped',
  'transform-job-completed-or-stopped',
];
const CHOICES =
  'argument subcommand: Invalid choice, valid choices are:\n\n' +
  [
    'endpoint-deleted                         | endpoint-in-service                     ',
    'image-created                            | image-deleted                           ',
    'image-updated                            | image-version-created                   ',
    'image-version-deleted                    | notebook-instance-deleted               ',
    'notebook-instance-in-service             | notebook-instance-stopped               ',
    'processing-job-completed-or-stopped      | training-job-completed-or-stopped       ',
    'transform-job-completed-or-stopped      ',
  ].join('\n');

const sagemaker = (...args: string[]): string[] => ['sagemaker', ...args];

describe('the wait command refuses as the AWS CLI does', () => {
  test.each([
    ['no waiter', sagemaker('wait'), 255, '\nusage: aws-shorthand [options] <command> <subcommand> [parameters]\naws-shorthand: error: too few arguments\n'],
    ['unknown options, joined by a bare comma', sagemaker('wait', '--foo', '--bar'), 255, '\nUnknown options: --foo,--bar\n'],
    ['an unknown waiter: the choices, without help', sagemaker('wait', 'bogus'), 2, `${USAGE_HEAD}aws-shorthand: error: ${CHOICES}\n`],
    [
      'a misspelt waiter: the choices and a suggestion',
      sagemaker('wait', 'endpoint-in-servic'),
      2,
      `${USAGE_HEAD}aws-shorthand: error: ${CHOICES}\n\n\nInvalid choice: 'endpoint-in-servic', maybe you meant:\n\n  * endpoint-in-service\n`,
    ],
    ['help is no waiter when more follows', sagemaker('wait', 'help', '--foo'), 2, `${USAGE_HEAD}aws-shorthand: error: ${CHOICES}\n`],
    ['a missing required option', sagemaker('wait', 'endpoint-in-service'), 2, `${USAGE_HEAD}aws-shorthand: error: the following arguments are required: --endpoint-name\n`],
    ['no paging options on a waiter', sagemaker('wait', 'endpoint-in-service', '--endpoint-name', 'x', '--max-items', '3'), 255, `${USAGE_HEAD}\nUnknown options: --max-items, 3\n`],
    ['a missing required parameter in --cli-input-json', sagemaker('wait', 'endpoint-in-service', '--cli-input-json', '{}', '--cli-dry-run'), 255, '\nParameter validation failed:\nMissing required parameter in input: "EndpointName"\n'],
    ['a WaiterConfig that is not an object', sagemaker('wait', 'endpoint-in-service', '--cli-input-json', '{"EndpointName":"e","WaiterConfig":"x"}', '--cli-dry-run'), 255, "\n'str' object has no attribute 'get'\n"],
  ])('%s', async (_name, argv, code, stderr) => {
    const result = await run(argv);
    expect(result).toEqual({ code, stdout: '', stderr });
  });

  test('an unknown operation lists wait after the operations, before help', async () => {
    const { code, stderr } = await run(sagemaker('wai'));
    expect(code).toBe(2);
    expect(stderr).toContain('\nwait                                     | help                                    \n');
    expect(stderr.endsWith("Invalid choice: 'wai', maybe you meant:\n\n  * wait\n")).toBe(true);
  });
});

describe('waiter commands evaluate their operation', () => {
  test.each([
    ['options', sagemaker('wait', 'endpoint-in-service', '--endpoint-name', 'e1'), { EndpointName: 'e1' }],
    ['another waiter, another operation', sagemaker('wait', 'training-job-completed-or-stopped', '--training-job-name', 't'), { TrainingJobName: 't' }],
    ['--cli-input-json, its WaiterConfig taken out', sagemaker('wait', 'image-created', '--cli-input-json', '{"ImageName":"i","WaiterConfig":{"Delay":1}}'), { ImageName: 'i' }],
  ])('--cli-dry-run prints the first poll: %s', async (_name, argv, params) => {
    const { code, stdout, stderr } = await run([...argv, '--cli-dry-run']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(params);
  });

  test('--generate-cli-skeleton prints the operation input', async () => {
    const { code, stdout } = await run(sagemaker('wait', 'endpoint-in-service', '--generate-cli-skeleton'));
    expect(code).toBe(0);
    expect(stdout).toBe('{\n    "EndpointName": ""\n}\n');
  });

  test('cli --jsonl answers wait command lines', async () => {
    const lines = [sagemaker('wait', 'endpoint-in-service', '--endpoint-name', 'e'), sagemaker('wait'), sagemaker('wait', 'help')].map((argv) => JSON.stringify({ argv }));
    const { code, stdout } = await run(['cli', '--jsonl'], { stdin: lines.join('\n') });
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answers[0]).toEqual({ ok: true, params: { EndpointName: 'e' } });
    expect(answers[1]).toMatchObject({ ok: false, exitCode: 255, error: 'usage: aws-shorthand [options] <command> <subcommand> [parameters]\naws-shorthand: error: too few arguments' });
    expect(answers[2]).toMatchObject({ ok: true });
    expect(String(answers[2]?.['stdout'])).toContain('o endpoint-in-service');
  });

  test('the operation cache: a second run reads the waiter from the polled operation slice', async () => {
    const env = cleanEnv({ XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'aws-shorthand-wait-cache-')) });
    const argv = sagemaker('wait', 'endpoint-deleted', '--endpoint-name', 'e', '--cli-dry-run');
    const first = await run(argv, { env });
    const second = await run(argv, { env });
    expect(second).toEqual(first);
    expect(JSON.parse(first.stdout)).toEqual({ EndpointName: 'e' });
    const dir = join(String(env['XDG_CACHE_HOME']), 'aws-shorthand', readdirSync(join(String(env['XDG_CACHE_HOME']), 'aws-shorthand'))[0] ?? '');
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { waiters: string[][] };
    expect(index.waiters.map(([cliName]) => cliName)).toEqual(WAITERS);
    expect(index.waiters[0]).toEqual(['endpoint-deleted', 'EndpointDeleted', 'DescribeEndpoint']);
    const slice = JSON.parse(readFileSync(join(dir, 'op-DescribeEndpoint.json'), 'utf8')) as { waiters: Record<string, unknown> };
    // Only the waiters polling this operation travel with it.
    expect(Object.keys(slice.waiters)).toEqual(['EndpointDeleted', 'EndpointInService']);
    const errors = await run(sagemaker('wait', 'bogus'), { env });
    expect(errors.stderr).toContain(CHOICES);
  });
});

describe('help pages', () => {
  test('wait help lists the waiters', async () => {
    const { code, stdout } = await run(sagemaker('wait', 'help'));
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'WAIT()                                                                  WAIT()',
        '',
        '',
        'NAME',
        '       wait -',
        '',
        'DESCRIPTION',
        '       Wait until a particular condition is satisfied. Each subcommand polls an',
        '       API until the listed requirement is met.',
        '',
        'AVAILABLE COMMANDS',
        ...WAITERS.flatMap((name) => ['', `       o ${name}`]),
        '',
        '',
      ].join('\n'),
    );
  });

  test.each([
    ['lone help', sagemaker('wait', 'endpoint-in-service', 'help')],
    ['help after the options', sagemaker('wait', 'endpoint-in-service', '--endpoint-name', 'x', 'help')],
  ])('a waiter page (%s): the waiter description, its options, no output', async (_name, argv) => {
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('ENDPOINT-IN-SERVICE()                                    ENDPOINT-IN-SERVICE()');
    expect(stdout).toContain('NAME\n       endpoint-in-service -\n');
    expect(stdout).toContain(
      'DESCRIPTION\n       Wait until JMESPath query EndpointStatus returns InService when polling\n       with describe-endpoint. It will poll every 30 seconds until a successful\n       state has been reached. This will exit with a return code of 255 after\n       120 failed checks.\n',
    );
    expect(stdout).toContain('SYNOPSIS\n            endpoint-in-service\n          --endpoint-name <value>\n          [--cli-input-json <value>]\n          [--generate-cli-skeleton <value>]\n');
    expect(stdout).toContain('       --endpoint-name (string)\n');
    expect(stdout.endsWith('OUTPUT\n       None\n\n')).toBe(true);
  });

  test('the service page lists wait', async () => {
    const { stdout } = await run(sagemaker('help'));
    expect(stdout).toContain('       o update-workteam\n\n       o wait\n');
  });
});

describe('waiterDescription', () => {
  const model = loadBundledModel('sagemaker');
  const base: Waiter = { name: 'W', operation: 'DescribeWidget', delay: 5, maxAttempts: 3, acceptors: [] };
  const polling = ' It will poll every 5 seconds until a successful state has been reached. This will exit with a return code of 255 after 3 failed checks.';
  test.each([
    ['an error matcher', { ...base, acceptors: [{ state: 'failure', matcher: 'path', argument: 'S', expected: 'X' }, { state: 'success', matcher: 'error', expected: 'NotFound' }] }, 'Wait until NotFound is thrown when polling with describe-widget.'],
    ['pathAll', { ...base, acceptors: [{ state: 'success', matcher: 'pathAll', argument: 'W[].S', expected: 'ok' }] }, 'Wait until JMESPath query W[].S returns ok for all elements when polling with describe-widget.'],
    ['pathAny with a boolean', { ...base, acceptors: [{ state: 'success', matcher: 'pathAny', argument: 'W[].B', expected: true }] }, 'Wait until JMESPath query W[].B returns True for any element when polling with describe-widget.'],
    ['status', { ...base, acceptors: [{ state: 'success', matcher: 'status', expected: 200 }] }, 'Wait until 200 response is received when polling with describe-widget.'],
    ['no success acceptor', base, 'Wait until when polling with describe-widget.'],
    ['its own description', { ...base, description: 'Waits for widgets.' }, 'Waits for widgets.'],
  ] as ReadonlyArray<readonly [string, Waiter, string]>)('%s', (_name, waiter, text) => {
    expect(waiterDescription(waiter)).toBe(text + polling);
  });

  test('SageMaker: every waiter described from its first success acceptor', () => {
    expect(waiterDescription(model.waiters?.get('EndpointDeleted') as Waiter)).toBe(
      'Wait until ValidationException is thrown when polling with describe-endpoint. It will poll every 30 seconds until a successful state has been reached. This will exit with a return code of 255 after 60 failed checks.',
    );
  });
});
