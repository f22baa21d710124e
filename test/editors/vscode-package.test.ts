/**
 * The .vsix is built (`editors/vscode/package.mjs`, after `npm run build`), is a zip archive
 * holding the manifest, the grammar, the bundled extension and the language server, and the
 * server in it runs alone: unpacked away from the repository (no node_modules to lean on), it
 * answers an editor with the diagnostics of a broken value. The extension itself, activated
 * against a stand-in of the `vscode` API (fixtures/vscode-stand-in.cjs; no VS Code runs here),
 * starts that server through its bundled language client with the settings, and the client
 * hands the server's diagnostics to the editor.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-tree.js';
import { Client } from '../editor/lsp-client.js';
import type { PublishedDiagnostic } from '../editor/lsp-client.js';
import { readZip } from './zip.js';
import type { ZipEntry } from './zip.js';

const PACKAGER = join(ROOT, 'editors/vscode/package.mjs');

let entries: ZipEntry[];
let unpacked: string;

/** The entry named `name` (paths inside a .vsix start with `extension/` for the extension's files). */
function entry(name: string): ZipEntry {
  const found = entries.find((e) => e.name === name);
  if (found === undefined) throw new Error(`${name} is not in the .vsix (it holds ${entries.map((e) => e.name).join(', ')})`);
  return found;
}

beforeAll(() => {
  const dir = tempDir('aws-shorthand-vsix-');
  const vsix = join(dir, 'aws-shorthand.vsix');
  // The package's dist/ must be built (npm test and .ci/run build before the tests run).
  const run = spawnSync(process.execPath, [PACKAGER, '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`packaging failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  entries = readZip(readFileSync(vsix));
  unpacked = join(dir, 'unpacked');
  for (const { name, data } of entries) {
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), data);
  }
}, 180_000);

