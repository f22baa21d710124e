/**
 * `aws-shorthand render-command SERVICE OPERATION < request.json`: a request (as
 * `--cli-input-json` takes it) → the `aws` command line that sends it, with shorthand where the
 * AWS CLI reads it back exactly and JSON where not. Notes on stderr say which parameters went
 * as JSON, and why.
 */
import { parseArgs } from 'node:util';
import { xformName } from '../../model/loaders/names.js';
import { ModelError } from '../../model/loaders/errors.js';
import { ModelRegistry } from '../../model/registry.js';
import { SerializeError } from '../../serializer/index.js';
import { toCommandArgs } from '../../awscli/command-line.js';
import { isRemovedCommand } from '../../awscli/command-table.js';
import { EXIT, readAll } from '../io.js';
import type { CliIo } from '../io.js';

const USAGE = `usage: aws-shorthand render-command [--multiline] [--pretty] [--outfile F] SERVICE OPERATION < request.json

  request.json holds the request as --cli-input-json takes it, e.g. {"AutoMLJobName": "job-1", ...}
  --multiline   one option per line, with \\ continuations
  --pretty      multi-line shorthand and JSON inside the quotes
  --outfile F   where an operation with a payload output saves it (default: outfile)
`;

/** Run `render-command` with its arguments; resolves to the exit code. */
export async function runRenderCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { multiline: { type: 'boolean' }, pretty: { type: 'boolean' }, outfile: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  const [service, operation] = positionals;
  if (service === undefined || operation === undefined || positionals.length > 2) {
    io.stderr.write(`render-command takes SERVICE and OPERATION\n${USAGE}`);
    return EXIT.USAGE;
  }
  let request: unknown;
  try {
    request = JSON.parse(await readAll(io.stdin));
  } catch (error) {
    io.stderr.write(`the request on stdin is not JSON: ${(error as Error).message}\n`);
    return EXIT.INPUT_ERROR;
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    io.stderr.write('the request on stdin must be a JSON object of parameters\n');
    return EXIT.INPUT_ERROR;
  }
  try {
    const model = ModelRegistry.fromEnvironment({ env: io.env ?? process.env }).service(service);
    const cliOperation = model.operations.has(operation) ? xformName(operation) : operation;
    if (isRemovedCommand(service, cliOperation)) {
      io.stderr.write(`aws-shorthand render-command: the AWS CLI has no ${service} ${cliOperation} command (it removes it from ${service})\n`);
      return EXIT.INPUT_ERROR;
    }
    const rendered = toCommandArgs(service, operation, request as Record<string, unknown>, model, {
      multiline: values.multiline === true,
      pretty: values.pretty === true,
      ...(values.outfile === undefined ? {} : { outfile: values.outfile }),
    });
    for (const note of rendered.notes) io.stderr.write(`note: ${note.member} (${note.option}) as JSON: ${note.reason}\n`);
    io.stdout.write(`${rendered.text}\n`);
    return EXIT.OK;
  } catch (error) {
    if (error instanceof SerializeError || error instanceof ModelError) {
      io.stderr.write(`aws-shorthand render-command: ${error.message}\n`);
      return EXIT.INPUT_ERROR;
    }
    throw error;
  }
}
