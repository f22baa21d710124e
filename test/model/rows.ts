/**
 * Checking one model-corpus row (recorded from the AWS CLI, or answered live by
 * scripts/model_oracle.py) against our parse, coercion and validation. Shared by the corpus
 * replay and the live differential test.
 */
import { expect } from 'vitest';
import { ShorthandError, parse as parseSyntax } from '../../src/grammar/index.js';
import { analyzeShorthand, coerce, parse, validate } from '../../src/model/api.js';
import { CoercionError, validationReportLines } from '../../src/model/errors.js';
import type { CoercionErrorCode, ValidationDetails, ValidationIssue } from '../../src/model/errors.js';
import type { ModelPath } from '../../src/model/path.js';
import type { Shape } from '../../src/model/shape.js';

/** A validation entry as the corpus records it. */
export interface CorpusValidation {
  type: string;
  path: string;
  message: string;
  details: Record<string, unknown>;
}

/** A corpus row (see corpus/model/README.md). */
export interface ModelRow {
  name: string;
  service: string;
  shape: string;
  input: string | string[];
  value?: unknown;
  validation?: CorpusValidation[];
  validationReport?: string;
  validationCrash?: unknown;
  error?: { stage: string; kind: string; message: string; offset?: number; pythonError?: boolean };
}

/** Our value in the corpus's JSON image (`{$int}` for bigints, `{$float}` for non-finite). */
export function toCorpus(value: unknown): unknown {
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
export function expectedCode(kind: string, message: string): CoercionErrorCode {
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
      current = Object.getOwnPropertyDescriptor(current, key)?.value;
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

/**
 * Our one known difference in messages: botocore prints a model minimum as the model JSON
 * writes it (`0.0`), our shape graph keeps a number (`0`). Returns the recorded message as we
 * print it, and whether the rule was needed.
 */
export function minimumAsWeKeepIt(message: string): { message: string; applied: boolean } {
  const replaced = message.replace(/valid min value: (-?\d+)\.0$/, 'valid min value: $1');
  return { message: replaced, applied: replaced !== message };
}

/**
 * Check `row` against our implementation; returns the names of rows where the minimum
 * rendering rule was applied (so callers can pin that list).
 */
export function checkRow(row: ModelRow, shape: Shape): { minimumRule: boolean } {
  const error = row.error;
  if (error?.stage === 'parse') {
    const caught = thrown(() => parse(row.input, shape));
    expect(caught).toBeInstanceOf(ShorthandError);
    expect((caught as ShorthandError).message).toBe(error.message);
    expect((caught as ShorthandError).offset).toBe(error.offset);
    expect((caught as ShorthandError).code).toBe(error.kind === 'DuplicateKeyInObjectError' ? 'DUPLICATE_KEY' : 'UNEXPECTED_INPUT');
    return { minimumRule: false };
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
    // The path leads to the offending value, of the shape kind it was meant for…
    expect(valueAt(syntaxValue(row.input), issue.segments)).toEqual(issue.value);
    expect(shapeAt(shape, issue.segments)?.kind).toBe(issue.expected);
    // …and to its source text.
    const word = typeof row.input === 'string' ? row.input : (row.input[issue.word ?? -1] as string);
    expect(issue.offset).toBeTypeOf('number');
    const text = word.slice(issue.offset, (issue.offset as number) + (issue.length as number));
    if (typeof issue.value === 'string') expect(text).toContain(issue.value.trim());
    return { minimumRule: false };
  }
  expect(error).toBeUndefined();
  expect(row.validationCrash).toBeUndefined();

  const value = parse(row.input, shape, { validate: false });
  expect(toCorpus(value)).toEqual(row.value);

  // The same from the plain parsed value, without the tree.
  const plain = coerce(syntaxValue(row.input), shape);
  expect(toCorpus(plain)).toEqual(row.value);
  const plainIssues = validate(plain, shape).filter((issue) => issue.severity === 'error');

  const analysis = analyzeShorthand(row.input, shape);
  expect(toCorpus(analysis.value)).toEqual(row.value);
  expect(analysis.syntaxErrors).toEqual([]);
  expect(analysis.coercionIssues).toEqual([]);
  const errors = analysis.validation.filter((issue) => issue.severity === 'error');
  let minimumRule = false;
  const recorded = (row.validation ?? []).map((entry) => {
    const { message, applied } = minimumAsWeKeepIt(entry.message);
    minimumRule ||= applied;
    return { ...entry, message };
  });
  expect(errors.map(corpusEntry)).toEqual(recorded);
  expect(plainIssues.map(corpusEntry)).toEqual(recorded);
  expect(plainIssues.every((issue) => issue.offset === undefined)).toBe(true);
  expect(validationReportLines(analysis.validation)).toBe(recorded.map((entry) => entry.message).join('\n'));
  expect(row.validationReport).toBe((row.validation ?? []).map((entry) => entry.message).join('\n'));
  // Every error points into the text (an empty list of words has no text to point into).
  if (row.input.length > 0) for (const issue of errors) expect(issue.offset).toBeTypeOf('number');
  expect(analysis.ok).toBe(errors.length === 0);
  return { minimumRule };
}
