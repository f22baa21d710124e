/**
 * Model lookups keep to their directories: service and version names are botocore directory
 * names before they are joined into a path, and a model file is capped once decompressed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { locateBotocoreModel } from '../../src/model/loaders/botocore.js';
import { ModelError } from '../../src/model/loaders/errors.js';
import { MAX_MODEL_BYTES, readModelText } from '../../src/model/loaders/files.js';
import { isModelDirectoryName } from '../../src/model/loaders/names.js';
import { ModelRegistry } from '../../src/model/registry.js';
import { removeTempTrees, tempTree } from '../helpers/temp-tree.js';

afterAll(removeTempTrees);

const MODEL = { version: '2.0', metadata: { apiVersion: '2020-01-01', protocol: 'json', serviceId: 'Demo' }, operations: {}, shapes: {} };

function thrown(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected a ModelError');
}

describe('isModelDirectoryName', () => {
  it.each([
    ['sagemaker', true],
    ['runtime.sagemaker', true],
    ['2017-07-24', true],
    ['s3', true],
    ['../evil', false],
    ['../../x/evil', false],
    ['a/b', false],
    ['.hidden', false],
    ['-x', false],
    ['SageMaker', false],
    ['', false],
    ['a\\b', false],
    ['a b', false],
  ])('%j → %s', (name, expected) => {
    expect(isModelDirectoryName(name)).toBe(expected);
  });
});

describe('lookups from user text', () => {
  it('a traversing service name is unknown, even where the traversal would find a model', () => {
    const root = tempTree({ 'evil/2020-01-01/service-2.json': MODEL, 'data/demo/2020-01-01/service-2.json': MODEL });
    const dataDir = join(root, 'data');
    // The control: the same model is found under a proper name, and the traversal would reach one.
    expect(locateBotocoreModel([dataDir], 'demo')?.apiVersion).toBe('2020-01-01');
    expect(resolve(dataDir, '../evil/2020-01-01/service-2.json')).toBe(join(root, 'evil/2020-01-01/service-2.json'));
    expect(locateBotocoreModel([dataDir], '../evil')).toBeUndefined();
    const registry = new ModelRegistry({ dataPath: [dataDir], bundled: false });
    expect(registry.findService('demo')).toBeDefined();
    expect(registry.findService('../evil')).toBeUndefined();
    expect(thrown(() => registry.findShape('../evil.Foo')).code).toBe('SERVICE_NOT_FOUND');
  });
});

describe('the decompressed-size cap', () => {
  it('is far above the largest botocore model (ec2, 3.9 MB)', () => {
    expect(MAX_MODEL_BYTES).toBeGreaterThan(10 * 3_927_942);
  });

  it('refuses a gzip bomb with MODEL_TOO_LARGE, and the registry reports it for that service', () => {
    const bomb = gzipSync(Buffer.concat([Buffer.alloc(MAX_MODEL_BYTES + 1024, 0x20), Buffer.from(JSON.stringify(MODEL))]), { level: 9 });
    const root = tempTree({});
    const path = join(root, 'data/bomb/2020-01-01/service-2.json.gz');
    mkdirSync(join(root, 'data/bomb/2020-01-01'), { recursive: true });
    writeFileSync(path, bomb);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = thrown(() => readModelText(path));
    expect([error.code, error.subject]).toEqual(['MODEL_TOO_LARGE', path]);
    expect(error.message).toBe(`Model file ${path} is larger than ${MAX_MODEL_BYTES} bytes once decompressed`);
    const registry = new ModelRegistry({ dataPath: [join(root, 'data')], bundled: false });
    expect(thrown(() => registry.findService('bomb')).code).toBe('MODEL_TOO_LARGE');
  });

  it('applies to plain and gzipped files alike, at the limit given', () => {
    const text = JSON.stringify(MODEL);
    const root = tempTree({ 'a.json': text, 'a.json.gz': text });
    for (const name of ['a.json', 'a.json.gz']) {
      expect(readModelText(join(root, name), text.length)).toBe(text);
      expect(thrown(() => readModelText(join(root, name), text.length - 1)).code).toBe('MODEL_TOO_LARGE');
    }
  });
});
