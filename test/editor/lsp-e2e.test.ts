/**
 * End to end: spawn `aws-shorthand lsp --stdio`, speak JSON-RPC over its stdio as an editor
 * does, and check what it publishes and answers. Uses `dist/cli/main.js` when it is newer than
 * the sources (`npm test` builds first); otherwise bundles `src/cli/main.ts` with esbuild.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { Client, serverEntry } from './lsp-client.js';
import type { Position, PublishedDiagnostic, Range } from './lsp-client.js';

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
      ['invalid-enum', 2, 'S3Prefx'],
      ['unknown-key', 1, 'ContentTyp'],
      ['invalid-range', 1, '0'],
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
    expect(changed.map((d) => d.code)).toEqual(['unknown-key', 'invalid-range']);
  });

  it('completes inside a quoted option value, three levels deep', async () => {
    const text = SCRIPT.replace("{S3DataType=S3Prefx,S3Uri=s3://b/in}}", '{S3Dat');
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text }] });
    const diagnostics = await published(3);
    expect(diagnostics.some((d) => d.code === 'shorthand-syntax')).toBe(true);
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
