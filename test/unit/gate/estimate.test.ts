import { describe, expect, test } from '@jest/globals';
import { estimateEarliestMerge, timeOfDayMs } from '../../../src/gate/estimate.js';
import { typicalRunDuration, type WorkflowRunInfo } from '../../../src/github/workflows.js';

const HOUR = 3600000;

describe('earliest merge', () => {
  test('next daily at the usual time after the merge, plus the typical base and test durations', () => {
    const text = estimateEarliestMerge({
      lastMergedAt: new Date('2026-11-26T10:00:00Z'),
      now: new Date('2026-11-26T12:00:00Z'),
      dailyTimeOfDayMs: timeOfDayMs('2026-11-26T06:30:00Z'),
      baseMs: 2 * HOUR,
      testMs: 45 * 60000,
    });
    expect(text).toBe('2026-11-27 09:15 UTC: the next daily ~2026-11-27 06:30 UTC + ~2.0 h base image + ~45 min tests');
  });

  test('a daily time already past today moves to tomorrow; unknown durations are said so', () => {
    const text = estimateEarliestMerge({ lastMergedAt: new Date('2026-11-26T01:00:00Z'), now: new Date('2026-11-26T07:00:00Z'), dailyTimeOfDayMs: 6 * HOUR });
    expect(text).toBe('after 2026-11-27 06:00 UTC: the next daily ~2026-11-27 06:00 UTC + the base image and tests (no successful run to time yet)');
    const partly = estimateEarliestMerge({ lastMergedAt: new Date('2026-11-26T01:00:00Z'), now: new Date('2026-11-26T02:00:00Z'), baseMs: HOUR });
    expect(partly).toBe('after 2026-11-27 01:00 UTC: the daily of 2026-11-27 (build time not seen yet) + ~1.0 h base image + the tests (no successful run to time yet)');
  });

  test('with upstream PRs still open, the estimate is relative to their merge', () => {
    expect(estimateEarliestMerge({ now: new Date(), baseMs: HOUR, testMs: HOUR })).toBe('the next daily image after the last upstream merge (usually the next day) + ~1.0 h base image + ~1.0 h tests');
  });

  test('typical duration: the median of successful completed runs only', () => {
    const run = (minutes: number, conclusion = 'success', status = 'completed'): WorkflowRunInfo => ({
      id: minutes,
      status,
      conclusion,
      htmlUrl: '',
      headSha: '',
      headBranch: 'main',
      displayTitle: '',
      event: 'workflow_dispatch',
      createdAt: '2026-11-26T00:00:00Z',
      runStartedAt: '2026-11-26T00:00:00Z',
      updatedAt: new Date(Date.parse('2026-11-26T00:00:00Z') + minutes * 60000).toISOString(),
    });
    expect(typicalRunDuration([run(10), run(30), run(20), run(500, 'failure'), run(900, 'success', 'in_progress')])).toBe(20 * 60000);
    expect(typicalRunDuration([run(10), run(20)])).toBe(15 * 60000);
    expect(typicalRunDuration([])).toBeUndefined();
  });
});
