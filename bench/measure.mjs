// Timing a command: wall-clock time of a whole child process (what a CI step pays), one
// discarded warm-up run (so the first run does not pay for a cold page cache), then
// `runs` measured runs summarised as median and spread.
import { spawnSync } from 'node:child_process';

/** @typedef {{ cmd: string, args: string[], cwd?: string, env?: Record<string, string> }} Command */

export function runOnce({ cmd, args, cwd, env }) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd, env: env ?? process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (x) => Math.round(x * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(median),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    /** (max − min) / median: how far apart the runs were, as a fraction of the typical run. */
    spread: median > 0 ? Math.round(((sorted[sorted.length - 1] - sorted[0]) / median) * 100) / 100 : 0,
    samplesMs: samples.map(round),
  };
}

/**
 * Runs `command` once to warm up and `runs` times measured. `accept(result)` says whether a
 * run did the job (e.g. exit 0 or 1 for a check); the first unaccepted run stops the
 * measurement and is returned as `failure`, so a broken command never yields a time.
 */
export function measure(command, { runs, accept = (r) => r.status === 0 } = {}) {
  const warmUp = runOnce(command);
  if (!accept(warmUp)) return { failure: describeFailure(warmUp), last: warmUp };
  const samples = [];
  let last = warmUp;
  for (let i = 0; i < runs; i++) {
    last = runOnce(command);
    if (!accept(last)) return { failure: describeFailure(last), last };
    samples.push(last.ms);
  }
  return { ...summarize(samples), status: last.status, last };
}

export function describeFailure(result) {
  if (result.error) return `could not start: ${result.error.message}`;
  const text = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(0, 4).join(' | ');
  return `exit ${result.status ?? result.signal}: ${text.slice(0, 400)}`;
}

/**
 * Several commands measured side by side: one warm-up each, then `runs` rounds that run
 * every command once in turn, so drift in the machine's load touches all of them alike.
 * Returns, per key, what `measure` returns.
 */
export function measureSideBySide(entries, { runs, accept = (r) => r.status === 0 } = {}) {
  const state = new Map();
  for (const [key, command] of entries) {
    const warmUp = runOnce(command);
    state.set(key, accept(warmUp) ? { command, samples: [], last: warmUp } : { failure: describeFailure(warmUp), last: warmUp });
  }
  for (let round = 0; round < runs; round++) {
    for (const entry of state.values()) {
      if (entry.failure) continue;
      const result = runOnce(entry.command);
      entry.last = result;
      if (!accept(result)) entry.failure = describeFailure(result);
      else entry.samples.push(result.ms);
    }
  }
  return new Map(
    [...state].map(([key, entry]) => [key, entry.failure ? { failure: entry.failure, last: entry.last } : { ...summarize(entry.samples), status: entry.last.status, last: entry.last }]),
  );
}
