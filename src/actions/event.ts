/**
 * The workflow run's context, read from the runner's environment and event payload
 * (GITHUB_EVENT_PATH) once. No @actions/* import: the CLI and tests can use it too.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

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

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`cannot read the event payload: ${(error as Error).message.split('\n')[0]}`, {
        file: env.GITHUB_EVENT_PATH,
        hint: 'GITHUB_EVENT_PATH must name the JSON event payload the runner wrote.',
      });
    }
  }
  return {
    eventName,
    payload,
    repository: env.GITHUB_REPOSITORY ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    pullRequest: pullRequestOf(payload),
  };
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
