/**
 * `aws-shorthand lsp --stdio`: the language server over standard input and output, for shell
 * scripts calling the AWS CLI and for standalone shorthand files (`# shape: service.Shape`).
 */
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node.js';
import { startLspServer } from '../../editor/lsp/server.js';
import { ModelRegistry } from '../../model/index.js';
import { DIALECTS } from '../../awscli/dialect.js';
import { commandLineDialect, DIALECT_VARIABLE } from '../argv/globals.js';
import { EXIT } from '../io.js';
import type { CliIo } from '../io.js';

const USAGE = `usage: aws-shorthand lsp --stdio [--data-path DIR]... [--dialect v1|v2] [--debounce-ms N] [--request-budget-ms N]

Speaks the Language Server Protocol on stdin/stdout. Models come from each --data-path
directory (botocore layout), then AWS_DATA_PATH, ~/.aws/models, then the bundled models.
Diagnostics are published --debounce-ms after the last edit (default 150); a request waits
at most --request-budget-ms for its document's analysis, then answers empty (default 1000).
--dialect (default AWS_SHORTHAND_DIALECT, else v1) is the AWS CLI documents are written for;
the client's initializationOptions.dialect overrides it, a "# dialect: v2" comment line in a
document overrides both.
`;

/** Run the language server until the client closes the connection; resolves to the exit code. */
export async function runLsp(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        stdio: { type: 'boolean' },
        'data-path': { type: 'string', multiple: true },
        dialect: { type: 'string' },
        'debounce-ms': { type: 'string' },
        'request-budget-ms': { type: 'string' },
        // Editors may pass their process id; the protocol's own exit handling covers it.
        clientProcessId: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return EXIT.USAGE;
  }
  if (parsed.values.help) {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  if (!parsed.values.stdio) {
    io.stderr.write(`lsp: only --stdio is supported\n${USAGE}`);
    return EXIT.USAGE;
  }
  const timing: { debounceMs?: number; requestBudgetMs?: number } = {};
  for (const [option, key] of [['debounce-ms', 'debounceMs'], ['request-budget-ms', 'requestBudgetMs']] as const) {
    const value = parsed.values[option];
    if (value === undefined) continue;
    if (!/^\d+$/.test(value)) {
      io.stderr.write(`lsp: --${option} takes a whole number of milliseconds, not ${JSON.stringify(value)}\n${USAGE}`);
      return EXIT.USAGE;
    }
    timing[key] = Number(value);
  }
  // `--dialect` is read as a command line's own (the variable is the fallback), and checked here.
  const given = parsed.values.dialect;
  const chosen = commandLineDialect(given === undefined ? [] : ['--dialect', given], io.env ?? process.env);
  const wrong = given !== undefined && chosen.dialect !== given ? `--dialect must be one of ${DIALECTS.join(', ')}, not ${JSON.stringify(given)}` : chosen.invalid !== undefined ? `${DIALECT_VARIABLE} must be one of ${DIALECTS.join(', ')}, not ${JSON.stringify(chosen.invalid)}` : undefined;
  if (wrong !== undefined) {
    io.stderr.write(`lsp: ${wrong}\n${USAGE}`);
    return EXIT.USAGE;
  }
  const models = ModelRegistry.fromEnvironment({ dataPath: parsed.values['data-path'] ?? [], ...(io.env ? { env: io.env } : {}) });
  const reader = new StreamMessageReader(io.stdin);
  const writer = new StreamMessageWriter(writableOf(io.stdout));
  const connection = createConnection(reader, writer);
  startLspServer(connection, { models, ...timing, dialect: chosen.dialect });
  connection.listen();
  // The `exit` notification ends the process (the library's rule); a closed stdin ends us here.
  return new Promise<number>((resolve) => {
    reader.onClose(() => resolve(EXIT.OK));
  });
}

/** The injected stdout as a Node stream (the process's own stdout already is one). */
function writableOf(out: CliIo['stdout']): NodeJS.WritableStream {
  if (out instanceof Writable) return out;
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      out.write(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
}
