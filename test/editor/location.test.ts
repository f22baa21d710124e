/** getLocation on finished and unfinished text, nesting depths 0–3 (`|` marks the offset). */
import { describe, expect, it } from 'vitest';
import { getLocation } from '../../src/editor/location.js';
import { cursor } from './helpers.js';

describe('getLocation', () => {
  it.each([
    // depth 0
    ['|', { path: [''], slot: 'key', replace: '' }],
    ['Da|', { path: ['Da'], slot: 'key', replace: 'Da' }],
    ['D|ataSource=x', { path: ['DataSource'], slot: 'key', replace: 'DataSource' }],
    ['a=|', { path: ['a'], slot: 'value', replace: '' }],
    ['a=b|', { path: ['a'], slot: 'value', replace: 'b' }],
    ['a=b,|', { path: ['a', 1], slot: 'value', replace: '', csvItem: true }],
    ['a=b,Fo|', { path: ['a', 1], slot: 'value', replace: 'Fo', csvItem: true }],
    ['a=b,c=|', { path: ['c'], slot: 'value', replace: '' }],
    ['a=[x]|', { path: [], slot: 'none', replace: '' }],
    ['a=}|', { path: ['a'], slot: 'value', replace: '}' }], // a value at the top level
    ['a=x,}|', { path: ['a', 1], slot: 'value', replace: '}', csvItem: true }],
    ['a=[x],|', { path: [''], slot: 'key', replace: '' }],
    // depth 1
    ['a={|', { path: ['a', ''], slot: 'key', replace: '' }],
    ['a={|}', { path: ['a', ''], slot: 'key', replace: '' }],
    ['a={b=1,|}', { path: ['a', ''], slot: 'key', replace: '' }],
    ['a={b=1, |', { path: ['a', ''], slot: 'key', replace: '' }],
    ['a={b=|}', { path: ['a', 'b'], slot: 'value', replace: '' }], // the AWS CLI reads `}` as b's value
    ['a={b=}|', { path: ['a', 'b'], slot: 'none', replace: '' }],
    ['a={b=x|y}', { path: ['a', 'b'], slot: 'value', replace: 'xy' }],
    ["a={b='x|'}", { path: ['a', 'b'], slot: 'value', replace: "'x'" }],
    ["a={b='x'|}", { path: ['a', 'b'], slot: 'none', replace: '' }],
    ['a=[|', { path: ['a', 0], slot: 'value', replace: '' }],
    ['a=[x,|]', { path: ['a', 1], slot: 'value', replace: '' }],
    // depth 2
    ['a=[{|', { path: ['a', 0, ''], slot: 'key', replace: '' }],
    ['a={b={c|', { path: ['a', 'b', 'c'], slot: 'key', replace: 'c' }],
    ['a={b=[1,|]}', { path: ['a', 'b', 1], slot: 'value', replace: '' }],
    // depth 3
    ['DataSource={S3DataSource={S3Dat|', { path: ['DataSource', 'S3DataSource', 'S3Dat'], slot: 'key', replace: 'S3Dat' }],
    ['a=[{b=[1,2],c={d=|}}]', { path: ['a', 0, 'c', 'd'], slot: 'value', replace: '' }],
    ['a=[{b={c=[x,|', { path: ['a', 0, 'b', 'c', 1], slot: 'value', replace: '' }],
  ] as Array<[string, { path: Array<string | number>; slot: string; replace: string; csvItem?: boolean }]>)('%s', (marked, expected) => {
    const { text, offset } = cursor(marked);
    const location = getLocation(text, offset);
    expect(location.path).toEqual(expected.path);
    expect(location.slot).toBe(expected.slot);
    expect(location.isAtKey).toBe(expected.slot === 'key');
    expect(text.slice(location.replaceOffset, location.replaceOffset + location.replaceLength)).toBe(expected.replace);
    expect(location.csvItem).toBe(expected.csvItem ?? false);
  });

  it('reports the node just before the offset', () => {
    const { text, offset } = cursor('a={b=1} |');
    const previous = getLocation(text, offset).previousNode;
    expect(previous && text.slice(previous.offset, previous.offset + previous.length)).toBe('{b=1}');
  });
});
