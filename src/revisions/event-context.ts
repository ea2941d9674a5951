/**
 * The workflow run's context as plain data: what an action entry reads from @actions/github
 * (src/actions/event.ts) and what src/revisions/ turns into revisions. No GitHub client here.
 */

/** The events schema-diff finds base and head in (any other event needs the `base` input); a tag push or a release compares the previous release with the tag. */
export const SCHEMA_DIFF_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push', 'release'] as const;
/** The events env-diff finds base and head in (any other event needs the `base` input). */
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
