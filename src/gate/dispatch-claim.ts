/**
 * Making sure gate runs that meet on one PR dispatch a workflow once.
 *
 * GitHub has no compare-and-swap for comments, so the gate locks its sticky
 * comment with a reaction (github/comment-lock.ts: the first run to add it gets
 * 201, any other 200). Holding the lock, it re-reads the comment: if the record
 * there already shows the dispatch, it adopts that run; otherwise it dispatches,
 * writes the record, and only then lets go. A run that finds the lock taken
 * does not dispatch. The comment is created first when the PR has none yet.
 */
import type { GitHubOctokit } from '../github/client.js';
import { acquireCommentLock, readComment } from '../github/comment-lock.js';
import { ensureStickyComment, extractRecord, type StickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';

export type ClaimOutcome = {
  /** The sticky comment (created if there was none). */
  sticky: StickyComment;
  /** The record in the comment as it is now, read under the lock (or after failing to get it). */
  freshRecord: unknown;
} & ({ won: true; release: () => Promise<void> } | { won: false });

export async function claimDispatch(
  octokit: GitHubOctokit,
  target: StickyCommentTarget,
  sticky: StickyComment | undefined,
  now: () => number,
): Promise<ClaimOutcome> {
  // Never overwrite a comment another run wrote meanwhile: its record may already show the dispatch.
  const comment = sticky ?? (await ensureStickyComment(octokit, target, `${target.marker}\nLockstep pipelines-gate is evaluating this pull request…`));
  const ref = { owner: target.owner, repo: target.repo, commentId: comment.id };
  const lock = await acquireCommentLock(octokit, ref, now);
  const body = await readComment(octokit, ref);
  const current: StickyComment = { ...comment, body };
  const freshRecord = extractRecord(body);
  return lock.acquired ? { sticky: current, freshRecord, won: true, release: lock.release } : { sticky: current, freshRecord, won: false };
}
