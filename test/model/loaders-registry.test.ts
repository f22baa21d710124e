import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTempTrees, tempTree } from '../helpers/temp-tree.js';
import { listBotocoreServices, locateBotocoreModel } from '../../src/model/loaders/botocore.js';
import { loadSmithyModel } from '../../src/model/loaders/smithy.js';
import {
  bundledRegistry,
  customerDataPath,
  dataPathFromEnvironment,
  ModelRegistry,
  parseShapeReference,
} from '../../src/model/registry.js';
import type { StructureShape } from '../../src/model/shape.js';
import { modelError } from '../helpers/model.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/models/botocore-widgets.json');
const widgets = (): Record<string, any> => JSON.parse(readFileSync(FIXTURE, 'utf8'));

afterAll(removeTempTrees);

const tree = (files: Record<string, unknown>): string => tempTree(files);

/** A sagemaker-named model (the widgets fixture) at some API version, marked by its serviceId. */
function fakeSagemaker(apiVersion: string): Record<string, any> {
  const json = widgets();
  json['metadata']['apiVersion'] = apiVersion;
  json['metadata']['serviceId'] = `Fake ${apiVersion}`;
  return json;
}

describe('registry over the bundled models', () => {
  const registry = bundledRegistry();

  test('finds sagemaker by its CLI name', () => {
    const sagemaker = registry.service('sagemaker');
    expect(sagemaker.metadata).toMatchObject({ serviceName: 'sagemaker', serviceId: 'SageMaker', protocol: 'json' });
    expect(registry.service('sagemaker')).toBe(sagemaker);
    expect(registry.serviceNames()).toContain('sagemaker');
  });

  test.each([['nope'], ['s3api'], ['s3'], ['']])('unknown service %j', (name) => {
    expect(registry.findService(name)).toBeUndefined();
    const error = modelError(() => registry.service(name));
    expect([error.code, error.subject]).toEqual(['SERVICE_NOT_FOUND', name]);
  });

  test('operations by CLI name or model name', () => {
    const byCli = registry.operation('sagemaker', 'create-auto-ml-job');
    expect(byCli.name).toBe('CreateAutoMLJob');
    expect(registry.operation('sagemaker', 'CreateAutoMLJob')).toBe(byCli);
    expect(registry.operation('sagemaker', 'create-auto-ml-job-v2').name).toBe('CreateAutoMLJobV2');
    expect(registry.findOperation('sagemaker', 'create-automl-job')).toBeUndefined();
    const error = modelError(() => registry.operation('sagemaker', 'create-automl-job'));
    expect([error.code, error.subject]).toEqual(['OPERATION_NOT_FOUND', 'sagemaker create-automl-job']);
    expect(modelError(() => registry.operation('nope', 'x')).code).toBe('SERVICE_NOT_FOUND');
  });

  test('operation CLI names are distinct and in model order', () => {
    const names = registry.operationNames('sagemaker');
    const model = registry.service('sagemaker');
    expect(names).toHaveLength(model.operations.size);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['add-association', 'add-tags', 'associate-trial-component']);
    expect(names).toContain('create-auto-ml-job');
  });

  test('shapes by service.ShapeName', () => {
    const channel = registry.shape('sagemaker.AutoMLChannel') as StructureShape;
    expect([channel.kind, [...channel.required]]).toEqual(['structure', ['TargetAttributeName']]);
    expect([...channel.members.keys()]).toEqual([
      'DataSource', 'CompressionType', 'TargetAttributeName', 'ContentType', 'ChannelType', 'SampleWeightAttributeName',
    ]);
    expect(registry.findShape('sagemaker.NoSuchShape')).toBeUndefined();
    const error = modelError(() => registry.shape('sagemaker.NoSuchShape'));
    expect([error.code, error.subject]).toEqual(['SHAPE_NOT_FOUND', 'sagemaker.NoSuchShape']);
    expect(modelError(() => registry.shape('nope.AutoMLChannel')).code).toBe('SERVICE_NOT_FOUND');
  });
});

describe('registered models', () => {
  test('a Smithy model registered under its CLI name comes before anything on disk', () => {
    const registry = new ModelRegistry();
    const weather = loadSmithyModel(join(import.meta.dirname, '../fixtures/models/smithy-weather.json'));
    registry.register(weather);
    expect(registry.service('weather-forecast')).toBe(weather);
    expect(registry.operation('weather-forecast', 'put-forecast').name).toBe('PutForecast');
    expect(registry.shape('weather-forecast.Sky').kind).toBe('union');
    expect(registry.serviceNames()).toEqual(expect.arrayContaining(['sagemaker', 'weather-forecast']));
    const fake = { ...weather, metadata: { serviceName: 'sagemaker' }, operations: new Map(), shape: () => undefined, shapeNames: () => [] };
    registry.register(fake);
    expect(registry.service('sagemaker')).toBe(fake);
  });
});

describe('parseShapeReference', () => {
  test.each([
    ['sagemaker.AutoMLChannel', { service: 'sagemaker', shape: 'AutoMLChannel' }],
    ['runtime.sagemaker.InvokeEndpointInput', { service: 'runtime.sagemaker', shape: 'InvokeEndpointInput' }],
  ])('%s', (reference, expected) => {
    expect(parseShapeReference(reference)).toEqual(expected);
  });

  test.each(['AutoMLChannel', '.AutoMLChannel', 'sagemaker.', ''])('%j is not a reference', (reference) => {
    const error = modelError(() => parseShapeReference(reference));
    expect([error.code, error.subject]).toEqual(['INVALID_SHAPE_REFERENCE', reference]);
  });
});

