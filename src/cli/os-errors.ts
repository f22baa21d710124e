/**
 * Operating-system errors as Python prints them (`[Errno 2] No such file or directory: 'x'`),
 * for the AWS CLI's messages about files it could not read or write.
 */
import { stringRepr } from '../model/python.js';

/** Errno numbers and texts (Linux) for the failures opening, reading or writing a file meets. */
const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  ENOSPC: [28, 'No space left on device'],
  EROFS: [30, 'Read-only file system'],
  ENAMETOOLONG: [36, 'File name too long'],
  ELOOP: [40, 'Too many levels of symbolic links'],
};

/**
 * Python's `str()` of the `OSError` a Node error stands for, or `undefined` for an error
 * without a known errno code.
 * @example pythonOsError({ code: 'ENOENT' }, 'a.json') // "[Errno 2] No such file or directory: 'a.json'"
 */
export function pythonOsError(error: unknown, path: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = code === undefined ? undefined : ERRNO[code];
  return known === undefined ? undefined : `[Errno ${known[0]}] ${known[1]}: ${stringRepr(path)}`;
}
