/** Reading the recorded corpus (JSONL rows) and normalising values for comparison. */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './temp-tree.js';

/** The repository root. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** All rows of `corpus/<dir>/*.jsonl`, each tagged with its file. */
export function readCorpus<T>(dir: string): Array<T & { file: string }> {
  const base = join(ROOT, 'corpus', dir);
  return readdirSync(base)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(base, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({ ...(JSON.parse(line) as T), file })),
    );
}

/** Replace bytes by the corpus's `{"$bytes": base64}` form. */
export function normalise(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: normalise(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

let emptyDir: string | undefined;

/**
 * A directory holding `files` (text written as UTF-8, `{$bytes}` as raw bytes), removed after the
 * test file: a fresh one per call, except that no files share one empty directory (most rows name
 * no file, and thousands of empty directories only cost time to make and remove).
 */
export function materialise(files: Record<string, string | { $bytes: string }>): string {
  if (Object.keys(files).length === 0) {
    if (emptyDir === undefined || !existsSync(emptyDir)) emptyDir = tempDir('aws-shorthand-empty-');
    return emptyDir;
  }
  const dir = tempDir('aws-shorthand-');
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.$bytes, 'base64'));
  }
  return dir;
}

/** The corpus's escapes → the values our dry run prints. */
export function expectedValue(value: unknown, files: Record<string, string | { $bytes: string }> | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => expectedValue(item, files));
  if (value !== null && typeof value === 'object') {
    const escape = value as Record<string, unknown>;
    if (typeof escape['$bytes'] === 'string') return escape['$bytes'];
    if (typeof escape['$float'] === 'string') return ({ nan: NaN, inf: Infinity, '-inf': -Infinity } as Record<string, number>)[escape['$float']];
    if (typeof escape['$int'] === 'string') return BigInt(escape['$int']);
    // A naive UTC datetime (from a YAML timestamp). Our dry run holds it as a JavaScript Date,
    // which knows no naive form, and prints the isoformat() of the same instant in UTC.
    if (typeof escape['$timestamp'] === 'string') return `${escape['$timestamp']}+00:00`;
    if (typeof escape['$file'] === 'string') {
      const content = files?.[escape['$file']];
      return typeof content === 'string' ? Buffer.from(content).toString('base64') : content?.$bytes;
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(escape)) out[key] = expectedValue(inner, files);
    return out;
  }
  return value;
}
