/**
 * Temporary directories for tests: removed after each test file (test/helpers/temp-cleanup.ts,
 * a vitest setupFiles entry), and in any case with the run's root (test/helpers/temp-root.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const roots: string[] = [];

/** A new empty temporary directory, removed after the current test file. */
export function tempDir(prefix = 'aws-shorthand-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  roots.push(root);
  return root;
}

/**
 * Write `files` (path → text, or a value written as JSON; `.gz` paths gzipped) under a new
 * temporary directory, and return the directory.
 */
export function tempTree(files: Record<string, unknown>, prefix = 'aws-shorthand-models-'): string {
  const root = tempDir(prefix);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    writeFileSync(full, path.endsWith('.gz') ? gzipSync(text) : text);
  }
  return root;
}

/** Remove every directory `tempDir` and `tempTree` made (run after each test file). */
export function removeTempTrees(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}
