/**
 * The file reader the command line passes to the parser: the AWS CLI's `file://` / `fileb://`
 * loading, paths relative to the working directory with `~` and `$VAR` expanded, and the AWS
 * CLI's error texts.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { stringRepr } from '../model/python.js';
import { pythonOsError } from './os-errors.js';
import { ParamFileError } from '../grammar/value.js';
import type { FileReader } from '../grammar/value.js';

/** `os.path.expanduser` then `os.path.expandvars`, as the AWS CLI applies them to file:// paths. */
export function expandPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return expandVars(expandUser(path, env), env);
}

/** Python's `os.path.expanduser` for the current user: a leading `~` becomes `$HOME`. */
export function expandUser(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return path === '~' || path.startsWith('~/') ? (env['HOME'] ?? homedir()) + path.slice(1) : path;
}

/** Python's `os.path.expandvars`: `$NAME` and `${NAME}` of set variables are replaced. */
export function expandVars(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    return env[key] ?? whole;
  });
}

/** Python's text-mode newline translation (`\r\n` and `\r` become `\n`). */
function universalNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A reader of files relative to `cwd`, failing with the AWS CLI's messages. */
export function nodeFileReader(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): FileReader {
  return (path, binary) => {
    const filePath = expandPath(path, env);
    let bytes: Buffer;
    try {
      // Python opens '' as a missing file and keeps a trailing slash (`f/` is not a directory).
      if (filePath === '') throw Object.assign(new Error('empty path'), { code: 'ENOENT' });
      bytes = readFileSync(isAbsolute(filePath) ? filePath : join(cwd, filePath));
    } catch (error) {
      throw new Error(pythonOsError(error, filePath) ?? `[Errno 0] ${(error as Error).message}: ${stringRepr(filePath)}`);
    }
    if (binary) return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    try {
      return universalNewlines(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
    } catch {
      throw new ParamFileError(
        `Unable to load paramfile (${filePath}), text contents could not be decoded.  If this is a binary ` +
          'file, please use the fileb:// prefix instead of the file:// prefix.',
      );
    }
  };
}
