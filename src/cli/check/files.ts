/**
 * Which scripts `check` reads: files named on the command line (any name), `-` for stdin, and
 * the shell scripts found under a directory (`*.sh`, `*.bash`, `*.ksh`, `*.zsh`, or a file
 * without an extension whose first line is a shell's `#!`). Hidden entries and `node_modules`
 * are skipped and symbolic links to directories are not followed, so a walk cannot loop.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** A script to check: its name as shown in the output, and its path (none for stdin). */
export interface ScriptSource {
  readonly name: string;
  /** The path to read, resolved against the working directory; undefined for stdin. */
  readonly path?: string;
}

/** Scripts to check, and the arguments that named nothing readable. */
export interface CollectedScripts {
  readonly scripts: readonly ScriptSource[];
  /** `name: reason`, one per argument that could not be used. */
  readonly errors: readonly string[];
}

const SCRIPT_EXTENSIONS = new Set(['.sh', '.bash', '.ksh', '.zsh']);
const SHEBANG = /^#![ \t]*\/\S*\/(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:ba|da|k|z|mk)?sh\b/;

/** The scripts `args` name, with directories walked, relative to `cwd`. */
export function collectScripts(args: readonly string[], cwd: string): CollectedScripts {
  const scripts: ScriptSource[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      scripts.push({ name: '-' });
      continue;
    }
    const path = resolve(cwd, arg);
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // Not there or not readable: reading it reports the reason.
    }
    if (isDirectory) walk(arg, path, scripts, errors);
    else scripts.push({ name: arg, path });
  }
  return { scripts, errors };
}

/** Add the shell scripts under the directory `path` (shown as `name`), in name order. */
function walk(name: string, path: string, out: ScriptSource[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    errors.push(`${name}: ${(error as Error).message}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const childName = name.endsWith('/') ? `${name}${entry.name}` : `${name}/${entry.name}`;
    const childPath = join(path, entry.name);
    if (entry.isDirectory()) walk(childName, childPath, out, errors);
    else if (entry.isFile() && isShellScript(entry.name, childPath)) out.push({ name: childName, path: childPath });
  }
}

/** Whether a file found in a directory is a shell script, by its extension or its `#!` line. */
function isShellScript(name: string, path: string): boolean {
  const extension = extname(name);
  if (SCRIPT_EXTENSIONS.has(extension)) return true;
  if (extension !== '') return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(128);
    const read = readSync(fd, head, 0, head.length, 0);
    return SHEBANG.test(head.subarray(0, read).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
