#!/usr/bin/env node
/**
 * Package the VS Code extension into a .vsix (`npm run package:vscode`, which builds the package
 * first): type-check and bundle the extension into one file, stage it beside the package's built
 * language server, and run `vsce package` on the stage.
 *
 *   node editors/vscode/package.mjs [--out FILE]   (default editors/vscode/aws-shorthand-<version>.vsix)
 *
 * The server in the .vsix is the package's own `dist/cli` (the launcher, the CLI bundle, the
 * Chevrotain parser) with `lsp.cjs` bundled again together with its `vscode-languageserver`
 * dependencies, and the bundled models: it runs with no node_modules, on VS Code's own Node.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const require = createRequire(import.meta.url);

/** The package's built files the server needs (`npm run build` writes them). */
const SERVER_FILES = ['dist/cli/main.js', 'dist/cli/program.js', 'dist/cli/package.json', 'dist/cli/lsp.cjs', 'dist/grammar-parser.cjs'];

/** The extension's own files, copied as they are. */
const EXTENSION_FILES = ['package.json', 'README.md', 'language-configuration.json', 'syntaxes/shorthand.tmLanguage.json'];

/** Run `args` with Node, failing the packaging with its output when it fails. */
function node(args, cwd) {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) {
    throw new Error(`${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stdout}${run.stderr}`);
  }
  return run.stdout;
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const manifest = JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8'));
  const out = resolve(values.out ?? join(HERE, `${manifest.name}-${manifest.version}.vsix`));
  const missing = SERVER_FILES.filter((file) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) throw new Error(`the package is not built (missing ${missing.join(', ')}): run \`npm run build\` first`);

  node([require.resolve('typescript/bin/tsc'), '-p', join(HERE, 'tsconfig.json')], ROOT);

  const stage = mkdtempSync(join(tmpdir(), 'aws-shorthand-vsix-'));
  try {
    for (const file of EXTENSION_FILES) {
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      copyFileSync(join(HERE, file), join(stage, file));
    }
    copyFileSync(join(ROOT, 'LICENSE'), join(stage, 'LICENSE'));
    // `vscode` is the editor's API, provided at run time; the language client is bundled.
    await build({
      entryPoints: [join(HERE, 'src/extension.mts')],
      outfile: join(stage, 'dist/extension.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      minify: true,
      logLevel: 'warning',
    });

    // The server keeps the package's layout: the CLI finds its models and version by walking up
    // from dist/cli to the directory holding `models/` and a package.json named aws-shorthand.
    const server = join(stage, 'server');
    for (const file of SERVER_FILES) {
      mkdirSync(dirname(join(server, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(server, file));
    }
    await build({
      entryPoints: [join(ROOT, 'dist/cli/lsp.cjs')],
      outfile: join(server, 'dist/cli/lsp.cjs'),
      allowOverwrite: true,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // The Chevrotain parser is its own file, required on first need by a path relative to dist/cli.
      external: ['../grammar-parser.cjs'],
      minify: true,
      logLevel: 'warning',
    });
    cpSync(join(ROOT, 'models'), join(server, 'models'), { recursive: true });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    writeFileSync(join(server, 'package.json'), `${JSON.stringify({ name: pkg.name, version: pkg.version, private: true, license: pkg.license }, null, 2)}\n`);

    mkdirSync(dirname(out), { recursive: true });
    const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
    // Everything is staged and bundled: no dependency detection (it would run npm in the stage).
    node([vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  process.stdout.write(`${out} (${(statSync(out).size / 1024).toFixed(0)} KB)\n`);
}

main().catch((error) => {
  process.stderr.write(`package-vscode: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
