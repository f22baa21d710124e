/**
 * Payload outputs (`aws lambda invoke … outfile`): the positional `outfile` on the command
 * line, in help, and the saving of the payload once a call succeeds.
 *
 * What the AWS CLI does here was found by running it (recorded rows in
 * corpus/cli/services.jsonl replay the argv cases; this file checks the rest). Sending is
 * exercised three ways: `saveOutfile` with the forms the SDK returns a payload in; the CLI
 * path of a service whose SDK package is not installed (Lambda: nothing is written); and a
 * whole call through the installed SageMaker SDK to a local server, with a test model in which
 * a SageMaker output member is declared the blob payload (SageMaker itself has no payload
 * output, and no SDK client with one is installed).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { saveOutfile } from '../../src/cli/send/outfile.js';
import { cleanEnv, run } from './run-helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/models');
const fixtureArgs = ['--data-path', FIXTURES];
const region = { AWS_DEFAULT_REGION: 'us-east-1' };
const credentials = { ...region, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const USAGE_HEAD = 'usage: aws-shorthand [options] <command> <subcommand> [<subcommand> ...] [parameters]';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'aws-shorthand-outfile-'));
}

describe('the command line of a payload output', () => {
  const cases: Array<[label: string, argv: string[], code: number, stderrTail: string]> = [
    ['outfile is required after the options', ['lambda', 'invoke'], 2, 'aws-shorthand: error: the following arguments are required: --function-name, outfile\n'],
    ['only outfile missing', ['lambda', 'invoke', '--function-name', 'f'], 2, 'aws-shorthand: error: the following arguments are required: outfile\n'],
    ['sagemaker-runtime: after its required members', ['sagemaker-runtime', 'invoke-endpoint', '--generate-cli-skeleton'], 2, 'aws-shorthand: error: the following arguments are required: --endpoint-name, --body, outfile\n'],
    ['a second word is help, and not help: unknown', ['lambda', 'invoke', '--function-name', 'f', 'a', 'b'], 255, '\nUnknown options: b\n'],
    ['--cli-input-json is unknown', ['lambda', 'invoke', '--function-name', 'f', 'a', '--cli-input-json', '{}'], 255, '\nUnknown options: --cli-input-json, {}\n'],
    ['--generate-cli-skeleton is unknown', ['lambda', 'invoke', 'a', '--function-name', 'f', '--generate-cli-skeleton'], 255, '\nUnknown options: --generate-cli-skeleton\n'],
    // The unknown option takes no value: `output` is the outfile and `o` the help word.
    ['--generate-cli-skeleton output: output is the outfile', ['lambda', 'invoke', '--function-name', 'f', '--generate-cli-skeleton', 'output', 'o'], 255, '\nUnknown options: --generate-cli-skeleton, o\n'],
    // --cli-input-json relaxes nothing here; its value becomes the outfile.
    ['--cli-input-json makes nothing optional', ['lambda', 'invoke', '--cli-input-json', '{}'], 2, 'aws-shorthand: error: the following arguments are required: --function-name\n'],
    // outfile and help are matched together to the first run of words; a later `help` is extra.
    ['help after an option is no help', ['lambda', 'invoke', 'a', '--function-name', 'f', 'help'], 255, '\nUnknown options: help\n'],
    ['the outfile name from a missing paramfile', ['lambda', 'invoke', '--function-name', 'f', 'file://missing.txt', '--cli-dry-run'], 255, "\nError parsing parameter 'outfile': Unable to load paramfile file://missing.txt: [Errno 2] No such file or directory: 'missing.txt'\n"],
  ];
  test.each(cases)('%s', async (_label, argv, code, stderrTail) => {
    const result = await run([...fixtureArgs, ...argv], { env: cleanEnv(region) });
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith(stderrTail)).toBe(true);
    // argparse errors and unknown options come after the usage text; a parameter error alone.
    expect(result.stderr.startsWith(USAGE_HEAD)).toBe(!stderrTail.startsWith('\nError parsing'));
  });

  test.each([
    ['outfile last', ['lambda', 'invoke', '--function-name', 'f', '--payload', '{"a": 1}', 'out.json']],
    ['outfile first', ['lambda', 'invoke', 'out.json', '--function-name', 'f', '--payload', '{"a": 1}']],
    ['help as the outfile name', ['lambda', 'invoke', 'help', '--function-name', 'f', '--payload', '{"a": 1}']],
  ])('a dry run prints the parameters without the outfile (%s)', async (_label, argv) => {
    const cwd = scratch();
    const result = await run([...fixtureArgs, ...argv, '--cli-dry-run'], { env: cleanEnv(), cwd });
    expect(result).toEqual({ code: 0, stdout: '{\n  "FunctionName": "f",\n  "Payload": "{\\"a\\": 1}"\n}\n', stderr: '' });
    expect(existsSync(join(cwd, 'out.json'))).toBe(false);
  });

  test('a lone help word after the outfile shows the help page', async () => {
    const result = await run([...fixtureArgs, 'lambda', 'invoke', '--function-name', 'f', 'a', 'help'], { env: cleanEnv() });
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('INVOKE()')).toBe(true);
  });

  test('the outfile name may come from a paramfile', async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'name.txt'), 'named.bin');
    const result = await run([...fixtureArgs, 'lambda', 'invoke', '--function-name', 'f', 'file://name.txt'], { env: cleanEnv(credentials), cwd });
    // Lambda's SDK is not installed: the message says so, and nothing is written.
    expect(result.code).toBe(255);
    expect(existsSync(join(cwd, 'named.bin'))).toBe(false);
  });
});

describe('help of a payload output, as `aws lambda invoke help` prints it', () => {
  test('<outfile> in the synopsis after the members, and its OPTIONS entry', async () => {
    const { stdout } = await run([...fixtureArgs, 'lambda', 'invoke', 'help'], { env: cleanEnv() });
    const synopsis = stdout.slice(stdout.indexOf('SYNOPSIS\n'), stdout.indexOf('          [--debug]'));
    expect(synopsis).toBe(
      [
        'SYNOPSIS',
        '            invoke',
        '          --function-name <value>',
        '          [--invocation-type <value>]',
        '          [--log-type <value>]',
        '          [--client-context <value>]',
        '          [--durable-execution-name <value>]',
        '          [--payload <value>]',
        '          [--qualifier <value>]',
        '          [--tenant-id <value>]',
        '          <outfile>',
        '',
      ].join('\n'),
    );
    expect(stdout).toContain('\n       outfile (string) Filename where the content will be saved\n\nGLOBAL OPTIONS\n');
    expect(stdout).not.toContain('--cli-input-json (string)');
    expect(stdout).not.toContain('--generate-cli-skeleton (string)');
    // The payload stays in the OUTPUT section.
    expect(stdout).toContain('\n       Payload -> (blob)\n');
  });

  test('an operation without a payload output keeps --cli-input-json and --generate-cli-skeleton', async () => {
    const { stdout } = await run([...fixtureArgs, 'lambda', 'tag-resource', 'help'], { env: cleanEnv() });
    expect(stdout).toContain('[--cli-input-json <value>]');
    expect(stdout).toContain('[--generate-cli-skeleton <value>]');
    expect(stdout).not.toContain('outfile');
  });
});

describe('saveOutfile: the payload forms the SDK returns', () => {
  const bytes = new Uint8Array([0, 1, 0xff, 0x7b]);
  const forms: Array<[label: string, payload: () => unknown, expected: Uint8Array]> = [
    ['Uint8Array (a plain blob payload)', () => bytes, bytes],
    ['Buffer', () => Buffer.from(bytes), bytes],
    ['a stream mixin with transformToByteArray()', () => ({ transformToByteArray: async () => bytes }), bytes],
    ['a Node Readable (chunks as they arrive)', () => Readable.from([Buffer.from([0, 1]), Buffer.from([0xff, 0x7b])]), bytes],
    ['a Blob', () => new Blob([bytes]), bytes],
    ['a string', () => 'héllo', new TextEncoder().encode('héllo')],
    ['absent: an empty file', () => undefined, new Uint8Array()],
  ];
  test.each(forms)('%s', async (_label, payload, expected) => {
    const cwd = scratch();
    const result = await saveOutfile({ StatusCode: 200, Payload: payload(), ExecutedVersion: '$LATEST' }, { path: 'out.bin', member: 'Payload' }, cwd);
    expect(result).toEqual({ ok: true, response: { StatusCode: 200, ExecutedVersion: '$LATEST' } });
    expect(new Uint8Array(readFileSync(join(cwd, 'out.bin')))).toEqual(expected);
  });

  test('a relative path is taken from the working directory; an absolute one as it is; an existing file is replaced', async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, 'sub'));
    writeFileSync(join(cwd, 'sub', 'out.json'), 'a much longer previous content');
    await saveOutfile({ Body: new Uint8Array([65]) }, { path: 'sub/out.json', member: 'Body' }, cwd);
    expect(readFileSync(join(cwd, 'sub', 'out.json'), 'utf8')).toBe('A');
    const absolute = join(scratch(), 'abs.bin');
    await saveOutfile({ Body: new Uint8Array([66]) }, { path: absolute, member: 'Body' }, cwd);
    expect(readFileSync(absolute, 'utf8')).toBe('B');
  });

  const failures: Array<[label: string, path: (cwd: string) => string, message: (cwd: string) => string]> = [
    ['a missing directory', () => 'nodir/out.json', () => "[Errno 2] No such file or directory: 'nodir/out.json'"],
    ['a directory', (cwd) => cwd, (cwd) => `[Errno 21] Is a directory: '${cwd}'`],
    ['the empty name', () => '', () => "[Errno 2] No such file or directory: ''"],
    ['a file where a directory should be', () => 'file.txt/out.json', () => "[Errno 20] Not a directory: 'file.txt/out.json'"],
  ];
  test.each(failures)('%s fails in Python\'s words before the payload is read', async (_label, path, message) => {
    const cwd = scratch();
    writeFileSync(join(cwd, 'file.txt'), '');
    let read = false;
    const payload = { transformToByteArray: async () => ((read = true), new Uint8Array()) };
    const result = await saveOutfile({ Body: payload }, { path: path(cwd), member: 'Body' }, cwd);
    expect(result).toEqual({ ok: false, failure: expect.objectContaining({ kind: 'other', message: message(cwd), code: 'OUTFILE_WRITE_FAILED', exitStatus: 255 }) });
    expect(read).toBe(false);
  });

  test('an unreadable payload form is a failure, not a crash', async () => {
    const cwd = scratch();
    const result = await saveOutfile({ Body: 42 }, { path: 'out.bin', member: 'Body' }, cwd);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'other', message: 'cannot write a payload of type number to a file' } });
  });
});

describe('sending', () => {
  test('a service whose SDK package is missing says so, and writes no file', async () => {
    const cwd = scratch();
    const result = await run([...fixtureArgs, 'lambda', 'invoke', '--function-name', 'f', 'out.json'], { env: cleanEnv(credentials), cwd });
    expect(result).toEqual({
      code: 255,
      stdout: '',
      stderr:
        '\nSending lambda requests needs the npm package @aws-sdk/client-lambda, which is not installed (npm install @aws-sdk/client-lambda). Use --cli-dry-run to print the request parameters instead.\n',
    });
    expect(existsSync(join(cwd, 'out.json'))).toBe(false);
  });

  describe('through the installed SageMaker SDK to a local server (a test model declares a payload)', () => {
    let server: Server;
    let endpoint: string;
    let status = 200;
    const bodies: string[] = [];
    beforeAll(async () => {
      server = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          bodies.push(Buffer.concat(chunks).toString('utf8'));
          const body = JSON.stringify(
            status === 200 ? { AutoMLJobName: 'payload: {"ok": true}', AutoMLJobStatus: 'Completed' } : { __type: 'ResourceNotFound', Message: 'no such job' },
          );
          response.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': Buffer.byteLength(body) });
          response.end(body);
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    /** A SageMaker model with one operation whose output's `AutoMLJobName` is the blob payload. */
    function payloadModelDir(): string {
      const dir = scratch();
      const model = {
        version: '2.0',
        metadata: {
          apiVersion: '2017-07-24',
          endpointPrefix: 'api.sagemaker',
          jsonVersion: '1.1',
          protocol: 'json',
          serviceId: 'SageMaker',
          signingName: 'sagemaker',
          targetPrefix: 'SageMaker',
          uid: 'sagemaker-2017-07-24',
        },
        operations: { DescribeAutoMLJob: { name: 'DescribeAutoMLJob', input: { shape: 'In' }, output: { shape: 'Out' } } },
        shapes: {
          In: { type: 'structure', required: ['AutoMLJobName'], members: { AutoMLJobName: { shape: 'Name' } } },
          Out: { type: 'structure', members: { AutoMLJobName: { shape: 'Bytes' }, AutoMLJobStatus: { shape: 'Name' } }, payload: 'AutoMLJobName' },
          Name: { type: 'string' },
          Bytes: { type: 'blob' },
        },
      };
      mkdirSync(join(dir, 'sagemaker', '2017-07-24'), { recursive: true });
      writeFileSync(join(dir, 'sagemaker', '2017-07-24', 'service-2.json'), JSON.stringify(model));
      return dir;
    }

    test.each([
      ['json', [], '{\n    "AutoMLJobStatus": "Completed"\n}\n'],
      ['text', ['--output', 'text'], 'Completed\n'],
      ['--query of the payload: gone from the response', ['--query', 'AutoMLJobName'], 'null\n'],
    ])('the payload goes to the file, the rest is printed (%s)', async (_label, extra, stdout) => {
      status = 200;
      const cwd = scratch();
      const argv = ['--data-path', payloadModelDir(), 'sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j', 'result.txt', '--endpoint-url', endpoint, ...extra];
      const result = await run(argv, { env: cleanEnv(credentials), cwd });
      expect(result).toEqual({ code: 0, stdout, stderr: '' });
      expect(readFileSync(join(cwd, 'result.txt'), 'utf8')).toBe('payload: {"ok": true}');
      expect(JSON.parse(bodies.at(-1) ?? '')).toEqual({ AutoMLJobName: 'j' });
    });

    test('a service error prints the error and writes no file', async () => {
      status = 400;
      const cwd = scratch();
      const argv = ['--data-path', payloadModelDir(), 'sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j', 'result.txt', '--endpoint-url', endpoint];
      const result = await run(argv, { env: cleanEnv(credentials), cwd });
      expect(result.code).toBe(255);
      expect(result.stderr).toBe('\nAn error occurred (ResourceNotFound) when calling the DescribeAutoMLJob operation: no such job\n');
      expect(existsSync(join(cwd, 'result.txt'))).toBe(false);
    });

    test('an outfile that cannot be opened fails after the call, printing nothing', async () => {
      status = 200;
      const cwd = scratch();
      const argv = ['--data-path', payloadModelDir(), 'sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j', 'nodir/result.txt', '--endpoint-url', endpoint];
      const result = await run(argv, { env: cleanEnv(credentials), cwd });
      expect(result).toEqual({ code: 255, stdout: '', stderr: "\n[Errno 2] No such file or directory: 'nodir/result.txt'\n" });
    });
  });
});
