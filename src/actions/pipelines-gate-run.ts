/**
 * The pipelines-gate action's work: the event decides the mode —
 * pull_request(_target): that PR; schedule and workflow_dispatch: a sweep;
 * workflow_run (completed) of the base or test workflow: the PRs it advances;
 * merge_group: the merge group's status from its PR's gate.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { pullInfoOf } from '../github/pulls.js';
import { runGateCommand } from '../gate/run.js';
import type { GateMode } from '../gate/run-gate.js';
import type { Report } from '../report/model.js';
import { readEventContext, type EventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';

export async function producePipelinesGate(): Promise<Report> {
  const context = readEventContext();
  const configFile = stringInput('config', DEFAULT_CONFIG_PATH);
  return runGateCommand({
    token: stringInput('token') || undefined,
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
    repository: context.repository,
    configFile: path.resolve(context.workspace, configFile),
    configDisplayName: configFile,
    mode: modeOf(context),
    dryRun: booleanInput('dry-run', false),
    log: (message) => process.stdout.write(`${message.replace(/^::/, ': :')}\n`),
  });
}

export function modeOf(context: EventContext): GateMode {
  const payload = context.payload as Record<string, any>;
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      if (!pr || typeof pr.number !== 'number') throw new InputError(`the ${context.eventName} payload has no pull_request`);
      const [owner, repo] = context.repository.split('/') as [string, string];
      return { kind: 'pr', number: pr.number, pull: pullInfoOf(owner, repo, pr) };
    }
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: 'sweep' };
    case 'workflow_run': {
      const run = payload.workflow_run;
      if (!run || typeof run.path !== 'string' || typeof run.head_sha !== 'string') throw new InputError('the workflow_run payload has no workflow_run.path/head_sha');
      return { kind: 'workflow-run', workflowPath: run.path, headSha: run.head_sha };
    }
    case 'merge_group': {
      const group = payload.merge_group;
      if (!group || typeof group.head_sha !== 'string' || typeof group.head_ref !== 'string') throw new InputError('the merge_group payload has no merge_group.head_sha/head_ref');
      return { kind: 'merge-group', headSha: group.head_sha, headRef: group.head_ref };
    }
    default:
      throw new InputError(`pipelines-gate does not run on '${context.eventName}' events`, {
        hint: 'Trigger it on pull_request, schedule, workflow_dispatch, workflow_run (completed) and merge_group (see the README workflow).',
      });
  }
}