describe('the .vsix', () => {
  it('holds the manifest, the grammar, the language configuration, the extension and the server', () => {
    const names = new Set(entries.map((e) => e.name));
    for (const name of [
      'extension.vsixmanifest',
      '[Content_Types].xml',
      'extension/package.json',
      'extension/syntaxes/shorthand.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/dist/extension.js',
      'extension/server/dist/cli/main.js',
      'extension/server/dist/cli/lsp.cjs',
      'extension/server/dist/grammar-parser.cjs',
      'extension/server/models/sagemaker.json.gz',
    ]) {
      expect(names, name).toContain(name);
    }
    // Nothing of the sources or of node_modules goes in.
    expect([...names].filter((name) => /node_modules|\.ts$|\.map$/.test(name))).toEqual([]);
  });

  it('carries the manifest as written, and the files it names', () => {
    const packed = JSON.parse(entry('extension/package.json').data.toString('utf8')) as { main: string; contributes: { grammars: Array<{ path: string }> } };
    const written = JSON.parse(readFileSync(join(ROOT, 'editors/vscode/package.json'), 'utf8')) as object;
    expect(packed).toMatchObject(written);
    expect(entry(`extension/${packed.main.replace(/^\.\//, '')}`).data.length).toBeGreaterThan(0);
    expect(entry('extension/syntaxes/shorthand.tmLanguage.json').data.equals(readFileSync(join(ROOT, 'editors/vscode/syntaxes/shorthand.tmLanguage.json')))).toBe(true);
    expect(entry('extension.vsixmanifest').data.toString('utf8')).toMatch(/<Identity Language="en-US" Id="aws-shorthand" Version="\d+\.\d+\.\d+" Publisher="aws-shorthand"/);
  });

  it('bundles the language client: the extension requires only vscode and Node built-ins', () => {
    const code = entry('extension/dist/extension.js').data.toString('utf8');
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string));
    expect(required).toContain('vscode');
    expect([...required].filter((name) => name !== 'vscode' && !builtinModules.includes(name.replace(/^node:/, '')))).toEqual([]);
  });

  it('activates: the bundled client forks the packaged server with the settings and delivers its diagnostics', () => {
    const settings = { 'awsShorthand.dialect': 'v2', 'awsShorthand.upgrade': true, 'awsShorthand.dataPaths': [join(unpacked, 'no-models-here')] };
    const script = "aws sagemaker add-tags --resource-arn arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep --tags 'Key=team,Vlaue=ml'\n";
    const run = spawnSync(process.execPath, [join(ROOT, 'test/editors/fixtures/vscode-stand-in.cjs'), join(unpacked, 'extension'), JSON.stringify(settings), script], {
      cwd: unpacked,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, AWS_DATA_PATH: '', HOME: unpacked },
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      started: Array<{ module: string; args: string[]; dialect: string }>;
      diagnostics: Array<{ uri: string; diagnostics: Array<{ code: string; range: { start: { line: number; character: number } } }> }>;
      error?: string;
    };
    expect(result.error).toBeUndefined();
    expect(result.started).toEqual([
      {
        module: join(unpacked, 'extension/server/dist/cli/main.js'),
        args: ['lsp', '--data-path', join(unpacked, 'no-models-here'), '--stdio', expect.stringMatching(/^--clientProcessId=\d+$/)],
        dialect: 'v2',
      },
    ]);
    const published = result.diagnostics.find((d) => d.diagnostics.length > 0);
    expect(published?.uri).toBe('file:///work/job.sh');
    // The client turns a code with a description link into { value, target }: the rule id is the value.
    const codeOf = (code: unknown): string => (typeof code === 'object' && code !== null ? String((code as { value: unknown }).value) : String(code));
    const codes = published?.diagnostics.map((d) => codeOf(d.code)) ?? [];
    expect(codes.filter((code) => !code.startsWith('v2-'))).toEqual(['missing-required-key', 'unknown-key']);
    // awsShorthand.upgrade reached the server as the `upgrade` initialization option.
    expect(codes).toContain('v2-pager');
    expect(published?.diagnostics.find((d) => codeOf(d.code) === 'unknown-key')?.range.start).toEqual({ line: 0, character: script.indexOf('Vlaue') });
  });

  describe('its language server, run from the unpacked .vsix', () => {
    let child: ChildProcessWithoutNullStreams;
    let client: Client;
    const uri = 'file:///work/tags.sh';

    beforeAll(async () => {
      // Away from the repository, with no NODE_PATH: only what the .vsix holds can be loaded.
      const env: NodeJS.ProcessEnv = { ...process.env, AWS_DATA_PATH: '', HOME: unpacked };
      delete env['NODE_PATH'];
      child = spawn(process.execPath, [join(unpacked, 'extension/server/dist/cli/main.js'), 'lsp', '--stdio'], { cwd: unpacked, env });
      client = new Client(child);
      await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { dataPaths: [], dialect: 'v1' } });
      client.notify('initialized', {});
    }, 60_000);

    afterAll(async () => {
      if (child.exitCode !== null) return;
      await client.request('shutdown', null);
      client.notify('exit', null);
      await new Promise((resolve) => child.once('exit', resolve));
    });

    it('publishes the diagnostics of a mistyped key and of a syntax error (the parser file loads)', async () => {
      const text = "aws sagemaker add-tags --resource-arn arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep --tags 'Key=team,Vlaue=ml'\naws sagemaker add-tags --resource-arn x --tags 'Key={'\n";
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'shellscript', version: 1, text } });
      const message = await client.notification((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
      const diagnostics = (message.params as { diagnostics: PublishedDiagnostic[] }).diagnostics;
      const unknown = diagnostics.find((d) => d.code === 'unknown-key');
      const column = text.indexOf('Vlaue');
      expect(unknown?.range).toEqual({ start: { line: 0, character: column }, end: { line: 0, character: column + 'Vlaue'.length } });
      expect(unknown?.message).toContain('"Vlaue", must be one of: Key, Value');
      expect(diagnostics.filter((d) => d.code === 'shorthand-syntax').map((d) => d.range.start.line)).toContain(1);
    });
  });
});
