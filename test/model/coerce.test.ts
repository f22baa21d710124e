/**
 * Coercion: Python's int()/float() rules, the boolean rule, promotion, documents, and the
 * typed errors we give where the AWS CLI lets a Python exception escape.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseSyntax } from '../../src/grammar/index.js';
import { analyzeShorthand, coerce, parse } from '../../src/model/api.js';
import { coerceValue, toBoolean, toFloat, toInteger } from '../../src/model/coerce.js';
import { CoercionError } from '../../src/model/errors.js';
import { floatRepr, pyRepr, pythonFloat, pythonInt, stringRepr } from '../../src/model/python.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import type { Shape } from '../../src/model/shape.js';

const sagemaker = loadBundledModel('sagemaker');
function shape(name: string): Shape {
  const found = sagemaker.shape(name);
  if (found === undefined) throw new Error(`no shape ${name}`);
  return found;
}

describe("Python's int()", () => {
  it.each([
    ['7', 7],
    ['+7', 7],
    ['-7', -7],
    [' 12 ', 12],
    ['\t7\n', 7],
    ['\v7', 7],
    ['007', 7],
    ['0_0', 0],
    ['1_000', 1000],
    ['-0', 0],
    ['\u00a012', 12],
    ['12\u2003', 12],
    ['7\u0085', 7],
    ['\u0663\u0664', 34],
    ['+\u0663', 3],
    ['\uff11\uff12', 12],
    ['\u{1D7D8}', 0],
    ['9007199254740991', 9007199254740991],
    ['9007199254740992', 9007199254740992n],
    ['-123456789012345678901234567890', -123456789012345678901234567890n],
  ] as const)('%j → %s', (text, value) => {
    expect(pythonInt(text)).toEqual({ ok: true, value });
  });

  it.each(['', ' ', '+', '-', '+ 7', '1__000', '_1', '1_', '-_1', '1.5', '10.0', '1e3', '0x10', 'inf', 'nan', 'abc', '1 2', '\x1c12', '12\x1c', '\u180e7', '\u200b7', '1\u00b2', '\u00b2'])(
    '%j is refused',
    (text) => {
      expect(pythonInt(text)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it('refuses more than 4300 digits, underscores not counted', () => {
    expect(pythonInt('1'.repeat(4300)).ok).toBe(true);
    expect(pythonInt(`${'1_'.repeat(4299)}1`).ok).toBe(true);
    expect(pythonInt('0'.repeat(4301))).toEqual({ ok: false, reason: 'too-many-digits' });
    expect(toInteger('1'.repeat(4301))).toEqual({
      ok: false,
      code: 'INTEGER_TOO_LONG',
      awsCliMessage:
        'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit',
    });
  });
});

describe("Python's float()", () => {
  it.each([
    ['1_0.5', 10.5],
    ['1e5', 100000],
    ['.5', 0.5],
    ['5.', 5],
    ['-.5e-3', -0.0005],
    ['1_000.000_1', 1000.0001],
    ['Infinity', Infinity],
    ['-INF', -Infinity],
    ['+nan', NaN],
    ['1e400', Infinity],
    ['1e-400', 0],
    ['-0', -0],
    ['\u0661.\u0665', 1.5],
    ['\uff11e\uff12', 100],
    ['  -1.5  ', -1.5],
    ['1E-5', 1e-5],
  ] as const)('%j → %s', (text, value) => {
    expect(pythonFloat(text)).toEqual({ ok: true, value });
  });

  it.each(['', '0x10', '1__0', '1_', '_1', '1._5', '1e', 'e5', '.', '1.5.5', '1e+_5', '1_e5', '0,5', '\u0660\u066b\u0665', 'half', 'infinit'])('%j is refused', (text) => {
    expect(pythonFloat(text).ok).toBe(false);
  });
});

describe('Python printing', () => {
  it.each([
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [123456789012345678, '1.2345678901234568e+17'],
    [0.1, '0.1'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [-1.5e-7, '-1.5e-07'],
    [2.5e100, '2.5e+100'],
    [1 / 3, '0.3333333333333333'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [100, '100.0'],
    [-0, '-0.0'],
    [NaN, 'nan'],
    [-Infinity, '-inf'],
  ])('float %s prints %s', (value, text) => {
    expect(floatRepr(value)).toBe(text);
  });

  it.each([
    ['a', "'a'"],
    ["it's", '"it\'s"'],
    ['both \' and "', "'both \\' and \"'"],
    ['tab\there', "'tab\\there'"],
    ['\x00\x7f\u0085', "'\\x00\\x7f\\x85'"],
    ['é ü 日本', "'é ü 日本'"],
    ['\u200b\u2028', "'\\u200b\\u2028'"],
    ['\u{1F600}', "'\u{1F600}'"],
    ['back\\slash', "'back\\\\slash'"],
  ])('repr(%j) is %s', (text, repr) => {
    expect(stringRepr(text)).toBe(repr);
  });

  it('prints containers like Python', () => {
    expect(pyRepr({ a: ['b', true, null, 1, 1.5, 12345678901234567890n], c: {} })).toBe("{'a': ['b', True, None, 1, 1.5, 12345678901234567890], 'c': {}}");
    expect(pyRepr(new Uint8Array([0x61, 0x27, 0x0a, 0xff]))).toBe('b"a\'\\n\\xff"');
  });
});

describe('per-kind conversions', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['False', false],
    ['fAlSe', false],
    [' true', ' true'],
    ['yes', 'yes'],
    ['1', '1'],
    ['', ''],
    ['TRUİ', 'TRUİ'],
  ])('boolean %j → %j', (text, value) => {
    expect(toBoolean(text)).toEqual({ ok: true, value });
  });

  it.each([
    [toInteger, ['1', '2'], 'EXPECTED_SCALAR', "int() argument must be a string, a bytes-like object or a real number, not 'list'"],
    [toInteger, { a: '1' }, 'EXPECTED_SCALAR', "int() argument must be a string, a bytes-like object or a real number, not 'dict'"],
    [toFloat, [], 'EXPECTED_SCALAR', "float() argument must be a string or a real number, not 'list'"],
    [toBoolean, { a: 'true' }, 'EXPECTED_SCALAR', "'dict' object has no attribute 'lower'"],
    [toInteger, 'x'.repeat(300), 'INVALID_INTEGER', `invalid literal for int() with base 10: '${'x'.repeat(199)}`],
    [toFloat, "it's", 'INVALID_FLOAT', 'could not convert string to float: "it\'s"'],
    [toInteger, new Uint8Array([0x31, 0xff]), 'INVALID_INTEGER', "invalid literal for int() with base 10: b'1\\xff'"],
  ] as const)('%o refuses %j with %s', (convert, value, code, awsCliMessage) => {
    expect(convert(value)).toEqual({ ok: false, code, awsCliMessage });
  });

  it('reads ASCII bytes as Python does', () => {
    expect(toInteger(new TextEncoder().encode(' 12 '))).toEqual({ ok: true, value: 12 });
    expect(toFloat(new TextEncoder().encode('1_0.5'))).toEqual({ ok: true, value: 10.5 });
    const bytes = new TextEncoder().encode('true');
    expect(toBoolean(bytes)).toEqual({ ok: true, value: bytes });
  });

  it('leaves values that are already typed alone', () => {
    expect(toInteger(5)).toEqual({ ok: true, value: 5 });
    expect(toFloat(2.5)).toEqual({ ok: true, value: 2.5 });
    expect(toBoolean(true)).toEqual({ ok: true, value: true });
  });
});

describe('coercion against shapes', () => {
  it.each([
    ['MaxCandidates=+7', 'AutoMLJobCompletionCriteria', { MaxCandidates: 7 }],
    ['MaxCandidates=" 1_000 "', 'AutoMLJobCompletionCriteria', { MaxCandidates: 1000 }],
    ['MaxCandidates=\u0663', 'AutoMLJobCompletionCriteria', { MaxCandidates: 3 }],
    ['ValidationFraction=1e-1', 'AutoMLDataSplitConfig', { ValidationFraction: 0.1 }],
    ['ValidationFraction=-inf', 'AutoMLDataSplitConfig', { ValidationFraction: -Infinity }],
    ['EnableInterContainerTrafficEncryption=TRUE', 'AutoMLSecurityConfig', { EnableInterContainerTrafficEncryption: true }],
    ['EnableInterContainerTrafficEncryption=yes', 'AutoMLSecurityConfig', { EnableInterContainerTrafficEncryption: 'yes' }],
    // A scalar (or a hash) where a list is modelled becomes a one-element list…
    ['SecurityGroupIds=sg-1,Subnets=subnet-1', 'VpcConfig', { SecurityGroupIds: ['sg-1'], Subnets: ['subnet-1'] }],
    // …whose element is not visited again: the string stays a string.
    ['AlgorithmsConfig={AutoMLAlgorithms=xgboost}', 'CandidateGenerationConfig', { AlgorithmsConfig: [{ AutoMLAlgorithms: 'xgboost' }] }],
    // Unknown keys and mismatched containers are left alone.
    ['MaxCandidates=5,Other=6', 'AutoMLJobCompletionCriteria', { MaxCandidates: 5, Other: '6' }],
    ['CompletionCriteria=[{MaxCandidates=5}]', 'AutoMLJobConfig', { CompletionCriteria: [{ MaxCandidates: '5' }] }],
  ])('%s (%s)', (text, shapeName, value) => {
    expect(parse(text, shape(shapeName), { validate: false })).toEqual(value);
    // The same conversion from the plain value, without the tree.
    expect(coerce(parseSyntax(text), shape(shapeName))).toEqual(value);
  });

  it('does not promote at the root: a single argument for a list shape stays a map', () => {
    expect(parse('Key=a,Value=b', shape('TagList'), { validate: false })).toEqual({ Key: 'a', Value: 'b' });
    expect(parse(['Key=a,Value=b', 'Key=c'], shape('TagList'), { validate: false })).toEqual([
      { Key: 'a', Value: 'b' },
      { Key: 'c' },
    ]);
  });

  it('reports the first failure in model member order, as the AWS CLI stops there', () => {
    // MaxAutoMLJobRuntimeInSeconds is written first but modelled after MaxCandidates.
    const text = 'MaxAutoMLJobRuntimeInSeconds=y,MaxCandidates=x';
    const error = thrownBy(() => parse(text, shape('AutoMLJobCompletionCriteria')));
    expect(error).toBeInstanceOf(CoercionError);
    expect(error).toMatchObject({
      code: 'INVALID_INTEGER',
      path: 'MaxCandidates',
      offset: text.indexOf('=x') + 1,
      length: 1,
    });
    expect((error as CoercionError).message).toBe("Invalid value for parameter MaxCandidates: expected an integer, got 'x'");
    expect((error as CoercionError).issues.map((issue) => issue.path)).toEqual(['MaxCandidates', 'MaxAutoMLJobRuntimeInSeconds']);
  });

  it.each([
    ['MaxCandidates=1,2', 'AutoMLJobCompletionCriteria', 'EXPECTED_SCALAR', 'MaxCandidates', 'Invalid type for parameter MaxCandidates: expected an integer, got a list'],
    ['EnableInterContainerTrafficEncryption={a=true}', 'AutoMLSecurityConfig', 'EXPECTED_SCALAR', 'EnableInterContainerTrafficEncryption', 'Invalid type for parameter EnableInterContainerTrafficEncryption: expected a boolean (true or false), got a map'],
    ['ValidationFraction=half', 'AutoMLDataSplitConfig', 'INVALID_FLOAT', 'ValidationFraction', "Invalid value for parameter ValidationFraction: expected a number, got 'half'"],
    ['CompletionCriteria={MaxCandidates=five}', 'AutoMLJobConfig', 'INVALID_INTEGER', 'CompletionCriteria.MaxCandidates', "Invalid value for parameter CompletionCriteria.MaxCandidates: expected an integer, got 'five'"],
  ] as const)('%s → %s at %s', (text, shapeName, code, path, message) => {
    const result = analyzeShorthand(text, shape(shapeName));
    const issue = result.coercionIssues[0];
    expect(issue).toMatchObject({ code, path, message, severity: 'error' });
    const node = result.walk.valueNodeAt(issue?.segments ?? []);
    expect(issue?.offset).toBe(node?.offset);
    expect(result.ok).toBe(false);
    // Validation does not report the member coercion already failed on.
    expect(result.validation.filter((v) => v.path === path)).toEqual([]);
  });

  it('keeps every value it could not convert unchanged in the partial result', () => {
    const result = coerceValue({ MaxCandidates: 'x', MaxRuntimePerTrainingJobInSeconds: '5' }, shape('AutoMLJobCompletionCriteria'));
    expect(result.value).toEqual({ MaxCandidates: 'x', MaxRuntimePerTrainingJobInSeconds: 5 });
    expect(result.issues).toHaveLength(1);
  });

  it('never changes its input', () => {
    const input = { MaxCandidates: '5', Nested: { a: '1' } };
    const copy = structuredClone(input);
    coerceValue(input, shape('AutoMLJobCompletionCriteria'));
    expect(input).toEqual(copy);
  });
});

describe('document members', () => {
  const document: Shape = { name: 'Doc', kind: 'document' };
  const holder: Shape = {
    name: 'Holder',
    kind: 'structure',
    members: new Map([
      ['doc', { name: 'doc', shape: document }],
      ['docs', { name: 'docs', shape: { name: 'Docs', kind: 'map', key: { name: 'K', kind: 'string' }, value: document } }],
    ]),
    required: new Set(),
  };

  it.each([
    ['doc={a=1}', 'doc'],
    ['doc=""', 'doc'],
    ['docs={k=v}', 'docs'],
  ])('%s is refused with the AWS CLI message naming %s', (text, name) => {
    const error = thrownBy(() => parse(text, holder));
    expect(error).toBeInstanceOf(CoercionError);
    const expected = `Shorthand syntax does not support document types. Use JSON input for top-level argument to specify nested parameter: ${name}`;
    expect(error).toMatchObject({ code: 'DOCUMENT_NOT_SUPPORTED' });
    expect((error as CoercionError).message).toBe(expected);
    expect((error as CoercionError).issue.awsCliMessage).toBe(expected);
  });

  it('refuses a document root with a message the AWS CLI leaves empty', () => {
    const error = thrownBy(() => parse('a=b', document)) as CoercionError;
    expect(error.code).toBe('DOCUMENT_NOT_SUPPORTED');
    expect(error.issue.awsCliMessage).toBe('');
    expect(error.message).toBe('Shorthand syntax does not support document types. Use JSON input to specify a document value');
    expect([error.offset, error.length]).toEqual([0, 3]);
  });
});

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
