#!/usr/bin/env node
/**
 * Builds the playground (web/src) into web/dist, or into the directory given as the first
 * argument: main.js (the page and CodeMirror), worker.js (the toolkit and the SageMaker model),
 * index.html and style.css. Both scripts are bundled for the browser platform, so a Node
 * built-in anywhere in their imports fails the build.
 *
 *   node web/build.mjs [outdir]     (npm run build:web)
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const webDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(webDir);

/** esbuild options shared by the page's two scripts. */
export const browserOptions = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['es2022', 'chrome109'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The SageMaker model the package ships (models/sagemaker.json.gz, the one the tests use), as
 * the text of `virtual:sagemaker-model`: the worker parses it, since the page reads no files.
 */
const sagemakerModel = {
  name: 'sagemaker-model',
  setup(build) {
    build.onResolve({ filter: /^virtual:sagemaker-model$/ }, (args) => ({ path: args.path, namespace: 'sagemaker-model' }));
    build.onLoad({ filter: /.*/, namespace: 'sagemaker-model' }, () => ({
      contents: `export default ${JSON.stringify(gunzipSync(readFileSync(join(root, 'models/sagemaker.json.gz'))).toString('utf8'))};`,
      loader: 'js',
    }));
  },
};

/** Build the playground into `outdir` (emptied first); returns the output directory. */
export async function buildWeb(outdir = join(webDir, 'dist')) {
  const out = resolve(outdir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await esbuild.build({ ...browserOptions, entryPoints: [join(webDir, 'src/main.ts')], outfile: join(out, 'main.js') });
  await esbuild.build({ ...browserOptions, entryPoints: [join(webDir, 'src/worker.ts')], outfile: join(out, 'worker.js'), plugins: [sagemakerModel] });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(webDir, 'src', file), join(out, file));
  return out;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2]);
  console.log(`playground built in ${out}`);
}
