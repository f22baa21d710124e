/**
 * `aws-shorthand <service> <operation> [options]`: the AWS CLI's service commands. The command
 * line is evaluated as `aws` evaluates it (see `argv/evaluate.ts`); then the request is printed
 * (`--cli-dry-run`), a skeleton or help page is printed, or the request is sent through the
 * AWS SDK and the response printed as `--output` and `--query` ask.
 */
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Operation, ServiceModel } from '../../model/shape.js';
import { evaluateCommandLine } from '../argv/evaluate.js';
import { withGrammar } from '../grammar-loader.js';
import type { Evaluation, EvaluateContext } from '../argv/evaluate.js';
import { EXIT_STATUS, failure, formatFailure } from '../argv/errors.js';
import type { CliFailure } from '../argv/errors.js';
import type { GlobalOptions } from '../argv/globals.js';
import { ModelRegistry } from '../../model/registry.js';
import type { CliIo } from '../io.js';
import { generateSkeleton } from '../skeleton.js';
import { dumpPythonJson } from '../send/python-json.js';
import { pythonView } from '../send/python-view.js';
import type { TimestampStyle } from '../send/python-view.js';

/** A JMESPath engine: compile (throws on a bad expression) and search. */
export interface QueryEngine {
  compile(expression: string): unknown;
  search(data: unknown, expression: string): unknown;
}

/**
 * Run a service command line (without the program name); resolves to the exit status.
 * @example await runOperation(['sagemaker', 'list-auto-ml-jobs', '--cli-dry-run'], io) // 0, prints {}
 */
export async function runOperation(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  // `--query` can be abbreviated down to `--q`; only then is the JMESPath engine loaded.
  const query = argv.some((arg) => arg.startsWith('--q')) ? await loadQueryEngine() : undefined;
  const ctx: EvaluateContext = {
    cwd: io.cwd ?? process.cwd(),
    env,
    ...(query === undefined ? {} : { checkQuery: (expression: string) => queryProblem(query, expression) }),
  };
  const evaluation = await withGrammar(() => evaluateCommandLine(argv, ctx));
  return present(evaluation, io, query);
}

/** Print what an evaluation asks for, sending the request when that is what it is. */
async function present(evaluation: Evaluation, io: CliIo, query: QueryEngine | undefined): Promise<number> {
  const env = io.env ?? process.env;
  const stdout = io.stdout as { columns?: number; isTTY?: boolean };
  const terminal: Terminal = { ...(stdout.columns === undefined ? {} : { width: stdout.columns }), isTTY: stdout.isTTY === true };
  if (evaluation.kind === 'request' && !evaluation.globals.dryRun) {
    const { sendRequest } = await import('../send/sdk.js');
    const sendPage = (params: Record<string, unknown>) =>
      sendRequest({
        model: evaluation.model,
        operation: evaluation.table.model,
        params,
        globals: evaluation.globals,
        env,
        debugLog: (line) => io.stderr.write(`${line}\n`),
      });
    if (evaluation.wait !== undefined) {
      // A wait command polls and prints nothing but a failure.
      const { sendWait } = await import('../send/wait.js');
      const waited = await sendWait(sendPage, evaluation.params, evaluation.wait);
      return write(io, waited.ok ? { exitStatus: EXIT_STATUS.OK } : failed(waited.failure));
    }
    const paging = evaluation.paging;
    const sent = paging === undefined ? await sendPage(evaluation.params) : await (await import('../send/paginate.js')).sendPaged(sendPage, evaluation.params, paging);
    const outcome = sent.ok
      ? await renderResponse(sent.response, evaluation.table.model, evaluation.globals, timestampStyle(evaluation.model), env, query, terminal)
      : failed(sent.failure);
    return write(io, outcome);
  }
  return write(io, await renderEvaluation(evaluation, { env, query, terminal }));
}

/** What a command prints and its exit status. */
export interface Rendered {
  readonly exitStatus: number;
  readonly stdout?: string;
  readonly stderr?: string;
  /** The failure behind a non-zero status, when there is one. */
  readonly failure?: CliFailure;
}

/** The terminal stdout goes to, for tables. */
export interface Terminal {
  readonly width?: number;
  readonly isTTY?: boolean;
}

/** Where an evaluation is rendered. */
export interface RenderContext {
  readonly env: NodeJS.ProcessEnv;
  readonly query?: QueryEngine | undefined;
  readonly terminal?: Terminal;
}

/**
 * What the AWS CLI prints for an evaluation, without sending: help, version, skeletons,
 * failures, and (for a request) the `--cli-dry-run` parameters.
 */
