import { defineConfig } from 'tsup';
import { writeFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * Chevrotain is loaded only when an input needs it (why and how: src/grammar/tree-parser.ts).
 * Every build but the parser's own swaps src/grammar/load-parser.ts for a synchronous
 * `require` of `#grammar-parser` (package.json "imports": dist/grammar-parser.cjs), which
 * resolves wherever the code calling it ends up (an entry or a shared chunk).
 */
function parserOnDemand(specifier = '#grammar-parser'): Plugin {
  return {
    name: 'parser-on-demand',
    setup(build) {
      const esm = build.initialOptions.format === 'esm';
      build.onLoad({ filter: /[\\/]grammar[\\/]load-parser\.ts$/ }, () => ({
        contents: [
          esm ? "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" : '',
          `export function loadChevrotainParser() { return require(${JSON.stringify(specifier)}).chevrotainTreeParser; }`,
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}

/**
 * The command line's binary is one CommonJS file (`dist/cli/package.json` says so): an ES
 * module entry starts Node's ESM loader (~10 ms of CPU before any of our code runs) and a split
 * build makes it resolve, read and link ~30 chunks for a dry run. Bundled into one file, the
 * modules loaded on demand (help, paging, output formats…) are wrapped in functions that run on
 * first `import()`, so they cost only their bytes at start. The language server is the exception:
 * its static imports of `vscode-languageserver` would become requires at the top of the whole
 * file, so it is a file of its own (`dist/cli/lsp.cjs`), required when `aws-shorthand lsp` runs.
 */
const lspApart: Plugin = {
  name: 'lsp-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/lsp\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: 'lsp', namespace: 'lsp-apart' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lsp-apart' }, () => ({ contents: "module.exports = require('./lsp.cjs');", loader: 'js' }));
  },
};

/**
 * The bundle is compiled by src/cli/launcher.ts, which passes its own `import()` as a parameter
 * of the module wrapper (`__importPackage`): see src/cli/import-package.ts.
 */
const importThroughLauncher: Plugin = {
  name: 'import-through-launcher',
  setup(build) {
    build.onLoad({ filter: /[\\/]cli[\\/]import-package\.ts$/ }, () => ({
      contents: 'export function importPackage(specifier) { return __importPackage(specifier); }',
      loader: 'js',
    }));
  },
};

/** The CLI's files live in `dist/cli`, whose package.json has no "imports": they require the parser by path. */
const CLI_PARSER = '../grammar-parser.cjs';

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
    esbuildPlugins: [parserOnDemand()],
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
    esbuildPlugins: [parserOnDemand()],
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
    // The executable: compiles dist/cli/program.js with a V8 code cache (src/cli/launcher.ts).
    entry: { 'cli/main': 'src/cli/launcher.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    minify: true,
  },
  {
    entry: { 'cli/program': 'src/cli/main.ts' },
    format: ['cjs'],
    splitting: false,
    outExtension: () => ({ js: '.js' }),
    // `import.meta.url` (the package's version, the bundled models' directory) from __filename.
    shims: true,
    target: 'node20',
    esbuildPlugins: [parserOnDemand(CLI_PARSER), lspApart, importThroughLauncher],
    external: [CLI_PARSER, './lsp.cjs'],
    // Less code to compile at every start: measured ~5 ms of a ~60 ms dry run.
    minify: true,
    async onSuccess() {
      await writeFile('dist/cli/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
    },
  },
  {
    entry: { 'cli/lsp': 'src/cli/commands/lsp.ts' },
    format: ['cjs'],
    splitting: false,
    target: 'node20',
    esbuildPlugins: [parserOnDemand(CLI_PARSER)],
    external: [CLI_PARSER],
    minify: true,
  },
]);
