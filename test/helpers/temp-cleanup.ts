/** vitest setupFiles entry: after each test file, remove the temporary directories it made through temp-tree.ts. */
import { afterAll } from 'vitest';
import { removeTempTrees } from './temp-tree.js';

afterAll(() => removeTempTrees());
