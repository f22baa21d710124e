/**
 * Completion tables: `|` marks the cursor; each row picks a proposal by label and asserts the
 * text after its edit is applied (tab stops left empty, choices at their first value), at
 * nesting depths 0–3 and in unfinished text.
 */
import { describe, expect, it } from 'vitest';
import { complete } from '../../src/editor/complete.js';
import { plainText } from '../../src/editor/snippet.js';
import type { CompletionItem } from '../../src/editor/types.js';
import { cursor, sagemaker } from './helpers.js';

const request = sagemaker('CreateAutoMLJobRequest');
const channel = sagemaker('AutoMLChannel');

function pick(items: readonly CompletionItem[], label: string): CompletionItem {
  const item = items.find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no ${label} among ${items.map((i) => i.label).join(', ')}`);
  return item;
}

function applied(text: string, item: CompletionItem): string {
  return text.slice(0, item.edit.offset) + plainText(item.insert) + text.slice(item.edit.offset + item.edit.length);
}

describe('complete: applying a proposal', () => {
  it.each([
    // depth 0: member names, snippets by member type
    ['|', 'AutoMLJobName', 'AutoMLJobName=', 'AutoMLJobName=$1'],
    ['Auto|', 'AutoMLJobConfig', 'AutoMLJobConfig={}', 'AutoMLJobConfig={$1}'],
    ['|', 'InputDataConfig', 'InputDataConfig=[{}]', 'InputDataConfig=[{$1}]'],
    ['|', 'ProblemType', 'ProblemType=BinaryClassification', 'ProblemType=${1|BinaryClassification,MulticlassClassification,Regression|}'],
    ['|', 'GenerateCandidateDefinitionsOnly', 'GenerateCandidateDefinitionsOnly=true', 'GenerateCandidateDefinitionsOnly=${1|true,false|}'],
    ['RoleArn=x,|', 'Tags', 'RoleArn=x,Tags=[{}]', 'Tags=[{$1}]'],
    ['RoleArn=x,Ta|', 'Tags', 'RoleArn=x,Tags=[{}]', 'Tags=[{$1}]'],
    ['Rol|=x', 'RoleArn', 'RoleArn=x', 'RoleArn'],
    ['ProblemType=|', 'Regression', 'ProblemType=Regression', 'Regression'],
    ['ProblemType=Reg|', 'Regression', 'ProblemType=Regression', 'Regression'],
    ['GenerateCandidateDefinitionsOnly=|', 'false', 'GenerateCandidateDefinitionsOnly=false', 'false'],
    ['OutputDataConfig=|', '{…}', 'OutputDataConfig={}', '{$1}'],
    // depth 1
    ['OutputDataConfig={|', 'S3OutputPath', 'OutputDataConfig={S3OutputPath=', 'S3OutputPath=$1'],
    ['OutputDataConfig={S3OutputPath=s3://b,|}', 'KmsKeyId', 'OutputDataConfig={S3OutputPath=s3://b,KmsKeyId=}', 'KmsKeyId=$1'],
    ['AutoMLJobConfig={Mode=|}', 'ENSEMBLING', 'AutoMLJobConfig={Mode=ENSEMBLING}', 'ENSEMBLING'],
    ['InputDataConfig=[|', '{…}', 'InputDataConfig=[{}', '{$1}'],
    // depth 2
    ['InputDataConfig=[{|', 'TargetAttributeName', 'InputDataConfig=[{TargetAttributeName=', 'TargetAttributeName=$1'],
    ['AutoMLJobConfig={CompletionCriteria={Max|}}', 'MaxCandidates', 'AutoMLJobConfig={CompletionCriteria={MaxCandidates=}}', 'MaxCandidates=$1'],
    ['AutoMLJobConfig={SecurityConfig={EnableInterContainerTrafficEncryption=t|}}', 'true', 'AutoMLJobConfig={SecurityConfig={EnableInterContainerTrafficEncryption=true}}', 'true'],
    // depth 3
    ['InputDataConfig=[{DataSource={S3DataSource={|', 'S3Uri', 'InputDataConfig=[{DataSource={S3DataSource={S3Uri=', 'S3Uri=$1'],
    ['InputDataConfig=[{DataSource={S3DataSource={S3DataType=|}}}]', 'S3Prefix', 'InputDataConfig=[{DataSource={S3DataSource={S3DataType=S3Prefix}}}]', 'S3Prefix'],
    ['AutoMLJobConfig={SecurityConfig={VpcConfig={Sub|}}}', 'Subnets', 'AutoMLJobConfig={SecurityConfig={VpcConfig={Subnets=[]}}}', 'Subnets=[$1]'],
  ])('%s → %s', (marked, label, after, newText) => {
    const { text, offset } = cursor(marked);
    const item = pick(complete(text, request, offset), label);
    expect(applied(text, item)).toBe(after);
    expect(item.edit.newText).toBe(newText);
  });

  it('completes the issue example, unfinished three levels deep', () => {
    const { text, offset } = cursor('DataSource={S3DataSource={S3Dat|');
    const items = complete(text, channel, offset);
    expect(items.map((item) => item.label).sort()).toEqual(['S3DataType', 'S3Uri']);
    expect(applied(text, pick(items, 'S3DataType'))).toBe('DataSource={S3DataSource={S3DataType=ManifestFile');
  });
});

describe('complete: which proposals', () => {
  it('offers members not yet present, required first, with their type', () => {
    const { text, offset } = cursor('RoleArn=x,AutoMLJobName=y,|');
    const items = complete(text, request, offset).sort((a, b) => a.sortText.localeCompare(b.sortText));
    const labels = items.map((item) => item.label);
    expect(labels).not.toContain('RoleArn');
    expect(labels).not.toContain('AutoMLJobName');
    expect(labels.slice(0, 2)).toEqual(['InputDataConfig', 'OutputDataConfig']);
    expect(pick(items, 'InputDataConfig').detail).toBe('list<structure> · required');
    expect(pick(items, 'ProblemType').detail).toBe('enum');
  });

  it('offers keys for a csv item being typed after a top-level value (the AWS CLI reads a list item until `=`)', () => {
    const { text, offset } = cursor('AutoMLJobName=x,Rol|');
    const item = pick(complete(text, request, offset), 'RoleArn');
    expect(applied(text, item)).toBe('AutoMLJobName=x,RoleArn=');
  });

  it('offers enum values of a list of enums for a lone item', () => {
    const { text, offset } = cursor('AutoMLAlgorithms=|');
    const labels = complete(text, sagemaker('AutoMLAlgorithmConfig'), offset).map((item) => item.label);
    expect(labels).toContain('xgboost');
    expect(labels).toContain('[…]');
  });

  it.each(['Foo={|', 'Foo={a=|', 'a=b |'])('offers nothing where the model says nothing: %s', (marked) => {
    const { text, offset } = cursor(marked);
    expect(complete(text, request, offset)).toEqual([]);
  });

  it('offers nothing without a shape', () => {
    expect(complete('a={', undefined, 3)).toEqual([]);
  });

  it('retriggers after inserting a container', () => {
    const { text, offset } = cursor('|');
    expect(pick(complete(text, request, offset), 'AutoMLJobConfig').retrigger).toBe(true);
    expect(pick(complete(text, request, offset), 'RoleArn').retrigger).toBeUndefined();
  });

  it('replaces the whole key under the cursor, also before non-BMP text', () => {
    const { text, offset } = cursor('Tags=[{Key=😀,Val|ue=x}]');
    const item = pick(complete(text, request, offset), 'Value');
    expect(item.edit).toEqual({ offset: 14, length: 5, newText: 'Value' }); // 😀 counts two code units
  });
});
