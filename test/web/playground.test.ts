/**
 * The playground in headless Debian chromium (playwright-core, the installed browser): built
 * from web/src into a temporary directory, served on 127.0.0.1 by web/serve.mjs, and checked
 * against the toolkit's own answers in Node for the same input. A missing chromium skips with
 * the reason, or fails under AWS_SHORTHAND_REQUIRE_LIVE=1.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { complete, diagnose, hover } from '../../src/editor/index.js';
import { analyzeShorthand, bundledRegistry, resolveShape } from '../../src/index.js';
import { jsonText } from '../../src/serializer/json.js';
import { ROOT } from '../helpers/corpus.js';
import { itWith } from '../helpers/live.js';
import { tempDir } from '../helpers/temp-tree.js';
import { buildWeb } from '../../web/build.mjs';
import { launchChromium } from '../../web/chromium.mjs';
import type { LaunchedChromium } from '../../web/chromium.mjs';
import { serveStatic } from '../../web/serve.mjs';
import { chromiumReference } from './browser.js';

const it = itWith(chromiumReference());
/** Screenshots of the runs, for people reading a CI log (gitignored). */
const OUTPUT = join(ROOT, 'test-output');

let server: Server | undefined;
let base = '';
let browser: LaunchedChromium | undefined;
let page: Page;
/** Every URL the page asked for, to check that nothing leaves the local server. */
const requests: string[] = [];

