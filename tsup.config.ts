import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * Chevrotain is loaded only when an input needs it (why and how: src/grammar/tree-parser.ts).
 * Every build but the parser's own swaps src/grammar/load-parser.ts for a synchronous
 * `require` of `#grammar-parser` (package.json "imports": dist/grammar-parser.cjs), which
 * resolves wherever the code calling it ends up (an entry or a shared chunk).
 */
const parserOnDemand: Plugin = {
  name: 'parser-on-demand',
  setup(build) {
    const esm = build.initialOptions.format === 'esm';
    build.onLoad({ filter: /[\\/]grammar[\\/]load-parser\.ts$/ }, () => ({
      contents: [
        esm ? "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" : '',
        "export function loadChevrotainParser() { return require('#grammar-parser').chevrotainTreeParser; }",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/** The package's entries: the toolkit, the editor services, the AWS CLI's command lines. */
const entry = { index: 'src/index.ts', 'editor/index': 'src/editor/index.ts', 'awscli/index': 'src/entries/awscli.ts' };

export default defineConfig([
  {
    entry,
    format: ['esm'],
    // Shared chunks, so the entries share one model registry and one set of classes.
    splitting: true,
    dts: true,
    // No source maps: they were 5.7 of the package's 8.1 MB unpacked and made the tarball
    // 2.0 MB instead of 0.67 MB, for `node --enable-source-maps` readers of stack traces only.
    clean: true,
    target: 'node20',
    esbuildPlugins: [parserOnDemand],
    // Less code to compile at every start (the source maps keep stack traces readable).
    minify: true,
  },
  {
    entry,
    format: ['cjs'],
    // tsup splits CommonJS by converting split ES chunks, which needs `import.meta.url` shimmed;
    // it mangles minified classes, so this build is not minified.
    splitting: true,
    shims: true,
    dts: true,
    target: 'node20',
    esbuildPlugins: [parserOnDemand],
  },
  {
    // The Chevrotain parser, a CommonJS file of its own so that it can be required on first need.
    entry: { 'grammar-parser': 'src/grammar/parser-plugin.ts' },
    format: ['cjs'],
    target: 'node20',
    // Chevrotain's package entry loads ~100 modules (about 250 ms); bundled it costs ~20 ms.
    noExternal: ['chevrotain'],
    minify: true,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [parserOnDemand],
    // Less code to compile at every start: measured ~5 ms of a ~60 ms dry run.
    minify: true,
  },
]);
