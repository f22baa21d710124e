/**
 * The language server on large scripts: a burst of edits costs one analysis and the answers
 * follow the latest text; `$/cancelRequest` is honoured; a request past its time budget answers
 * empty instead of waiting; document symbols cover every command of a long script, with exact
 * ranges. Not timed (the figures are in bench/editor.mjs).
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { Client, serverEntry } from './lsp-client.js';
import type { Message, Range } from './lsp-client.js';

/** A script of `count` CreateAutoMLJob commands, each with shorthand values, numbered. */
function bigScript(count: number): string {
  const lines = ['#!/bin/bash'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `aws sagemaker create-auto-ml-job --auto-ml-job-name job-${i} --input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/${i}}},TargetAttributeName=y' --output-data-config S3OutputPath=s3://b/out --role-arn arn:aws:iam::123456789012:role/R`,
    );
  }
  return `${lines.join('\n')}\n`;
}

interface LspSymbol {
  name: string;
  range: Range;
  selectionRange: Range;
  children?: LspSymbol[];
}

/** The text a single-line range covers. */
function covered(lines: readonly string[], range: Range): string {
  if (range.start.line !== range.end.line) throw new Error('multi-line range');
  return (lines[range.start.line] as string).slice(range.start.character, range.end.character);
}

async function startServer(...args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; client: Client }> {
  const child = spawn(process.execPath, [await serverEntry(), 'lsp', '--stdio', ...args], { cwd: ROOT, env: { ...process.env, AWS_DATA_PATH: '' } });
  const client = new Client(child);
  await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
  client.notify('initialized', {});
  return { child, client };
}

async function stopServer({ child, client }: { child: ChildProcessWithoutNullStreams; client: Client }): Promise<void> {
  if (child.exitCode !== null) return;
  await client.request('shutdown', null);
  client.notify('exit', null);
  await new Promise((resolve) => child.once('exit', resolve));
}

const publishedFor = (uri: string, version?: number) => (m: Message): boolean =>
  m.method === 'textDocument/publishDiagnostics' &&
  (m.params as { uri: string }).uri === uri &&
  (version === undefined || (m.params as { version?: number }).version === version);

describe('language server on large scripts (generous budget)', () => {
  let server: { child: ChildProcessWithoutNullStreams; client: Client };
  beforeAll(async () => {
    server = await startServer('--request-budget-ms', '120000');
  }, 60_000);
  afterAll(() => stopServer(server));

  it('analyses a burst of 20 edits once and answers for the last version', async () => {
    const { client } = server;
    const uri = 'file:///w/burst.sh';
    const base = bigScript(1_500);
    const line = base.split('\n').length - 1; // the empty last line, edited below
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text: base } });
    let previous = '';
    for (let edit = 1; edit <= 20; edit++) {
      const next = edit === 20 ? 'aws sagemaker create-auto-ml-job --pro' : `# edit ${edit}`;
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: edit + 1 },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: previous.length } }, text: next }],
      });
      previous = next;
    }
    // `--pro` exists only in the last version: completing it proves the answer is about that one.
    const items = await client.request<Array<{ label: string; textEdit: { range: Range; newText: string } }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: previous.length },
    });
    expect(items.map((i) => i.label)).toContain('--problem-type');
    expect(items.find((i) => i.label === '--problem-type')?.textEdit.range).toEqual({ start: { line, character: 33 }, end: { line, character: 38 } });
    await client.notification(publishedFor(uri, 21));
    // A quiet moment for any late publication to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const count = client.count(publishedFor(uri));
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThan(20);
    expect(client.count((m) => publishedFor(uri)(m) && (m.params as { version: number }).version < 21)).toBe(0);
  }, 120_000);

  it('returns a symbol for each of 10,000 commands, with exact ranges', async () => {
    const { client } = server;
    const uri = 'file:///w/symbols.sh';
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) lines.push(`aws sagemaker add-tags --resource-arn arn-${i} --tags Key=k${i},Value=v${i}`);
    const text = `${lines.join('\n')}\n`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
    const symbols = await client.request<LspSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toHaveLength(10_000);
    // One comparison of everything (60,000 separate expectations would dominate the test's time).
    const seen = symbols.map((symbol) => {
      const [arn, tags] = symbol.children ?? [];
      return [
        symbol.range.start.line,
        covered(lines, symbol.range),
        covered(lines, symbol.selectionRange),
        covered(lines, arn?.range as Range),
        covered(lines, tags?.range as Range),
        (tags?.children ?? []).map((pair) => covered(lines, pair.range)),
      ];
    });
    expect(seen).toEqual(lines.map((line, i) => [i, line, 'add-tags', `--resource-arn arn-${i}`, `--tags Key=k${i},Value=v${i}`, [`Key=k${i}`, `Value=v${i}`]]));
  }, 120_000);

  it('answers a cancelled request with RequestCancelled', async () => {
    const { client } = server;
    const uri = 'file:///w/cancel.sh';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text: bigScript(3_000) } });
    const { id, result } = client.requestWithId('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } });
    client.notify('$/cancelRequest', { id });
    await expect(result).rejects.toThrow('"code":-32800');
  }, 120_000);
});

describe('language server with a short request budget', () => {
  let server: { child: ChildProcessWithoutNullStreams; client: Client };
  beforeAll(async () => {
    server = await startServer('--request-budget-ms', '1');
  }, 60_000);
  afterAll(() => stopServer(server));

  it('answers empty while the analysis runs, and publishes diagnostics when it is done', async () => {
    const { client } = server;
    const uri = 'file:///w/budget.sh';
    const text = bigScript(3_000).replace('S3DataType=S3Prefix,S3Uri=s3://b/2999', 'S3DataType=S3Prefx,S3Uri=s3://b/2999');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
    const line = 3_000;
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 20 } });
    expect(hover).toBeNull();
    const published = await client.notification(publishedFor(uri, 1));
    const diagnostics = (published.params as { diagnostics: Array<{ code: string; range: Range }> }).diagnostics;
    expect(diagnostics.map((d) => [d.code, covered(text.split('\n'), d.range)])).toEqual([['invalid-enum', 'S3Prefx']]);
    expect(diagnostics[0]?.range.start.line).toBe(line);
    // The analysis is done; the outline of 3,000 commands outlasts a 1 ms budget and holds the
    // commands listed before it ran out, in order.
    const symbols = await client.request<LspSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.length).toBeLessThan(3_000);
    expect(symbols.map((symbol) => symbol.range.start.line)).toEqual(symbols.map((_, i) => i + 1));
  }, 120_000);
});
