/**
 * End to end: `aws-shorthand sagemaker create-auto-ml-job … --endpoint-url http://127.0.0.1:PORT`
 * against a local HTTP server standing in for SageMaker. The server checks what arrives
 * (target header, signature scope, JSON body) and answers like the service; the test checks
 * what is printed. When the AWS CLI is installed, the same command line sent by `aws` must
 * arrive with an identical JSON body, and service errors must print identically.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsCommand, itWith, reference } from '../helpers/live.js';
import { cleanEnv, run } from './run-helpers.js';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:automl-job/job-1';
const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';

let server: Server;
let endpoint: string;
const received: Received[] = [];
let reply: Reply = { status: 200, body: { AutoMLJobArn: ARN } };
/** When set, answers each request from its body instead of `reply` (paged listings). */
let pager: ((body: string) => Reply) | undefined;

/** Tests that start the `aws` command itself. */
const itWithAws = itWith(awsCommand());

const credentials = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = pager?.(Buffer.concat(chunks).toString('utf8')) ?? reply;
      const body = JSON.stringify(answer.body);
      response.writeHead(answer.status, {
        'Content-Type': 'application/x-amz-json-1.1',
        'Content-Length': Buffer.byteLength(body),
        'x-amzn-RequestId': 'e2e-request-id',
      });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Every option of the seed, in shorthand, with lists of several values and a boolean flag. */
const EVERY_OPTION = [
  'sagemaker',
  'create-auto-ml-job',
  '--auto-ml-job-name',
  'job-1',
  '--input-data-config',
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train}},TargetAttributeName=label,ChannelType=training',
  'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/valid}},TargetAttributeName=label,ChannelType=validation',
  '--output-data-config',
  'S3OutputPath=s3://bucket/out,KmsKeyId=key-1',
  '--problem-type',
  'Regression',
  '--auto-ml-job-objective',
  'MetricName=MSE',
  '--auto-ml-job-config',
  'CompletionCriteria={MaxCandidates=10,MaxRuntimePerTrainingJobInSeconds=3600,MaxAutoMLJobRuntimeInSeconds=86400},SecurityConfig={EnableInterContainerTrafficEncryption=true,VpcConfig={SecurityGroupIds=[sg-1,sg-2],Subnets=[subnet-1]}},DataSplitConfig={ValidationFraction=0.25},Mode=ENSEMBLING',
  '--role-arn',
  ROLE,
  '--generate-candidate-definitions-only',
  '--tags',
  'Key=team,Value=ml',
  'Key=stage,Value=dev',
  '--model-deploy-config',
  'AutoGenerateEndpointName=false,EndpointName=ep-1',
];

