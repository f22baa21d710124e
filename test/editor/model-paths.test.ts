/**
 * A document names services and shapes; the language server must look them up only inside its
 * model directories. The server runs under `strace -f -e trace=%file` (every system call taking
 * a path: open, stat, access…) while it analyses a script `aws ../../x/evil op` and a shorthand
 * file headed `# shape: ../../evil.Foo`; gzip bombs wait where those names would lead if joined
 * to the data directory. strace is required: without it the test fails rather than skips (CI
 * installs it in `.ci/run`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { removeTempTrees, tempTree } from '../helpers/temp-tree.js';
import { MAX_MODEL_BYTES } from '../../src/model/loaders/files.js';
import { Client, serverEntry } from './lsp-client.js';
import type { Message } from './lsp-client.js';

afterAll(removeTempTrees);

/** A gzip file that inflates past the model cap: blanks, then `{}` (valid JSON without the cap). */
function gzipBomb(): Buffer {
  return gzipSync(Buffer.concat([Buffer.alloc(MAX_MODEL_BYTES + 1024, 0x20), Buffer.from('{}')]), { level: 9 });
}

describe('model lookups from document text stay inside the model directories', () => {
  it('opens nothing outside them for `aws ../../x/evil op` and `# shape: ../../evil.Foo`', async () => {
    const probe = spawnSync('strace', ['-V'], { encoding: 'utf8' });
    expect(probe.error, 'strace is required for this test (apt-get install -y strace)').toBeUndefined();

    const root = tempTree({ 'a/b/data/.keep': '', 'home/.keep': '' });
    const dataDir = join(root, 'a/b/data');
    const home = join(root, 'home');
    const bomb = gzipBomb();
    // Where `join(dataDir, '../../x/evil', version, …)` and `join(dataDir, '../../evil', …)` lead.
    for (const service of [resolve(dataDir, '../../x/evil'), resolve(dataDir, '../../evil')]) {
      mkdirSync(join(service, '2020-01-01'), { recursive: true });
      writeFileSync(join(service, '2020-01-01/service-2.json.gz'), bomb);
    }
    const trace = join(root, 'strace.txt');
    const entry = await serverEntry();
    const child = spawn('strace', ['-f', '-qq', '-e', 'trace=%file', '-o', trace, process.execPath, entry, 'lsp', '--stdio', '--data-path', dataDir], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: home, AWS_DATA_PATH: '', AWS_SHORTHAND_NO_CACHE: '1' },
    });
    const client = new Client(child);
    await client.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    const documents = [
      { uri: 'file:///w/job.sh', languageId: 'shellscript', text: 'aws ../../x/evil op --x 1\naws sagemaker list-tags --resource-arn a\n' },
      { uri: 'file:///w/a.shorthand', languageId: 'plaintext', text: '# shape: ../../evil.Foo\nKey=a\n' },
    ];
    const published = documents.map((document) =>
      client.notification((m: Message) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === document.uri),
    );
    for (const document of documents) client.notify('textDocument/didOpen', { textDocument: { ...document, version: 1 } });
    const [, header] = await Promise.all(published);
    // The header's shape is unknown (the document is still checked for syntax).
    expect((header?.params as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_OPERATION']);
    await client.request('shutdown', null);
    client.notify('exit', null);
    await new Promise((done) => child.once('exit', done));

    const inModelDirs = (path: string): boolean => path === dataDir || path.startsWith(`${dataDir}/`) || path.startsWith(`${home}/`);
    const calls = readFileSync(trace, 'utf8').split('\n');
    const touched = calls.flatMap((line) => [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string)).filter((path) => path.startsWith(`${root}/`));
    // The lookup did run against the data directory (so the trace sees the server's lookups)…
    expect(touched).toContain(join(dataDir, 'sagemaker'));
    // …and never left it.
    expect(calls.filter((line) => [...line.matchAll(/"([^"]*)"/g)].some((m) => (m[1] as string).startsWith(`${root}/`) && !inModelDirs(m[1] as string)))).toEqual([]);
  }, 60_000);
});
