/**
 * `aws-shorthand cli --jsonl`: many service command lines, one JSON object per stdin line
 * (`{"argv": ["sagemaker", "create-auto-ml-job", …], "cwd"?: "dir"}`), each answered on one
 * stdout line without sending anything:
 *
 *   {"ok": true, "params": {…}}                       the request the AWS CLI would send
 *   {"ok": true, "stdout": "…"}                       a skeleton, help page or version
 *   {"ok": false, "error": "<AWS CLI message>", "kind": "…", "exitCode": N}
 *
 * A line may name its dialect (`"dialect": "v1" | "v2"`, else `--dialect`, else
 * `AWS_SHORTHAND_DIALECT`, else v1); a `--dialect` in its argv wins over both.
 *
 * A line also gets `"warnings": ["warning: …"]` when the AWS CLI would print warnings. Lines
 * the AWS CLI never sees (blank, not JSON, a field of the wrong type) are answered by the
 * shared batch driver (`../jsonl.ts`, its contract) with `"kind": "request", "exitCode": null`.
 *
 * Models are loaded once per data path.
 */
import { parseArgs } from 'node:util';
import type { ModelRegistry } from '../../model/registry.js';
import { evaluateCommandLine } from '../argv/evaluate.js';
import type { EvaluateContext, Evaluation } from '../argv/evaluate.js';
import { EXIT } from '../io.js';
import { DIALECTS, isDialect } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import type { CliIo } from '../io.js';
import { lineError, runJsonlBatch, stringField } from '../jsonl.js';
import type { JsonlAnswer, JsonlRequest } from '../jsonl.js';
import { loadQueryEngine } from '../send/jmespath.js';
import { mayReadYaml, yamlReader } from '../argv/yaml-input.js';
import type { YamlReader } from '../argv/yaml-input.js';
import type { QueryEngine } from '../send/jmespath.js';
import { renderEvaluation } from './operation.js';

const USAGE = `usage: aws-shorthand cli --jsonl [--data-path DIR]... [--dialect v1|v2]   (stdin: {"argv": ["<service>", "<operation>", ...]} per line)

  --data-path DIR   a botocore data directory searched for models after each line's own
                    --data-path, before AWS_DATA_PATH, ~/.aws/models and the bundled models
  --dialect v1|v2   the AWS CLI the lines are written for, unless a line says (its "dialect"
                    field or a --dialect of its own); default AWS_SHORTHAND_DIALECT, else v1
`;

/** Run `cli` with its arguments; resolves to the exit status. */
export async function runCliJsonl(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { jsonl: { type: 'boolean' }, 'data-path': { type: 'string', multiple: true }, dialect: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const batchDialect = values.dialect;
  if (batchDialect !== undefined && !isDialect(batchDialect)) {
    io.stderr.write(`--dialect must be one of ${DIALECTS.join(', ')}, not ${JSON.stringify(batchDialect)}\n${USAGE}`);
    return EXIT.USAGE;
  }
  if (values.help === true) {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  if (values.jsonl !== true) {
    io.stderr.write(`cli needs --jsonl\n${USAGE}`);
    return EXIT.USAGE;
  }
  const registries = new Map<string, ModelRegistry>();
  let query: QueryEngine | undefined;
  let readYaml: YamlReader | undefined;
  return runJsonlBatch(io, async (line) => {
    const request = readRequest(line);
    if (!request.ok) return request.answer;
    // The YAML package is loaded for the first line that may need it.
    if (readYaml === undefined && mayReadYaml(request.argv)) readYaml = await yamlReader();
    if (query === undefined && request.argv.some((arg) => arg.startsWith('--q'))) {
      query = await loadQueryEngine();
    }
    const engine = query;
    const warnings: string[] = [];
    const ctx: EvaluateContext = {
      warn: (message) => warnings.push(message),
      cwd: request.cwd ?? io.cwd ?? process.cwd(),
      env: io.env ?? process.env,
      registries,
      withoutClient: true,
      dataPath: values['data-path'] ?? [],
      ...(readYaml === undefined ? {} : { readYaml }),
      ...(request.dialect === undefined ? (batchDialect === undefined ? {} : { dialect: batchDialect }) : { dialect: request.dialect }),
      ...(engine === undefined
        ? {}
        : {
            checkQuery: (expression: string) => {
              try {
                engine.compile(expression);
                return undefined;
              } catch (error) {
                return error instanceof Error ? error.message : String(error);
              }
            },
          }),
    };
    let answer: JsonlAnswer;
    try {
      answer = await answerFor(evaluateCommandLine(request.argv, ctx), ctx.env, engine);
    } catch (error) {
      answer = { ok: false, error: `internal error: ${error instanceof Error ? error.message : String(error)}`, kind: 'internal', exitCode: 70 };
    }
    return warnings.length > 0 ? { ...answer, warnings } : answer;
  }, { errorFields: REQUEST_ERROR });
}

/** What a line the AWS CLI never saw says besides its error: no command ran, so no exit status. */
const REQUEST_ERROR = { kind: 'request', exitCode: null } as const;

/** The `argv` and `cwd` fields of a line, checked as every batch checks its fields. */
function readRequest(line: JsonlRequest): { ok: true; argv: string[]; cwd?: string; dialect?: Dialect } | { ok: false; answer: JsonlAnswer } {
  const argv = line['argv'];
  if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string')) {
    return { ok: false, answer: { ...lineError('INVALID_FIELD', 'each line must be an object with "argv": an array of strings', 'argv'), ...REQUEST_ERROR } };
  }
  const cwd = stringField(line, 'cwd');
  if (!cwd.ok) return { ok: false, answer: { ...cwd.answer, ...REQUEST_ERROR } };
  const dialect = stringField(line, 'dialect');
  if (!dialect.ok) return { ok: false, answer: { ...dialect.answer, ...REQUEST_ERROR } };
  if (dialect.value !== undefined && !isDialect(dialect.value)) {
    return { ok: false, answer: { ...lineError('INVALID_FIELD', `"dialect" must be one of ${DIALECTS.map((name) => JSON.stringify(name)).join(', ')}`, 'dialect'), ...REQUEST_ERROR } };
  }
  return {
    ok: true,
    argv: argv as string[],
    ...(cwd.value === undefined ? {} : { cwd: cwd.value }),
    ...(dialect.value === undefined ? {} : { dialect: dialect.value as Dialect }),
  };
}

async function answerFor(evaluation: Evaluation, env: NodeJS.ProcessEnv, query: QueryEngine | undefined): Promise<JsonlAnswer> {
  if (evaluation.kind === 'request') return { ok: true, params: evaluation.params };
  const rendered = await renderEvaluation(evaluation, { env, query });
  if (rendered.failure !== undefined) {
    const f = rendered.failure;
    return { ok: false, error: f.message, kind: f.kind, exitCode: f.exitStatus, ...(f.code === undefined ? {} : { code: f.code }) };
  }
  return { ok: true, stdout: rendered.stdout ?? '' };
}
