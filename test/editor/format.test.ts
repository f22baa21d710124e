/** format: canonical and pretty layouts from the serializer; unsafe text left alone. */
import { describe, expect, it } from 'vitest';
import { format } from '../../src/editor/format.js';
import { parse } from '../../src/grammar/index.js';
import { applyEdits, sagemaker } from './helpers.js';

const channel = sagemaker('AutoMLChannel');

describe('format', () => {
  it.each([
    // depth 0–3, without a model
    ['a = x , b=y', 'a=x,b=y'],
    ['a = x , b={ c=1 }', 'a=x,b={c=1}'],
    ['a=[ x , { b = [ 1 , 2 ] } ]', 'a=[x,{b=[1,2]}]'],
    ['a={ b={ c={ d=1 } } }', 'a={b={c={d=1}}}'],
    ["a='plain'", 'a=plain'],
  ])('canonical: %s', (text, expected) => {
    const formatted = applyEdits(text, format(text, undefined));
    expect(formatted).toBe(expected);
    expect(parse(formatted)).toEqual(parse(text));
  });

  it('lays out pretty text over lines, indented, within the width', () => {
    const text = 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/some/long/prefix/for/training}},TargetAttributeName=label,ContentType=text/csv';
    const formatted = applyEdits(text, format(text, channel, { pretty: true, width: 40, indent: 2 }));
    expect(formatted).toBe(
      [
        'DataSource={',
        '  S3DataSource={',
        '    S3DataType=S3Prefix,',
        '    S3Uri=s3://bucket/some/long/prefix/for/training',
        '  }',
        '},',
        'TargetAttributeName=label,',
        'ContentType=text/csv',
      ].join('\n'),
    );
    expect(parse(formatted)).toEqual(parse(text));
  });

  it('returns no edit for text already formatted', () => {
    expect(format('a=x,b={c=1}', undefined)).toEqual([]);
  });

  it.each(['a={b=1', 'a=b,a=c', 'a@=file://x.txt'])('leaves unsafe text alone: %s', (text) => {
    expect(format(text, undefined)).toEqual([]);
  });
});
