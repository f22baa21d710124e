/**
 * How the AWS CLI reads an option's value, and the readings users get wrong. Pure functions of
 * the option and its words, shared by the script hints (`lint/hints.ts`), hover, `check
 * --explain` and `parse --shape` messages. Offsets here are within one value's text (a shell
 * word after quote removal); callers map them to the script.
 *
 * The AWS CLI's rule (argprocess.py, the same in awscli 1.45.11 and 2.9.19): an option whose
 * type supports shorthand (a structure, a map, or a list of those, none wrapping documents)
 * reads its value as JSON when the first word, stripped of Python whitespace, starts with `{`
 * or `[`, and as shorthand otherwise. A document (or a list/map of documents) is always JSON; a
 * list of scalars is JSON when its only word starts with `[`, else one element per word; other
 * scalars take the word as it is. A leading `"` does not make JSON.
 */
import type { ListNode, ScalarNode, ValueNode } from '../grammar/ast.js';
import { endOf } from '../grammar/index.js';
import { scanInto } from '../grammar/scanner.js';
import { KIND } from '../grammar/token-kinds.js';
import { codePointAt, codePointLength, isPythonSpace } from '../grammar/charsets.js';
import type { Shape } from '../model/shape.js';
import type { Dialect } from '../awscli/dialect.js';
import type { Analysis } from './analysis.js';
import { parseJsonTree } from './json-tree.js';
import type { JsonSyntaxError } from './json-tree.js';
import type { CliOption } from './shell/cli-options.js';
import { typeLabel } from './shape-info.js';
import type { TextEdit } from './types.js';

/** What the AWS CLI makes of one value word. */
export type ValueReading =
  /** Python's `json.loads`. */
  | 'json'
  /** The shorthand parser. */
  | 'shorthand'
  /** The word is the value as it is (a scalar, one element of a list of scalars, EC2's bare `Value`). */
  | 'plain'
  /** A `file://`/`fileb://` (or, in v1, `http(s)://`) reference: the file's text is read instead, by the same rule. */
  | 'file'
  /** The word starts with a shell expansion: its value, known only at run time, decides. */
  | 'run-time';

/** Each reading in words: `read as JSON`, `read at run time`, … */
export const READING_LABELS: Readonly<Record<ValueReading, string>> = {
  json: 'read as JSON',
  shorthand: 'read as shorthand',
  plain: 'read as it is',
  file: 'read from a file',
  'run-time': 'read at run time',
};

/** A reading and the AWS CLI's reason for it, in one sentence (markdown). */
export interface ReadingExplanation {
  readonly reading: ValueReading;
  readonly reason: string;
}

/** The words of one option as the shell passes them, with where run-time expansions stand. */
export interface ValueWords {
  readonly texts: readonly string[];
  /** Per word: whether its first character comes from an expansion (`$X`, `$(…)`). */
  readonly startsWithExpansion?: readonly boolean[];
}

/**
 * Why the AWS CLI reads word `index` of `option`'s value as it does.
 * @example explainReading(inputDataConfig, { texts: ['{"a":1}'] }, 0).reading // 'json'
 */
export function explainReading(option: CliOption, words: ValueWords, index: number, dialect: Dialect = 'v1'): ReadingExplanation {
  const text = words.texts[index] ?? '';
  const name = `\`--${option.name}\``;
  if (words.startsWithExpansion?.[index] === true) {
    return { reading: 'run-time', reason: `${name}: the word starts with a shell expansion; its value at run time decides (JSON when it starts with \`{\` or \`[\`).` };
  }
  const scheme = /^(fileb?|https?):\/\//.exec(text)?.[1];
  if (scheme === 'file' || scheme === 'fileb' || ((scheme === 'http' || scheme === 'https') && dialect === 'v1')) {
    return { reading: 'file', reason: `${name}: a \`${scheme}://\` value is replaced by the ${scheme.startsWith('http') ? "URL's content" : "file's content"} before it is read, so the content decides.` };
  }
  const type = typeLabel(option.member.shape);
  if (option.form === 'json') return { reading: 'json', reason: `${name} is a ${type} holding documents: the AWS CLI reads it as JSON only.` };
  if (option.form === 'flag') return { reading: 'plain', reason: `${name} is a flag: it takes no value.` };
  if (option.form === 'scalar') return { reading: 'plain', reason: `${name} is a ${type}: the word is the value as it is, never JSON or shorthand.` };
  const first = words.texts[0] ?? '';
  const firstChar = firstNonSpace(first);
  if (option.form === 'scalar-list') {
    if (words.texts.length === 1 && firstChar === '[') return { reading: 'json', reason: `${name} is a ${type} and its only word starts with \`[\`: the AWS CLI reads it as a JSON list.` };
    return { reading: 'plain', reason: `${name} is a ${type}: each word is one element as it is (one word starting with \`[\` would be a JSON list).` };
  }
  // shorthand, shorthand-list, value-flag: the first word decides for all of them.
  const which = index === 0 ? 'its first non-blank character' : "the first word's first non-blank character";
  if (firstChar === '{' || firstChar === '[') {
    const each = words.texts.length > 1 && option.form === 'shorthand-list' ? ' (several words: each is one element, each a JSON object)' : '';
    return { reading: 'json', reason: `${name}: ${which} is \`${firstChar}\`, so the AWS CLI reads the value as JSON${each}, not shorthand.` };
  }
  if (isBareValueShape(option.wordShape) && !text.includes('=')) {
    return { reading: 'plain', reason: `${name} wraps one string \`Value\`: a word without \`=\` is that value.` };
  }
  const start = firstChar === undefined ? 'the value is empty' : `${which} is \`${firstChar}\`, not \`{\` or \`[\``;
  return { reading: 'shorthand', reason: `${name} is a ${type}, which takes shorthand, and ${start}: the AWS CLI reads it as shorthand.` };
}

