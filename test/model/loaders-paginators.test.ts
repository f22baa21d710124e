/**
 * Paginators: botocore's `paginators-1.json` joined to the operations, from the bundled model
 * (built with them), from a data directory (with `paginators-1.sdk-extras.json` merged in) and
 * from a model file with the paginators beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTempTrees, tempTree } from '../helpers/temp-tree.js';
import { loadBotocoreModel } from '../../src/model/loaders/botocore.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { paginatorFrom } from '../../src/model/loaders/paginators.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/models/botocore-widgets.json');
const widgets = (): unknown => JSON.parse(readFileSync(FIXTURE, 'utf8'));
const PAGINATORS = {
  pagination: { ListWidgets: { input_token: 'NextToken', output_token: 'NextToken', limit_key: 'MaxResults', result_key: 'Widgets' }, Missing: { input_token: 'X', output_token: 'X', result_key: 'Y' } },
};

afterAll(removeTempTrees);

const tree = (files: Record<string, unknown>): string => tempTree(files);

describe('paginatorFrom', () => {
  test.each([
    ['single keys become lists', { input_token: 'NextToken', output_token: 'NextToken', limit_key: 'MaxResults', result_key: 'Items' }, { inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'MaxResults', resultKey: ['Items'] }],
    [
      'lists, more_results and non_aggregate_keys are kept',
      { input_token: ['A', 'B'], output_token: ['NextA', 'NextB'], result_key: ['R1', 'R2'], more_results: 'IsTruncated', non_aggregate_keys: ['Total'] },
      { inputToken: ['A', 'B'], outputToken: ['NextA', 'NextB'], resultKey: ['R1', 'R2'], moreResults: 'IsTruncated', nonAggregateKeys: ['Total'] },
    ],
    ['no input token: not a paginator', { output_token: 'NextToken', result_key: 'Items' }, undefined],
    ['not an object', 'NextToken', undefined],
  ])('%s', (_name, raw, expected) => {
    expect(paginatorFrom(raw)).toEqual(expected);
  });
});

describe('paginators in loaded models', () => {
  test('the bundled SageMaker model carries botocore paginators', () => {
    const model = loadBundledModel('sagemaker');
    expect(model.operations.get('ListAutoMLJobs')?.paginator).toEqual({ inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'MaxResults', resultKey: ['AutoMLJobSummaries'] });
    // Search's non-aggregate key comes from paginators-1.sdk-extras.json.
    expect(model.operations.get('Search')?.paginator?.nonAggregateKeys).toEqual(['TotalHits']);
    expect(model.operations.get('CreateAutoMLJob')?.paginator).toBeUndefined();
    expect([...model.operations.values()].filter((op) => op.paginator !== undefined).length).toBe(87);
  });

  test('a data directory: paginators-1.json with its sdk-extras merged in', () => {
    const root = tree({
      'widgets/2021-06-30/service-2.json': widgets(),
      'widgets/2021-06-30/paginators-1.json': PAGINATORS,
      'widgets/2021-06-30/paginators-1.sdk-extras.json': { version: 1, merge: { pagination: { ListWidgets: { non_aggregate_keys: ['Total'] } } } },
    });
    const model = loadBotocoreModel(root, { serviceName: 'widgets' });
    expect(model.operations.get('ListWidgets')?.paginator).toEqual({ inputToken: ['NextToken'], outputToken: ['NextToken'], limitKey: 'MaxResults', resultKey: ['Widgets'], nonAggregateKeys: ['Total'] });
    expect(model.operations.get('CreateWidget')?.paginator).toBeUndefined();
  });

  test('a model file with paginators-1.json beside it; none without', () => {
    const root = tree({ 'a/service-2.json': widgets(), 'a/paginators-1.json': PAGINATORS, 'b/service-2.json': widgets() });
    expect(loadBotocoreModel(join(root, 'a/service-2.json')).operations.get('ListWidgets')?.paginator?.resultKey).toEqual(['Widgets']);
    expect(loadBotocoreModel(join(root, 'b/service-2.json')).operations.get('ListWidgets')?.paginator).toBeUndefined();
  });
});
