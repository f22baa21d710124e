/**
 * End to end in Neovim: `nvim --headless` (Debian's 0.7.2 in CI) with the configuration of
 * editors/neovim starts `aws-shorthand lsp --stdio` on a shell script whose
 * `--input-data-config` is broken and on a `.shorthand` file, and the diagnostics arrive in the
 * editor (`vim.diagnostic.get()`) at the right line and column. Neovim counts columns in bytes,
 * the protocol in UTF-16 units: the lines hold non-ASCII text before the mistakes, so a client
 * or server converting wrongly shows here.
 *
 * A missing nvim skips with the reason, and fails under AWS_SHORTHAND_REQUIRE_LIVE=1 (CI).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { describeWith, reference } from '../helpers/live.js';
import { tempDir } from '../helpers/temp-tree.js';
import { serverEntry } from '../editor/lsp-client.js';

const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const NVIM = reference(probe.status === 0, `nvim is not installed or does not run (${probe.error?.message ?? probe.stderr}); apt-get install neovim`);

/** The broken option: a mistyped member of the AutoML channel (after non-ASCII text on its line). */
const SCRIPT = [
  '#!/bin/sh',
  'aws sagemaker create-auto-ml-job \\',
  '  --auto-ml-job-name churn \\',
  "  --input-data-config 'DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://bucket/données}},TargetAttribteName=churned' \\",
  '  --output-data-config S3OutputPath=s3://bucket/out \\',
  '  --role-arn arn:aws:iam::123456789012:role/SageMaker',
  '',
].join('\n');

const SHORTHAND = ['# shape: sagemaker.Tag', 'Key=équipe,Vlaue=ml', ''].join('\n');

/** A botocore data directory with one small service, to show that `data_paths` reach the server. */
const DEMO_MODEL = {
  metadata: { apiVersion: '2020-01-01', endpointPrefix: 'demo', protocol: 'json', serviceId: 'Demo', signatureVersion: 'v4' },
  operations: { PutThing: { name: 'PutThing', input: { shape: 'PutThingRequest' } } },
  shapes: {
    PutThingRequest: { type: 'structure', required: ['Thing'], members: { Thing: { shape: 'Thing' } } },
    Thing: { type: 'structure', required: ['Name'], members: { Name: { shape: 'String' } } },
    String: { type: 'string' },
  },
};
const DEMO_SCRIPT = "aws demo put-thing --thing 'Nmae=x'\n";

interface EditorDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  code: string;
  source: string;
  message: string;
}

interface E2eResult {
  error?: string;
  version: string;
  files: Array<{ file: string; filetype: string; clients: string[]; arrived: boolean; waited_ms: number; diagnostics: EditorDiagnostic[] }>;
}

/** Where `needle` is in `text`, as Neovim counts: 0-based line, byte column. */
function bytePosition(text: string, needle: string): { lnum: number; col: number } {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { lnum: before.length - 1, col: Buffer.byteLength(before[before.length - 1] as string, 'utf8') };
}

/**
 * Run Neovim headless on `files`, configured by `config`: the configuration's settings, or a
 * Lua file to run (the documentation's snippet); what it saw.
 */
function runNeovim(dir: string, config: { settings: Record<string, unknown> } | { snippet: string }, files: string[], path?: string): Promise<E2eResult> {
  return runInit<E2eResult>('neovim-e2e.lua', dir, {
    ...('snippet' in config ? { AWS_SHORTHAND_E2E_SNIPPET: config.snippet } : { AWS_SHORTHAND_E2E_SETTINGS: JSON.stringify(config.settings) }),
    AWS_SHORTHAND_E2E_FILES: JSON.stringify(files),
    ...(path === undefined ? {} : { PATH: path }),
  });
}

