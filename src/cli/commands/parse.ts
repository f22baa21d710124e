/**
 * `aws-shorthand parse [TEXT]`: shorthand → JSON, one value or a `--jsonl` stream; with
 * `--shape service.Shape` the value is coerced and validated as the AWS CLI would.
 */
import { parseArgs } from 'node:util';
import { parseDirect } from '../../grammar/direct-value.js';
import { ShorthandError } from '../../grammar/errors.js';
import type { FileReader, ParsedDocument, ShorthandObject } from '../../grammar/index.js';
import type { ShorthandAnalysis } from '../../model/api.js';
import type { ModelRegistry } from '../../model/registry.js';
import { nodeFileReader } from '../file-reader.js';
import { EXIT, readStdinText, toJson } from '../io.js';
import type { CliIo } from '../io.js';
import { lineError, runJsonlBatch, shapeField, stringField } from '../jsonl.js';
import type { JsonlAnswer, JsonlRequest } from '../jsonl.js';

const USAGE = `usage: aws-shorthand parse [--compact] [--shape SERVICE.SHAPE [--data-path DIR] [--no-validate]] [TEXT]
       aws-shorthand parse --jsonl [--shape SERVICE.SHAPE] [--data-path DIR] [--no-validate]
         stdin: {"input": "...", "service"?: "sagemaker", "shape"?: "AutoMLChannel"} per line
`;

/** The model layer, imported only when a shape is named (plain parsing starts faster without it). */
type ModelLayer = typeof import('../model-layer.js');

type GrammarLayer = typeof import('../../grammar/index.js');

/** What one parse needs besides the text. */
interface ParseContext {
  readonly readFile: FileReader;
  /** The model layer, once a shape is needed. */
  model: ModelLayer | undefined;
  /** The whole grammar, loaded up front for batches. */
  grammar: GrammarLayer | undefined;
  /** Created on first use. */
  readonly registry: () => ModelRegistry;
  readonly defaultShape: string | undefined;
  readonly validate: boolean;
}

