import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSmithyModel, modelFromSmithy, type SmithyModelJson } from '../../src/model/loaders/smithy.js';
import type { ListShape, MapShape, Shape } from '../../src/model/shape.js';
import { structure, modelError } from '../helpers/model.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/models');
const WEATHER = join(FIXTURES, 'smithy-weather.json');
const weatherJson = (): SmithyModelJson => JSON.parse(readFileSync(WEATHER, 'utf8')) as SmithyModelJson;

describe('Smithy 2.0 loader (weather fixture)', () => {
  const model = loadSmithyModel(WEATHER);
  const put = structure(model.operations.get('PutForecast')?.input);
  const member = (name: string): Shape | undefined => put.members.get(name)?.shape;

  test('metadata from aws.api#service, aws.auth#sigv4 and the protocol trait', () => {
    expect(model.metadata).toEqual({
      serviceName: 'weather-forecast',
      apiVersion: '2006-03-01',
      endpointPrefix: 'forecast',
      signingName: 'weather',
      protocol: 'json',
      jsonVersion: '1.1',
      targetPrefix: 'Weather',
      serviceId: 'Weather Forecast',
    });
  });

  test("operations include those of the service's resources, recursively", () => {
    expect([...model.operations.keys()]).toEqual(['GetCurrentTime', 'GetCity', 'ListCities', 'GetForecast', 'PutForecast']);
  });

  test('operation input/output, Unit input, http, documentation and deprecation', () => {
    const now = model.operations.get('GetCurrentTime');
    expect([now?.input, now?.output?.name]).toEqual([undefined, 'GetCurrentTimeOutput']);
    const city = model.operations.get('GetCity');
    expect(city).toMatchObject({
      name: 'GetCity',
      documentation: 'Gets a city.',
      http: { method: 'GET', requestUri: '/cities/{cityId}' },
    });
    expect(city?.input?.members.get('cityId')?.documentation).toBe("The city's id.");
    expect(model.operations.get('ListCities')?.deprecated).toBe(true);
    expect(model.operations.get('PutForecast')?.output).toBeUndefined();
  });

  test('members keep order; required comes from member traits', () => {
    expect([...put.members.keys()]).toEqual([
      'cityId', 'sky', 'unit', 'precision', 'region', 'high', 'samples', 'days', 'readings', 'pattern',
      'label', 'attachment', 'audio', 'extra', 'raining', 'tiny', 'small', 'huge', 'exact', 'count', 'token',
    ]);
    expect([...put.required]).toEqual(['cityId', 'sky']);
    expect(put.members.get('token')?.idempotencyToken).toBe(true);
    expect(put.members.get('cityId')?.idempotencyToken).toBeUndefined();
  });

  test.each([
    ['cityId', { name: 'CityId', kind: 'string', min: 1, max: 64, pattern: '^[A-Za-z0-9 ]+$' }],
    ['unit', { name: 'TemperatureUnit', kind: 'string', enum: ['celsius', 'fahrenheit', 'KELVIN'] }],
    ['precision', { name: 'Precision', kind: 'integer' }],
    ['region', { name: 'Region', kind: 'string', enum: ['north', 'south'] }],
    ['high', { name: 'Double', kind: 'double', min: -100.5 }],
    ['label', { name: 'String', kind: 'string', min: 2, max: 8, pattern: '^[a-z]+$' }],
    ['attachment', { name: 'Blob', kind: 'blob' }],
    ['audio', { name: 'AudioStream', kind: 'blob', max: 1048576, streaming: true }],
    ['extra', { name: 'Document', kind: 'document' }],
    ['raining', { name: 'PrimitiveBoolean', kind: 'boolean' }],
    ['tiny', { name: 'Byte', kind: 'integer' }],
    ['small', { name: 'SmallCount', kind: 'integer', max: 100 }],
    ['huge', { name: 'BigInteger', kind: 'long' }],
    ['exact', { name: 'BigDecimal', kind: 'double' }],
    ['count', { name: 'Long', kind: 'long' }],
  ])('member %s maps to %o', (name, expected) => {
    expect({ ...member(name) }).toEqual(expected);
  });

  test('member-level constraints do not leak into the shared target shape', () => {
    expect({ ...model.shape('smithy.api#Double') }).toEqual({ name: 'Double', kind: 'double' });
    expect({ ...model.shape('smithy.api#String') }).toEqual({ name: 'String', kind: 'string' });
    const list = structure(model.operations.get('ListCities')?.input);
    expect({ ...list.members.get('pageSize')?.shape }).toEqual({ name: 'Integer', kind: 'integer', min: 1, max: 50 });
  });

  test('unions, with a Unit member', () => {
    const sky = structure(member('sky'));
    expect([sky.kind, sky.name, sky.documentation, [...sky.members.keys()]]).toEqual([
      'union', 'Sky', 'What the sky looks like.', ['clear', 'cloudy', 'note'],
    ]);
    const clear = structure(sky.members.get('clear')?.shape);
    expect([clear.name, clear.kind, clear.members.size]).toEqual(['Unit', 'structure', 0]);
    expect({ ...sky.members.get('cloudy')?.shape }).toEqual({ name: 'CloudCover', kind: 'integer', min: 0, max: 8 });
  });

  test('lists, sets and maps', () => {
    const samples = member('samples') as ListShape;
    expect([samples.kind, samples.min, samples.max, samples.member.kind]).toEqual(['list', 1, 24, 'double']);
    const days = member('days') as ListShape;
    expect([days.kind, days.name, days.member.kind]).toEqual(['list', 'DaySet', 'string']);
    const readings = member('readings') as MapShape;
    expect([readings.kind, readings.key.kind, readings.value.name]).toEqual(['map', 'string', 'Reading']);
    expect([...structure(readings.value).required]).toEqual(['value']);
  });

  test('recursive shapes link back to the same object', () => {
    const pattern = structure(member('pattern'));
    expect(pattern.members.get('next')?.shape).toBe(pattern);
    expect((pattern.members.get('variants')?.shape as ListShape).member).toBe(pattern);
  });

  test('shapes by short name or full id are the same object; apply traits are folded in', () => {
    expect(model.shape('CityId')).toBe(model.shape('example.weather#CityId'));
    expect(model.shape('Weather')).toBeUndefined();
    expect(model.shape('GetCity')).toBeUndefined();
    expect(model.shape('Nope')).toBeUndefined();
    expect([...model.shapeNames()]).toContain('WeatherPattern');
    expect([...model.shapeNames()]).not.toContain('City');
    const error = structure(model.shape('NoSuchResource'));
    expect(error.members.get('resourceType')?.documentation).toBe('Which resource was missing.');
  });
});

