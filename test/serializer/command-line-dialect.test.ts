/**
 * Command lines per dialect: under v2 every blob value (top-level, nested, in
 * `--cli-input-json`) is written as the base64 that v2 decodes, `fileb://` where a file is
 * given, with v2's option names and v2's idea of which values load files; `render-command
 * --dialect`; `coerceBlobs` of the awscli entry. The live differential (v2 and v1 reading the
 * lines back) is dialect-command-line-live.test.ts.
 */
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { coerceBlobs } from '../../src/awscli/binary-format.js';
import { toCommandArgs } from '../../src/awscli/command-line.js';
import { runRenderCommand } from '../../src/cli/commands/render-command.js';
import type { BotocoreModelJson } from '../../src/model/loaders/botocore.js';
import { modelFromBotocore } from '../../src/model/loaders/botocore.js';
import { ModelRegistry } from '../../src/model/registry.js';
import { ROOT } from '../helpers/corpus.js';

const FIXTURES = join(ROOT, 'test/cli/fixtures/models');
const registry = new ModelRegistry({ dataPath: [FIXTURES], bundled: false });
const kinesis = registry.service('kinesis');
const dynamodb = registry.service('dynamodb');
/** Lambda's CreateFunction, cut down to what the zip-file rule is about. */
const lambda = modelFromBotocore(
  {
    metadata: { apiVersion: '2015-03-31', endpointPrefix: 'lambda', protocol: 'rest-json', serviceId: 'Lambda', signatureVersion: 'v4' },
    operations: { CreateFunction: { name: 'CreateFunction', http: { method: 'POST', requestUri: '/2015-03-31/functions' }, input: { shape: 'In' } } },
    shapes: {
      In: { type: 'structure', required: ['FunctionName'], members: { FunctionName: { shape: 'S' }, Role: { shape: 'S' }, Code: { shape: 'Code' } } },
      Code: { type: 'structure', members: { ZipFile: { shape: 'B' }, S3Bucket: { shape: 'S' } } },
      B: { type: 'blob' },
      S: { type: 'string' },
    },
  } as unknown as BotocoreModelJson,
  { serviceName: 'lambda' },
);
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

/** The words after `aws SERVICE OPERATION`. */
function words(service: string, operation: string, params: Record<string, unknown>, model: Parameters<typeof toCommandArgs>[3], options: Parameters<typeof toCommandArgs>[4] = {}): readonly string[] {
  return toCommandArgs(service, operation, params, model, options).argv.slice(3);
}

