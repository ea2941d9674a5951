/**
 * The schema-diff action's work: inputs + event → runSchemaDiff → Report.
 * pull_request: base/head from the event (fetched when the checkout is shallow);
 * tag push / release: the previous release tag → the new tag; push: before → after.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { GitRepository } from '../git/repository.js';
import type { Report } from '../report/model.js';
import { messagesFromConfig, versioningFromConfig } from '../schema/config-messages.js';
import { previousReleaseTag } from '../schema/release-base.js';
import { runSchemaDiff } from '../schema/run.js';
import { readEventContext, type EventContext } from './event.js';
import { stringInput } from './inputs.js';

interface Revisions {
  base: string;
  head: string;
  releaseTag?: string;
  labels: string[];
  body?: string;
}

export async function produceSchemaDiff(): Promise<Report> {
  const context = readEventContext();
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
    const releaseTag = tagOf(context);
    if (releaseTag) {
      const head = headInput || context.sha || `refs/tags/${releaseTag}`;
      const headCommit = await repository.resolveRevision(head);
      const previous = baseInput || (await previousReleaseTag(repository, releaseTag, headCommit));
      if (!previous && (await repository.isShallow()))
        throw new InputError(`no release before ${releaseTag} in this shallow clone`, {
          hint: 'Check out with actions/checkout fetch-depth: 0 so the previous release tag and its history are present.',
        });
      // The first release has nothing before it: compare the release with itself.
      return { base: previous ?? headCommit, head: headCommit, releaseTag, labels: [] };
    }
    const before = typeof context.payload.before === 'string' && !/^0+$/.test(context.payload.before) ? context.payload.before : undefined;
    const head = headInput || context.sha || 'HEAD';
    const base = baseInput || before;
    if (!base)
      throw new InputError(`no base revision for a '${context.eventName}' event`, { hint: "Set the action's `base` input, or run it on pull_request, push or release events." });
    if (/^[0-9a-f]{40}$/.test(base)) await repository.ensureCommit(base);
    return { base, head, labels: [] };
  } finally {
    repository.close();
  }
}

function tagOf(context: EventContext): string | undefined {
  const release = context.payload.release as { tag_name?: unknown } | undefined;
  if (context.eventName === 'release' && typeof release?.tag_name === 'string') return release.tag_name;
  if (context.eventName === 'push' && context.ref?.startsWith('refs/tags/')) return context.ref.slice('refs/tags/'.length);
  return undefined;
}
