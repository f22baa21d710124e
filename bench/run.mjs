// `npm run bench`: every benchmark in one run. Each bench/*.mjs module exports run().
import { readdirSync } from 'node:fs';

const order = ['parse.mjs', 'startup.mjs'];
const others = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !order.includes(f))
  .sort();
for (const file of [...order, ...others]) {
  const module = await import(new URL(file, import.meta.url).href);
  if (typeof module.run === 'function') await module.run();
}
