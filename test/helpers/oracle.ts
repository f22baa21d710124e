/** The installed AWS CLI as a live oracle (gate its tests with `pythonAwsCli()` from ./live.js). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './corpus.js';

/** Outcomes of the AWS CLI's parser for `inputs`, in order (see scripts/shorthand_oracle.py). */
export function shorthandOracle(
  rows: ReadonlyArray<{ input: string; files?: Record<string, unknown> }>,
): Array<Record<string, unknown>> {
  const stdin = rows.map(({ input, files }) => JSON.stringify(files ? { input, files } : { input })).join('\n') + '\n';
  const result = spawnSync('python3', [join(ROOT, 'scripts/shorthand_oracle.py'), '--jsonl'], {
    input: stdin,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`oracle failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
