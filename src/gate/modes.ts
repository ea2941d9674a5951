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
import { extractRecord, listOwnRepositoryComments, withMarker } from '../github/sticky-comment.js';
import { GATE_MARKER } from './comment-body.js';
import { mentionsDependencies as declaresDependencies, parseDependsOn } from './depends-on.js';
import { describeError } from './gate-environment.js';
import { parseGateRecord } from './record.js';
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
  await readSweepState(env, gated);
  run.notes.push(`${declaring.length} of ${pulls.length} open PRs declare dependencies${gated.length < declaring.length ? `; ${gated.length} concern this run` : ''}`);
  for (const pull of gated) run.evaluations.push(await evaluatePull(env, pull));
  return run;
}

export { pullNumberOfMergeGroup };

/**
 * What a sweep reads once for all its PRs instead of once per PR: every gate
 * record in one listing of the repository's comments (since the oldest gated PR
 * was opened), and the open PRs of each upstream repository that more than one
 * unmerged dependency points into. Either that fails is no failure: each PR then
 * reads its own.
 */
async function readSweepState(env: GateEnvironment, gated: PullInfo[]): Promise<void> {
  if (gated.length < 2) return;
  const opened = gated.map((pull) => pull.createdAt);
  const oldest = opened.every((time): time is string => time !== undefined) ? opened.sort()[0] : undefined;
  if (oldest !== undefined) {
    try {
      const byIssue = await listOwnRepositoryComments(env.octokit, { owner: env.owner, repo: env.repo, identity: env.identity }, oldest);
      env.cache.commentsByPull = new Map(gated.map((pull) => [pull.number, byIssue.get(pull.number) ?? []]));
    } catch (error) {
      env.log(`could not read the gate records in one listing (${describeError(error)}); each PR reads its own`);
    }
  }
  const unmerged = new Map<string, number>();
  for (const pull of gated) {
    const record = parseGateRecord(extractRecord(withMarker(env.cache.commentsByPull?.get(pull.number) ?? [], GATE_MARKER)[0]?.body ?? ''));
    const { dependencies } = parseDependsOn(pull.body, { repository: `${env.owner}/${env.repo}`, upstream: env.config.upstream, serverHost: env.serverHost });
    for (const dependency of dependencies) {
      const merged = record?.dependencies.some((item) => item.repository.toLowerCase() === dependency.repository.toLowerCase() && item.number === dependency.number && item.merged);
      if (!merged) unmerged.set(dependency.repository.toLowerCase(), (unmerged.get(dependency.repository.toLowerCase()) ?? 0) + 1);
    }
  }
  for (const [repository, count] of unmerged) {
    if (count < 2) continue;
    const [owner, repo] = repository.split('/') as [string, string];
    try {
      const open = await listOpenPulls(env.octokit, owner, repo);
      env.cache.openUpstream ??= new Map();
      env.cache.openUpstream.set(repository, new Set(open.map((pull) => pull.number)));
    } catch (error) {
      env.log(`could not list the open PRs of ${repository} (${describeError(error)}); each dependency is read by itself`);
    }
  }
}

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
  await setCommitStatus(env.octokit, { owner: env.owner, repo: env.repo, sha: headSha }, { state, context, description });
  run.notes.push(`set ${context} = ${state} on merge group ${headSha.slice(0, 7)}`);
  return run;
}