describe('toCommandArgs under v2', () => {
  it('writes a top-level blob as the base64 of its UTF-8 bytes (text) or of itself (bytes); v1 writes the text', () => {
    const request = { StreamName: 's', PartitionKey: 'p', Data: 'hello world' };
    expect(words('kinesis', 'PutRecord', request, kinesis, { dialect: 'v2' })).toEqual(['--stream-name', 's', '--data', 'aGVsbG8gd29ybGQ=', '--partition-key', 'p']);
    expect(words('kinesis', 'PutRecord', { ...request, Data: Uint8Array.from([0xff, 0x00, 0xfe]) }, kinesis, { dialect: 'v2' })).toContain('/wD+');
    expect(words('kinesis', 'PutRecord', request, kinesis)).toEqual(['--stream-name', 's', '--data', 'hello world', '--partition-key', 'p']);
    expect(words('kinesis', 'PutRecord', request, kinesis, { dialect: 'v1' })).toEqual(words('kinesis', 'PutRecord', request, kinesis));
  });

  it('encodes blobs nested in maps, structures and lists, and leaves the rest as it is', () => {
    const item = { k: { B: 'hi' }, s: { BS: ['a', bytes('bc')] }, m: { M: { inner: { B: '' } } }, t: { S: 'hi' } };
    expect(words('dynamodb', 'PutItem', { TableName: 'tbl', Item: item }, dynamodb, { dialect: 'v2' })).toEqual([
      '--table-name',
      'tbl',
      '--item',
      'k={B=aGk=},s={BS=[YQ==,YmM=]},m={M={inner={B=""}}},t={S=hi}',
    ]);
    // The request given is not changed.
    expect(item.k.B).toBe('hi');
  });

  it('encodes blobs that go through --cli-input-json too (v2 decodes those as well)', () => {
    const rendered = toCommandArgs('lambda', 'CreateFunction', { FunctionName: 'f', Role: 'r', Code: { ZipFile: 'PK' } }, lambda, { dialect: 'v2' });
    expect(rendered.argv.slice(3)).toEqual(['--function-name', 'f', '--role', 'r', '--cli-input-json', '{"Code":{"ZipFile":"UEs="}}']);
    // The AWS CLI's lambda customization refuses ZipFile inside --code, in both dialects.
    expect(rendered.notes).toEqual([{ member: 'Code', option: '--cli-input-json', form: 'cli-input-json', reason: 'the AWS CLI refuses ZipFile in --code (its --zip-file takes it from a file)' }]);
    expect(words('lambda', 'CreateFunction', { FunctionName: 'f', Role: 'r', Code: { S3Bucket: 'b' } }, lambda, { dialect: 'v2' })).toEqual(['--function-name', 'f', '--role', 'r', '--code', 'S3Bucket=b']);
  });

  it('writes fileb:// for a blob given as a file, in either dialect, and refuses what no file can carry', () => {
    const request = { StreamName: 's', PartitionKey: 'p', Data: 'ignored' };
    for (const dialect of ['v1', 'v2'] as const) {
      expect(words('kinesis', 'PutRecord', request, kinesis, { dialect, blobFiles: { Data: 'data.bin' } })).toEqual(['--stream-name', 's', '--data', 'fileb://data.bin', '--partition-key', 'p']);
    }
    expect(() => toCommandArgs('kinesis', 'PutRecord', request, kinesis, { blobFiles: { PartitionKey: 'x' } })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VALUE', message: 'PartitionKey is no blob parameter the AWS CLI reads from fileb:// (it is a string)' }),
    );
    expect(() => toCommandArgs('kinesis', 'PutRecord', request, kinesis, { blobFiles: { Nope: 'x' } })).toThrow(expect.objectContaining({ code: 'UNKNOWN_PARAMETER' }));
  });

  it('leaves http(s):// values as plain words (v2 does not fetch them); v1 would fetch, so they go as JSON', () => {
    const request = { StreamName: 's', PartitionKey: 'https://example.com/', Data: '' };
    expect(words('kinesis', 'PutRecord', request, kinesis, { dialect: 'v2' })).toContain('https://example.com/');
    const v1 = toCommandArgs('kinesis', 'PutRecord', request, kinesis);
    expect(v1.argv).not.toContain('https://example.com/');
    expect(v1.notes.map((note) => note.member)).toEqual(['PartitionKey']);
    // file:// is loaded by both.
    expect(toCommandArgs('kinesis', 'PutRecord', { ...request, PartitionKey: 'file://x' }, kinesis, { dialect: 'v2' }).notes.map((note) => note.member)).toEqual(['PartitionKey']);
  });

  it("uses v2's option names", () => {
    const json = {
      metadata: { apiVersion: '2013-02-18', endpointPrefix: 'opsworks', protocol: 'json', serviceId: 'OpsWorks', signatureVersion: 'v4', targetPrefix: 'OpsWorks_20130218' },
      operations: { DescribeStacks: { name: 'DescribeStacks', http: { method: 'POST', requestUri: '/' }, input: { shape: 'In' } } },
      shapes: { In: { type: 'structure', members: { Region: { shape: 'S' } } }, S: { type: 'string' } },
    } as unknown as BotocoreModelJson;
    const opsworks = modelFromBotocore(json, { serviceName: 'opsworks' });
    // v2's table renames opsworks' --region (the global option's name) to --stack-region.
    expect(words('opsworks', 'DescribeStacks', { Region: 'eu-west-1' }, opsworks, { dialect: 'v2' })).toEqual(['--stack-region', 'eu-west-1']);
    expect(words('opsworks', 'DescribeStacks', { Region: 'eu-west-1' }, opsworks, { dialect: 'v1' })).toEqual(['--region', 'eu-west-1']);
  });
});

