/**
 * The pipelines-gate action's work: the event decides the mode —
 * pull_request(_target): that PR; schedule and workflow_dispatch: a sweep;
 * workflow_run (completed) of the base or test workflow: the PRs it advances;
 * merge_group: the merge group's status from its PR's gate.
 */
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { parseRateLimitWait, runGateCommand } from '../gate/run.js';
import { gateModeOfEvent } from '../gate/event-mode.js';
import { defuseWorkflowCommands } from '../report/log-safety.js';
import type { Report } from '../report/model.js';
import { readEventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';

export async function producePipelinesGate(): Promise<Report> {
  const context = await readEventContext();
  const configFile = stringInput('config', DEFAULT_CONFIG_PATH);
  return runGateCommand({
    token: stringInput('token') || undefined,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    repository: context.repository,
    configFile: path.resolve(context.workspace, configFile),
    configDisplayName: configFile,
    configRoot: context.workspace,
    mode: gateModeOfEvent(context.eventName, context.payload, context.repository),
    dryRun: booleanInput('dry-run', false),
    installationLogin: stringInput('comment-author') || undefined,
    maxRateLimitWaitSeconds: parseRateLimitWait(stringInput('max-rate-limit-wait'), "input 'max-rate-limit-wait'"),
    log: (message) => process.stdout.write(`${defuseWorkflowCommands(message)}\n`),
  });
}
