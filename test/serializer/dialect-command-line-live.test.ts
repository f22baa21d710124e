/**
 * Differential test of `toCommandArgs(…, { dialect })` against the real AWS CLI of each dialect
 * (skipped where it is absent, failing under AWS_SHORTHAND_REQUIRE_LIVE): generated requests of
 * operations with blobs at the top level and nested in structures, lists and maps (kms, lambda,
 * dynamodb, kinesis, sqs, ec2, firehose, secretsmanager) and SageMaker's create-auto-ml-job are
 * written as command lines, which AWS CLI v2 (Debian's awscli 2.9.19 on /usr/bin/python3, with
 * the models it ships) or v1 (the reference awscli in python3) reads back in-process; the
 * parameters it hands the client must be the request. Blobs are compared as bytes: a string in
 * a request stands for its UTF-8 bytes, which v1 sends for text and v2 decodes from base64.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isDeepStrictEqual, TextDecoder } from 'node:util';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { toCommandArgs } from '../../src/awscli/command-line.js';
import type { Dialect } from '../../src/awscli/dialect.js';
import { ModelRegistry } from '../../src/model/registry.js';
import type { Shape } from '../../src/model/shape.js';
import { describeWith, fileReference, pythonAwsCli } from '../helpers/live.js';
import { trickyString, valueOf } from './arbitraries.js';
import { AWS_CLI_V2_DATA, awsCommandParams, awsV2CommandParams, bigIntegers } from './oracle.js';
import type { OracleFiles } from './oracle.js';

const SEED = Number(process.env.AWS_SHORTHAND_SEED ?? 20261205);
/** Requests generated per operation and dialect. */
const PER_OPERATION = 8;

/** `[service, operation]`: blobs top-level (T), nested (N), or both; the last has none. */
const OPERATIONS: ReadonlyArray<readonly [string, string]> = [
  ['kms', 'Encrypt'], // T Plaintext
  ['kms', 'Decrypt'], // T CiphertextBlob
  ['kms', 'GenerateMac'], // T Message
  ['lambda', 'CreateFunction'], // N Code.ZipFile
  ['lambda', 'UpdateFunctionCode'], // T ZipFile
  ['lambda', 'Invoke'], // T Payload, with a payload output (outfile)
  ['dynamodb', 'PutItem'], // N Item.*.B, BS, inside M and L
  ['dynamodb', 'BatchWriteItem'], // N deep: RequestItems.*[].PutRequest.Item.*.B
  ['kinesis', 'PutRecord'], // T Data
  ['kinesis', 'PutRecords'], // N Records[].Data
  ['sqs', 'SendMessage'], // N MessageAttributes.*.BinaryValue, BinaryListValues
  ['sqs', 'SendMessageBatch'], // N Entries[].MessageAttributes.*.BinaryValue
  // In this order: v1's oracle reuses one driver, and after modify-instance-attribute the
  // handlers that command registered break other ec2 commands there.
  ['ec2', 'ImportKeyPair'], // T PublicKeyMaterial
  ['ec2', 'ModifyInstanceAttribute'], // N UserData.Value
  ['firehose', 'PutRecordBatch'], // N Records[].Data
  ['secretsmanager', 'CreateSecret'], // T SecretBinary
  ['sagemaker', 'CreateAutoMLJob'],
];

interface Case {
  readonly request: Record<string, unknown>;
  readonly shape: Shape;
  readonly argv: readonly string[];
  readonly files?: OracleFiles;
}

/** Generated requests of every operation, as command lines of `dialect`; bytes among the blobs where `bytes`. */
function cases(registry: ModelRegistry, dialect: Dialect, bytes: boolean): Case[] {
  const blobs = bytes ? fc.oneof(trickyString, fc.uint8Array({ maxLength: 12 })) : trickyString;
  const out: Case[] = [];
  OPERATIONS.forEach(([service, name], index) => {
    const model = registry.service(service);
    const operation = model.operations.get(name);
    if (operation?.input === undefined) throw new Error(`${service} ${name} is missing from the models`);
    const shape = operation.input;
    for (const request of fc.sample(valueOf(shape, { withRequired: true, blobs, maxDepth: 4 }), { numRuns: PER_OPERATION, seed: SEED + index })) {
      const params = plausible(request as Record<string, unknown>);
      out.push({ request: params, shape, argv: toCommandArgs(service, name, params, model, { dialect }).argv });
    }
    // A top-level blob sent from a file: `fileb://`, raw bytes in both dialects.
    const top = [...shape.members.values()].find((member) => member.shape.kind === 'blob' && member.shape.streaming !== true);
    if (top !== undefined) {
      const [request] = fc.sample(valueOf(shape, { withRequired: true }), { numRuns: 1, seed: SEED - index }) as Array<Record<string, unknown>>;
      // An empty zip archive (lambda's --zip-file takes nothing else), with NUL bytes no argument can hold.
      const content = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
      const withFile = { ...plausible(request as Record<string, unknown>), [top.name]: content };
      const argv = toCommandArgs(service, name, withFile, model, { dialect, blobFiles: { [top.name]: 'blob.bin' } }).argv;
      out.push({ request: withFile, shape, argv, files: { 'blob.bin': { $bytes: Buffer.from(content).toString('base64') } } });
    }
  });
  return out;
}

/**
 * `request` with the values the AWS CLI checks before it hands the parameters over replaced by
 * valid ones: botocore parses a kinesis `StreamARN` as it builds the endpoint.
 */
