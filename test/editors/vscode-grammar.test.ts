/**
 * The VS Code extension's TextMate grammar (editors/vscode/syntaxes/shorthand.tmLanguage.json),
 * tokenized by the engine VS Code uses (vscode-textmate on the Oniguruma WebAssembly build):
 * each token's text and innermost scope, line by line, as an editor colours them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import type { IGrammar, StateStack } from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

const GRAMMAR_PATH = join(ROOT, 'editors/vscode/syntaxes/shorthand.tmLanguage.json');
const SCOPE = 'source.aws-shorthand';

let grammar: IGrammar;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(join(require.resolve('vscode-oniguruma/package.json'), '..', 'release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === SCOPE ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar(SCOPE);
  if (loaded === null) throw new Error(`${SCOPE} did not load`);
  grammar = loaded;
});

/** Each line's tokens as `[text, innermost scope without the language suffix]`, blanks left out. */
function tokenize(text: string): Array<Array<[string, string]>> {
  let state: StateStack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens
      .map((token, i): [string, string] => [
        line.slice(token.startIndex, result.tokens[i + 1]?.startIndex ?? line.length),
        (token.scopes[token.scopes.length - 1] as string).replace(/\.aws-shorthand$/, ''),
      ])
      .filter(([piece]) => piece.trim() !== '');
  });
}

const KEY = 'support.type.property-name';
const EQ = 'keyword.operator.assignment';
const VALUE = 'string.unquoted';
const COMMA = 'punctuation.separator';

describe('the TextMate grammar of .shorthand files', () => {
  it('names its scope and file type as the manifest does', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string; fileTypes: string[] };
    const manifest = JSON.parse(readFileSync(join(ROOT, 'editors/vscode/package.json'), 'utf8')) as {
      contributes: { grammars: Array<{ scopeName: string; path: string }> };
    };
    expect(raw.scopeName).toBe(SCOPE);
    expect(manifest.contributes.grammars[0]?.scopeName).toBe(raw.scopeName);
    expect(raw.fileTypes).toEqual(['shorthand']);
  });

  it.each([
    ['keys, =, values and commas', 'Key=team,Value=ml', [[['Key', KEY], ['=', EQ], ['team', VALUE], [',', COMMA], ['Value', KEY], ['=', EQ], ['ml', VALUE]]]],
    [
      'structures and lists',
      'A={B=[x,y]}',
      [[['A', KEY], ['=', EQ], ['{', 'punctuation.definition.dictionary.begin'], ['B', KEY], ['=', EQ], ['[', 'punctuation.definition.array.begin'], ['x', VALUE], [',', COMMA], ['y', VALUE], [']', 'punctuation.definition.array.end'], ['}', 'punctuation.definition.dictionary.end']]],
    ],
    // The AWS CLI reads a=b=c as a: "b=c": only a key at the start of a member is one.
    ['= inside a value', 'a=b=c', [[['a', KEY], ['=', EQ], ['b=c', VALUE]]]],
    ['blanks around members', '{ A = 1 , B=2 }', [[['{', 'punctuation.definition.dictionary.begin'], ['A', KEY], ['=', EQ], ['1', VALUE], [',', COMMA], ['B', KEY], ['=', EQ], ['2', VALUE], ['}', 'punctuation.definition.dictionary.end']]]],
    ['the key characters', 'a.b#c/d:e-f_g=1', [[['a.b#c/d:e-f_g', KEY], ['=', EQ], ['1', VALUE]]]],
    ['@= loads a file', 'Body@=file://x.json', [[['Body', KEY], ['@=', 'keyword.operator.assignment.file'], ['file://x.json', VALUE]]]],
    // Unquoted values have one escape, \, ; any other backslash is the character itself.
    ['an escaped comma', 'V=a\\,b\\n', [[['V', KEY], ['=', EQ], ['a', VALUE], ['\\,', 'constant.character.escape'], ['b\\n', VALUE]]]],
    [
      'double quotes and their escapes',
      'V="a,\\"b\\\\c\\n"',
      [[['V', KEY], ['=', EQ], ['"', 'punctuation.definition.string.begin'], ['a,', 'string.quoted.double'], ['\\"', 'constant.character.escape'], ['b', 'string.quoted.double'], ['\\\\', 'constant.character.escape'], ['c\\n', 'string.quoted.double'], ['"', 'punctuation.definition.string.end']]],
    ],
    [
      'single quotes and their escapes',
      "V='x=\\'y'",
      [[['V', KEY], ['=', EQ], ["'", 'punctuation.definition.string.begin'], ['x=', 'string.quoted.single'], ["\\'", 'constant.character.escape'], ['y', 'string.quoted.single'], ["'", 'punctuation.definition.string.end']]],
    ],
    [
      'the shape header on the first line, then the value over lines',
      '# shape: sagemaker.AutoMLChannel\nDataSource={S3DataSource={S3Uri=s3://b/x}},\nTargetAttributeName=y',
      [
        [['#', 'punctuation.definition.comment'], ['shape', 'keyword.other.shape'], [':', 'punctuation.separator.key-value'], ['sagemaker.AutoMLChannel', 'entity.name.type.shape']],
        [['DataSource', KEY], ['=', EQ], ['{', 'punctuation.definition.dictionary.begin'], ['S3DataSource', KEY], ['=', EQ], ['{', 'punctuation.definition.dictionary.begin'], ['S3Uri', KEY], ['=', EQ], ['s3://b/x', VALUE], ['}', 'punctuation.definition.dictionary.end'], ['}', 'punctuation.definition.dictionary.end'], [',', COMMA]],
        [['TargetAttributeName', KEY], ['=', EQ], ['y', VALUE]],
      ],
    ],
    // The server reads a header on the first line only; later, `#` is a key character.
    ['no header after the first line', 'A=1\n#shape=x', [[['A', KEY], ['=', EQ], ['1', VALUE]], [['#shape', KEY], ['=', EQ], ['x', VALUE]]]],
    ['a list of scalars', '[a, b c]', [[['[', 'punctuation.definition.array.begin'], ['a', VALUE], [',', COMMA], ['b', VALUE], ['c', VALUE], [']', 'punctuation.definition.array.end']]]],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('marks the header line as a comment and its shape as a type name', () => {
    const { tokens } = grammar.tokenizeLine('# shape: sagemaker.Tag', textmate.INITIAL);
    const shape = tokens.find((token) => token.startIndex === '# shape: '.length);
    expect(shape?.scopes).toEqual([SCOPE, 'comment.line.number-sign.shape-header.aws-shorthand', 'entity.name.type.shape.aws-shorthand']);
  });
});
