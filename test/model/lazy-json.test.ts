/** The bundled model's line-per-shape form: parsed lazily, equal to parsing it whole. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lazyModelJson } from '../../src/model/loaders/lazy-json.js';
import { ROOT } from '../helpers/corpus.js';

describe('lazyModelJson', () => {
  const text = gunzipSync(readFileSync(join(ROOT, 'models/sagemaker.json.gz'))).toString('utf8');
  const whole = JSON.parse(text) as { shapes: Record<string, unknown>; operations: unknown; metadata: unknown };

  it('reads the bundled model to the same shapes, names and order as JSON.parse', () => {
    const lazy = lazyModelJson(text);
    expect(lazy.metadata).toEqual(whole.metadata);
    expect(lazy.operations).toEqual(whole.operations);
    expect(Object.keys(lazy.shapes)).toEqual(Object.keys(whole.shapes));
    for (const name of ['AutoMLChannel', 'AutoMLJobConfig', 'Tag']) expect(lazy.shapes[name]).toEqual(whole.shapes[name]);
    expect(Object.hasOwn(lazy.shapes, 'AutoMLChannel')).toBe(true);
    expect(Object.hasOwn(lazy.shapes, 'NoSuchShape')).toBe(false);
    expect(lazy.shapes['NoSuchShape']).toBeUndefined();
  });

  it('parses text in any other layout whole', () => {
    expect(lazyModelJson('{"metadata":{},"operations":{},"shapes":{"A":{"type":"string"}}}').shapes).toEqual({ A: { type: 'string' } });
  });

  it('decodes escaped names and the last line without a comma', () => {
    const lazy = lazyModelJson('{"metadata":{},"operations":{},"shapes":{\n"A\\u0042":{"type":"string"},\n"C":{"type":"integer"}\n}}\n');
    expect(Object.keys(lazy.shapes)).toEqual(['AB', 'C']);
    expect(lazy.shapes['C']).toEqual({ type: 'integer' });
  });
});
