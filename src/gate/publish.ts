/**
 * Writing a PR's gate result to GitHub: the commit status and the sticky comment,
 * each only when it changed (an unchanged state costs no write). A status that
 * cannot be written leaves the PR with an older one, which may say success: the
 * evaluation records why, and the job fails on it. A failed comment write is a
 * warning: the next run writes again.
 */
import { setCommitStatus, type CommitStatus } from '../github/commit-status.js';
import type { PullInfo } from '../github/pulls.js';
import { upsertStickyComment, withMarker, type StickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';
import { GATE_MARKER, renderGateComment } from './comment-body.js';
import type { PrEvaluation } from './evaluate-pr.js';
import { describeError, type GateEnvironment } from './gate-environment.js';
import type { GateRecord } from './record.js';

export async function publish(
  env: GateEnvironment,
  pull: PullInfo,
  status: CommitStatus,
  next: GateRecord,
  previous: GateRecord | undefined,
  comments: StickyComment[] | undefined,
  evaluation: PrEvaluation,
  target: StickyCommentTarget,
): Promise<void> {
  const same =
    previous?.status &&
    previous.status.sha === pull.headSha &&
    previous.status.state === status.state &&
    previous.status.description === status.description &&
    previous.status.targetUrl === (status.targetUrl ?? null);
  if (!same) {
    if (env.dryRun) evaluation.actions.push(`would set status ${status.context} = ${status.state} on ${pull.headSha.slice(0, 7)}`);
    else {
      try {
        await setCommitStatus(env.octokit, env.owner, env.repo, pull.headSha, status);
        next.status = { sha: pull.headSha, state: status.state, description: status.description, targetUrl: status.targetUrl ?? null };
        evaluation.actions.push(`set status ${status.context} = ${status.state}`);
      } catch (error) {
        evaluation.statusWriteError = describeError(error);
        env.log(`PR #${pull.number}: could not set the status ${status.context} = ${status.state}: ${evaluation.statusWriteError}`);
      }
    }
  }
  // A PR without dependencies that never had a gate comment gets none: no noise.
  const noComment = evaluation.dependencies.length === 0 && evaluation.problems.length === 0 && !comments?.[0];
  if (noComment || comments === undefined) return;
  const body = renderGateComment(evaluation, next);
  const gateComments = withMarker(comments, GATE_MARKER);
  if (gateComments[0]?.body === body && gateComments.length === 1) return;
  if (env.dryRun) {
    evaluation.actions.push(comments[0] ? 'would update the gate comment' : 'would create the gate comment');
    return;
  }
  try {
    const { comment, write } = await upsertStickyComment(env.octokit, target, body, gateComments);
    evaluation.commentUrl = comment.htmlUrl;
    if (write !== 'unchanged') evaluation.actions.push(`${write} the gate comment`);
  } catch (error) {
    evaluation.actions.push(`could not write the gate comment: ${describeError(error)}`);
    env.log(`PR #${pull.number}: could not write the gate comment: ${describeError(error)}`);
  }
}

