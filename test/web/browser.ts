/** The gate of the browser tests: Debian's chromium, present or missing with the reason. */
import { accessSync, constants, statSync } from 'node:fs';
import { reference } from '../helpers/live.js';
import type { Reference } from '../helpers/live.js';
import { CHROMIUM } from '../../web/chromium.mjs';

/** The browser; a missing one skips the tests, or fails them under AWS_SHORTHAND_REQUIRE_LIVE=1. */
export function chromiumReference(): Reference {
  return reference(isExecutableFile(CHROMIUM), `${CHROMIUM} is missing or not an executable file (Debian's chromium package; .ci/run installs it)`);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
