/**
 * The rest of v2's argv semantics, each beside v1's answer: pagination keys in
 * --cli-input-json, `key@=file://…`, the S3 bucket type check, the top-level command list,
 * the auto-prompt pair, Lambda's zip-file customisation (both dialects), Ctrl-C (exit 130)
 * and the region a request is sent to, and `cli --jsonl`'s exitCode in both dialects.
 * The recorded v2 rows of these are replayed by corpus-v2.test.ts; this file pins the
 * dialect differences with models in the repository.
 */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateCommandLine } from '../../src/cli/argv/evaluate.js';
import { isZipArchive } from '../../src/awscli/lambda-zip.js';
import { tempDir } from '../helpers/temp-tree.js';
import { cleanEnv, run } from './run-helpers.js';

const FIXTURES = 'test/cli/fixtures/models';
/** A zip archive with one file, as Python's zipfile writes it. */
const ZIP = Buffer.from(
  'UEsDBBQAAAAAAKMzhV2sKpPYAgAAAAIAAAAFAAAAYS50eHRoaVBLAQIUAxQAAAAAAKMzhV2sKpPYAgAAAAIAAAAFAAAAAAAAAAAAAACAAQAAAABhLnR4dFBLBQYAAAAAAQABADMAAAAlAAAAAAA=',
  'base64',
);
const ROLE = 'arn:aws:iam::123456789012:role/r';

function workDir(): string {
  const dir = tempDir('aws-shorthand-v2argv-');
  writeFileSync(join(dir, 'code.zip'), ZIP);
  writeFileSync(join(dir, 'hello.txt'), 'hello');
  writeFileSync(join(dir, 'path.txt'), 's3://bucket/at-file');
  return dir;
}

const dryRun = (dialect: 'v1' | 'v2', argv: string[], cwd = workDir()) => run(['--dialect', dialect, '--data-path', FIXTURES, '--cli-dry-run', ...argv], { cwd });

describe('pagination keys in --cli-input-json', () => {
  const listJobs = ['sagemaker', 'list-auto-ml-jobs'];
  const paging = (dialect: 'v1' | 'v2', argv: string[]) => {
    const evaluation = evaluateCommandLine(['--dialect', dialect, ...listJobs, ...argv], { cwd: process.cwd(), env: cleanEnv(), withoutClient: true });
    if (evaluation.kind !== 'request') throw new Error(`not a request: ${JSON.stringify(evaluation)}`);
    return evaluation.paging !== undefined;
  };

  it('turn automatic paging off in v2 (a limit key or an input token), not in v1', () => {
    expect(paging('v2', ['--cli-input-json', '{"MaxResults": 5}'])).toBe(false);
    expect(paging('v2', ['--cli-input-json', '{"NextToken": "t"}'])).toBe(false);
    expect(paging('v1', ['--cli-input-json', '{"MaxResults": 5}'])).toBe(true);
  });

  it('leave paging on for other keys', () => {
    expect(paging('v2', ['--cli-input-json', '{"NameContains": "x"}'])).toBe(true);
    expect(paging('v2', [])).toBe(true);
  });

  it('refuse --page-size beside them in v2 (PaginationConfig fails validation); v1 merges', async () => {
    const v2 = await dryRun('v2', [...listJobs, '--cli-input-json', '{"MaxResults": 5}', '--page-size', '3']);
    expect(v2.code).toBe(252);
    expect(v2.stderr).toMatch(/^\nParameter validation failed:\nUnknown parameter in input: "PaginationConfig", must be one of: /);
    const v1 = await dryRun('v1', [...listJobs, '--cli-input-json', '{"MaxResults": 5}', '--page-size', '3']);
    expect(v1.code).toBe(0);
    expect(JSON.parse(v1.stdout)).toEqual({ MaxResults: 3 });
  });
});

