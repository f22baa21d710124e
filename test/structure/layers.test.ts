/**
 * The layers of STRUCTURE.md, checked on every import under src/: grammar → model → serializer
 * → awscli → editor → cli. A module may import its own layer and the layers before it, never
 * one after it; the AWS CLI layer stays free of Node built-ins (its facts are data and pure functions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
/** Layers in order; a module may import from its own layer or an earlier one. */
const LAYERS = ['grammar', 'model', 'serializer', 'awscli', 'editor', 'cli'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The layer of a file under src/, or undefined for the package entries (src/'s top, src/entries). */
function layerOf(file: string): number | undefined {
  const top = relative(SRC, file).split(/[\\/]/)[0] as string;
  const index = (LAYERS as readonly string[]).indexOf(top);
  return index === -1 ? undefined : index;
}

/** Every `import … from '…'` / `export … from '…'` / `import('…')` specifier of a file. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push((match[1] ?? match[2]) as string);
  }
  return found;
}

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('finds the layers and their imports', () => {
    for (const layer of LAYERS) expect(files.some((file) => layerOf(file) === LAYERS.indexOf(layer))).toBe(true);
    expect(files.flatMap((file) => specifiers(readFileSync(file, 'utf8'))).length).toBeGreaterThan(500);
  });

  it('no module imports from a later layer', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from === undefined) continue;
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const to = layerOf(resolve(dirname(file), spec));
        if (to !== undefined && to > from) violations.push(`${relative(SRC, file)} imports ${spec} (${LAYERS[to]})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the AWS CLI layer imports no Node built-in', () => {
    const nodeImports = files
      .filter((file) => layerOf(file) === LAYERS.indexOf('awscli'))
      .flatMap((file) => specifiers(readFileSync(file, 'utf8')).filter((spec) => spec.startsWith('node:')).map((spec) => `${relative(SRC, file)}: ${spec}`));
    expect(nodeImports).toEqual([]);
  });
});
