/**
 * When a waiting PR can merge at the earliest: the next daily build after the
 * last upstream merge, plus the typical durations of the base build and the
 * test runs (medians of their recent successful runs). Science Pipelines work
 * reaches PP a day later; saying so up front spares the surprise.
 */
import { DAY_MS, utcDay } from './daily-tag.js';

export interface EstimateInput {
  /** The last upstream merge; undefined while some upstream PR is open. */
  lastMergedAt?: Date;
  now: Date;
  /** Time of day (ms after midnight UTC) daily images are usually created, if seen. */
  dailyTimeOfDayMs?: number;
  baseMs?: number;
  testMs?: number;
}

function duration(ms: number): string {
  const h = ms / 3600000;
  return h < 1 ? `~${Math.max(1, Math.round(ms / 60000))} min` : `~${h.toFixed(h < 10 ? 1 : 0)} h`;
}

function utcText(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** "+ ~2.0 h base image + ~45 min tests", or what is not known yet. */
function runsText(baseMs: number | undefined, testMs: number | undefined): string {
  if (baseMs !== undefined && testMs !== undefined) return `+ ${duration(baseMs)} base image + ${duration(testMs)} tests`;
  const known = [baseMs !== undefined ? `${duration(baseMs)} base image` : '', testMs !== undefined ? `${duration(testMs)} tests` : ''].filter(Boolean);
  const unknown = [baseMs === undefined ? 'base image' : '', testMs === undefined ? 'tests' : ''].filter(Boolean).join(' and ');
  return `${known.length ? `+ ${known.join(' + ')} ` : ''}+ the ${unknown} (no successful run to time yet)`;
}

/** The earliest time the PR can merge, as one line for the comment. */
export function estimateEarliestMerge(input: EstimateInput): string {
  const runs = runsText(input.baseMs, input.testMs);
  if (!input.lastMergedAt) return `the next daily image after the last upstream merge (usually the next day) ${runs}`;
  const timeOfDay = input.dailyTimeOfDayMs ?? 0;
  const after = Math.max(input.lastMergedAt.getTime(), input.now.getTime());
  let daily = utcDay(input.lastMergedAt).getTime() + timeOfDay;
  while (daily <= after) daily += DAY_MS;
  const total = daily + (input.baseMs ?? 0) + (input.testMs ?? 0);
  const known = input.baseMs !== undefined && input.testMs !== undefined;
  const dailyText = input.dailyTimeOfDayMs === undefined ? `the daily of ${utcText(new Date(daily)).slice(0, 10)} (build time not seen yet)` : `the next daily ~${utcText(new Date(daily))}`;
  return `${known ? '' : 'after '}${utcText(new Date(total))}: ${dailyText} ${runs}`;
}

/** ms after midnight UTC of an ISO time. */
export function timeOfDayMs(iso: string): number | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time - utcDay(new Date(time)).getTime();
}
