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
    expect(text).toBe('earliest merge 2026-11-27 09:15 UTC: next daily 2026-11-27 06:30 UTC, then ~2.0 h for the base image and ~45 min for the tests');
  });

  test('a daily time already past today moves to tomorrow; unknown durations are said so', () => {
    const text = estimateEarliestMerge({ lastMergedAt: new Date('2026-11-26T01:00:00Z'), now: new Date('2026-11-26T07:00:00Z'), dailyTimeOfDayMs: 6 * HOUR });
    expect(text).toMatch(/^earliest merge after 2026-11-27 06:00 UTC: next daily 2026-11-27 06:00 UTC, then an unknown time/);
  });

  test('with upstream PRs still open, the estimate is relative to their merge', () => {
    expect(estimateEarliestMerge({ now: new Date(), baseMs: HOUR, testMs: HOUR })).toMatch(/^at the earliest after the first daily .* plus ~1.0 h for the base image and ~1.0 h for the tests$/);
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
