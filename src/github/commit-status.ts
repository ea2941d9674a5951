/** Commit statuses: what a branch protection rule or merge queue waits for. */
import type { GitHubOctokit } from './client.js';

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

export interface CommitStatus {
  state: CommitState;
  context: string;
  /** GitHub keeps 140 characters; longer text is cut with an ellipsis here, not by GitHub's 422. */
  description: string;
  targetUrl?: string;
}

export const STATUS_DESCRIPTION_LIMIT = 140;

export function fitDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= STATUS_DESCRIPTION_LIMIT ? line : line.slice(0, STATUS_DESCRIPTION_LIMIT - 1) + '…';
}

/** The commit a status is set on. */
export interface CommitRef {
  owner: string;
  repo: string;
  sha: string;
}

export async function setCommitStatus(octokit: GitHubOctokit, { owner, repo, sha }: CommitRef, status: CommitStatus): Promise<void> {
  await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
    owner,
    repo,
    sha,
    state: status.state,
    context: status.context,
    description: fitDescription(status.description),
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  });
}
