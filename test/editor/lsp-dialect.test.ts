/**
 * The language server's dialect, end to end over stdio: `aws-shorthand lsp --stdio` with
 * `initializationOptions.dialect` (or `--dialect`), and a document's `# dialect:` comment, switch
 * how blob values are diagnosed (v2: `Invalid base64` errors; v1: infos on what v2 would do).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { Client, serverEntry } from './lsp-client.js';
import type { PublishedDiagnostic, Range } from './lsp-client.js';

const SCRIPT = [
  '#!/bin/bash',
  "aws kinesis put-record --stream-name s --partition-key p --data 'hello world'",
  'aws dynamodb put-item --table-name tbl --item \'{"k": {"B": "hi!"}}\'',
  '',
].join('\n');

/** The text a (one-line) range covers. */
function covered(text: string, range: Range): string {
  return (text.split('\n')[range.start.line] as string).slice(range.start.character, range.end.character);
}

const servers: Array<{ child: ChildProcessWithoutNullStreams; client: Client }> = [];

/** A started, initialized server with `args` after `lsp --stdio` and these initialization options. */
async function server(args: string[], initializationOptions?: unknown): Promise<Client> {
  const entry = await serverEntry();
  const child = spawn(process.execPath, [entry, 'lsp', '--stdio', '--data-path', 'test/cli/fixtures/models', ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_DATA_PATH: '', AWS_SHORTHAND_DIALECT: '' },
  });
  const client = new Client(child);
  servers.push({ child, client });
  await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, ...(initializationOptions === undefined ? {} : { initializationOptions }) });
  client.notify('initialized', {});
  return client;
}

/** Open `text` as `uri` and wait for its diagnostics: [code, severity, covered text, message]. */
async function diagnosticsOf(client: Client, uri: string, text: string): Promise<Array<[string, number, string, string]>> {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
  const message = await client.notification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
  return (message.params as { diagnostics: PublishedDiagnostic[] }).diagnostics.map((d) => [d.code, d.severity, covered(text, d.range), d.message]);
}

afterAll(async () => {
  for (const { child, client } of servers) {
    if (child.exitCode !== null) continue;
    await client.request('shutdown', null);
    client.notify('exit', null);
    await new Promise((resolve) => child.once('exit', resolve));
  }
});

describe('aws-shorthand lsp: the dialect', () => {
  it('initializationOptions.dialect v2: errors with the value ranges; a # dialect: v1 comment overrides it', async () => {
    const client = await server([], { dialect: 'v2' });
    expect(await diagnosticsOf(client, 'file:///work/v2.sh', SCRIPT)).toEqual([
      ['invalid-base64', 1, 'hello world', '--data: Invalid base64: "hello world"'],
      ['invalid-base64', 1, '"hi!"', '--item: Invalid base64: "hi!"'],
    ]);
    const v1 = SCRIPT.replace('#!/bin/bash\n', '#!/bin/bash\n# dialect: v1\n');
    const infos = await diagnosticsOf(client, 'file:///work/v1.sh', v1);
    expect(infos.map(([code, severity, text]) => [code, severity, text])).toEqual([
      ['BLOB_READ_AS_BASE64_IN_V2', 3, 'hello world'],
      ['BLOB_READ_AS_BASE64_IN_V2', 3, '"hi!"'],
    ]);
    expect(infos[0]?.[3]).toBe('--data: AWS CLI v2 reads this blob as base64 and would refuse it: Invalid base64: "hello world"');
  }, 60_000);

  it('no option: v1, unless the document says # dialect: v2; --dialect v2 on the command line is the default then', async () => {
    const plain = await server([]);
    expect((await diagnosticsOf(plain, 'file:///work/a.sh', SCRIPT)).map((d) => d[0])).toEqual(['BLOB_READ_AS_BASE64_IN_V2', 'BLOB_READ_AS_BASE64_IN_V2']);
    const v2 = SCRIPT.replace('#!/bin/bash\n', '#!/bin/bash\n# dialect: v2\n');
    expect((await diagnosticsOf(plain, 'file:///work/b.sh', v2)).map((d) => d[0])).toEqual(['invalid-base64', 'invalid-base64']);
    const flagged = await server(['--dialect', 'v2']);
    expect((await diagnosticsOf(flagged, 'file:///work/c.sh', SCRIPT)).map((d) => d[0])).toEqual(['invalid-base64', 'invalid-base64']);
  }, 60_000);

  it('upgrade on under v1: each blob reported once, by the rule v2-binary-param (not also as the analysis note)', async () => {
    const client = await server([], { upgrade: true });
    const found = await diagnosticsOf(client, 'file:///work/up.sh', SCRIPT);
    const blobs = found.filter(([code]) => code === 'v2-binary-param' || code === 'BLOB_READ_AS_BASE64_IN_V2');
    expect(blobs.map(([code, severity, text]) => [code, severity, text])).toEqual([
      ['v2-binary-param', 2, "--data 'hello world'"],
      ['v2-binary-param', 2, `'{"k": {"B": "hi!"}}'`],
    ]);
    // A suppression comment names the rule; without upgrade it silences the analysis note too.
    const quiet = SCRIPT.replace("aws kinesis", '# aws-shorthand disable=v2-binary-param\naws kinesis');
    expect((await diagnosticsOf(client, 'file:///work/up-quiet.sh', quiet)).filter(([code]) => code === 'v2-binary-param').map(([, , text]) => text)).toEqual([`'{"k": {"B": "hi!"}}'`]);
    const plain = await server([]);
    expect((await diagnosticsOf(plain, 'file:///work/plain-quiet.sh', quiet)).map(([code, , text]) => [code, text])).toEqual([['BLOB_READ_AS_BASE64_IN_V2', '"hi!"']]);
  }, 60_000);

  it('refuses an unknown --dialect with the usage', async () => {
    const run = spawnSync(process.execPath, [await serverEntry(), 'lsp', '--stdio', '--dialect', 'v3'], { cwd: ROOT, encoding: 'utf8', input: '' });
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([2, 'lsp: --dialect must be one of v1, v2, not "v3"']);
  }, 60_000);
});
