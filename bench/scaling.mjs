// Time per KB from 1 KB to 1 MB on error-dense and large legal input: the throwing `parse`,
// `parseDocument` and the editor's `diagnose` should cost the same per KB at every size (a
// caret picture drawn for every error once made a 64,000-comma value take 34 s). Each figure is
// compared with `JSON.parse` on a JSON document of the same size. Times are CPU time (see `ms`).
import { parse, parseDocument } from '../dist/index.js';
import { loadServices } from './editor.mjs';
import { generateDocument } from './parse.mjs';

const SIZES = [1_000, 16_000, 128_000, 1_000_000];

/** `prefix`, then `unit(i)` for i = 0, 1, … until the text has at least `size` characters. */
function repeated(size, prefix, unit) {
  const parts = [prefix];
  let length = prefix.length;
  for (let i = 0; length < size; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** A legal value 400 levels deep (the AWS CLI itself stops near 480). */
const DEEP = `${'['.repeat(400)}x${']'.repeat(400)}`;

/** The inputs, each a function of its size in characters. */
export const INPUTS = {
  'comma flood (a=,,,,…)': (size) => 'a=' + ','.repeat(size - 2),
  'error flood (mixed errors)': (size) => repeated(size, '', (i) => `k${i}=a b,=v,[x,k${i}y,{p=}q,`),
  'unclosed [ flood': (size) => 'a=' + '['.repeat(size - 2),
  'duplicate keys (a=1,a=1,…)': (size) => repeated(size, 'a=1', () => ',a=1'),
  'many keys (legal)': (size) => repeated(size, 'k=v', (i) => `,k${i}=v${i}`),
  'deep nesting (legal, 400 levels)': (size) => repeated(size, '', (i) => `${i === 0 ? '' : ','}k${i}=${DEEP}`),
};

/** CPU milliseconds (user + system, this process) since `since`. */
function cpuMs(since) {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/**
 * Median CPU milliseconds of one call of `fn`, over batches of ~5 ms, within ~`budget` ms (at
 * least one call). CPU time rather than wall time: on a shared machine the wall clock mostly
 * measures the other processes; CPU time still counts our garbage collector's threads.
 */
function ms(fn, budget = 150) {
  const t0 = process.cpuUsage();
  fn();
  const first = cpuMs(t0);
  if (first >= budget / 3) return first;
  const batch = Math.max(1, Math.ceil(5 / Math.max(first, 0.001)));
  const samples = Math.max(1, Math.min(15, Math.floor(budget / (batch * Math.max(first, 0.001)))));
  const times = [];
  for (let i = 0; i < samples; i++) {
    const start = process.cpuUsage();
    for (let j = 0; j < batch; j++) fn();
    times.push(cpuMs(start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** `parse` as a caller uses it: the value, or the error with its message read. */
function parseOrMessage(text) {
  try {
    return parse(text);
  } catch (error) {
    return error.message.length;
  }
}

export async function run() {
  const editor = await loadServices();
  const jsonPerKb = SIZES.map((size) => {
    // The generated document's JSON is ~1.25x its shorthand: generate a little less.
    const text = JSON.stringify(parse(generateDocument(Math.round(size * 0.8))));
    return ms(() => JSON.parse(text)) / (text.length / 1000);
  });
  const services = {
    parse: (text) => parseOrMessage(text),
    parseDocument: (text) => parseDocument(text),
    diagnose: (text) => editor.diagnose(text, undefined),
  };
  // Warm up every path first, so the 1 KB figures do not pay for compilation.
  for (const make of Object.values(INPUTS)) {
    const text = make(16_000);
    for (const fn of Object.values(services)) for (let i = 0; i < 3; i++) fn(text);
  }
  console.log('\n== scaling: CPU microseconds per KB (JSON.parse on same-size JSON for comparison)');
  console.log(`${'input'.padEnd(34)} ${'service'.padEnd(14)} ${SIZES.map((s) => `${s / 1000} KB`.padStart(9)).join('')}  ${'1 MB / 1 KB'.padStart(11)}  vs JSON.parse @1 MB`);
  console.log(`${'JSON.parse (same-size JSON)'.padEnd(34)} ${''.padEnd(14)} ${jsonPerKb.map((t) => (t * 1000).toFixed(1).padStart(9)).join('')}`);
  const worst = [];
  for (const [name, make] of Object.entries(INPUTS)) {
    const texts = SIZES.map(make);
    for (const [service, fn] of Object.entries(services)) {
      const perKb = texts.map((text) => ms(() => fn(text)) / (text.length / 1000));
      const growth = perKb[perKb.length - 1] / perKb[0];
      const ratio = perKb[perKb.length - 1] / jsonPerKb[jsonPerKb.length - 1];
      worst.push(growth);
      console.log(
        `${name.padEnd(34)} ${service.padEnd(14)} ${perKb.map((t) => (t * 1000).toFixed(1).padStart(9)).join('')}  ${`${growth.toFixed(2)}x`.padStart(11)}  ${ratio.toFixed(1)}x slower`,
      );
    }
  }
  console.log(`largest growth of time per KB from 1 KB to 1 MB: ${Math.max(...worst).toFixed(2)}x (flat is ~1x)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