beforeAll(async () => {
  if (!chromiumReference().available) return;
  const dist = await buildWeb(join(tempDir('aws-shorthand-web-'), 'dist'));
  ({ server, url: base } = await serveStatic(dist));
  browser = await launchChromium();
  browser.context.on('request', (request) => requests.push(request.url()));
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Open the page at `query` and wait until the worker has answered the first conversion. */
async function open(query: string): Promise<void> {
  await page.goto(`${base}${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

const jsonOutput = (): Promise<string> => page.getByTestId('json-output').inputValue();
const shorthandOutput = (): Promise<string> => page.locator('[data-testid="shorthand-output"] .cm-content').innerText();
const diagnosticsText = (): Promise<string> => page.getByTestId('diagnostics').innerText();
/** expect.poll with room for a busy machine (its default gives up after 1 s). */
const poll = <T>(read: () => Promise<T> | T): ReturnType<typeof expect.poll<T>> => expect.poll(read, { timeout: 20_000 });
const query = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString()}`;

/** The JSON pane's text for `shorthand`, as the toolkit computes it in Node. */
function nodeJson(shorthand: string, shape: string): string {
  return jsonText(analyzeShorthand(shorthand, shape).value, 2);
}

const CHANNEL = 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/train/}},TargetAttributeName=label,ContentType=text/csv';

it('shows the JSON of ?shape=sagemaker.AutoMLChannel&shorthand=…', async () => {
  await open(query({ shape: 'sagemaker.AutoMLChannel', shorthand: CHANNEL }));
  const shown = await jsonOutput();
  expect(shown).toBe(nodeJson(CHANNEL, 'sagemaker.AutoMLChannel'));
  expect(JSON.parse(shown)).toMatchObject({ DataSource: { S3DataSource: { S3Uri: 's3://b/train/' } }, ContentType: 'text/csv' });
  expect(await page.getByTestId('command-line').innerText()).toContain("--input-data-config 'DataSource={S3DataSource=");
});

it('lists the diagnostic naming Vlaue for ?shape=sagemaker.Tag&shorthand=Key=a,Vlaue=b, as Node diagnoses it', async () => {
  await open('?shape=sagemaker.Tag&shorthand=Key=a,Vlaue=b');
  const listed = await diagnosticsText();
  const expected = diagnose('Key=a,Vlaue=b', resolveShape('sagemaker.Tag'));
  expect(expected.some((d) => d.message.includes('Vlaue'))).toBe(true);
  for (const diagnostic of expected) expect(listed).toContain(diagnostic.message);
  expect(listed).toContain('"Vlaue"');
  // The squiggle sits under the unknown key.
  await poll(() => page.locator('.cm-lintRange-error').allInnerTexts()).toContain('Vlaue');
});

it('names a shape the model lacks, as the registry does in Node, and dims the stale JSON', async () => {
  await open('?shape=sagemaker.Tag&shorthand=Key=a,Value=b');
  expect(await page.locator('#json').getAttribute('class') ?? '').not.toContain('stale');
  await page.locator('.cm-content').click();
  await page.keyboard.press('End');
  await page.keyboard.type(',[');
  await poll(async () => (await page.locator('#json').getAttribute('class')) ?? '').toContain('stale');
  await open('?shape=sagemaker.NoSuchShape&shorthand=a=b');
  const expected = (() => {
    try {
      bundledRegistry().shape('sagemaker.NoSuchShape');
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  })();
  expect(expected).toContain('NoSuchShape');
  expect(await diagnosticsText()).toContain(expected);
});

it('shows Key=k,Value=a\\,b for ?shape=sagemaker.Tag&json={"Key":"k","Value":"a,b"}', async () => {
  await open('?shape=sagemaker.Tag&json={"Key":"k","Value":"a,b"}');
  expect(await shorthandOutput()).toBe('Key=k,Value=a\\,b');
  expect(await diagnosticsText()).toBe('No problems.');
});

it('keeps every digit of PipelineVersionId=9007199254740993 (a big integer, as in Node)', async () => {
  const shorthand = 'PipelineName=p,PipelineVersionId=9007199254740993';
  await open(`?shape=sagemaker.DescribePipelineRequest&shorthand=${shorthand}`);
  const shown = await jsonOutput();
  expect(shown).toContain('"PipelineVersionId": 9007199254740993');
  expect(shown).toBe(nodeJson(shorthand, 'sagemaker.DescribePipelineRequest'));
  const line = 'aws sagemaker describe-pipeline --pipeline-name p --pipeline-version-id 9007199254740993';
  expect(await page.getByTestId('command-line').innerText()).toBe(line);
  // Ready to copy: the button puts the line on the clipboard.
  await browser?.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  await page.getByRole('button', { name: 'Copy' }).click();
  await poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(line);
});

it('converts typed shorthand to JSON live, and keeps the state in the URL', async () => {
  await open('?shape=sagemaker.Tag&shorthand=');
  await page.locator('.cm-content').click();
  await page.keyboard.type('Key=env,Value=prod');
  await poll(jsonOutput).toBe(nodeJson('Key=env,Value=prod', 'sagemaker.Tag'));
  expect(new URL(page.url()).searchParams.get('shorthand')).toBe('Key=env,Value=prod');
});

it('converts typed JSON to shorthand live, big integers exact', async () => {
  await open('?shape=sagemaker.DescribePipelineRequest&json=');
  await page.getByTestId('json-output').fill('{"PipelineName": "p", "PipelineVersionId": 12345678901234567890}');
  await poll(shorthandOutput).toBe('PipelineName=p,PipelineVersionId=12345678901234567890');
  expect(new URL(page.url()).searchParams.get('json')).toContain('12345678901234567890');
});

it('offers the completion list of the toolkit and applies the chosen item', async () => {
  await open('?shape=sagemaker.Tag&shorthand=');
  await page.locator('.cm-content').click();
  await page.keyboard.type('Key=a,V');
  const labels = complete('Key=a,V', resolveShape('sagemaker.Tag'), 7).map((item) => item.label);
  expect(labels).toContain('Value');
  const list = page.locator('.cm-tooltip-autocomplete .cm-completionLabel');
  await poll(() => list.allInnerTexts()).toEqual(labels);
  await page.locator('.cm-tooltip-autocomplete [aria-selected="true"]').waitFor();
  // CodeMirror ignores Enter for 75 ms after the list opens (its interactionDelay), so that a
  // list opening under a fast typist does not take the Enter meant for a new line.
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await page.keyboard.type('b');
  await poll(shorthandOutput).toBe('Key=a,Value=b');
  await poll(diagnosticsText).toBe('No problems.');
  // Asked for in an empty value: every member, in the toolkit's order (required ones first).
  await open('?shape=sagemaker.AutoMLChannel&shorthand=');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Space');
  const members = complete('', resolveShape('sagemaker.AutoMLChannel'), 0)
    .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0))
    .map((item) => item.label);
  expect(members.length).toBeGreaterThan(3);
  await poll(() => list.allInnerTexts()).toEqual(members);
});

it('shows the hover of the member under the pointer', async () => {
  await open('?shape=sagemaker.Tag&shorthand=Key=a,Value=b');
  const expected = hover('Key=a,Value=b', resolveShape('sagemaker.Tag'), 1);
  expect(expected).toBeDefined();
  const key = page.locator('.cm-line');
  const box = await key.boundingBox();
  if (box === null) throw new Error('the editor line has no box');
  // Over the first character (the `K` of `Key`).
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  // The Markdown's `**` and backticks become bold and code elements.
  const shown = expected?.contents.replace(/\*\*([^*]+)\*\*|`([^`]+)`/g, (_all, bold?: string, code?: string) => bold ?? code ?? '');
  await poll(() => page.getByTestId('hover').innerText()).toBe(shown);
  await expect(page.locator('[data-testid="hover"] strong').innerText()).resolves.toBe('Key');
});

it('formats the shorthand and applies a quick fix', async () => {
  await open('?shape=sagemaker.Tag&shorthand=Key = a , Value = b');
  await page.getByRole('button', { name: 'Format' }).click();
  await poll(shorthandOutput).toBe('Key=a,Value=b');
  await open('?shape=sagemaker.Tag&shorthand=Key = a , Vlaue = b');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Shift+Alt+F');
  await poll(shorthandOutput).toBe('Key=a,Vlaue=b');
  // The lint panel (Ctrl-Shift-M) lists the diagnostics with their fixes.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.cm-panel.cm-panel-lint button', { hasText: "Change to 'Value'" }).click();
  await poll(shorthandOutput).toBe('Key=a,Value=b');
  await poll(diagnosticsText).toBe('No problems.');
});

/** A small botocore model with a blob member, as a user would drop a service-2.json. */
const DEMO_MODEL = {
  version: '2.0',
  metadata: { apiVersion: '2026-01-01', endpointPrefix: 'demo', protocol: 'json', serviceId: 'Demo Echo', signatureVersion: 'v4' },
  operations: { Echo: { name: 'Echo', http: { method: 'POST', requestUri: '/' }, input: { shape: 'EchoRequest' } } },
  shapes: {
    EchoRequest: { type: 'structure', required: ['Payload'], members: { Payload: { shape: 'Bytes' }, Name: { shape: 'Text' } } },
    Bytes: { type: 'blob' },
    Text: { type: 'string' },
  },
};

it('adds the shapes of a dropped service-2.json, and the dialect switch adds v2\'s base64 reading of blobs', async () => {
  await open('?shape=sagemaker.Tag&shorthand=Key=a,Value=b');
  await page.locator('#model-file').setInputFiles({ name: 'service-2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(DEMO_MODEL)) });
  // The picker's search list now offers the new service's shapes.
  await poll(() => page.locator('#shapes option[value="demo-echo.EchoRequest"]').count()).toBe(1);
  await page.locator('#shape').fill('demo-echo.EchoRequest');
  await page.locator('#shape').dispatchEvent('change');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Payload=not*base64,Name=n');
  await poll(jsonOutput).toBe('{\n  "Payload": "not*base64",\n  "Name": "n"\n}');
  expect(await diagnosticsText()).toBe('No problems.');
  expect(await page.getByTestId('command-line').innerText()).toBe("aws demo-echo echo --payload 'not*base64' --name n");
  // AWS CLI v2 decodes blob text as base64 (Python's lenient decoder drops the `*`, leaving 9 characters: an open quantum).
  await page.locator('#dialect').selectOption('v2');
  await poll(diagnosticsText).toContain('AWS CLI v2: Invalid base64: "not*base64"');
  expect(new URL(page.url()).searchParams.get('dialect')).toBe('v2');
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Payload=aGk=,Name=n');
  await poll(diagnosticsText).toBe('No problems.');
});

it('saves a screenshot, and no request left the local server', async () => {
  await open(query({ shape: 'sagemaker.AutoMLChannel', shorthand: 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/}},TargetAttributeName=label,Channeltype=training' }));
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, 'playground.png') });
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
});
