/**
 * The service command line beyond the recorded corpus: help pages, version, data paths,
 * `cli --jsonl`, sending without an SDK package, and the SDK input conversions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sdkInput, toDate } from '../../src/cli/send/sdk-input.js';
import { bundledRegistry } from '../../src/model/registry.js';
import { cleanEnv, run } from './run-helpers.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/models', import.meta.url));
/** The seed man page (`aws sagemaker create-auto-ml-job help`), copied from shared/seed into the repository. */
const SEED = readFileSync(fileURLToPath(new URL('../fixtures/create-auto-ml-job.txt', import.meta.url)), 'utf8');

describe('help', () => {
  it('prints the operation page: synopsis, options with their syntax blocks, output', async () => {
    const { code, stdout } = await run(['sagemaker', 'create-auto-ml-job', 'help']);
    expect(code).toBe(0);
    // The synopsis lines of the seed, option for option (global options follow in both).
    const seedSynopsis = SEED.slice(SEED.indexOf('SYNOPSIS'), SEED.indexOf('          [--debug]'));
    expect(stdout).toContain(seedSynopsis);
    // Every Shorthand Syntax and JSON Syntax block of the seed, verbatim; except that the
    // bundled model (botocore 1.43.11) lists more AutoMLAlgorithms values than the seed's.
    const blocks = [...SEED.matchAll(/ {7}(Shorthand Syntax|JSON Syntax):\n\n((?: {10}.*\n)+)/g)].map((m) => m[0]);
    expect(blocks.length).toBe(11);
    for (const block of blocks) {
      if (block.includes('"AutoMLAlgorithms"')) expect(stdout).toContain(block.slice(0, block.indexOf('"AutoMLAlgorithms"')));
      else expect(stdout).toContain(block);
    }
    expect(stdout).toContain('       --generate-candidate-definitions-only | --no-generate-candidate-definitions-only (boolean)');
    expect(stdout).toContain('OUTPUT\n       AutoMLJobArn -> (string)\n');
  });

  it('answers a lone help word before parsing options', async () => {
    const { code, stdout } = await run(['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'x', 'help']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });

  it('lists a service’s operations', async () => {
    const { code, stdout } = await run(['sagemaker', 'help']);
    expect(code).toBe(0);
    expect(stdout).toContain('\n       o create-auto-ml-job\n');
  });

  it.each([[['help']], [['--help']]])('lists the services for %j', async (argv) => {
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    expect(stdout).toContain('  o sagemaker');
  });

  it('prints the version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^aws-shorthand\/\d+\.\d+\.\d+ Node\.js\/\S+ \S+\n$/);
  });
});

describe('models beyond the bundled one', () => {
  const argv = ['dynamodb', 'put-item', '--table-name', 't', '--item', 'id={S=1}', '--cli-dry-run'];

  it('refuses an unknown service with the list of known ones', async () => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain("aws-shorthand: error: argument command: Invalid choice, valid choices are:\n\nsagemaker");
  });

  it.each([
    ['--data-path', ['--data-path', FIXTURES, ...argv], cleanEnv()],
    ['AWS_DATA_PATH', argv, cleanEnv({ AWS_DATA_PATH: FIXTURES })],
  ])('finds a botocore model through %s', async (_how, args, env) => {
    const { code, stdout } = await run(args, { env });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ TableName: 't', Item: { id: { S: '1' } } });
  });

  it('says which SDK package is missing when sending', async () => {
    // SNS: a service whose client is not among the package's dependencies or dev dependencies.
    const { code, stderr } = await run(['--data-path', FIXTURES, 'sns', 'subscribe', '--topic-arn', 'arn:aws:sns:us-east-1:123456789012:t', '--protocol', 'email'], {
      env: cleanEnv({ AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1' }),
    });
    expect(code).toBe(255);
    expect(stderr).toBe(
      '\nSending sns requests needs the npm package @aws-sdk/client-sns, which is not installed (npm install @aws-sdk/client-sns). Use --cli-dry-run to print the request parameters instead.\n',
    );
  });

  it('dry-runs every operation of the bundled SageMaker model from its input skeleton', async () => {
    const registry = bundledRegistry();
    const names = registry.operationNames('sagemaker');
    expect(names.length).toBeGreaterThan(300);
    const requests = names.map((name) => JSON.stringify({ argv: ['sagemaker', name, '--generate-cli-skeleton'] })).join('\n');
    const { code, stdout } = await run(['cli', '--jsonl'], { stdin: requests });
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; stdout?: string });
    expect(answers.length).toBe(names.length);
    expect(answers.every((answer) => answer.ok && answer.stdout?.startsWith('{'))).toBe(true);
    // Each skeleton is valid --cli-input-json for its operation (nothing required is left out).
    const inputs = names.map((name, i) =>
      JSON.stringify({ argv: ['sagemaker', name, '--cli-input-json', (answers[i] as { stdout: string }).stdout] }),
    );
    const evaluated = await run(['cli', '--jsonl'], { stdin: inputs.join('\n') });
    const results = evaluated.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; kind?: string; error?: string });
    // Placeholders break min lengths and patterns, but never the shape of the request.
    for (const result of results) {
      if (!result.ok) {
        expect(result.kind).toBe('validation');
        expect(result.error).not.toMatch(/Unknown parameter|Invalid type|Missing required/);
      }
    }
  });
});

