/**
 * An action's revisions, from its event and its `base`/`head` inputs (an input wins over the event):
 * pull_request: the PR's base and head, labels and body;
 * merge_group: the group's base → head, with the queued PR's labels and body asked for;
 * tag push / release (when the check compares releases): the previous release → the tag;
 * push: before → after; any other event needs the `base` input.
 * Commits given by full id are fetched when the checkout is shallow (actions/checkout fetches
 * one merge commit at depth 1).
 */
import { InputError } from '../errors.js';
import { pullNumberOfMergeGroup } from '../github/merge-queue.js';
import type { EventContext } from './event-context.js';
import { ensureCommits, type RevisionRepository, type Revisions } from './model.js';
import { releaseRevisions } from './release.js';

/** The pull request a merge group tests, read by the caller (with a token); undefined when it cannot be. */
export type QueuedPullLookup = (number: number) => Promise<{ labels: string[]; body?: string } | undefined>;

export interface EventRevisionOptions {
  repository: RevisionRepository;
  /** The `base` and `head` inputs ('' or undefined when not set). */
  base?: string;
  head?: string;
  /** Tag pushes and releases compare the previous release with the tag (schema-diff); otherwise a push is before → after. */
  releases: boolean;
  /** The events the check has revisions for, named in the hint when there are none. */
  events: readonly string[];
  queuedPull?: QueuedPullLookup;
}

export async function revisionsFromEvent(context: EventContext, options: EventRevisionOptions): Promise<Revisions> {
  const revisions = await eventRevisions(context, options);
  await ensureCommits(options.repository, revisions.releaseTag ? [] : [revisions.base, revisions.head]);
  return revisions;
}

async function eventRevisions(context: EventContext, options: EventRevisionOptions): Promise<Revisions> {
  const baseInput = options.base || undefined;
  const headInput = options.head || undefined;
  const pr = context.pullRequest;
  if (pr) return { base: baseInput ?? pr.baseSha, head: headInput ?? pr.headSha, labels: pr.labels, pullRequestBody: pr.body };
  if (context.eventName === 'merge_group') return mergeGroupRevisions(context, options);
  const releaseTag = options.releases ? releaseTagOf(context) : undefined;
  if (releaseTag) {
    const released = await releaseRevisions(options.repository, releaseTag, headInput ?? context.sha ?? `refs/tags/${releaseTag}`, baseInput);
    return { ...released, labels: [] };
  }
  const base = baseInput ?? pushBefore(context);
  if (!base) {
    throw new InputError(`no base revision for a '${context.eventName}' event`, {
      hint: `Set the action's \`base\` input, or run it on ${options.events.join(', ')} events.`,
    });
  }
  return { base, head: headInput ?? (context.sha || 'HEAD'), labels: [] };
}

/** A merge queue checks the queued merge commit against its base; the queued PR's labels are not in the payload. */
async function mergeGroupRevisions(context: EventContext, options: EventRevisionOptions): Promise<Revisions> {
  const group = context.payload.merge_group as { base_sha?: unknown; head_sha?: unknown; head_ref?: unknown } | undefined;
  const base = options.base || stringOf(group?.base_sha);
  const head = options.head || stringOf(group?.head_sha);
  if (!base || !head) {
    throw new InputError('the merge_group payload has no merge_group.base_sha/head_sha', {
      hint: 'This is not the payload GitHub sends for merge_group; set the `base` and `head` inputs, or run the action on the merge_group event itself.',
    });
  }
  const number = pullNumberOfMergeGroup(stringOf(group?.head_ref));
  const pull = number === undefined ? undefined : await options.queuedPull?.(number);
  return { base, head, labels: pull?.labels ?? [], pullRequestBody: pull?.body };
}

/** The tag a tag push or a release event releases. */
export function releaseTagOf(context: EventContext): string | undefined {
  const release = context.payload.release as { tag_name?: unknown } | undefined;
  if (context.eventName === 'release' && typeof release?.tag_name === 'string') return release.tag_name;
  if (context.eventName === 'push' && context.ref?.startsWith('refs/tags/')) return context.ref.slice('refs/tags/'.length);
  return undefined;
}

/** A push's `before`, unless the push created the branch or tag (all zeros). */
function pushBefore(context: EventContext): string | undefined {
  const before = context.payload.before;
  return typeof before === 'string' && before !== '' && !/^0+$/.test(before) ? before : undefined;
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
