/**
 * The env-diff action's work: the configuration, the event's revisions (src/revisions/:
 * pull_request, merge_group, push before → after; anything else needs the `base` input)
 * and the inputs → runEnvDiffAll → Report.
 */
import type { LoadedConfig } from '../config/load.js';
import { runEnvDiffAll } from '../env/run.js';
import type { Report } from '../report/model.js';
import { actionRevisions, loadActionConfig } from './check-context.js';
import { ENV_DIFF_EVENTS, readEventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';

/** `loaded`: the configuration the root action loaded for every check; read here when the action runs alone. */
export async function produceEnvDiff(loaded?: LoadedConfig): Promise<Report> {
  const context = await readEventContext();
  const config = loaded ?? (await loadActionConfig(context));
  return runEnvDiffAll({
    repository: context.workspace,
    config,
    revisions: await actionRevisions(context, { releases: false, events: ENV_DIFF_EVENTS, queuedPull: false }),
    token: stringInput('token') || undefined,
    serverUrl: context.serverUrl,
    helm: booleanInput('helm-cross-check'),
    pair: stringInput('pair') || undefined,
  });
}
