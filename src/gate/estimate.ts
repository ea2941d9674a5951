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

function hours(ms: number | undefined): string {
  if (ms === undefined) return 'an unknown time (no successful run yet)';
  const h = ms / 3600000;
  return h < 1 ? `~${Math.max(1, Math.round(ms / 60000))} min` : `~${h.toFixed(h < 10 ? 1 : 0)} h`;
}

function utcText(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export function estimateEarliestMerge(input: EstimateInput): string {
  const runs = `${hours(input.baseMs)} for the base image and ${hours(input.testMs)} for the tests`;
  if (!input.lastMergedAt) {
    return `at the earliest after the first daily Science Pipelines image built after the last upstream merge (usually the next day), plus ${runs}`;
  }
  const timeOfDay = input.dailyTimeOfDayMs ?? 0;
  const after = Math.max(input.lastMergedAt.getTime(), input.now.getTime());
  let daily = utcDay(input.lastMergedAt).getTime() + timeOfDay;
  while (daily <= after) daily += DAY_MS;
  const total = daily + (input.baseMs ?? 0) + (input.testMs ?? 0);
  const known = input.baseMs !== undefined && input.testMs !== undefined;
  return `earliest merge ${known ? '' : 'after '}${utcText(new Date(total))}: next daily ${utcText(new Date(daily))}${input.dailyTimeOfDayMs === undefined ? ' (build time not seen yet)' : ''}, then ${runs}`;
}

/** ms after midnight UTC of an ISO time. */
export function timeOfDayMs(iso: string): number | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time - utcDay(new Date(time)).getTime();
}
