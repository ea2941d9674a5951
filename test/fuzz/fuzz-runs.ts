/**
 * How many cases each property runs: LOCKSTEP_FUZZ_RUNS, small by default so the fuzz
 * project stays a few seconds inside `npm test`; `npm run fuzz` sets 100,000.
 * Expensive generators (huge lines, deep nesting) run a fraction of it.
 */
const fromEnv = Number(process.env.LOCKSTEP_FUZZ_RUNS);

export const FUZZ_RUNS = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 200;

/** Runs for a property whose cases cost about `costRelativeToCheap` cheap cases. */
export function runsFor(costRelativeToCheap = 1): number {
  return Math.max(10, Math.floor(FUZZ_RUNS / costRelativeToCheap));
}

/** A jest timeout that grows with the run size (the default 60 s fits the small run only). */
export function timeoutFor(runs: number, msPerCase = 2): number {
  return Math.max(60_000, runs * msPerCase * 4);
}
