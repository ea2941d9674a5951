/** The earliest-merge line of a waiting PR, with the run durations it needs (read once per gate run). */
import { listWorkflowRuns, typicalRunDuration } from '../github/workflows.js';
import { estimateEarliestMerge } from './estimate.js';
import { describeError, type GateEnvironment } from './gate-environment.js';
import type { GateState } from './model.js';
import type { GateRecord } from './record.js';

/** The earliest-merge text, recomputed when the state or the UTC day changes (it costs two list calls). */
export async function earliestMerge(
  env: GateEnvironment,
  next: GateRecord,
  record: GateRecord | undefined,
  state: GateState,
  lastMergedAt: Date | undefined,
  dailyTimeOfDayMs?: number,
): Promise<string> {
  const day = env.now.toISOString().slice(0, 10);
  // Recomputed once a day: a daily that did not come as expected moves the estimate.
  if (record?.estimate?.state === state && record.estimate.day === day && record.dependencies.length === next.dependencies.length) {
    next.estimate = record.estimate;
    return record.estimate.text;
  }
  let baseMs: number | undefined;
  let testMs: number | undefined;
  try {
    env.cache.baseRuns ??= await listWorkflowRuns(env.octokit, env.owner, env.repo, env.config['base-workflow'].file, { event: 'workflow_dispatch', perPage: 50 });
    env.cache.testRuns ??= await listWorkflowRuns(env.octokit, env.owner, env.repo, env.config['test-workflow'].file, { perPage: 50 });
    baseMs = typicalRunDuration(env.cache.baseRuns);
    testMs = typicalRunDuration(env.cache.testRuns);
  } catch (error) {
    env.log(`could not read recent run durations: ${describeError(error)}`);
  }
  const text = estimateEarliestMerge({ lastMergedAt, now: env.now, dailyTimeOfDayMs, baseMs, testMs });
  next.estimate = { state, text, day };
  return text;
}

