/** Temporary directories of model files for loader tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const roots: string[] = [];

/**
 * Write `files` (path → text, or a value written as JSON; `.gz` paths gzipped) under a new
 * temporary directory, and return the directory.
 */
export function tempTree(files: Record<string, unknown>, prefix = 'aws-shorthand-models-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    writeFileSync(full, path.endsWith('.gz') ? gzipSync(text) : text);
  }
  return root;
}

/** Remove every directory `tempTree` made (for `afterAll`). */
export function removeTempTrees(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}
