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
import type { Evaluation, EvaluateContext } from '../argv/evaluate.js';
import { EXIT_STATUS, failure, formatFailure, inDialect } from '../../awscli/failures.js';
import { dialectTables } from '../../awscli/dialect.js';
import type { Dialect, OutputFormatName } from '../../awscli/dialect.js';
import type { CliFailure } from '../../awscli/failures.js';
import type { GlobalOptions } from '../argv/globals.js';
import { textSetting, timestampFormat } from '../argv/aws-config.js';
import type { ProfileSettings } from '../argv/aws-config.js';
import type { PagingPlan } from '../argv/paging.js';
import type { PageSender } from '../send/paginate.js';
import { ModelRegistry } from '../../model/registry.js';
import { suggest } from '../../model/suggest.js';
import type { CliIo } from '../io.js';
import { generateSkeleton } from '../../awscli/skeleton.js';
import { dumpPythonJson } from '../send/python-json-dumps.js';
import { pythonView } from '../send/python-view.js';
import type { TimestampStyle } from '../send/python-view.js';
import { loadQueryEngine } from '../send/jmespath.js';
import { mayReadYaml, yamlReader } from '../argv/yaml-input.js';
import type { QueryEngine } from '../send/jmespath.js';

/**
 * Run a service command line (without the program name); resolves to the exit status. When
 * the first word is no service but close to one of `toolCommands` (`pars`), the AWS CLI's
 * message is followed by a "did you mean" for the tool command.
 * @example await runOperation(['sagemaker', 'list-auto-ml-jobs', '--cli-dry-run'], io) // 0, prints {}
 */
export async function runOperation(argv: string[], io: CliIo, toolCommands: readonly string[] = []): Promise<number> {
  const env = io.env ?? process.env;
  // `--query` can be abbreviated down to `--q`; only then is the JMESPath engine loaded.
  const query = argv.some((arg) => arg.startsWith('--q')) ? await loadQueryEngine() : undefined;
  // Likewise the YAML package, for `--cli-input-yaml` and its abbreviations.
  const readYaml = mayReadYaml(argv) ? await yamlReader() : undefined;
  const ctx: EvaluateContext = {
    cwd: io.cwd ?? process.cwd(),
    env,
    warn: (message) => io.stderr.write(`${message}\n`),
    ...(query === undefined ? {} : { checkQuery: (expression: string) => queryProblem(query, expression) }),
    ...(readYaml === undefined ? {} : { readYaml }),
  };
  const evaluation = evaluateCommandLine(argv, ctx);
  const status = await present(evaluation, io, query);
  const first = argv[0];
  if (evaluation.kind === 'failure' && evaluation.failure.code === 'INVALID_CHOICE' && evaluation.failure.option === 'command' && first !== undefined) {
    const close = suggest(first, toolCommands);
    if (close.length > 0) io.stderr.write(`\naws-shorthand: ${JSON.stringify(first)} is not a command; did you mean ${close.map((name) => `aws-shorthand ${name}`).join(' or ')}?\n`);
  }
  return status;
}

/** Print what an evaluation asks for, sending the request when that is what it is. */
async function present(evaluation: Evaluation, io: CliIo, query: QueryEngine | undefined): Promise<number> {
  if (evaluation.kind === 'request' && !evaluation.globals.dryRun) {
    const request = evaluation;
    return interruptible(io, request.globals.dialect, (gated, signal) => sendAndPrint(request, gated, query, signal));
  }
  return write(io, await renderEvaluation(evaluation, { env: io.env ?? process.env, query, terminal: terminalOf(io) }));
}

/** The terminal `io`'s stdout is, for tables. */
function terminalOf(io: CliIo): Terminal {
  const stdout = io.stdout as { columns?: number; isTTY?: boolean };
  return { ...(stdout.columns === undefined ? {} : { width: stdout.columns }), isTTY: stdout.isTTY === true };
}

/**
 * Run `work` until it ends or the user interrupts (Ctrl-C, `io.onInterrupt`): then, as the AWS
 * CLI does, a newline goes to stdout and the status is 128 + SIGINT; the request is abandoned
 * (`signal`) and whatever it would still print is dropped.
 */
