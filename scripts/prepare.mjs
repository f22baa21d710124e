/**
 * npm's `prepare` hook: builds `dist/` so that `npm pack`, `npm install <git url>` and
 * `npm install <directory>` / `npm link` give a package whose `aws-shorthand` command and
 * entry points exist (the repository holds no build output).
 *
 * npm also runs `prepare` after `npm ci` in the repository; there the build is skipped,
 * because CI and developers build explicitly (`npm run build`, `npm test`) and a second build
 * would cost ~10 s of CPU for nothing. A git dependency is prepared with `npm install`, so it
 * is still built.
 */
import { spawnSync } from 'node:child_process';

if (process.env['npm_command'] === 'ci') {
  process.stderr.write('aws-shorthand: prepare skips the build after `npm ci` (run `npm run build`)\n');
} else {
  const npm = process.env['npm_execpath'];
  // The build's log goes to stderr: `npm pack --json` prints its answer on this stdout.
  const stdio = ['inherit', 2, 2];
  // npm_execpath is npm's own script: run it with this node, as npm itself would.
  const result =
    npm === undefined
      ? spawnSync('npm', ['run', 'build'], { stdio, shell: process.platform === 'win32' })
      : spawnSync(process.execPath, [npm, 'run', 'build'], { stdio });
  process.exitCode = result.status ?? 1;
}
