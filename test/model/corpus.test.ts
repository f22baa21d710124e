/**
 * The recorded AWS CLI behaviour (corpus/model: ShorthandParser + BackCompatVisitor +
 * botocore's ParamValidator) replayed through our parse, coercion and validation.
 *
 * SageMaker shapes come from the bundled model; the other services from trimmed botocore
 * models in test/model/fixtures/models (written by fixtures/extract-models.py), so no Python
 * is needed.
 *
 * Numbers: integers come back as JavaScript numbers when safe and as `bigint` beyond
 * ±(2^53−1), which the corpus writes `{"$int": digits}`; non-finite floats are `{"$float"}`.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { loadBotocoreModel } from '../../src/model/loaders/botocore.js';
import type { ServiceModel, Shape } from '../../src/model/shape.js';
import { ROOT, readCorpus } from '../helpers/corpus.js';
import { checkRow } from './rows.js';
import type { ModelRow } from './rows.js';

const rows = readCorpus<ModelRow>('model');
const FIXTURES = `${ROOT}test/model/fixtures/models`;

/**
 * Rows whose recorded message prints a model minimum as `0.0` where we print `0` (the model
 * JSON writes `"min": 0.0`; our shape graph keeps the number). Pinned so the rule cannot
 * spread unnoticed.
 */
const MINIMUM_RENDERING_ROWS = ['lambda.jsonl:alias-routing/map-negative-weight-float-min'];

const models = new Map<string, ServiceModel>();
function shapeOf(row: ModelRow): Shape {
  let model = models.get(row.service);
  if (model === undefined) {
    model = row.service === 'sagemaker' ? loadBundledModel('sagemaker') : loadBotocoreModel(FIXTURES, { serviceName: row.service });
    models.set(row.service, model);
  }
  const shape = model.shape(row.shape);
  if (shape === undefined) throw new Error(`no shape ${row.service}.${row.shape}`);
  return shape;
}

const minimumRuleRows: string[] = [];

describe('model corpus recorded from the AWS CLI', () => {
  it('has every recorded row', () => {
    expect(rows.length).toBeGreaterThanOrEqual(472);
  });

  it.each(rows.map((row) => [`${row.file}:${row.name}`, row] as const))('%s', (id, row) => {
    if (checkRow(row, shapeOf(row)).minimumRule) minimumRuleRows.push(id);
  });

  // Runs after the rows (tests in a file run in order).
  it('prints a minimum differently only in the pinned rows', () => {
    expect(minimumRuleRows.sort()).toEqual(MINIMUM_RENDERING_ROWS);
  });
});