async function interruptible(io: CliIo, dialect: Dialect | undefined, work: (gated: CliIo, signal: AbortSignal) => Promise<number>): Promise<number> {
  const controller = new AbortController();
  const { signal } = controller;
  const unsubscribe = io.onInterrupt?.(() => controller.abort());
  try {
    const status = dialectTables(dialect).exitStatus.interrupt;
    if (signal.aborted) {
      io.stdout.write('\n');
      return status;
    }
    const gate = (stream: CliIo['stdout']): CliIo['stdout'] => ({ write: (chunk: string) => (signal.aborted ? true : stream.write(chunk)) });
    const gated: CliIo = { ...io, stdout: Object.assign(Object.create(io.stdout) as object, gate(io.stdout)), stderr: gate(io.stderr) };
    const stopped = new Promise<'interrupted'>((resolve) => signal.addEventListener('abort', () => resolve('interrupted'), { once: true }));
    const outcome = await Promise.race([work(gated, signal), stopped]);
    if (outcome !== 'interrupted') return outcome;
    io.stdout.write('\n');
    return status;
  } finally {
    unsubscribe?.();
  }
}

/** Send the request an evaluation holds (paging or waiting as it says) and print the answer. */
async function sendAndPrint(evaluation: Extract<Evaluation, { kind: 'request' }>, io: CliIo, query: QueryEngine | undefined, signal: AbortSignal): Promise<number> {
  const env = io.env ?? process.env;
  const terminal = terminalOf(io);
  const { sendRequest } = await import('../send/sdk.js');
  const sendPage = (params: Record<string, unknown>) =>
    sendRequest({
      model: evaluation.model,
      operation: evaluation.table.model,
      params,
      globals: evaluation.globals,
      settings: evaluation.settings,
      env,
      debugLog: (line) => io.stderr.write(`${line}\n`),
      signal,
    });
  const view: ResponseView = {
    operation: evaluation.table.model,
    globals: evaluation.globals,
    settings: evaluation.settings,
    timestamps: timestampStyle(evaluation.model, evaluation.settings, evaluation.globals.dialect),
    env,
    query,
    terminal,
  };
  if (evaluation.wait !== undefined) {
    // A wait command polls and prints nothing but a failure.
    const { sendWait } = await import('../send/wait.js');
    const waited = await sendWait(sendPage, evaluation.params, evaluation.wait);
    return write(io, waited.ok ? { exitStatus: EXIT_STATUS.OK } : failed(waited.failure), evaluation.globals.dialect);
  }
  const paging = evaluation.paging;
  if (paging === undefined) {
    const sent = await sendPage(evaluation.params);
    if (!sent.ok) return write(io, failed(sent.failure), evaluation.globals.dialect);
    let response = sent.response;
    if (evaluation.outfile !== undefined) {
      // A payload output goes to its file; the rest of the response is printed.
      const { saveOutfile } = await import('../send/outfile.js');
      const saved = await saveOutfile(response, evaluation.outfile, io.cwd ?? process.cwd());
      if (!saved.ok) return write(io, failed(saved.failure), evaluation.globals.dialect);
      response = saved.response;
    }
    return write(io, await renderResponse(response, view), evaluation.globals.dialect);
  }
  // A paginated call sends nothing before the formatter exists.
  const output = outputFormat(view);
  if (!output.ok) return write(io, failed(output.failure), evaluation.globals.dialect);
  const { sendPaged } = await import('../send/paginate.js');
  if (output.format === 'text' || output.format === 'yaml-stream') return sendStreamedPages(sendPage, evaluation.params, paging, view, io, output.format);
  const sent = await sendPaged(sendPage, evaluation.params, paging);
  return write(io, sent.ok ? await renderResponse(sent.response, view) : failed(sent.failure), evaluation.globals.dialect);
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
      if (evaluation.skeleton === 'yaml-input') {
        // Printing YAML is needed only here: its modules load on this path alone.
        const [{ yamlInputSkeleton }, { dumpYamlSkeleton }] = await Promise.all([import('../../awscli/yaml-skeleton.js'), import('../send/yaml-emit.js')]);
        return { exitStatus: EXIT_STATUS.OK, stdout: dumpYamlSkeleton(yamlInputSkeleton(operation.input)) };
      }
      if (evaluation.skeleton === 'input') {
        const skeleton = pythonView(generateSkeleton(operation.input), operation.input, 'naive-iso');
        return { exitStatus: EXIT_STATUS.OK, stdout: `${dumpPythonJson(skeleton, { indent: 4 })}\n` };
      }
      const response = generateSkeleton(operation.output, { useMemberNames: true });
      const output = outputFormat({ globals: evaluation.globals, env: ctx.env, settings: evaluation.settings });
      return renderResponse(response, {
        operation,
        globals: evaluation.globals,
        settings: evaluation.settings,
        timestamps: skeletonTimestamps(output.ok ? output.format : 'json', evaluation.globals.dialect),
        env: ctx.env,
        query: ctx.query,
        terminal: ctx.terminal ?? {},
      });
    }
    case 'request':
      return { exitStatus: EXIT_STATUS.OK, stdout: `${dumpPythonJson(evaluation.params, { indent: 2, ensureAscii: false })}\n` };
  }
}

