/**
 * Model-aware serialization against the bundled SageMaker model: the text it picks for typed
 * values, and the round trip through our model-aware parse (grammar + the AWS CLI's coercion)
 * over every structure, union, list and map reachable from every SageMaker operation's input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as modelParse } from '../../src/model/api.js';
import { bundledRegistry } from '../../src/model/index.js';
import { inputShapes } from '../../src/model/reachable.js';
import type { ListShape, Shape, StructureShape } from '../../src/model/shape.js';
import { encodeString, serialize, serializeList } from '../../src/serializer/index.js';
import type { JsonResult } from '../../src/serializer/index.js';
import { valueOf } from './arbitraries.js';

const model = bundledRegistry().service('sagemaker');
const RUNS_PER_SHAPE = Number(process.env.SERIALIZER_SHAPE_RUNS ?? 12);

function shape(name: string): Shape {
  const found = model.shape(name);
  if (found === undefined) throw new Error(`no shape ${name}`);
  return found;
}

/** Every shape reachable from an operation input, each once, in a stable order. */
function reachableShapes(): Shape[] {
  return inputShapes(model);
}

/** Read model-aware text back the way the AWS CLI does, without botocore's validation. */
function readBack(text: string | readonly string[], target: Shape): unknown {
  return modelParse(text, target, { validate: false });
}

describe('model-aware text', () => {
  it.each([
    [
      'numbers and booleans plain, csv lists of scalars',
      'AutoMLSecurityConfig',
      { VolumeKmsKeyId: 'k', EnableInterContainerTrafficEncryption: true, VpcConfig: { SecurityGroupIds: ['sg-1', 'sg-2'], Subnets: ['s-1'] } },
      'VolumeKmsKeyId=k,EnableInterContainerTrafficEncryption=true,VpcConfig={SecurityGroupIds=[sg-1,sg-2],Subnets=[s-1]}',
    ],
    ['integers', 'AutoMLJobCompletionCriteria', { MaxCandidates: 10, MaxAutoMLJobRuntimeInSeconds: 86400 }, 'MaxCandidates=10,MaxAutoMLJobRuntimeInSeconds=86400'],
    ['a lone string item relies on the CLI wrapping it', 'VpcConfig', { SecurityGroupIds: ['sg-1'], Subnets: ['a', 'b'] }, 'SecurityGroupIds=sg-1,Subnets=a,b'],
    ['an empty list', 'VpcConfig', { SecurityGroupIds: [], Subnets: ['a'] }, 'SecurityGroupIds=[],Subnets=a'],
    [
      'list of structures in brackets',
      'AutoMLCandidateGenerationConfig',
      { AlgorithmsConfig: [{ AutoMLAlgorithms: ['xgboost', 'lightgbm'] }] },
      'AlgorithmsConfig=[{AutoMLAlgorithms=[xgboost,lightgbm]}]',
    ],
    ['a map', 'CollectionConfiguration', { CollectionName: 'c', CollectionParameters: { a: '1', 'b/c': 'x y' } }, 'CollectionName=c,CollectionParameters={a=1,b/c=x y}'],
    ['a top-level map', 'TrialComponentParameters', { p: { NumberValue: 1.5 }, q: { StringValue: 'x' } }, 'p={NumberValue=1.5},q={StringValue=x}'],
    ['a lone number item keeps its brackets (the CLI would not coerce it)', 'ParameterRange', { IntegerParameterRangeSpecification: { MinValue: '1', MaxValue: '2' } }, 'IntegerParameterRangeSpecification={MinValue=1,MaxValue=2}'],
    ['doubles: signed zero and non-finite', 'TrialComponentParameterValue', { NumberValue: -0 }, 'NumberValue=-0'],
    ['doubles: NaN', 'TrialComponentParameterValue', { NumberValue: NaN }, 'NumberValue=NaN'],
  ] as const)('%s', (_name, shapeName, value, text) => {
    const target = shape(shapeName);
    expect(serialize(value, target)).toEqual({ kind: 'shorthand', text });
    expect(readBack(text, target)).toEqual(value);
  });

  it('a one-item list of numbers keeps its brackets at the top level', () => {
    const target: ListShape = { kind: 'list', name: 'Ints', member: { kind: 'integer', name: 'Int' } };
    const holder: StructureShape = {
      kind: 'structure',
      name: 'Holder',
      members: new Map([['A', { name: 'A', shape: target }], ['B', { name: 'B', shape: target }]]),
      required: new Set(),
    };
    expect(serialize({ A: [5], B: [5, 6] }, holder)).toEqual({ kind: 'shorthand', text: 'A=[5],B=5,6' });
    expect(readBack('A=[5],B=5,6', holder)).toEqual({ A: [5], B: [5, 6] });
    expect(readBack('A=5', holder)).toEqual({ A: ['5'] });
  });

  it('big longs are spelled out and come back as bigint', () => {
    const target = shape('CreateHyperParameterTuningJobRequest');
    void target;
    const longHolder: StructureShape = {
      kind: 'structure',
      name: 'L',
      members: new Map([['N', { name: 'N', shape: { kind: 'long', name: 'Long' } }]]),
      required: new Set(),
    };
    const value = { N: 2n ** 63n - 1n };
    const result = serialize(value, longHolder);
    expect(result).toEqual({ kind: 'shorthand', text: 'N=9223372036854775807' });
    expect(readBack(result.text, longHolder)).toEqual(value);
  });
});