describe('Smithy 1.0 loader (inventory fixture)', () => {
  const model = loadSmithyModel(join(FIXTURES, 'smithy-v1-inventory.json'));

  test('sdkId S3 gives the CLI name s3api; restJson1 has no json version or target prefix', () => {
    expect(model.metadata).toEqual({ serviceName: 's3api', apiVersion: '2020-01-01', protocol: 'rest-json', serviceId: 'S3' });
  });

  test('enum trait, set, primitive prelude shapes, http trait', () => {
    const add = model.operations.get('AddItem');
    expect(add?.http).toEqual({ method: 'PUT', requestUri: '/items/{Sku}' });
    const input = structure(add?.input);
    expect({ ...input.members.get('Condition')?.shape }).toEqual({
      name: 'Condition', kind: 'string', enum: ['new', 'used', 'refurbished'],
    });
    expect((input.members.get('Tags')?.shape as ListShape).member.name).toBe('Sku');
    expect({ ...input.members.get('Quantity')?.shape }).toEqual({ name: 'PrimitiveInteger', kind: 'integer' });
  });
});

describe('Smithy loader: choosing a service and broken models', () => {
  const twoServices = (): SmithyModelJson => {
    const json = weatherJson() as unknown as { shapes: Record<string, unknown> };
    json.shapes['example.weather#Other'] = { type: 'service', version: '1', operations: [{ target: 'example.weather#GetForecast' }] };
    return json as unknown as SmithyModelJson;
  };

  test('several services need the service option', () => {
    const error = modelError(() => modelFromSmithy(twoServices()));
    expect([error.code, error.subject]).toEqual(['AMBIGUOUS_SERVICE', 'example.weather#Weather,example.weather#Other']);
    const other = modelFromSmithy(twoServices(), { service: 'example.weather#Other', serviceName: 'other' });
    expect(other.metadata).toEqual({ serviceName: 'other', apiVersion: '1' });
    expect([...other.operations.keys()]).toEqual(['GetForecast']);
  });

  test('an unknown service option', () => {
    const error = modelError(() => modelFromSmithy(weatherJson(), { service: 'example.weather#Nope' }));
    expect([error.code, error.subject]).toEqual(['SERVICE_NOT_FOUND', 'example.weather#Nope']);
  });

  test('a model without a service still gives shapes', () => {
    const model = modelFromSmithy({
      smithy: '2.0',
      shapes: { 'a.b#Thing': { type: 'structure', members: { x: { target: 'smithy.api#Integer' } } } },
    }, { serviceName: 'things' });
    expect([model.metadata.serviceName, model.operations.size]).toEqual(['things', 0]);
    expect(structure(model.shape('Thing')).members.get('x')?.shape.kind).toBe('integer');
  });

  test.each([
    ['not a Smithy AST', { shapes: {} }, 'INVALID_MODEL'],
    ['no shapes', { smithy: '2.0' }, 'INVALID_MODEL'],
  ])('%s is rejected', (_label, json, code) => {
    expect(modelError(() => modelFromSmithy(json as unknown as SmithyModelJson)).code).toBe(code);
  });

  test('an unresolved member target fails when followed; an unknown type when built', () => {
    const model = modelFromSmithy({
      smithy: '2.0',
      shapes: {
        'a.b#Thing': { type: 'structure', members: { x: { target: 'a.b#Missing' } } },
        'a.b#Odd': { type: 'operationish' },
      },
    });
    const thing = structure(model.shape('Thing'));
    const missing = modelError(() => thing.members.get('x')?.shape);
    expect([missing.code, missing.subject]).toEqual(['UNRESOLVED_SHAPE', 'a.b#Missing']);
    const odd = modelError(() => model.shape('Odd'));
    expect([odd.code, odd.subject]).toEqual(['INVALID_MODEL', 'a.b#Odd']);
  });
});