function failed(f: CliFailure): Rendered {
  return { exitStatus: f.exitStatus, stderr: formatFailure(f), failure: f };
}

function write(io: CliIo, rendered: Rendered, dialect?: Dialect): number {
  // Failures met while sending (service errors, output) exit with the dialect's status.
  const shown = rendered.failure === undefined || dialect === undefined ? rendered : { ...rendered, ...failed(inDialect(rendered.failure, dialect)), stdout: rendered.stdout };
  if (shown.stdout !== undefined) io.stdout.write(shown.stdout);
  if (shown.stderr !== undefined) io.stderr.write(shown.stderr);
  return shown.exitStatus;
}

/** Where and how a response is printed. */
interface ResponseView {
  readonly operation: Operation;
  readonly globals: GlobalOptions;
  readonly settings: ProfileSettings;
  readonly timestamps: TimestampStyle;
  readonly env: NodeJS.ProcessEnv;
  readonly query: QueryEngine | undefined;
  readonly terminal: Terminal;
}

type FormatModule = typeof import('../send/format-response.js');

/** Apply `--query`, then print in the chosen output format. */
async function renderResponse(response: unknown, view: ResponseView): Promise<Rendered> {
  const output = outputFormat(view);
  if (!output.ok) return failed(output.failure);
  return renderData(await import('../send/format-response.js'), response, view.operation.output, output.format, view);
}

