/** The earliest-merge line of a waiting PR, with the run durations it needs (read once per gate run). */
import { listWorkflowRuns, typicalRunDuration } from '../github/workflows.js';
import { estimateEarliestMerge } from './estimate.js';
import { describeError, type GateEnvironment } from './gate-environment.js';
import type { GateState } from './model.js';
import type { GateRecord } from './record.js';

/** The estimate a record keeps: its text, for the state and UTC day it was computed on. */
export type RecordedEstimate = NonNullable<GateRecord['estimate']>;

export interface EstimateRequest {
  /** The record of the PR's gate comment, whose estimate is reused while it still holds. */
  previous: GateRecord | undefined;
  /** Upstream PRs the PR depends on now: a change in their number moves the estimate. */
  dependencyCount: number;
  state: GateState;
  lastMergedAt?: Date;
  dailyTimeOfDayMs?: number;
}

/** The earliest-merge estimate, recomputed when the state or the UTC day changes (it costs two list calls). */
export async function earliestMerge(env: GateEnvironment, { previous, dependencyCount, state, lastMergedAt, dailyTimeOfDayMs }: EstimateRequest): Promise<RecordedEstimate> {
  const day = env.now.toISOString().slice(0, 10);
  // Recomputed once a day: a daily that did not come as expected moves the estimate.
  if (previous?.estimate?.state === state && previous.estimate.day === day && previous.dependencies.length === dependencyCount) return previous.estimate;
  let baseMs: number | undefined;
  let testMs: number | undefined;
  try {
    env.cache.baseRuns ??= await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['base-workflow'].file }, { event: 'workflow_dispatch', perPage: 50 });
    env.cache.testRuns ??= await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['test-workflow'].file }, { perPage: 50 });
    baseMs = typicalRunDuration(env.cache.baseRuns);
    testMs = typicalRunDuration(env.cache.testRuns);
  } catch (error) {
    env.log(`could not read recent run durations: ${describeError(error)}`);
  }
  const text = estimateEarliestMerge({ lastMergedAt, now: env.now, dailyTimeOfDayMs, baseMs, testMs });
  return { state, text, day };
}