/** The first character of `text` after Python whitespace (what `str.strip()` leaves first). */
export function firstNonSpace(text: string): string | undefined {
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    if (!isPythonSpace(cp)) return String.fromCodePoint(cp);
    i += codePointLength(cp);
  }
  return undefined;
}

function isBareValueShape(shape: Shape): boolean {
  return shape.kind === 'structure' && shape.members.size === 1 && shape.members.get('Value')?.shape.kind === 'string';
}

/* ------------------------------------------------------------------ readings gone wrong */

/** A reading users get wrong, within one word's text. */
export interface ReadingHint {
  readonly kind: 'json-as-shorthand' | 'shorthand-as-json' | 'json-syntax';
  readonly message: string;
  /** Within the word's text. */
  readonly offset: number;
  readonly length: number;
  /** The JSON failure, for `json-syntax` and `shorthand-as-json`. */
  readonly error?: JsonSyntaxError;
  /** A rewrite of the word's text that reads as meant (the braces of `shorthand-as-json`, the stray quotes of `json-as-shorthand`). */
  readonly edits?: readonly TextEdit[];
}

/**
 * What is wrong with how word `index` of `option`'s value will be read: JSON that the AWS CLI
 * takes for shorthand (a later word of a list, a JSON text behind a quote), shorthand that it
 * takes for JSON (`{Key=a}`: shorthand has no braces at the top), and JSON syntax errors at
 * their position.
 * @example readingHints(tagsOption, { texts: ['{Key=a,Value=b}'] }, 0)[0].kind // 'shorthand-as-json'
 */
export function readingHints(option: CliOption, words: ValueWords, index: number, dialect: Dialect = 'v1'): ReadingHint[] {
  const text = words.texts[index] ?? '';
  const { reading } = explainReading(option, words, index, dialect);
  const name = `--${option.name}`;
  if (reading === 'shorthand') {
    const jsonStart = looksLikeJson(text, index > 0);
    if (jsonStart === undefined) return [];
    const why =
      index > 0
        ? `the first word decides, and it is shorthand: this word is read as shorthand too (give every word as JSON, or all as shorthand)`
        : `it starts with \`${firstNonSpace(text) ?? ''}\`, not \`{\` or \`[\`, so the AWS CLI reads shorthand (remove what stands before \`${jsonStart.char}\`)`;
    const edits = index === 0 ? strayQuotes(text) : undefined;
    return [
      {
        kind: 'json-as-shorthand',
        message: `${name}: this value looks like JSON but ${why}.`,
        offset: jsonStart.offset,
        length: text.length - jsonStart.offset,
        ...(edits === undefined ? {} : { edits }),
      },
    ];
  }
  if (reading !== 'json' || option.form === 'scalar-list' || (words.texts.length > 1 && index > 0 && firstNonSpace(text) !== '{')) return [];
  const parsed = parseJsonTree(text);
  if (parsed.ok) return [];
  const { error } = parsed;
  const unbraced = shorthandInBraces(text);
  if (unbraced !== undefined && option.form !== 'json') {
    return [
      {
        kind: 'shorthand-as-json',
        message: `${name}: this value starts with \`${text.trimStart()[0] ?? ''}\`, so the AWS CLI reads it as JSON (and fails: ${error.reason}), but it looks like shorthand: drop the outer brackets, shorthand has none at the top level.`,
        offset: 0,
        length: text.length,
        error,
        edits: unbraced,
      },
    ];
  }
  const at = Math.min(error.offset, Math.max(0, text.length - 1));
  return [{ kind: 'json-syntax', message: `${name}: Invalid JSON: ${error.message}`, offset: at, length: text.length === 0 ? 0 : 1, error }];
}

/**
 * Where a word that the AWS CLI reads as shorthand looks like JSON: after a quote or other
 * characters (`'{"a": 1}'` kept quoted by the shell), or, for a later word of a list, right at
 * its start. Returns the offset of the `{`/`[`.
 */
