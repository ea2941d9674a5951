/**
 * Posts the sticky PR comment of schema-diff and env-diff (`comment: true`): one comment per
 * check, found again by its hidden marker among the token's own comments and edited in
 * place (the body is rendered by report/comment-markdown.ts). The GitHub client is loaded
 * only when a comment is wanted.
 */
import type { Report } from '../report/model.js';
import { readEventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';

/** Read the `comment` input up front, so a bad value is an input error before any work. */
export function commentWanted(): boolean {
  return booleanInput('comment');
}

export async function updateStickyComment(report: Report): Promise<void> {
  const context = await readEventContext();
  const token = stringInput('token');
  const [owner, repo] = context.repository.split('/');
  if (!context.pullRequest || !token || !owner || !repo) return;
  const [{ createGitHubClient }, { resolveIdentity }, { upsertStickyComment }, { commentMarker, renderReportComment }] = await Promise.all([
    import('../github/client.js'),
    import('../github/identity.js'),
    import('../github/sticky-comment.js'),
    import('../report/comment-markdown.js'),
  ]);
  const { octokit } = createGitHubClient({ token, baseUrl: context.apiUrl });
  const identity = await resolveIdentity(octokit, stringInput('comment-author') || undefined, token);
  await upsertStickyComment(
    octokit,
    { owner, repo, issueNumber: context.pullRequest.number, marker: commentMarker(report.command), identity },
    renderReportComment(report),
  );
}
