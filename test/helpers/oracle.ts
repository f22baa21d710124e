/** The installed AWS CLI as a live oracle (tests using it skip where python3 + awscli are absent). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './corpus.js';

const importable = new Map<string, boolean>();

/** True when `python3` can import `module` here (asked once per module). */
export function pythonCanImport(module: string): boolean {
  let answer = importable.get(module);
  if (answer === undefined) {
    answer = spawnSync('python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
    importable.set(module, answer);
  }
  return answer;
}

/** True when `python3` can import awscli here. */
export function awsCliAvailable(): boolean {
  return pythonCanImport('awscli.shorthand');
}

let awsOnPath: boolean | undefined;

/** True when the `aws` command itself runs here (for tests that start it as a process). */
export function awsCommandAvailable(): boolean {
  awsOnPath ??= awsCliAvailable() && spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
  return awsOnPath;
}

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
