/**
 * The package's entries as a user meets them: `aws-shorthand`, `aws-shorthand/editor` and
 * `aws-shorthand/awscli`, imported (ESM) and required (CommonJS) from `dist/` through
 * package.json's `exports`, their types resolved by `tsc` with node16 resolution, and the
 * toolkit's import cost: no AWS SDK, Smithy, language-server or JMESPath module, and no
 * Chevrotain until an input needs it. Each check runs in a child `node` process in a consumer
 * directory whose `node_modules/aws-shorthand` links to the repository (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

const consumer = mkdtempSync(join(tmpdir(), 'entries-test-'));
mkdirSync(join(consumer, 'node_modules'));
symlinkSync(ROOT, join(consumer, 'node_modules', 'aws-shorthand'), 'dir');

// Logs every module a process loads: ES modules through a resolve hook (which runs on its own
// thread, so it appends synchronously), CommonJS ones from `require.cache` at exit.
writeFileSync(
  join(consumer, 'hooks.mjs'),
  "import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  appendFileSync(process.env.LOAD_LOG, `${result.url}\\n`);\n  return result;\n}\n",
);
writeFileSync(
  join(consumer, 'log-modules.mjs'),
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(consumer, 'hooks.mjs')).href)});\n`,
);
writeFileSync(
  join(consumer, 'log-cjs.cjs'),
  "const { appendFileSync } = require('node:fs');\nprocess.on('exit', () => appendFileSync(process.env.LOAD_LOG, Object.keys(require.cache).map((f) => `${f}\\n`).join('')));\n",
);

let runs = 0;

/** Run `source` as a file of the consumer (`.mjs` or `.cjs`); stdout parsed as JSON, and what it loaded. */
function runConsumer(source: string, kind: 'mjs' | 'cjs'): { output: unknown; loaded: string[] } {
  const file = join(consumer, `script-${++runs}.${kind}`);
  const log = join(consumer, `loaded-${runs}.txt`);
  writeFileSync(file, source);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', join(consumer, 'log-modules.mjs'), '--require', join(consumer, 'log-cjs.cjs'), file], {
    cwd: consumer,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: consumer, LOAD_LOG: log },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const loaded = readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
  // The script itself is always logged, so an empty log would mean the logging failed.
  expect(loaded.some((line) => line.includes(`script-${runs}`))).toBe(true);
  return { output: JSON.parse(result.stdout), loaded };
}

const HEAVY = /[\\/]node_modules[\\/](@aws-sdk|@smithy|vscode-languageserver[^\\/]*|jmespath|chevrotain)[\\/]/;
const PARSER = /[\\/]dist[\\/]grammar-parser\.cjs$/;

/** What the toolkit-only script does, whichever way it is loaded. */
const TOOLKIT_WORK = `
const out = { plain: m.parse('a=b,c=[1,2]'), shaped: m.parse('MaxCandidates=5', 'sagemaker.AutoMLJobCompletionCriteria') };
out.serialized = m.serialize({ a: ['x', 'y'] }).text;
out.exports = Object.keys(m).sort();
console.log(JSON.stringify(out));
`;

describe('the toolkit entry', () => {
  for (const kind of ['mjs', 'cjs'] as const) {
    it(`(${kind}) parses, coerces and serializes without loading Chevrotain or any SDK, LSP or JMESPath module`, () => {
      const load = kind === 'mjs' ? "import * as m from 'aws-shorthand';" : "const m = require('aws-shorthand');";
      const { output, loaded } = runConsumer(`${load}\n${TOOLKIT_WORK}`, kind);
      expect(output).toMatchObject({ plain: { a: 'b', c: ['1', '2'] }, shaped: { MaxCandidates: 5 }, serialized: 'a=x,y' });
      expect(loaded.filter((line) => HEAVY.test(line) || PARSER.test(line))).toEqual([]);
      // Only what a user needs: the editor, the command line and their helpers live elsewhere.
      const names = (output as { exports: string[] }).exports;
      for (const internal of ['runCli', 'nodeFileReader', 'LineIndex', 'diagnose', 'toCommandLine', 'evaluateCommandLine']) {
        expect(names).not.toContain(internal);
      }
      expect(names).toEqual(expect.arrayContaining(['parse', 'parseDocument', 'serialize', 'coerce', 'validate', 'ShorthandError', 'bundledRegistry']));
    });

    it(`(${kind}) loads the Chevrotain parser for an error, and reports it as the AWS CLI does`, () => {
      const load = kind === 'mjs' ? "import * as m from 'aws-shorthand';" : "const m = require('aws-shorthand');";
      const script = `${load}
let caught;
try { m.parse('a=b,a=c'); } catch (error) { caught = { code: error.code, offset: error.offset, ours: error instanceof m.ShorthandError }; }
console.log(JSON.stringify({ caught, tree: m.parseDocument('A={B=1}').ast.entries[0].value.type }));
`;
      const { output, loaded } = runConsumer(script, kind);
      expect(output).toEqual({ caught: { code: 'DUPLICATE_KEY', offset: 4, ours: true }, tree: 'object' });
      expect(loaded.filter((line) => PARSER.test(line))).toHaveLength(1);
      expect(loaded.filter((line) => HEAVY.test(line))).toEqual([]);
    });
  }
});

