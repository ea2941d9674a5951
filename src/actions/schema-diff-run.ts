/**
 * The schema-diff action's work: inputs + event → runSchemaDiff → Report.
 * pull_request: base/head from the event (fetched when the checkout is shallow);
 * merge_group: the group's base → head, with the queued PR's labels read from the API;
 * tag push / release: the previous release tag → the new tag; push: before → after.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { GitRepository } from '../git/repository.js';
import type { Report } from '../report/model.js';
import { messagesFromConfig, versioningFromConfig } from '../schema/config-messages.js';
import { releaseRevisions } from '../revisions/release.js';
import { runSchemaDiff } from '../schema/run.js';
import { readEventContext, SCHEMA_DIFF_EVENTS, type EventContext } from './event.js';
import { stringInput } from './inputs.js';
import { pullNumberOfMergeGroup } from '../github/merge-queue.js';
import type { PullInfo } from '../github/pulls.js';

interface Revisions {
  base: string;
  head: string;
  releaseTag?: string;
  labels: string[];
  body?: string;
}

export async function produceSchemaDiff(): Promise<Report> {
  const context = await readEventContext();
  const configFile = stringInput('config', DEFAULT_CONFIG_PATH);
  const config = await loadConfig(path.resolve(context.workspace, configFile), configFile, context.workspace);
  const messages = messagesFromConfig(config);
  if (messages.length === 0) throw new InputError('no messages to check', { file: configFile, hint: 'Add a `messages:` section (see the README, "schema-diff").' });
  const revisions = await revisionsOf(context);
  return runSchemaDiff({
    repository: context.workspace,
    base: revisions.base,
    head: revisions.head,
    messages,
    versioning: versioningFromConfig(config),
    proposedVersion: stringInput('proposed-version') || undefined,
    releaseTag: revisions.releaseTag,
    labels: revisions.labels,
    pullRequestBody: revisions.body,
    token: stringInput('token') || undefined,
    serverUrl: context.serverUrl,
    cwd: context.workspace,
    ignore: config.ignore,
    configFile,
  });
}

async function revisionsOf(context: EventContext): Promise<Revisions> {
  const repository = await GitRepository.open(context.workspace);
  try {
    const baseInput = stringInput('base');
    const headInput = stringInput('head');
    const pr = context.pullRequest;
    if (pr) {
      const base = baseInput || pr.baseSha;
      const head = headInput || pr.headSha;
      // actions/checkout fetches one merge commit at depth 1: fetch base and head themselves.
      for (const sha of [base, head]) if (/^[0-9a-f]{40}$/.test(sha)) await repository.ensureCommit(sha);
      return { base, head, labels: pr.labels, body: pr.body };
    }
    const group = context.payload.merge_group as { base_sha?: unknown; head_sha?: unknown; head_ref?: unknown } | undefined;
    if (context.eventName === 'merge_group' && group) {
      const base = baseInput || String(group.base_sha ?? '');
      const head = headInput || String(group.head_sha ?? '');
      if (!base || !head) throw new InputError('the merge_group payload has no merge_group.base_sha/head_sha', { hint: 'This is not the payload GitHub sends for merge_group; set the `base` and `head` inputs, or run the action on the merge_group event itself.' });
      for (const sha of [base, head]) if (/^[0-9a-f]{40}$/.test(sha)) await repository.ensureCommit(sha);
      // The queued PR's labels (semver:*, the approve label) are not in the payload: ask for them.
      const pull = await queuedPull(context, String(group.head_ref ?? ''));
      return { base, head, labels: pull?.labels ?? [], body: pull?.body };
    }
    const releaseTag = tagOf(context);
    if (releaseTag) {
      const released = await releaseRevisions(repository, releaseTag, headInput || context.sha || `refs/tags/${releaseTag}`, baseInput || undefined);
      return { ...released, labels: [] };
    }
    const before = typeof context.payload.before === 'string' && !/^0+$/.test(context.payload.before) ? context.payload.before : undefined;
    const head = headInput || context.sha || 'HEAD';
    const base = baseInput || before;
    if (!base)
      throw new InputError(`no base revision for a '${context.eventName}' event`, { hint: `Set the action's \`base\` input, or run it on ${SCHEMA_DIFF_EVENTS.join(', ')} events.` });
    if (/^[0-9a-f]{40}$/.test(base)) await repository.ensureCommit(base);
    return { base, head, labels: [] };
  } finally {
    repository.close();
  }
}

/** The PR a merge group tests, read with the token; undefined when the branch names none. */
async function queuedPull(context: EventContext, headRef: string): Promise<PullInfo | undefined> {
  const number = pullNumberOfMergeGroup(headRef);
  const token = stringInput('token');
  if (number === undefined || !token) return undefined;
  const [owner, repo] = context.repository.split('/');
  const { createGitHubClient } = await import('../github/client.js');
  const { getPull } = await import('../github/pulls.js');
  try {
    return await getPull(createGitHubClient({ token, baseUrl: context.apiUrl }).octokit, owner, repo, number);
  } catch (error) {
    throw new InputError(`cannot read PR #${number} of the merge group: ${(error as Error).message.split('\n')[0]}`, {
      hint: 'The token needs pull-requests: read to see the queued PR\'s labels.',
    });
  }
}

function tagOf(context: EventContext): string | undefined {
  const release = context.payload.release as { tag_name?: unknown } | undefined;
  if (context.eventName === 'release' && typeof release?.tag_name === 'string') return release.tag_name;
  if (context.eventName === 'push' && context.ref?.startsWith('refs/tags/')) return context.ref.slice('refs/tags/'.length);
  return undefined;
}
