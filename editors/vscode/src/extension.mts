/**
 * The VS Code extension: starts `aws-shorthand lsp --stdio` (the server packaged beside this
 * file, or `awsShorthand.server.path`) for shell scripts and `.shorthand` files, and restarts it
 * when its settings change.
 */
import { window, workspace } from 'vscode';
import type { ExtensionContext, OutputChannel } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { initializationOptions, readSettings, serverLaunch } from './launch.mjs';
import type { ExtensionSettings } from './launch.mjs';

/** The settings section, and the language client's id (VS Code reads `awsShorthand.trace.server` by it). */
const SECTION = 'awsShorthand';

/** Where the packaging step puts the server (scripts in editors/vscode/package.mjs). */
const BUNDLED_SERVER = 'server/dist/cli/main.js';

let client: LanguageClient | undefined;
/** One output channel for the session: a restart writes on in it rather than opening another. */
let output: OutputChannel | undefined;

/** The current settings of the extension. */
function currentSettings(): ExtensionSettings {
  const config = workspace.getConfiguration(SECTION);
  return readSettings({ dataPaths: config.get('dataPaths'), dialect: config.get('dialect'), upgrade: config.get('upgrade'), serverPath: config.get('server.path') });
}

/** A language client for `settings`, not yet started. */
function createClient(context: ExtensionContext, settings: ExtensionSettings): LanguageClient {
  const launch = serverLaunch(settings, context.asAbsolutePath(BUNDLED_SERVER));
  const options = { env: { ...process.env, ...launch.env } };
  // `module` runs under the editor's own Node (Electron as Node), so no Node install is needed.
  const server: ServerOptions =
    launch.kind === 'module'
      ? { module: launch.module, args: [...launch.args], transport: TransportKind.stdio, options }
      : { command: launch.command, args: [...launch.args], transport: TransportKind.stdio, options };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'shellscript' },
      { scheme: 'untitled', language: 'shellscript' },
      { language: 'aws-shorthand' },
    ],
    initializationOptions: initializationOptions(settings),
    outputChannel: (output ??= window.createOutputChannel('AWS shorthand')),
  };
  return new LanguageClient(SECTION, 'AWS shorthand', server, clientOptions);
}

/** Start the server; restart it when a setting it was started with changes. */
export async function activate(context: ExtensionContext): Promise<void> {
  client = createClient(context, currentSettings());
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (event) => {
      if (!['dataPaths', 'dialect', 'upgrade', 'server.path'].some((key) => event.affectsConfiguration(`${SECTION}.${key}`))) return;
      // A server that failed to start cannot be stopped: that must not keep the new one from starting.
      await client?.stop().catch(() => undefined);
      client = createClient(context, currentSettings());
      await client.start();
    }),
  );
  await client.start();
}

/** Stop the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
