/** The gate of the browser tests: Debian's chromium, present or missing with the reason. */
import { existsSync } from 'node:fs';
import { reference } from '../helpers/live.js';
import type { Reference } from '../helpers/live.js';
import { CHROMIUM } from '../../web/chromium.mjs';

/** The browser; a missing one skips the tests, or fails them under AWS_SHORTHAND_REQUIRE_LIVE=1. */
export function chromiumReference(): Reference {
  return reference(existsSync(CHROMIUM), `${CHROMIUM} is missing (Debian's chromium package; .ci/run installs it)`);
}
