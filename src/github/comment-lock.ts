/**
 * A lock on one comment, made of a reaction. GitHub keeps one reaction per user
 * and content on a comment: creating it answers 201 the first time and 200
 * (returning the existing one) after that, so the run that gets 201 holds the
 * lock. Unlike a comment, a reaction notifies nobody and leaves no trace in the
 * timeline. A lock older than `expiryMs` was left by a run that died: it is
 * removed and taken once more.
 */
import { z } from 'zod';
import { expectAnswer, httpStatusOf, type GitHubOctokit } from './client.js';

const ReactionPayload = z.object({ id: z.number(), created_at: z.string() });

export interface CommentRef {
  owner: string;
  repo: string;
  commentId: number;
}

export type LockOutcome = { acquired: true; release: () => Promise<void> } | { acquired: false; heldSince: string };

export const LOCK_REACTION = 'rocket' as const;
export const LOCK_EXPIRY_MS = 15 * 60 * 1000;

export async function acquireCommentLock(octokit: GitHubOctokit, ref: CommentRef, now: () => number = Date.now, expiryMs = LOCK_EXPIRY_MS): Promise<LockOutcome> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
      owner: ref.owner,
      repo: ref.repo,
      comment_id: ref.commentId,
      content: LOCK_REACTION,
    });
    const reaction = expectAnswer(ReactionPayload, response.data, `POST /repos/${ref.owner}/${ref.repo}/issues/comments/${ref.commentId}/reactions`, 'a reaction');
    const reactionId = reaction.id;
    if (response.status === 201) return { acquired: true, release: () => deleteReaction(octokit, ref, reactionId) };
    const heldSince = reaction.created_at;
    if (attempt > 0 || now() - Date.parse(heldSince) < expiryMs) return { acquired: false, heldSince };
    await deleteReaction(octokit, ref, reactionId);
  }
  /* c8 ignore next */
  throw new Error('unreachable');
}

async function deleteReaction(octokit: GitHubOctokit, ref: CommentRef, reactionId: number): Promise<void> {
  try {
    await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}', {
      owner: ref.owner,
      repo: ref.repo,
      comment_id: ref.commentId,
      reaction_id: reactionId,
    });
  } catch (error) {
    // Someone removed it already: the lock is free either way.
    if (httpStatusOf(error) !== 404) throw error;
  }
}

/** The body of one comment as it is now (re-read under the lock). */
export async function readComment(octokit: GitHubOctokit, ref: CommentRef): Promise<string> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ref.owner, repo: ref.repo, comment_id: ref.commentId });
  return expectAnswer(z.object({ body: z.string().nullish() }), data, `GET /repos/${ref.owner}/${ref.repo}/issues/comments/${ref.commentId}`, 'an issue comment').body ?? '';
}
