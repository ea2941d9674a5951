/**
 * Which gate run an event asks for: pull_request(_target) → that PR (read from the
 * payload, saving a request); schedule and workflow_dispatch → a sweep;
 * workflow_run (completed) → the PRs that run advances; merge_group → the merge
 * group's status. Any other event is an input error: the workflow is wired wrong.
 */
import { InputError } from '../errors.js';
import { pullInfoOf, type PullPayload } from '../github/pulls.js';
import { GATE_EVENTS } from './events.js';
import type { GateMode } from './modes.js';

/** The payload fields the gate reads; each is checked before use. */
interface GateEventPayload {
  /** GitHub sends a string; String() below prints whatever came. */
  action?: string;
  pull_request?: { number?: unknown; head?: { sha?: unknown } | null } | null;
  workflow_run?: { path?: unknown; head_sha?: unknown } | null;
  merge_group?: { head_sha?: unknown; head_ref?: unknown } | null;
}

const EVENT_HINT = 'GITHUB_EVENT_PATH must name the payload GitHub wrote for this event; a hand-made payload needs the fields named here.';

export function gateModeOfEvent(eventName: string, payload: Record<string, unknown>, repository: string): GateMode {
  const event = payload as GateEventPayload;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = event.pull_request;
      if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string') throw new InputError(`the ${eventName} payload has no pull_request with a head`, { hint: EVENT_HINT });
      const [owner, repo] = repository.split('/') as [string, string];
      return { kind: 'pr', number: pr.number, pull: pullInfoOf(owner, repo, pr as PullPayload) };
    }
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: 'sweep' };
    case 'workflow_run': {
      const run = event.workflow_run;
      if (!run || typeof run.path !== 'string' || typeof run.head_sha !== 'string') throw new InputError('the workflow_run payload has no workflow_run.path/head_sha', { hint: EVENT_HINT });
      // Only a finished run changes a PR's state; `requested`/`in_progress` would spend requests for nothing.
      if (event.action !== undefined && event.action !== 'completed') return { kind: 'skip', reason: `workflow_run ${String(event.action)}: only completed runs advance the gate` };
      return { kind: 'workflow-run', workflowPath: run.path, headSha: run.head_sha };
    }
    case 'merge_group': {
      const group = event.merge_group;
      if (!group || typeof group.head_sha !== 'string' || typeof group.head_ref !== 'string') throw new InputError('the merge_group payload has no merge_group.head_sha/head_ref', { hint: EVENT_HINT });
      return { kind: 'merge-group', headSha: group.head_sha, headRef: group.head_ref };
    }
    default:
      throw new InputError(`pipelines-gate does not run on '${eventName}' events`, {
        hint: `Trigger it on ${GATE_EVENTS.join(', ')} (workflow_run: completed; see docs/actions/pipelines-gate.md).`,
      });
  }
}
