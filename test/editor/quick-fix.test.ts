/** Quick fixes, asserted by the text after applying them: renames, closing, missing members. */
import { describe, expect, it } from 'vitest';
import { quickFixes } from '../../src/editor/quick-fix.js';
import { applyEdits, cursor, sagemaker } from './helpers.js';

const request = sagemaker('CreateAutoMLJobRequest');
const channel = sagemaker('AutoMLChannel');

describe('quickFixes', () => {
  const shapes = { channel, request };
  it.each([
    // mistyped keys, depths 0–3
    ['channel', 'TargetAtributeName|=y', "Change to 'TargetAttributeName'", 'TargetAttributeName=y'],
    ['channel', 'TargetAttributeName=y,DataSource={S3DatSource|={S3Uri=s3://b,S3DataType=S3Prefix}}', "Change to 'S3DataSource'", 'TargetAttributeName=y,DataSource={S3DataSource={S3Uri=s3://b,S3DataType=S3Prefix}}'],
    ['request', 'Tags=[{Key=k,Valeu|=v}]', "Change to 'Value'", 'Tags=[{Key=k,Value=v}]'],
    ['channel', 'TargetAttributeName=y,DataSource={S3DataSource={S3Uri=s3://b,S3DataTpe|=S3Prefix}}', "Change to 'S3DataType'", 'TargetAttributeName=y,DataSource={S3DataSource={S3Uri=s3://b,S3DataType=S3Prefix}}'],
    // mistyped enum value
    ['channel', 'TargetAttributeName=y,ChannelType=trainig|', "Change to 'training'", 'TargetAttributeName=y,ChannelType=training'],
    // unclosed brackets and quotes, innermost first
    ['channel', 'DataSource={S3DataSource={S3Uri=s3://b|', "Close with '}}'", 'DataSource={S3DataSource={S3Uri=s3://b}}'],
    ['request', 'InputDataConfig=[{DataSource={S3DataSource={S3Uri=s3://b|', "Close with '}}}]'", 'InputDataConfig=[{DataSource={S3DataSource={S3Uri=s3://b}}}]'],
    ['request', "Tags=[{Key='a b|", "Close with ''}]'", "Tags=[{Key='a b'}]"],
    // a missing required member
    ['request', 'OutputDataConfig={KmsKeyId=k|}', "Add required member 'S3OutputPath'", 'OutputDataConfig={KmsKeyId=k,S3OutputPath=}'],
    ['channel', 'DataSource={S3DataSource={|}}', "Add required member 'S3DataType'", 'DataSource={S3DataSource={S3DataType=}}'],
  ] as const)('%s: %s', (shape, marked, title, after) => {
    const { text, offset } = cursor(marked);
    const fixes = quickFixes(text, shapes[shape], offset);
    const fix = fixes.find((candidate) => candidate.title === title);
    expect(fix, fixes.map((f) => f.title).join(', ')).toBeDefined();
    expect(applyEdits(text, fix?.edits ?? [])).toBe(after);
  });

  it('prefers the closest rename', () => {
    const { text, offset } = cursor('Tags=[{Key=k,Valeu|=v}]');
    const fixes = quickFixes(text, request, offset).filter((fix) => fix.title.startsWith('Change'));
    expect(fixes[0]).toMatchObject({ title: "Change to 'Value'", preferred: true });
  });

  it('offers nothing away from any diagnostic', () => {
    expect(quickFixes('TargetAttributeName=y,ChannelType=trainig', channel, 3)).toEqual([]);
  });
});
