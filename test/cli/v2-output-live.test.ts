/**
 * v2's printed responses of a paginated call, against AWS CLI v2 itself (Debian's /usr/bin/aws):
 * both send `sagemaker list-auto-ml-jobs` to the same local endpoint, which answers with two
 * pages, and must print the same text with the same exit status, for every `--output` with
 * paging, `--max-items` and `--query`. `--output yaml-stream` prints page by page, each page as
 * it came (its own `NextToken` included).
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { describeWith, fileReference, itWith } from '../helpers/live.js';
import { cleanEnv, run } from './run-helpers.js';

const FIRST_PAGE = {
  AutoMLJobSummaries: [
    { AutoMLJobName: 'a', AutoMLJobArn: 'arn:a', AutoMLJobStatus: 'Completed', AutoMLJobSecondaryStatus: 'Completed', CreationTime: 1700000000, LastModifiedTime: 1700000001.25 },
    { AutoMLJobName: 'a: #2', AutoMLJobArn: 'arn:a2', AutoMLJobStatus: 'Completed', AutoMLJobSecondaryStatus: 'Completed', CreationTime: 1700000000, LastModifiedTime: 1700000001 },
  ],
  NextToken: 't1',
};
const SECOND_PAGE = {
  AutoMLJobSummaries: [
    { AutoMLJobName: 'b', AutoMLJobArn: 'arn:b', AutoMLJobStatus: 'Failed', AutoMLJobSecondaryStatus: 'Failed', CreationTime: 1600000000, LastModifiedTime: 1600000000, FailureReason: `quota "x"\n${'word '.repeat(20)}` },
  ],
};

let server: Server | undefined;
let endpoint = '';

const ENV = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_DEFAULT_REGION: 'us-east-1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };

function runV2(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('/usr/bin/aws', [...argv], { env: { ...cleanEnv(ENV), AWS_PAGER: '' } }, (error, stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 255, stdout, stderr });
    });
  });
}

describeWith(fileReference('/usr/bin/aws'), "printed responses of a paginated call match AWS CLI v2's", () => {
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const sent = JSON.parse(body === '' ? '{}' : body) as { NextToken?: string };
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify(sent.NextToken === 't1' ? SECOND_PAGE : FIRST_PAGE));
      });
    });
    await new Promise<void>((ready) => server?.listen(0, '127.0.0.1', ready));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((closed) => (server === undefined ? closed() : server.close(() => closed())));
  });

  const v2 = itWith(fileReference('/usr/lib/python3/dist-packages/awscli/botocore/data'));
  // Each case starts AWS CLI v2 once (a few seconds each on a busy machine): kept to the paged outputs.
  const cases: ReadonlyArray<readonly string[]> = [
    ['yaml-stream'],
    ['yaml-stream', '--max-items', '1'],
    ['yaml-stream', '--query', 'AutoMLJobSummaries[].AutoMLJobName'],
    ['yaml', '--max-items', '2'],
    ['text'],
    ['table'],
  ];
  v2.each(cases.map((words) => [words.join(' '), words] as const))('--output %s', async (_label, [output = 'json', ...extra]) => {
    const argv = ['--endpoint-url', endpoint, 'sagemaker', 'list-auto-ml-jobs', '--output', output, ...extra];
    const theirs = await runV2(argv);
    const ours = await run(['--dialect', 'v2', '--data-path', '/usr/lib/python3/dist-packages/awscli/botocore/data', ...argv], { env: cleanEnv(ENV) });
    expect(theirs.stderr).toBe('');
    expect({ code: ours.code, stdout: ours.stdout, stderr: ours.stderr }).toEqual(theirs);
  }, 60_000);
});