function plausible(request: Record<string, unknown>): Record<string, unknown> {
  return 'StreamARN' in request ? { ...request, StreamARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/s' } : request;
}

/** `value` with its blobs (found along `shape`) as bytes: a string as its UTF-8 bytes. Independent of src/. */
function blobsAsBytes(value: unknown, shape: Shape | undefined): unknown {
  if (shape === undefined || value === null || value === undefined) return value;
  switch (shape.kind) {
    case 'blob':
      return typeof value === 'string' ? new Uint8Array(Buffer.from(value, 'utf8')) : value instanceof Uint8Array ? new Uint8Array(value) : value;
    case 'list':
      return Array.isArray(value) ? value.map((item) => blobsAsBytes(item, shape.member)) : value;
    case 'map':
    case 'structure':
    case 'union': {
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) return value;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const at = shape.kind === 'map' ? shape.value : shape.members.get(key)?.shape;
        Object.defineProperty(out, key, { value: blobsAsBytes(item, at), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    default:
      return value;
  }
}

/** The nesting depth (0: a top-level member) of each blob value in `value`. */
function blobDepths(value: unknown, shape: Shape, depth: number): number[] {
  return collectBlobPaths(value, shape, depth).map(([at]) => at);
}

/** The blob values in `value`. */
function collectBlobs(value: unknown, shape: Shape): unknown[] {
  return collectBlobPaths(value, shape, 0).map(([, blob]) => blob);
}

/** `[depth, value]` of each blob value in `value` (below a structure member of the input at depth 0). */
function collectBlobPaths(value: unknown, shape: Shape | undefined, depth: number): Array<[number, unknown]> {
  if (shape === undefined || value === null || value === undefined) return [];
  switch (shape.kind) {
    case 'blob':
      return [[depth - 1, value]];
    case 'list':
      return Array.isArray(value) ? value.flatMap((item) => collectBlobPaths(item, shape.member, depth + 1)) : [];
    case 'map':
    case 'structure':
    case 'union':
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) return [];
      return Object.entries(value).flatMap(([key, item]) => collectBlobPaths(item, shape.kind === 'map' ? shape.value : shape.members.get(key)?.shape, depth + 1));
    default:
      return [];
  }
}

function decodes(decoder: TextDecoder, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The cases whose parameters, as the AWS CLI read them, are not the request. */
function disagreements(all: readonly Case[], outcomes: ReadonlyArray<{ params?: unknown; error?: string }>): unknown[] {
  return all
    .map((c, i) => ({ aws: outcomes[i], argv: c.argv, request: c.request, files: c.files }))
    .filter((d, i) => {
      const shape = (all[i] as Case).shape;
      return !isDeepStrictEqual(bigIntegers(blobsAsBytes(d.aws?.params, shape)), bigIntegers(blobsAsBytes(d.request, shape)));
    });
}

describeWith(fileReference(AWS_CLI_V2_DATA), 'AWS CLI v2 reads toCommandArgs(…, { dialect: "v2" }) back to the request', () => {
  const registry = new ModelRegistry({ dataPath: [AWS_CLI_V2_DATA], bundled: false });

  it('blobs as base64 (from text or bytes) and fileb://, top-level and nested, in several services', () => {
    const all = cases(registry, 'v2', true);
    expect(all.length).toBeGreaterThan(OPERATIONS.length * PER_OPERATION);
    // The generator reaches blobs at the top level and nested, as text and as bytes that are no UTF-8.
    const depths = all.map((c) => blobDepths(c.request, c.shape, 0));
    expect(depths.filter((found) => found.includes(0)).length).toBeGreaterThan(40);
    expect(depths.filter((found) => found.some((depth) => depth > 0)).length).toBeGreaterThan(30);
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const notUtf8 = all.filter((c) => collectBlobs(c.request, c.shape).some((blob) => blob instanceof Uint8Array && !decodes(utf8, blob)));
    expect(notUtf8.length).toBeGreaterThan(20);
    const outcomes = awsV2CommandParams(
      all.map((c) => c.argv.slice(1)),
      all.map((c) => c.files),
    );
    expect(disagreements(all, outcomes).slice(0, 3)).toEqual([]);
  }, 300_000);

  it('the v1 line of a text blob is read differently by v2 (the test can tell the dialects apart)', () => {
    const model = registry.service('kms');
    const request = { KeyId: 'k', Plaintext: 'hello' };
    const [v1, v2] = awsV2CommandParams([toCommandArgs('kms', 'Encrypt', request, model).argv.slice(1), toCommandArgs('kms', 'Encrypt', request, model, { dialect: 'v2' }).argv.slice(1)]);
    // 'hello' as base64 is 5 characters, an open quantum: v2 refuses it.
    expect(v1?.error).toContain('Invalid base64: \\"hello\\"');
    expect(v2?.params).toEqual({ KeyId: 'k', Plaintext: new Uint8Array(Buffer.from('hello')) });
  }, 120_000);
});

describeWith(pythonAwsCli(), 'AWS CLI v1 reads toCommandArgs(…, { dialect: "v1" }) back to the request', () => {
  const dataPath = (): string => {
    const run = spawnSync('python3', ['-c', 'import botocore, os; print(os.path.dirname(botocore.__file__))'], { encoding: 'utf8' });
    return join(run.stdout.trim(), 'data');
  };

  it('blobs as text and fileb://, top-level and nested, in several services', () => {
    const registry = new ModelRegistry({ dataPath: [dataPath()], bundled: false });
    const all = cases(registry, 'v1', false);
    const outcomes = awsCommandParams(
      all.map((c) => c.argv.slice(1)),
      all.map((c) => c.files),
    );
    expect(disagreements(all, outcomes).slice(0, 3)).toEqual([]);
  }, 300_000);
});
