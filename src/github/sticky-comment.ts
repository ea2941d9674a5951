/**
 * One sticky comment per pull request and command, edited in place.
 *
 * The comment is found by a hidden marker line, and only among comments written
 * by the token's own identity: anyone can write a comment that carries the
 * marker, and a planted one must not steer what we read back. The list is
 * paginated (a busy PR has more than 100 comments).
 *
 * Two runs that both find no comment both create one; after creating, the list
 * is read again and the lowest id wins: the others are deleted and the winner
 * carries the body. Every run applies the same rule, so they agree.
 *
 * A comment may carry a hidden JSON record (state a later run reads back):
 * `<!-- lockstep:record {...} -->`, escaped so that no text inside can close the
 * HTML comment.
 */
import { z } from 'zod';
import { expectAnswer, httpStatusOf, listPages, type GitHubOctokit } from './client.js';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issueNumber: number;
  /** Hidden first line naming the comment, e.g. `<!-- lockstep:gate -->` (report/comment-markdown.ts commentMarker). */
  marker: string;
  /** Login whose comments count (see github/identity.ts). */
  identity: string;
}

export interface StickyComment {
  id: number;
  body: string;
  htmlUrl: string;
  /** ISO time GitHub created it; unknown for a comment this run just edited. */
  createdAt?: string;
}

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_BODY_LIMIT = 65536;
const RECORD_PREFIX = '<!-- lockstep:record ';

export interface OwnCommentsTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  identity: string;
}

/** The fields of an issue comment the gate reads, as GitHub sends them. */
export const CommentPayload = z.object({
  id: z.union([z.number(), z.bigint()]),
  body: z.string().nullish(),
  html_url: z.string(),
  issue_url: z.string(),
  created_at: z.string(),
  user: z.object({ login: z.string() }).nullable(),
});
export type CommentPayload = z.infer<typeof CommentPayload>;

export function stickyCommentOf(comment: CommentPayload): StickyComment {
  return { id: Number(comment.id), body: comment.body ?? '', htmlUrl: comment.html_url, createdAt: comment.created_at };
}

/** Every comment this identity wrote on the issue, lowest id first (all pages, bounded). */
export async function listOwnComments(octokit: GitHubOctokit, target: OwnCommentsTarget): Promise<StickyComment[]> {
  const identity = target.identity.toLowerCase();
  const comments = await listPages(
    octokit,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber },
    (data, request) => expectAnswer(z.array(CommentPayload), data, request.replace('{owner}/{repo}/issues/{issue_number}', `${target.owner}/${target.repo}/issues/${target.issueNumber}`), 'a list of issue comments'),
  );
  return comments
    .filter((comment) => comment.user?.login.toLowerCase() === identity)
    .map(stickyCommentOf)
    .sort((a, b) => a.id - b.id);
}

/**
 * This identity's comments on every issue and PR of the repository updated since
 * `since`, by issue number, lowest id first: one paginated listing for many PRs
 * (a sweep reads every record this way instead of one listing per PR).
 */
export async function listOwnRepositoryComments(
  octokit: GitHubOctokit,
  { owner, repo, identity }: Omit<OwnCommentsTarget, 'issueNumber'>,
  since: string,
): Promise<Map<number, StickyComment[]>> {
  const comments = await listPages(octokit, 'GET /repos/{owner}/{repo}/issues/comments', { owner, repo, since }, (data, request) =>
    expectAnswer(z.array(CommentPayload), data, request.replace('{owner}/{repo}', `${owner}/${repo}`), 'a list of issue comments'),
  );
  const byIssue = new Map<number, StickyComment[]>();
  for (const comment of comments) {
    const issue = /\/issues\/(\d+)$/.exec(comment.issue_url);
    if (!issue || comment.user?.login.toLowerCase() !== identity.toLowerCase()) continue;
    const number = Number(issue[1]);
    byIssue.set(number, [...(byIssue.get(number) ?? []), stickyCommentOf(comment)].sort((a, b) => a.id - b.id));
  }
  return byIssue;
}

/** Our comments carrying the marker, lowest id first. */
export async function findStickyComments(octokit: GitHubOctokit, target: StickyCommentTarget): Promise<StickyComment[]> {
  return withMarker(await listOwnComments(octokit, target), target.marker);
}

/** The comments of a list that start with the marker. */
export function withMarker(comments: StickyComment[], marker: string): StickyComment[] {
  return comments.filter((comment) => comment.body.startsWith(marker));
}

/** The sticky comment, if this identity wrote one. */
export async function readStickyComment(octokit: GitHubOctokit, target: StickyCommentTarget): Promise<StickyComment | undefined> {
  return (await findStickyComments(octokit, target))[0];
}

export type StickyWrite = 'created' | 'updated' | 'unchanged';

