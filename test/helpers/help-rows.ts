/**
 * Comparing help rows recorded from the AWS CLI (scripts/record-help-corpus.py) with our
 * option documentation generators: shared by the corpus replay and the live sweep.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { optionExamples, optionTypeName } from '../../src/cli/docs/index.js';
import { dataServiceName, loadBotocoreService, xformName } from '../../src/model/index.js';
import type { Operation, ServiceModel, Shape } from '../../src/model/index.js';

/** One recorded option (see scripts/record-help-corpus.py). */
export interface HelpRow {
  readonly service: string;
  readonly operation: string;
  readonly param: string;
  readonly member: string;
  readonly shape: string;
  readonly type: string;
  readonly custom: boolean;
  readonly shorthand: string | null;
  readonly json: string | null;
  readonly syntax: string | null;
}

/** The recorded help corpus. */
export const HELP_CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'help');

/** The rows recorded for a service, from `<service>.jsonl` or `<service>.jsonl.gz` in `dir`. */
export function readHelpRows(service: string, dir: string = HELP_CORPUS): HelpRow[] {
  const plain = join(dir, `${service}.jsonl`);
  const text = existsSync(plain)
    ? readFileSync(plain, 'utf8')
    : gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as HelpRow);
}

/**
 * botocore's data directory from the reference Python (gate callers with `pythonAwsCli()` from
 * ./live.js; with the reference present, a failure here is an error, not a skip).
 */
export function botocoreDataDir(): string {
  const out = execFileSync(
    'python3',
    ['-c', 'import awscli, botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const dir = out.trim();
  if (!existsSync(dir)) throw new Error(`botocore's data directory ${dir} does not exist`);
  return dir;
}

/** The installed botocore model of a CLI service. */
export function installedModel(dataDir: string, service: string): ServiceModel {
  return loadBotocoreService([dataDir], dataServiceName(service) ?? service);
}

/** Operations by their CLI name. */
function operationsByCliName(model: ServiceModel): Map<string, Operation> {
  const byName = new Map<string, Operation>();
  for (const operation of model.operations.values()) byName.set(xformName(operation.name, '-'), operation);
  return byName;
}

/** What our generator says for a row, in the row's terms. */
interface Generated {
  readonly type: string;
  readonly shorthand: string | null;
  readonly json: string | null;
  readonly syntax: string | null;
}

/** Run our generator for the shape behind a recorded row. */
function generateFor(row: HelpRow, shape: Shape): Generated {
  const isFlagPair = row.type === 'boolean';
  const examples = isFlagPair
    ? {}
    : optionExamples(shape, { service: row.service, operation: row.operation, param: row.param.slice(2) });
  return {
    type: optionTypeName(shape),
    shorthand: examples.shorthand ?? null,
    json: examples.json ?? null,
    syntax: examples.syntax ?? null,
  };
}

/** A row whose generated texts differ from the recorded ones. */
export interface Mismatch {
  readonly row: string;
  readonly field: keyof Generated | 'missing';
  readonly expected: string | null;
  readonly actual: string | null;
}

/** Compare every non-customised row of a service with our generator. */
export function compareRows(
  rows: readonly HelpRow[],
  model: ServiceModel,
): { checked: number; custom: number; mismatches: Mismatch[] } {
  const operations = operationsByCliName(model);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  let custom = 0;
  for (const row of rows) {
    const id = `${row.service} ${row.operation} ${row.param}`;
    if (row.custom) {
      custom += 1;
      continue;
    }
    const shape = operations.get(row.operation)?.input?.members.get(row.member)?.shape;
    if (shape === undefined) {
      mismatches.push({ row: id, field: 'missing', expected: row.member, actual: null });
      continue;
    }
    checked += 1;
    const generated = generateFor(row, shape);
    for (const field of ['type', 'shorthand', 'json', 'syntax'] as const) {
      if (generated[field] !== row[field]) {
        mismatches.push({ row: id, field, expected: row[field], actual: generated[field] });
      }
    }
  }
  return { checked, custom, mismatches };
}
