import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTempTrees, tempTree } from '../helpers/temp-tree.js';
import {
  latestApiVersion,
  listBotocoreServices,
  loadBotocoreModel,
  loadBotocoreService,
  locateBotocoreModel,
  modelFromBotocore,
  type BotocoreModelJson,
} from '../../src/model/loaders/botocore.js';
import type { ListShape, MapShape } from '../../src/model/shape.js';
import { structure, modelError } from '../helpers/model.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/models/botocore-widgets.json');
const fixtureText = readFileSync(FIXTURE, 'utf8');
/** A fresh copy of the fixture, so tests may change it. */
const widgets = (): Record<string, any> => JSON.parse(fixtureText);

afterAll(removeTempTrees);

const tree = (files: Record<string, unknown>): string => tempTree(files);

describe('botocore loader: from a parsed object', () => {
  const model = modelFromBotocore(widgets() as BotocoreModelJson);
  const input = structure(model.operations.get('CreateWidget')?.input);

  test('metadata: the CLI service name comes from serviceId; the rest is copied', () => {
    expect(model.metadata).toEqual({
      serviceName: 'widgets',
      apiVersion: '2021-06-30',
      endpointPrefix: 'widgets',
      signingName: 'widgets',
      protocol: 'json',
      jsonVersion: '1.1',
      targetPrefix: 'Widgets_20210630',
      serviceId: 'Widgets',
      uid: 'widgets-2021-06-30',
    });
  });

  test('a JSON header member (jsonvalue in a header) gets a string shape marked jsonValue', () => {
    const json = widgets();
    const members = json.shapes[json.operations.CreateWidget.input.shape].members;
    const [first] = Object.keys(members).filter((key) => json.shapes[members[key].shape].type === 'string');
    members[first as string] = { ...members[first as string], jsonvalue: true, location: 'header', locationName: 'x-widget' };
    const shape = structure(modelFromBotocore(json as BotocoreModelJson).operations.get('CreateWidget')?.input).members.get(first as string)?.shape;
    expect(shape).toMatchObject({ kind: 'string', jsonValue: true });
    // Only in a header: the same trait on a body member means nothing to botocore.
    members[first as string] = { ...members[first as string], location: undefined };
    const body = structure(modelFromBotocore(json as BotocoreModelJson).operations.get('CreateWidget')?.input).members.get(first as string)?.shape;
    expect(body).not.toHaveProperty('jsonValue');
  });

  test('an operation is named by its key, as botocore names it, not by a different wire name', () => {
    const json = widgets();
    json.operations.CreateWidget.name = 'CreateWidget2021_06_30';
    const renamed = modelFromBotocore(json as BotocoreModelJson);
    expect(renamed.operations.get('CreateWidget')?.name).toBe('CreateWidget');
  });

  test('operations keep model order, input/output, http and the deprecated flag', () => {
    expect([...model.operations.keys()]).toEqual(['CreateWidget', 'ListWidgets', 'DeleteWidget']);
    const create = model.operations.get('CreateWidget');
    expect(create?.input?.name).toBe('CreateWidgetRequest');
    expect(create?.output?.name).toBe('CreateWidgetResponse');
    expect(create?.http).toEqual({ method: 'POST', requestUri: '/' });
    expect(create?.documentation).toBe('<p>Creates a widget.</p>');
    expect(create?.deprecated).toBeUndefined();
    expect(model.operations.get('DeleteWidget')?.deprecated).toBe(true);
    expect(model.operations.get('DeleteWidget')?.output).toBeUndefined();
  });

  test('structure members keep model order; required is a set', () => {
    expect([...input.members.keys()]).toEqual([
      'WidgetName', 'Color', 'Size', 'Weight', 'Ratio', 'Scale', 'Enabled', 'CreatedAt',
      'Payload', 'Body', 'Tags', 'Parts', 'Tree', 'Choice', 'Settings', 'ClientToken',
    ]);
    expect([...input.required]).toEqual(['WidgetName', 'Color', 'ClientToken']);
    expect(input.documentation).toBe('<p>Input of CreateWidget.</p>');
  });

  test.each([
    ['WidgetName', { name: 'WidgetName', kind: 'string', min: 1, max: 63, pattern: '^[a-zA-Z0-9-]+$', documentation: '<p>A name.</p>' }],
    ['Color', { name: 'Color', kind: 'string', enum: ['Red', 'Green', 'Blue'] }],
    ['Size', { name: 'Size', kind: 'integer', min: 1, max: 100 }],
    ['Weight', { name: 'Weight', kind: 'long', min: 0 }],
    ['Ratio', { name: 'Ratio', kind: 'float', min: 0, max: 1 }],
    ['Scale', { name: 'Scale', kind: 'double', min: 0.25 }],
    ['Enabled', { name: 'Boolean', kind: 'boolean' }],
    ['CreatedAt', { name: 'Timestamp', kind: 'timestamp' }],
    ['Payload', { name: 'Payload', kind: 'blob', min: 1, max: 1024 }],
    ['Body', { name: 'Body', kind: 'blob', streaming: true }],
    ['Settings', { name: 'Settings', kind: 'document' }],
  ])('member %s maps to %o', (member, expected) => {
    expect({ ...input.members.get(member)?.shape }).toEqual(expected);
  });

  test('member documentation and idempotency tokens are kept', () => {
    expect(input.members.get('WidgetName')?.documentation).toBe("<p>The widget's name.</p>");
    expect(input.members.get('Color')?.documentation).toBeUndefined();
    expect(input.members.get('ClientToken')?.idempotencyToken).toBe(true);
    expect(input.members.get('WidgetName')?.idempotencyToken).toBeUndefined();
  });

  test('lists, maps and unions', () => {
    const tags = input.members.get('Tags')?.shape as MapShape;
    expect([tags.kind, tags.min, tags.max, tags.key.name, tags.key.kind, tags.value.name]).toEqual([
      'map', 0, 50, 'TagKey', 'string', 'TagValue',
    ]);
    const parts = input.members.get('Parts')?.shape as ListShape;
    expect([parts.kind, parts.min, parts.max, parts.member.name]).toEqual(['list', 1, undefined, 'Part']);
    expect([...structure(parts.member).required]).toEqual(['Name']);
    const choice = structure(input.members.get('Choice')?.shape);
    expect([choice.kind, [...choice.members.keys()]]).toEqual(['union', ['Text', 'Number']]);
  });

  test('recursive shapes link back to the same object', () => {
    const tree = structure(input.members.get('Tree')?.shape);
    expect(tree.members.get('Parent')?.shape).toBe(tree);
    const children = tree.members.get('Children')?.shape as ListShape;
    expect(children.member).toBe(tree);
    expect(model.shape('TreeNode')).toBe(tree);
  });

  test('shape() and shapeNames() cover every shape; unknown names give undefined', () => {
    expect([...model.shapeNames()]).toHaveLength(Object.keys(widgets()['shapes']).length);
    expect(model.shape('Color')?.kind).toBe('string');
    expect(model.shape('NoSuchShape')).toBeUndefined();
    expect(model.shape('constructor')).toBeUndefined();
  });

  test('an explicit data name wins, and s3 is the CLI command s3api', () => {
    expect(modelFromBotocore(widgets() as BotocoreModelJson, { serviceName: 'gadgets' }).metadata.serviceName).toBe('gadgets');
    expect(modelFromBotocore(widgets() as BotocoreModelJson, { serviceName: 's3' }).metadata.serviceName).toBe('s3api');
  });
});