describe("v1's key@=file:// shorthand", () => {
  it('is refused at the @ by v2, read by v1', async () => {
    const createJob = ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}},TargetAttributeName=y', '--role-arn', ROLE];
    const v2 = await dryRun('v2', [...createJob, '--output-data-config', 'S3OutputPath@=file://path.txt']);
    expect(v2.code).toBe(252);
    expect(v2.stderr).toBe("\nError parsing parameter '--output-data-config': Expected: '=', received: '@' for input:\nS3OutputPath@=file://path.txt\n            ^\n");
    const v1 = await dryRun('v1', [...createJob, '--output-data-config', 'S3OutputPath@=file://path.txt']);
    expect(v1.code).toBe(0);
    expect(JSON.parse(v1.stdout).OutputDataConfig).toEqual({ S3OutputPath: 's3://bucket/at-file' });
  });

  it('reports an earlier syntax error first, and finds a nested @=', async () => {
    const createJob = ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/t}},TargetAttributeName=y', '--role-arn', ROLE];
    // Both texts recorded from AWS CLI 2.9.19.
    const csv = await dryRun('v2', [...createJob, '--output-data-config', 'S3OutputPath=a,,x@=file://path.txt']);
    expect([csv.code, csv.stderr]).toEqual([252, "\nError parsing parameter '--output-data-config': Expected: '=', received: '@' for input:\nS3OutputPath=a,,x@=file://path.txt\n                 ^\n"]);
    const unclosed = await dryRun('v2', [...createJob, '--output-data-config', 'S3OutputPath=[a,x@=file://path.txt']);
    expect([unclosed.code, unclosed.stderr]).toEqual([252, "\nError parsing parameter '--output-data-config': Expected: ',', received: 'EOF' for input:\nS3OutputPath=[a,x@=file://path.txt\n                                  ^\n"]);
    const nested = await dryRun('v2', ['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'j', '--output-data-config', 'S3OutputPath=s3://b/o', '--role-arn', ROLE, '--input-data-config', 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri@=file://path.txt}},TargetAttributeName=y']);
    expect(nested.code).toBe(252);
    expect(nested.stderr).toContain("Expected: '=', received: '@' for input:");
    expect(nested.stderr.split('\n').at(-2)).toBe(`${' '.repeat('DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri'.length)}^`);
  });
});

describe('the S3 bucket type check', () => {
  it('has each dialect’s text', async () => {
    const argv = ['s3api', 'put-bucket-tagging', '--cli-input-json', '{"Bucket": 5, "Tagging": {"TagSet": []}}'];
    const v2 = await dryRun('v2', argv);
    expect([v2.code, v2.stderr]).toEqual([255, "\nValue (Bucket) is the wrong type. Must be <class 'str'>.\n"]);
    const v1 = await dryRun('v1', argv);
    expect([v1.code, v1.stderr]).toEqual([255, "\nexpected string or bytes-like object, got 'int'\n"]);
  });
});

describe('the top-level command list of an unknown service', () => {
  const choices = async (dialect: 'v1' | 'v2') => {
    const ran = await dryRun(dialect, ['sagemakr', 'list-auto-ml-jobs']);
    expect(ran.code).toBe(dialect === 'v1' ? 2 : 252);
    // The choices table: the lines after `valid choices are:` up to the first blank one.
    const lines = ran.stderr.split('valid choices are:\n\n')[1]?.split('\n') ?? [];
    return lines.slice(0, lines.indexOf('')).flatMap((line) => line.split('|').map((cell) => cell.trim()));
  };

  it('ends with the AWS CLI’s own commands, in its order, then help', async () => {
    const v2 = await choices('v2');
    expect(v2.slice(-10)).toEqual(['s3api', 's3', 'ddb', 'configure', 'deploy', 'configservice', 'opsworks-cm', 'history', 'cli-dev', 'help']);
    expect(v2.filter((name) => name === 's3')).toHaveLength(1);
    const v1 = await choices('v1');
    expect(v1.slice(-8)).toEqual(['s3api', 's3', 'configure', 'deploy', 'configservice', 'runtime.sagemaker', 'history', 'help']);
    expect(v1).not.toContain('ddb');
  });
});

