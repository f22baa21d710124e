// Timing helpers shared by the benchmarks.
import { spawnSync } from 'node:child_process';

/** Median seconds of `fn` over `runs` runs after `warmup` runs. */
export function median(fn, runs = 15, warmup = 5) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The median of `values` (sorts a copy). */
export function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Seconds of each of `fns` per round, run in turns (each once per round, after `warmup` rounds),
 * so that a ratio taken within a round compares work done under the same machine load.
 */
export function interleavedRounds(fns, runs = 21, warmup = 5) {
  for (let i = 0; i < warmup; i++) for (const fn of fns) fn();
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    rounds.push(
      fns.map((fn) => {
        const t0 = process.hrtime.bigint();
        fn();
        return Number(process.hrtime.bigint() - t0) / 1e9;
      }),
    );
  }
  return rounds;
}

// A bare environment for cold starts: variables such as NODE_EXTRA_CA_CERTS add ~35 ms to every
// node start and would hide the difference being measured.
export const BARE_ENV = { PATH: process.env.PATH ?? '' };

/** Median wall-clock milliseconds of `command args` (after one warm-up run that must succeed). */
export function medianMs(command, args, runs = 21, env = BARE_ENV) {
  const warm = spawnSync(command, args, { env, encoding: 'utf8' });
  if (warm.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${warm.status}): ${warm.stderr}`);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(command, args, { env, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

/**
 * Median wall-clock milliseconds of each `[command, args]`, run in turns (one of each, then
 * again) so that a busy machine weighs on all of them alike; one warm-up run each must succeed.
 */
export function alternatingMediansMs(commands, runs = 21, env = BARE_ENV) {
  for (const [command, args] of commands) {
    const warm = spawnSync(command, args, { env, encoding: 'utf8' });
    if (warm.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${warm.status}): ${warm.stderr}`);
  }
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([command, args], j) => {
      const t0 = process.hrtime.bigint();
      spawnSync(command, args, { env, stdio: 'ignore' });
      times[j].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(runs / 2)]);
}
