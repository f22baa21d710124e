// Parse throughput: aws-shorthand vs JSON.parse on the same data, and vs the AWS CLI's own
// Python parser when python3 + awscli are installed. Run through `npm run bench` (builds first).
import { spawnSync } from 'node:child_process';
import { parse } from '../dist/index.js';
import { interleavedRounds, medianOf } from './measure.mjs';

/** A ~1 MB shorthand document shaped like real requests: hashes, lists, csv, quotes. */
export function generateDocument(targetBytes = 1_000_000) {
  const items = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const item =
      `{Name=item-${i},Enabled=true,Count=${i % 97},Values=[alpha,beta,gamma-${i}],` +
      `Nested={S3Uri=s3://bucket/prefix/${i}/data.csv,Note='quoted, with comma',Type=S3Prefix}}`;
    items.push(item);
    size += item.length + 1;
  }
  return `Items=[${items.join(',')}],Tags=a,b,c,Name=benchmark`;
}

/** Seconds the AWS CLI's ShorthandParser takes on `text` (median of 5), or undefined. */
function pythonSeconds(text) {
  const script = `
import sys, time
from awscli.shorthand import ShorthandParser
text = sys.stdin.read()
times = []
for _ in range(5):
    t0 = time.perf_counter(); ShorthandParser().parse(text); times.append(time.perf_counter() - t0)
times.sort(); print(times[2])
`;
  const result = spawnSync('python3', ['-c', script], { input: text, encoding: 'utf8', maxBuffer: 1 << 26 });
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

export function run() {
  const text = generateDocument();
  const json = JSON.stringify(parse(text));
  const mb = (s) => Buffer.byteLength(s) / 1e6;
  // Interleaved rounds, the ratio taken within each round: the machine is shared.
  const rounds = interleavedRounds([() => JSON.parse(json), () => parse(text)], 31);
  const native = medianOf(rounds.map(([n]) => n));
  const ours = medianOf(rounds.map(([, o]) => o));
  const python = pythonSeconds(text);
  const rows = [
    ['aws-shorthand parse', mb(text), ours],
    ['JSON.parse (same data as JSON)', mb(json), native],
  ];
  if (python !== undefined) rows.push(['AWS CLI ShorthandParser (python)', mb(text), python]);
  console.log(`\n== parse throughput (${mb(text).toFixed(2)} MB shorthand, ${mb(json).toFixed(2)} MB JSON)`);
  for (const [name, size, seconds] of rows) {
    console.log(`${name.padEnd(36)} ${(seconds * 1000).toFixed(1).padStart(8)} ms  ${(size / seconds).toFixed(1).padStart(8)} MB/s`);
  }
  const ratio = medianOf(rounds.map(([n, o]) => mb(text) / o / (mb(json) / n)));
  console.log(`throughput ratio vs JSON.parse (MB/s / MB/s, median of per-round ratios): ${ratio.toFixed(3)}x  (target >= 0.4x, goal 0.5x)`);
  console.log(`same data, time ratio JSON.parse/ours: ${medianOf(rounds.map(([n, o]) => n / o)).toFixed(3)}x`);
  if (python !== undefined) console.log(`speed-up over the AWS CLI's parser: ${(python / ours).toFixed(1)}x`);
  return { ratio };
}

if (import.meta.url === `file://${process.argv[1]}`) run();