describe('the top-level commands the AWS CLI appends', () => {
  it('run their service when they are an alias of one (v2: opsworks-cm), else are its own commands, not run', async () => {
    const env = cleanEnv();
    const answer = (argv: string[]) => evaluateCommandLine(argv, { cwd: process.cwd(), env, withoutClient: true });
    // No opsworkscm model here: the alias is as unknown as its service (its model is followed
    // when there is one; the fresh-sample test meets it with v2's data directory).
    const viaAlias = answer(['--dialect', 'v2', 'opsworks-cm', 'describe-servers']);
    expect(viaAlias.kind === 'failure' ? viaAlias.failure.message : viaAlias.kind).toMatch(/^argument command: Invalid choice, valid choices are:/);
    for (const [dialect, command] of [['v1', 's3'], ['v2', 'ddb'], ['v2', 'cli-dev']] as const) {
      const own = answer(['--dialect', dialect, command, 'ls']);
      expect(own.kind === 'failure' ? [own.failure.code, own.failure.message] : own.kind).toEqual(['CUSTOM_COMMAND', `aws-shorthand does not run the AWS CLI's own command \`${command}\``]);
    }
  });
});

describe('--cli-auto-prompt with --no-cli-auto-prompt', () => {
  it('fails before anything else in v2', async () => {
    const ran = await dryRun('v2', ['--cli-auto-prompt', 'sagemaker', 'list-auto-ml-jobs', '--no-cli-auto-prompt', '--cli-read-timeout', 'x']);
    expect([ran.code, ran.stderr]).toEqual([252, '\nBoth --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at the same time.\n']);
  });
});

