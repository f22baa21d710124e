/**
 * Payload outputs in the model: every loader keeps a structure's payload member, and an
 * operation has streaming output exactly when botocore's `has_streaming_output` says so
 * (a payload member whose shape is a blob, streaming or not).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBotocoreService, modelFromBotocore } from '../../src/model/loaders/botocore.js';
import type { BotocoreModelJson } from '../../src/model/loaders/botocore.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { modelFromSdkSchemas, shapeFromSdkSchema } from '../../src/model/loaders/sdk-schema.js';
import type { SdkSchemaRef } from '../../src/model/loaders/sdk-schema.js';
import { modelFromSmithy } from '../../src/model/loaders/smithy.js';
import type { SmithyModelJson } from '../../src/model/loaders/smithy.js';
import { hasStreamingOutput, streamingOutputMember } from '../../src/model/payload.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/models');

describe('botocore fixtures: which operations have a payload output', () => {
  const cases: Array<[service: string, operation: string, payload: string | undefined, member: string | undefined]> = [
    ['lambda', 'Invoke', 'Payload', 'Payload'],
    ['lambda', 'TagResource', undefined, undefined],
    ['sagemaker-runtime', 'InvokeEndpoint', 'Body', 'Body'],
    ['s3', 'GetObject', 'Body', 'Body'],
    // PutObject's *input* has a payload; its output has none.
    ['s3', 'PutObject', undefined, undefined],
    // PutBucketTagging's output has no members at all.
    ['s3', 'PutBucketTagging', undefined, undefined],
    ['lex-runtime', 'PostContent', 'audioStream', 'audioStream'],
  ];
  test.each(cases)('%s %s', (service, operation, payload, member) => {
    const op = loadBotocoreService([FIXTURES], service).operations.get(operation);
    expect(op?.output?.payload).toBe(payload);
    expect(op === undefined ? undefined : streamingOutputMember(op)?.name).toBe(member);
    expect(op === undefined ? undefined : hasStreamingOutput(op)).toBe(member !== undefined);
  });

  test('an input payload is kept too (S3 PutObject Body, Lex PostContent inputStream)', () => {
    expect(loadBotocoreService([FIXTURES], 's3').operations.get('PutObject')?.input?.payload).toBe('Body');
    expect(loadBotocoreService([FIXTURES], 'lex-runtime').operations.get('PostContent')?.input?.payload).toBe('inputStream');
  });
});

describe('botocore: a payload that is not a blob is no streaming output', () => {
  const model = (payloadType: string): BotocoreModelJson => ({
    metadata: { protocol: 'rest-json', serviceId: 'Demo' },
    operations: { Get: { name: 'Get', output: { shape: 'Out' } } },
    shapes: {
      Out: { type: 'structure', members: { Body: { shape: 'B' }, Code: { shape: 'S' } }, payload: 'Body' },
      B: payloadType === 'structure' ? { type: 'structure', members: {} } : { type: payloadType },
      S: { type: 'string' },
    },
  });
  test.each([
    ['blob', true],
    ['structure', false],
    ['string', false],
  ])('payload of type %s → %s', (type, expected) => {
    const op = modelFromBotocore(model(type)).operations.get('Get');
    expect(op?.output?.payload).toBe('Body');
    expect(op === undefined ? undefined : hasStreamingOutput(op)).toBe(expected);
  });

  test('no output, or an output without payload', () => {
    expect(hasStreamingOutput({ name: 'X' })).toBe(false);
    const json: BotocoreModelJson = { metadata: {}, operations: { A: { name: 'A', output: { shape: 'O' } } }, shapes: { O: { type: 'structure', members: {} } } };
    const op = modelFromBotocore(json).operations.get('A');
    expect(op?.output?.payload).toBeUndefined();
    expect(op === undefined ? undefined : hasStreamingOutput(op)).toBe(false);
  });
});

test('Smithy: the httpPayload member trait names the payload', () => {
  const json: SmithyModelJson = {
    smithy: '2.0',
    shapes: {
      'ex#Svc': { type: 'service', version: '2020-01-01', operations: [{ target: 'ex#Fetch' }] },
      'ex#Fetch': { type: 'operation', output: { target: 'ex#FetchOutput' } },
      'ex#FetchOutput': {
        type: 'structure',
        members: {
          ContentType: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': 'Content-Type' } },
          Data: { target: 'ex#Data', traits: { 'smithy.api#httpPayload': {} } },
        },
      },
      'ex#Data': { type: 'blob', traits: { 'smithy.api#streaming': {} } },
    },
  } as unknown as SmithyModelJson;
  const op = modelFromSmithy(json).operations.get('Fetch');
  expect(op?.output?.payload).toBe('Data');
  expect(op === undefined ? undefined : streamingOutputMember(op)?.name).toBe('Data');
});

describe('SDK schemas: the httpPayload trait (bit 16, or an object) names the payload', () => {
  const NS = 'com.amazonaws.demo';
  test.each([
    ['bit vector', 16],
    ['bit vector with sensitive', 16 | 8],
    ['trait object', { httpPayload: 1 }],
  ])('%s', (_label, traits) => {
    const out = shapeFromSdkSchema([3, NS, 'Out', 0, ['StatusCode', 'Payload'], [[1, 32], [21, traits]]] as SdkSchemaRef);
    expect(out.payload).toBe('Payload');
  });

  test('no trait, no payload; and an operation schema with a blob payload', () => {
    expect(shapeFromSdkSchema([3, NS, 'Plain', 0, ['A'], [[21, 8]]] as SdkSchemaRef).payload).toBeUndefined();
    const Out = [3, NS, 'InvokeOut', 0, ['Body'], [[42, 16]]];
    const model = modelFromSdkSchemas({ Invoke$: [9, NS, 'Invoke', 0, [3, NS, 'InvokeIn', 0, [], []], Out] });
    const op = model.operations.get('Invoke');
    expect(op === undefined ? undefined : streamingOutputMember(op)?.shape).toMatchObject({ kind: 'blob', streaming: true });
  });
});

test('the bundled SageMaker model has no operation with a payload output', () => {
  const model = loadBundledModel();
  const streaming = [...model.operations.values()].filter((op) => hasStreamingOutput(op)).map((op) => op.name);
  expect(streaming).toEqual([]);
  expect(model.operations.size).toBeGreaterThan(300);
});
