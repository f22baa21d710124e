import * as sagemaker from '@aws-sdk/client-sagemaker';
import {
  CreateAutoMLJob$,
  CreateAutoMLJobCommand,
  CreateAutoMLJobRequest$,
  type CreateAutoMLJobCommandInput,
  type CreateAutoMLJobRequest,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import {
  asTypedShape,
  inputShapeFromSdkOperation,
  modelFromSdkSchemas,
  operationFromSdkSchema,
  sdkShape,
  shapeFromSdkSchema,
  type CommandInput,
  type SdkSchemaRef,
  type TypedShape,
  type ValueOfShape,
} from '../../src/model/loaders/sdk-schema.js';
import type { ListShape, MapShape, Shape, StructureShape } from '../../src/model/shape.js';
import { modelError } from '../helpers/model.js';

const NS = 'com.example';

describe('SDK schema reader: layouts written by hand', () => {
  test.each([
    [0, { name: 'String', kind: 'string' }],
    [1, { name: 'Double', kind: 'double' }],
    [2, { name: 'Boolean', kind: 'boolean' }],
    [4, { name: 'Timestamp', kind: 'timestamp' }],
    [7, { name: 'Timestamp', kind: 'timestamp' }],
    [15, { name: 'Document', kind: 'document' }],
    [17, { name: 'BigInteger', kind: 'long' }],
    [19, { name: 'BigDecimal', kind: 'double' }],
    [21, { name: 'Blob', kind: 'blob' }],
    [42, { name: 'Blob', kind: 'blob', streaming: true }],
  ])('simple schema %i', (schema, expected) => {
    expect({ ...sdkShape(schema) }).toEqual(expected);
  });

  test('64|x is a list of x, 128|x a map from string to x', () => {
    const list = sdkShape(64 | 0) as ListShape;
    expect([list.kind, list.name, list.member.kind]).toEqual(['list', 'list<String>', 'string']);
    const map = sdkShape(128 | 1) as MapShape;
    expect([map.kind, map.name, map.key.kind, map.value.kind]).toEqual(['map', 'map<Double>', 'string', 'double']);
    expect(sdkShape(64 | 2)).toBe(sdkShape(66));
  });

  test('a named simple schema keeps its name; the streaming trait marks blobs', () => {
    expect({ ...sdkShape([0, NS, 'Secret', 8, 0]) }).toEqual({ name: 'Secret', kind: 'string' });
    expect({ ...sdkShape([0, NS, 'Stream', { streaming: 1 }, 21]) }).toEqual({ name: 'Stream', kind: 'blob', streaming: true });
  });

  test('structures: names, required count, member traits, thunks and recursion', () => {
    const Node: unknown[] = [3, NS, 'Node', 0, ['Id', 'Token', 'Children', 'Next', 'Tags', 'Weight'], [], 2];
    const NodeList = [1, NS, 'NodeList', 0, () => Node];
    const TagMap = [2, NS, 'TagMap', 0, 0, 0];
    (Node[5] as unknown[]).push(0, [0, 4], () => NodeList, [() => Node, 0], () => TagMap, 1);
    const node = shapeFromSdkSchema(Node as SdkSchemaRef);
    expect([node.name, node.kind, [...node.members.keys()], [...node.required]]).toEqual([
      'Node', 'structure', ['Id', 'Token', 'Children', 'Next', 'Tags', 'Weight'], ['Id', 'Token'],
    ]);
    expect(node.members.get('Token')?.idempotencyToken).toBe(true);
    expect(node.members.get('Id')?.idempotencyToken).toBeUndefined();
    expect((node.members.get('Children')?.shape as ListShape).member).toBe(node);
    expect(node.members.get('Next')?.shape).toBe(node);
    const tags = node.members.get('Tags')?.shape as MapShape;
    expect([tags.name, tags.key.kind, tags.value.kind]).toEqual(['TagMap', 'string', 'string']);
    expect(shapeFromSdkSchema(Node as SdkSchemaRef)).toBe(node);
  });

  test('object traits mark idempotency tokens too', () => {
    const shape = shapeFromSdkSchema([3, NS, 'T', 0, ['A'], [[0, { idempotencyToken: 1 }]]]);
    expect(shape.members.get('A')?.idempotencyToken).toBe(true);
    expect(shape.required.size).toBe(0);
  });

  test('unions and errors', () => {
    const union = shapeFromSdkSchema([4, NS, 'Choice', 0, ['A', 'B'], [0, 1]]);
    expect([union.kind, [...union.members.keys()], union.required.size]).toEqual(['union', ['A', 'B'], 0]);
    const error = shapeFromSdkSchema([-3, NS, 'Oops', { error: 'client' }, ['Message'], [0], 1]);
    expect([error.kind, [...error.required]]).toEqual(['structure', ['Message']]);
  });

  test('operations: input and output; "unit" means none', () => {
    const input = [3, NS, 'In', 0, ['A'], [0]];
    const op = operationFromSdkSchema([9, NS, 'DoIt', 0, () => input, () => 'unit']);
    expect([op.name, op.input?.name, op.output]).toEqual(['DoIt', 'In', undefined]);
    expect(inputShapeFromSdkOperation([9, NS, 'Nothing', 0, 'unit', 'unit'])).toBeUndefined();
  });

  test.each([
    ['an unknown simple number', () => sdkShape(3)],
    ['an unknown schema id', () => sdkShape([7, NS, 'X', 0, 0])],
    ['a list where a structure is needed', () => shapeFromSdkSchema([1, NS, 'L', 0, 0])],
    ['an operation where a shape is needed', () => sdkShape(CreateAutoMLJob$ as SdkSchemaRef)],
    ['a shape where an operation is needed', () => operationFromSdkSchema([3, NS, 'S', 0, [], []])],
    ['mismatched member arrays', () => sdkShape([3, NS, 'S', 0, ['A', 'B'], [0]])],
    ['a plain object', () => sdkShape({} as unknown as SdkSchemaRef)],
  ])('%s is an INVALID_MODEL error', (_label, run) => {
    expect(modelError(run).code).toBe('INVALID_MODEL');
  });
});

describe('SDK schema reader: @aws-sdk/client-sagemaker', () => {
  test('CreateAutoMLJobRequest$: required members first, each group in model order', () => {
    const shape = shapeFromSdkSchema<CreateAutoMLJobRequest>(CreateAutoMLJobRequest$);
    expect([...shape.members.keys()]).toEqual([
      'AutoMLJobName', 'InputDataConfig', 'OutputDataConfig', 'RoleArn', 'ProblemType', 'AutoMLJobObjective',
      'AutoMLJobConfig', 'GenerateCandidateDefinitionsOnly', 'Tags', 'ModelDeployConfig',
    ]);
    expect([...shape.required]).toEqual(['AutoMLJobName', 'InputDataConfig', 'OutputDataConfig', 'RoleArn']);
    const channels = shape.members.get('InputDataConfig')?.shape as ListShape;
    expect([channels.name, channels.member.name]).toEqual(['AutoMLInputDataConfig', 'AutoMLChannel']);
    expect(shape.members.get('GenerateCandidateDefinitionsOnly')?.shape.kind).toBe('boolean');
  });

  test('the operation schema gives the same input object', () => {
    expect(inputShapeFromSdkOperation(CreateAutoMLJob$)).toBe(shapeFromSdkSchema(CreateAutoMLJobRequest$));
  });

  test('TypedShape carries the SDK input type for TypeScript', () => {
    const shape = shapeFromSdkSchema<CreateAutoMLJobRequest>(CreateAutoMLJobRequest$);
    expectTypeOf(shape).toEqualTypeOf<TypedShape<CreateAutoMLJobRequest>>();
    expectTypeOf<ValueOfShape<typeof shape>>().toEqualTypeOf<CreateAutoMLJobRequest>();
    expectTypeOf<CommandInput<typeof CreateAutoMLJobCommand>>().toEqualTypeOf<CreateAutoMLJobCommandInput>();
    expectTypeOf(shape).toMatchTypeOf<StructureShape>();
    const bundledInput = loadBundledModel().operations.get('CreateAutoMLJob')?.input as StructureShape;
    const typed = asTypedShape<CreateAutoMLJobRequest>(bundledInput);
    expect(typed).toBe(bundledInput);
    expectTypeOf<ValueOfShape<typeof typed>>().toEqualTypeOf<CreateAutoMLJobRequest>();
  });

  test('modelFromSdkSchemas: every exported operation, shapes by name, service name from the namespace', () => {
    const model = modelFromSdkSchemas(sagemaker as unknown as Record<string, unknown>);
    const exported = Object.values(sagemaker).filter((value) => Array.isArray(value) && value[0] === 9);
    expect(model.operations.size).toBe(exported.length);
    expect(model.metadata).toEqual({ serviceName: 'sagemaker' });
    expect(model.operations.get('CreateAutoMLJob')?.input).toBe(shapeFromSdkSchema(CreateAutoMLJobRequest$));
    expect(model.shape('AutoMLInputDataConfig')?.kind).toBe('list');
    expect(model.shape('CreateAutoMLJobRequest')).toBe(shapeFromSdkSchema(CreateAutoMLJobRequest$));
    expect(model.shape('CreateAutoMLJob')).toBeUndefined();
  });
});

/** Compare botocore shapes with SDK-derived shapes; see the describe block below for the rules. */
function createComparison() {
  const disagreements: string[] = [];
  const drift: string[] = [];
  const driftingStructures = new Set<string>();
  const visited = new Map<Shape, Set<Shape>>();
  let structuresCompared = 0;
  let membersCompared = 0;

  const kindClass = (kind: Shape['kind']): string =>
    kind === 'integer' || kind === 'long' || kind === 'float' || kind === 'double' ? 'number' : kind;

  const compare = (boto: Shape, js: Shape, path: string): void => {
    const seen = visited.get(boto) ?? new Set<Shape>();
    if (seen.has(js)) return;
    seen.add(js);
    visited.set(boto, seen);
    if (kindClass(boto.kind) !== kindClass(js.kind)) {
      if (boto.kind === 'structure' && js.kind === 'union') {
        drift.push(`${path}: ${boto.name} became a union`);
        driftingStructures.add(boto.name);
      } else {
        disagreements.push(`${path}: kind ${boto.kind} vs ${js.kind}`);
        return;
      }
    }
    if (boto.kind === 'structure' || boto.kind === 'union') {
      compareStructures(boto, js as StructureShape, path);
    } else if (boto.kind === 'list') {
      const other = js as ListShape;
      if (!other.name.startsWith('list<') && other.name !== boto.name) disagreements.push(`${path}: list ${boto.name} vs ${other.name}`);
      compare(boto.member, other.member, `${path}[]`);
    } else if (boto.kind === 'map') {
      const other = js as MapShape;
      compare(boto.key, other.key, `${path}{key}`);
      compare(boto.value, other.value, `${path}{value}`);
    }
  };

  const compareStructures = (boto: StructureShape, js: StructureShape, path: string): void => {
    structuresCompared += 1;
    if (boto.name !== js.name) disagreements.push(`${path}: structure ${boto.name} vs ${js.name}`);
    const before = drift.length;
    for (const name of boto.members.keys()) {
      if (!js.members.has(name)) disagreements.push(`${path}: SDK lacks member ${boto.name}.${name}`);
    }
    for (const name of js.members.keys()) {
      if (!boto.members.has(name)) drift.push(`${path}: SDK adds member ${js.name}.${name}`);
    }
    const botoRequired = [...boto.required].filter((name) => boto.members.get(name)?.idempotencyToken !== true);
    for (const name of js.required) {
      if (!boto.required.has(name)) disagreements.push(`${path}: only the SDK requires ${js.name}.${name}`);
    }
    for (const name of botoRequired) {
      if (!js.required.has(name) && js.members.has(name)) drift.push(`${path}: SDK no longer requires ${js.name}.${name}`);
    }
    if (drift.length > before) driftingStructures.add(boto.name);
    else {
      const order = [...boto.members.keys()];
      const expected = [...order.filter((name) => js.required.has(name)), ...order.filter((name) => !js.required.has(name))];
      if (expected.join() !== [...js.members.keys()].join()) disagreements.push(`${path}: member order of ${boto.name}`);
    }
    for (const [name, member] of boto.members) {
      const other = js.members.get(name);
      if (other === undefined) continue;
      membersCompared += 1;
      if ((member.idempotencyToken === true) !== (other.idempotencyToken === true)) {
        disagreements.push(`${path}: idempotency token ${boto.name}.${name}`);
      }
      compare(member.shape, other.shape, `${path}.${name}`);
    }
  };

  return {
    compare,
    disagreements,
    drift,
    driftingStructures,
    counts: () => ({ structures: structuresCompared, members: membersCompared }),
  };
}

/**
 * The SDK's schemas against the bundled botocore model, over every input structure of every
 * SageMaker operation. The two come from different releases (the npm SDK is usually newer
 * than the installed botocore), so differences fall in two groups:
 * - drift a newer model explains: members the SDK has and botocore lacks, a requirement the
 *   SDK dropped, a structure that became a union. Reported, and bounded;
 * - disagreements no release difference explains (a botocore member missing from the SDK,
 *   kinds that differ, a requirement only the SDK has, different shape names, member order
 *   that is not "required first"). There must be none.
 * Numbers compare as "number" (the SDK has one numeric schema); idempotency tokens are not
 * required in the SDK (as in the AWS CLI), so botocore's required set is compared without them.
 */
describe('SDK schemas agree with the bundled botocore model (all SageMaker inputs)', () => {
  const botocore = loadBundledModel('sagemaker');
  const sdk = modelFromSdkSchemas(sagemaker as unknown as Record<string, unknown>);
  const { compare, disagreements, drift, driftingStructures, counts } = createComparison();
  const missingOperations: string[] = [];
  for (const [name, operation] of botocore.operations) {
    const other = sdk.operations.get(name);
    if (other === undefined) {
      missingOperations.push(name);
      continue;
    }
    if (operation.input === undefined || other.input === undefined) {
      if (operation.input !== other.input) disagreements.push(`${name}: input on one side only`);
      continue;
    }
    compare(operation.input, other.input, name);
  }

  test('every botocore operation is in the SDK', () => {
    expect(missingOperations).toEqual([]);
    expect(botocore.operations.size).toBeGreaterThan(350);
  });

  test('no disagreements in member names, kinds, required members, names or order', () => {
    expect(disagreements).toEqual([]);
    // The walk must reach most of the model, not stop early.
    expect(counts().structures).toBeGreaterThan(800);
    expect(counts().members).toBeGreaterThan(3000);
  });

  test('the comparison does notice shapes that differ', () => {
    const check = createComparison();
    const v1 = botocore.operations.get('CreateAutoMLJob')?.input;
    const v2 = sdk.operations.get('CreateAutoMLJobV2')?.input;
    check.compare(v1 as Shape, v2 as Shape, 'v1-vs-v2');
    expect(check.disagreements).toContain('v1-vs-v2: structure CreateAutoMLJobRequest vs CreateAutoMLJobV2Request');
    expect(check.disagreements).toContain('v1-vs-v2: SDK lacks member CreateAutoMLJobRequest.InputDataConfig');
  });

  test('release drift stays small (a reader bug would touch most structures)', () => {
    // Printed so a reviewer sees what the two releases differ in.
    console.info(`SDK vs botocore drift in ${driftingStructures.size} of ${counts().structures} structures:\n${drift.join('\n')}`);
    expect(driftingStructures.size / counts().structures).toBeLessThan(0.05);
  });
});
