/**
 * The TypeScript half of `record-serializer-corpus.py`: builds the cases and serializes them
 * with our serializer, printing one JSON line per case for the Python half to run through the
 * AWS CLI. Bundled with esbuild and run by the recorder; not part of the package.
 *
 * Cases, all deterministic (fixed tables, fixed seeds):
 * - `grammar`: every value of corpus/grammar that came from text alone (no files);
 * - `strings`: a table of strings at each place a string can stand, model-less;
 * - `model`: generated values of every structure, union and map reachable from a SageMaker
 *   operation input, model-aware;
 * - `lists`: generated values of every SageMaker list of structures or maps, as CLI words;
 * - `command-lines`: a generated request for every SageMaker operation, plus edge cases, as
 *   `aws` command lines (with the AWS CLI's option renames).
 *
 * Output line: `{file, name, value, shape?, shorthand | words | json+reason+code | argv+notes}`, with
 * values escaped as the oracles escape them (`$float`, `$int`) and `-0` as `{"$float": "-0.0"}`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { bundledRegistry } from '../src/model/index.js';
import { inputShapes } from '../src/model/reachable.js';
import type { ListShape, Shape } from '../src/model/shape.js';
import { awsCliOptionHooks } from '../src/awscli/option-rules.js';
import { toCommandArgs } from '../src/awscli/command-line.js';
import type { CommandArgs } from '../src/awscli/command-line.js';
import { serialize, serializeList } from '../src/serializer/index.js';
import type { ListResult, SerializeResult } from '../src/serializer/index.js';
import { valueOf } from '../test/serializer/arbitraries.js';

const ROOT = process.argv[2] ?? process.cwd();
const SEED = 20261128;
const PER_SHAPE = 2;

/** Strings that stress quoting, each placed as a pair value, a csv item, a list item and a hash value. */
const STRINGS: readonly string[] = [
  'plain', 'a b', '', ' ', ' lead', 'trail ', 'tab\t', 'x\u00a0', '\u00a0x', 'x\u3000', 'a\nb', '\nb', 'a\r',
  'a,b', ',a', 'a,', ',,', 'a=b', '=a', 'a[b]c', 'a{b}c', ']a', '}a', '[a', '{a', "it's", 'say "hi"', `'"`,
  `''"`, `'""`, 'C:\\dir\\file', 'a\\', 'a\\,b', '\\,', `\\'`, `\\\\"'`, `'\\\\x\\y'`, `a\\"b'`, '😀', 'a😀b',
  'a\u0001b', '\u0000', 'a\u007f', 'a\u001fb', 'file://x', 'fileb://y', '@=x', '#tag:x/y', 'Größe 日本語',
  '\u0085x', 'x\u0085', '\u2028', 'true', '-1', '1e5', 'null',
];

interface Case {
  file: string;
  name: string;
  value: unknown;
  shape?: string;
  operation?: string;
  result: SerializeResult | ListResult | CommandArgs;
}

const AUTOML = {
  AutoMLJobName: 'j',
  InputDataConfig: [{ DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://b/t' } }, TargetAttributeName: 'y' }],
  OutputDataConfig: { S3OutputPath: 's3://b/o' },
  RoleArn: 'arn:aws:iam::123456789012:role/R',
};

/** Requests that reach the command line's special cases. */
const COMMAND_EDGES: ReadonlyArray<readonly [string, string, Record<string, unknown>]> = [
  ['dash-value', 'StopAutoMLJob', { AutoMLJobName: '-x' }],
  ['file-value', 'StopAutoMLJob', { AutoMLJobName: 'file://nothing-here' }],
  ['https-value', 'StopAutoMLJob', { AutoMLJobName: 'https://example.invalid/x' }],
  ['nul-value', 'StopAutoMLJob', { AutoMLJobName: 'a\u0000b' }],
  ['quotes-and-spaces', 'StopAutoMLJob', { AutoMLJobName: `it's a "job"` }],
  ['empty-string', 'StopAutoMLJob', { AutoMLJobName: '' }],
  ['booleans', 'CreateAutoMLJob', { ...AUTOML, AutoMLJobName: 'j', GenerateCandidateDefinitionsOnly: false }],
  ['empty-list', 'CreateAutoMLJob', { ...AUTOML, AutoMLJobName: 'j', Tags: [] }],
  ['dash-key-shorthand', 'CreateAutoMLJob', { ...AUTOML, AutoMLJobName: 'j', OutputDataConfig: { S3OutputPath: 's', '-k': 'v' } }],
  ['empty-structure', 'CreateAutoMLJob', { ...AUTOML, AutoMLJobName: 'j', OutputDataConfig: {} }],
  ['tags-as-words', 'CreateAutoMLJob', { ...AUTOML, AutoMLJobName: 'j', Tags: [{ Key: 'a b', Value: "it's" }, { Key: 'c', Value: '' }] }],
  ['tag-null', 'CreateAutoMLJob', { ...AUTOML, AutoMLJobName: 'j', Tags: [{ Key: 'a', Value: null }] }],
  ['mismatched-scalar', 'CreateAutoMLJob', { ...AUTOML, AutoMLJobName: 5 }],
  ['renamed-option', 'DeleteImageVersion', { ImageName: 'i', Version: 3 }],
  ['paramfile-disabled', 'CreateNotebookInstance', { NotebookInstanceName: 'n', InstanceType: 'ml.t3.medium', RoleArn: 'r', DefaultCodeRepository: 'file://repo' }],
  ['scalar-list-words', 'DeleteTags', { ResourceArn: 'r', TagKeys: ['a', 'b c', ''] }],
  ['scalar-list-dash', 'DeleteTags', { ResourceArn: 'r', TagKeys: ['a', '-b'] }],
  ['scalar-list-bracket', 'DeleteTags', { ResourceArn: 'r', TagKeys: ['[x'] }],
  ['scalar-list-brackets', 'DeleteTags', { ResourceArn: 'r', TagKeys: ['[x', 'y]'] }],
  ['scalar-list-file', 'DeleteTags', { ResourceArn: 'r', TagKeys: ['file://k'] }],
];

function* grammarCases(): Generator<Case> {
  const dir = join(ROOT, 'corpus', 'grammar');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { name: string; value?: unknown; files?: unknown };
      if (row.value === undefined || row.files !== undefined) continue;
      yield { file: 'grammar', name: `grammar/${row.name}`, value: row.value, result: serialize(row.value) };
    }
  }
}

