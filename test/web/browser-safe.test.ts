/**
 * The toolkit in browsers. The modules the playground uses bundle for the browser platform
 * without a Node built-in (package.json's `browser` field swaps the one Node seam,
 * src/model/loaders/node-modules.ts); and the same probe run in Node and in headless chromium
 * gives the same big integers and the same errors (class, code, offset, text).
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { describe, expect, it as plainIt } from 'vitest';
import { ModelError } from '../../src/index.js';
import * as browserSeam from '../../src/model/loaders/node-modules.browser.js';
import { ROOT } from '../helpers/corpus.js';
import { itWith } from '../helpers/live.js';
import { browserOptions } from '../../web/build.mjs';
import { launchChromium } from '../../web/chromium.mjs';
import { chromiumReference } from './browser.js';
import { runProbe } from './probe.js';

/** The entries the playground's worker and page import (and the package's own entries). */
const BROWSER_ENTRIES = [
  'src/index.ts',
  'src/editor/index.ts',
  'src/awscli/command-line.ts',
  'src/awscli/binary-format.ts',
  'src/awscli/dialect.ts',
  'src/cli/argv/python-json-loads.ts',
  'web/src/worker.ts',
  'web/src/main.ts',
];

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** Bundle `entry` for the browser; the Node built-ins it reaches (by import or in an error). */
async function nodeBuiltinsIn(entry: string): Promise<string[]> {
  const found = new Set<string>();
  try {
    const result = await esbuild.build({
      ...browserOptions,
      entryPoints: [join(ROOT, entry)],
      write: false,
      metafile: true,
      logLevel: 'silent',
      outfile: join(ROOT, 'out.js'),
      // The page's model text comes from web/build.mjs; it is no module of the toolkit.
      external: ['virtual:sagemaker-model'],
    });
    for (const input of Object.values(result.metafile.inputs)) {
      for (const imported of input.imports) if (NODE_BUILTINS.has(imported.path)) found.add(imported.path);
    }
  } catch (error) {
    for (const failure of (error as esbuild.BuildFailure).errors ?? []) {
      const name = /Could not resolve "([^"]+)"/.exec(failure.text)?.[1];
      if (name !== undefined && NODE_BUILTINS.has(name)) found.add(name);
      else throw error;
    }
  }
  return [...found].sort();
}

describe('bundled for the browser platform', () => {
  plainIt.each(BROWSER_ENTRIES)('%s reaches no Node built-in', async (entry) => {
    expect(await nodeBuiltinsIn(entry)).toEqual([]);
  });

  plainIt('the check finds the built-ins of a Node-only module', async () => {
    // The CLI's file reader reads files: its built-ins must show, or the check above proves nothing.
    expect(await nodeBuiltinsIn('src/cli/file-reader.ts')).toContain('node:fs');
  });

  plainIt("the browser's stand-in for Node's modules fails with a typed ModelError", () => {
    for (const reach of [browserSeam.nodeFs, browserSeam.nodeZlib, browserSeam.nodePath, browserSeam.nodeOs, browserSeam.nodeUrl]) {
      expect(() => reach()).toThrow(ModelError);
      expect(() => reach()).toThrow(/not available in a browser/);
    }
  });
});

const it = itWith(chromiumReference());

describe('in headless chromium', () => {
  it('big integers and errors come out as in Node', async () => {
    const modelText = gunzipSync(readFileSync(join(ROOT, 'models/sagemaker.json.gz'))).toString('utf8');
    const bundle = await esbuild.build({
      ...browserOptions,
      entryPoints: [join(ROOT, 'test/web/probe.ts')],
      format: 'iife',
      globalName: 'awsShorthandProbe',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    const browser = await launchChromium();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.addScriptTag({ content: script });
      const inBrowser = await page.evaluate(
        (text) => (globalThis as unknown as { awsShorthandProbe: { runProbe: typeof runProbe } }).awsShorthandProbe.runProbe(text),
        modelText,
      );
      const inNode = runProbe(modelText);
      expect(inBrowser).toEqual(inNode);
      // What the comparison covers: every digit, and the three kinds of error.
      expect(inNode.cases[0]).toEqual({ value: '{"PipelineName":"p","PipelineVersionId":9007199254740993}' });
      expect(inNode.fromJson).toBe('PipelineName=p,PipelineVersionId=123456789012345678901234567890');
      const names = inNode.cases.flatMap((result) => ('error' in result ? [result.error.name] : []));
      expect(new Set(names)).toEqual(new Set(['ParamValidationError', 'ShorthandError', 'CoercionError']));
    } finally {
      await browser.close();
    }
  });
});
