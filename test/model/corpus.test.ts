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
import { ShorthandError, parse as parseSyntax } from '../../src/grammar/index.js';
import { analyzeShorthand, parse } from '../../src/model/api.js';
import { CoercionError, validationReportLines } from '../../src/model/errors.js';
import type { CoercionErrorCode, ValidationDetails, ValidationIssue } from '../../src/model/errors.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { loadBotocoreModel } from '../../src/model/loaders/botocore.js';
import type { ModelPath } from '../../src/model/path.js';
import type { ServiceModel, Shape } from '../../src/model/shape.js';
import { ROOT, readCorpus } from '../helpers/corpus.js';

interface CorpusValidation {
  type: string;
  path: string;
  message: string;
  details: Record<string, unknown>;
}

interface ModelRow {
  name: string;
  service: string;
  shape: string;
  input: string | string[];
  value?: unknown;
  validation?: CorpusValidation[];
  validationReport?: string;
  error?: { stage: string; kind: string; message: string; offset?: number; pythonError?: boolean };
}

const rows = readCorpus<ModelRow>('model');
const FIXTURES = `${ROOT}test/model/fixtures/models`;

/**
 * Rows where we knowingly print something else, and why. Each is still checked: the message
 * must equal the recorded one after the stated substitution.
 */
const DEVIATIONS: Record<string, { reason: string; recorded: string; ours: string }> = {
  'lambda.jsonl:alias-routing/map-negative-weight-float-min': {
    reason: 'the model JSON writes the minimum as 0.0; our shape graph keeps only the number 0',
    recorded: 'valid min value: 0.0',
    ours: 'valid min value: 0',
  },
};

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

/** Our value in the corpus's JSON image. */
function toCorpus(value: unknown): unknown {
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { $float: Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf' };
  }
  if (Array.isArray(value)) return value.map(toCorpus);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: toCorpus(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** botocore's detail arguments for one of our issues. */
function corpusDetails(details: ValidationDetails): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = toCorpus(value);
  }
  return out;
}

function corpusEntry(issue: ValidationIssue): CorpusValidation {
  return { type: issue.reason ?? '', path: issue.botocoreName, message: issue.message, details: corpusDetails(issue.details) };
}

/** The code we give for a Python exception the AWS CLI lets escape. */
function expectedCode(kind: string, message: string): CoercionErrorCode {
  if (kind === 'TypeError' || kind === 'AttributeError') return 'EXPECTED_SCALAR';
  if (message.startsWith('Exceeds the limit')) return 'INTEGER_TOO_LONG';
  if (message.startsWith('invalid literal for int()')) return 'INVALID_INTEGER';
  if (message.startsWith('could not convert string to float')) return 'INVALID_FLOAT';
  throw new Error(`unexpected Python error ${kind}: ${message}`);
}

/** The value at `path` inside a plain (uncoerced) parse result. */
function valueAt(value: unknown, path: ModelPath): unknown {
  let current = value;
  for (const segment of path) {
    if (segment.kind === 'index') current = Array.isArray(current) ? current[segment.index] : segment.index === 0 ? current : undefined;
    else if (segment.kind === 'member' || segment.kind === 'mapValue') {
      const key = segment.kind === 'member' ? segment.name : segment.key;
      current = (current as Record<string, unknown>)[key];
    }
  }
  return current;
}

function shapeAt(shape: Shape, path: ModelPath): Shape | undefined {
  let current: Shape | undefined = shape;
  for (const segment of path) {
    if (current === undefined) return undefined;
    if (segment.kind === 'member') current = current.kind === 'structure' || current.kind === 'union' ? current.members.get(segment.name)?.shape : undefined;
    else if (segment.kind === 'index') current = current.kind === 'list' ? current.member : undefined;
    else current = current.kind === 'map' ? (segment.kind === 'mapKey' ? current.key : current.value) : undefined;
  }
  return current;
}

function syntaxValue(input: string | string[]): unknown {
  return typeof input === 'string' ? parseSyntax(input) : input.map((word) => parseSyntax(word));
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('model corpus recorded from the AWS CLI', () => {
  it('has every recorded row', () => {
    expect(rows.length).toBeGreaterThanOrEqual(472);
  });

  it.each(rows.map((row) => [`${row.file}:${row.name}`, row] as const))('%s', (id, row) => {
    const shape = shapeOf(row);
    const error = row.error;
    if (error?.stage === 'parse') {
      const caught = thrown(() => parse(row.input, shape));
      expect(caught).toBeInstanceOf(ShorthandError);
      expect((caught as ShorthandError).message).toBe(error.message);
      expect((caught as ShorthandError).offset).toBe(error.offset);
      expect((caught as ShorthandError).code).toBe(error.kind === 'DuplicateKeyInObjectError' ? 'DUPLICATE_KEY' : 'UNEXPECTED_INPUT');
      return;
    }
    if (error?.stage === 'coerce') {
      const caught = thrown(() => parse(row.input, shape));
      expect(caught).toBeInstanceOf(CoercionError);
      const issue = (caught as CoercionError).issue;
      // The exact text the AWS CLI prints, Python exception or its own message.
      expect(issue.awsCliMessage).toBe(error.message);
      if (error.pythonError === true) {
        expect(issue.code).toBe(expectedCode(error.kind, error.message));
        expect(issue.message).toContain(issue.path === '' ? 'input' : issue.path);
      } else {
        expect(issue.code).toBe('DOCUMENT_NOT_SUPPORTED');
        if (error.kind === 'ShorthandParseError') expect(issue.message).toBe(error.message);
      }
      // The path leads to the offending value, of the shape kind it was meant for.
      expect(valueAt(syntaxValue(row.input), issue.segments)).toEqual(issue.value);
      expect(shapeAt(shape, issue.segments)?.kind).toBe(issue.expected);
      // …and to its source text.
      const word = typeof row.input === 'string' ? row.input : (row.input[issue.word ?? -1] as string);
      expect(issue.offset).toBeTypeOf('number');
      const text = word.slice(issue.offset, (issue.offset as number) + (issue.length as number));
      if (typeof issue.value === 'string') expect(text).toContain(issue.value.trim());
      return;
    }
    expect(error).toBeUndefined();

    const value = parse(row.input, shape, { validate: false });
    expect(toCorpus(value)).toEqual(row.value);

    const analysis = analyzeShorthand(row.input, shape);
    expect(toCorpus(analysis.value)).toEqual(row.value);
    expect(analysis.syntaxErrors).toEqual([]);
    expect(analysis.coercionIssues).toEqual([]);
    const errors = analysis.validation.filter((issue) => issue.severity === 'error');
    const deviation = DEVIATIONS[id];
    const recorded = (row.validation ?? []).map((entry) =>
      deviation === undefined ? entry : { ...entry, message: entry.message.replace(deviation.recorded, deviation.ours) },
    );
    expect(errors.map(corpusEntry)).toEqual(recorded);
    const report = deviation === undefined ? row.validationReport : row.validationReport?.replace(deviation.recorded, deviation.ours);
    expect(validationReportLines(analysis.validation)).toBe(report);
    // Every error points into the text (an empty list of words has no text to point into).
    if (row.input.length > 0) for (const issue of errors) expect(issue.offset).toBeTypeOf('number');
    expect(analysis.ok).toBe(errors.length === 0);
  });
});
