/**
 * End to end: spawn `aws-shorthand lsp --stdio`, speak JSON-RPC over its stdio as an editor
 * does, and check what it publishes and answers. Uses `dist/cli/main.js` when it is newer than
 * the sources (`npm test` builds first); otherwise bundles `src/cli/main.ts` with esbuild.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

interface Position {
  line: number;
  character: number;
}

interface Range {
  start: Position;
  end: Position;
}

interface PublishedDiagnostic {
  range: Range;
  severity: number;
  code: string;
  message: string;
}

/** A minimal LSP client over a child process's stdio. */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly notifications: Message[] = [];
  private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result as T)));
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification (already received or to come) that `test` accepts, consumed. */
  notification(test: (m: Message) => boolean): Promise<Message> {
    const index = this.notifications.findIndex(test);
    if (index !== -1) return Promise.resolve(this.notifications.splice(index, 1)[0] as Message);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.id !== undefined && message.method !== undefined) {
      // A server-to-client request (e.g. workDoneProgress/create): accept it.
      this.send({ jsonrpc: '2.0', id: message.id, result: null });
      return;
    }
    const waiter = this.waiters.findIndex((w) => w.test(message));
    if (waiter !== -1) this.waiters.splice(waiter, 1)[0]?.resolve(message);
    else this.notifications.push(message);
  }
}

/** The newest modification time under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The CLI to spawn: the built one when fresh, else an esbuild bundle of the sources. */
async function serverEntry(): Promise<string> {
  const built = join(ROOT, 'dist/cli/main.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(ROOT, 'src'))) {
    const probe = spawnSync(process.execPath, [built, 'lsp', '--help'], { encoding: 'utf8' });
    if (probe.status === 0) return built;
  }
  // Inside the package (under node_modules) so the bundled models are found from the bundle.
  const outDir = join(ROOT, 'node_modules/.cache/aws-shorthand-lsp-e2e');
  mkdirSync(outDir, { recursive: true });
  const { build } = await import('esbuild');
  const outfile = join(outDir, 'main.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    packages: 'external',
  });
  return outfile;
}

const URI = 'file:///work/job.sh';
const SCRIPT = [
  '#!/bin/bash',
  'aws sagemaker create-auto-ml-job \\',
  '  --auto-ml-job-name "demo-😀" \\',
  "  --input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefx,S3Uri=s3://b/in}},TargetAttributeName=\"😀\",ContentTyp=text/csv' \\",
  '  --output-data-config S3OutputPath=s3://b/out \\',
  "  --auto-ml-job-config 'CompletionCriteria={MaxCandidates=0}' \\",
  '  --role-arn arn:aws:iam::123456789012:role/R',
  '',
].join('\n');

/** The position of the `n`th occurrence of `needle` (plus `delta` code units) in `text`. */
function positionOf(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle) + delta;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] as string).length };
}

/** The text a range covers. */
function covered(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line !== range.end.line) throw new Error('multi-line range');
  return (lines[range.start.line] as string).slice(range.start.character, range.end.character);
}