describe('botocore loader: broken models', () => {
  test('a missing shape reference fails when it is followed, naming the shape', () => {
    const json = widgets();
    json['shapes']['Part']['members']['Count'] = { shape: 'Missing' };
    const model = modelFromBotocore(json as BotocoreModelJson);
    const part = structure(model.shape('Part'));
    const error = modelError(() => part.members.get('Count')?.shape);
    expect([error.code, error.subject, error.message]).toEqual([
      'UNRESOLVED_SHAPE', 'Missing', 'Shape Part.Count refers to undefined shape Missing',
    ]);
  });

  test.each([
    ['not an object', [], 'INVALID_MODEL'],
    ['no shapes', { metadata: {}, operations: {} }, 'INVALID_MODEL'],
  ])('%s is rejected', (_label, json, code) => {
    expect(modelError(() => modelFromBotocore(json as unknown as BotocoreModelJson)).code).toBe(code);
  });

  test('an unknown shape type is rejected when the shape is built', () => {
    const json = widgets();
    json['shapes']['Odd'] = { type: 'character' };
    const error = modelError(() => modelFromBotocore(json as BotocoreModelJson).shape('Odd'));
    expect([error.code, error.subject]).toEqual(['INVALID_MODEL', 'Odd']);
  });

  test.each([
    ['no file', 'nothing-here.json', 'MODEL_READ_FAILED'],
    ['bad JSON', 'bad.json', 'INVALID_MODEL'],
    ['bad gzip', 'bad.json.gz', 'MODEL_READ_FAILED'],
  ])('%s', (_label, file, code) => {
    const root = tree({ 'bad.json': '{"metadata": ', 'bad.json.gz': '' });
    writeFileSync(join(root, 'bad.json.gz'), 'not gzip');
    const error = modelError(() => loadBotocoreModel(join(root, file)));
    expect([error.code, error.subject]).toEqual([code, join(root, file)]);
  });
});

