/**
 * The pipelines-gate action's work: the event decides the mode —
 * pull_request(_target): that PR; schedule and workflow_dispatch: a sweep;
 * workflow_run (completed) of the base or test workflow: the PRs it advances;
 * merge_group: the merge group's status from its PR's gate.
 */
import type { LoadedConfig } from '../config/load.js';
import { parseRateLimitWait, runGateCommand } from '../gate/run.js';
import { gateModeOfEvent } from '../gate/event-mode.js';
import { defuseWorkflowCommands } from '../report/log-safety.js';
import type { Report } from '../report/model.js';
import { loadActionConfig } from './check-context.js';
import { readEventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';

/** `loaded`: the configuration the root action loaded for every check; read here when the action runs alone. */
export async function producePipelinesGate(loaded?: LoadedConfig): Promise<Report> {
  const context = await readEventContext();
  const config = loaded ?? (await loadActionConfig(context));
  return runGateCommand({
    repository: context.repository,
    config,
    mode: gateModeOfEvent(context.eventName, context.payload, context.repository),
    token: stringInput('token') || undefined,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    dryRun: booleanInput('dry-run', false),
    installationLogin: stringInput('comment-author') || undefined,
    maxRateLimitWaitSeconds: parseRateLimitWait(stringInput('max-rate-limit-wait'), "input 'max-rate-limit-wait'"),
    log: (message) => process.stdout.write(`${defuseWorkflowCommands(message)}\n`),
  });
}