function* stringCases(): Generator<Case> {
  for (const [i, text] of STRINGS.entries()) {
    const placed: Array<[string, unknown]> = [
      ['pair', { a: text, b: 'next' }],
      ['last-pair', { a: text }],
      ['csv', { a: ['x', text, text], b: 'next' }],
      ['csv-first', { a: [text, 'x'] }],
      ['list', { a: [[text, text]] }],
      ['hash', { a: { k: text, m: text } }],
    ];
    for (const [where, value] of placed) {
      yield { file: 'strings', name: `strings/${String(i).padStart(3, '0')}-${where}`, value, result: serialize(value) };
    }
  }
}

function reachable(): Shape[] {
  return inputShapes(bundledRegistry().service('sagemaker'));
}

function* modelCases(shapes: Shape[]): Generator<Case> {
  const roots = shapes.filter((s) => s.kind === 'structure' || s.kind === 'union' || s.kind === 'map');
  for (const [index, shape] of roots.entries()) {
    const values = fc.sample(valueOf(shape), { numRuns: PER_SHAPE, seed: SEED + index });
    for (const [i, value] of values.entries()) {
      yield { file: 'model', name: `model/${shape.name}/${i}`, value, shape: shape.name, result: serialize(value, shape) };
    }
  }
}

function* listCases(shapes: Shape[]): Generator<Case> {
  const lists = shapes.filter(
    (s): s is ListShape => s.kind === 'list' && (s.member.kind === 'structure' || s.member.kind === 'union' || s.member.kind === 'map'),
  );
  for (const [index, shape] of lists.entries()) {
    const values = fc.sample(valueOf(shape), { numRuns: PER_SHAPE, seed: SEED + index });
    for (const [i, value] of values.entries()) {
      yield { file: 'lists', name: `lists/${shape.name}/${i}`, value, shape: shape.name, result: serializeList(value, shape) };
    }
  }
}

function* commandCases(): Generator<Case> {
  const model = bundledRegistry().service('sagemaker');
  const operations = [...model.operations.values()].filter((op) => op.input !== undefined);
  for (const [index, op] of operations.entries()) {
    // argparse insists on required options, so requests have them.
    const [value] = fc.sample(valueOf(op.input as Shape, { withRequired: true }), { numRuns: 1, seed: SEED + index });
    const result = toCommandArgs('sagemaker', op.name, value as Record<string, unknown>, model, awsCliOptionHooks('sagemaker', model, op.name));
    yield { file: 'command-lines', name: `command-lines/${op.name}`, value, operation: op.name, result };
  }
  for (const [name, operation, value] of COMMAND_EDGES) {
    const result = toCommandArgs('sagemaker', operation, value, model, awsCliOptionHooks('sagemaker', model, operation));
    yield { file: 'command-lines', name: `command-lines/edge-${name}`, value, operation, result };
  }
}

/** The oracles' escapes, plus `-0` (JSON would print it as `0`). */
function encode(value: unknown): unknown {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $float: 'nan' };
    if (!Number.isFinite(value)) return { $float: value > 0 ? 'inf' : '-inf' };
    return Object.is(value, -0) ? { $float: '-0.0' } : value;
  }
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: encode(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

function line(c: Case): string {
  const out: Record<string, unknown> = { file: c.file, name: c.name, value: encode(c.value) };
  if (c.shape !== undefined) out.shape = c.shape;
  if (c.operation !== undefined) out.operation = c.operation;
  const r = c.result;
  if (!('kind' in r)) Object.assign(out, { argv: r.argv, notes: r.notes.map((note) => `${note.option}: ${note.reason}`) });
  else if (r.kind === 'shorthand') out.shorthand = r.text;
  else if (r.kind === 'words') out.words = r.items;
  else Object.assign(out, { json: r.text, reason: r.reason, code: r.because.code });
  return JSON.stringify(out);
}

const shapes = reachable();
for (const source of [grammarCases(), stringCases(), modelCases(shapes), listCases(shapes), commandCases()]) {
  for (const c of source) process.stdout.write(`${line(c)}\n`);
}
