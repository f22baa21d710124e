import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, describe, expect, test } from 'vitest';
import { loadBotocoreModel, loadBotocoreService } from '../../src/model/loaders/botocore.js';
import {
  bundledModelPath,
  bundledModelsDirectory,
  bundledServiceNames,
  loadBundledModel,
} from '../../src/model/loaders/bundled.js';
import { ModelError } from '../../src/model/loaders/errors.js';
import type { ServiceModel, Shape } from '../../src/model/shape.js';
import { describeWith, pythonAwsCli, reference, requireReference } from '../helpers/live.js';

const REPO = join(import.meta.dirname, '../..');
const tmpRoots: string[] = [];
afterAll(() => {
  for (const root of tmpRoots) rmSync(root, { recursive: true, force: true });
});

/** Every shape of a model, and every member's documentation, must be free of text. */
function documentedThings(model: ServiceModel): string[] {
  const found: string[] = [];
  for (const name of model.shapeNames()) {
    const shape = model.shape(name) as Shape;
    if (shape.documentation !== undefined) found.push(name);
    if (shape.kind === 'structure' || shape.kind === 'union') {
      for (const member of shape.members.values()) if (member.documentation !== undefined) found.push(`${name}.${member.name}`);
    }
  }
  for (const operation of model.operations.values()) if (operation.documentation !== undefined) found.push(operation.name);
  return found;
}

