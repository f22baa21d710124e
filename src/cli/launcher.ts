/**
 * The `aws-shorthand` executable (`dist/cli/main.js`): runs the command line bundle
 * (`dist/cli/program.js`, built from `main.ts`) with a V8 code cache.
 *
 * Compiling the ~215 KB bundle was the largest single cost of a cold dry run (~15 ms of CPU,
 * more on a busy machine). Node 20 has no compile cache of its own (`module.enableCompileCache`
 * is Node 22), so the bundle is compiled here as a `vm.Script` with the code V8 produced on an
 * earlier run, kept in `$XDG_CACHE_HOME/aws-shorthand` (default `~/.cache/aws-shorthand`) beside
 * the operation cache. The file's name carries the Node version and architecture and the
 * bundle's size and modification time, so a rebuilt bundle or another Node never reads it; V8
 * also checks its own version and flags and rejects data that does not match, and then the
 * bundle is compiled from source as if there were no cache. `AWS_SHORTHAND_NO_CACHE` turns this
 * cache off with the operation cache. Any failure to read or write it only costs the time.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const PROGRAM = join(__dirname, 'program.js');

/** The code cache file of this bundle under this Node, or `undefined` when caching is off. */
function codeCachePath(env: NodeJS.ProcessEnv): string | undefined {
  const off = env['AWS_SHORTHAND_NO_CACHE'];
  if (off !== undefined && off !== '' && off !== '0') return undefined;
  try {
    const stat = statSync(PROGRAM);
    const base = env['XDG_CACHE_HOME'] !== undefined && env['XDG_CACHE_HOME'] !== '' ? env['XDG_CACHE_HOME'] : join(env['HOME'] ?? homedir(), '.cache');
    const name = `cli-${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}.v8`;
    return join(base, 'aws-shorthand', 'code', name);
  } catch {
    return undefined;
  }
}

function readCache(path: string | undefined): Buffer | undefined {
  if (path === undefined) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the code V8 has compiled by now (after the run, so functions compiled lazily are in it). */
function writeCache(path: string, script: Script): void {
  try {
    const data = script.createCachedData();
    mkdirSync(dirname(path), { recursive: true });
    // Written aside and renamed, so that a concurrent start never reads half a file.
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, data);
    renameSync(partial, path);
    // The code of an earlier bundle or Node is never read again (its name no longer matches).
    for (const name of readdirSync(dirname(path))) {
      if (name.endsWith('.v8') && name !== basename(path)) unlinkSync(join(dirname(path), name));
    }
  } catch {
    // A cache that cannot be written is only slower next time.
  }
}

const cachePath = codeCachePath(process.env);
const cachedData = readCache(cachePath);
// The CommonJS module wrapper, plus the bundle's `import()` of packages (src/cli/import-package.ts):
// an `import()` compiled in a vm.Script needs Node's experimental vm loader hooks, this one does not.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname, __importPackage) {', '\n})'];
const script = new Script(WRAPPER[0] + readFileSync(PROGRAM, 'utf8') + WRAPPER[1], { filename: PROGRAM, cachedData });
if (cachePath !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
  process.once('exit', () => writeCache(cachePath, script));
}
const programModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(
  programModule.exports,
  programModule.exports,
  createRequire(PROGRAM),
  programModule,
  PROGRAM,
  __dirname,
  (specifier: string): Promise<unknown> => import(specifier),
);
