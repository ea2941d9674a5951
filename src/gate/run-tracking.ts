/**
 * Finding and following the base and test runs the gate dispatches: reuse a run
 * GitHub already lists for the tag (or head), read a running one once per gate
 * run, and pick the PR whose comment hosts the lock on base builds.
 */
import { listOpenPulls } from '../github/pulls.js';
import { dispatchWorkflow, getWorkflowRun, listWorkflowRuns, type WorkflowRunInfo } from '../github/workflows.js';
import { httpStatusOf } from '../github/client.js';
import { describeError } from './gate-environment.js';
import { formatDated, parseDated } from './daily-tag.js';
import { mentionsDependencies } from './depends-on.js';
import type { GateEnvironment } from './gate-environment.js';
import { isFinalConclusion, type RunRecord } from './record.js';

/** Conclusions that fail the gate. */
export const FAILED_CONCLUSIONS = new Set(['failure', 'cancelled', 'timed_out', 'startup_failure', 'action_required', 'stale']);



/** Workflow inputs with the daily's date filled in. */
export function dated(inputs: Record<string, string>, date: Date): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, formatDated(value, date)]));
}

/** The PR whose gate comment carries the lock on base builds: the lowest-numbered gated open PR. */
export async function baseLockHost(env: GateEnvironment, current: number): Promise<number> {
  if (!env.cache.gatedPullNumbers) {
    const pulls = await listOpenPulls(env.octokit, env.owner, env.repo);
    env.cache.gatedPullNumbers = pulls.filter((pull) => mentionsDependencies(pull.body)).map((pull) => pull.number);
  }
  return Math.min(current, ...env.cache.gatedPullNumbers);
}

/** A base build for the tag that some run already started (this sweep, or one listed by GitHub). */
export async function findBaseRun(env: GateEnvironment, tag: string): Promise<RunRecord | 'claimed-elsewhere' | undefined> {
  const cached = env.cache.baseByTag.get(tag);
  if (cached) return cached;
  env.cache.baseRuns ??= await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['base-workflow'].file }, { event: 'workflow_dispatch', perPage: 50 });
  const date = parseDated(env.config['daily-tag'], tag);
  const values = date ? Object.values(dated(env.config['base-workflow'].inputs, date)) : [];
  const run = env.cache.baseRuns.find((item) => item.displayTitle.includes(tag) || values.some((value) => value && item.displayTitle.includes(value)));
  return run ? runRecordOf(tag, run) : undefined;
}

/** A test run of this head dispatched earlier (a lost record must not cause a second dispatch). */
export async function findTestRun(env: GateEnvironment, head: string, inputs: Record<string, string>, tag: string): Promise<RunRecord | undefined> {
  const runs = await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['test-workflow'].file }, { event: 'workflow_dispatch', headSha: head, perPage: 20 });
  const values = Object.values(inputs).filter(Boolean);
  const run = runs.find((item) => values.length === 0 || values.some((value) => item.displayTitle.includes(value)));
  return run ? runRecordOf(tag, run) : undefined;
}

export function runRecordOf(tag: string, run: WorkflowRunInfo): RunRecord {
  return { tag, run: run.id, url: run.htmlUrl, conclusion: run.status === 'completed' ? (run.conclusion ?? 'neutral') : null, dispatchedAt: run.createdAt };
}

/** Brings a recorded run up to date: one GET while it runs, none once it has concluded. */
export async function follow<T extends RunRecord>(env: GateEnvironment, recorded: T, workflowFile: string, matches: (run: WorkflowRunInfo) => boolean): Promise<RunRecord> {
  if (isFinalConclusion(recorded.conclusion)) return recorded;
  if (recorded.run !== null) {
    env.cache.runsRead ??= new Map();
    const run = env.cache.runsRead.get(recorded.run) ?? (await getWorkflowRun(env.octokit, env.owner, env.repo, recorded.run));
    env.cache.runsRead.set(recorded.run, run);
    return { ...recorded, url: run.htmlUrl, conclusion: run.status === 'completed' ? (run.conclusion ?? 'neutral') : null };
  }
  // Dispatched on a server that does not return run details: find it among the runs since.
  const since = Date.parse(recorded.dispatchedAt) - 60_000;
  const runs = await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile }, { event: 'workflow_dispatch', perPage: 30 });
  const run = runs.filter((item) => Date.parse(item.createdAt) >= since && matches(item)).at(-1);
  return run ? { ...recorded, run: run.id, url: run.htmlUrl, conclusion: run.status === 'completed' ? (run.conclusion ?? 'neutral') : null } : recorded;
}


/**
 * How long a dispatch whose run was never seen stays trusted. After that the run
 * is looked for once more (by run-name) and, when GitHub still lists none,
 * dispatched again: the dispatch itself must have failed.
 */
export const UNCONFIRMED_DISPATCH_MS = 10 * 60 * 1000;

/** A recorded dispatch whose run never showed up within UNCONFIRMED_DISPATCH_MS. */
export function isLostDispatch(recorded: RunRecord, now: Date): boolean {
  return recorded.run === null && recorded.conclusion === null && now.getTime() - Date.parse(recorded.dispatchedAt) > UNCONFIRMED_DISPATCH_MS;
}

export interface DispatchRequest {
  workflowFile: string;
  ref: string;
  inputs: Record<string, string>;
  tag: string;
  /** Looks the run up in GitHub's list (by run-name or head), fresh. */
  find: () => Promise<RunRecord | undefined>;
}

/**
 * Dispatches a workflow once. The POST is never repeated blindly (github/client.ts):
 * a dispatch that answers an error may have started the run all the same, so the
 * run is looked for by its run-name; when GitHub does not list it (yet), the
 * dispatch is recorded without a run, and later runs look for it before ever
 * dispatching again.
 */
export async function dispatchOnce(env: GateEnvironment, request: DispatchRequest): Promise<{ record: RunRecord; action: string }> {
  const what = `${request.workflowFile} on ${request.ref} with ${JSON.stringify(request.inputs)}`;
  const dispatchedAt = env.now.toISOString();
  try {
    const dispatched = await dispatchWorkflow(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: request.workflowFile }, { ref: request.ref, inputs: request.inputs });
    return { record: { tag: request.tag, run: dispatched.runId ?? null, url: dispatched.htmlUrl ?? null, conclusion: null, dispatchedAt }, action: `dispatched ${what}` };
  } catch (error) {
    // A 4xx is GitHub refusing: nothing started. Anything else may have started the run.
    const status = httpStatusOf(error);
    if (status !== undefined && status < 500) throw error;
    const reason = describeError(error);
    env.log(`dispatch of ${what} failed (${reason}); looking for its run before anything else`);
    const found = await request.find();
    if (found) return { record: found, action: `dispatched ${what}: the answer was an error (${reason}), but run ${found.run} was started; following it` };
    return {
      record: { tag: request.tag, run: null, url: null, conclusion: null, dispatchedAt },
      action: `dispatch of ${what} answered an error (${reason}) and no run is listed yet; later runs look for it by run-name before dispatching again`,
    };
  }
}