describe('render-command --dialect', () => {
  const render = async (args: string[], stdin: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> => {
    let stdout = '';
    let stderr = '';
    const code = await runRenderCommand(['--data-path', FIXTURES, ...args], {
      stdin: Readable.from([stdin]),
      stdout: { write: (text: string) => ((stdout += text), true) },
      stderr: { write: (text: string) => ((stderr += text), true) },
      env,
    });
    return { code, stdout, stderr };
  };
  const request = '{"StreamName": "s", "PartitionKey": "p", "Data": "hi"}';

  it('writes blobs as base64 under --dialect v2 or AWS_SHORTHAND_DIALECT=v2; the option wins', async () => {
    expect(await render(['--dialect', 'v2', 'kinesis', 'put-record'], request)).toEqual({ code: 0, stdout: 'aws kinesis put-record --stream-name s --data aGk= --partition-key p\n', stderr: '' });
    expect((await render(['kinesis', 'put-record'], request, { AWS_SHORTHAND_DIALECT: 'v2' })).stdout).toContain('--data aGk=');
    expect((await render(['--dialect', 'v1', 'kinesis', 'put-record'], request, { AWS_SHORTHAND_DIALECT: 'v2' })).stdout).toContain('--data hi');
    expect((await render(['kinesis', 'put-record'], request)).stdout).toContain('--data hi');
  });

  it('takes --blob-file MEMBER=PATH, and refuses an unknown dialect with the usage', async () => {
    expect((await render(['--dialect', 'v2', '--blob-file', 'Data=./d.bin', 'kinesis', 'put-record'], request)).stdout).toBe('aws kinesis put-record --stream-name s --data fileb://./d.bin --partition-key p\n');
    const bad = await render(['--dialect', 'v3', 'kinesis', 'put-record'], request);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('--dialect must be one of v1, v2, not "v3"');
    const badVariable = await render(['kinesis', 'put-record'], request, { AWS_SHORTHAND_DIALECT: 'v9' });
    expect([badVariable.code, badVariable.stderr.split('\n')[0]]).toEqual([2, 'AWS_SHORTHAND_DIALECT must be one of v1, v2, not "v9"']);
    expect((await render(['--blob-file', 'Data', 'kinesis', 'put-record'], request)).code).toBe(2);
  });
});

describe('coerceBlobs (aws-shorthand/awscli)', () => {
  const input = dynamodb.operations.get('PutItem')?.input;
  const put = (item: Record<string, unknown>): Record<string, unknown> => ({ TableName: 't', Item: item });

  it('decodes text blobs under v2, nested ones included, and keeps them under v1 or raw-in-base64-out', () => {
    const params = put({ a: { B: 'aGk=' }, b: { BS: [bytes('\u00ff'), 'YQ=='] }, c: { S: 'aGk=' } });
    expect(coerceBlobs(params, input, { dialect: 'v2' })).toEqual({ ok: true, params: put({ a: { B: bytes('hi') }, b: { BS: [bytes('\u00ff'), bytes('a')] }, c: { S: 'aGk=' } }) });
    expect(coerceBlobs(params, input)).toEqual({ ok: true, params });
    expect(coerceBlobs(params, input, { dialect: 'v2', binaryFormat: 'raw-in-base64-out' })).toEqual({ ok: true, params });
    // v1 has no binary format option: the setting does not apply.
    expect(coerceBlobs(params, input, { dialect: 'v1', binaryFormat: 'base64' })).toEqual({ ok: true, params });
    // The request given is not changed.
    expect(params).toEqual(put({ a: { B: 'aGk=' }, b: { BS: [bytes('\u00ff'), 'YQ=='] }, c: { S: 'aGk=' } }));
  });

  it("fails on the first blob that does not decode, in the model's order, with v2's text", () => {
    const params = put({ a: { B: 'aGk=' }, b: { BS: ['YQ', 'h\u00e9'] } });
    expect(coerceBlobs(params, input, { dialect: 'v2' })).toEqual({ ok: false, failure: { kind: 'other', message: 'Invalid base64: "YQ"', exitStatus: 255, code: 'INVALID_BASE64' } });
    expect(coerceBlobs(put({ b: { BS: ['h\u00e9', 'YQ'] } }), input, { dialect: 'v2' })).toMatchObject({ ok: false, failure: { code: 'BLOB_NOT_ASCII' } });
  });
});