describe('model-aware JSON fallback', () => {
  it.each([
    ['a string for an integer', 'AutoMLJobCompletionCriteria', { MaxCandidates: '10' }, 'SHAPE_MISMATCH', ['MaxCandidates']],
    ['a fraction for an integer', 'AutoMLJobCompletionCriteria', { MaxCandidates: 1.5 }, 'SHAPE_MISMATCH', ['MaxCandidates']],
    ['a string for a boolean', 'AutoMLSecurityConfig', { EnableInterContainerTrafficEncryption: 'true' }, 'SHAPE_MISMATCH', ['EnableInterContainerTrafficEncryption']],
    ['a scalar for a list', 'VpcConfig', { Subnets: 'a' }, 'SHAPE_MISMATCH', ['Subnets']],
    ['a list for a structure', 'AutoMLSecurityConfig', { VpcConfig: [] }, 'SHAPE_MISMATCH', ['VpcConfig']],
    ['a number under an unknown member', 'VpcConfig', { Subnets: ['a'], Extra: 1 }, 'UNKNOWN_MEMBER', ['Extra']],
    ['a map key outside the key set', 'CollectionConfiguration', { CollectionParameters: { 'a b': 'x' } }, 'UNSAYABLE_KEY', ['CollectionParameters', 'a b']],
  ] as const)('%s', (_name, shapeName, value, code, path) => {
    const result = serialize(value, shape(shapeName));
    expect(result).toMatchObject({ kind: 'json', because: { code, path } });
    expect(JSON.parse(result.text)).toEqual(value);
  });

  it('unknown members holding strings stay shorthand (they read back as they are)', () => {
    expect(serialize({ Subnets: ['a'], Extra: 'x' }, shape('VpcConfig'))).toEqual({ kind: 'shorthand', text: 'Subnets=a,Extra=x' });
  });

  it('document values', () => {
    const docs = reachableShapes().filter((s) => s.kind === 'document');
    const doc = docs[0] ?? ({ kind: 'document', name: 'Document' } as const);
    const holder: StructureShape = {
      kind: 'structure',
      name: 'Holder',
      members: new Map([['D', { name: 'D', shape: doc }]]),
      required: new Set(),
    };
    expect(serialize({ D: { a: 1 } }, holder)).toMatchObject({ kind: 'json', text: '{"D":{"a":1}}', because: { code: 'DOCUMENT_TYPE', path: ['D'] } });
    expect(serialize({ a: 1 }, doc)).toMatchObject({ kind: 'json', because: { code: 'DOCUMENT_TYPE', path: [] } });
  });

  it('shapes that are not structures or maps', () => {
    expect(serialize(['a'], shape('Subnets'))).toMatchObject({ kind: 'json', because: { code: 'NOT_A_STRUCTURE' } });
    expect(serialize('a', shape('AutoMLJobName'))).toMatchObject({ kind: 'json', because: { code: 'NOT_A_STRUCTURE' } });
  });
});

describe('serializeList with a list shape', () => {
  it('writes one word per structure, read back as the CLI reads nargs words', () => {
    const target = shape('TagList') as ListShape;
    const value = [{ Key: 'a', Value: 'b c' }, { Key: 'd', Value: '' }];
    const result = serializeList(value, target);
    expect(result).toEqual({ kind: 'words', form: 'shorthand', items: ['Key=a,Value=b c', 'Key=d,Value=""'] });
    if (result.kind === 'words') expect(readBack(result.items, target)).toEqual(value);
  });

  it('writes scalars of a list of scalars as their text', () => {
    expect(serializeList(['a', 'b'], shape('Subnets') as ListShape)).toEqual({ kind: 'words', form: 'scalars', items: ['a', 'b'] });
  });
});

/** The fallback is one the shape or the grammar forces. */
function justified(value: unknown, result: JsonResult): boolean {
  const { code, path } = result.because;
  let node = value;
  for (const segment of path) node = (node as Record<string | number, unknown>)[segment];
  if (code === 'UNSAYABLE_STRING') return typeof node === 'string' && encodeString(node, 'first') === undefined;
  if (code === 'EMPTY_STRUCTURE') return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
  return false;
}

describe('round trip over every SageMaker input shape (fast-check)', () => {
  const shapes = reachableShapes();
  const roots = shapes.filter((s) => s.kind === 'structure' || s.kind === 'union' || s.kind === 'map');
  const lists = shapes.filter((s): s is ListShape => s.kind === 'list');

  it('reaches the structures, unions, lists and maps of every operation input', () => {
    expect(model.operations.size).toBeGreaterThan(300);
    expect(roots.length).toBeGreaterThan(800);
    expect(lists.length).toBeGreaterThan(150);
  });

  it.each(roots.map((s) => [s.name, s] as const))('%s', (_name, root) => {
    fc.assert(
      fc.property(valueOf(root), (value) => {
        const result = serialize(value, root);
        if (result.kind === 'json') {
          expect(justified(value, result), result.reason).toBe(true);
          return;
        }
        expect(readBack(result.text, root)).toEqual(value);
        expect(serialize(readBack(result.text, root), root).text).toBe(result.text);
        const pretty = serialize(value, root, { pretty: true, width: 30 });
        expect(readBack(pretty.text, root)).toEqual(value);
      }),
      { numRuns: RUNS_PER_SHAPE, seed: 20261128 },
    );
  });

  it.each(lists.filter((l) => l.member.kind === 'structure' || l.member.kind === 'union' || l.member.kind === 'map').map((s) => [s.name, s] as const))(
    'list %s as words',
    (_name, list) => {
      fc.assert(
        fc.property(valueOf(list), (value) => {
          const result = serializeList(value, list);
          if (result.kind === 'json') {
            expect(result.because.code === 'UNSAYABLE_STRING' || result.because.code === 'EMPTY_STRUCTURE', result.reason).toBe(true);
            return;
          }
          expect(readBack(result.items, list)).toEqual(value);
        }),
        { numRuns: RUNS_PER_SHAPE, seed: 20261128 },
      );
    },
  );
});