/** The Lua block of docs/editor.md that configures Neovim (the one calling setup()). */
function documentedSnippet(): string {
  const page = readFileSync(join(ROOT, 'docs/editor.md'), 'utf8');
  const blocks = [...page.matchAll(/^```lua\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string).filter((code) => code.includes("require('aws_shorthand').setup("));
  if (blocks.length !== 1) throw new Error(`docs/editor.md should have one Lua block calling setup(), not ${blocks.length}`);
  return blocks[0] as string;
}

/**
 * Run `nvim --headless` with the init file `init` (test/editors/fixtures) and `extra` in its
 * environment; the JSON it writes to AWS_SHORTHAND_E2E_OUT.
 */
async function runInit<T extends { error?: string }>(init: string, dir: string, extra: NodeJS.ProcessEnv): Promise<T> {
  const out = join(dir, `result-${Math.random().toString(36).slice(2)}.json`);
  const home = join(dir, 'home');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Nothing of the user's Neovim or AWS set-up: config, data, state and cache all in the temp dir.
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_STATE_HOME: join(home, '.local/state'),
    XDG_CACHE_HOME: join(home, '.cache'),
    AWS_DATA_PATH: '',
    AWS_SHORTHAND_E2E_CONFIG: join(ROOT, 'editors/neovim'),
    AWS_SHORTHAND_E2E_TIMEOUT_MS: '30000',
    AWS_SHORTHAND_E2E_OUT: out,
    ...extra,
  };
  const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(ROOT, 'test/editors/fixtures', init)], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  // The init file has its own 30 s wait per file; this bound catches a Neovim that hangs anyway.
  const killer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(killer);
  if (!existsSync(out)) throw new Error(`nvim exited (${status}) without writing its result:\n${output}\n${lspLog(home)}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as T;
  if (status !== 0 || result.error !== undefined) throw new Error(`nvim exited ${status}: ${JSON.stringify(result)}\n${output}\n${lspLog(home)}`);
  return result;
}

/** Neovim's LSP log, for a failure's message. */
function lspLog(home: string): string {
  for (const path of [join(home, '.cache/nvim/lsp.log'), join(home, '.local/state/nvim/lsp.log')]) {
    if (existsSync(path)) return readFileSync(path, 'utf8').slice(-4000);
  }
  return '(no lsp.log)';
}

describeWith(NVIM, 'Neovim with editors/neovim and aws-shorthand lsp', () => {
  let result: E2eResult;
  let demo: E2eResult;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('aws-shorthand-nvim-');
    writeFileSync(join(dir, 'train.sh'), SCRIPT);
    writeFileSync(join(dir, 'tags.shorthand'), SHORTHAND);
    writeFileSync(join(dir, 'demo.sh'), DEMO_SCRIPT);
    const data = join(dir, 'models');
    mkdirSync(join(data, 'demo/2020-01-01'), { recursive: true });
    writeFileSync(join(data, 'demo/2020-01-01/service-2.json'), JSON.stringify(DEMO_MODEL));
    const entry = await serverEntry();
    // The documented snippet runs as written: its default command, `aws-shorthand`, is on the PATH.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'aws-shorthand'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(entry)} "$@"\n`, { mode: 0o755 });
    writeFileSync(join(dir, 'snippet.lua'), documentedSnippet());
    [result, demo] = await Promise.all([
      runNeovim(dir, { snippet: join(dir, 'snippet.lua') }, ['train.sh', 'tags.shorthand'], `${bin}:${process.env['PATH'] ?? ''}`),
      runNeovim(dir, { settings: { cmd: [process.execPath, entry, 'lsp', '--stdio'], data_paths: [data], upgrade: true } }, ['demo.sh']),
    ]);
  }, 120_000);

  describe('a shell script with a broken --input-data-config (Neovim configured by the snippet of docs/editor.md)', () => {
    it('attaches the server to the sh buffer', () => {
      expect(result.files[0]).toMatchObject({ file: 'train.sh', filetype: 'sh', clients: ['aws-shorthand'], arrived: true });
      // Neovim's version and how long the diagnostics took, for the record of a CI run.
      console.info(`nvim ${result.version}: diagnostics ${result.files.map((f) => `${f.file} ${f.waited_ms} ms`).join(', ')} after :edit`);
    });

    it('shows the mistyped key where it is, with the members it could be', () => {
      const { lnum, col } = bytePosition(SCRIPT, 'TargetAttribteName');
      const unknown = result.files[0]?.diagnostics.find((d) => d.code === 'unknown-key');
      expect(unknown).toMatchObject({ lnum, col, end_lnum: lnum, end_col: col + 'TargetAttribteName'.length, severity: 1, source: 'aws-shorthand' });
      expect(unknown?.message).toBe(
        '--input-data-config: Unknown parameter in InputDataConfig[0]: "TargetAttribteName", must be one of: DataSource, CompressionType, TargetAttributeName, ContentType, ChannelType, SampleWeightAttributeName',
      );
    });

    it('shows the missing required member over the whole value, inside its quotes', () => {
      const start = bytePosition(SCRIPT, 'DataSource=');
      const end = bytePosition(SCRIPT, "churned'");
      const missing = result.files[0]?.diagnostics.find((d) => d.code === 'missing-required-key');
      expect(missing).toMatchObject({ lnum: start.lnum, col: start.col, end_lnum: end.lnum, end_col: end.col + 'churned'.length, severity: 1 });
      expect(missing?.message).toBe('--input-data-config: Missing required parameter in InputDataConfig[0]: "TargetAttributeName"');
      expect(result.files[0]?.diagnostics.map((d) => d.code).sort()).toEqual(['missing-required-key', 'unknown-key']);
    });
  });

  describe('a .shorthand file', () => {
    it('gets the awsshorthand filetype and the diagnostics of its shape', () => {
      const file = result.files[1];
      expect(file).toMatchObject({ file: 'tags.shorthand', filetype: 'awsshorthand', clients: ['aws-shorthand'], arrived: true });
      const { lnum, col } = bytePosition(SHORTHAND, 'Vlaue');
      expect(file?.diagnostics.find((d) => d.code === 'UNKNOWN_KEY')).toMatchObject({ lnum, col, end_col: col + 'Vlaue'.length });
    });
  });

  describe('data_paths', () => {
    it('reach the server: a service found only in the data directory is checked', () => {
      const { lnum, col } = bytePosition(DEMO_SCRIPT, 'Nmae');
      const codes = demo.files[0]?.diagnostics.map((d) => [d.code, d.lnum, d.col]);
      expect(codes).toContainEqual(['unknown-key', lnum, col]);
    });

    it('upgrade = true reaches the server: the v2 findings are published (and not without it)', () => {
      expect(demo.files[0]?.diagnostics.map((d) => d.code)).toContain('v2-pager');
      expect(result.files[0]?.diagnostics.map((d) => d.code)).not.toContain('v2-pager');
    });
  });

  describe('the branches of newer Neovims (run on this one with has() answering as they would)', () => {
    const settings = { cmd: ['aws-shorthand', 'lsp', '--stdio'], data_paths: ['/opt/botocore/data'], dialect: 'v2', upgrade: true };
    const server = {
      cmd: ['aws-shorthand', 'lsp', '--stdio', '--data-path', '/opt/botocore/data'],
      cmd_env: { AWS_SHORTHAND_DIALECT: 'v2' },
      init_options: { dataPaths: ['/opt/botocore/data'], dialect: 'v2', upgrade: true },
    };
    interface Branches {
      error?: string;
      v0_11: unknown[];
      v0_10: Array<{ config: Record<string, unknown>; bufnr: boolean }>;
    }
    let branches: Branches;

    beforeAll(async () => {
      mkdirSync(join(dir, 'project/.git'), { recursive: true });
      writeFileSync(join(dir, 'project/job.sh'), SCRIPT);
      branches = await runInit<Branches>('neovim-branches.lua', dir, { AWS_SHORTHAND_E2E_SETTINGS: JSON.stringify(settings), AWS_SHORTHAND_E2E_SCRIPT: join(dir, 'project/job.sh') });
    }, 60_000);

    it('0.11+: vim.lsp.config with filetypes and root markers, then vim.lsp.enable', () => {
      expect(branches.v0_11).toEqual([
        ['config', 'aws_shorthand', { ...server, filetypes: ['sh', 'bash', 'awsshorthand'], root_markers: ['.git'] }],
        ['enable', 'aws_shorthand'],
      ]);
    });

    it('0.8 to 0.10: vim.lsp.start for the buffer from the FileType autocommand, rooted at .git', () => {
      expect(branches.v0_10).toEqual([{ config: { ...server, name: 'aws-shorthand', root_dir: join(dir, 'project') }, bufnr: true }]);
    });
  });
});