describe('cli --jsonl', () => {
  it('answers one line per request: params, AWS CLI errors, skeletons, bad and blank lines', async () => {
    const stdin = [
      JSON.stringify({ argv: ['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'job-1'] }),
      JSON.stringify({ argv: ['sagemaker', 'describe-auto-ml-job'] }),
      JSON.stringify({ argv: ['sagemaker', 'create-auto-ml-job', '--output-data-config', 'S3OutputPath', '--cli-input-json', '{}'] }),
      '',
      'not json',
      JSON.stringify({ argv: ['sagemaker', 'list-auto-ml-jobs', '--max-results', 'ten'] }),
      JSON.stringify({ argv: ['sagemaker', 'stop-auto-ml-job', '--generate-cli-skeleton'] }),
    ].join('\n');
    const { code, stdout } = await run(['cli', '--jsonl'], { stdin });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { ok: true, params: { AutoMLJobName: 'job-1' } },
      { ok: false, error: 'the following arguments are required: --auto-ml-job-name', kind: 'usage', exitCode: 2, code: 'REQUIRED_ARGUMENTS' },
      {
        ok: false,
        error: "Error parsing parameter '--output-data-config': Expected: '=', received: 'EOF' for input:\nS3OutputPath\n            ^",
        kind: 'param',
        exitCode: 255,
        code: 'UNEXPECTED_INPUT',
      },
      { ok: false, error: 'line 4 is blank: each line must hold a JSON object', code: 'BLANK_LINE', kind: 'request', exitCode: null },
      { ok: false, error: 'invalid JSON line: Expecting value: line 1 column 1 (char 0)', code: 'INVALID_JSON', kind: 'request', exitCode: null },
      { ok: false, error: "invalid literal for int() with base 10: 'ten'", kind: 'other', exitCode: 255, code: 'INVALID_INTEGER' },
      { ok: true, stdout: '{\n    "AutoMLJobName": ""\n}\n' },
    ]);
  });

  it('needs --jsonl', async () => {
    const { code, stderr } = await run(['cli']);
    expect(code).toBe(2);
    expect(stderr).toContain('cli needs --jsonl');
  });
});

describe('SDK input conversions', () => {
  it.each<[unknown, string]>([
    ['2024-01-02', '2024-01-02T00:00:00.000Z'],
    ['2024-01-02T03:04:05', '2024-01-02T03:04:05.000Z'],
    ['2024-01-02T03:04:05+02:00', '2024-01-02T01:04:05.000Z'],
    ['1700000000', '2023-11-14T22:13:20.000Z'],
    [1700000000.5, '2023-11-14T22:13:20.500Z'],
  ])('timestamp %j', (value, iso) => {
    expect((toDate(value) as Date).toISOString()).toBe(iso);
  });

  it('converts along the shape: timestamps to dates, blob text to bytes', () => {
    const model = bundledRegistry().service('sagemaker');
    const input = model.operations.get('ListAutoMLJobs')?.input;
    expect(sdkInput({ CreationTimeAfter: '2024-01-02', MaxResults: 5 }, input)).toEqual({ CreationTimeAfter: new Date('2024-01-02T00:00:00Z'), MaxResults: 5 });
  });
});