/** Run `parse` with its arguments; resolves to the exit code. */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        compact: { type: 'boolean' },
        shape: { type: 'string' },
        'data-path': { type: 'string', multiple: true },
        'no-validate': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  let registry: ModelRegistry | undefined;
  const context: ParseContext = {
    readFile: nodeFileReader(io.cwd, io.env),
    model: undefined,
    grammar: undefined,
    registry: () =>
      (registry ??= (context.model as ModelLayer).ModelRegistry.fromEnvironment({
        dataPath: values['data-path'] ?? [],
        env: io.env ?? process.env,
      })),
    defaultShape: values.shape,
    validate: values['no-validate'] !== true,
  };
  // Every line may name a shape, so batches load the model layer up front.
  if (values.shape !== undefined || values.jsonl) {
    context.model = await import('../model-layer.js');
  }
  if (values.jsonl) context.grammar = await import('../../grammar/index.js');
  if (values.jsonl) return parseJsonLines(io, context);
  if (positionals.length > 1) {
    io.stderr.write(`parse takes one TEXT argument (quote it for the shell)\n${USAGE}`);
    return EXIT.USAGE;
  }
  let text = positionals[0];
  if (text === undefined) {
    const read = await readStdinText(io.stdin);
    if (!read.ok) {
      io.stderr.write(`aws-shorthand parse: ${read.error.message}\n`);
      return read.error.code === 'NO_INPUT' ? EXIT.USAGE : EXIT.INPUT_ERROR;
    }
    text = stripOneNewline(read.text);
  }
  const indent = values.compact ? undefined : 2;
  if (context.defaultShape === undefined) {
    try {
      io.stdout.write(`${toJson(await parsePlain(text, context.readFile), indent)}\n`);
      return EXIT.OK;
    } catch (error) {
      if (!(error instanceof ShorthandError)) throw error;
      io.stderr.write(`${error.message}\n`);
      return EXIT.INPUT_ERROR;
    }
  }
  const model = context.model as ModelLayer;
  let analysis: ShorthandAnalysis;
  try {
    analysis = analyze(text, context.defaultShape, context);
  } catch (error) {
    if (!(error instanceof model.ModelError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return EXIT.USAGE;
  }
  const failure = firstFailure(analysis);
  if (failure !== undefined) {
    io.stderr.write(`${failure.message}\n`);
    return EXIT.INPUT_ERROR;
  }
  const errors = analysis.validation.filter((issue) => issue.severity === 'error');
  for (const warning of analysis.validation.filter((issue) => issue.severity !== 'error')) {
    io.stderr.write(`warning: ${warning.message}\n`);
  }
  if (errors.length > 0) {
    io.stderr.write(`${model.formatValidationReport(errors)}\n`);
    // Why a value went wrong when a comma made it a list (only read on failure: plain runs load no editor code).
    const { commaListHints } = await import('../../editor/value-reading.js');
    const hints = commaListHints({ text, parsed: analysis.documents[0] as ParsedDocument, walk: analysis.walk, model: analysis, word: 0 });
    for (const hint of hints) io.stderr.write(`hint: ${hint.message}\n`);
    return EXIT.INPUT_ERROR;
  }
  io.stdout.write(`${toJson(analysis.value, indent)}\n`);
  return EXIT.OK;
}

/**
 * The grammar's `parse`, starting without the grammar's API: well-formed input is read by the
 * fast path, and only the rest loads the grammar (which loads Chevrotain on first need).
 */
async function parsePlain(text: string, readFile: FileReader): Promise<ShorthandObject> {
  const direct = parseDirect(text);
  if (direct !== undefined) return direct;
  return (await import('../../grammar/index.js')).parse(text, { readFile });
}

/** Drop one trailing newline, as a shell's `$(…)` drops the one `echo` adds. */
function stripOneNewline(text: string): string {
  return text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
}

function analyze(text: string, shape: string, context: ParseContext): ShorthandAnalysis {
  const { analyzeShorthand } = context.model as ModelLayer;
  return analyzeShorthand(text, shape, { registry: context.registry(), readFile: context.readFile, validate: context.validate });
}

/** The syntax or coercion error the AWS CLI would stop at, if any. */
function firstFailure(analysis: ShorthandAnalysis): { message: string; offset: number | null } | undefined {
  const syntax = analysis.syntaxErrors[0];
  if (syntax !== undefined) return { message: syntax.message, offset: syntax.offset };
  const coercion = analysis.coercionIssues[0];
  if (coercion !== undefined) return { message: coercion.message, offset: coercion.offset ?? null };
  return undefined;
}

function parseJsonLines(io: CliIo, context: ParseContext): Promise<number> {
  return runJsonlBatch(io, (request) => parseLine(request, context));
}

/**
 * One `--jsonl` request → its answer; never throws. `ok` is what the single-value command's
 * exit status says: a value with error-severity validation issues is `ok: false`, with the
 * validation report as `error` and the value and issues still given.
 */
function parseLine(request: JsonlRequest, context: ParseContext): JsonlAnswer {
  const input = stringField(request, 'input');
  if (!input.ok) return input.answer;
  if (input.value === undefined) return lineError('INVALID_FIELD', 'each line must be an object with a string "input"', 'input');
  const shape = shapeField(request, context.defaultShape);
  if (!shape.ok) return shape.answer;
  const model = context.model as ModelLayer;
  try {
    if (shape.value === undefined) return { ok: true, value: (context.grammar as GrammarLayer).parse(input.value, { readFile: context.readFile }) };
    const analysis = analyze(input.value, shape.value, context);
    const failure = firstFailure(analysis);
    if (failure !== undefined) return { ok: false, error: failure.message, offset: failure.offset };
    const validation = analysis.validation.map((issue) => ({
      path: issue.path,
      message: issue.message,
      offset: issue.offset ?? null,
      length: issue.length ?? null,
      severity: issue.severity,
      code: issue.code,
    }));
    const errors = analysis.validation.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) return { ok: false, error: model.formatValidationReport(errors), code: 'VALIDATION', value: analysis.value, validation };
    return { ok: true, value: analysis.value, validation };
  } catch (error) {
    if (error instanceof ShorthandError) return { ok: false, error: error.message, offset: error.offset, code: error.code };
    if (error instanceof model.ModelError) return { ok: false, error: error.message, offset: null, code: 'MODEL' };
    throw error;
  }
}
