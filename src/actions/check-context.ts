/**
 * What the schema-diff and env-diff actions share before their core runs: the configuration
 * (the `config` input, loaded once per run and kept inside the workspace) and the revisions the
 * event and the `base`/`head` inputs give (src/revisions/).
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { loadCheckConfig, type LoadedConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { GitRepository } from '../git/repository.js';
import { revisionsFromEvent, type QueuedPullLookup } from '../revisions/from-event.js';
import type { Revisions } from '../revisions/model.js';
import type { EventContext } from './event.js';
import { stringInput } from './inputs.js';

/** The `config` input, read from the workspace; a link out of the workspace is refused unread. */
export async function loadActionConfig(context: EventContext): Promise<LoadedConfig> {
  const configFile = stringInput('config', DEFAULT_CONFIG_PATH);
  return loadCheckConfig(path.resolve(context.workspace, configFile), configFile, context.workspace);
}

export interface ActionRevisionOptions {
  /** Tag pushes and releases compare releases (schema-diff). */
  releases: boolean;
  /** The events the check has revisions for (named when there are none). */
  events: readonly string[];
  /** Ask GitHub for a merge group's queued PR (its labels and body); only schema-diff reads them. */
  queuedPull: boolean;
}

export async function actionRevisions(context: EventContext, options: ActionRevisionOptions): Promise<Revisions> {
  const repository = await GitRepository.open(context.workspace);
  try {
    return await revisionsFromEvent(context, {
      repository,
      base: stringInput('base'),
      head: stringInput('head'),
      releases: options.releases,
      events: options.events,
      queuedPull: options.queuedPull ? queuedPullLookup(context) : undefined,
    });
  } finally {
    repository.close();
  }
}

/** The PR a merge group tests, read with the `token` input (none without one). */
function queuedPullLookup(context: EventContext): QueuedPullLookup {
  return async (number) => {
    const token = stringInput('token');
    if (!token) return undefined;
    const [owner = '', repo = ''] = context.repository.split('/');
    const [{ createGitHubClient }, { getPull }] = await Promise.all([import('../github/client.js'), import('../github/pulls.js')]);
    try {
      return await getPull(createGitHubClient({ token, baseUrl: context.apiUrl }).octokit, owner, repo, number);
    } catch (error) {
      throw new InputError(`cannot read PR #${number} of the merge group: ${(error as Error).message.split('\n')[0] ?? ''}`, {
        hint: "The token needs pull-requests: read to see the queued PR's labels.",
      });
    }
  };
}
