import type { BuildOptions } from 'esbuild';

/** esbuild options shared by the page's two scripts (browser platform). */
export const browserOptions: BuildOptions;
/** Build the playground into `outdir` (default web/dist, emptied first); resolves to the directory. */
export function buildWeb(outdir?: string): Promise<string>;
