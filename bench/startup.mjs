// Cold start of `aws-shorthand parse 'a=b'` next to `node -e 0` (target: at most 2x).
import { fileURLToPath } from 'node:url';
import { medianMs } from './measure.mjs';

const MAIN = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

export function run() {
  const node = medianMs(process.execPath, ['-e', '0']);
  const ours = medianMs(process.execPath, [MAIN, 'parse', 'a=b']);
  console.log('\n== cold start');
  console.log(`node -e 0                          ${node.toFixed(1).padStart(8)} ms`);
  console.log(`aws-shorthand parse 'a=b'          ${ours.toFixed(1).padStart(8)} ms  (${(ours / node).toFixed(2)}x node, target <= 2x)`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
