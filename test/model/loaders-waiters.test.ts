/**
 * Waiters: botocore's `waiters-2.json` joined to the service model, from the bundled model
 * (built with them), from a data directory and from a model file with the waiters beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTempTrees, tempTree } from '../helpers/temp-tree.js';
import { loadBotocoreModel } from '../../src/model/loaders/botocore.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { attachWaiters, waitersFrom } from '../../src/model/loaders/waiters.js';
import type { BotocoreModelJson } from '../../src/model/loaders/botocore.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/models/botocore-widgets.json');
const widgets = (): BotocoreModelJson => JSON.parse(readFileSync(FIXTURE, 'utf8')) as BotocoreModelJson;
const WIDGET_GONE = {
  operation: 'ListWidgets',
  delay: 5,
  maxAttempts: 3,
  acceptors: [
    { state: 'success', matcher: 'path', argument: 'length(Widgets) == `0`', expected: true },
    { state: 'retry', matcher: 'error', expected: 'Throttled' },
  ],
};
const WAITERS = { version: 2, waiters: { WidgetGone: WIDGET_GONE, AllBlue: { ...WIDGET_GONE, description: 'Wait for blue.', acceptors: [{ state: 'success', matcher: 'pathAll', argument: 'Widgets[].Color', expected: 'blue' }] } } };

afterAll(removeTempTrees);

const tree = (files: Record<string, unknown>): string => tempTree(files);

describe('waitersFrom', () => {
  test('configs become waiters, sorted by name as botocore lists them', () => {
    const waiters = waitersFrom(WAITERS.waiters);
    expect([...(waiters?.keys() ?? [])]).toEqual(['AllBlue', 'WidgetGone']);
    expect(waiters?.get('WidgetGone')).toEqual({
      name: 'WidgetGone',
      operation: 'ListWidgets',
      delay: 5,
      maxAttempts: 3,
      acceptors: [
        { state: 'success', matcher: 'path', argument: 'length(Widgets) == `0`', expected: true },
        { state: 'retry', matcher: 'error', expected: 'Throttled' },
      ],
    });
    expect(waiters?.get('AllBlue')?.description).toBe('Wait for blue.');
  });

  test.each([
    ['not an object', 'x'],
    ['no operation', { W: { ...WIDGET_GONE, operation: undefined } }],
    ['a string delay', { W: { ...WIDGET_GONE, delay: '5' } }],
    ['an unknown matcher', { W: { ...WIDGET_GONE, acceptors: [{ state: 'success', matcher: 'regex', expected: 'x' }] } }],
    ['an unknown state', { W: { ...WIDGET_GONE, acceptors: [{ state: 'done', matcher: 'error', expected: 'x' }] } }],
    ['a path matcher without argument', { W: { ...WIDGET_GONE, acceptors: [{ state: 'success', matcher: 'path', expected: 'x' }] } }],
    ['an acceptor without expected', { W: { ...WIDGET_GONE, acceptors: [{ state: 'success', matcher: 'error' }] } }],
  ])('%s: no waiter', (_name, raw) => {
    expect(waitersFrom(raw)).toBeUndefined();
  });

  test('attachWaiters ignores files of other versions and leaves its input alone', () => {
    const model = widgets();
    expect(attachWaiters(model, { ...WAITERS, version: 1 })).toBe(model);
    const attached = attachWaiters(model, WAITERS);
    expect(attached['waiters']).toBe(WAITERS.waiters);
    expect(model['waiters']).toBeUndefined();
  });
});

describe('waiters in loaded models', () => {
  test('the bundled SageMaker model carries its 13 botocore waiters', () => {
    const model = loadBundledModel('sagemaker');
    expect([...(model.waiters?.keys() ?? [])]).toEqual([
      'EndpointDeleted',
      'EndpointInService',
      'ImageCreated',
      'ImageDeleted',
      'ImageUpdated',
      'ImageVersionCreated',
      'ImageVersionDeleted',
      'NotebookInstanceDeleted',
      'NotebookInstanceInService',
      'NotebookInstanceStopped',
      'ProcessingJobCompletedOrStopped',
      'TrainingJobCompletedOrStopped',
      'TransformJobCompletedOrStopped',
    ]);
    expect(model.waiters?.get('EndpointInService')).toEqual({
      name: 'EndpointInService',
      operation: 'DescribeEndpoint',
      delay: 30,
      maxAttempts: 120,
      acceptors: [
        { state: 'success', matcher: 'path', argument: 'EndpointStatus', expected: 'InService' },
        { state: 'failure', matcher: 'path', argument: 'EndpointStatus', expected: 'Failed' },
        { state: 'failure', matcher: 'error', expected: 'ValidationException' },
      ],
    });
    for (const waiter of model.waiters?.values() ?? []) expect(model.operations.has(waiter.operation)).toBe(true);
  });

  test('a data directory: waiters-2.json beside service-2.json', () => {
    const root = tree({ 'widgets/2021-06-30/service-2.json': widgets(), 'widgets/2021-06-30/waiters-2.json': WAITERS });
    const model = loadBotocoreModel(root, { serviceName: 'widgets' });
    expect([...(model.waiters?.keys() ?? [])]).toEqual(['AllBlue', 'WidgetGone']);
  });

  test('a model file with waiters-2.json beside it; none without', () => {
    const root = tree({ 'a/service-2.json': widgets(), 'a/waiters-2.json': WAITERS, 'b/service-2.json': widgets() });
    expect(loadBotocoreModel(join(root, 'a/service-2.json')).waiters?.get('AllBlue')?.acceptors[0]?.matcher).toBe('pathAll');
    expect(loadBotocoreModel(join(root, 'b/service-2.json')).waiters).toBeUndefined();
  });
});
