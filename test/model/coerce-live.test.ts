/**
 * Live differential test: shorthand generated from shapes (valid, mistyped, odd numbers,
 * promotions, unknown keys, unions) is answered by the AWS CLI itself (scripts/model_oracle.py
 * imports awscli and botocore) and by us; every answer must match as the recorded corpus does.
 * Skips itself where Python or awscli is missing. Deterministic: a fixed seed per run.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { loadBundledModel } from '../../src/model/loaders/bundled.js';
import { loadBotocoreModel } from '../../src/model/loaders/botocore.js';
import type { ServiceModel, Shape } from '../../src/model/shape.js';
import { ROOT } from '../helpers/corpus.js';
import { describeWith, pythonAwsCli } from '../helpers/live.js';
import { checkRow } from './rows.js';
import type { ModelRow } from './rows.js';


/** Shapes to generate for: [service, shape, cases]. */
const TARGETS: ReadonlyArray<readonly [string, string, number]> = [
  ['sagemaker', 'CreateAutoMLJobRequest', 500],
  ['sagemaker', 'AutoMLJobConfig', 200],
  ['sagemaker', 'AutoMLChannel', 150],
  ['sagemaker', 'TagList', 80],
  ['ec2', 'BlockDeviceMapping', 120],
  ['ec2', 'SpotMarketOptions', 80],
  ['ec2', 'TagSpecification', 60],
  ['ec2', 'IpPermission', 80],
  ['dynamodb', 'AttributeValue', 120],
  ['dynamodb', 'GlobalSecondaryIndex', 80],
  ['ecs', 'DeploymentConfiguration', 100],
  ['ecs', 'HealthCheck', 60],
  ['ecs', 'PortMappingList', 40],
  ['lambda', 'AliasRoutingConfiguration', 60],
  ['lambda', 'Environment', 60],
  ['s3', 'LifecycleRule', 120],
  ['cloudformation', 'Parameter', 60],
  ['bedrock-agent', 'APISchema', 60],
  ['bedrock-agent', 'PromptConfiguration', 80],
  ['cloudformation', 'RollbackConfiguration', 60],
  ['lambda', 'FunctionCode', 40],
  ['s3vectors', 'PutInputVector', 80],
];

const POOLS = {
  integer: ['5', '+7', '-3', '0', '007', '1_000', '" 12 "', '1.5', '10.0', '1e3', 'abc', '', '٣٤', '１２', '123456789012345678901234567890', '-9007199254740993', '0x10', '_1', 'true', '"1 2"', '1__0', '2147483648'],
  float: ['0.5', '1e-5', '-0', 'inf', '-Infinity', 'nan', '1_0.5', '.5', '5.', '1e400', 'x', '', '٠٫٥', '١.٥', '"0,5"', '3', '-1.5', '1e16', '0.0001', '123456789.123', '1E-7'],
  boolean: ['true', 'FALSE', 'True', 'yes', '', '" true"', '1', 'TRUİ', 'false'],
  string: ['abc', '""', "'a b'", 'é', '"😀"', 'a-b_c', 's3://bucket/key', 'x'.repeat(25), 'arn:aws:iam::123456789012:role/R', '"it\'s"', '"x\\"y"'],
  timestamp: ['2030-01-01', '2030-01-01T00:00:00Z', '1900000000', 'someday', '2024-13-01', '""', '2024-02-29', '2023-02-29', '"Jan 5 2024"', '12:30', '1.5'],
  blob: ['abc', '""', 'fileb'],
  mapKey: ['a', 'b', 'k-1', '7', '__proto__', 'constructor', 'Key.With.Dots', '', 'x'],
} as const;

