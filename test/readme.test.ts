/**
 * README examples are tests: every ```ts block runs (lines `expr; // value` assert their value)
 * and every `$ aws-shorthand …` line in a ```sh block prints what the README shows.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as pkg from '../src/index.js';
import { ROOT } from './helpers/corpus.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...README.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1] as string,
  code: m[2] as string,
  line: README.slice(0, m.index).split('\n').length,
}));

/** Turn `expr; // value` lines into checks; other lines run as written. */
function instrument(code: string): string {
  return code
    .split('\n')
    .map((line, i) => {
      const m = /^(\s*)([^/].*?);\s*\/\/\s*(.+?)\s*$/.exec(line);
      if (!m || /^(const|let|import|export)\b/.test(m[2] as string) || !balanced(m[2] as string)) return line;
      return `${m[1]}__check(() => (${m[2]}), ${JSON.stringify(m[3])}, ${i + 1});`;
    })
    .join('\n');
}

/** True when the brackets of `code` pair up (a whole expression, not the tail of a call). */
function balanced(code: string): boolean {
  let depth = 0;
  for (const c of code.replace(/'(?:\\.|[^'])*'|"(?:\\.|[^"])*"/g, '')) {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * An import of the package's exports that a block uses without importing (blocks after the
 * first leave out the imports the reader has already seen).
 */
function prelude(code: string): string {
  const imported = new Set([...code.matchAll(/import\s*{([^}]*)}\s*from\s*'aws-shorthand'/g)].flatMap((m) => (m[1] as string).split(',').map((s) => s.trim())));
  const needed = Object.keys(pkg).filter((name) => !imported.has(name) && new RegExp(`\\b${name}\\b`).test(code));
  return needed.length > 0 ? `import { ${needed.join(', ')} } from 'aws-shorthand';\n` : '';
}

async function runTs(code: string): Promise<Array<{ line: number; actual: unknown; expected: unknown }>> {
  const source = `${prelude(code)}${instrument(code)}`;
  const result = await build({
    stdin: { contents: source, loader: 'ts', resolveDir: ROOT },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    alias: {
      'aws-shorthand/editor': join(ROOT, 'src/editor/index.ts'),
      'aws-shorthand/awscli': join(ROOT, 'src/entries/awscli.ts'),
      'aws-shorthand': join(ROOT, 'src/index.ts'),
    },
    packages: 'external',
    logLevel: 'silent',
  });
  // Inside the repository, so the external packages resolve from node_modules.
  mkdirSync(join(ROOT, 'node_modules/.readme-tests'), { recursive: true });
  const file = join(mkdtempSync(join(ROOT, 'node_modules/.readme-tests/block-')), 'block.mjs');
  writeFileSync(file, result.outputFiles[0]!.text);
  const checks: Array<{ line: number; actual: unknown; expected: unknown }> = [];
  (globalThis as Record<string, unknown>).__check = (actual: () => unknown, expected: string, line: number) => {
    let value: unknown;
    try {
      value = new Function(`return (${expected});`)();
    } catch {
      return actual(); // the comment is prose, not a value
    }
    checks.push({ line, actual: actual(), expected: value });
  };
  await import(pathToFileURL(file).href);
  return checks;
}

describe('README', () => {
  const tsBlocks = blocks.filter((b) => b.lang === 'ts');
  it.each(tsBlocks.map((b) => [b.line, b] as const))('ts block at line %i runs and its values hold', async (_line, block) => {
    const checks = await runTs(block.code);
    // A block that states values must have had them checked (guards the instrumentation).
    if (/;\s*\/\/\s*[{['"\d]/.test(block.code)) expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      if (check.expected !== null && typeof check.expected === 'object') expect(check.actual).toMatchObject(check.expected as object);
      else expect(check.actual).toEqual(check.expected);
    }
  });

  it('every ts block type-checks against the sources, as a user with `strict` would compile it', () => {
    const errors = typeErrors(tsBlocks);
    expect(errors).toEqual([]);
    // The SDK client's declarations are large: ~30 s on a busy machine.
  }, 180_000);

  const commands = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => {
      const out: Array<{ command: string; expected: string; line: number }> = [];
      const lines = b.code.split('\n');
      lines.forEach((text, i) => {
        if (!text.startsWith('$ ') || !text.includes('aws-shorthand')) return;
        const rest = lines.slice(i + 1);
        const end = rest.findIndex((l) => l.startsWith('$ '));
        out.push({ command: text.slice(2), expected: (end === -1 ? rest : rest.slice(0, end)).join('\n').trimEnd(), line: b.line + i + 1 });
      });
      return out;
    });

  it.each(commands.map((c) => [c.line, c] as const))('shell example at line %i prints what the README shows', (_line, example) => {
    const bin = mkdtempSync(join(tmpdir(), 'readme-bin-'));
    writeFileSync(join(bin, 'aws-shorthand'), `#!/bin/sh\nexec node ${JSON.stringify(join(ROOT, 'dist/cli/main.js'))} "$@"\n`);
    chmodSync(join(bin, 'aws-shorthand'), 0o755);
    const output = execFileSync('bash', ['-c', `{ ${example.command}
} 2>&1; true`], {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(output.trimEnd()).toBe(example.expected);
  });
});

/**
 * The TypeScript errors of `blocks`, each compiled as its own module (with the imports the
 * runner adds) and `aws-shorthand` mapped to src/index.ts; messages name the README line.
 */
function typeErrors(tsBlocks: ReadonlyArray<{ code: string; line: number }>): string[] {
  // Inside the repository, so `@aws-sdk/…` imports resolve from node_modules.
  mkdirSync(join(ROOT, 'node_modules/.readme-tests'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.readme-tests/types-'));
  try {
    return blockErrors(tsBlocks, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function blockErrors(tsBlocks: ReadonlyArray<{ code: string; line: number }>, dir: string): string[] {
  const files = tsBlocks.map((block) => {
    const file = join(dir, `block-${block.line}.ts`);
    const header = prelude(block.code);
    writeFileSync(file, `${header}${block.code}\nexport {};\n`);
    return { file, line: block.line, shift: header === '' ? 0 : 1 };
  });
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    baseUrl: ROOT,
    paths: { 'aws-shorthand': ['src/index.ts'] },
  };
  const program = ts.createProgram(files.map((f) => f.file), options);
  return ts.getPreEmitDiagnostics(program).flatMap((diagnostic) => {
    const entry = files.find((f) => f.file === diagnostic.file?.fileName);
    // Only the blocks' own errors (the sources are type-checked by `tsc` itself).
    if (entry === undefined || diagnostic.file === undefined) return [];
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    // The block's first line is the README line after the fence.
    return [`README.md:${entry.line + 1 + line - entry.shift}: TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`];
  });
}
