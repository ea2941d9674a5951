/**
 * Writing a PR's gate result to GitHub: the commit status and the sticky comment,
 * each only when it changed (an unchanged state costs no write). A status that
 * cannot be written leaves the PR with an older one, which may say success: the
 * result says why, and the job fails on it. A failed comment write is a
 * warning: the next run writes again.
 */
import { setCommitStatus, type CommitStatus } from '../github/commit-status.js';
import type { PullInfo } from '../github/pulls.js';
import { upsertStickyComment, withMarker, type StickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';
import { GATE_MARKER, renderGateComment } from './comment-body.js';
import type { PrEvaluation } from './evaluate-pr.js';
import { describeError, type GateEnvironment } from './gate-environment.js';
import type { GateRecord } from './record.js';

export interface Publication {
  pull: PullInfo;
  status: CommitStatus;
  /** The record to embed in the comment; its status is the one last written. */
  record: GateRecord;
  previous: GateRecord | undefined;
  /** The PR's gate comments as this run knows them (undefined: they could not be read). */
  comments: StickyComment[] | undefined;
  evaluation: PrEvaluation;
  target: StickyCommentTarget;
}

export interface Published {
  /** What was written or, with --dry-run, would be. */
  actions: string[];
  /** Why the status could not be written (the PR keeps an older one). */
  statusWriteError: string | null;
  /** The comment written, when one was. */
  commentUrl: string | undefined;
}

export async function publish(env: GateEnvironment, publication: Publication): Promise<Published> {
  const status = await writeStatus(env, publication);
  const comment = await writeComment(env, { ...publication, record: status.record });
  return { actions: [...status.actions, ...comment.actions], statusWriteError: status.error, commentUrl: comment.url };
}

/** The commit status, unless the record says it is written already; the record comes back with the status now on the PR. */
async function writeStatus(env: GateEnvironment, { pull, status, record, previous }: Publication): Promise<{ record: GateRecord; actions: string[]; error: string | null }> {
  const same =
    previous?.status &&
    previous.status.sha === pull.headSha &&
    previous.status.state === status.state &&
    previous.status.description === status.description &&
    previous.status.targetUrl === (status.targetUrl ?? null);
  if (same) return { record, actions: [], error: null };
  if (env.dryRun) return { record, actions: [`would set status ${status.context} = ${status.state} on ${pull.headSha.slice(0, 7)}`], error: null };
  try {
    await setCommitStatus(env.octokit, { owner: env.owner, repo: env.repo, sha: pull.headSha }, status);
    const written = { sha: pull.headSha, state: status.state, description: status.description, targetUrl: status.targetUrl ?? null };
    return { record: { ...record, status: written }, actions: [`set status ${status.context} = ${status.state}`], error: null };
  } catch (error) {
    const reason = describeError(error);
    env.log(`PR #${pull.number}: could not set the status ${status.context} = ${status.state}: ${reason}`);
    return { record, actions: [], error: reason };
  }
}

/** The sticky comment, when its text changed (a PR without dependencies that never had one gets none: no noise). */
async function writeComment(env: GateEnvironment, { pull, record, comments, evaluation, target }: Publication): Promise<{ actions: string[]; url?: string }> {
  const noComment = evaluation.dependencies.length === 0 && evaluation.problems.length === 0 && !comments?.[0];
  if (noComment || comments === undefined) return { actions: [] };
  const body = renderGateComment(evaluation, record);
  const gateComments = withMarker(comments, GATE_MARKER);
  if (gateComments[0]?.body === body && gateComments.length === 1) return { actions: [] };
  if (env.dryRun) return { actions: [comments[0] ? 'would update the gate comment' : 'would create the gate comment'] };
  try {
    const { comment, write } = await upsertStickyComment(env.octokit, target, body, gateComments);
    return { actions: write !== 'unchanged' ? [`${write} the gate comment`] : [], url: comment.htmlUrl };
  } catch (error) {
    env.log(`PR #${pull.number}: could not write the gate comment: ${describeError(error)}`);
    return { actions: [`could not write the gate comment: ${describeError(error)}`] };
  }
}
