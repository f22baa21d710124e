/**
 * The language server serves the lint findings of shell scripts: over stdio, as an editor
 * speaks to it, the hints arrive as diagnostics with the rule id as their code, their fixes as
 * quick fixes whose edits make the value read as meant; `upgrade` and `dialect` come as
 * initialization options.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingDiagnostic, MIGRATION_GUIDE } from '../../src/editor/lsp/server.js';
import { LineIndex } from '../../src/editor/positions.js';
import { ROOT } from '../helpers/corpus.js';
import { Client, serverEntry } from './lsp-client.js';
import type { PublishedDiagnostic, Range } from './lsp-client.js';

const URI = 'file:///work/lint.sh';
const JOB = 'aws sagemaker create-auto-ml-job --auto-ml-job-name j --role-arn arn:aws:iam::123456789012:role/R --output-data-config S3OutputPath=s3://b/o';
const SCRIPT = [
  '#!/bin/bash',
  `${JOB} \\`,
  "  --input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://b/i}},TargetAttributeName=y,z'",
  "aws sagemaker add-tags --resource-arn arn:aws:sagemaker:us-east-1:123456789012:x/y --tags '{Key=a,Value=b}'",
  '',
].join('\n');

interface Action {
  title: string;
  kind: string;
  isPreferred: boolean;
  diagnostics: PublishedDiagnostic[];
  edit: { changes: Record<string, Array<{ range: Range; newText: string }>> };
}

/** `text` after LSP edits (line/character ranges on one line each). */
function applyLspEdits(text: string, edits: ReadonlyArray<{ range: Range; newText: string }>): string {
  const lines = new LineIndex(text);
  const offsets = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }));
  let out = text;
  for (const edit of offsets.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function covered(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

describe('aws-shorthand lsp --stdio: lint findings', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: Client;

  beforeAll(async () => {
    const entry = await serverEntry();
    child = spawn(process.execPath, [entry, 'lsp', '--stdio', '--debounce-ms', '10'], { cwd: ROOT, env: { ...process.env, AWS_DATA_PATH: '' } });
    client = new Client(child);
    await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { upgrade: true, dialect: 'v1' } });
    client.notify('initialized', {});
  }, 60_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      await client.request('shutdown', null);
      client.notify('exit', null);
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  const published = async (uri: string, version: number): Promise<PublishedDiagnostic[]> => {
    const message = await client.notification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && (m.params as { version?: number }).version === version);
    return (message.params as { diagnostics: PublishedDiagnostic[] }).diagnostics;
  };

  it('publishes the hints with their rule ids, on their ranges, beside the existing diagnostics', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'shellscript', version: 1, text: SCRIPT } });
    const diagnostics = await published(URI, 1);
    const lint = diagnostics.filter((d) => d.code.startsWith('hint-')).map((d) => [d.code, d.severity, covered(SCRIPT, d.range)]);
    expect(lint).toEqual([
      ['hint-comma-list', 2, 'y,z'],
      ['hint-shorthand-as-json', 2, "{Key=a,Value=b}"],
    ]);
    // The AWS CLI's own verdict on the list stays there too.
    expect(diagnostics.find((d) => d.code === 'invalid-type')).toBeDefined();
  });

  it('offers the fixes as quick fixes: escaping the comma (preferred) or quoting', async () => {
    const at = { line: 2, character: SCRIPT.split('\n')[2]?.indexOf('y,z') ?? 0 };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const lint = actions.filter((a) => a.diagnostics[0]?.code === 'hint-comma-list');
    expect(lint.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ['Escape the comma (\\,)', 'quickfix', true],
      ['Quote the value', 'quickfix', false],
    ]);
    expect(applyLspEdits(SCRIPT, lint[0]?.edit.changes[URI] ?? [])).toBe(SCRIPT.replace('TargetAttributeName=y,z', 'TargetAttributeName=y\\,z'));
    expect(applyLspEdits(SCRIPT, lint[1]?.edit.changes[URI] ?? [])).toBe(SCRIPT.replace('TargetAttributeName=y,z', 'TargetAttributeName="y,z"'));
  });

  it('with upgrade on, publishes the v2 findings linked to the migration guide, their fixes as quick fixes', async () => {
    const uri = 'file:///work/upgrade.sh';
    const text = '#!/bin/bash\naws sagemaker list-models\n';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
    const diagnostics = await published(uri, 1);
    const pager = diagnostics.find((d) => d.code === 'v2-pager') as (PublishedDiagnostic & { codeDescription?: { href: string } }) | undefined;
    expect(pager?.codeDescription).toEqual({ href: `${MIGRATION_GUIDE}#cliv2-migration-output-pager` });
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: pager?.range, context: { diagnostics: [] } });
    const fix = actions.find((a) => a.diagnostics[0]?.code === 'v2-pager');
    expect(applyLspEdits(text, fix?.edit.changes[uri] ?? [])).toBe('#!/bin/bash\nexport AWS_PAGER=""\naws sagemaker list-models\n');
  });

  it('applies suppression comments as check does: a disabled rule is not published, the others are', async () => {
    const uri = 'file:///work/suppressed.sh';
    const text = SCRIPT.replace(`${JOB} \\`, `# aws-shorthand disable=invalid-type,hint-comma-list\n${JOB} \\`);
    expect(text).not.toBe(SCRIPT);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
    const codes = (await published(uri, 1)).map((d) => d.code);
    expect(codes).not.toContain('invalid-type');
    expect(codes).not.toContain('hint-comma-list');
    // The next command has no comment: its hint stays.
    expect(codes).toContain('hint-shorthand-as-json');
    const unsuppressed = SCRIPT.replace(`${JOB} \\`, `# aws-shorthand disable=unknown-key\n${JOB} \\`);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: unsuppressed }] });
    const again = (await published(uri, 2)).map((d) => d.code);
    expect(again).toEqual(expect.arrayContaining(['invalid-type', 'hint-comma-list']));
  });

  it('reports the core rules check has beyond the analysis (an unknown service) with their fix, each fix offered once', async () => {
    const uri = 'file:///work/typo.sh';
    const text = "aws sagemkaer list-models\naws sagemaker add-tags --resource-arn a --tags Key=a,Vlaue=b\n";
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
    const diagnostics = await published(uri, 1);
    const unknown = diagnostics.find((d) => d.code === 'unknown-service');
    expect(unknown && covered(text, unknown.range)).toBe('sagemkaer');
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown?.range, context: { diagnostics: [] } });
    const fix = actions.find((a) => a.diagnostics[0]?.code === 'unknown-service');
    expect(applyLspEdits(text, fix?.edit.changes[uri] ?? [])).toBe(text.replace('sagemkaer', 'sagemaker'));
    // The mistyped key's "did you mean" is both the document's quick fix and the core finding's: one action.
    const key = diagnostics.find((d) => d.code === 'unknown-key');
    const keyActions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: key?.range, context: { diagnostics: [] } });
    const renames = keyActions.filter((a) => applyLspEdits(text, a.edit.changes[uri] ?? []) === text.replace('Vlaue', 'Value'));
    expect(renames).toHaveLength(1);
    // It names the diagnostic as published: the rule id as the code.
    expect(renames[0]?.diagnostics[0]?.code).toBe('unknown-key');
  });

  it('applying the fix clears the hint in the next version', async () => {
    const text = SCRIPT.replace('TargetAttributeName=y,z', 'TargetAttributeName=y\\,z');
    client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
    const diagnostics = await published(URI, 2);
    expect(diagnostics.filter((d) => d.code === 'hint-comma-list' || d.code === 'invalid-type')).toEqual([]);
  });
});

