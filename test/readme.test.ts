/**
 * README and docs/*.md examples are tests: every ```ts block runs (lines `expr; // value` assert
 * their value) and type-checks, every `$ aws-shorthand …` line in a ```sh block prints what the
 * page shows, and every relative link leads to a file and heading that exist. One describe per
 * page; tests are named by page and line (`docs/library.md:12`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as pkg from '../src/index.js';
import { ROOT } from './helpers/corpus.js';

/** The pages whose examples run: the README, then docs/*.md in name order (paths from ROOT). */
const PAGES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];

interface Block {
  readonly lang: string;
  readonly code: string;
  /** The line of the opening fence, 1-based. */
  readonly line: number;
}

/** The fenced blocks of a page (fences at the start of a line; indented ones are prose). */
function blocksOf(text: string): Block[] {
  return [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] as string,
    code: m[2] as string,
    line: text.slice(0, m.index).split('\n').length,
  }));
}

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

for (const page of PAGES) {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const blocks = blocksOf(text);

  describe(page, () => {
    const tsBlocks = blocks.filter((b) => b.lang === 'ts');
    if (tsBlocks.length > 0) {
      it.each(tsBlocks.map((b) => [`${page}:${b.line}`, b] as const))('ts block at %s runs and its values hold', async (_where, block) => {
        const checks = await runTs(block.code);
        // A block that states values must have had them checked (guards the instrumentation).
        if (/;\s*\/\/\s*[{['"\d]/.test(block.code)) expect(checks.length).toBeGreaterThan(0);
        for (const check of checks) {
          if (check.expected !== null && typeof check.expected === 'object') expect(check.actual).toMatchObject(check.expected as object);
          else expect(check.actual).toEqual(check.expected);
        }
      });

      it(`every ts block of ${page} type-checks against the sources, as a user with \`strict\` would compile it`, () => {
        const errors = typeErrors(page, tsBlocks);
        expect(errors).toEqual([]);
        // The SDK client's declarations are large: ~30 s on a busy machine.
      }, 180_000);
    }

    const commands = blocks
      .filter((b) => b.lang === 'sh')
      .flatMap((b) => {
        const out: Array<{ command: string; expected: string; line: number }> = [];
        const lines = b.code.split('\n');
        lines.forEach((line, i) => {
          if (!line.startsWith('$ ') || !line.includes('aws-shorthand')) return;
          const rest = lines.slice(i + 1);
          const end = rest.findIndex((l) => l.startsWith('$ '));
          out.push({ command: line.slice(2), expected: (end === -1 ? rest : rest.slice(0, end)).join('\n').trimEnd(), line: b.line + i + 1 });
        });
        return out;
      });

    if (commands.length > 0) {
      it.each(commands.map((c) => [`${page}:${c.line}`, c] as const))('shell example at %s prints what the page shows', (_where, example) => {
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
    }

    it(`every relative link of ${page} leads to a file, and its #fragment to a heading there`, () => {
      expect(brokenLinks(page, text)).toEqual([]);
    });
  });
}

/**
 * The relative links of `text` (the page at `page`) that lead nowhere: `path` missing, or
 * `#fragment` naming no heading of the target page (fragments as GitHub derives them).
 */
function brokenLinks(page: string, text: string): string[] {
  const prose = text.replace(/^```[\s\S]*?^```$/gm, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].flatMap((m) => {
    const target = m[1] as string;
    if (/^[a-z]+:/.test(target)) return []; // http:, https:, mailto:
    const [path = '', fragment] = target.split('#');
    const file = path === '' ? page : normalize(join(dirname(page), path));
    if (!existsSync(join(ROOT, file))) return [`${page}: ${target}: no file ${file}`];
    if (fragment === undefined || !file.endsWith('.md')) return [];
    return headingSlugs(readFileSync(join(ROOT, file), 'utf8')).has(fragment) ? [] : [`${page}: ${target}: no heading #${fragment} in ${file}`];
  });
}

/** The fragments GitHub gives a page's headings: lower case, punctuation dropped, spaces to `-`, repeats numbered. */
function headingSlugs(text: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of text.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = (m[1] as string).toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count === 0 ? base : `${base}-${count}`);
  }
  return slugs;
}

/**
 * The TypeScript errors of `page`'s `tsBlocks`, each compiled as its own module (with the
 * imports the runner adds) and `aws-shorthand` mapped to src/index.ts; messages name the line.
 */
function typeErrors(page: string, tsBlocks: readonly Block[]): string[] {
  // Inside the repository, so `@aws-sdk/…` imports resolve from node_modules.
  mkdirSync(join(ROOT, 'node_modules/.readme-tests'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.readme-tests/types-'));
  try {
    return blockErrors(page, tsBlocks, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function blockErrors(page: string, tsBlocks: readonly Block[], dir: string): string[] {
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
    // The block's first line is the page's line after the fence.
    return [`${page}:${entry.line + 1 + line - entry.shift}: TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`];
  });
}
