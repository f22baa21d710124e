/** vitest setupFiles entry: after each test file, remove the temporary directories it made through temp-tree.ts. */
import { afterAll } from 'vitest';
import { removeTempTrees } from './temp-tree.js';

// A file can leave thousands of directories (one HOME per CLI run): give their removal time on a busy machine.
afterAll(() => removeTempTrees(), 120_000);
