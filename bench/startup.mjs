// Cold starts next to `node -e 0`, in alternating runs: a program that imports the toolkit
// (ESM and CommonJS) and parses `a=b` (target: at most 1.35x), and `aws-shorthand parse 'a=b'`
// (target: at most 2x).
import { fileURLToPath } from 'node:url';
import { alternatingMediansMs } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = `${ROOT}dist/cli/main.js`;

export function run() {
  const commands = [
    ['node -e 0', ['-e', '0']],
    ["import 'aws-shorthand', parse('a=b')", ['--input-type=module', '-e', `import { parse } from ${JSON.stringify(`${ROOT}dist/index.js`)}; parse('a=b');`]],
    ["require('aws-shorthand'), parse('a=b')", ['-e', `require(${JSON.stringify(`${ROOT}dist/index.cjs`)}).parse('a=b');`]],
    ["aws-shorthand parse 'a=b'", [MAIN, 'parse', 'a=b']],
  ];
  const times = alternatingMediansMs(commands.map(([, args]) => [process.execPath, args]));
  const node = times[0];
  const targets = ['', 'target <= 1.35x', 'target <= 1.35x', 'target <= 2x'];
  console.log('\n== cold start (medians of alternating runs)');
  commands.forEach(([name], i) => {
    const ratio = i === 0 ? '' : `  (${(times[i] / node).toFixed(2)}x node, ${targets[i]})`;
    console.log(`${name.padEnd(40)} ${times[i].toFixed(1).padStart(8)} ms${ratio}`);
  });
  return { importRatio: times[1] / node, requireRatio: times[2] / node };
}

if (import.meta.url === `file://${process.argv[1]}`) run();