/** mulberry32: a small seeded generator, so every run sends the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  constructor(private readonly next: () => number) {}

  private chance(p: number): boolean {
    return this.next() < p;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Entries of a structure, `a=1,b=2` (no braces). */
  entries(shape: Shape, depth: number): string {
    if (shape.kind !== 'structure' && shape.kind !== 'union') return `Value=${this.value(shape, depth)}`;
    const names = [...shape.members.keys()];
    const chosen =
      shape.kind === 'union'
        ? names.filter(() => this.chance(1 / Math.max(1, names.length - 0.5)))
        : names.filter((name) => this.chance(shape.required.has(name) ? 0.85 : depth > 3 ? 0.1 : 0.35));
    const parts = chosen
      .filter((name) => shape.members.get(name)?.shape.kind !== 'document' || this.chance(0.05))
      .map((name) => `${name}=${this.value(shape.members.get(name)?.shape as Shape, depth + 1)}`);
    if (this.chance(0.1) && names.length > 0) {
      const name = this.pick(names);
      const cut = Math.floor(this.next() * name.length);
      parts.push(`${name.slice(0, cut)}${name.slice(cut + 1)}=x`);
    }
    return parts.join(',');
  }

  /** A value for `shape`, sometimes of the wrong form; never an empty value where it would end a hash. */
  value(shape: Shape, depth: number): string {
    const text = this.anyValue(shape, depth);
    return text === '' && depth > 1 && this.chance(0.9) ? '""' : text;
  }

  private anyValue(shape: Shape, depth: number): string {
    if (this.chance(0.06)) return this.pick(['x', '{a=b}', '[a,b]', '[]', '{}']);
    switch (shape.kind) {
      case 'structure':
      case 'union':
        return depth > 6 ? '{}' : `{${this.entries(shape, depth)}}`;
      case 'list': {
        const roll = this.next();
        if (roll < 0.25) return this.value(shape.member, depth + 1);
        if (roll < 0.32) return '[]';
        const count = 1 + Math.floor(this.next() * 3);
        return `[${Array.from({ length: count }, () => this.value(shape.member, depth + 1)).join(',')}]`;
      }
      case 'map': {
        const count = Math.floor(this.next() * 3);
        const keys = [...new Set(Array.from({ length: count }, () => this.pick(POOLS.mapKey)))];
        return `{${keys.map((key) => `${key}=${this.value(shape.value, depth + 1)}`).join(',')}}`;
      }
      case 'integer':
      case 'long':
        return this.pick(POOLS.integer);
      case 'float':
      case 'double':
        return this.pick(POOLS.float);
      case 'boolean':
        return this.pick(POOLS.boolean);
      case 'timestamp':
        return this.pick(POOLS.timestamp);
      case 'blob':
        return this.pick(POOLS.blob);
      case 'document':
        return this.pick(['x', '{a=1}', '""']);
      case 'string': {
        const values = shape.enum ?? [];
        if (values.length > 0 && this.chance(0.6)) {
          const value = this.pick(values);
          return this.chance(0.7) || value.length < 2 ? value : value.slice(0, -1);
        }
        return this.pick(POOLS.string);
      }
    }
  }

  /** One request input: a string for a structure, words for a list. */
  input(shape: Shape): string | string[] {
    if (shape.kind === 'list') {
      const count = Math.floor(this.next() * 3);
      return Array.from({ length: count }, () => this.entries(shape.member, 1));
    }
    return this.entries(shape, 0);
  }
}

const FIXTURES = `${ROOT}test/model/fixtures/models`;
const models = new Map<string, ServiceModel>();
function shapeOf(service: string, name: string): Shape {
  let model = models.get(service);
  if (model === undefined) {
    model = service === 'sagemaker' ? loadBundledModel('sagemaker') : loadBotocoreModel(FIXTURES, { serviceName: service });
    models.set(service, model);
  }
  const shape = model.shape(name);
  if (shape === undefined) throw new Error(`no shape ${service}.${name}`);
  return shape;
}

function requests(): Array<{ name: string; service: string; shape: string; input: string | string[] }> {
  const generator = new Generator(random(20_261_128));
  const out: Array<{ name: string; service: string; shape: string; input: string | string[] }> = [];
  for (const [service, shapeName, count] of TARGETS) {
    const shape = shapeOf(service, shapeName);
    const seen = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const input = generator.input(shape);
      const key = JSON.stringify(input);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: `${service}.${shapeName}#${i}`, service, shape: shapeName, input });
    }
  }
  return out;
}

describeWith(pythonAwsCli(), 'generated shorthand, answered live by the AWS CLI', () => {
  it('matches the AWS CLI on every generated input', () => {
    const sent = requests();
    const result = spawnSync('python3', [`${ROOT}scripts/model_oracle.py`, '--jsonl'], {
      input: sent.map((request) => JSON.stringify(request)).join('\n'),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(result.status).toBe(0);
    const answers = result.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as ModelRow);
    expect(answers).toHaveLength(sent.length);
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    for (const row of answers) {
      const kind = row.error ? `error:${row.error.stage}` : row.validation?.length ? 'invalid' : 'valid';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      try {
        checkRow(row, shapeOf(row.service, row.shape));
      } catch (error) {
        failures.push(`${row.name} ${JSON.stringify(row.input)}\n${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The generator reaches every outcome, so the comparison means something.
    for (const kind of ['valid', 'invalid', 'error:coerce', 'error:parse']) expect(kinds.get(kind) ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
