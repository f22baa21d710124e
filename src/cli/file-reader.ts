/**
 * The file reader the command line passes to the parser: the AWS CLI's `file://` / `fileb://`
 * loading, paths relative to the working directory with `~` and `$VAR` expanded, and the AWS
 * CLI's error texts.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { ParamFileError } from '../grammar/value.js';
import type { FileReader } from '../grammar/value.js';

/** Errno numbers and texts as Python prints them for the failures a file read can meet. */
const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ENAMETOOLONG: [36, 'File name too long'],
};

/** `os.path.expanduser` then `os.path.expandvars`, as the AWS CLI applies them. */
export function expandPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  let expanded = path;
  if (expanded === '~' || expanded.startsWith('~/')) expanded = (env.HOME ?? homedir()) + expanded.slice(1);
  return expanded.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    return env[key] ?? whole;
  });
}

/** Python's `repr()` of a file name, as it appears in OSError texts. */
function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = text.replaceAll('\\', '\\\\').replace(/[\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
  if (quote === "'") body = body.replaceAll("'", "\\'");
  return `${quote}${body}${quote}`;
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
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const [errno, text] = ERRNO[code] ?? [0, (error as Error).message];
      throw new Error(`[Errno ${errno}] ${text}: ${pythonRepr(filePath)}`);
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
