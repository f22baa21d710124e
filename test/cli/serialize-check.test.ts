/**
 * botocore's JSON serializer on unvalidated requests (`parameter_validation = false`): the
 * Python errors it raises, as the AWS CLI prints them. corpus/cli/config.jsonl holds the
 * recorded cases; these pin the walk itself.
 */
import { describe, expect, it } from 'vitest';
import { serializationFailure } from '../../src/cli/argv/serialize-check.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';

const model = loadBundledModel('sagemaker');
const input = (name: string) => model.operations.get(name)?.input;

describe('serializationFailure', () => {
  it.each([
    ['a valid request', 'CreateAutoMLJob', { AutoMLJobName: 'j', Tags: [{ Key: 'k', Value: 'v' }] }, undefined],
    ['an unknown top-level key, by its repr', 'DescribeAutoMLJob', { "it's": 1 }, `"it's"`],
    ['a list where a structure is modelled', 'CreateAutoMLJob', { OutputDataConfig: ['x'] }, "'list' object has no attribute 'items'"],
    ['a boolean where a list is modelled', 'CreateAutoMLJob', { Tags: true }, "'bool' object is not iterable"],
    ['a float where a list is modelled', 'CreateAutoMLJob', { Tags: 1.5 }, "'float' object is not iterable"],
    ['an object where a list is modelled is iterated by its keys', 'CreateAutoMLJob', { Tags: { Key: 'k' } }, "'str' object has no attribute 'items'"],
    ['a bad map value', 'CreateModel', { Containers: [{ Environment: { A: 'b' } }], PrimaryContainer: { Environment: { A: 'b', C: 'd' } }, Tags: [] }, undefined],
    ['the first problem in key order', 'CreateAutoMLJob', { Zed: 1, OutputDataConfig: 'x' }, "'Zed'"],
  ] as const)('%s', (_name, operation, params, expected) => {
    expect(serializationFailure(params as Record<string, unknown>, input(operation), 'json')?.message).toBe(expected);
  });

  it('leaves other protocols alone', () => {
    expect(serializationFailure({ Bogus: 1 }, input('DescribeAutoMLJob'), 'query')).toBeUndefined();
    expect(serializationFailure({ Bogus: 1 }, input('DescribeAutoMLJob'), 'rest-json')).toMatchObject({ message: "'Bogus'", code: 'SERIALIZATION_FAILED', exitStatus: 255 });
  });
});