/** `data` (shaped by `shape` when given) through `--query` and the formatter. */
function renderData(format: FormatModule, response: unknown, shape: Operation['output'], output: OutputFormat, view: ResponseView): Rendered {
  const { globals, query, terminal } = view;
  let data: unknown;
  if (globals.query !== undefined && query !== undefined) {
    // JMESPath works on plain JSON values; the float/int distinction of the model is lost here.
    const plain = JSON.parse(JSON.stringify(pythonView(response, undefined, view.timestamps), (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? 'null') as unknown;
    try {
      data = query.search(plain, globals.query);
    } catch (error) {
      return failed(failure('other', error instanceof Error ? error.message : String(error), { code: 'QUERY_FAILED' }));
    }
  } else {
    data = pythonView(response, shape, view.timestamps);
  }
  const color = globals.color === 'on' || (globals.color === 'auto' && terminal.isTTY === true);
  try {
    return {
      exitStatus: EXIT_STATUS.OK,
      stdout: format.formatResponse(data, { output, commandName: view.operation.name, ...(terminal.width === undefined ? {} : { terminalWidth: terminal.width }), color }),
    };
  } catch (error) {
    if (!(error instanceof format.TextFormatError)) throw error;
    return { ...failed(failure('other', error.message, { code: 'TEXT_FORMAT_FAILED' })), stdout: error.printed };
  }
}

/** Thrown from a page listener to stop paging when a page cannot be printed. */
class PagePrintFailure extends Error {
  constructor(readonly rendered: Rendered) {
    super(rendered.failure?.message ?? 'page could not be printed');
  }
}

/**
 * The streamed outputs of a paginated call, as the AWS CLI prints them: page by page as the
 * pages arrive (each through `--query`). `--output text` prints each page's result keys (the
 * first page's other keys too), then the resume token when `--max-items` stopped early;
 * v2's `--output yaml-stream` prints each page, as it came, as one element of a YAML list.
 */
async function sendStreamedPages(sendPage: PageSender, params: Record<string, unknown>, plan: PagingPlan, view: ResponseView, io: CliIo, output: 'text' | 'yaml-stream'): Promise<number> {
  const { sendPaged, pageForText } = await import('../send/paginate.js');
  const format = await import('../send/format-response.js');
  const print = (data: unknown, shape: Operation['output']): void => {
    const rendered = renderData(format, data, shape, output, view);
    if (rendered.failure !== undefined) throw new PagePrintFailure(rendered);
    if (rendered.stdout !== undefined) io.stdout.write(rendered.stdout);
  };
  try {
    const sent = await sendPaged(sendPage, params, plan, (page, index, nonAggregate) =>
      print(output === 'text' ? pageForText(page, index, plan.paginator.resultKey, nonAggregate) : page, view.operation.output),
    );
    if (!sent.ok) return write(io, failed(sent.failure), view.globals.dialect);
    if (output === 'text' && sent.resumeToken !== undefined) print({ NextToken: { NextToken: sent.resumeToken } }, undefined);
    return EXIT_STATUS.OK;
  } catch (error) {
    if (error instanceof PagePrintFailure) return write(io, error.rendered, view.globals.dialect);
    throw error;
  }
}

type OutputFormat = OutputFormatName;

/**
 * The output format as the AWS CLI settles it: `--output`, `AWS_DEFAULT_OUTPUT`, the profile's
 * `output`, else json; an unknown name from the environment or the config file is an error.
 */
function outputFormat(view: Pick<ResponseView, 'globals' | 'env' | 'settings'>): { ok: true; format: OutputFormat } | { ok: false; failure: CliFailure } {
  const name = view.globals.output ?? view.env['AWS_DEFAULT_OUTPUT'] ?? textSetting(view.settings, 'output') ?? 'json';
  const known: readonly string[] = dialectTables(view.globals.dialect).outputFormats;
  if (known.includes(name)) return { ok: true, format: name as OutputFormat };
  return { ok: false, failure: failure('other', `Unknown output type: ${name}`, { code: 'UNKNOWN_OUTPUT_TYPE' }) };
}

/**
 * How the AWS CLI prints timestamps of a service: as they came over the wire or as ISO 8601,
 * as the profile's `cli_timestamp_format` says, else as the dialect does by default (v1: wire,
 * v2: ISO 8601).
 */
function timestampStyle(model: ServiceModel, settings: ProfileSettings, dialect: Dialect | undefined): TimestampStyle {
  const tables = dialectTables(dialect);
  const format = timestampFormat(settings, tables.messages.timestampFormats, tables.defaultTimestampFormat);
  if (format.ok && format.format === 'iso8601') return 'iso8601';
  const protocol = model.metadata.protocol ?? 'json';
  return protocol === 'json' || protocol === 'rest-json' ? 'epoch' : 'iso';
}

/** How the naive timestamps of an output skeleton print in `output` (the dialect decides). */
function skeletonTimestamps(output: OutputFormat, dialect: Dialect | undefined): TimestampStyle {
  if (dialectTables(dialect).outputSkeletonTimestamps === 'isoformat' || output === 'json') return 'naive-iso';
  return output === 'yaml' || output === 'yaml-stream' ? 'naive-datetime' : 'naive-str';
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

/** The version of the installed package, from the nearest package.json named aws-shorthand. */
export function packageVersion(): string {
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
