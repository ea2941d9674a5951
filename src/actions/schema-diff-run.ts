/**
 * The schema-diff action's work: the configuration, the event's revisions (src/revisions/:
 * pull_request, merge_group with the queued PR's labels, tag push / release, push) and the
 * inputs → runSchemaDiff → Report.
 */
import { InputError } from '../errors.js';
import type { LoadedConfig } from '../config/load.js';
import type { Report } from '../report/model.js';
import { messagesFromConfig, versioningFromConfig } from '../schema/config-messages.js';
import { runSchemaDiff } from '../schema/run.js';
import { actionRevisions, loadActionConfig } from './check-context.js';
import { readEventContext, SCHEMA_DIFF_EVENTS } from './event.js';
import { stringInput } from './inputs.js';

/** `loaded`: the configuration the root action loaded for every check; read here when the action runs alone. */
export async function produceSchemaDiff(loaded?: LoadedConfig): Promise<Report> {
  const context = await readEventContext();
  const { config, file } = loaded ?? (await loadActionConfig(context));
  const messages = messagesFromConfig(config);
  if (messages.length === 0) throw new InputError('no messages to check', { file, hint: 'Add a `messages:` section (see the README, "schema-diff").' });
  return runSchemaDiff({
    repository: context.workspace,
    config: { messages, versioning: versioningFromConfig(config), ignore: config.ignore, file },
    revisions: await actionRevisions(context, { releases: true, events: SCHEMA_DIFF_EVENTS, queuedPull: true }),
    proposedVersion: stringInput('proposed-version') || undefined,
    token: stringInput('token') || undefined,
    serverUrl: context.serverUrl,
    cwd: context.workspace,
  });
}
