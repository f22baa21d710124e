/**
 * The VS Code extension's manifest (editors/vscode/package.json) contributes what the extension
 * and its README claim, and the extension starts the server with the settings it declares
 * (editors/vscode/src/launch.mts, the part of the extension that needs no editor).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS, DIALECT_VARIABLE, initializationOptions, readSettings, serverLaunch } from '../../editors/vscode/src/launch.mjs';
import { ROOT } from '../helpers/corpus.js';

const HERE = join(ROOT, 'editors/vscode');

interface Manifest {
  name: string;
  version: string;
  publisher: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  dependencies?: Record<string, string>;
  contributes: {
    languages: Array<{ id: string; extensions: string[]; firstLine: string; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    configuration: { properties: Record<string, { type: string; enum?: string[]; default: unknown }> };
  };
}

const manifest = JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8')) as Manifest;
const extensionSource = readFileSync(join(HERE, 'src/extension.mts'), 'utf8');

/** The lowest version a `^x.y.z` / `~x.y.z` range accepts, as [major, minor]. */
function minimum(range: string): [number, number] {
  const match = /^[\^~]?(\d+)\.(\d+)\./.exec(range);
  if (match === null) throw new Error(`not a caret or tilde range: ${range}`);
  return [Number(match[1]), Number(match[2])];
}

describe('the VS Code extension manifest', () => {
  it('is the package at its version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    expect([manifest.name, manifest.version]).toEqual([pkg.name, pkg.version]);
  });

  it('contributes the aws-shorthand language for .shorthand files, with its grammar and configuration', () => {
    const [language] = manifest.contributes.languages;
    expect(language).toMatchObject({ id: 'aws-shorthand', extensions: ['.shorthand'] });
    // The first-line pattern recognises the header the server reads (`# shape: service.Shape`).
    expect(new RegExp(language!.firstLine).test('# shape: sagemaker.Tag')).toBe(true);
    expect(new RegExp(language!.firstLine).test('Key=a,Value=b')).toBe(false);
    const configuration = JSON.parse(readFileSync(join(HERE, language!.configuration), 'utf8')) as {
      brackets: string[][];
      autoClosingPairs: Array<{ open: string; close: string }>;
    };
    expect(configuration.brackets).toEqual([['{', '}'], ['[', ']']]);
    expect(configuration.autoClosingPairs.map((pair) => pair.open + pair.close)).toEqual(['{}', '[]', '""', "''"]);
    expect(manifest.contributes.grammars).toEqual([{ language: 'aws-shorthand', scopeName: 'source.aws-shorthand', path: './syntaxes/shorthand.tmLanguage.json' }]);
    expect(existsSync(join(HERE, manifest.contributes.grammars[0]!.path))).toBe(true);
  });

  it('activates on shell scripts and .shorthand files, the documents its client selects', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:shellscript', 'onLanguage:aws-shorthand']);
    const selected = [...extensionSource.matchAll(/language: '([^']+)'/g)].map((m) => m[1]);
    expect(new Set(selected)).toEqual(new Set(['shellscript', 'aws-shorthand']));
  });

  it('declares every setting the extension reads, with the dialects the launcher knows', () => {
    const read = [...extensionSource.matchAll(/config\.get\('([^']+)'\)/g)].map((m) => `awsShorthand.${m[1]}`);
    expect(read.sort()).toEqual(['awsShorthand.dataPaths', 'awsShorthand.dialect', 'awsShorthand.server.path', 'awsShorthand.upgrade']);
    const declared = manifest.contributes.configuration.properties;
    // trace.server is read by the language client itself, by the client's id (awsShorthand).
    expect(Object.keys(declared).sort()).toEqual([...read, 'awsShorthand.trace.server'].sort());
    expect(extensionSource).toMatch(/const SECTION = 'awsShorthand'/);
    expect(declared['awsShorthand.dialect']).toMatchObject({ enum: [...DIALECTS], default: 'v1' });
    expect(declared['awsShorthand.dataPaths']).toMatchObject({ type: 'array', default: [] });
    expect(declared['awsShorthand.upgrade']).toMatchObject({ type: 'boolean', default: false });
    // A change of any setting the server starts with restarts it: upgrade among them.
    expect(extensionSource).toMatch(/\['dataPaths', 'dialect', 'upgrade', 'server\.path'\]/);
  });

  it('bundles its dependencies and asks for a VS Code whose Node runs the server (Node 20: 1.90)', () => {
    expect(manifest.dependencies).toBeUndefined();
    expect(minimum(manifest.engines.vscode)).toEqual([1, 90]);
    // The API the extension compiles against and its language client must not need a newer VS Code.
    const types = JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/vscode/package.json'), 'utf8')) as { version: string };
    const client = JSON.parse(readFileSync(join(ROOT, 'node_modules/vscode-languageclient/package.json'), 'utf8')) as { engines: { vscode: string } };
    for (const needed of [minimum(types.version), minimum(client.engines.vscode)]) {
      expect(needed[0] * 1000 + needed[1]).toBeLessThanOrEqual(1090);
    }
    expect(manifest.main).toBe('./dist/extension.js');
  });
});

describe('how the extension starts the server', () => {
  it.each([
    [{}, { dataPaths: [], dialect: 'v1', upgrade: false, serverPath: '' }],
    [{ dataPaths: ['/m', '', '  ', 3], dialect: 'v2', upgrade: true, serverPath: ' aws-shorthand ' }, { dataPaths: ['/m'], dialect: 'v2', upgrade: true, serverPath: 'aws-shorthand' }],
    [{ dataPaths: '/m', dialect: 'v3', upgrade: 'yes', serverPath: 7 }, { dataPaths: [], dialect: 'v1', upgrade: false, serverPath: '' }],
  ])('reads settings %j', (raw, expected) => {
    expect(readSettings(raw)).toEqual(expected);
  });

  it('runs the bundled server with each data path and the dialect', () => {
    const settings = readSettings({ dataPaths: ['/models/a', '/models/b'], dialect: 'v2' });
    expect(serverLaunch(settings, '/ext/server/dist/cli/main.js')).toEqual({
      kind: 'module',
      module: '/ext/server/dist/cli/main.js',
      args: ['lsp', '--data-path', '/models/a', '--data-path', '/models/b'],
      env: { [DIALECT_VARIABLE]: 'v2' },
    });
    expect(initializationOptions(settings)).toEqual({ dataPaths: ['/models/a', '/models/b'], dialect: 'v2', upgrade: false });
  });

  it('passes upgrade as an initialization option only (the command line has no such flag)', () => {
    const settings = readSettings({ upgrade: true });
    expect(initializationOptions(settings)).toEqual({ dataPaths: [], dialect: 'v1', upgrade: true });
    expect(serverLaunch(settings, '/ext/main.js').args).toEqual(['lsp']);
  });

  it('runs a command of the user instead when server.path is set', () => {
    expect(serverLaunch(readSettings({ serverPath: '/usr/local/bin/aws-shorthand' }), '/ext/main.js')).toEqual({
      kind: 'command',
      command: '/usr/local/bin/aws-shorthand',
      args: ['lsp'],
      env: { [DIALECT_VARIABLE]: 'v1' },
    });
  });
});