describe('bundled SageMaker model', () => {
  test('found next to package.json, loaded once, named sagemaker', () => {
    expect(bundledModelsDirectory()).toBe(join(REPO, 'models'));
    expect(bundledModelPath('sagemaker')).toBe(join(REPO, 'models', 'sagemaker.json.gz'));
    expect(bundledServiceNames()).toContain('sagemaker');
    const model = loadBundledModel();
    expect(loadBundledModel('sagemaker')).toBe(model);
    expect(model.metadata).toEqual({
      serviceName: 'sagemaker',
      apiVersion: '2017-07-24',
      endpointPrefix: 'api.sagemaker',
      signingName: 'sagemaker',
      protocol: 'json',
      jsonVersion: '1.1',
      targetPrefix: 'SageMaker',
      serviceId: 'SageMaker',
      uid: 'sagemaker-2017-07-24',
    });
  });

  test('an unknown bundled service', () => {
    expect(bundledModelPath('nope')).toBeUndefined();
    const error = (() => {
      try {
        loadBundledModel('nope');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ModelError);
    expect([(error as ModelError).code, (error as ModelError).subject]).toEqual(['SERVICE_NOT_FOUND', 'nope']);
  });

  test('carries what the toolkit needs and no documentation', () => {
    const model = loadBundledModel();
    expect(documentedThings(model)).toEqual([]);
    const input = model.operations.get('CreateAutoMLJob')?.input;
    expect([...(input?.members.keys() ?? [])]).toEqual([
      'AutoMLJobName', 'InputDataConfig', 'OutputDataConfig', 'ProblemType', 'AutoMLJobObjective',
      'AutoMLJobConfig', 'RoleArn', 'GenerateCandidateDefinitionsOnly', 'Tags', 'ModelDeployConfig',
    ]);
    expect({ ...model.shape('AutoMLJobName') }).toEqual({
      name: 'AutoMLJobName', kind: 'string', min: 1, max: 32, pattern: '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}',
    });
    expect(model.shape('ProblemType')).toMatchObject({ kind: 'string', enum: ['BinaryClassification', 'MulticlassClassification', 'Regression'] });
    expect(model.shape('MaxCandidates')).toMatchObject({ kind: 'integer', min: 1 });
    expect(model.shape('ClientToken')).toMatchObject({ kind: 'string' });
    expect(model.shape('AutoMLProblemTypeConfig')?.kind).toBe('union');
    expect(model.operations.get('CreateAutoMLJob')?.http).toEqual({ method: 'POST', requestUri: '/' });
  });

  test('loads fast enough for a command line (generous bound; see the report for measurements)', () => {
    const path = bundledModelPath('sagemaker') as string;
    const start = performance.now();
    const model = loadBotocoreModel(path, { serviceName: 'sagemaker' });
    model.shape('AutoMLChannel');
    expect(performance.now() - start).toBeLessThan(250);
  });

  test('records where it came from', () => {
    const json = JSON.parse(gunzipSync(readFileSync(join(REPO, 'models', 'sagemaker.json.gz'))).toString('utf8'));
    expect(json['x-aws-shorthand']).toMatchObject({ format: 1, source: expect.stringMatching(/^botocore \S+ sagemaker\/2017-07-24\/service-2$/) });
  });
});

/** The reference botocore (gated by the live helper). */
const botocoreRef = pythonAwsCli();

/** The installed botocore's data directory and version, asked only where the reference is present. */
function installedBotocore(): { dataDir: string; version: string } {
  const out = execFileSync(
    'python3',
    ['-c', 'import botocore, os, json; print(json.dumps({"dataDir": os.path.join(os.path.dirname(botocore.__file__), "data"), "version": botocore.__version__}))'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(out) as { dataDir: string; version: string };
}

describeWith(botocoreRef, 'bundled model equals the installed botocore model (documentation aside)', () => {
  test('every shape and operation', (context) => {
    const botocore = installedBotocore();
    const json = JSON.parse(gunzipSync(readFileSync(join(REPO, 'models', 'sagemaker.json.gz'))).toString('utf8'));
    const source = String(json['x-aws-shorthand']['source']);
    // Built from another botocore release, a difference would be expected, not a bug: skip and say so.
    requireReference(context, reference(source.startsWith(`botocore ${botocore.version} `), `the bundled model was built from ${source}, the installed botocore is ${botocore.version}`));
    const full = loadBotocoreService([botocore.dataDir], 'sagemaker');
    const bundled = loadBundledModel();
    expect([...bundled.shapeNames()]).toEqual([...full.shapeNames()]);
    const strip = (shape: Shape): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(shape)) {
        if (key === 'documentation') continue;
        if (key === 'members') {
          out[key] = [...(value as Map<string, { name: string; shape: Shape; idempotencyToken?: boolean }>).values()].map(
            (member) => [member.name, member.shape.name, member.idempotencyToken === true],
          );
        } else if (key === 'required') out[key] = [...(value as Set<string>)];
        else if (key === 'member' || key === 'key' || key === 'value') out[key] = (value as Shape).name;
        else out[key] = value;
      }
      return out;
    };
    const differences: string[] = [];
    for (const name of full.shapeNames()) {
      const a = JSON.stringify(strip(full.shape(name) as Shape));
      const b = JSON.stringify(strip(bundled.shape(name) as Shape));
      if (a !== b) differences.push(`${name}: ${a} vs ${b}`);
    }
    for (const [name, operation] of full.operations) {
      const other = bundled.operations.get(name);
      const view = (op: typeof operation | undefined) =>
        JSON.stringify([op?.name, op?.input?.name, op?.output?.name, op?.http, op?.deprecated]);
      if (view(operation) !== view(other)) differences.push(`operation ${name}`);
    }
    expect(differences).toEqual([]);
    expect(bundled.operations.size).toBe(full.operations.size);
  });
});

describe('the bundled model is found from built code (ESM dist/index.js, CJS dist/index.cjs, ESM dist/cli/main.js)', () => {
  test('in a package laid out as published', async () => {
    const pkg = mkdtempSync(join(tmpdir(), 'aws-shorthand-pkg-'));
    tmpRoots.push(pkg);
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'aws-shorthand', type: 'module' }));
    mkdirSync(join(pkg, 'models'));
    copyFileSync(join(REPO, 'models', 'sagemaker.json.gz'), join(pkg, 'models', 'sagemaker.json.gz'));
    const entry = join(REPO, 'src', 'model', 'index.ts');
    const outputs = [
      { file: join(pkg, 'dist', 'index.js'), format: 'esm' as const },
      { file: join(pkg, 'dist', 'index.cjs'), format: 'cjs' as const },
      { file: join(pkg, 'dist', 'cli', 'main.js'), format: 'esm' as const },
    ];
    for (const { file, format } of outputs) {
      mkdirSync(dirname(file), { recursive: true });
      await build({ entryPoints: [entry], outfile: file, bundle: true, platform: 'node', format, target: 'node20', logLevel: 'silent' });
    }
    const probe = (file: string, format: 'esm' | 'cjs'): string => {
      const use = 'm.loadBundledModel().operations.size + " " + m.bundledModelsDirectory()';
      const code =
        format === 'cjs'
          ? `const m = require(${JSON.stringify(file)}); console.log(${use});`
          : `import(${JSON.stringify(`file://${file}`)}).then((m) => console.log(${use}));`;
      return execFileSync(process.execPath, ['-e', code], { encoding: 'utf8', cwd: tmpdir() }).trim();
    };
    const expected = `${loadBundledModel().operations.size} ${join(pkg, 'models')}`;
    for (const { file, format } of outputs) expect(probe(file, format)).toBe(expected);
  });
});
