/** The Chevrotain grammar itself: sound under Chevrotain's own checks, and its error recovery. */
import { describe, expect, it } from 'vitest';
import { endOf, parseDocument } from '../../src/grammar/index.js';
import type { SyntaxNode, ValueNode } from '../../src/grammar/index.js';
import { validateGrammar } from '../../src/grammar/parser.js';

describe('grammar', () => {
  it("passes Chevrotain's grammar validations (skipped at run time for speed)", () => {
    expect(() => validateGrammar()).not.toThrow();
  });
});

describe('recovery', () => {
  it.each([
    // input, every error offset, the keys that survive at the top level
    ['a=1 b=2', [], ['a']],
    ['a=[x y,z]', [], ['a']],
    ['a={b c=1},d=2', [5], ['a', 'd']],
    ['a=[x]y,b=2', [5], ['a', 'b']],
    ['a=[x,{b=1}z],c={d=}', [10, 19], ['a', 'c']],
    ['DataSource={S3DataSource={S3Dat', [31, 31, 31], ['DataSource']],
    // The AWS CLI backs off to the second comma: no error, and the first comma is dropped.
    ['a=1,,b=2', [], ['a', 'b']],
  ])('%j reports %j and keeps %j', (text, offsets, keys) => {
    const { ast, errors } = parseDocument(text);
    expect(errors.map((e) => e.offset)).toEqual(offsets);
    expect(ast.entries.map((e) => e.key.name)).toEqual(keys);
  });

  it('keeps the unfinished key being typed, with its range', () => {
    const { ast } = parseDocument('DataSource={S3DataSource={S3Dat');
    const outer = ast.entries[0]?.value;
    expect(outer?.type).toBe('object');
    const inner = outer?.type === 'object' ? outer.entries[0]?.value : undefined;
    const typing = inner?.type === 'object' ? inner.entries[0] : undefined;
    expect(typing?.key).toMatchObject({ name: 'S3Dat', offset: 26, length: 5 });
    expect(typing?.value).toBeUndefined();
  });
});

describe('tree facts for editors', () => {
  it('records whether brackets were closed and where each = stands', () => {
    const { ast } = parseDocument('a={b=[x,y]},c =[z');
    const [a, c] = ast.entries;
    expect(a?.equals).toBe(1);
    expect(c?.equals).toBe(14);
    expect(a?.value).toMatchObject({ type: 'object', closed: true, entries: [{ equals: 4, value: { type: 'list', closed: true } }] });
    expect(c?.value).toMatchObject({ type: 'list', closed: false });
    expect(ast.closed).toBe(true);
    expect(parseDocument('a b').ast.entries[0]?.equals).toBeUndefined();
  });

  it('keeps an unterminated quote as a quoted scalar running to the end', () => {
    const value = parseDocument("a=[x,'y z").ast.entries[0]?.value;
    const last = value?.type === 'list' ? value.items[1] : undefined;
    expect(last).toMatchObject({ type: 'scalar', quote: 'single', unterminated: true, value: 'y z', offset: 5, length: 4 });
    expect(parseDocument("a='q'").ast.entries[0]?.value).toMatchObject({ quote: 'single', unterminated: false, value: 'q' });
  });
});

describe('ranges', () => {
  /** Every node of the tree, parents before children. */
  const nodesOf = (node: ValueNode): SyntaxNode[] => {
    if (node.type === 'scalar') return [node];
    if (node.type === 'list') return [node, ...node.items.flatMap(nodesOf)];
    return [node, ...node.entries.flatMap((entry) => [entry, entry.key, ...(entry.value ? nodesOf(entry.value) : [])])];
  };

  it('gives every node offset and length, as diagnostics have, and no start/end', () => {
    const text = "a={b=[x,'y z']},c=1,2";
    const nodes = nodesOf(parseDocument(text).ast);
    for (const node of nodes) {
      expect(Object.keys(node)).toEqual(expect.arrayContaining(['offset', 'length']));
      expect(Object.keys(node)).not.toContain('start');
      expect(Object.keys(node)).not.toContain('end');
    }
    const source = (node: SyntaxNode): string => text.slice(node.offset, endOf(node));
    expect(nodes.map((node) => [node.type, source(node)])).toEqual([
      ['object', text],
      ['keyValue', "a={b=[x,'y z']}"],
      ['key', 'a'],
      ['object', "{b=[x,'y z']}"],
      ['keyValue', "b=[x,'y z']"],
      ['key', 'b'],
      ['list', "[x,'y z']"],
      ['scalar', 'x'],
      ['scalar', "'y z'"],
      ['keyValue', 'c=1,2'],
      ['key', 'c'],
      ['list', '1,2'],
      ['scalar', '1'],
      ['scalar', '2'],
    ]);
  });

  it('reports the text csv backtracking drops as offset/length ranges', () => {
    // `c\,d` is read as a second item, then `=` follows: the AWS CLI backs up to the escaped comma.
    const text = 'a=b,c\\,d=e';
    const { skipped, ast } = parseDocument(text);
    expect(skipped).toEqual([{ offset: 3, length: 3 }]);
    expect(text.slice(3, 6)).toBe(',c\\');
    expect(ast.entries.map((entry) => entry.key.name)).toEqual(['a', 'd']);
  });
});