/**
 * Creates or edits the sticky comment so it holds `body` (the marker is put in
 * front when missing). `known` is what the caller already read, to save a request.
 */
export async function upsertStickyComment(
  octokit: GitHubOctokit,
  target: StickyCommentTarget,
  body: string,
  known?: StickyComment[],
): Promise<{ comment: StickyComment; write: StickyWrite }> {
  const fullBody = fitBody(body.startsWith(target.marker) ? body : `${target.marker}\n${body}`);
  const existing = known ?? (await findStickyComments(octokit, target));
  const current = existing[0];
  if (current) {
    // Duplicates left by an older race: the lowest id is the one, the rest go.
    await deleteComments(octokit, target, existing.slice(1));
    if (current.body === fullBody) return { comment: current, write: 'unchanged' };
    const updated = await editComment(octokit, target, current.id, fullBody);
    return { comment: updated, write: 'updated' };
  }
  const mine = await createComment(octokit, target, fullBody);
  // Another run may have created one at the same moment: converge on the lowest id.
  const all = await findStickyComments(octokit, target);
  const winner = all[0];
  if (!winner || winner.id === mine.id) {
    await deleteComments(octokit, target, all.filter((comment) => comment.id !== mine.id));
    return { comment: mine, write: 'created' };
  }
  await deleteComments(octokit, target, all.filter((comment) => comment.id !== winner.id));
  const kept = winner.body === fullBody ? winner : await editComment(octokit, target, winner.id, fullBody);
  return { comment: kept, write: 'updated' };
}

/**
 * The sticky comment, created with `body` only if there is none; an existing one
 * (or one another run created at the same moment) is returned as it is, unedited.
 */
export async function ensureStickyComment(octokit: GitHubOctokit, target: StickyCommentTarget, body: string): Promise<StickyComment> {
  const existing = await findStickyComments(octokit, target);
  if (existing[0]) return existing[0];
  const fullBody = fitBody(body.startsWith(target.marker) ? body : `${target.marker}\n${body}`);
  const mine = await createComment(octokit, target, fullBody);
  const all = await findStickyComments(octokit, target);
  const winner = all[0] ?? mine;
  await deleteComments(octokit, target, all.filter((comment) => comment.id !== winner.id));
  return winner;
}

async function editComment(octokit: GitHubOctokit, target: StickyCommentTarget, id: number, body: string): Promise<StickyComment> {
  const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    owner: target.owner,
    repo: target.repo,
    comment_id: id,
    body,
  });
  const written = expectAnswer(WrittenComment, data, `PATCH /repos/${target.owner}/${target.repo}/issues/comments/${id}`, 'the edited comment');
  return { id: Number(written.id), body, htmlUrl: written.html_url };
}

const WrittenComment = z.object({ id: z.union([z.number(), z.bigint()]), html_url: z.string() });

async function deleteComments(octokit: GitHubOctokit, target: StickyCommentTarget, comments: StickyComment[]): Promise<void> {
  for (const comment of comments) {
    try {
      await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: target.owner,
        repo: target.repo,
        comment_id: comment.id,
      });
    } catch (error) {
      // The other run deleted it first: that is the outcome we wanted.
      if (httpStatusOf(error) !== 404) throw error;
    }
  }
}

function fitBody(body: string): string {
  if (body.length <= COMMENT_BODY_LIMIT) return body;
  const note = '\n\n_(cut: the full report is in the job summary)_';
  // Keep the hidden record whole: it is what the next run reads.
  const recordAt = body.lastIndexOf(RECORD_PREFIX);
  const record = recordAt >= 0 ? '\n' + body.slice(recordAt) : '';
  const head = recordAt >= 0 ? body.slice(0, recordAt) : body;
  return head.slice(0, COMMENT_BODY_LIMIT - note.length - record.length) + note + record;
}

/**
 * The hidden line that carries a JSON record. `<` and `>` only occur inside JSON
 * strings, so escaping them there means no text can close the HTML comment.
 */
export function embedRecord(record: unknown): string {
  const json = JSON.stringify(record).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `${RECORD_PREFIX}${json} -->`;
}

/** The record a body carries, or undefined when there is none or it does not parse. */
export function extractRecord(body: string): unknown {
  const at = body.lastIndexOf(RECORD_PREFIX);
  if (at < 0) return undefined;
  const end = body.indexOf(' -->', at);
  if (end < 0) return undefined;
  try {
    return JSON.parse(body.slice(at + RECORD_PREFIX.length, end));
  } catch {
    return undefined;
  }
}

async function createComment(octokit: GitHubOctokit, target: StickyCommentTarget, body: string): Promise<StickyComment> {
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  const written = expectAnswer(WrittenComment, data, `POST /repos/${target.owner}/${target.repo}/issues/${target.issueNumber}/comments`, 'the created comment');
  return { id: Number(written.id), body, htmlUrl: written.html_url };
}
