/**
 * `aws-shorthand render-command SERVICE OPERATION < request.json`: a request (as
 * `--cli-input-json` takes it) → the `aws` command line that sends it, with shorthand where the
 * AWS CLI reads it back exactly and JSON where not. Notes on stderr say which parameters went
 * as JSON, and why.
 */
import { isLegacyListOption } from '../legacy-lists.js';
import { parseArgs } from 'node:util';
import { hyphenizeServiceId, xformName } from '../../model/loaders/names.js';
import { ModelError } from '../../model/loaders/errors.js';
import { ModelRegistry } from '../../model/registry.js';
import type { ServiceModel } from '../../model/shape.js';
import { SerializeError, toCommandArgs } from '../../serializer/index.js';
import type { CommandLineOptions } from '../../serializer/index.js';
import { ARGUMENT_RENAMES, PARAMFILE_DISABLED } from '../argv/awscli-tables.js';
import { isRemovedCommand } from '../argv/command-table.js';
import { EXIT, readJsonInput, readStdinText } from '../io.js';
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
    const model = ModelRegistry.fromEnvironment({ env: io.env ?? process.env }).service(service);
    const cliOperation = model.operations.has(operation) ? xformName(operation) : operation;
    if (isRemovedCommand(service, cliOperation)) {
      io.stderr.write(`aws-shorthand render-command: the AWS CLI has no ${service} ${cliOperation} command (it removes it from ${service})\n`);
      return EXIT.INPUT_ERROR;
    }
    const rendered = toCommandArgs(service, operation, request as Record<string, unknown>, model, {
      ...awsCliOptionHooks(service, model, operation),
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

/**
 * The AWS CLI's own tables as `toCommandArgs` hooks for one operation: its option renames
 * (`sagemaker delete-image-version --version` is `--version-number`), the options whose
 * `file://` values it passes on without loading them, and its legacy list options.
 * @example awsCliOptionHooks('sagemaker', model, 'delete-image-version').optionName?.('version') // 'version-number'
 */
export function awsCliOptionHooks(
  service: string,
  model: ServiceModel,
  operation: string,
): Pick<CommandLineOptions, 'optionName' | 'loadsParamFiles' | 'legacyList' | 'inputJsonOnly'> {
  const eventService = hyphenizeServiceId(model.metadata.serviceId ?? service);
  const known = model.operations.get(operation) ?? [...model.operations.values()].find((op) => xformName(op.name) === operation);
  const operationName = known === undefined ? operation : xformName(known.name);
  const renames = new Map<string, string>();
  for (const [key, newName] of ARGUMENT_RENAMES) {
    const last = key.lastIndexOf('.');
    const middle = key.lastIndexOf('.', last - 1);
    const keyService = key.slice(0, middle);
    const keyOperation = key.slice(middle + 1, last);
    if ((keyService === service || keyService === eventService) && (keyOperation === '*' || keyOperation === operationName)) {
      renames.set(key.slice(last + 1), newName);
    }
  }
  const optionName = (name: string): string => renames.get(name) ?? name;
  // On a paginated operation the AWS CLI's paging options (or its check for them, which goes
  // by the same names) take these option names from any member.
  const pagingNames = new Set(known?.paginator === undefined ? [] : ['starting-token', 'page-size', 'max-items']);
  return {
    optionName,
    loadsParamFiles: (name) => !PARAMFILE_DISABLED.has(`${eventService}.${operationName}.${optionName(name)}`),
    legacyList: (name) => isLegacyListOption(eventService, operationName, name),
    inputJsonOnly: (name) => (pagingNames.has(name) ? `--${name} is one of the AWS CLI's paging options on this operation` : undefined),
  };
}
