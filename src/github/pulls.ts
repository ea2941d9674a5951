/** Pull requests as the gate reads them: one GET for a single PR, one list per 100 open PRs. */
import type { GitHubOctokit } from './client.js';

export interface PullInfo {
  owner: string;
  repo: string;
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  mergedAt: string | null;
  headSha: string;
  headRef: string;
  /** owner/name the head branch lives in (a fork's differs from the base repository). */
  headRepository: string | null;
  body: string;
  htmlUrl: string;
  /** Label names (schema-diff reads semver:* and the approve label from them). */
  labels: string[];
}

type PullPayload = {
  number: number;
  state: string;
  merged_at?: string | null;
  merged?: boolean;
  body: string | null;
  html_url: string;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  labels?: Array<{ name?: string } | string>;
};

export function pullInfoOf(owner: string, repo: string, data: PullPayload): PullInfo {
  return {
    owner,
    repo,
    number: data.number,
    state: data.state === 'open' ? 'open' : 'closed',
    merged: data.merged ?? (data.merged_at ?? null) !== null,
    mergedAt: data.merged_at ?? null,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepository: data.head.repo?.full_name ?? null,
    body: data.body ?? '',
    htmlUrl: data.html_url,
    labels: (data.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
  };
}

export async function getPull(octokit: GitHubOctokit, owner: string, repo: string, number: number): Promise<PullInfo> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
  return pullInfoOf(owner, repo, data);
}

export async function listOpenPulls(octokit: GitHubOctokit, owner: string, repo: string): Promise<PullInfo[]> {
  const pulls: PullInfo[] = [];
  for (let page = 1; ; page += 1) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open', per_page: 100, page });
    pulls.push(...data.map((item) => pullInfoOf(owner, repo, item)));
    if (data.length < 100) break;
  }
  return pulls;
}
