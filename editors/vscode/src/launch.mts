/**
 * How the extension starts the language server, as a pure function of its settings (no `vscode`
 * import), so that the tests can check it without an editor.
 */

/** The dialects the server knows (`aws-shorthand --dialect`). */
export const DIALECTS = ['v1', 'v2'] as const;

/** One of `DIALECTS`. */
export type Dialect = (typeof DIALECTS)[number];

/** The extension's settings (`awsShorthand.*` in VS Code's settings). */
export interface ExtensionSettings {
  /** Extra botocore data directories (`awsShorthand.dataPaths`), searched before the bundled models. */
  readonly dataPaths: readonly string[];
  /** The AWS CLI major version whose rules apply (`awsShorthand.dialect`). */
  readonly dialect: Dialect;
  /** Whether the server also reports what changes when a script runs on AWS CLI v2 (`awsShorthand.upgrade`). */
  readonly upgrade: boolean;
  /** An `aws-shorthand` command to run instead of the bundled server (`awsShorthand.server.path`); empty for the bundled one. */
  readonly serverPath: string;
}

/** What the server receives in `initialize` (`initializationOptions`). */
export interface InitializationOptions {
  readonly dataPaths: readonly string[];
  readonly dialect: Dialect;
  readonly upgrade: boolean;
}

/**
 * How to start the server: a Node module run by the editor's own Node (`module`), or a command
 * on the PATH (`command`). `args` come after `lsp`; the language client adds `--stdio` itself.
 */
export type ServerLaunch =
  | { readonly kind: 'module'; readonly module: string; readonly args: readonly string[]; readonly env: Readonly<Record<string, string>> }
  | { readonly kind: 'command'; readonly command: string; readonly args: readonly string[]; readonly env: Readonly<Record<string, string>> };

/** The environment variable the server's command line reads the dialect from. */
export const DIALECT_VARIABLE = 'AWS_SHORTHAND_DIALECT';

/**
 * Settings as read from the editor, with unusable values replaced by the defaults: a dialect
 * other than v1/v2 is v1, data paths keep only non-empty strings, `upgrade` is on only when `true`.
 * @example readSettings({ dialect: 'v3', dataPaths: ['', '/m'] }) // { dataPaths: ['/m'], dialect: 'v1', upgrade: false, serverPath: '' }
 */
export function readSettings(raw: { readonly dataPaths?: unknown; readonly dialect?: unknown; readonly upgrade?: unknown; readonly serverPath?: unknown }): ExtensionSettings {
  const dataPaths = Array.isArray(raw.dataPaths) ? raw.dataPaths.filter((path): path is string => typeof path === 'string' && path.trim() !== '') : [];
  const dialect = (DIALECTS as readonly unknown[]).includes(raw.dialect) ? (raw.dialect as Dialect) : 'v1';
  const serverPath = typeof raw.serverPath === 'string' ? raw.serverPath.trim() : '';
  return { dataPaths, dialect, upgrade: raw.upgrade === true, serverPath };
}

/**
 * The server's command line for `settings`: `lsp`, then `--data-path DIR` for each data path,
 * with the dialect in the environment; `bundledMain` is the packaged `dist/cli/main.js`.
 * @example serverLaunch({ dataPaths: ['/m'], dialect: 'v2', upgrade: false, serverPath: '' }, '/ext/server/dist/cli/main.js').args // ['lsp', '--data-path', '/m']
 */
export function serverLaunch(settings: ExtensionSettings, bundledMain: string): ServerLaunch {
  const args = ['lsp', ...settings.dataPaths.flatMap((path) => ['--data-path', path])];
  const env = { [DIALECT_VARIABLE]: settings.dialect };
  if (settings.serverPath !== '') return { kind: 'command', command: settings.serverPath, args, env };
  return { kind: 'module', module: bundledMain, args, env };
}

/**
 * The `initializationOptions` for `settings`: the data paths and dialect (as the command line
 * has them) and `upgrade`, which only the initialization options carry.
 */
export function initializationOptions(settings: ExtensionSettings): InitializationOptions {
  return { dataPaths: settings.dataPaths, dialect: settings.dialect, upgrade: settings.upgrade };
}
