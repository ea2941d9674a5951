/**
 * The env-diff action's work: inputs + event → runEnvDiffAll → Report.
 * pull_request: the PR's base and head (fetched when the checkout is shallow);
 * merge_group: the queued commit's base and head; push: before → after; anything else
 * needs the `base` input.
 */
import { InputError } from '../errors.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { runEnvDiffAll } from '../env/run.js';
import type { Report } from '../report/model.js';
import { ENV_DIFF_EVENTS, readEventContext, type EventContext } from './event.js';
import { booleanInput, stringInput } from './inputs.js';

export async function produceEnvDiff(): Promise<Report> {
  const context = await readEventContext();
  const { base, head } = revisionsOf(context);
  return runEnvDiffAll({
    repoDir: context.workspace,
    base,
    head,
    configFile: stringInput('config', DEFAULT_CONFIG_PATH),
    token: stringInput('token') || undefined,
    serverUrl: context.serverUrl,
    helm: booleanInput('helm-cross-check'),
  });
}

/** runEnvDiff fetches a missing base or head commit itself (depth 1) when given as a full sha. */
function revisionsOf(context: EventContext): { base: string; head: string } {
  const baseInput = stringInput('base');
  const headInput = stringInput('head');
  const pr = context.pullRequest;
  if (pr) return { base: baseInput || pr.baseSha, head: headInput || pr.headSha };
  // A merge queue checks the queued merge commit against its base.
  const group = context.payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
  if (typeof group?.base_sha === 'string' && typeof group.head_sha === 'string') {
    return { base: baseInput || group.base_sha, head: headInput || group.head_sha };
  }
  const before = typeof context.payload.before === 'string' && !/^0+$/.test(context.payload.before) ? context.payload.before : undefined;
  const base = baseInput || before;
  if (!base) {
    throw new InputError(`no base revision for a '${context.eventName}' event`, {
      hint: `Set the action's \`base\` input, or run it on ${ENV_DIFF_EVENTS.join(', ')} events.`,
    });
  }
  return { base, head: headInput || context.sha || 'HEAD' };
}
