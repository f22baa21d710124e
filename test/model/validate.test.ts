/**
 * Validation: botocore's ParamValidator on plain values (messages checked against what
 * botocore 1.43 prints for the same Python values), our enum warnings and suggestions, and
 * the botocore report text.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/model/api.js';
import { formatValidationReport, ParamValidationError } from '../../src/model/errors.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import type { Shape, StructureShape } from '../../src/model/shape.js';
import { suggest } from '../../src/model/suggest.js';
import { isTimestampValue } from '../../src/model/timestamp.js';
import { validateValue } from '../../src/model/validate.js';

const sagemaker = loadBundledModel('sagemaker');
function shape(name: string): Shape {
  const found = sagemaker.shape(name);
  if (found === undefined) throw new Error(`no shape ${name}`);
  return found;
}
function messages(value: unknown, target: Shape | string): string[] {
  return validate(value, typeof target === 'string' ? shape(target) : target)
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message);
}

const str: Shape = { name: 'S', kind: 'string' };
function structure(name: string, members: Record<string, Shape>, required: string[] = [], kind: 'structure' | 'union' = 'structure'): StructureShape {
  return {
    name,
    kind,
    members: new Map(Object.entries(members).map(([key, target]) => [key, { name: key, shape: target }])),
    required: new Set(required),
  };
}

describe("botocore's checks on Python-typed values", () => {
  it.each([
    // bool is an int subclass in Python: it passes integer type checks and compares as 0/1.
    [{ MaxCandidates: true }, 'AutoMLJobCompletionCriteria', []],
    [{ MaxCandidates: false }, 'AutoMLJobCompletionCriteria', ['Invalid value for parameter MaxCandidates, value: False, valid min value: 1']],
    [{ MaxCandidates: 1.5 }, 'AutoMLJobCompletionCriteria', ["Invalid type for parameter MaxCandidates, value: 1.5, type: <class 'float'>, valid types: <class 'int'>"]],
    [{ MaxCandidates: null }, 'AutoMLJobCompletionCriteria', ["Invalid type for parameter MaxCandidates, value: None, type: <class 'NoneType'>, valid types: <class 'int'>"]],
    [{ MaxCandidates: 12345678901234567890123n }, 'AutoMLJobCompletionCriteria', []],
    [{ MaxCandidates: -12345678901234567890123n }, 'AutoMLJobCompletionCriteria', ['Invalid value for parameter MaxCandidates, value: -12345678901234567890123, valid min value: 1']],
    [{ ValidationFraction: true }, 'AutoMLDataSplitConfig', []],
    [{ ValidationFraction: 'x' }, 'AutoMLDataSplitConfig', ["Invalid type for parameter ValidationFraction, value: x, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"]],
    [
      { Key: 5, Value: 1.5 },
      'Tag',
      [
        "Invalid type for parameter Key, value: 5, type: <class 'int'>, valid types: <class 'str'>",
        "Invalid type for parameter Value, value: 1.5, type: <class 'float'>, valid types: <class 'str'>",
      ],
    ],
    [
      { Key: ['a', 1, 2.5, null, true], Value: { x: new Uint8Array([0x61, 0]) } },
      'Tag',
      [
        "Invalid type for parameter Key, value: ['a', 1, 2.5, None, True], type: <class 'list'>, valid types: <class 'str'>",
        "Invalid type for parameter Value, value: {'x': b'a\\x00'}, type: <class 'dict'>, valid types: <class 'str'>",
      ],
    ],
    // Python's len() counts code points: one emoji is one character.
    [{ Key: '😀' }, 'Tag', ['Missing required parameter in input: "Value"']],
    [
      { Key: ["it's", 'x\ny', 'é\u200b'] },
      'Tag',
      ['Missing required parameter in input: "Value"', `Invalid type for parameter Key, value: ["it's", 'x\\ny', 'é\\u200b'], type: <class 'list'>, valid types: <class 'str'>`],
    ],
    // An undefined member counts as absent.
    [{ Key: 'k', Value: undefined }, 'Tag', ['Missing required parameter in input: "Value"']],
  ] as const)('%o at %s', (value, target, expected) => {
    expect(messages(value, target)).toEqual(expected);
  });

  it('collects every finding in botocore order: required, unknown keys, then members', () => {
    const issues = validate({ Zeta: 1, Key: '', Alpha: 2 }, shape('Tag'));
    expect(issues.map((issue) => [issue.code, issue.path, issue.botocoreName])).toEqual([
      ['MISSING_REQUIRED', '', ''],
      ['UNKNOWN_KEY', '', ''],
      ['UNKNOWN_KEY', '', ''],
      ['INVALID_LENGTH', 'Key', '.Key'],
    ]);
    expect(issues[1]).toMatchObject({
      message: 'Unknown parameter in input: "Zeta", must be one of: Key, Value',
      details: { unknownParam: 'Zeta', validNames: ['Key', 'Value'] },
      severity: 'error',
      reason: 'unknown field',
    });
    expect(issues.every((issue) => issue.offset === undefined)).toBe(true);
  });

  it('prints the report the AWS CLI prints', () => {
    const issues = validate({ Key: 'k', Value: 5 }, shape('Tag'));
    expect(formatValidationReport(issues)).toBe(
      "Parameter validation failed:\nInvalid type for parameter Value, value: 5, type: <class 'int'>, valid types: <class 'str'>",
    );
    expect(new ParamValidationError(issues).message).toBe(formatValidationReport(issues));
  });
});

describe('unions, documents, maps, timestamps, blobs', () => {
  const union = structure('U', { a: str, b: str }, [], 'union');
  const documentHolder = structure('D', { doc: { name: 'Doc', kind: 'document' } });
  const map: Shape = { name: 'M', kind: 'map', key: { name: 'K', kind: 'string', min: 2 }, value: { name: 'V', kind: 'double', min: 0.5 } };

  it.each([
    [{}, union, ['Must set one of the following keys for tagged unionstructure input: a, b.']],
    [{ a: 'x', b: 'y' }, union, ['Invalid number of parameters set for tagged union structure input. Can only set one of the following keys: a, b.']],
    [{ a: 'x', c: 'y' }, union, [
      'Invalid number of parameters set for tagged union structure input. Can only set one of the following keys: a, b.',
      'Unknown parameter in input: "c", must be one of: a, b',
    ]],
    // Inside a document botocore names a value by its own key only.
    [{ doc: { x: { y: new Date(0) } } }, documentHolder, [
      "Invalid type for document parameter y, value: datetime.datetime(1970-01-01T00:00:00.000Z), type: <class 'datetime.datetime'>, valid types: <class 'str'>, <class 'int'>, <class 'bool'>, <class 'float'>, <class 'list'>, <class 'dict'>",
    ]],
    [{ doc: { x: [1, 'a', null, { b: true }] } }, documentHolder, []],
    [{ k: 1, kk: 0.25 }, map, [
      'Invalid length for parameter  (key: k), value: 1, valid min length: 2',
      'Invalid value for parameter kk, value: 0.25, valid min value: 0.5',
    ]],
    [{ kk: 0 }, map, ['Invalid value for parameter kk, value: 0.0, valid min value: 0.5']],
  ] as const)('%o', (value, target, expected) => {
    expect(messages(value, target)).toEqual(expected);
  });

  it.each([
    ['2030-01-01T00:00:00Z', true],
    ['2024-01-01', true],
    ['2024-1-1', true],
    ['2024-01-01 12:30:00+02:00', true],
    ['20240101T120000Z', true],
    ['Mon, 01 Jan 2024 00:00:00 GMT', true],
    ['Jan 5 2024', true],
    ['1 January 2024', true],
    ['01/02/2024', true],
    ['2024/01/02', true],
    ['12:30', true],
    ['Monday', true],
    ['1900000000', true],
    ['1e10', true],
    [' 17 ', true],
    ['2024-13-01', false],
    ['2024-02-30', false],
    ['2023-02-29', false],
    ['2024-02-29', true],
    ['24:00', false],
    ['2024-01-01T25:00', false],
    ['', false],
    ['someday', false],
    ['yesterday', false],
    ['now', false],
    ['nan', false],
    ['inf', false],
    ['2024-01-01Z', false],
    ['2024-01-01 garbage', false],
  ])('timestamp %j accepted: %s', (text, ok) => {
    expect(isTimestampValue(text)).toBe(ok);
  });

  it('checks timestamps and blobs by type', () => {
    const holder = structure('T', { at: { name: 'TS', kind: 'timestamp' }, blob: { name: 'B', kind: 'blob' } });
    expect(messages({ at: new Date(0), blob: new Uint8Array(1) }, holder)).toEqual([]);
    expect(messages({ at: 1.5, blob: 'text' }, holder)).toEqual([]);
    expect(messages({ at: ['2030-01-01'], blob: ['a'] }, holder)).toEqual([
      "Invalid type for parameter at, value: ['2030-01-01'], type: <class 'list'>, valid types: <class 'datetime.datetime'>, timestamp-string",
      "Invalid type for parameter blob, value: ['a'], type: <class 'list'>, valid types: <class 'bytes'>, <class 'bytearray'>, file-like object",
    ]);
  });

  it('follows the written key order when JavaScript would reorder integer-like keys', () => {
    const weights: Shape = { name: 'W', kind: 'map', key: str, value: { name: 'V', kind: 'double', min: 0 } };
    const value = { b: -1, 2: -2 };
    expect(validateValue(value, weights).map((issue) => issue.path)).toEqual(['2', 'b']);
    expect(validateValue(value, weights, { keyOrder: () => ['b', '2'] }).map((issue) => issue.path)).toEqual(['b', '2']);
  });
});

describe('beyond botocore: enum warnings and suggestions', () => {
  it('warns about a value outside the enum and suggests the closest', () => {
    const issues = validate({ MetricName: 'acuracy' }, shape('AutoMLJobObjective'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'INVALID_ENUM',
        severity: 'warning',
        path: 'MetricName',
        suggestions: ['Accuracy'],
        message: expect.stringMatching(/^Invalid value for parameter MetricName, value: acuracy, valid values: Accuracy, MSE, .* and 5 more; did you mean "Accuracy"\?$/),
      }),
    ]);
    expect(issues[0]).not.toHaveProperty('reason');
    // Warnings are not part of botocore's report.
    expect(formatValidationReport(issues)).toBe('Parameter validation failed:\n');
  });

  it('can leave enums unchecked, as botocore does', () => {
    expect(validate({ MetricName: 'acuracy' }, shape('AutoMLJobObjective'), { enums: false })).toEqual([]);
  });

  it('suggests member names for unknown keys', () => {
    const [issue] = validate({ MaxCandiates: 5 }, shape('AutoMLJobCompletionCriteria'));
    expect(issue).toMatchObject({ code: 'UNKNOWN_KEY', suggestions: ['MaxCandidates'] });
  });

  it.each([
    ['MaxCandiates', ['MaxCandidates', 'MaxRuntime'], ['MaxCandidates']],
    ['maxcandidates', ['MaxCandidates'], ['MaxCandidates']],
    ['MaxRun', ['MaxCandidates', 'MaxRuntimePerTrainingJobInSeconds'], ['MaxRuntimePerTrainingJobInSeconds']],
    ['Regresion', ['BinaryClassification', 'MulticlassClassification', 'Regression'], ['Regression']],
    ['xyz', ['Key', 'Value'], []],
    ['Kye', ['Key', 'Value'], ['Key']],
  ])('suggest(%j) → %j', (input, candidates, expected) => {
    expect(suggest(input, candidates)).toEqual(expected);
  });

  it('skips idempotency tokens when asked, as a client fills them in', () => {
    const token = { name: 'ClientToken', shape: str, idempotencyToken: true };
    const request: StructureShape = { name: 'R', kind: 'structure', members: new Map([['ClientToken', token]]), required: new Set(['ClientToken']) };
    expect(validate({}, request).map((issue) => issue.code)).toEqual(['MISSING_REQUIRED']);
    expect(validate({}, request, { skipIdempotencyTokens: true })).toEqual([]);
  });
});