function looksLikeJson(text: string, laterWord: boolean): { offset: number; char: string } | undefined {
  const match = laterWord ? /^\s*([[{])\s*["[{\]}]/.exec(text) : /^\s*["'`]\s*([[{])\s*["[{\]}]/.exec(text);
  if (match === null) return undefined;
  const char = match[1] as string;
  return { offset: match[0].indexOf(char), char };
}

/** For JSON wrapped in a pair of quotes the shell passed on (`'{"a": 1}'`): the edits that drop them. */
function strayQuotes(text: string): TextEdit[] | undefined {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const quote = text[start];
  if (end - start < 2 || (quote !== '"' && quote !== "'" && quote !== '`') || text[end - 1] !== quote) return undefined;
  return [
    { offset: end - 1, length: 1, newText: '' },
    { offset: start, length: 1, newText: '' },
  ];
}

/**
 * For `{Key=a,Value=b}` (or `[Key=a]`): the edits that drop the outer brackets, when what they
 * hold has `=` and no JSON colon-after-quote (it is meant as shorthand).
 */
function shorthandInBraces(text: string): TextEdit[] | undefined {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const open = text[start];
  const close = text[end - 1];
  if (end - start < 2 || !((open === '{' && close === '}') || (open === '[' && close === ']'))) return undefined;
  const inner = text.slice(start + 1, end - 1);
  if (!/^\s*[A-Za-z0-9_.:/-]+\s*@?=/.test(inner) || /"\s*:/.test(inner)) return undefined;
  return [
    { offset: end - 1, length: 1, newText: '' },
    { offset: start, length: 1, newText: '' },
  ];
}

/* ------------------------------------------------------------------ a comma made it a list */

/** An unquoted value that a comma turned into a list where the model wants a single value. */
export interface CommaListHint {
  /** The list's range within the text (`y,z`). */
  readonly offset: number;
  readonly length: number;
  /** The member path as botocore prints it, relative to the value (`TargetAttributeName`). */
  readonly path: string;
  /** The items the AWS CLI makes of it. */
  readonly items: readonly string[];
  /** What the model wants there (`string`). */
  readonly wanted: string;
  readonly message: string;
  /** The fix: each separating comma written `\,` (one edit per comma, in the text). */
  readonly escape: readonly TextEdit[];
  /** The other fix: the value quoted (`"y,z"`), one edit over the list. */
  readonly quote: TextEdit;
}

/**
 * The comma-made lists of `analysis` (one shorthand value walked against its shape) where the
 * shape wants a scalar: `TargetAttributeName=y,z` is `['y', 'z']` to the AWS CLI.
 * @example commaListHints(analyse('TargetAttributeName=y,z', channel))[0].escape // [{ offset: 21, length: 1, newText: '\\,' }]
 */
export function commaListHints(analysis: Analysis): CommaListHint[] {
  if (analysis.model?.syntaxErrors.length === 0 && !hasCsvComma(analysis.text)) return [];
  const walk = analysis.walk;
  if (walk === undefined) return [];
  const out: CommaListHint[] = [];
  for (const binding of walk.bindings()) {
    if (binding.word !== analysis.word || binding.role !== 'value') continue;
    const node = binding.node as ValueNode;
    const shape = binding.shape;
    if (node.type !== 'list' || node.bracketed || shape === undefined || !isScalar(shape)) continue;
    if (!node.items.every((item): item is ScalarNode => item.type === 'scalar')) continue;
    const items = node.items.map((item) => (item as ScalarNode).value);
    const text = analysis.text;
    const escape = commasOf(node, text).map((comma) => ({ offset: comma, length: 1, newText: '\\,' }));
    const joined = text.slice(node.offset, endOf(node));
    const quoteChar = joined.includes('"') ? "'" : '"';
    const quote = { offset: node.offset, length: node.length, newText: `${quoteChar}${joined}${quoteChar}` };
    const wanted = typeLabel(shape);
    const path = binding.pathText;
    const listed = items.map((item) => `'${item}'`).join(', ');
    const escaped = joined.replaceAll(',', '\\,');
    const message = `${path === '' ? 'The value' : path}: the unquoted comma makes a list [${listed}] where ${/^[aeiou]/.test(wanted) ? 'an' : 'a'} ${wanted} is wanted; write \`${escaped}\` or quote it (\`${quote.newText}\`) to keep the comma in the value.`;
    out.push({ offset: node.offset, length: node.length, path, items, wanted, message, escape, quote });
  }
  return out;
}

/**
 * Whether the scanner finds a comma that continues an implicit list (`y,z` in `A=y,z`): without
 * one a well-formed value has no unbracketed list, and its tree (built lazily) need not be walked.
 */
function hasCsvComma(text: string): boolean {
  if (!text.includes(',')) return false;
  let found = false;
  scanInto(text, {
    token(kind) {
      // The scanner may send a token or two more after a stop: keep the first answer.
      if (kind === KIND.CsvComma) found = true;
      return !found;
    },
  });
  return found;
}

/** The offsets of the commas between a csv list's items. */
function commasOf(node: ListNode, text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < node.items.length; i++) {
    const previous = node.items[i - 1] as ValueNode;
    const comma = text.indexOf(',', endOf(previous));
    if (comma !== -1 && comma < (node.items[i] as ValueNode).offset) out.push(comma);
  }
  return out;
}

function isScalar(shape: Shape): boolean {
  return shape.kind !== 'structure' && shape.kind !== 'union' && shape.kind !== 'list' && shape.kind !== 'map' && shape.kind !== 'document';
}
