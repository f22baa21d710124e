/**
 * `aws-shorthand cli --jsonl`: many service command lines, one JSON object per stdin line
 * (`{"argv": ["sagemaker", "create-auto-ml-job", …], "cwd"?: "dir"}`), each answered on one
 * stdout line without sending anything:
 *
 *   {"ok": true, "params": {…}}                       the request the AWS CLI would send
 *   {"ok": true, "stdout": "…"}                       a skeleton, help page or version
 *   {"ok": false, "error": "<AWS CLI message>", "kind": "…", "exitCode": N}
 *
 * A line also gets `"warnings": ["warning: …"]` when the AWS CLI would print warnings.
 *
 * Lines are read and answered one at a time; models are loaded once per data path.
 */
import { parseArgs } from 'node:util';
import type { ModelRegistry } from '../../model/registry.js';
import { evaluateCommandLine } from '../argv/evaluate.js';
import type { EvaluateContext, Evaluation } from '../argv/evaluate.js';
import { EXIT, lines } from '../io.js';
import type { CliIo } from '../io.js';
import { dumpPythonJson } from '../send/python-json-dumps.js';
import { loadQueryEngine } from '../send/jmespath.js';
import type { QueryEngine } from '../send/jmespath.js';
import { renderEvaluation } from './operation.js';

const USAGE = `usage: aws-shorthand cli --jsonl   (stdin: {"argv": ["<service>", "<operation>", ...]} per line)
`;

/** Run `cli` with its arguments; resolves to the exit status. */
export async function runCliJsonl(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
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
  for await (const line of lines(io.stdin)) {
    if (line.trim() === '') continue;
    const request = readRequest(line);
    if (typeof request === 'string') {
      io.stdout.write(`${dumpPythonJson({ ok: false, error: request, kind: 'request', exitCode: null })}\n`);
      continue;
    }
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
    let answer: Record<string, unknown>;
    try {
      answer = await answerFor(evaluateCommandLine(request.argv, ctx), ctx.env, engine);
    } catch (error) {
      answer = { ok: false, error: `internal error: ${error instanceof Error ? error.message : String(error)}`, kind: 'internal', exitCode: 70 };
    }
    if (warnings.length > 0) answer = { ...answer, warnings };
    io.stdout.write(`${dumpPythonJson(answer, { ensureAscii: false })}\n`);
  }
  return EXIT.OK;
}

function readRequest(line: string): { argv: string[]; cwd?: string } | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return `invalid JSON line: ${(error as Error).message}`;
  }
  const argv = (parsed as { argv?: unknown } | null)?.argv;
  if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string')) return 'each line must be an object with "argv": an array of strings';
  const cwd = (parsed as { cwd?: unknown }).cwd;
  return typeof cwd === 'string' ? { argv, cwd } : { argv };
}

async function answerFor(evaluation: Evaluation, env: NodeJS.ProcessEnv, query: QueryEngine | undefined): Promise<Record<string, unknown>> {
  if (evaluation.kind === 'request') return { ok: true, params: evaluation.params };
  const rendered = await renderEvaluation(evaluation, { env, query });
  if (rendered.failure !== undefined) {
    const f = rendered.failure;
    return { ok: false, error: f.message, kind: f.kind, exitCode: f.exitStatus, ...(f.code === undefined ? {} : { code: f.code }) };
  }
  return { ok: true, stdout: rendered.stdout ?? '' };
}
