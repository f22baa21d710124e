/** Folding regions and document symbols for nested structures, depths 0–3. */
import { describe, expect, it } from 'vitest';
import { documentSymbols, foldingRegions } from '../../src/editor/outline.js';
import type { DocumentSymbol } from '../../src/editor/types.js';
import { sagemaker } from './helpers.js';

/** name (kind, detail) → children, as nested arrays. */
function tree(symbols: readonly DocumentSymbol[]): unknown[] {
  return symbols.map((s) => (s.children.length > 0 ? [`${s.name} ${s.kind}${s.detail ? ` ${s.detail}` : ''}`, tree(s.children)] : `${s.name} ${s.kind}${s.detail ? ` ${s.detail}` : ''}`));
}

describe('foldingRegions', () => {
  it.each([
    ['a=1', []],
    ['a={b=1}', ['{b=1}']],
    ['a=[x,{b=[1]}]', ['[x,{b=[1]}]', '{b=[1]}', '[1]']],
    ['a={b={c={d=[1]}}}', ['{b={c={d=[1]}}}', '{c={d=[1]}}', '{d=[1]}', '[1]']],
    ['a={b={c=1', []],
    ['a={b={c=1},d=[x', ['{c=1}']],
  ])('%s', (text, expected) => {
    expect(foldingRegions(text).map((r) => text.slice(r.start, r.end + 1))).toEqual(expected);
  });
});

describe('documentSymbols', () => {
  it('nests pairs and list items, with model types', () => {
    const text = 'AutoMLJobName=j,InputDataConfig=[{DataSource={S3DataSource={S3Uri=s3://b}}}],Tags=[{Key=a,Value=b}]';
    expect(tree(documentSymbols(text, sagemaker('CreateAutoMLJobRequest')))).toEqual([
      'AutoMLJobName value string',
      [
        'InputDataConfig list list<structure> AutoMLInputDataConfig',
        [['[0] structure structure AutoMLChannel', [['DataSource structure structure AutoMLDataSource', [['S3DataSource structure structure AutoMLS3DataSource', ['S3Uri value string']]]]]]],
      ],
      ['Tags list list<structure> TagList', [['[0] structure structure Tag', ['Key value string', 'Value value string']]]],
    ]);
  });

  it('works without a model and on unfinished text', () => {
    const text = 'a=x,b={c=[1,{d=';
    expect(tree(documentSymbols(text, undefined))).toEqual(['a value x', ['b structure', [['c list', ['[0] value 1', ['[1] structure', ['d value']]]]]]]);
  });

  it('gives each symbol its pair range and key selection', () => {
    const text = 'a={b=1}';
    const [a] = documentSymbols(text, undefined);
    expect(a).toMatchObject({ offset: 0, length: 7, selectionOffset: 0, selectionLength: 1 });
    expect(a?.children[0]).toMatchObject({ name: 'b', offset: 3, length: 3, selectionOffset: 3, selectionLength: 1 });
  });
});
