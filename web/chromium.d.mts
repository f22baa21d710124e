import type { BrowserContext } from 'playwright-core';

/** Debian's chromium package (AWS_SHORTHAND_CHROMIUM overrides). */
export const CHROMIUM: string;
/** Flags for a quiet headless run on a machine without a GPU, sandbox or network. */
export const CHROMIUM_ARGS: readonly string[];
/** A launched browser with its own profile directory. */
export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** End the browser and remove its profile. */
  close(): Promise<void>;
}
/** Launch headless chromium with a fresh `--user-data-dir`. */
export function launchChromium(viewport?: { width: number; height: number }): Promise<LaunchedChromium>;
