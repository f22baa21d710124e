/**
 * End to end: `aws-shorthand sagemaker wait endpoint-in-service … --endpoint-url http://127.0.0.1:PORT`
 * against a local HTTP server answering DescribeEndpoint from a script. The server records each
 * poll (target header, JSON body); the test checks the polls, the exit status and stderr. The
 * delay between polls is set the AWS CLI's own way, by a `WaiterConfig` in `--cli-input-json`,
 * so no test sleeps; the same command lines run through the installed AWS CLI, when there is
 * one, must poll as often and end with the same status and text.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsCommand, describeWith } from '../helpers/live.js';
import { cleanEnv, run } from './run-helpers.js';

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

const credentials = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  AWS_DEFAULT_REGION: 'us-east-1',
};


let server: Server;
let endpoint: string;
let received: Received[] = [];
/** Answers in order; the last one repeats. */
let script: Reply[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = script[Math.min(received.length - 1, script.length - 1)] ?? { status: 500, body: {} };
      const body = JSON.stringify(answer.body);
      response.writeHead(answer.status, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': Buffer.byteLength(body), 'x-amzn-RequestId': 'wait-e2e' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
});

const status = (value: string): Reply => ({ status: 200, body: { EndpointName: 'ep-1', EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep-1', EndpointStatus: value, CreationTime: 1.7e9, LastModifiedTime: 1.7e9 } });
const error = (code: string, message: string): Reply => ({ status: 400, body: { __type: code, message } });

/** The waiter with no delay between polls and at most `attempts` of them. */
const waitArgv = (attempts: number): string[] => [
  'sagemaker',
  'wait',
  'endpoint-in-service',
  '--cli-input-json',
  JSON.stringify({ EndpointName: 'ep-1', WaiterConfig: { Delay: 0, MaxAttempts: attempts } }),
];

const CASES: ReadonlyArray<readonly [string, Reply[], number, number, number, string]> = [
  ['Creating, then InService: success, nothing printed', [status('Creating'), status('InService')], 5, 2, 0, ''],
  [
    'Creating, then Failed: the terminal failure state',
    [status('Creating'), status('Failed')],
    5,
    2,
    255,
    '\nWaiter EndpointInService failed: Waiter encountered a terminal failure state: For expression "EndpointStatus" we matched expected path: "Failed"\n',
  ],
  ['Creating until the attempts run out', [status('Creating')], 3, 3, 255, '\nWaiter EndpointInService failed: Max attempts exceeded\n'],
  [
    'ValidationException: the failure acceptor on an error code',
    [error('ValidationException', 'Could not find endpoint "ep-1".')],
    5,
    1,
    255,
    '\nWaiter EndpointInService failed: Waiter encountered a terminal failure state: Matched expected service error code: ValidationException\n',
  ],
  ['an error no acceptor expects', [status('Creating'), error('ResourceNotFound', 'no such endpoint')], 5, 2, 255, '\nWaiter EndpointInService failed: An error occurred (ResourceNotFound): no such endpoint\n'],
];

describe('sagemaker wait endpoint-in-service against a local endpoint', () => {
  it.each(CASES)('%s', async (_name, replies, attempts, polls, code, stderr) => {
    script = replies;
    const result = await run([...waitArgv(attempts), '--endpoint-url', endpoint], { env: cleanEnv(credentials) });
    expect(result).toEqual({ code, stdout: '', stderr });
    expect(received).toHaveLength(polls);
    for (const poll of received) {
      expect(poll.headers['x-amz-target']).toBe('SageMaker.DescribeEndpoint');
      // WaiterConfig never reaches the service.
      expect(JSON.parse(poll.body)).toEqual({ EndpointName: 'ep-1' });
    }
  });

  it('options on the command line: the first poll decides', async () => {
    script = [status('InService')];
    const result = await run(['sagemaker', 'wait', 'endpoint-in-service', '--endpoint-name', 'ep-1', '--endpoint-url', endpoint], { env: cleanEnv(credentials) });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(received.map((poll) => JSON.parse(poll.body) as unknown)).toEqual([{ EndpointName: 'ep-1' }]);
  });
});

/** Run the installed AWS CLI with the same environment (no network beyond the local server). */
function runAws(argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('aws', argv, { env: { ...cleanEnv(credentials), AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout, stderr }));
  });
}

describeWith(awsCommand(), 'the AWS CLI waits the same way', () => {
  it.each(CASES)('%s', async (_name, replies, attempts, polls) => {
    script = replies;
    const ours = await run([...waitArgv(attempts), '--endpoint-url', endpoint], { env: cleanEnv(credentials) });
    const ourPolls = received.map((poll) => poll.body);
    received = [];
    const theirs = await runAws([...waitArgv(attempts), '--endpoint-url', endpoint]);
    expect(received).toHaveLength(polls);
    expect(received.map((poll) => JSON.parse(poll.body) as unknown)).toEqual(ourPolls.map((body) => JSON.parse(body) as unknown));
    expect({ code: ours.code, stdout: ours.stdout, stderr: ours.stderr }).toEqual({ code: theirs.code, stdout: theirs.stdout, stderr: theirs.stderr });
  }, 30_000);
});