export async function renderEvaluation(evaluation: Evaluation, ctx: RenderContext): Promise<Rendered> {
  switch (evaluation.kind) {
    case 'failure':
      return failed(evaluation.failure);
    case 'version':
      return { exitStatus: EXIT_STATUS.OK, stdout: `${versionString()}\n` };
    case 'help': {
      // Help pages pull in the documentation renderers; only a help request loads them.
      const { renderOperationHelp, renderServiceHelp, renderTopHelp } = await import('../help.js');
      if (evaluation.topic === 'top') {
        const registry = ModelRegistry.fromEnvironment({ dataPath: evaluation.globals.dataPath, env: ctx.env });
        return { exitStatus: EXIT_STATUS.OK, stdout: renderTopHelp(registry.serviceNames()) };
      }
      if (evaluation.topic === 'service') return { exitStatus: EXIT_STATUS.OK, stdout: renderServiceHelp(evaluation.service, evaluation.model) };
      if (evaluation.topic === 'wait') {
        const { renderWaitHelp } = await import('../docs/wait-help.js');
        return { exitStatus: EXIT_STATUS.OK, stdout: renderWaitHelp(evaluation.waiters) };
      }
      return { exitStatus: EXIT_STATUS.OK, stdout: renderOperationHelp(evaluation.table, evaluation.model) };
    }
    case 'skeleton': {
      const operation = evaluation.table.model;
      if (evaluation.skeleton === 'input') {
        const skeleton = pythonView(generateSkeleton(operation.input), operation.input, 'naive-iso');
        return { exitStatus: EXIT_STATUS.OK, stdout: `${dumpPythonJson(skeleton, { indent: 4 })}\n` };
      }
      const response = generateSkeleton(operation.output, { useMemberNames: true });
      return renderResponse(response, operation, evaluation.globals, 'naive-iso', ctx.env, ctx.query, ctx.terminal ?? {});
    }
    case 'request':
      return { exitStatus: EXIT_STATUS.OK, stdout: `${dumpPythonJson(evaluation.params, { indent: 2, ensureAscii: false })}\n` };
  }
}

function failed(f: CliFailure): Rendered {
  return { exitStatus: f.exitStatus, stderr: formatFailure(f), failure: f };
}

function write(io: CliIo, rendered: Rendered): number {
  if (rendered.stdout !== undefined) io.stdout.write(rendered.stdout);
  if (rendered.stderr !== undefined) io.stderr.write(rendered.stderr);
  return rendered.exitStatus;
}

/** Apply `--query`, then print in the chosen output format. */
async function renderResponse(
  response: unknown,
  operation: Operation,
  globals: GlobalOptions,
  timestamps: TimestampStyle,
  env: NodeJS.ProcessEnv,
  query: QueryEngine | undefined,
  terminal: Terminal,
): Promise<Rendered> {
  let data: unknown;
  if (globals.query !== undefined && query !== undefined) {
    // JMESPath works on plain JSON values; the float/int distinction of the model is lost here.
    const plain = JSON.parse(JSON.stringify(pythonView(response, undefined, timestamps), (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? 'null') as unknown;
    try {
      data = query.search(plain, globals.query);
    } catch (error) {
      return failed(failure('other', error instanceof Error ? error.message : String(error), { code: 'QUERY_FAILED' }));
    }
  } else {
    data = pythonView(response, operation.output, timestamps);
  }
  const { formatResponse } = await import('../send/format.js');
  const output = globals.output ?? outputFromEnv(env);
  const color = globals.color === 'on' || (globals.color === 'auto' && terminal.isTTY === true);
  return {
    exitStatus: EXIT_STATUS.OK,
    stdout: formatResponse(data, { output, commandName: operation.name, ...(terminal.width === undefined ? {} : { terminalWidth: terminal.width }), color }),
  };
}

function outputFromEnv(env: NodeJS.ProcessEnv): 'json' | 'text' | 'table' {
  const value = env['AWS_DEFAULT_OUTPUT'];
  return value === 'text' || value === 'table' ? value : 'json';
}

/** How the AWS CLI v1 prints timestamps of a service: as they came over the wire. */
function timestampStyle(model: ServiceModel): TimestampStyle {
  const protocol = model.metadata.protocol ?? 'json';
  return protocol === 'json' || protocol === 'rest-json' ? 'epoch' : 'iso';
}

async function loadQueryEngine(): Promise<QueryEngine> {
  const module = (await import('jmespath')) as unknown as { default?: QueryEngine } & QueryEngine;
  return module.default ?? module;
}

function queryProblem(engine: QueryEngine, expression: string): string | undefined {
  try {
    engine.compile(expression);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `aws-shorthand/<version> Node.js/<version> <platform>`, like `aws --version`. */
export function versionString(): string {
  return `aws-shorthand/${packageVersion()} Node.js/${process.versions.node} ${process.platform}`;
}

function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'aws-shorthand' && pkg.version !== undefined) return pkg.version;
    } catch {
      // Not here; keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