describe('registry over data directories', () => {
  test('a service only in a data directory', () => {
    const root = tree({ 'widgets/2021-06-30/service-2.json': widgets() });
    const registry = new ModelRegistry({ dataPath: [root] });
    expect(registry.service('widgets').metadata.serviceId).toBe('Widgets');
    expect(registry.operation('widgets', 'create-widget').name).toBe('CreateWidget');
    expect(registry.shape('widgets.Color').kind).toBe('string');
    expect(registry.serviceNames()).toEqual(expect.arrayContaining(['sagemaker', 'widgets']));
    expect(new ModelRegistry({ dataPath: [root], bundled: false }).serviceNames()).toEqual(['widgets']);
    expect(new ModelRegistry({ dataPath: [root], bundled: false }).findService('sagemaker')).toBeUndefined();
  });

  test.each([
    ['an older data-path version loses to the bundle', '2010-01-01', 'SageMaker'],
    ['the same version: the data path comes first', '2017-07-24', 'Fake 2017-07-24'],
    ['a newer data-path version wins', '2030-01-01', 'Fake 2030-01-01'],
  ])('%s', (_label, version, serviceId) => {
    const root = tree({ [`sagemaker/${version}/service-2.json`]: fakeSagemaker(version) });
    expect(new ModelRegistry({ dataPath: [root] }).service('sagemaker').metadata.serviceId).toBe(serviceId);
  });

  test('s3 data is the s3api command; data directories are searched in order', () => {
    const first = tree({ 's3/2006-03-01/service-2.json': { ...widgets(), metadata: { serviceId: 'First', apiVersion: '2006-03-01' } } });
    const second = tree({ 's3/2006-03-01/service-2.json': { ...widgets(), metadata: { serviceId: 'Second', apiVersion: '2006-03-01' } } });
    const registry = new ModelRegistry({ dataPath: [first, second] });
    expect(registry.service('s3api').metadata).toMatchObject({ serviceName: 's3api', serviceId: 'First' });
    expect(registry.findService('s3')).toBeUndefined();
    expect(registry.serviceNames()).toContain('s3api');
    expect(registry.serviceNames()).not.toContain('s3');
  });
});

describe('data path from the environment (AWS_DATA_PATH)', () => {
  test('split on the path delimiter; variables and ~ expanded like botocore', () => {
    const env = { AWS_DATA_PATH: ['/a', '$EXTRA/x', '${EXTRA}y', '~/models', '$UNKNOWN/z', '~other'].join(delimiter), EXTRA: '/e', HOME: '/home/me' };
    expect(dataPathFromEnvironment(env)).toEqual(['/a', '/e/x', '/ey', '/home/me/models', '$UNKNOWN/z', '~other']);
    expect(dataPathFromEnvironment({})).toEqual([]);
    expect(dataPathFromEnvironment({ AWS_DATA_PATH: '' })).toEqual([]);
    expect(customerDataPath({ HOME: '/home/me' })).toBe(join('/home/me', '.aws', 'models'));
  });

  test('fromEnvironment: explicit dirs, then AWS_DATA_PATH, then ~/.aws/models', () => {
    const env = { AWS_DATA_PATH: `/one${delimiter}/two`, HOME: '/home/me' };
    expect(ModelRegistry.fromEnvironment({ env, dataPath: ['/flag'] }).dataPath).toEqual([
      '/flag', '/one', '/two', join('/home/me', '.aws', 'models'),
    ]);
    expect(ModelRegistry.fromEnvironment({ env, customerModels: false }).dataPath).toEqual(['/one', '/two']);
  });

  test('a service found through AWS_DATA_PATH', () => {
    const root = tree({ 'widgets/2021-06-30/service-2.json': widgets() });
    const registry = ModelRegistry.fromEnvironment({ env: { AWS_DATA_PATH: root, HOME: root } });
    expect(registry.service('widgets').operations.size).toBe(3);
  });
});

/** botocore itself, asked only where the reference AWS CLI is installed (see the live helper). */
const liveRef = pythonAwsCli();
const live = ((): { dataDir: string; services: string[]; latest: Record<string, string> } | undefined => {
  if (!liveRef.available) return undefined;
  const script = [
    'import botocore, botocore.session, json, os',
    's = botocore.session.get_session()',
    'loader = s.get_component("data_loader")',
    'names = s.get_available_services()',
    'picked = ["sagemaker", "ec2", "cloudfront", "dynamodb", "lambda", "rds", "appmesh", "events"]',
    'print(json.dumps({"dataDir": os.path.join(os.path.dirname(botocore.__file__), "data"), "services": names,',
    '  "latest": {n: loader.determine_latest_version(n, "service-2") for n in picked}}))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
})();

describeWith(liveRef, 'against the installed botocore', () => {
  test('the same latest API versions as botocore picks', () => {
    const { dataDir, latest } = live!;
    for (const [service, version] of Object.entries(latest)) {
      expect([service, locateBotocoreModel([dataDir], service)?.apiVersion]).toEqual([service, version]);
    }
  });

  test('the same service list as botocore', () => {
    expect(listBotocoreServices([live!.dataDir])).toEqual(live!.services);
  });
});
