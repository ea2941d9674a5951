/** Pull requests as the gate reads them: one GET for a single PR, one list per 100 open PRs. */
import { z } from 'zod';
import { expectAnswer, listPages, type GitHubOctokit } from './client.js';

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
  /** When the PR was opened (from GitHub's answers; unknown in a hand-made one). */
  createdAt?: string;
}

/** The fields of a pull request the gate reads, as GitHub sends them (validated: anything else is named, not crashed on). */
const PullPayload = z.object({
  number: z.number().int(),
  state: z.string(),
  merged_at: z.string().nullish(),
  merged: z.boolean().optional(),
  body: z.string().nullable(),
  html_url: z.string(),
  created_at: z.string().optional(),
  head: z.object({ sha: z.string(), ref: z.string(), repo: z.object({ full_name: z.string() }).nullable() }),
  labels: z.array(z.union([z.object({ name: z.string().optional() }), z.string()])).optional(),
});
export type PullPayload = z.infer<typeof PullPayload>;

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
    ...(data.created_at ? { createdAt: data.created_at } : {}),
  };
}

export async function getPull(octokit: GitHubOctokit, owner: string, repo: string, number: number): Promise<PullInfo> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
  return pullInfoOf(owner, repo, expectAnswer(PullPayload, data, `GET /repos/${owner}/${repo}/pulls/${number}`, 'a pull request with number, state, body and head.sha'));
}

/** Every open PR of the repository (bounded: see listPages). */
export async function listOpenPulls(octokit: GitHubOctokit, owner: string, repo: string): Promise<PullInfo[]> {
  return listPages(octokit, 'GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open' }, (data, request) =>
    expectAnswer(z.array(PullPayload), data, request.replace('{owner}/{repo}', `${owner}/${repo}`), 'a list of pull requests').map((item) => pullInfoOf(owner, repo, item)),
  );
}
