/**
 * Headless Debian chromium driven by playwright-core, for the playground tests and the
 * screenshot script: the installed browser (nothing downloads one), a fresh profile per launch,
 * and no background traffic (updates, sync, QUIC).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { reference } from '../helpers/live.js';
import type { Reference } from '../helpers/live.js';

/** Debian's chromium package. */
export const CHROMIUM = process.env['AWS_SHORTHAND_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags for a quiet headless run on a machine without a GPU, sandbox or network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser, present or missing with the reason (skip, or fail under AWS_SHORTHAND_REQUIRE_LIVE). */
export function chromiumReference(): Reference {
  return reference(existsSync(CHROMIUM), `${CHROMIUM} is missing (Debian's chromium package; .ci/run installs it)`);
}

/** A launched browser with its own profile directory; `close` removes both. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launch headless chromium with a fresh `--user-data-dir`. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'aws-shorthand-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
