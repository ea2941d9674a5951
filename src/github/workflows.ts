/**
 * Dispatching workflows and following their runs. A dispatch asks GitHub for
 * the new run's id (`return_run_details`); servers that answer 204 instead leave
 * the caller to find the run in the workflow's run list.
 */
import { z } from 'zod';
import { expectAnswer, type GitHubOctokit } from './client.js';

export interface WorkflowRunInfo {
  id: number;
  status: string;
  conclusion: string | null;
  htmlUrl: string;
  headSha: string;
  headBranch: string | null;
  displayTitle: string;
  event: string;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string | null;
}

/** The fields of a workflow run the gate reads, as GitHub sends them. */
const RunPayload = z.object({
  id: z.union([z.number(), z.bigint()]),
  status: z.string().nullable(),
  conclusion: z.string().nullable(),
  html_url: z.string(),
  head_sha: z.string(),
  head_branch: z.string().nullable(),
  display_title: z.string(),
  event: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  run_started_at: z.string().optional(),
});
type RunPayload = z.infer<typeof RunPayload>;

export function workflowRunOf(data: RunPayload): WorkflowRunInfo {
  return {
    id: Number(data.id),
    status: data.status ?? 'queued',
    conclusion: data.conclusion,
    htmlUrl: data.html_url,
    headSha: data.head_sha,
    headBranch: data.head_branch,
    displayTitle: data.display_title,
    event: data.event,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
    runStartedAt: data.run_started_at ?? null,
  };
}

export interface DispatchResult {
  /** Known when the server returns run details. */
  runId?: number;
  htmlUrl?: string;
}

/** A repository's workflow, by its file name under .github/workflows. */
export interface WorkflowRef {
  owner: string;
  repo: string;
  workflowFile: string;
}

export async function dispatchWorkflow(
  octokit: GitHubOctokit,
  { owner, repo, workflowFile }: WorkflowRef,
  { ref, inputs }: { ref: string; inputs: Record<string, string> },
): Promise<DispatchResult> {
  const response = await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
    owner,
    repo,
    workflow_id: workflowFile,
    ref,
    inputs,
    return_run_details: true,
  });
  const data = response.data as { workflow_run_id?: number; html_url?: string } | undefined;
  return data && typeof data === 'object' && data.workflow_run_id ? { runId: data.workflow_run_id, htmlUrl: data.html_url } : {};
}

export async function getWorkflowRun(octokit: GitHubOctokit, owner: string, repo: string, runId: number): Promise<WorkflowRunInfo> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
  return workflowRunOf(expectAnswer(RunPayload, data, `GET /repos/${owner}/${repo}/actions/runs/${runId}`, 'a workflow run'));
}

/** The latest runs of a workflow (one request; newest first). */
export async function listWorkflowRuns(
  octokit: GitHubOctokit,
  { owner, repo, workflowFile }: WorkflowRef,
  filter: { event?: string; headSha?: string; perPage?: number } = {},
): Promise<WorkflowRunInfo[]> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
    owner,
    repo,
    workflow_id: workflowFile,
    per_page: filter.perPage ?? 30,
    ...(filter.event ? { event: filter.event } : {}),
    ...(filter.headSha ? { head_sha: filter.headSha } : {}),
  });
  const request = `GET /repos/${owner}/${repo}/actions/workflows/${workflowFile}/runs`;
  return expectAnswer(z.object({ workflow_runs: z.array(RunPayload) }), data, request, 'a list of workflow runs').workflow_runs.map(workflowRunOf);
}

/** Median wall time of successful completed runs, in ms; undefined with no history. */
export function typicalRunDuration(runs: WorkflowRunInfo[]): number | undefined {
  const durations = runs
    .filter((run) => run.status === 'completed' && run.conclusion === 'success')
    .map((run) => Date.parse(run.updatedAt) - Date.parse(run.runStartedAt ?? run.createdAt))
    .filter((ms) => Number.isFinite(ms) && ms >= 0)
    .sort((a, b) => a - b);
  if (durations.length === 0) return undefined;
  const middle = Math.floor(durations.length / 2);
  return durations.length % 2 ? durations[middle] : Math.round((durations[middle - 1]! + durations[middle]!) / 2);
}