describe('aws-shorthand lsp --stdio: hints in a shorthand file', () => {
  it('publishes the comma hint and its fix in a file naming its shape', async () => {
    const entry = await serverEntry();
    const child = spawn(process.execPath, [entry, 'lsp', '--stdio', '--debounce-ms', '10'], { cwd: ROOT, env: { ...process.env, AWS_DATA_PATH: '' } });
    const client = new Client(child);
    try {
      await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
      client.notify('initialized', {});
      const uri = 'file:///work/channel.shorthand';
      const text = '# shape: sagemaker.AutoMLChannel\nTargetAttributeName=y,z\n';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'aws-shorthand', version: 1, text } });
      const message = await client.notification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
      const diagnostics = (message.params as { diagnostics: PublishedDiagnostic[] }).diagnostics;
      expect(diagnostics.filter((d) => d.code === 'hint-comma-list').map((d) => covered(text, d.range))).toEqual(['y,z']);
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1, character: 21 }, end: { line: 1, character: 21 } }, context: { diagnostics: [] } });
      const fix = actions.find((a) => a.diagnostics[0]?.code === 'hint-comma-list');
      expect(applyLspEdits(text, fix?.edit.changes[uri] ?? [])).toBe('# shape: sagemaker.AutoMLChannel\nTargetAttributeName=y\\,z\n');
    } finally {
      await client.request('shutdown', null);
      client.notify('exit', null);
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 60_000);
});

describe('findingDiagnostic', () => {
  it('links an upgrade finding to its section of the migration guide, with the rule id as the code', () => {
    const text = 'aws kms encrypt --plaintext hi\n';
    const diagnostic = findingDiagnostic(
      { rule: 'v2-binary-param', severity: 'warning', message: 'm', offset: 16, length: 14, migration: 'cliv2-migration-binaryparam', command: 0 },
      new LineIndex(text),
    );
    expect(diagnostic).toEqual({
      range: { start: { line: 0, character: 16 }, end: { line: 0, character: 30 } },
      severity: 2,
      code: 'v2-binary-param',
      codeDescription: { href: `${MIGRATION_GUIDE}#cliv2-migration-binaryparam` },
      source: 'aws-shorthand',
      message: 'm',
    });
    expect(MIGRATION_GUIDE).toBe('https://docs.aws.amazon.com/cli/latest/userguide/cliv2-migration-changes.html');
  });
});
