/**
 * One PR through the gate: recompute its state from GitHub and the registry
 * (reusing what the record says is settled), do the one thing that state asks
 * for (dispatch the base build or the tests, once), then write the commit status
 * and the sticky comment when they changed. The steps are in pr-steps.ts.
 *
 * Fail closed: any call that fails or answers what the gate cannot interpret
 * leaves the status pending with the reason (or failed); nothing defaults to
 * success.
 */
import { fitDescription, type CommitStatus } from '../github/commit-status.js';
import type { PullInfo } from '../github/pulls.js';
import { extractRecord, findStickyComments, withMarker, type StickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';
import { GATE_MARKER } from './comment-body.js';
import type { DependencyProblem } from './depends-on.js';
import { describeError, type GateEnvironment } from './gate-environment.js';
import type { GateState, PrGateJson } from './model.js';
import { emptyRecord, readDependsOn, startProgress, type DependencyView, type Outcome, type Progress, type PullRun, type Step } from './pr-steps.js';
import { publish } from './publish.js';
import { parseGateRecord, type GateRecord } from './record.js';
import type { CheckedTag } from './registry/daily-image.js';

export type { GateEnvironment, SweepCache } from './gate-environment.js';
export type { DependencyView } from './pr-steps.js';

export interface PrEvaluation {
  json: PrGateJson;
  pull: PullInfo;
  problems: DependencyProblem[];
  dependencies: DependencyView[];
  checkedTags: CheckedTag[];
  baseUrl: string | null;
  testsUrl: string | null;
  estimate: string | null;
  /** What this run did or, with --dry-run, would do. */
  actions: string[];
  commentUrl: string | null;
  targetUrl: string | null;
  /** Why the commit status this run computed could not be written (the PR keeps an older one). */
  statusWriteError: string | null;
}

/** How the steps ended for one PR: what they found, the outcome and the record to write. */
interface Decision {
  previous: GateRecord | undefined;
  /** The gate comment as first read. */
  commentUrl: string | null;
  progress: Progress;
  outcome: Outcome;
  record: GateRecord;
}

export async function evaluatePull(env: GateEnvironment, pull: PullInfo): Promise<PrEvaluation> {
  const target = { owner: env.owner, repo: env.repo, issueNumber: pull.number, marker: GATE_MARKER, identity: env.identity };
  const decision = await decide(env, pull, target);
  const evaluation = evaluationOf(pull, decision);
  const { outcome, previous, progress } = decision;
  const status: CommitStatus = {
    state: outcome.status,
    context: env.config['status-context'],
    description: evaluation.json.description,
    ...(outcome.targetUrl ? { targetUrl: outcome.targetUrl } : {}),
  };
  const record = { ...decision.record, status: previous?.status ?? null };
  try {
    const published = await publish(env, { pull, status, record, previous, comments: progress.comments, evaluation, target });
    const commentUrl = published.commentUrl ?? evaluation.commentUrl;
    return { ...evaluation, actions: [...evaluation.actions, ...published.actions], commentUrl, statusWriteError: published.statusWriteError };
  } finally {
    // A lock that cannot be let go expires by itself (github/comment-lock.ts): it must not end the run.
    for (const release of progress.lockReleases) await release().catch((error: unknown) => env.log(`PR #${pull.number}: could not release a dispatch lock: ${describeError(error)}`));
  }
}

/** Reads the PR's gate comment and runs the steps; whatever goes wrong, the PR stays pending with the reason. */
async function decide(env: GateEnvironment, pull: PullInfo, target: StickyCommentTarget): Promise<Decision> {
  let comments: StickyComment[];
  try {
    comments = env.cache.commentsByPull ? withMarker(env.cache.commentsByPull.get(pull.number) ?? [], target.marker) : await findStickyComments(env.octokit, target);
  } catch (error) {
    const run = { env, pull, previous: undefined, target };
    return failClosed(run, { commentUrl: null, progress: startProgress(run, undefined) }, error);
  }
  const [first] = comments;
  const run: PullRun = { env, pull, previous: first ? parseGateRecord(extractRecord(first.body)) : undefined, target };
  const commentUrl = first?.htmlUrl ?? null;
  const ended = await advance(run, startProgress(run, comments));
  if ('error' in ended) return failClosed(run, { commentUrl, progress: ended.progress }, ended.error);
  const { progress, outcome } = ended;
  return { previous: run.previous, commentUrl, progress, outcome, record: { ...progress.record, state: outcome.state } };
}

/**
 * Runs the steps until one ends the evaluation. A step that throws ends it with the
 * progress the steps before it returned.
 */
async function advance(run: PullRun, start: Progress): Promise<{ progress: Progress; outcome: Outcome } | { progress: Progress; error: unknown }> {
  let progress = start;
  let step: Step = readDependsOn;
  try {
    for (;;) {
      const next = await step(run, progress);
      progress = next.progress;
      if ('outcome' in next) return { progress, outcome: next.outcome };
      step = next.next;
    }
  } catch (error) {
    return { progress, error };
  }
}

/** Fail closed: the PR stays pending with the reason, its record claiming no more than it showed reached. */
function failClosed(run: PullRun, found: { commentUrl: string | null; progress: Progress }, error: unknown): Decision {
  const { env, pull, previous } = run;
  const reason = describeError(error);
  env.log(`PR #${pull.number}: ${reason}`);
  const outcome: Outcome = { state: resumeState(previous), status: 'pending', description: `gate could not finish: ${reason}`, targetUrl: null };
  return { ...found, previous, outcome, record: { ...(previous ?? emptyRecord(pull.headSha)), state: outcome.state } };
}

/** The furthest state the record shows reached, short of a verdict: a run that failed midway claims no more. */
function resumeState(record: GateRecord | undefined): GateState {
  if (!record) return 'waiting-for-upstream-merge';
  if (record.tests) return 'testing';
  if (record.base || record.daily) return 'building-base';
  if (record.dependencies.length > 0 && record.dependencies.every((dependency) => dependency.merged)) return 'waiting-for-daily-container';
  return 'waiting-for-upstream-merge';
}

/** The evaluation as reported: the outcome, and what the steps found up to where they ended. */
function evaluationOf(pull: PullInfo, { progress, outcome, commentUrl }: Decision): PrEvaluation {
  const { dependencies, daily, base, tests } = progress.record;
  return {
    json: {
      number: pull.number,
      head: pull.headSha,
      state: outcome.state,
      dependencies,
      daily: daily ? { tag: daily.tag, digest: daily.digest, created: daily.created } : null,
      base: base ? { run: base.run, conclusion: base.conclusion } : null,
      tests: tests ? { run: tests.run, conclusion: tests.conclusion } : null,
      status: outcome.status,
      description: fitDescription(`${outcome.state}: ${outcome.description}`),
    },
    pull,
    problems: progress.problems,
    dependencies: progress.dependencies,
    checkedTags: progress.checkedTags,
    baseUrl: base?.url ?? null,
    testsUrl: tests?.url ?? null,
    estimate: progress.estimate,
    actions: progress.actions,
    commentUrl,
    targetUrl: outcome.targetUrl,
    statusWriteError: null,
  };
}
