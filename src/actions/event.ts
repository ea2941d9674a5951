/**
 * The workflow run's context: @actions/github's `context` (the runner's environment and
 * the event payload at GITHUB_EVENT_PATH), narrowed to what the actions use.
 */
import { InputError } from '../errors.js';
import type { EventContext, PullRequestContext } from '../revisions/event-context.js';

export { ENV_DIFF_EVENTS, SCHEMA_DIFF_EVENTS, type EventContext, type PullRequestContext } from '../revisions/event-context.js';

export async function readEventContext(): Promise<EventContext> {
  const { context } = await loadGitHubContext();
  return {
    eventName: context.eventName ?? '',
    payload: context.payload,
    repository: process.env.GITHUB_REPOSITORY ?? '',
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    sha: context.sha,
    ref: context.ref,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    pullRequest: pullRequestOf(context.payload),
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

/** The fields of a payload's pull_request Lockstep reads (any of them may be missing from a hand-written payload). */
interface PullRequestPayload {
  number?: unknown;
  base?: { sha?: unknown; ref?: unknown };
  head?: { sha?: unknown; ref?: unknown; repo?: { full_name?: string } };
  body?: unknown;
  labels?: unknown;
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestContext | undefined {
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (!pr || typeof pr !== 'object') return undefined;
  return {
    number: Number(pr.number),
    baseSha: textOf(pr.base?.sha),
    baseRef: textOf(pr.base?.ref),
    headSha: textOf(pr.head?.sha),
    headRef: textOf(pr.head?.ref),
    headRepository: pr.head?.repo?.full_name,
    body: typeof pr.body === 'string' ? pr.body : '',
    labels: Array.isArray(pr.labels) ? pr.labels.map((label: { name?: unknown } | null) => textOf(label?.name)) : [],
  };
}

/** A payload string (or number) as text; anything else is ''. */
function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
