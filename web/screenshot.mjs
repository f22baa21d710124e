#!/usr/bin/env node
/**
 * Takes the README's picture of the playground (docs/images/playground.png): serves the built
 * web/dist (`npm run screenshot:web` builds it first), opens a value with a misspelt enum in
 * headless chromium, hovers over its member, and saves the page.
 *
 *   node web/screenshot.mjs [out.png]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve.mjs';

const webDir = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(webDir, '..', 'docs/images/playground.png'));
const shorthand = 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/train/}},TargetAttributeName=label,ChannelType=trainig';

const { server, url } = await serveStatic(join(webDir, 'dist'));
const browser = await launchChromium({ width: 1200, height: 620 });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${url}?${new URLSearchParams({ shape: 'sagemaker.AutoMLChannel', shorthand }).toString()}`);
  await page.waitForSelector('body[data-ready="true"]');
  // The pointer over the misspelt value: its hover lists the values the member takes.
  const box = await page.evaluate(() => {
    const content = document.querySelector('.cm-content');
    const walker = document.createTreeWalker(content ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf('trainig');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 2);
      range.setEnd(node, at + 3);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return undefined;
  });
  if (box === undefined) throw new Error('the value is not on the page');
  await page.mouse.move(box.x, box.y);
  await page.getByTestId('hover').waitFor();
  await page.waitForTimeout(300);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  server.close();
}
