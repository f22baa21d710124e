// Cold start of `aws-shorthand parse 'a=b'` next to `node -e 0` (target: at most 2x).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

// A bare environment: variables such as NODE_EXTRA_CA_CERTS add ~35 ms to every node start
// and would hide the difference being measured.
const ENV = { PATH: process.env.PATH ?? '' };

/** Median wall-clock milliseconds of running `node ...args` (after one warm-up). */
export function coldMs(args, runs = 21) {
  spawnSync(process.execPath, args, { stdio: 'ignore', env: ENV });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore', env: ENV });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

export function run() {
  const node = coldMs(['-e', '0']);
  const ours = coldMs([MAIN, 'parse', 'a=b']);
  console.log('\n== cold start');
  console.log(`node -e 0                          ${node.toFixed(1).padStart(8)} ms`);
  console.log(`aws-shorthand parse 'a=b'          ${ours.toFixed(1).padStart(8)} ms  (${(ours / node).toFixed(2)}x node, target <= 2x)`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
