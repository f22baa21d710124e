/**
 * The model walk and the source ranges it gives coercion and validation issues: what each
 * node met, member paths, promotion, unknown keys, map keys, several words, partial trees.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/grammar/index.js';
import type { SyntaxNode } from '../../src/grammar/index.js';
import { analyzeShorthand, parse } from '../../src/model/api.js';
import { ParamValidationError } from '../../src/model/errors.js';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { member } from '../../src/model/path.js';
import type { Shape } from '../../src/model/shape.js';
import { walkShapes } from '../../src/model/walk.js';

const sagemaker = loadBundledModel('sagemaker');
function shape(name: string): Shape {
  const found = sagemaker.shape(name);
  if (found === undefined) throw new Error(`no shape ${name}`);
  return found;
}

/** Input with a `|` marking the offset to look up. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function source(text: string, node: SyntaxNode | undefined): string | undefined {
  return node === undefined ? undefined : text.slice(node.offset, node.offset + node.length);
}

describe('walk bindings', () => {
  it.each([
    ['InputDataConfig=[{DataSource={S3DataSource={S3Uri=s3://|b}}}]', 'CreateAutoMLJobRequest', 'InputDataConfig[0].DataSource.S3DataSource.S3Uri', 'string', 'value', 's3://b'],
    ['InputDataConfig=[{DataSource={S3Data|Source={}}}]', 'CreateAutoMLJobRequest', 'InputDataConfig[0].DataSource.S3DataSource', 'structure', 'key', 'S3DataSource'],
    ['AutoMLJobConfig={CompletionCriteria={MaxCandidates=|5}}', 'CreateAutoMLJobRequest', 'AutoMLJobConfig.CompletionCriteria.MaxCandidates', 'integer', 'value', '5'],
    ['Subnets=[a,|b]', 'VpcConfig', 'Subnets[1]', 'string', 'value', 'b'],
    ['Subnets=|[a,b]', 'VpcConfig', 'Subnets', 'list', 'value', '[a,b]'],
    // A lone value where a list is modelled stands for element [0].
    ['Subnets=|a', 'VpcConfig', 'Subnets[0]', 'string', 'value', 'a'],
    ['AlgorithmsConfig={AutoMLAlgori|thms=xgboost}', 'CandidateGenerationConfig', 'AlgorithmsConfig[0].AutoMLAlgorithms', 'list', 'key', 'AutoMLAlgorithms'],
    ['Tags=[{Key=|k}]', 'CreateAutoMLJobRequest', 'Tags[0].Key', 'string', 'value', 'k'],
    // Unknown keys and what is below them have paths but no shape.
    ['Fo|o={a=1}', 'AutoMLJobCompletionCriteria', 'Foo', undefined, 'key', 'Foo'],
    ['Foo={a=|1}', 'AutoMLJobCompletionCriteria', 'Foo.a', undefined, 'value', '1'],
  ] as const)('%s', (marked, shapeName, pathText, kind, role, text) => {
    const { text: input, offset } = cursor(marked);
    const walk = walkShapes(parseDocument(input).ast, shape(shapeName));
    const binding = walk.nodeAt(offset);
    expect(binding?.pathText).toBe(pathText);
    expect(binding?.shape?.kind).toBe(kind);
    expect(binding?.role).toBe(role);
    expect(source(input, binding?.node)).toBe(text);
  });

  it('marks promoted values and finds them by both paths', () => {
    const text = 'SecurityGroupIds=sg-1,Subnets=[s-1]';
    const walk = walkShapes(parseDocument(text).ast, shape('VpcConfig'));
    const node = walk.valueNodeAt([member('SecurityGroupIds')]);
    expect(source(text, node)).toBe('sg-1');
    expect(walk.valueNodeAt([member('SecurityGroupIds'), { kind: 'index', index: 0 }])).toBe(node);
    const binding = node === undefined ? undefined : walk.binding(node);
    expect(binding?.promotedFrom?.name).toBe(shape('VpcSecurityGroupIds').name);
    expect(walk.binding(walk.valueNodeAt([member('Subnets')]) as SyntaxNode)?.promotedFrom).toBeUndefined();
  });

  it('does not promote again inside a promoted value, as the AWS CLI stops converting there', () => {
    const text = 'AlgorithmsConfig={AutoMLAlgorithms=xgboost}';
    const walk = walkShapes(parseDocument(text).ast, shape('CandidateGenerationConfig'));
    const inner = walk.nodeAt(text.indexOf('xgboost'));
    expect(inner?.pathText).toBe('AlgorithmsConfig[0].AutoMLAlgorithms');
    expect(inner?.promotedFrom).toBeUndefined();
  });

  it('binds map keys to the key shape', () => {
    const map: Shape = { name: 'M', kind: 'map', key: { name: 'K', kind: 'string', min: 2 }, value: { name: 'V', kind: 'integer' } };
    const text = 'ab=1,c=2';
    const walk = walkShapes(parseDocument(text).ast, map);
    expect(walk.nodeAt(0)).toMatchObject({ role: 'key', keyKind: 'mapKey', pathText: ' (key: ab)', shape: { name: 'K' } });
    expect(walk.nodeAt(3)).toMatchObject({ role: 'value', pathText: 'ab', shape: { name: 'V' } });
    const issues = analyzeShorthand(text, map).validation;
    expect(issues.map((issue) => [issue.message, text.slice(issue.offset, (issue.offset ?? 0) + (issue.length ?? 0))])).toEqual([
      ['Invalid length for parameter  (key: c), value: 1, valid min length: 2', 'c'],
    ]);
  });

  it.each(['MaxCandidates=5,MaxRun', 'MaxCandidates=', 'MaxCandidates={', 'MaxCandidates=[1,', '=5', ',,', 'Foo={a=[{b='])(
    'walks the partial tree of %j without throwing',
    (text) => {
      const document = parseDocument(text);
      const walk = walkShapes(document.ast, shape('AutoMLJobCompletionCriteria'));
      expect(walk.binding(document.ast)?.pathText).toBe('');
      for (let offset = 0; offset <= text.length; offset += 1) expect(() => walk.nodeAt(offset)).not.toThrow();
      expect(() => analyzeShorthand(text, shape('AutoMLJobCompletionCriteria'))).not.toThrow();
    },
  );
});

describe('issue ranges', () => {
  const request =
    'AutoMLJobName=,InputDataConfig=[{DataSource={S3DataSource={}},TargetAttributeName=""}],OutputDataConfig={},RoleArn=short,ProblemType=Regresion,AutoMLJobConfig={CompletionCriteria={MaxCandidates=0},Foo=1}';

  it('places every validation issue on its node', () => {
    const issues = analyzeShorthand(request, shape('CreateAutoMLJobRequest')).validation;
    expect(issues.map((issue) => [issue.code, issue.path, request.slice(issue.offset, (issue.offset ?? 0) + (issue.length ?? 0))])).toEqual([
      ['INVALID_LENGTH', 'AutoMLJobName', ''],
      ['MISSING_REQUIRED', 'InputDataConfig[0].DataSource.S3DataSource', '{}'],
      ['MISSING_REQUIRED', 'InputDataConfig[0].DataSource.S3DataSource', '{}'],
      ['INVALID_LENGTH', 'InputDataConfig[0].TargetAttributeName', '""'],
      ['MISSING_REQUIRED', 'OutputDataConfig', '{}'],
      ['INVALID_LENGTH', 'RoleArn', 'short'],
      ['INVALID_ENUM', 'ProblemType', 'Regresion'],
      ['UNKNOWN_KEY', 'AutoMLJobConfig', 'Foo'],
      ['INVALID_RANGE', 'AutoMLJobConfig.CompletionCriteria.MaxCandidates', '0'],
    ]);
    expect(issues[0]?.offset).toBe('AutoMLJobName='.length);
  });

  it('throws ParamValidationError with the report and the located issues', () => {
    let caught: unknown;
    try {
      parse('Key=k,Extra=1', shape('Tag'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ParamValidationError);
    const error = caught as ParamValidationError;
    expect(error.message).toBe(
      'Parameter validation failed:\nMissing required parameter in input: "Value"\nUnknown parameter in input: "Extra", must be one of: Key, Value',
    );
    expect(error.errors.map((issue) => [issue.offset, issue.length])).toEqual([
      [0, 13],
      [6, 5],
    ]);
  });

  it('places issues of several words in their word', () => {
    const words = ['Key=a,Value=b', 'Key=,Valu=c'];
    const result = analyzeShorthand(words, shape('TagList'));
    expect(result.validation.map((issue) => [issue.code, issue.path, issue.word, words[issue.word ?? 0]?.slice(issue.offset, (issue.offset ?? 0) + (issue.length ?? 0))])).toEqual([
      ['MISSING_REQUIRED', '[1]', 1, 'Key=,Valu=c'],
      ['UNKNOWN_KEY', '[1]', 1, 'Valu'],
      ['INVALID_LENGTH', '[1].Key', 1, ''],
    ]);
    expect(result.validation[1]?.suggestions).toEqual(['Value']);
    expect(result.walk.nodeAt(1, 1)?.pathText).toBe('[1].Key');
  });

  it('tags syntax errors of several words with their word', () => {
    const result = analyzeShorthand(['Key=a', 'Key=[b'], shape('TagList'));
    expect(result.syntaxErrors.map((error) => [error.word, error.code])).toEqual([[1, 'UNEXPECTED_INPUT']]);
    expect(result.ok).toBe(false);
  });

  it('resolves service.ShapeName references through the bundled registry', () => {
    expect(parse('MaxCandidates=5', 'sagemaker.AutoMLJobCompletionCriteria')).toEqual({ MaxCandidates: 5 });
  });
});