describe('aws-shorthand lsp --stdio', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: Client;

  beforeAll(async () => {
    const entry = await serverEntry();
    child = spawn(process.execPath, [entry, 'lsp', '--stdio'], { cwd: ROOT, env: { ...process.env, AWS_DATA_PATH: '' } });
    client = new Client(child);
    const init = await client.request<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
    });
    expect(init.serverInfo.name).toBe('aws-shorthand');
    expect(init.capabilities).toMatchObject({ hoverProvider: true, documentFormattingProvider: true, foldingRangeProvider: true });
    client.notify('initialized', {});
  }, 60_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      await client.request('shutdown', null);
      client.notify('exit', null);
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  const published = async (version: number): Promise<PublishedDiagnostic[]> => {
    const message = await client.notification(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === URI && (m.params as { version?: number }).version === version,
    );
    return (message.params as { diagnostics: PublishedDiagnostic[] }).diagnostics;
  };

  it('publishes diagnostics with exact ranges on open and after a change', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'shellscript', version: 1, text: SCRIPT } });
    const opened = await published(1);
    expect(opened.map((d) => [d.code, d.severity, covered(SCRIPT, d.range)])).toEqual([
      ['INVALID_ENUM', 2, 'S3Prefx'],
      ['UNKNOWN_KEY', 1, 'ContentTyp'],
      ['INVALID_RANGE', 1, '0'],
    ]);
    const enumRange = opened[0]?.range;
    expect(enumRange?.start).toEqual(positionOf(SCRIPT, 'S3Prefx'));
    // Characters count UTF-16 code units: 😀 before the unknown key counts 2.
    const unknown = opened[1]?.range.start;
    expect(unknown?.character).toBe((SCRIPT.split('\n')[3] as string).indexOf('ContentTyp'));

    // Fix the enum and break a bracket: the server answers for the new version.
    const start = positionOf(SCRIPT, 'S3Prefx');
    client.notify('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start, end: { line: start.line, character: start.character + 7 } }, text: 'S3Prefix' }],
    });
    const changed = await published(2);
    expect(changed.map((d) => d.code)).toEqual(['UNKNOWN_KEY', 'INVALID_RANGE']);
  });

  it('completes inside a quoted option value, three levels deep', async () => {
    const text = SCRIPT.replace("{S3DataType=S3Prefx,S3Uri=s3://b/in}}", '{S3Dat');
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text }] });
    const diagnostics = await published(3);
    expect(diagnostics.some((d) => d.code === 'SYNTAX')).toBe(true);
    const position = positionOf(text, '{S3Dat,', 6);
    const items = await client.request<Array<{ label: string; textEdit: { range: Range; newText: string }; insertTextFormat: number }>>(
      'textDocument/completion',
      { textDocument: { uri: URI }, position },
    );
    expect(items.map((i) => i.label).sort()).toEqual(['S3DataType', 'S3Uri']);
    const item = items.find((i) => i.label === 'S3DataType');
    expect(item?.textEdit).toEqual({
      range: { start: positionOf(text, '{S3Dat,', 1), end: position },
      newText: 'S3DataType=${1|ManifestFile,S3Prefix,AugmentedManifestFile|}',
    });
    expect(item?.insertTextFormat).toBe(2);
  });

  it('completes option names', async () => {
    const text = `${SCRIPT}aws sagemaker create-auto-ml-job --pro`;
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 4 }, contentChanges: [{ text }] });
    await published(4);
    const items = await client.request<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line: text.split('\n').length - 1, character: 39 },
    });
    expect(items.map((i) => i.label)).toContain('--problem-type');
  });

  it('hovers inside an option value with the member path, type and requiredness', async () => {
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 5 }, contentChanges: [{ text: SCRIPT }] });
    await published(5);
    const found = await client.request<{ contents: { kind: string; value: string }; range: Range }>('textDocument/hover', {
      textDocument: { uri: URI },
      position: positionOf(SCRIPT, 'S3DataType', 3),
    });
    expect(found.contents.kind).toBe('markdown');
    expect(found.contents.value.split('\n')[0]).toBe('`--input-data-config` › **InputDataConfig[0].DataSource.S3DataSource.S3DataType** · `enum` · required');
    expect(covered(SCRIPT, found.range)).toBe('S3DataType');
  });

  it('offers a quick fix for a mistyped key', async () => {
    const at = positionOf(SCRIPT, 'ContentTyp=', 2);
    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ range: Range; newText: string }>> } }>>(
      'textDocument/codeAction',
      { textDocument: { uri: URI }, range: { start: at, end: at }, context: { diagnostics: [] } },
    );
    const fix = actions.find((a) => a.title === "Change to 'ContentType'");
    const start = positionOf(SCRIPT, 'ContentTyp=');
    expect(fix?.edit.changes[URI]).toEqual([{ range: { start, end: { line: start.line, character: start.character + 10 } }, newText: 'ContentType' }]);
  });

  it('serves a standalone shorthand file naming its shape', async () => {
    const uri = 'file:///work/channel.shorthand';
    const text = '# shape: sagemaker.AutoMLChannel\nTargetAttributeName=y,ChannelType=trainin\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const message = await client.notification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    const diagnostics = (message.params as { diagnostics: PublishedDiagnostic[] }).diagnostics;
    expect(diagnostics.map((d) => [d.code, covered(text, d.range)])).toEqual([['INVALID_ENUM', 'trainin']]);
  });
});
