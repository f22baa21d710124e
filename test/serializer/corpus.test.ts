/**
 * corpus/serializer replayed: each recorded value serializes to the recorded text (the
 * canonical form does not drift), and our parser, with the model coercion when a shape is
 * named, reads the text back as the AWS CLI did, which is the value itself.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/grammar/index.js';
import { parse as modelParse } from '../../src/model/api.js';
import { bundledRegistry } from '../../src/model/index.js';
import type { ListShape, Shape } from '../../src/model/shape.js';
import { awsCliOptionHooks } from '../../src/awscli/option-rules.js';
import { serialize, serializeList } from '../../src/serializer/index.js';
import { toCommandArgs } from '../../src/awscli/command-line.js';
import { readCorpus } from '../helpers/corpus.js';
import { bigIntegers, decodeOracleValue } from './oracle.js';

interface SerializerRow {
  name: string;
  file: string;
  value: unknown;
  shape?: string;
  shorthand?: string;
  words?: string[];
  json?: string;
  reason?: string;
  code?: string;
  operation?: string;
  argv?: string[];
  notes?: string[];
  awsValue: unknown;
}

const rows = readCorpus<SerializerRow>('serializer');
const model = bundledRegistry().service('sagemaker');

function shapeOf(row: SerializerRow): Shape | undefined {
  if (row.shape === undefined) return undefined;
  const shape = model.shape(row.shape);
  if (shape === undefined) throw new Error(`${row.name}: no shape ${row.shape}`);
  return shape;
}

describe('serializer corpus recorded through the AWS CLI', () => {
  it('covers every grammar corpus value and the SageMaker shapes', () => {
    const count = (file: string): number => rows.filter((row) => row.file === file).length;
    expect(count('grammar.jsonl')).toBeGreaterThanOrEqual(1700);
    expect(count('strings.jsonl')).toBeGreaterThanOrEqual(300);
    expect(count('model.jsonl')).toBeGreaterThanOrEqual(1700);
    expect(count('lists.jsonl')).toBeGreaterThanOrEqual(150);
    expect(count('command-lines.jsonl')).toBeGreaterThanOrEqual(model.operations.size);
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const value = decodeOracleValue(row.value);
    const awsValue = decodeOracleValue(row.awsValue);
    const shape = shapeOf(row);
    expect(bigIntegers(awsValue)).toEqual(bigIntegers(value));
    if (row.argv !== undefined) {
      const operation = row.operation as string;
      const hooks = awsCliOptionHooks('sagemaker', model, operation);
      const result = toCommandArgs('sagemaker', operation, value as Record<string, unknown>, model, hooks);
      expect(result.argv).toEqual(row.argv);
      expect(result.notes.map((note) => `${note.option}: ${note.reason}`)).toEqual(row.notes);
      return;
    }
    if (row.words !== undefined) {
      const result = serializeList(value, shape as ListShape);
      expect(result).toEqual({ kind: 'words', form: 'shorthand', items: row.words });
      expect(modelParse(row.words, shape as Shape, { validate: false })).toEqual(awsValue);
      return;
    }
    const result = row.file === 'lists.jsonl' ? serializeList(value, shape as ListShape) : serialize(value, shape);
    if (row.json !== undefined) {
      expect(result).toMatchObject({ kind: 'json', text: row.json, reason: row.reason, because: { code: row.code } });
      return;
    }
    expect(result).toEqual({ kind: 'shorthand', text: row.shorthand });
    const text = row.shorthand as string;
    expect(shape === undefined ? parse(text) : modelParse(text, shape, { validate: false })).toEqual(awsValue);
  });
});

describe('canonical form over the grammar corpus inputs', () => {
  const inputs = readCorpus<{ input: string; files?: unknown; value?: unknown }>('grammar').filter(
    (row) => row.value !== undefined && row.files === undefined,
  );

  it('serialize(parse(s)) reads back as parse(s) and is stable after one step', () => {
    const unstable = inputs.flatMap((row): unknown[] => {
      const once = serialize(parse(row.input));
      if (once.kind !== 'shorthand') return [{ input: row.input, once }];
      const again = serialize(parse(once.text));
      return again.text === once.text && JSON.stringify(parse(once.text)) === JSON.stringify(parse(row.input))
        ? []
        : [{ input: row.input, once: once.text, again: again.text }];
    });
    expect(inputs.length).toBeGreaterThan(1700);
    expect(unstable).toEqual([]);
  });
});
