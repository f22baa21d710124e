/**
 * `serialize` without a shape: the text it picks, the JSON fallbacks with their reasons, the
 * errors, and pretty output; every shorthand result is read back through the grammar.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/grammar/index.js';
import { serialize, serializeList, SerializeError } from '../../src/serializer/index.js';
import type { FallbackCode } from '../../src/serializer/index.js';

describe('model-less shorthand', () => {
  it.each([
    ['one pair', { a: 'b' }, 'a=b'],
    ['pairs keep their order', { b: '1', a: '2' }, 'b=1,a=2'],
    ['csv list', { a: ['x', 'y'] }, 'a=x,y'],
    ['one-item list keeps brackets', { a: ['x'] }, 'a=[x]'],
    ['empty list', { a: [] }, 'a=[]'],
    ['empty hash', { a: {} }, 'a={}'],
    ['empty string', { a: '' }, 'a=""'],
    ['empty key', { '': 'x' }, '=x'],
    ['nested', { a: { b: ['x', { c: 'd' }], e: [[]] } }, 'a={b=[x,{c=d}],e=[[]]}'],
    ['list of hashes', { a: [{ k: 'v' }, { k: 'w' }] }, 'a=[{k=v},{k=w}]'],
    ['mixed list', { a: ['x', ['y']] }, 'a=[x,[y]]'],
    ['comma escaped', { a: 'x,y' }, 'a=x\\,y'],
    ['equals in a first value', { a: 'x=y' }, 'a=x=y'],
    ['equals in a later csv item', { a: ['p', 'x=y'] }, 'a=p,"x=y"'],
    ['bracket in a later csv item', { a: ['p', 'x]'] }, 'a=p,x]'],
    ['bracket in a list item', { a: [['x]']] }, 'a=[["x]"]]'],
    ['trailing backslash before the next pair', { a: 'x\\', b: 'y' }, 'a=x\\ ,b=y'],
    ['trailing backslash last', { a: 'x\\' }, 'a=x\\'],
    ['trailing backslash in a list', { a: [['x\\', 'y\\']] }, 'a=[[x\\ ,y\\]]'],
    ['a csv item unsayable as a later item turns the list into brackets', { a: ['x', '@=\\'] }, 'a=[x,@=\\]'],
    ['quotes', { a: `it's` }, `a="it's"`],
    ['leading blank', { a: ' x' }, 'a=" x"'],
    ['numbers and booleans as text', { a: 1, b: -2.5, c: true, d: 10n }, 'a=1,b=-2.5,c=true,d=10'],
    ['big integral number spelled out', { a: 1e21 }, 'a=1000000000000000000000'],
    ['csv of numbers', { a: [1, 2] }, 'a=1,2'],
    ['dates as ISO text', { a: new Date(0) }, 'a=1970-01-01T00:00:00.000Z'],
    ['UTF-8 bytes as text', { a: new TextEncoder().encode('hé') }, 'a=hé'],
    ['undefined members are skipped', { a: undefined, b: 'x' }, 'b=x'],
    ['__proto__ is an ordinary key', JSON.parse('{"__proto__":"x"}') as object, '__proto__=x'],
  ] as const)('%s', (_name, value, text) => {
    const result = serialize(value);
    expect(result).toEqual({ kind: 'shorthand', text });
  });

  it.each([
    ['alone', { a: ' x\\' }, 'a=" x\\\\"'],
    ['before other pairs', { a: ' x\\', b: 'y' }, 'a=" x\\\\",b=y'],
    ['later quoted values take the other quote', { a: ' x\\', b: "it's" }, `a=" x\\\\",b='it\\'s'`],
    ['switching quote when its own comes later', { a: ' x\\', b: ' "y' }, `a=' x\\\\',b=" \\"y"`],
    ['one per quote character', { a: ' x\\', b: ' y\\' }, `a=" x\\\\",b=' y\\\\'`],
    ['a csv item becomes a list item first', { a: ['p', '=\\'] }, 'a=[p,"=\\\\"]'],
    ['in a csv list that cannot bracket it bare', { a: ['p', ' q\\'] }, 'a=[p," q\\\\"]'],
  ] as const)('a quoted string ending in a backslash, when no later quote closes it: %s', (_name, value, text) => {
    expect(serialize(value)).toEqual({ kind: 'shorthand', text });
    expect(parse(text)).toEqual(value);
  });

  it('reads back what it writes (strings, lists, objects)', () => {
    const value = { a: 'x, y', b: ['1', '', ' ', '😀'], c: { d: [{ e: '"\'' }], f: 'g\\' }, h: 'z\\' };
    const result = serialize(value);
    expect(result.kind).toBe('shorthand');
    expect(parse(result.text)).toEqual(value);
  });
});

describe('JSON fallback', () => {
  it.each([
    ['null', { a: null }, 'NULL_VALUE', ['a']],
    ['null in a list', { a: ['x', null] }, 'NULL_VALUE', ['a', 1]],
    ['key outside the key set', { a: { 'b c': 'x' } }, 'UNSAYABLE_KEY', ['a', 'b c']],
    ['unicode key', { é: 'x' }, 'UNSAYABLE_KEY', ['é']],
    ['empty top level', {}, 'EMPTY_STRUCTURE', []],
    ['only undefined members', { a: undefined }, 'EMPTY_STRUCTURE', []],
    ['top level not an object', ['a'], 'NOT_A_STRUCTURE', []],
    ['top level a string', 'a', 'NOT_A_STRUCTURE', []],
    ['three quoted strings ending in a backslash', { a: { b: ' x\\', c: ' y\\', d: ' z\\' } }, 'UNSAYABLE_STRING', ['a', 'b']],
    ['two, with both quote characters after them', { a: `'"\\`, b: `'"\\`, c: `'"` }, 'UNSAYABLE_STRING', ['a']],
    ['csv items needing quotes ending in a backslash', { a: [' x\\', ' y\\', ' z\\'] }, 'UNSAYABLE_STRING', ['a', 0]],
  ] as const)('%s', (_name, value, code: FallbackCode, path) => {
    const result = serialize(value);
    expect(result.kind).toBe('json');
    if (result.kind !== 'json') return;
    expect(result.because.code).toBe(code);
    expect(result.because.path).toEqual(path);
    expect(JSON.parse(result.text)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('says where, readably', () => {
    const result = serialize({ Tags: [{ Key: 'a' }, { Key: null }] });
    expect(result).toMatchObject({ kind: 'json', reason: 'shorthand has no word for null at Tags[1].Key' });
  });

  it('nesting deeper than the AWS CLI parses', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 480; i++) deep = [deep];
    expect(serialize({ a: deep }).kind).toBe('shorthand');
    const deeper = serialize({ a: [deep] });
    expect(deeper.kind === 'json' && deeper.because.code).toBe('NESTING_TOO_DEEP');
  });

  it('writes JSON the AWS CLI reads: exact big integers, non-finite floats, signed zero', () => {
    const result = serialize({ a: null, b: 2n ** 64n, c: NaN, d: -Infinity, e: -0 });
    expect(result.text).toBe('{"a":null,"b":18446744073709551616,"c":NaN,"d":-Infinity,"e":-0.0}');
  });

  it('indents JSON in pretty mode', () => {
    expect(serialize({ a: null }, undefined, { pretty: true }).text).toBe('{\n  "a": null\n}');
  });
});

describe('values nothing can carry', () => {
  it.each([
    ['a function', { a: () => 1 }, ['a']],
    ['a symbol', { a: [Symbol('x')] }, ['a', 0]],
    ['bytes that are not UTF-8', { a: { b: new Uint8Array([0xff]) } }, ['a', 'b']],
  ] as const)('%s', (_name, value, path) => {
    let error: unknown;
    try {
      serialize(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SerializeError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_VALUE', path });
  });

  it('a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => serialize(cyclic)).toThrow(SerializeError);
  });
});

describe('pretty', () => {
  it('keeps short values on one line', () => {
    expect(serialize({ a: ['x', 'y'], b: { c: 'd' } }, undefined, { pretty: true }).text).toBe('a=x,y,b={c=d}');
  });

  it('breaks long values, one pair per line, and reads back the same', () => {
    const value = {
      Name: 'job-1',
      Channels: [
        { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/a-rather-long-prefix/train' } }, Target: 'label' },
        { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://bucket/b' } } },
      ],
      Subnets: ['subnet-00000000000000001', 'subnet-00000000000000002', 'subnet-00000000000000003', 'x]y', 'z\\'],
      Trailing: 'back\\',
    };
    const text = serialize(value, undefined, { pretty: true }).text;
    expect(text).toBe(
      [
        'Name=job-1,',
        'Channels=[',
        '  {',
        '    DataSource={',
        '      S3DataSource={',
        '        S3DataType=S3Prefix,',
        '        S3Uri=s3://bucket/a-rather-long-prefix/train',
        '      }',
        '    },',
        '    Target=label',
        '  },',
        '  {DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/b}}}',
        '],',
        'Subnets=[',
        '  subnet-00000000000000001,',
        '  subnet-00000000000000002,',
        '  subnet-00000000000000003,',
        '  "x]y",',
        '  z\\',
        '],',
        'Trailing=back\\',
      ].join('\n'),
    );
    expect(parse(text)).toEqual(value);
  });

  it('keeps a csv list whose items cannot stand in brackets on one line', () => {
    const value = { a: ['x', ',}\\'], b: 'y'.repeat(90) };
    const text = serialize(value, undefined, { pretty: true }).text;
    expect(text).toBe(`a=x,\\,}\\ ,\nb=${'y'.repeat(90)}`);
    expect(parse(text)).toEqual(value);
  });

  it('honours indent and width', () => {
    const text = serialize({ a: { b: 'c', d: 'e' } }, undefined, { pretty: true, indent: 4, width: 5 }).text;
    expect(text).toBe('a={\n    b=c,\n    d=e\n}');
    expect(parse(text)).toEqual({ a: { b: 'c', d: 'e' } });
  });
});

describe('serializeList', () => {
  it('writes one shorthand word per structure', () => {
    expect(serializeList([{ Key: 'a', Value: 'b' }, { Key: 'c', Value: 'd' }])).toEqual({
      kind: 'words',
      form: 'shorthand',
      items: ['Key=a,Value=b', 'Key=c,Value=d'],
    });
  });

  it('writes scalars as they are', () => {
    expect(serializeList(['a b', 'c,d', 1])).toEqual({ kind: 'words', form: 'scalars', items: ['a b', 'c,d', '1'] });
  });

  it('falls back to JSON for the whole list', () => {
    const result = serializeList([{ Key: 'a' }, { Key: null }]);
    expect(result).toMatchObject({ kind: 'json', text: '[{"Key":"a"},{"Key":null}]', because: { code: 'NULL_VALUE', path: [1, 'Key'] } });
    expect(serializeList([['a']])).toMatchObject({ kind: 'json', because: { code: 'NOT_A_STRUCTURE' } });
    expect(serializeList('a')).toMatchObject({ kind: 'json', because: { code: 'SHAPE_MISMATCH' } });
  });
});