describe('botocore loader: files and data directories', () => {
  const older = (): Record<string, any> => {
    const json = widgets();
    json['metadata']['apiVersion'] = '2019-01-01';
    delete json['operations']['ListWidgets'];
    return json;
  };

  test('a .json file; the service is named after its data directory when it has one', () => {
    expect(loadBotocoreModel(FIXTURE).metadata.serviceName).toBe('widgets');
    const root = tree({ 'gadgets/2021-06-30/service-2.json': widgets() });
    const model = loadBotocoreModel(join(root, 'gadgets/2021-06-30/service-2.json'));
    expect(model.metadata.serviceName).toBe('gadgets');
    expect(model.operations.size).toBe(3);
  });

  test('a .json.gz file is decompressed', () => {
    const root = tree({ 'widgets/2021-06-30/service-2.json.gz': widgets() });
    const model = loadBotocoreModel(join(root, 'widgets/2021-06-30/service-2.json.gz'));
    expect(model.metadata.apiVersion).toBe('2021-06-30');
    expect(model.shape('Color')).toMatchObject({ enum: ['Red', 'Green', 'Blue'] });
  });

  test('a data directory with two versions: the newest wins, whatever its file ending', () => {
    const root = tree({
      'widgets/2019-01-01/service-2.json': older(),
      'widgets/2021-06-30/service-2.json.gz': widgets(),
      'other/2020-01-01/service-2.json': widgets(),
      'widgets/2022-01-01/paginators-1.json': {},
    });
    const model = loadBotocoreModel(root, { serviceName: 'widgets' });
    expect([model.metadata.apiVersion, model.operations.has('ListWidgets')]).toEqual(['2021-06-30', true]);
    expect(locateBotocoreModel([root], 'widgets')).toEqual({
      serviceName: 'widgets',
      apiVersion: '2021-06-30',
      path: join(root, 'widgets/2021-06-30/service-2.json.gz'),
      dataDir: root,
    });
    expect(listBotocoreServices([root])).toEqual(['other', 'widgets']);
  });

  test('a service directory can be loaded directly', () => {
    const root = tree({ 'widgets/2019-01-01/service-2.json': older(), 'widgets/2021-06-30/service-2.json': widgets() });
    expect(loadBotocoreModel(join(root, 'widgets')).metadata).toMatchObject({ serviceName: 'widgets', apiVersion: '2021-06-30' });
  });

  test('a data directory of several services needs a service name', () => {
    const root = tree({ 'widgets/2021-06-30/service-2.json': widgets() });
    const error = modelError(() => loadBotocoreModel(root));
    expect([error.code, error.subject]).toEqual(['SERVICE_NOT_FOUND', root]);
  });

  test('search order: newest version across directories, first directory for a version, .json before .json.gz', () => {
    const first = tree({ 'widgets/2019-01-01/service-2.json': older() });
    const renamed = widgets();
    renamed['metadata']['serviceId'] = 'Second';
    const second = tree({
      'widgets/2021-06-30/service-2.json': renamed,
      'widgets/2021-06-30/service-2.json.gz': widgets(),
    });
    const third = tree({ 'widgets/2021-06-30/service-2.json': widgets() });
    expect(loadBotocoreService([first, second, third], 'widgets').metadata.serviceId).toBe('Second');
    expect(locateBotocoreModel([first, third, second], 'widgets')?.dataDir).toBe(third);
    expect(locateBotocoreModel([first], 'widgets')?.apiVersion).toBe('2019-01-01');
    expect(locateBotocoreModel([first, join(first, 'missing'), FIXTURE], 'nothing')).toBeUndefined();
  });

  test('sdk-extras files are merged deeply', () => {
    const root = tree({
      'widgets/2021-06-30/service-2.json': widgets(),
      'widgets/2021-06-30/service-2.sdk-extras.json': {
        version: 1,
        merge: { metadata: { serviceId: 'Merged' }, shapes: { Color: { enum: ['Cyan'] } } },
      },
    });
    const model = loadBotocoreService([root], 'widgets');
    expect(model.metadata).toMatchObject({ serviceId: 'Merged', endpointPrefix: 'widgets' });
    expect(model.shape('Color')).toEqual({ name: 'Color', kind: 'string', enum: ['Cyan'] });
  });

  test('an unknown service in data directories', () => {
    const root = tree({ 'widgets/2021-06-30/service-2.json': widgets() });
    const error = modelError(() => loadBotocoreService([root], 'gadgets'));
    expect([error.code, error.subject]).toEqual(['SERVICE_NOT_FOUND', 'gadgets']);
  });
});

describe('latestApiVersion compares like botocore (max of strings)', () => {
  test.each([
    [['2017-07-24'], '2017-07-24'],
    [['2015-01-01', '2017-07-24', '2016-12-31'], '2017-07-24'],
    [['2014-11-06', '2014-05-31', '2020-05-31'], '2020-05-31'],
    [['2019-01-01', '2019-01-01-preview'], '2019-01-01-preview'],
    [['9', '10'], '9'],
    [[], undefined],
  ])('%j -> %s', (versions, expected) => {
    expect(latestApiVersion(versions)).toBe(expected);
  });
});
