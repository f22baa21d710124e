/**
 * `aws-shorthand format [--shape SERVICE.Shape] [--pretty]`: JSON on stdin → shorthand on
 * stdout, or JSON again (with the reason on stderr) when shorthand cannot say the value.
 * `--jsonl` turns it into a batch filter: one request object per input line, one result
 * object per output line, in order, a line at a time.
 */
import { parseArgs } from 'node:util';
import { ModelError } from '../../model/loaders/errors.js';
import { ModelRegistry } from '../../model/registry.js';
import type { ListShape, Shape } from '../../model/shape.js';
import { serialize, SerializeError, serializeList, shellQuote } from '../../serializer/index.js';
import type { SerializeOptions } from '../../serializer/index.js';
import { EXIT, readJsonInput, readStdinText } from '../io.js';
import type { CliIo } from '../io.js';
import { lineError, runJsonlBatch, shapeField } from '../jsonl.js';
import type { JsonlAnswer, JsonlRequest } from '../jsonl.js';

const USAGE = `usage: aws-shorthand format [--shape SERVICE.Shape] [--data-path DIR]... [--pretty] [--indent N] [--width N] < value.json
       aws-shorthand format --jsonl [--shape SERVICE.Shape] [--data-path DIR]... [--pretty]
           (stdin: {"value": ..., "service"?: "sagemaker", "shape"?: "AutoMLChannel"} per line;
            stdout: {"ok": true, "shorthand": "..."} | {"ok": true, "json": "...", "reason": "..."}
                    | {"ok": true, "words": [...]} | {"ok": false, "error": "..."} per line)

  Without a shape, numbers and booleans are written as their text. A list (or list shape) is written as
  the words of a list option (--tags Key=a Key=b), shell-quoted on one line.
`;

/** What `format` writes for one value. */
type Formatted =
  | { readonly ok: true; readonly shorthand: string }
  | { readonly ok: true; readonly words: readonly string[] }
  | { readonly ok: true; readonly json: string; readonly reason: string; readonly code: string }
  | { readonly ok: false; readonly error: string };

/** Run `format` with its arguments; resolves to the exit code. */
export async function runFormat(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        shape: { type: 'string' },
        pretty: { type: 'boolean' },
        indent: { type: 'string' },
        width: { type: 'string' },
        jsonl: { type: 'boolean' },
        'data-path': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const { values } = parsed;
  if (values.help === true) {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  const indent = numberOption(values.indent);
  const width = numberOption(values.width);
  if (indent === null || width === null) {
    io.stderr.write(`--indent and --width take a whole number\n${USAGE}`);
    return EXIT.USAGE;
  }
  const options: SerializeOptions = { pretty: values.pretty === true, indent, width };
  const shapes = new ShapeCache(ModelRegistry.fromEnvironment({ dataPath: values['data-path'] ?? [], env: io.env ?? process.env }));
  if (values.jsonl === true) return formatLines(io, shapes, options, values.shape);

  let shape: Shape | undefined;
  try {
    shape = values.shape === undefined ? undefined : shapes.get(values.shape);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    io.stderr.write(`aws-shorthand format: ${error.message}\n`);
    return EXIT.INPUT_ERROR;
  }
  const read = await readStdinText(io.stdin);
  if (!read.ok) {
    io.stderr.write(`aws-shorthand format: ${read.error.message}\n`);
    return read.error.code === 'NO_INPUT' ? EXIT.USAGE : EXIT.INPUT_ERROR;
  }
  // Read as the AWS CLI reads JSON: integers of any size stay exact.
  const loaded = readJsonInput(read.text);
  if (!loaded.ok) {
    io.stderr.write(loaded.tooDeep === true ? `aws-shorthand format: the value on stdin is ${loaded.error}\n` : `the value on stdin is not JSON: ${loaded.error}\n`);
    return EXIT.INPUT_ERROR;
  }
  const value = loaded.value;
  const result = format(value, shape, options);
  if (!result.ok) {
    io.stderr.write(`aws-shorthand format: ${result.error}\n`);
    return EXIT.INPUT_ERROR;
  }
  if ('json' in result) {
    io.stderr.write(`note: written as JSON: ${result.reason}\n`);
    io.stdout.write(`${result.json}\n`);
  } else if ('words' in result) {
    io.stdout.write(`${result.words.map(shellQuote).join(' ')}\n`);
  } else {
    io.stdout.write(`${result.shorthand}\n`);
  }
  return EXIT.OK;
}

/** `--jsonl`: the shared batch driver, answering each request with `format`'s result. */
function formatLines(io: CliIo, shapes: ShapeCache, options: SerializeOptions, defaultShape: string | undefined): Promise<number> {
  return runJsonlBatch(io, (request) => formatLine(request, shapes, options, defaultShape));
}

function formatLine(request: JsonlRequest, shapes: ShapeCache, options: SerializeOptions, defaultShape: string | undefined): JsonlAnswer {
  if (!('value' in request)) return lineError('INVALID_FIELD', 'each line must be an object with a "value"', 'value');
  const reference = shapeField(request, defaultShape);
  if (!reference.ok) return reference.answer;
  let target: Shape | undefined;
  try {
    target = reference.value === undefined ? undefined : shapes.get(reference.value);
  } catch (error) {
    if (error instanceof ModelError) return { ok: false, error: error.message, code: 'MODEL' };
    throw error;
  }
  return format(request['value'], target, options);
}

/** One value → its result object; never throws for bad values. */
function format(value: unknown, shape: Shape | undefined, options: SerializeOptions): Formatted {
  try {
    if (shape?.kind === 'list' || (shape === undefined && Array.isArray(value))) {
      const result = serializeList(value, shape as ListShape | undefined, options);
      if (result.kind === 'words') return { ok: true, words: result.items };
      return { ok: true, json: result.text, reason: result.reason, code: result.because.code };
    }
    const result = serialize(value, shape, options);
    if (result.kind === 'shorthand') return { ok: true, shorthand: result.text };
    return { ok: true, json: result.text, reason: result.reason, code: result.because.code };
  } catch (error) {
    if (error instanceof SerializeError) return { ok: false, error: error.message };
    return { ok: false, error: `internal error: ${(error as Error).message}` };
  }
}

/** Shapes by `service.Shape` reference, looked up once each. */
class ShapeCache {
  private readonly shapes = new Map<string, Shape>();

  constructor(private readonly registry: ModelRegistry) {}

  get(reference: string): Shape {
    let shape = this.shapes.get(reference);
    if (shape === undefined) {
      shape = this.registry.shape(reference);
      this.shapes.set(reference, shape);
    }
    return shape;
  }
}

/** A whole-number option: undefined when absent, null when malformed. */
function numberOption(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : null;
}
