/**
 * The workflow run's context: @actions/github's `context` (the runner's environment and
 * the event payload at GITHUB_EVENT_PATH), narrowed to what the actions use.
 */
import { InputError } from '../errors.js';

/** The events schema-diff and env-diff find base and head in (any other event needs the `base` input). */
export const SCHEMA_DIFF_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push', 'release'] as const;
export const ENV_DIFF_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push'] as const;

export interface PullRequestContext {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  headRef: string;
  /** owner/name of the head repository (differs from the base for forks). */
  headRepository?: string;
  body: string;
  labels: string[];
}

export interface EventContext {
  eventName: string;
  payload: Record<string, unknown>;
  /** owner/name of the repository the workflow runs in. */
  repository: string;
  workspace: string;
  sha?: string;
  ref?: string;
  apiUrl: string;
  serverUrl: string;
  pullRequest?: PullRequestContext;
}

export async function readEventContext(): Promise<EventContext> {
  const { context } = await loadGitHubContext();
  return {
    eventName: context.eventName ?? '',
    payload: context.payload as Record<string, unknown>,
    repository: process.env.GITHUB_REPOSITORY ?? '',
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    sha: context.sha,
    ref: context.ref,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    pullRequest: pullRequestOf(context.payload as Record<string, unknown>),
  };
}

/** @actions/github reads the payload when it loads: a payload that is not JSON is said as such, not as a stack trace. */
async function loadGitHubContext(): Promise<typeof import('@actions/github')> {
  try {
    return await import('@actions/github');
  } catch (error) {
    throw new InputError(`cannot read the event payload: ${(error as Error).message.split('\n')[0]}`, {
      file: process.env.GITHUB_EVENT_PATH,
      hint: 'GITHUB_EVENT_PATH must name the JSON event payload the runner wrote.',
    });
  }
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestContext | undefined {
  const pr = payload.pull_request as Record<string, any> | undefined;
  if (!pr || typeof pr !== 'object') return undefined;
  return {
    number: Number(pr.number),
    baseSha: String(pr.base?.sha ?? ''),
    baseRef: String(pr.base?.ref ?? ''),
    headSha: String(pr.head?.sha ?? ''),
    headRef: String(pr.head?.ref ?? ''),
    headRepository: pr.head?.repo?.full_name,
    body: typeof pr.body === 'string' ? pr.body : '',
    labels: Array.isArray(pr.labels) ? pr.labels.map((label: { name?: string }) => String(label?.name ?? '')) : [],
  };
}
