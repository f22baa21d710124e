/**
 * Differential test against the installed AWS CLI (skipped where python3 + awscli are absent):
 * at least 10,000 generated values per run are serialized, and the AWS CLI's own parser (and,
 * for model-aware text, its model coercion) must read each text back as the value. Set
 * AWS_SHORTHAND_SEED to explore other values.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { bundledRegistry } from '../../src/model/index.js';
import { inputShapes } from '../../src/model/reachable.js';
import type { Shape } from '../../src/model/shape.js';
import { serialize } from '../../src/serializer/index.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { sayableKey, topValue, trickyString, valueOf } from './arbitraries.js';
import { awsCliOptionHooks } from '../../src/awscli/option-rules.js';
import { toCommandArgs } from '../../src/awscli/command-line.js';
import { awsCommandParams, awsParse, awsParseWithModel, bigIntegers } from './oracle.js';

const SEED = Number(process.env.AWS_SHORTHAND_SEED ?? 20261128);
/** Texts sent per run: model-less, then model-aware (together at least 10,000). */
const MODEL_LESS = 6000;
const MODEL_AWARE = 4500;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function roots(): Shape[] {
  return inputShapes(bundledRegistry().service('sagemaker')).filter((s) => s.kind === 'structure' || s.kind === 'union' || s.kind === 'map');
}

describeWith(pythonAwsCli(), 'the AWS CLI reads our shorthand back', () => {
  it(`model-less: ${MODEL_LESS} generated values`, () => {
    const cases: Array<{ value: unknown; text: string }> = [];
    for (let round = 0; cases.length < MODEL_LESS; round++) {
      for (const value of fc.sample(topValue(sayableKey), { numRuns: 1000, seed: SEED + round })) {
        const result = serialize(value);
        if (result.kind === 'shorthand' && cases.length < MODEL_LESS) cases.push({ value, text: result.text });
      }
    }
    const outcomes = awsParse(cases.map((c) => c.text));
    const disagreements = cases
      .map((c, i) => ({ text: c.text, value: c.value, aws: outcomes[i] }))
      .filter((d) => !isEqual(d.aws?.value, d.value));
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('strings that need quotes and end in a backslash, several to a value', () => {
    const endsInBackslash = trickyString.map((text) => `${text}\\`);
    const values = fc.sample(fc.dictionary(sayableKey, fc.oneof(endsInBackslash, trickyString, fc.array(endsInBackslash, { maxLength: 3 })), { minKeys: 1, maxKeys: 4 }), {
      numRuns: 1500,
      seed: SEED,
    });
    const cases = values.flatMap((value) => {
      const result = serialize(value);
      return result.kind === 'shorthand' ? [{ value, text: result.text }] : [];
    });
    expect(cases.length).toBeGreaterThan(500);
    const outcomes = awsParse(cases.map((c) => c.text));
    const disagreements = cases.map((c, i) => ({ ...c, aws: outcomes[i] })).filter((d) => !isEqual(d.aws?.value, d.value));
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it(`model-aware: at least ${MODEL_AWARE} values of every SageMaker input structure, union and map`, () => {
    const shapes = roots();
    const cases: Array<{ shape: string; value: unknown; text: string }> = [];
    const perShape = Math.ceil((MODEL_AWARE * 1.3) / shapes.length);
    shapes.forEach((shape, index) => {
      for (const value of fc.sample(valueOf(shape), { numRuns: perShape, seed: SEED + index })) {
        const result = serialize(value, shape);
        // model_oracle.py prints UTF-8 and cannot print a lone surrogate; the model-less run covers them.
        if (result.kind === 'shorthand' && !LONE_SURROGATE.test(result.text)) cases.push({ shape: shape.name, value, text: result.text });
      }
    });
    expect(cases.length).toBeGreaterThanOrEqual(MODEL_AWARE);
    const outcomes = awsParseWithModel(cases.map((c) => ({ shape: c.shape, input: c.text })));
    const disagreements = cases
      .map((c, i) => ({ shape: c.shape, text: c.text, value: c.value, aws: outcomes[i] }))
      .filter((d) => !isEqual(d.aws?.value, d.value));
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('whole command lines: requests of every SageMaker operation, read by the AWS CLI driver', () => {
    const model = bundledRegistry().service('sagemaker');
    const operations = [...model.operations.values()].filter((op) => op.input !== undefined);
    const cases = operations.flatMap((op, index) =>
      fc.sample(valueOf(op.input as Shape, { withRequired: true }), { numRuns: 1, seed: SEED + index }).map((request) => ({
        request,
        argv: toCommandArgs('sagemaker', op.name, request as Record<string, unknown>, model, awsCliOptionHooks('sagemaker', model, op.name)).argv,
      })),
    );
    const outcomes = awsCommandParams(cases.map((c) => c.argv.slice(1)));
    const disagreements = cases
      .map((c, i) => ({ argv: c.argv, request: c.request, aws: outcomes[i] }))
      .filter((d) => !isEqual(bigIntegers(d.aws?.params), bigIntegers(d.request)));
    expect(disagreements.slice(0, 3)).toEqual([]);
  }, 120_000);
});

/** Deep equality with NaN equal to itself and -0 distinct from 0 (as the values are typed). */
function isEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (typeof a === 'bigint' || typeof b === 'bigint') return typeof a === typeof b && a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => isEqual(item, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && isEqual(ra[k], rb[k]));
  }
  return a === b;
}
