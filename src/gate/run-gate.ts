/**
 * One gate run, in the mode its trigger asks for:
 * - `pr`: one PR (pull_request events, `--pr N`);
 * - `sweep`: every open PR that declares dependencies (schedule, workflow_dispatch, `--sweep`);
 * - `workflow-run`: a base or test run completed; advance the PRs it belongs to now;
 * - `merge-group`: a merge queue asks; the PR's gate decides the merge group's status.
 */
import { describeGitHubError } from '../github/client.js';
import { setCommitStatus } from '../github/commit-status.js';
import { getPull, listOpenPulls, type PullInfo } from '../github/pulls.js';
import { mentionsDependencies as declaresDependencies } from './depends-on.js';
import { evaluatePull, type GateEnvironment, type PrEvaluation } from './evaluate-pr.js';
import { pullNumberOfMergeGroup } from '../github/merge-queue.js';

export type GateMode =
  | { kind: 'pr'; number: number; pull?: PullInfo }
  | { kind: 'sweep' }
  | { kind: 'workflow-run'; workflowPath: string; headSha: string }
  | { kind: 'merge-group'; headSha: string; headRef: string }
  | { kind: 'skip'; reason: string };

export interface GateRun {
  mode: GateMode['kind'];
  evaluations: PrEvaluation[];
  /** Notes for the report: what was skipped and why. */
  notes: string[];
}

export async function runGate(env: GateEnvironment, mode: GateMode): Promise<GateRun> {
  const run: GateRun = { mode: mode.kind, evaluations: [], notes: [] };
  switch (mode.kind) {
    case 'pr': {
      const pull = mode.pull ?? (await getPull(env.octokit, env.owner, env.repo, mode.number));
      if (pull.state !== 'open') {
        run.notes.push(`PR #${pull.number} is ${pull.merged ? 'merged' : 'closed'}: nothing to gate`);
        return run;
      }
      run.evaluations.push(await evaluatePull(env, pull));
      return run;
    }
    case 'sweep':
      return sweep(env, run, () => true);
    case 'workflow-run': {
      const file = mode.workflowPath.split('/').at(-1);
      if (file === env.config['base-workflow'].file) return sweep(env, run, () => true);
      if (file === env.config['test-workflow'].file) return sweep(env, run, (pull) => pull.headSha === mode.headSha);
      run.notes.push(`workflow ${mode.workflowPath} is neither ${env.config['base-workflow'].file} nor ${env.config['test-workflow'].file}: nothing to advance`);
      return run;
    }
    case 'merge-group':
      return mergeGroup(env, run, mode.headSha, mode.headRef);
    case 'skip':
      run.notes.push(mode.reason);
      return run;
  }
}

async function sweep(env: GateEnvironment, run: GateRun, wanted: (pull: PullInfo) => boolean): Promise<GateRun> {
  const pulls = (await listOpenPulls(env.octokit, env.owner, env.repo)).sort((a, b) => a.number - b.number);
  const declaring = pulls.filter((pull) => declaresDependencies(pull.body));
  env.cache.gatedPullNumbers = declaring.map((pull) => pull.number);
  const gated = declaring.filter(wanted);
  run.notes.push(`${declaring.length} of ${pulls.length} open PRs declare dependencies${gated.length < declaring.length ? `; ${gated.length} concern this run` : ''}`);
  for (const pull of gated) run.evaluations.push(await evaluatePull(env, pull));
  return run;
}

export { pullNumberOfMergeGroup };

async function mergeGroup(env: GateEnvironment, run: GateRun, headSha: string, headRef: string): Promise<GateRun> {
  const context = env.config['status-context'];
  const number = pullNumberOfMergeGroup(headRef);
  let state: 'success' | 'failure' | 'pending' = 'failure';
  let description = `cannot tell which PR merge group ${headRef} belongs to`;
  if (number !== undefined) {
    try {
      const pull = await getPull(env.octokit, env.owner, env.repo, number);
      const evaluation = await evaluatePull(env, pull);
      run.evaluations.push(evaluation);
      state = evaluation.json.status;
      description = `PR #${number}: ${evaluation.json.description}`;
    } catch (error) {
      state = 'pending';
      description = `could not evaluate PR #${number}: ${describeGitHubError(error)}`;
    }
  }
  if (env.dryRun) {
    run.notes.push(`would set ${context} = ${state} on merge group ${headSha.slice(0, 7)}`);
    return run;
  }
  await setCommitStatus(env.octokit, env.owner, env.repo, headSha, { state, context, description });
  run.notes.push(`set ${context} = ${state} on merge group ${headSha.slice(0, 7)}`);
  return run;
}
