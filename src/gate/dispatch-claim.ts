/**
 * Making sure two gate runs that meet on one PR dispatch a workflow once.
 *
 * GitHub has no compare-and-swap for comments, but comment ids are handed out
 * in order. A run that wants to dispatch writes a claim comment naming what it
 * will dispatch, reads the PR's comments again, and goes ahead only if its
 * claim is the oldest one for that key and the sticky record does not already
 * show the dispatch. The winner writes the record before it deletes its claim,
 * so a latecomer sees one or the other.
 */
import type { GitHubOctokit } from '../github/client.js';
import { extractRecord, listOwnComments, withMarker, type OwnCommentsTarget, type StickyComment } from '../github/sticky-comment.js';

export function claimMarker(key: string): string {
  return `<!-- lockstep:gate-claim ${key} -->`;
}

/** A claim older than this was left by a run that died; it no longer blocks. */
export const CLAIM_EXPIRY_MS = 15 * 60 * 1000;

export type ClaimOutcome =
  | { won: true; release: () => Promise<void>; comments: StickyComment[] }
  | { won: false; comments: StickyComment[] };

export async function claimDispatch(
  octokit: GitHubOctokit,
  target: OwnCommentsTarget,
  key: string,
  stickyMarker: string,
  alreadyDispatched: (record: unknown) => boolean,
): Promise<ClaimOutcome> {
  const marker = claimMarker(key);
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: `${marker}\nLockstep pipelines-gate is dispatching \`${key}\`; this note disappears in a moment.`,
  });
  const mine = Number(data.id);
  const release = async () => {
    try {
      await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: target.owner, repo: target.repo, comment_id: mine });
    } catch {
      // A claim left behind only delays nothing: claims are matched by key and the record decides.
    }
  };
  const comments = await listOwnComments(octokit, target);
  const createdOfMine = comments.find((comment) => comment.id === mine)?.createdAt;
  const reference = createdOfMine ? Date.parse(createdOfMine) : Date.now();
  const claims = withMarker(comments, marker).filter(
    (comment) => comment.id === mine || !comment.createdAt || reference - Date.parse(comment.createdAt) < CLAIM_EXPIRY_MS,
  );
  const sticky = withMarker(comments, stickyMarker)[0];
  const done = sticky ? alreadyDispatched(extractRecord(sticky.body)) : false;
  const others = comments.filter((comment) => comment.id !== mine);
  if (claims[0]?.id !== mine || done) {
    await release();
    return { won: false, comments: others };
  }
  return { won: true, release, comments: others };
}