describe('the editor and awscli entries', () => {
  const work = `
const shape = toolkit.bundledRegistry().shape('sagemaker.AutoMLChannel');
const evaluation = awscli.evaluateCommandLine(['sagemaker', 'describe-auto-ml-job', '--auto-ml-job-name', 'j'], { cwd: process.cwd(), env: { AWS_DEFAULT_REGION: 'us-east-1' } });
console.log(JSON.stringify({
  diagnosed: editor.diagnose('TargetAttributeName=y,ChannelType=trainig', shape).map((d) => d.code),
  line: new editor.LineIndex('a\\nb').positionAt(2),
  commandLine: awscli.toCommandLine('sagemaker', 'describe-auto-ml-job', { AutoMLJobName: 'j' }),
  evaluation: evaluation.kind === 'request' ? evaluation.params : evaluation,
  nodeFileReader: typeof awscli.nodeFileReader,
  dialects: awscli.DIALECTS,
  commandLineV2: awscli.toCommandLine('sagemaker', 'describe-auto-ml-job', { AutoMLJobName: 'j' }, undefined, { dialect: 'v2' }),
  coerceBlobs: typeof awscli.coerceBlobs,
}));
`;
  const expected = {
    diagnosed: ['INVALID_ENUM'],
    line: { line: 1, character: 0 },
    commandLine: 'aws sagemaker describe-auto-ml-job --auto-ml-job-name j',
    evaluation: { AutoMLJobName: 'j' },
    nodeFileReader: 'function',
    dialects: ['v1', 'v2'],
    commandLineV2: 'aws sagemaker describe-auto-ml-job --auto-ml-job-name j',
    coerceBlobs: 'function',
  };

  it('are imported as ES modules', () => {
    const script = `import * as toolkit from 'aws-shorthand';\nimport * as editor from 'aws-shorthand/editor';\nimport * as awscli from 'aws-shorthand/awscli';\n${work}`;
    expect(runConsumer(script, 'mjs').output).toEqual(expected);
  });

  it('are required as CommonJS', () => {
    const script = `const toolkit = require('aws-shorthand');\nconst editor = require('aws-shorthand/editor');\nconst awscli = require('aws-shorthand/awscli');\n${work}`;
    expect(runConsumer(script, 'cjs').output).toEqual(expected);
  });
});

describe('the entries\' types', () => {
  it('resolve through package.json exports with node16 resolution, from ESM and CommonJS', () => {
    const project = join(consumer, 'types');
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'node16',
          moduleResolution: 'node16',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          typeRoots: [join(ROOT, 'node_modules/@types')],
          types: ['node'],
        },
        include: ['*.mts', '*.cts'],
      }),
    );
    const uses = `
const value: ShorthandObject = parse('a=b');
const found: EditorDiagnostic[] = diagnose('a=b', bundledRegistry().shape('sagemaker.AutoMLChannel'));
const line: string = toCommandLine('sagemaker', 'describe-auto-ml-job', { AutoMLJobName: 'j' });
const context: EvaluateContext = { cwd: '/', env: {} };
// @ts-expect-error the toolkit entry does not export the command line tool
type Gone = typeof import('aws-shorthand').runCli;
export { value, found, line, context };
`;
    const names = `{ parse, bundledRegistry, type ShorthandObject }`;
    writeFileSync(
      join(project, 'esm.mts'),
      `import ${names} from 'aws-shorthand';\nimport { diagnose, type EditorDiagnostic } from 'aws-shorthand/editor';\nimport { toCommandLine, type EvaluateContext } from 'aws-shorthand/awscli';\n${uses}`,
    );
    writeFileSync(
      join(project, 'cjs.cts'),
      [
        "import toolkit = require('aws-shorthand');",
        "import editor = require('aws-shorthand/editor');",
        "import awscli = require('aws-shorthand/awscli');",
        'const { parse, bundledRegistry } = toolkit;',
        'const { diagnose } = editor;',
        'const { toCommandLine } = awscli;',
        'type ShorthandObject = toolkit.ShorthandObject;',
        'type EditorDiagnostic = editor.EditorDiagnostic;',
        'type EvaluateContext = awscli.EvaluateContext;',
        uses,
      ].join('\n'),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8', cwd: project });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
