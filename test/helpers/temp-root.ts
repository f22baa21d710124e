/**
 * vitest globalSetup: one temporary root per test run, removed when the run ends.
 *
 * TMPDIR (and TMP/TEMP) point into it before the workers start, so every temporary file of the
 * run lands there: the tests' own directories, the in-process CLI's, and those of the child
 * processes (the built CLI, python, aws) that inherit the environment. Without it, a run left
 * about 17,000 directories in the machine's temporary directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Make the run's root and point the temporary-directory variables at it; return the teardown. */
export default function setup(): () => void {
  const outer = tmpdir();
  const root = mkdtempSync(join(outer, 'aws-shorthand-test-run-'));
  const saved = { TMPDIR: process.env['TMPDIR'], TMP: process.env['TMP'], TEMP: process.env['TEMP'] };
  process.env['TMPDIR'] = root;
  process.env['TMP'] = root;
  process.env['TEMP'] = root;
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(root, { recursive: true, force: true });
  };
}
