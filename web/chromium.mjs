/**
 * Headless Debian chromium driven by playwright-core, for the playground tests and the
 * screenshot script: the installed browser (nothing downloads one), a fresh profile per launch,
 * and no background traffic (updates, sync, QUIC).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's chromium package (AWS_SHORTHAND_CHROMIUM overrides). */
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

/** Launch headless chromium with a fresh `--user-data-dir`; `close()` ends it and removes the profile. */
export async function launchChromium(viewport = { width: 1280, height: 860 }) {
  const profile = mkdtempSync(join(tmpdir(), 'aws-shorthand-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
