/**
 * diagnose: syntax, coercion and validation findings at once, each asserted by code, severity
 * and the text its range covers, at nesting depths 0–3.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/editor/diagnose.js';
import type { EditorDiagnostic } from '../../src/editor/types.js';
import { sagemaker, slice } from './helpers.js';

const request = sagemaker('CreateAutoMLJobRequest');
const VALID =
  'AutoMLJobName=j,RoleArn=arn:aws:iam::123456789012:role/R,OutputDataConfig={S3OutputPath=s3://b},InputDataConfig=[{TargetAttributeName=y}]';

/** `[code, severity, covered text, path]` of each diagnostic. */
function summary(text: string, diagnostics: readonly EditorDiagnostic[]): Array<[string, string, string, string | undefined]> {
  return diagnostics.map((d) => [d.code, d.severity, slice(text, d), d.path]);
}

describe('diagnose', () => {
  it('finds nothing in a valid request', () => {
    expect(diagnose(VALID, request)).toEqual([]);
  });

  it.each([
    // depth 0
    [`${VALID},Foo=1`, [['UNKNOWN_KEY', 'error', 'Foo', '']]],
    [`${VALID},ProblemType=Regresion`, [['INVALID_ENUM', 'warning', 'Regresion', 'ProblemType']]],
    [`${VALID},GenerateCandidateDefinitionsOnly=yes`, [['INVALID_TYPE', 'error', 'yes', 'GenerateCandidateDefinitionsOnly']]],
    // depth 1
    [`${VALID},AutoMLJobConfig={Mode=auto}`, [['INVALID_ENUM', 'warning', 'auto', 'AutoMLJobConfig.Mode']]],
    [`${VALID},AutoMLJobObjective={}`, [['MISSING_REQUIRED', 'error', '{}', 'AutoMLJobObjective']]],
    // depth 2
    [`${VALID},AutoMLJobConfig={CompletionCriteria={MaxCandidates=0}}`, [['INVALID_RANGE', 'error', '0', 'AutoMLJobConfig.CompletionCriteria.MaxCandidates']]],
    [`${VALID},AutoMLJobConfig={CompletionCriteria={MaxCandidates=many}}`, [['INVALID_INTEGER', 'error', 'many', 'AutoMLJobConfig.CompletionCriteria.MaxCandidates']]],
    // depth 3
    [
      `${VALID},AutoMLJobConfig={SecurityConfig={VpcConfig={Subnets=[a],SecurityGroupIds=[]}}}`,
      [['INVALID_LENGTH', 'error', '[]', 'AutoMLJobConfig.SecurityConfig.VpcConfig.SecurityGroupIds']],
    ],
    [
      'AutoMLJobName=j,RoleArn=arn:aws:iam::123456789012:role/R,OutputDataConfig={S3OutputPath=s3://b},InputDataConfig=[{TargetAttributeName=y,DataSource={S3DataSource={S3DataType=S3Prefx,S3Uri=s3://b}}}]',
      [['INVALID_ENUM', 'warning', 'S3Prefx', 'InputDataConfig[0].DataSource.S3DataSource.S3DataType']],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text, diagnose(text, request))).toEqual(expected);
  });

  it('reports several problems at once, in offset order', () => {
    const text = `${VALID},AutoMLJobConfig={CompletionCriteria={MaxCandidates=0},Mode=x},Tags=[{Key=k,Valu=v}]`;
    expect(summary(text, diagnose(text, request)).map(([code, , covered]) => [code, covered])).toEqual([
      ['INVALID_RANGE', '0'],
      ['INVALID_ENUM', 'x'],
      ['MISSING_REQUIRED', '{Key=k,Valu=v}'],
      ['UNKNOWN_KEY', 'Valu'],
    ]);
  });

  it('keeps the suggestions quick fixes need', () => {
    const text = `${VALID},Tags=[{Key=k,Valu=v}]`;
    const unknown = diagnose(text, request).find((d) => d.code === 'UNKNOWN_KEY');
    expect(unknown?.data).toEqual({ key: 'Valu', suggestions: ['Value'] });
  });

  it('reports syntax errors of unfinished text once per place, and model findings on the partial tree', () => {
    const text = 'DataSource={S3DataSource={S3Dat';
    const found = diagnose(text, sagemaker('AutoMLChannel'));
    expect(found.map((d) => [d.code, d.offset, d.length, d.message])).toEqual([
      ['MISSING_REQUIRED', 0, 31, 'Missing required parameter in input: "TargetAttributeName"'],
      ['SYNTAX', 31, 0, "Expected: '=', received: 'EOF'"],
      ['SYNTAX', 31, 0, "Expected: ',', received: 'EOF'"],
    ]);
    expect(found[1]?.syntax).toEqual({ code: 'UNEXPECTED_INPUT', expected: '=', received: 'EOF' });
  });

  it('reports several syntax errors at once and checks what could be read', () => {
    const text = 'DataSource={S3DataSource={S3DataType S3Prefix,S3Uri=s3://b}},TargetAttributeName=y,ChannelType=[training]x,ContentType=a}b';
    expect(summary(text, diagnose(text, sagemaker('AutoMLChannel'))).map(([code, , covered]) => [code, covered])).toEqual([
      ['MISSING_REQUIRED', '{S3DataType S3Prefix,S3Uri=s3://b}'],
      ['SYNTAX', 'S3Prefix'],
      ['INVALID_TYPE', '[training]'],
      ['SYNTAX', 'x'],
      ['SYNTAX', '}b'],
    ]);
  });

  it('does not check a value the grammar could not read', () => {
    const text = "TargetAttributeName=y,CompressionType='Gzip";
    expect(summary(text, diagnose(text, sagemaker('AutoMLChannel')))).toEqual([['SYNTAX', 'error', "'Gzip", undefined]]);
  });

  it('reports syntax errors alone without a shape', () => {
    expect(diagnose('a=b,c', undefined)).toEqual([]);
    expect(diagnose('a={b=1', undefined).map((d) => [d.code, d.offset, d.length])).toEqual([['SYNTAX', 6, 0]]);
  });

  it('counts offsets in UTF-16 code units after non-BMP text', () => {
    const text = `${VALID},Tags=[{Key='😀',Valu=x}]`;
    const unknown = diagnose(text, request).find((d) => d.code === 'UNKNOWN_KEY');
    expect(unknown && slice(text, unknown)).toBe('Valu');
    expect(unknown?.offset).toBe(VALID.length + 17);
  });
});
