/**
 * `aws-shorthand render-command SERVICE OPERATION < request.json`: a request (as
 * `--cli-input-json` takes it) → the `aws` command line that sends it, with shorthand where the
 * AWS CLI reads it back exactly and JSON where not. Notes on stderr say which parameters went
 * as JSON, and why. `--dialect v2` (or AWS_SHORTHAND_DIALECT) writes it for AWS CLI v2: blobs as
 * base64, v2's option names.
 */
import { parseArgs } from 'node:util';
import { xformName } from '../../model/loaders/names.js';
import { ModelError } from '../../model/loaders/errors.js';
import { ModelRegistry } from '../../model/registry.js';
import { SerializeError } from '../../serializer/index.js';
import { toCommandArgs } from '../../awscli/command-line.js';
import { isRemovedCommand } from '../../awscli/command-table.js';
import { DIALECTS, isDialect } from '../../awscli/dialect.js';
import type { Dialect } from '../../awscli/dialect.js';
import { commandLineDialect, DIALECT_VARIABLE } from '../argv/globals.js';
import { EXIT, readJsonInput, readStdinText } from '../io.js';
import type { CliIo } from '../io.js';

const USAGE = `usage: aws-shorthand render-command [--dialect v1|v2] [--multiline] [--pretty] [--outfile F] [--blob-file MEMBER=PATH]... [--data-path DIR]... SERVICE OPERATION < request.json

  request.json holds the request as --cli-input-json takes it, e.g. {"AutoMLJobName": "job-1", ...}
  --multiline   one option per line, with \\ continuations
  --pretty      multi-line shorthand and JSON inside the quotes
  --outfile F   where an operation with a payload output saves it (default: outfile)
  --data-path DIR  a botocore data directory searched for models first (repeatable)
  --dialect v1|v2  the AWS CLI that reads the line (default AWS_SHORTHAND_DIALECT, else v1); under
                v2 blob values are written as base64, which v2 decodes
  --blob-file MEMBER=PATH  send top-level blob MEMBER from a file: --option fileb://PATH (repeatable)
  SERVICE is the AWS CLI's name (s3api) or botocore's (s3); the command is written with the CLI's.
`;

/** Run `render-command` with its arguments; resolves to the exit code. */
export async function runRenderCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        multiline: { type: 'boolean' },
        pretty: { type: 'boolean' },
        outfile: { type: 'string' },
        'data-path': { type: 'string', multiple: true },
        dialect: { type: 'string' },
        'blob-file': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
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
  const [serviceName, operation] = positionals;
  if (serviceName === undefined || operation === undefined || positionals.length > 2) {
    io.stderr.write(`render-command takes SERVICE and OPERATION\n${USAGE}`);
    return EXIT.USAGE;
  }
  const dialect = chooseDialect(values.dialect, io.env ?? process.env);
  if (typeof dialect === 'string') {
    io.stderr.write(`${dialect}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const blobFiles: Record<string, string> = {};
  for (const given of values['blob-file'] ?? []) {
    const equals = given.indexOf('=');
    if (equals <= 0) {
      io.stderr.write(`--blob-file takes MEMBER=PATH, not ${JSON.stringify(given)}\n${USAGE}`);
      return EXIT.USAGE;
    }
    Object.defineProperty(blobFiles, given.slice(0, equals), { value: given.slice(equals + 1), enumerable: true, writable: true, configurable: true });
  }
  const read = await readStdinText(io.stdin);
  if (!read.ok) {
    io.stderr.write(`aws-shorthand render-command: ${read.error.message}\n`);
    return read.error.code === 'NO_INPUT' ? EXIT.USAGE : EXIT.INPUT_ERROR;
  }
  // Read as the AWS CLI reads JSON: integers of any size stay exact.
  const loaded = readJsonInput(read.text);
  if (!loaded.ok) {
    io.stderr.write(`the request on stdin is not JSON: ${loaded.error}\n`);
    return EXIT.INPUT_ERROR;
  }
  const request = loaded.value;
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    io.stderr.write('the request on stdin must be a JSON object of parameters\n');
    return EXIT.INPUT_ERROR;
  }
  try {
    const registry = ModelRegistry.fromEnvironment({ dataPath: values['data-path'] ?? [], env: io.env ?? process.env });
    const model = registry.referencedService(serviceName);
    // Written as the AWS CLI names the command (`aws s3api …`, never the `aws s3` customization).
    const service = model.metadata.serviceName;
    const cliOperation = model.operations.has(operation) ? xformName(operation) : operation;
    if (isRemovedCommand(service, cliOperation, dialect.dialect)) {
      io.stderr.write(`aws-shorthand render-command: the AWS CLI has no ${service} ${cliOperation} command (it removes it from ${service})\n`);
      return EXIT.INPUT_ERROR;
    }
    const rendered = toCommandArgs(service, operation, request as Record<string, unknown>, model, {
      multiline: values.multiline === true,
      pretty: values.pretty === true,
      dialect: dialect.dialect,
      blobFiles,
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

/** The dialect from `--dialect`, else `AWS_SHORTHAND_DIALECT`, else the default; a string says what is wrong. */
function chooseDialect(option: string | undefined, env: NodeJS.ProcessEnv): { dialect: Dialect } | string {
  if (option !== undefined) return isDialect(option) ? { dialect: option } : `--dialect must be one of ${DIALECTS.join(', ')}, not ${JSON.stringify(option)}`;
  const chosen = commandLineDialect([], env);
  return chosen.invalid === undefined ? { dialect: chosen.dialect } : `${DIALECT_VARIABLE} must be one of ${DIALECTS.join(', ')}, not ${JSON.stringify(chosen.invalid)}`;
}
