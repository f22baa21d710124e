/** hover: path, type, required, constraints, enum values and documentation, depths 0–3. */
import { describe, expect, it } from 'vitest';
import { hover } from '../../src/editor/hover.js';
import { gadget } from './fixtures.js';
import { cursor, sagemaker, slice } from './helpers.js';

const request = sagemaker('CreateAutoMLJobRequest');
const create = gadget('CreateGadgetRequest');

describe('hover', () => {
  it.each([
    // depth 0
    ['Ro|leArn=x', 'RoleArn', '**RoleArn** · `string` · required'],
    ['ProblemType=Reg|ression', 'Regression', '**ProblemType** · `enum`'],
    // depth 1
    ['OutputDataConfig={S3Out|putPath=s3://b}', 'S3OutputPath', '**OutputDataConfig.S3OutputPath** · `string` · required'],
    ['Tags=[|{Key=a}]', '{Key=a}', '**Tags[0]** · `structure`'],
    // depth 2
    ['InputDataConfig=[{Data|Source={}}]', 'DataSource', '**InputDataConfig[0].DataSource** · `structure`'],
    ['AutoMLJobConfig={CompletionCriteria={MaxCandidates=|5}}', '5', '**AutoMLJobConfig.CompletionCriteria.MaxCandidates** · `integer`'],
    // depth 3
    ['InputDataConfig=[{DataSource={S3DataSource={S3DataT|ype=S3Prefix}}}]', 'S3DataType', '**InputDataConfig[0].DataSource.S3DataSource.S3DataType** · `enum` · required'],
    ['AutoMLJobConfig={SecurityConfig={VpcConfig={Subnets=s|1}}}', 's1', '**AutoMLJobConfig.SecurityConfig.VpcConfig.Subnets[0]** · `list<string>` · required'],
  ])('%s', (marked, covered, headline) => {
    const { text, offset } = cursor(marked);
    const found = hover(text, request, offset);
    expect(found && slice(text, found)).toBe(covered);
    expect(found?.contents.split('\n')[0]).toBe(headline);
  });

  it('lists enum values with the current one in bold', () => {
    const { text, offset } = cursor('InputDataConfig=[{DataSource={S3DataSource={S3DataType=S3Pr|efix}}}]');
    expect(hover(text, request, offset)?.contents).toContain('Values: `ManifestFile` | **`S3Prefix`** | `AugmentedManifestFile`');
  });

  it('states constraints', () => {
    const { text, offset } = cursor('Ro|leArn=x');
    expect(hover(text, request, offset)?.contents).toContain('Constraints: length 20..2048, pattern');
  });

  it('says when a lone value stands for a list', () => {
    const { text, offset } = cursor('AutoMLJobConfig={SecurityConfig={VpcConfig={Subnets=s|1}}}');
    expect(hover(text, request, offset)?.contents).toContain('one-element list');
  });

  it('carries the documentation when the model has it, as Markdown', () => {
    const { text, offset } = cursor('Na|me=x,Spec={Parts=[{Kind=red}]}');
    expect(hover(text, create, offset)?.contents).toBe(
      "**Name** · `string` · required\n\nShape: `Name`  \nConstraints: length 1..64\n\nThe gadget's `Name`, unique in the account.",
    );
    const deep = cursor('Name=x,Spec={Parts=[{Ki|nd=red}]}');
    expect(hover(deep.text, create, deep.offset)?.contents).toContain("The part's colour code.");
  });

  it('marks map keys', () => {
    const { text, offset } = cursor('Labels={te|am=x}');
    expect(hover(text, create, offset)?.contents.split('\n')[0]).toBe('**Labels (key: team)** · `string` · map key');
  });

  it.each(['Fo|o=1', 'Foo={b|=1}', '|'])('says nothing where the model says nothing: %s', (marked) => {
    const { text, offset } = cursor(marked);
    expect(hover(text, request, offset)).toBeUndefined();
  });
});