describe("lambda's zip-file customisation", () => {
  const create = ['lambda', 'create-function', '--function-name', 'f', '--role', ROLE];

  it('sends --zip-file fileb://… as Code.ZipFile, merged with --code', async () => {
    for (const dialect of ['v1', 'v2'] as const) {
      const ran = await dryRun(dialect, [...create, '--code', 'S3ObjectVersion=1', '--zip-file', 'fileb://code.zip']);
      expect(ran.code).toBe(0);
      expect(JSON.parse(ran.stdout).Code).toEqual({ S3ObjectVersion: '1', ZipFile: ZIP.toString('base64') });
    }
    const layer = await dryRun('v2', ['lambda', 'publish-layer-version', '--layer-name', 'l', '--zip-file', 'fileb://code.zip']);
    expect(JSON.parse(layer.stdout).Content).toEqual({ ZipFile: ZIP.toString('base64') });
  });

  it('no longer requires --code, and refuses ZipFile in it', async () => {
    const none = await dryRun('v2', create);
    expect([none.code, none.stderr]).toEqual([252, '\nParameter validation failed:\nMissing required parameter in input: "Code"\n']);
    const v2 = await dryRun('v2', [...create, '--code', 'ZipFile=UEsDBA==']);
    const text = "\nZipFile cannot be provided as part of the --code argument.  Please use the '--zip-file' option instead to specify a zip file.\n";
    expect([v2.code, v2.stderr]).toEqual([252, text]);
    const v1 = await dryRun('v1', [...create, '--code', '{"ZipFile": "UEsDBA=="}']);
    expect([v1.code, v1.stderr]).toEqual([255, text]);
  });

  it('wants a zip archive in every --zip-file', async () => {
    const text = '\n--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip\n';
    const created = await dryRun('v2', [...create, '--zip-file', 'fileb://hello.txt']);
    expect([created.code, created.stderr]).toEqual([252, text]);
    const updated = await dryRun('v1', ['lambda', 'update-function-code', '--function-name', 'f', '--zip-file', 'fileb://hello.txt']);
    expect([updated.code, updated.stderr]).toEqual([255, text]);
    const good = await dryRun('v1', ['lambda', 'update-function-code', '--function-name', 'f', '--zip-file', 'fileb://code.zip']);
    expect(good.code).toBe(0);
  });

  it('reads zip archives as Python’s zipfile does', () => {
    // Each verdict is Python 3.11's `zipfile.ZipFile(BytesIO(data)).infolist()`.
    expect(isZipArchive(ZIP)).toBe(true);
    expect(isZipArchive(Buffer.concat([Buffer.from('#!stub\n'), ZIP]))).toBe(true);
    expect(isZipArchive(Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64'))).toBe(true);
    expect(isZipArchive(ZIP.subarray(0, ZIP.length - 5))).toBe(false);
    expect(isZipArchive(Buffer.from('PK\x03\x04', 'latin1'))).toBe(false);
    expect(isZipArchive('hello')).toBe(false);
    expect(isZipArchive(new Uint8Array())).toBe(false);
  });
});

describe('sending: Ctrl-C and the region', () => {
  const requests: IncomingHttpHeaders[] = [];
  // A service that takes requests and never answers, so only an interrupt ends the command.
  const server = createServer((request) => {
    requests.push(request.headers);
    request.resume();
  });
  const listening = new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const send = async (dialect: 'v1' | 'v2', env: Record<string, string>) => {
    const port = await listening;
    const seen = requests.length;
    let interrupt: (() => void) | undefined;
    const ran = run(['--dialect', dialect, '--endpoint-url', `http://127.0.0.1:${port}`, 'sagemaker', 'list-auto-ml-jobs'], {
      env: cleanEnv({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_CONFIG_FILE: '/dev/null', ...env }),
      onInterrupt: (listener) => {
        interrupt = listener;
        return () => (interrupt = undefined);
      },
    });
    // Interrupt once the request has reached the service.
    while (requests.length === seen) await new Promise((resolve) => setTimeout(resolve, 20));
    interrupt?.();
    return { ...(await ran), headers: requests[requests.length - 1] as IncomingHttpHeaders };
  };

  it('ends a request in flight with a newline on stdout and exit 130', async () => {
    const ran = await send('v2', { AWS_DEFAULT_REGION: 'us-east-1' });
    expect([ran.code, ran.stdout, ran.stderr]).toEqual([130, '\n', '']);
  }, 30_000);

  it('signs for AWS_REGION before AWS_DEFAULT_REGION in v2, AWS_DEFAULT_REGION alone in v1', async () => {
    const env = { AWS_REGION: 'eu-west-2', AWS_DEFAULT_REGION: 'us-west-1' };
    expect(String((await send('v2', env)).headers.authorization)).toContain('/eu-west-2/sagemaker/aws4_request');
    expect(String((await send('v1', env)).headers.authorization)).toContain('/us-west-1/sagemaker/aws4_request');
  }, 30_000);

  it('answers an interrupt before sending at once', async () => {
    const ran = await run(['--dialect', 'v1', 'sagemaker', 'list-auto-ml-jobs', '--region', 'us-east-1'], { env: cleanEnv(), onInterrupt: (listener) => (listener(), () => undefined) });
    expect([ran.code, ran.stdout, ran.stderr]).toEqual([130, '\n', '']);
  });
});

describe('cli --jsonl error lines', () => {
  it('carry exitCode in both dialects', async () => {
    const lines = [
      { argv: ['sagemaker', 'list-auto-ml-jobs', '--max-results', '0'] },
      { argv: ['sagemaker', 'list-auto-ml-jobs', '--max-results', '0'], dialect: 'v2' },
      { argv: ['sagemaker', 'list-auto-ml-jobz'], dialect: 'v1' },
      { argv: ['sagemaker', 'list-auto-ml-jobz'], dialect: 'v2' },
      { argv: ['kinesis', 'put-record', '--stream-name', 's', '--partition-key', 'p', '--data', 'hello world', '--data-path', FIXTURES], dialect: 'v2' },
    ];
    const ran = await run(['cli', '--jsonl'], { stdin: lines.map((line) => JSON.stringify(line)).join('\n') });
    const answers = ran.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; exitCode?: number; kind?: string });
    expect(answers.map((answer) => [answer.ok, answer.kind, answer.exitCode])).toEqual([
      [false, 'validation', 255],
      [false, 'validation', 252],
      [false, 'usage', 2],
      [false, 'usage', 252],
      [false, 'other', 255],
    ]);
  });
});
