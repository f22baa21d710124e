/** The shell scanner: words after quote removal, their source maps, and `aws` command shapes. */
import { describe, expect, it } from 'vitest';
import { awsCommand } from '../../src/editor/shell/aws-command.js';
import { scanShell } from '../../src/editor/shell/scan.js';
import { endOf } from '../../src/grammar/index.js';
import { escapeForShell, quoteAt, sourceRange, textIndex } from '../../src/editor/shell/words.js';
import type { ShellWord } from '../../src/editor/shell/words.js';

function words(script: string): string[][] {
  return scanShell(script).commands.map((command) => command.words.map((word) => word.text));
}

/** For each UTF-16 code unit of the word, the source text that produced it. */
function sources(script: string, word: ShellWord): string[] {
  return Array.from({ length: word.text.length }, (_, i) => script.slice(word.starts[i], word.ends[i]));
}

describe('scanShell: words', () => {
  it.each([
    ['aws s3 ls', [['aws', 's3', 'ls']]],
    ["echo 'a b' \"c d\" e\\ f", [['echo', 'a b', 'c d', 'e f']]],
    ["echo 'a'\"b\"c", [['echo', 'abc']]],
    ['echo a \\\n  b', [['echo', 'a', 'b']]],
    ['echo a\\\nb', [['echo', 'ab']]],
    ["echo $'a\\tb\\'c\\x41\\u00e9'", [['echo', "a\tb'cAé"]]],
    ['echo "x\\"y\\$z\\q"', [['echo', 'x"y$z\\q']]],
    ['a; b && c || d | e & f', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']]],
    ['a # comment\nb#not', [['a'], ['b#not']]],
    ['cmd >out 2>&1 <in arg', [['cmd', 'arg']]],
    ['cat <<EOF\naws s3 ls\nEOF\nnext', [['cat'], ['next']]],
    ['cat <<-X\n\tbody\n\tX\nafter', [['cat'], ['after']]],
    ['ARN=$(aws sts get-caller-identity --query Arn) && echo "$ARN"', [['ARN=_'], ['aws', 'sts', 'get-caller-identity', '--query', 'Arn'], ['echo', '_']]],
    ['echo "${X:-{a}}" `date` $((1+2))', [['echo', '_', '_', '_']]],
    ['(a b)\n{ c; }', [['a', 'b'], ['{', 'c'], ['}']]],
    ["echo 'unterminated\nline", [['echo', 'unterminated\nline']]],
  ])('%j', (script, expected) => {
    expect(words(script)).toEqual(expected);
  });

  it('reports unterminated quotes', () => {
    expect(scanShell("echo 'abc").problems).toEqual([{ message: "unterminated quote: ' is never closed", offset: 5, length: 1 }]);
    expect(scanShell('echo "abc').problems).toHaveLength(1);
    expect(scanShell('echo $(aws s3').problems).toHaveLength(1);
  });
});

describe('shell words: source maps', () => {
  it('maps each character to the source it came from, escapes and non-BMP included', () => {
    const script = `x 'a😀'"\\"b"c\\,`;
    const word = scanShell(script).commands[0]?.words[1] as ShellWord;
    expect(word.text).toBe('a😀"bc,');
    expect(sources(script, word)).toEqual(['a', '😀', '😀', '\\"', 'b', 'c', '\\,']);
    expect(word.offset).toBe(2);
    expect(endOf(word)).toBe(script.length);
  });

  it('maps text ranges to script ranges and back', () => {
    const script = `aws x y --o 'Key={a=1}'`;
    const word = scanShell(script).commands[0]?.words[4] as ShellWord;
    const range = sourceRange(word, 4, 9); // `{a=1}`
    expect(script.slice(range.offset, endOf(range))).toBe('{a=1}');
    expect(textIndex(word, range.offset)).toBe(4);
    expect(sourceRange(word, 9, 9)).toEqual({ offset: script.length - 1, length: 0 }); // inside the closing quote
    expect(sourceRange(word, 0, 0).offset).toBe(13);
  });

  it('knows the quoting at an offset', () => {
    const script = `e a'b'"c"$'d'`;
    const word = scanShell(script).commands[0]?.words[1] as ShellWord;
    expect([2, 4, 7, 11].map((offset) => quoteAt(word, offset))).toEqual(['none', 'single', 'double', 'ansi']);
  });

  it.each([
    ["it's", 'single', "it'\\''s"],
    ['a"$`\\b', 'double', 'a\\"\\$\\`\\\\b'],
    ["a'\\", 'ansi', "a\\'\\\\"],
    ['K={a=[1,2]} x', 'none', 'K=\\{a=\\[1,2\\]\\}\\ x'],
  ] as const)('escapes %j for %s quoting', (text, quote, expected) => {
    expect(escapeForShell(text, quote)).toBe(expected);
  });
});

describe('awsCommand', () => {
  const command = (script: string) => {
    const found = scanShell(script).commands.map(awsCommand).find((c) => c !== undefined);
    if (found === undefined) throw new Error('no aws command');
    return found;
  };

  it('finds service, operation and options with their values', () => {
    const found = command('aws --region us-east-1 sagemaker create-auto-ml-job --tags Key=a Key=b --role-arn=arn --flag');
    expect(found.service?.text).toBe('sagemaker');
    expect(found.operation?.text).toBe('create-auto-ml-job');
    expect(found.arguments.map((a) => [a.name, a.values.map((v) => v.text)])).toEqual([
      ['tags', ['Key=a', 'Key=b']],
      ['role-arn', ['arn']],
      ['flag', []],
    ]);
  });

  it('maps a --name=value value to its own source', () => {
    const script = "aws s e --x='A={b=1}'";
    const value = command(script).arguments[0]?.values[0] as ShellWord;
    expect(value.text).toBe('A={b=1}');
    const range = sourceRange(value, 2, 7);
    expect(script.slice(range.offset, endOf(range))).toBe('{b=1}');
  });

  it.each(['AWS_PROFILE=dev aws s e', 'then aws s e', 'sudo /usr/local/bin/aws s e'])('skips what stands before aws: %s', (script) => {
    expect(command(script).service?.text).toBe('s');
  });

  it('ignores other commands', () => {
    expect(scanShell('echo aws s3 ls').commands.map(awsCommand)).toEqual([undefined]);
  });
});
