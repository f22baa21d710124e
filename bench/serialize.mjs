// Serialize throughput: aws-shorthand's serialize vs JSON.stringify on the same ~1 MB value,
// model-less and model-aware. Run through `npm run bench` (builds first), or on its own:
// `node bench/serialize.mjs` (bundles the sources with esbuild when dist has no serialize yet).
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { interleavedRounds, median, medianOf } from './measure.mjs';

const root = new URL('..', import.meta.url);

/** `serialize` from the built package, or from the sources through a small esbuild bundle. */
async function loadSerialize() {
  try {
    const dist = await import(new URL('dist/index.js', root).href);
    if (typeof dist.serialize === 'function') return dist.serialize;
  } catch {
    // no build yet
  }
  const { buildSync } = await import('esbuild');
  const outdir = fileURLToPath(new URL('.bench-tmp/', root));
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}serializer.mjs`;
  buildSync({
    entryPoints: [fileURLToPath(new URL('src/serializer/index.ts', root))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)).serialize;
}

/** A ~1 MB value shaped like real requests: lists of structures, csv-able lists, numbers, quotes. */
export function generateValue(targetBytes = 1_000_000) {
  const items = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const item = {
      Name: `item-${i}`,
      Enabled: i % 2 === 0,
      Count: i % 97,
      Values: ['alpha', 'beta', `gamma-${i}`],
      Nested: { S3Uri: `s3://bucket/prefix/${i}/data.csv`, Note: 'quoted, with comma', Type: 'S3Prefix' },
    };
    items.push(item);
    size += JSON.stringify(item).length + 1;
  }
  return { Items: items, Tags: ['a', 'b', 'c'], Name: 'benchmark' };
}

/** The same value's shape, so the model-aware path is measured too. */
function shapeOf() {
  const string = { kind: 'string', name: 'String' };
  const strings = { kind: 'list', name: 'Strings', member: string };
  const member = (name, shape) => [name, { name, shape }];
  const structure = (name, members) => ({ kind: 'structure', name, members: new Map(members), required: new Set() });
  const nested = structure('Nested', [member('S3Uri', string), member('Note', string), member('Type', string)]);
  const item = structure('Item', [
    member('Name', string),
    member('Enabled', { kind: 'boolean', name: 'Boolean' }),
    member('Count', { kind: 'integer', name: 'Integer' }),
    member('Values', strings),
    member('Nested', nested),
  ]);
  return structure('Request', [member('Items', { kind: 'list', name: 'Items', member: item }), member('Tags', strings), member('Name', string)]);
}

export async function run() {
  const serialize = await loadSerialize();
  const value = generateValue();
  const shape = shapeOf();
  const json = JSON.stringify(value);
  const text = serialize(value).text;
  const typed = serialize(value, shape).text;
  const mb = (s) => Buffer.byteLength(s) / 1e6;
  // Interleaved rounds, ratios taken within each round: the machine is shared.
  const rounds = interleavedRounds([() => JSON.stringify(value), () => serialize(value), () => serialize(value, shape)], 31);
  const native = medianOf(rounds.map(([n]) => n));
  const plain = medianOf(rounds.map(([, p]) => p));
  const aware = medianOf(rounds.map(([, , a]) => a));
  const plainRatio = medianOf(rounds.map(([n, p]) => n / p));
  const awareRatio = medianOf(rounds.map(([n, , a]) => n / a));
  const pretty = median(() => serialize(value, shape, { pretty: true }), 5, 2);
  console.log(`\n== serialize throughput (${mb(json).toFixed(2)} MB as JSON, ${mb(text).toFixed(2)} MB as shorthand)`);
  const rows = [
    ['JSON.stringify', native],
    ['aws-shorthand serialize (no shape)', plain],
    ['aws-shorthand serialize (shape)', aware],
    ['aws-shorthand serialize (shape, pretty)', pretty],
  ];
  for (const [name, seconds] of rows) {
    console.log(`${name.padEnd(40)} ${(seconds * 1000).toFixed(1).padStart(8)} ms  ${(native / seconds).toFixed(3).padStart(7)}x JSON.stringify`);
  }
  console.log(`same value, time ratio JSON.stringify/serialize (median of per-round ratios): ${plainRatio.toFixed(3)}x model-less, ${awareRatio.toFixed(3)}x model-aware  (target >= 0.5x)`);
  console.log(`output size: shorthand ${mb(text).toFixed(2)} MB (model-aware ${mb(typed).toFixed(2)} MB) vs JSON ${mb(json).toFixed(2)} MB`);
  return { ratio: plainRatio, modelAwareRatio: awareRatio };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
