/**
 * The playground's size budget, stated once in the README ("Playground" section): the gzip
 * size of everything in a fresh build must stay under it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-tree.js';
import { buildWeb } from '../../web/build.mjs';

/** The budget the README states, in bytes (its KB are 1,000 bytes, as gzip -l counts them). */
function readmeBudget(): number {
  const match = /bundle size budget: \*\*(\d+) KB\*\*/i.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  if (match === null) throw new Error('README.md states no "Bundle size budget: **N KB**"');
  return Number(match[1]) * 1000;
}

it('the built playground stays under the README\'s gzip budget', async () => {
  const dist = await buildWeb(join(tempDir('aws-shorthand-web-'), 'dist'));
  const files = readdirSync(dist);
  expect(files.sort()).toEqual(['index.html', 'main.js', 'style.css', 'worker.js']);
  const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  // The model alone is ~90 KB gzipped: a total below it means the build lost something.
  expect(gzipped).toBeGreaterThan(90_000);
  expect(gzipped).toBeLessThanOrEqual(readmeBudget());
}, 60_000);