const EXPECTED_BODY = {
  AutoMLJobName: 'job-1',
  InputDataConfig: [
    { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/train' } }, TargetAttributeName: 'label', ChannelType: 'training' },
    { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/valid' } }, TargetAttributeName: 'label', ChannelType: 'validation' },
  ],
  OutputDataConfig: { S3OutputPath: 's3://bucket/out', KmsKeyId: 'key-1' },
  ProblemType: 'Regression',
  AutoMLJobObjective: { MetricName: 'MSE' },
  AutoMLJobConfig: {
    CompletionCriteria: { MaxCandidates: 10, MaxRuntimePerTrainingJobInSeconds: 3600, MaxAutoMLJobRuntimeInSeconds: 86400 },
    SecurityConfig: { EnableInterContainerTrafficEncryption: true, VpcConfig: { SecurityGroupIds: ['sg-1', 'sg-2'], Subnets: ['subnet-1'] } },
    DataSplitConfig: { ValidationFraction: 0.25 },
    Mode: 'ENSEMBLING',
  },
  RoleArn: ROLE,
  GenerateCandidateDefinitionsOnly: true,
  Tags: [
    { Key: 'team', Value: 'ml' },
    { Key: 'stage', Value: 'dev' },
  ],
  ModelDeployConfig: { AutoGenerateEndpointName: false, EndpointName: 'ep-1' },
};

/** Run the installed AWS CLI with the same environment (no network beyond the local server). */
function runAws(argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runProcess('aws', argv, { ...cleanEnv(credentials), AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' });
}

/** Run a program with `env`; its exit code and output. */
function runProcess(program: string, argv: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(program, argv, { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function send(argv: readonly string[]): Promise<{ result: Awaited<ReturnType<typeof run>>; request: Received | undefined }> {
  const before = received.length;
  const result = await run([...argv, '--endpoint-url', endpoint], { env: cleanEnv(credentials) });
  return { result, request: received.length > before ? received[received.length - 1] : undefined };
}

describe('sending create-auto-ml-job to a local endpoint', () => {
  it('sends the JSON body, target and signature the service expects, and prints the response', async () => {
    reply = { status: 200, body: { AutoMLJobArn: ARN } };
    const { result, request } = await send(EVERY_OPTION);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`{\n    "AutoMLJobArn": "${ARN}"\n}\n`);
    expect(request).toBeDefined();
    const r = request as Received;
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/');
    expect(r.headers['x-amz-target']).toBe('SageMaker.CreateAutoMLJob');
    expect(r.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(String(r.headers['authorization'])).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/sagemaker\/aws4_request, /);
    expect(JSON.parse(r.body)).toEqual(EXPECTED_BODY);
  });

  it.each([
    ['text', `${ARN}\n`],
    ['table', null],
  ] as const)('prints the response with --output %s', async (output, expected) => {
    reply = { status: 200, body: { AutoMLJobArn: ARN } };
    const { result } = await send([...EVERY_OPTION, '--output', output]);
    expect(result.code).toBe(0);
    if (expected !== null) expect(result.stdout).toBe(expected);
    else {
      const width = `|  AutoMLJobArn|  ${ARN}   |`.length;
      expect(result.stdout.split('\n')[0]).toBe('-'.repeat(width));
      expect(result.stdout).toContain(`|  AutoMLJobArn|  ${ARN}   |\n`);
    }
  });

  it('applies --query before printing', async () => {
    reply = { status: 200, body: { AutoMLJobArn: ARN } };
    const { result } = await send([...EVERY_OPTION, '--query', 'AutoMLJobArn', '--output', 'json']);
    expect(result.stdout).toBe(`"${ARN}"\n`);
  });

  it('reports a service error as the AWS CLI does, exit 255', async () => {
    reply = { status: 400, body: { __type: 'ResourceLimitExceeded', message: 'Too many AutoML jobs' } };
    const { result } = await send(EVERY_OPTION);
    expect(result.code).toBe(255);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('\nAn error occurred (ResourceLimitExceeded) when calling the CreateAutoMLJob operation: Too many AutoML jobs\n');
  });

  it('exits 254 for a service error under --dialect v2 (AWS CLI v2), with the same text', async () => {
    reply = { status: 400, body: { __type: 'ResourceLimitExceeded', message: 'Too many AutoML jobs' } };
    const { result } = await send(['--dialect', 'v2', ...EVERY_OPTION]);
    expect(result.code).toBe(254);
    expect(result.stderr).toBe('\nAn error occurred (ResourceLimitExceeded) when calling the CreateAutoMLJob operation: Too many AutoML jobs\n');
  });

  it('does not send when validation fails', async () => {
    const { result, request } = await send(['sagemaker', 'create-auto-ml-job', '--auto-ml-job-name', 'x', '--input-data-config', 'TargetAttributeName=y', '--output-data-config', 'S3OutputPath=s3://b', '--role-arn', 'short']);
    expect(request).toBeUndefined();
    expect(result.code).toBe(255);
    expect(result.stderr).toBe('\nParameter validation failed:\nInvalid length for parameter RoleArn, value: 5, valid min length: 20\n');
  });

  // The SDK's own chains read this process's environment and ~/.aws: skip (with the reason) where they could succeed.
  const ambientAws =
    ['AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'].some((name) => process.env[name] !== undefined) ||
    existsSync(join(homedir(), '.aws'));
  itWith(reference(!ambientAws, 'an environment without AWS settings or ~/.aws (the SDK chains would find them)')).each([
    ['region', { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret' }, 'You must specify a region. You can also configure your region by running "aws configure".\n'],
    ['credentials', { AWS_DEFAULT_REGION: 'us-east-1' }, 'Unable to locate credentials. You can configure credentials by running "aws configure".\n'],
  ])('reports missing %s as the AWS CLI does', async (_what, extra, message) => {
    const env = cleanEnv({ ...extra, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' });
    const before = received.length;
    const result = await run(['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'x', '--endpoint-url', endpoint], { env });
    expect(received.length).toBe(before);
    expect(result.code).toBe(255);
    expect(result.stderr).toBe(message);
  });

  it('sends unsigned requests with --no-sign-request', async () => {
    reply = { status: 200, body: { AutoMLJobArn: ARN } };
    const before = received.length;
    const result = await run(['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'x', '--endpoint-url', endpoint, '--no-sign-request'], {
      env: cleanEnv({ AWS_DEFAULT_REGION: 'us-east-1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' }),
    });
    expect(result.code).toBe(0);
    expect(received.length).toBe(before + 1);
    expect(received[received.length - 1]?.headers['authorization']).toBeUndefined();
  });

  itWithAws('matches the AWS CLI: the same argv arrives with an identical JSON body', async () => {
    reply = { status: 200, body: { AutoMLJobArn: ARN } };
    const ours = await send(EVERY_OPTION);
    const before = received.length;
    const theirs = await runAws([...EVERY_OPTION, '--endpoint-url', endpoint]);
    expect(theirs.code).toBe(0);
    expect(received.length).toBe(before + 1);
    const awsRequest = received[received.length - 1] as Received;
    expect(awsRequest.headers['x-amz-target']).toBe(ours.request?.headers['x-amz-target']);
    expect(JSON.parse(awsRequest.body)).toEqual(JSON.parse(ours.request?.body ?? 'null'));
    expect(ours.result.stdout).toBe(theirs.stdout);
  });

  itWithAws('matches the AWS CLI on a service error', async () => {
    reply = { status: 400, body: { __type: 'ResourceLimitExceeded', message: 'Too many AutoML jobs' } };
    const ours = await send(EVERY_OPTION);
    const theirs = await runAws([...EVERY_OPTION, '--endpoint-url', endpoint]);
    expect(ours.result.code).toBe(theirs.code);
    expect(ours.result.stderr).toBe(theirs.stderr);
  });
});

/** Five AutoML jobs served in pages of 2, 1 and 2, keyed by the request's NextToken. */
const JOBS = ['j1', 'j2', 'j3', 'j4', 'j5'].map((name, i) => ({
  AutoMLJobName: name,
  AutoMLJobArn: `arn:aws:sagemaker:us-east-1:123456789012:automl-job/${name}`,
  AutoMLJobStatus: 'Completed',
  AutoMLJobSecondaryStatus: 'Completed',
  CreationTime: 1700000000 + i,
  LastModifiedTime: 1700000100 + i,
}));
const PAGES: Readonly<Record<string, { items: typeof JOBS; next?: string }>> = {
  '': { items: JOBS.slice(0, 2), next: 'page-2' },
  'page-2': { items: JOBS.slice(2, 3), next: 'page-3' },
  'page-3': { items: JOBS.slice(3) },
};
const LIST = ['sagemaker', 'list-auto-ml-jobs'];

function pagedListing(body: string): Reply {
  const token = (JSON.parse(body) as { NextToken?: string }).NextToken ?? '';
  const page = PAGES[token];
  if (page === undefined) return { status: 400, body: { __type: 'ValidationException', message: `bad token ${token}` } };
  return { status: 200, body: { AutoMLJobSummaries: page.items, ...(page.next === undefined ? {} : { NextToken: page.next }) } };
}

/** botocore's token text for a resume point. */
const token = (value: object): string => Buffer.from(JSON.stringify(value).replaceAll('":', '": ').replaceAll(',"', ', "')).toString('base64');

describe('paging list-auto-ml-jobs against a local endpoint', () => {
  beforeAll(() => {
    pager = pagedListing;
  });
  afterAll(() => {
    pager = undefined;
  });

  async function list(args: readonly string[]): Promise<{ result: Awaited<ReturnType<typeof run>>; bodies: unknown[]; json: { AutoMLJobSummaries?: Array<{ AutoMLJobName: string }>; NextToken?: string } }> {
    const before = received.length;
    const { result } = await send([...LIST, ...args]);
    const bodies = received.slice(before).map((r) => JSON.parse(r.body) as unknown);
    const json = result.code === 0 && result.stdout.startsWith('{') ? (JSON.parse(result.stdout) as never) : {};
    return { result, bodies, json };
  }
  const names = (json: { AutoMLJobSummaries?: Array<{ AutoMLJobName: string }> }): string[] => (json.AutoMLJobSummaries ?? []).map((job) => job.AutoMLJobName);

  it.each([
    ['every page, merged', [], [{}, { NextToken: 'page-2' }, { NextToken: 'page-3' }], ['j1', 'j2', 'j3', 'j4', 'j5'], undefined],
    ['--page-size sets MaxResults on every request', ['--page-size', '2'], [{ MaxResults: 2 }, { MaxResults: 2, NextToken: 'page-2' }, { MaxResults: 2, NextToken: 'page-3' }], ['j1', 'j2', 'j3', 'j4', 'j5'], undefined],
    ['--max-items on a page boundary resumes at the next page', ['--max-items', '3'], [{}, { NextToken: 'page-2' }], ['j1', 'j2', 'j3'], token({ NextToken: 'page-3' })],
    ['--max-items inside a page cuts it and remembers where', ['--max-items', '1'], [{}], ['j1'], token({ NextToken: null, boto_truncate_amount: 1 })],
    ['--starting-token with a cut skips into its page', ['--starting-token', token({ NextToken: null, boto_truncate_amount: 1 }), '--max-items', '2'], [{}, { NextToken: 'page-2' }], ['j2', 'j3'], token({ NextToken: 'page-3' })],
    ['--starting-token resumes at a page', ['--starting-token', token({ NextToken: 'page-3' })], [{ NextToken: 'page-3' }], ['j4', 'j5'], undefined],
    ['a cut on a later page counts from that page', ['--starting-token', token({ NextToken: 'page-3' }), '--max-items', '1'], [{ NextToken: 'page-3' }], ['j4'], token({ NextToken: 'page-3', boto_truncate_amount: 1 })],
  ] as const)('%s', async (_name, args, bodies, expectedNames, nextToken) => {
    const { result, bodies: sent, json } = await list(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(sent).toEqual(bodies);
    expect(names(json)).toEqual(expectedNames);
    expect(json.NextToken).toBe(nextToken);
    // Only the result key and the resume token are printed, as build_full_result keeps them.
    expect(Object.keys(json)).toEqual(nextToken === undefined ? ['AutoMLJobSummaries'] : ['AutoMLJobSummaries', 'NextToken']);
  });

  it('--no-paginate sends one request and prints the service token as it is', async () => {
    const { result, bodies, json } = await list(['--no-paginate']);
    expect(result.code).toBe(0);
    expect(bodies).toEqual([{}]);
    expect([names(json), json.NextToken]).toEqual([['j1', 'j2'], 'page-2']);
  });

  it('a token option of the model turns paging off', async () => {
    const { bodies, json } = await list(['--next-token', 'page-2']);
    expect(bodies).toEqual([{ NextToken: 'page-2' }]);
    expect([names(json), json.NextToken]).toEqual([['j3'], 'page-3']);
  });

  it('stops when the service repeats a next token', async () => {
    pager = () => ({ status: 200, body: { AutoMLJobSummaries: JOBS.slice(0, 1), NextToken: 'again' } });
    try {
      const { result, bodies } = await list([]);
      expect(bodies).toHaveLength(2);
      expect(result.code).toBe(255);
      expect(result.stderr).toBe("\nError during pagination: The same next token was received twice: {'NextToken': 'again'}\n");
    } finally {
      pager = pagedListing;
    }
  });

  it.each([
    ['page by page, each through --query', ['--output', 'text', '--query', 'AutoMLJobSummaries[].AutoMLJobName'], 'j1\tj2\nj3\nj4\tj5\n'],
    ['the last page cut, then the resume token', ['--output', 'text', '--query', 'AutoMLJobSummaries[].AutoMLJobName', '--max-items', '3'], 'j1\tj2\nj3\nNone\n'],
    ['the resume token as its own record', ['--output', 'text', '--max-items', '1'], `AUTOMLJOBSUMMARIES\tarn:aws:sagemaker:us-east-1:123456789012:automl-job/j1\tj1\tCompleted\tCompleted\t1700000000\t1700000100\nNEXTTOKEN\t${token({ NextToken: null, boto_truncate_amount: 1 })}\n`],
  ] as const)('--output text prints a paged result as the pages come: %s', async (_name, args, expected) => {
    const { result } = await list(args);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expected);
  });

  it('prints the pages it has before a failing page, then the error', async () => {
    pager = (body) => ((JSON.parse(body) as { NextToken?: string }).NextToken === 'page-3' ? { status: 400, body: { __type: 'ValidationException', message: 'gone' } } : pagedListing(body));
    try {
      const { result } = await list(['--output', 'text', '--query', 'AutoMLJobSummaries[].AutoMLJobName']);
      expect(result.stdout).toBe('j1\tj2\nj3\n');
      expect(result.stderr).toBe('\nAn error occurred (ValidationException) when calling the ListAutoMLJobs operation: gone\n');
      expect(result.code).toBe(255);
    } finally {
      pager = pagedListing;
    }
  });

  describe('with a profile from a config file', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'aws-shorthand-e2e-')), 'config');
    // A named profile hides the credentials in the environment, so the profile carries its own.
    writeFileSync(
      config,
      `[profile iso]\ncli_timestamp_format = iso8601\noutput = text\nregion = eu-west-1\naws_access_key_id = ${credentials.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${credentials.AWS_SECRET_ACCESS_KEY}\n`,
    );
    const ARGS = ['--profile', 'iso', ...LIST, '--max-items', '2'];
    /** The SDK reads config files through the process environment, so this runs the built CLI. */
    const runBuilt = (argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
      runProcess(process.execPath, [fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)), ...argv], { ...cleanEnv(), AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: '/dev/null' });

    it('prints timestamps as ISO 8601 and uses the profile\'s output format and region', async () => {
      const result = await runBuilt([...ARGS, '--endpoint-url', endpoint]);
      expect(result.stderr).toBe('');
      expect(result.stdout.split('\n')[0]).toBe('AUTOMLJOBSUMMARIES\tarn:aws:sagemaker:us-east-1:123456789012:automl-job/j1\tj1\tCompleted\tCompleted\t2023-11-14T22:13:20+00:00\t2023-11-14T22:15:00+00:00');
      expect(received[received.length - 1]?.headers.authorization).toContain('/eu-west-1/sagemaker/');
    });

    itWithAws('prints what the AWS CLI prints', async () => {
      const ours = await runBuilt([...ARGS, '--endpoint-url', endpoint]);
      const theirs = await runProcess('aws', [...ARGS, '--endpoint-url', endpoint], { ...cleanEnv(), AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: '/dev/null' });
      expect(theirs.code).toBe(0);
      expect(ours).toEqual(theirs);
    });
  });

  it('warns about a non-positive --max-items and still pages', async () => {
    const { result, bodies } = await list(['--max-items', '0']);
    expect(result.stderr).toBe('warning: Non-positive values for --max-items may result in undefined behavior.\n');
    expect(bodies).toEqual([{}]);
  });

  itWithAws.each([
    [[]],
    [['--output', 'text']],
    [['--output', 'text', '--query', 'AutoMLJobSummaries[].AutoMLJobName']],
    [['--output', 'text', '--query', 'AutoMLJobSummaries[].AutoMLJobName', '--max-items', '3']],
    [['--output', 'text', '--max-items', '1']],
    [['--output', 'text', '--query', '[AutoMLJobSummaries[0].AutoMLJobName, NextToken]', '--starting-token', token({ NextToken: null, boto_truncate_amount: 1 }), '--max-items', '2']],
    [['--output', 'text', '--query', 'NextToken']],
    [['--max-items', '0']],
    [['--page-size', '2', '--max-items', '3']],
    [['--max-items', '1']],
    [['--starting-token', token({ NextToken: null, boto_truncate_amount: 1 }), '--max-items', '2']],
    [['--no-paginate']],
    [['--max-items', '4', '--output', 'table']],
  ])('matches the AWS CLI: %j sends the same requests and prints the same', async (args) => {
    const ours = await list(args);
    const before = received.length;
    const theirs = await runAws([...LIST, ...args, '--endpoint-url', endpoint]);
    const theirBodies = received.slice(before).map((r) => JSON.parse(r.body) as unknown);
    expect(ours.result.code).toBe(theirs.code);
    expect(ours.bodies).toEqual(theirBodies);
    expect(ours.result.stdout).toBe(theirs.stdout);
    expect(ours.result.stderr).toBe(theirs.stderr);
  });
});
