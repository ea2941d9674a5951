/**
 * One PR through the gate: recompute its state from GitHub and the registry
 * (reusing what the record says is settled), do the one thing that state asks
 * for (dispatch the base build or the tests, once), then write the commit status
 * and the sticky comment when they changed.
 *
 * Fail closed: any call that fails or answers what the gate cannot interpret
 * leaves the status pending with the reason (or failed); nothing defaults to
 * success.
 */
import { fitDescription, type CommitStatus } from '../github/commit-status.js';
import { getPull, type PullInfo } from '../github/pulls.js';
import { extractRecord, findStickyComments, type StickyComment, type StickyCommentTarget } from '../github/sticky-comment.js';
import { GATE_MARKER } from './comment-body.js';
import { parseDated } from './daily-tag.js';
import { claimDispatch } from './dispatch-claim.js';
import { parseDependsOn, type DependencyProblem } from './depends-on.js';
import { earliestMerge } from './earliest-merge.js';
import { timeOfDayMs } from './estimate.js';
import { httpStatusOf } from '../github/client.js';
import { describeError, type GateEnvironment } from './gate-environment.js';
import type { DependencyJson, GateState, GateStatus, PrGateJson } from './model.js';
import { publish } from './publish.js';
import { parseGateRecord, type GateRecord } from './record.js';
import { findDailyAfter, type CheckedTag } from './registry/daily-image.js';
import { baseLockHost, dated, dispatchOnce, FAILED_CONCLUSIONS, findBaseRun, findTestRun, follow, isLostDispatch } from './run-tracking.js';

export type { GateEnvironment, SweepCache } from './gate-environment.js';

export interface DependencyView extends DependencyJson {
  /** `missing`: GitHub says there is no such PR; `unknown`: it could not be read. */
  state: 'open' | 'closed' | 'missing' | 'unknown';
  url?: string;
  error?: string;
}

export interface PrEvaluation {
  json: PrGateJson;
  pull: PullInfo;
  problems: DependencyProblem[];
  dependencies: DependencyView[];
  checkedTags: CheckedTag[];
  baseUrl: string | null;
  testsUrl: string | null;
  estimate: string | null;
  /** What this run did or, with --dry-run, would do. */
  actions: string[];
  commentUrl: string | null;
  targetUrl: string | null;
  /** Why the commit status this run computed could not be written (the PR keeps an older one). */
  statusWriteError: string | null;
}

/** The sticky comment as this run knows it; a dispatch claim may create or re-read it. */
interface StickySession {
  target: StickyCommentTarget;
  comments: StickyComment[] | undefined;
}

interface Outcome {
  state: GateState;
  status: GateStatus;
  description: string;
  targetUrl: string | null;
}

export async function evaluatePull(env: GateEnvironment, pull: PullInfo): Promise<PrEvaluation> {
  const { config } = env;
  const context = config['status-context'];
  const evaluation: PrEvaluation = {
    json: {
      number: pull.number,
      head: pull.headSha,
      state: 'waiting-for-upstream-merge',
      dependencies: [],
      daily: null,
      base: null,
      tests: null,
      status: 'pending',
      description: '',
    },
    pull,
    problems: [],
    dependencies: [],
    checkedTags: [],
    baseUrl: null,
    testsUrl: null,
    estimate: null,
    actions: [],
    commentUrl: null,
    targetUrl: null,
    statusWriteError: null,
  };
  const target = { owner: env.owner, repo: env.repo, issueNumber: pull.number, marker: GATE_MARKER, identity: env.identity };
  const releases: (() => Promise<void>)[] = [];

  const session: StickySession = { target, comments: undefined };
  let record: GateRecord | undefined;
  let outcome: Outcome;
  let next: GateRecord;
  try {
    session.comments = await findStickyComments(env.octokit, target);
    record = session.comments[0] ? parseGateRecord(extractRecord(session.comments[0].body)) : undefined;
    evaluation.commentUrl = session.comments[0]?.htmlUrl ?? null;
    ({ outcome, record: next } = await advance(env, pull, record, evaluation, releases, session));
  } catch (error) {
    // Fail closed: whatever went wrong, the PR stays pending with the reason.
    const reason = describeError(error);
    env.log(`PR #${pull.number}: ${reason}`);
    outcome = { state: resumeState(record), status: 'pending', description: `gate could not finish: ${reason}`, targetUrl: null };
    next = record ?? emptyRecord(pull.headSha);
    next = { ...next, state: outcome.state };
  }

  evaluation.json.state = outcome.state;
  evaluation.json.status = outcome.status;
  evaluation.json.description = fitDescription(`${outcome.state}: ${outcome.description}`);
  evaluation.targetUrl = outcome.targetUrl;
  const status: CommitStatus = {
    state: outcome.status,
    context,
    description: evaluation.json.description,
    ...(outcome.targetUrl ? { targetUrl: outcome.targetUrl } : {}),
  };
  next.status = record?.status ?? null;
  try {
    await publish(env, pull, status, next, record, session.comments, evaluation, target);
  } finally {
    // A lock that cannot be let go expires by itself (github/comment-lock.ts); it must not end the run.
    for (const release of releases) await release().catch((error: unknown) => env.log(`PR #${pull.number}: could not release a dispatch lock: ${describeError(error)}`));
  }
  return evaluation;
}

/** The furthest state the record shows reached, short of a verdict: a run that failed midway claims no more. */
function resumeState(record: GateRecord | undefined): GateState {
  if (!record) return 'waiting-for-upstream-merge';
  if (record.tests) return 'testing';
  if (record.base || record.daily) return 'building-base';
  if (record.dependencies.length > 0 && record.dependencies.every((dependency) => dependency.merged)) return 'waiting-for-daily-container';
  return 'waiting-for-upstream-merge';
}

function emptyRecord(head: string): GateRecord {
  return { v: 1, head, state: 'waiting-for-upstream-merge', dependencies: [], daily: null, base: null, tests: null, status: null, estimate: null };
}

async function advance(
  env: GateEnvironment,
  pull: PullInfo,
  record: GateRecord | undefined,
  evaluation: PrEvaluation,
  releases: (() => Promise<void>)[],
  session: StickySession,
): Promise<{ outcome: Outcome; record: GateRecord }> {
  const claim = async () => {
    const outcome = await claimDispatch(env.octokit, session.target, session.comments?.[0], () => env.now.getTime());
    session.comments = [outcome.sticky];
    if (outcome.won) releases.push(outcome.release);
    return outcome;
  };
  const { config } = env;
  const next: GateRecord = { ...emptyRecord(pull.headSha), estimate: record?.estimate ?? null };
  const done = (state: GateState, status: GateStatus, description: string, targetUrl: string | null = null) => {
    next.state = state;
    return { outcome: { state, status, description, targetUrl }, record: next };
  };

  // 1. What the PR says it depends on.
  const parsed = parseDependsOn(pull.body, { repository: `${env.owner}/${env.repo}`, upstream: config.upstream, serverHost: env.serverHost });
  evaluation.problems = parsed.problems;
  if (parsed.problems.length > 0) {
    const first = parsed.problems[0]!;
    const more = parsed.problems.length > 1 ? ` (+${parsed.problems.length - 1} more)` : '';
    return done('failed', 'failure', `Depends-On line ${first.line}: ${first.message}${more}`);
  }
  if (parsed.dependencies.length === 0) return done('passed', 'success', 'no Science Pipelines dependency');

  // 2. Upstream PRs: a merged one stays merged, so the record's answer is reused.
  const views: DependencyView[] = [];
  for (const dependency of parsed.dependencies) {
    const [owner, repo] = dependency.repository.split('/') as [string, string];
    const known = record?.dependencies.find((item) => item.repository.toLowerCase() === dependency.repository.toLowerCase() && item.number === dependency.number);
    if (known?.merged && known.mergedAt) {
      views.push({ ...known, state: 'closed', url: `https://${env.serverHost}/${known.repository}/pull/${known.number}` });
      continue;
    }
    try {
      const upstream = await getPull(env.octokit, owner, repo, dependency.number);
      views.push({ repository: dependency.repository, number: dependency.number, merged: upstream.merged, mergedAt: upstream.mergedAt, state: upstream.state, url: upstream.htmlUrl });
    } catch (error) {
      // 404 is an answer: there is no such pull request (or this token cannot see it).
      const missing = httpStatusOf(error) === 404;
      views.push({ repository: dependency.repository, number: dependency.number, merged: false, mergedAt: null, state: missing ? 'missing' : 'unknown', error: describeError(error) });
    }
  }
  evaluation.dependencies = views;
  evaluation.json.dependencies = views.map(({ repository, number, merged, mergedAt }) => ({ repository, number, merged, mergedAt }));
  next.dependencies = evaluation.json.dependencies;
  const name = (view: DependencyView) => `${view.repository}#${view.number}`;
  const closedUnmerged = views.filter((view) => view.state === 'closed' && !view.merged);
  if (closedUnmerged.length > 0) {
    return done('failed', 'failure', `${closedUnmerged.map(name).join(', ')} closed without merging: remove the Depends-On line or reopen it`, closedUnmerged[0]!.url ?? null);
  }
  const missing = views.filter((view) => view.state === 'missing');
  if (missing.length > 0) {
    return done('failed', 'failure', `${missing.map(name).join(', ')}: no such pull request (or not visible to this token); fix the Depends-On line`);
  }
  const unreadable = views.filter((view) => view.state === 'unknown');
  if (unreadable.length > 0) {
    return done('waiting-for-upstream-merge', 'pending', `cannot read ${name(unreadable[0]!)}: ${unreadable[0]!.error}`);
  }
  const open = views.filter((view) => !view.merged);
  if (open.length > 0) {
    evaluation.estimate = await earliestMerge(env, next, record, 'waiting-for-upstream-merge', undefined);
    return done('waiting-for-upstream-merge', 'pending', `waiting for ${open.map(name).join(', ')} to merge`, open[0]!.url ?? null);
  }

  // 3. The first daily image created after the last merge.
  const lastMergedAt = views.map((view) => view.mergedAt!).sort().at(-1)!;
  let daily = record?.daily && record.daily.afterMergedAt === lastMergedAt ? record.daily : null;
  if (!daily) {
    env.cache.dailyByMerge ??= new Map();
    let search = env.cache.dailyByMerge.get(lastMergedAt);
    try {
      search ??= await findDailyAfter(env.registry, { image: config.image, tagTemplate: config['daily-tag'], after: new Date(lastMergedAt), now: env.now });
      env.cache.dailyByMerge.set(lastMergedAt, search);
    } catch (error) {
      return done('waiting-for-daily-container', 'pending', `registry ${config.registry}: ${describeError(error)}`);
    }
    evaluation.checkedTags = search.checked;
    if (!search.found) {
      const seen = search.checked.filter((item) => item.created).at(-1)?.created;
      evaluation.estimate = await earliestMerge(env, next, record, 'waiting-for-daily-container', new Date(lastMergedAt), seen ? timeOfDayMs(seen) : undefined);
      return done('waiting-for-daily-container', 'pending', `no ${config.image} daily created after the merge at ${lastMergedAt} yet`);
    }
    daily = { ...search.found, afterMergedAt: lastMergedAt };
  }
  next.daily = daily;
  evaluation.json.daily = { tag: daily.tag, digest: daily.digest, created: daily.created };
  const date = parseDated(config['daily-tag'], daily.tag) ?? new Date(daily.created);

  // 4. The base image built from that daily (shared by every PR waiting for the same tag).
  let base = record?.base?.tag === daily.tag && !isLostDispatch(record.base, env.now) ? record.base : await findBaseRun(env, daily.tag);
  if (base === 'claimed-elsewhere') {
    return done('building-base', 'pending', `base image for ${daily.tag} is being dispatched by another gate run`);
  }
  const baseInputs = dated(config['base-workflow'].inputs, date);
  const baseRef = config['base-workflow'].ref ?? 'main';
  if (!base) {
    if (env.dryRun) {
      evaluation.actions.push(`would dispatch ${config['base-workflow'].file} on ${baseRef} with ${JSON.stringify(baseInputs)}`);
      return done('building-base', 'pending', `would dispatch the base image build for ${daily.tag}`);
    }
    // Base builds are shared by all PRs: the lock is on one comment every gate run picks alike.
    const lockHost = await baseLockHost(env, pull.number);
    const claimed = lockHost === pull.number ? await claim() : await claimDispatch(env.octokit, { ...session.target, issueNumber: lockHost }, undefined, () => env.now.getTime());
    if (lockHost !== pull.number && claimed.won) releases.push(claimed.release);
    if (!claimed.won) {
      env.cache.baseByTag.set(daily.tag, 'claimed-elsewhere');
      return done('building-base', 'pending', `base image for ${daily.tag} is being dispatched by another gate run`);
    }
    // Under the lock, GitHub's own list says whether a run for this tag exists already.
    env.cache.baseRuns = undefined;
    env.cache.baseByTag.delete(daily.tag);
    const existing = await findBaseRun(env, daily.tag);
    if (existing && existing !== 'claimed-elsewhere') base = existing;
  }
  if (!base) {
    const tag = daily.tag;
    const findFresh = async () => {
      env.cache.baseRuns = undefined;
      env.cache.baseByTag.delete(tag);
      const found = await findBaseRun(env, tag);
      return found === 'claimed-elsewhere' ? undefined : found;
    };
    const dispatched = await dispatchOnce(env, { workflowFile: config['base-workflow'].file, ref: baseRef, inputs: baseInputs, tag, find: findFresh });
    base = dispatched.record;
    env.cache.baseByTag.set(daily.tag, base);
    evaluation.actions.push(dispatched.action);
  } else {
    base = await follow(env, base, config['base-workflow'].file, (run) => run.displayTitle.includes(daily.tag) || Object.values(baseInputs).some((value) => run.displayTitle.includes(value)));
    env.cache.baseByTag.set(daily.tag, base);
  }
  next.base = base;
  evaluation.baseUrl = base.url;
  evaluation.json.base = { run: base.run, conclusion: base.conclusion };
  if (base.conclusion && FAILED_CONCLUSIONS.has(base.conclusion)) {
    return done('failed', 'failure', `base image build for ${daily.tag} ended ${base.conclusion}`, base.url);
  }
  if (base.conclusion !== 'success') {
    return done('building-base', 'pending', `building the base image from ${daily.tag}${base.run ? '' : ' (run not started yet)'}`, base.url);
  }

  // 5. Tests of this PR head on the new base image.
  const testInputs = dated(config['test-workflow'].inputs, date);
  let tests = record?.tests && record.tests.tag === daily.tag && record.tests.head === pull.headSha && !isLostDispatch(record.tests, env.now) ? record.tests : undefined;
  if (!tests) {
    const found = await findTestRun(env, pull.headSha, testInputs, daily.tag);
    if (found) tests = { ...found, head: pull.headSha };
  }
  if (!tests) {
    if (pull.headRepository && pull.headRepository.toLowerCase() !== `${env.owner}/${env.repo}`.toLowerCase()) {
      return done('failed', 'failure', `tests cannot be dispatched on a fork's branch (${pull.headRepository}); push the branch to ${env.owner}/${env.repo}`);
    }
    if (env.dryRun) {
      evaluation.actions.push(`would dispatch ${config['test-workflow'].file} on ${pull.headRef} with ${JSON.stringify(testInputs)}`);
      return done('testing', 'pending', `would dispatch the tests of ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}`);
    }
    const claimed = await claim();
    const adopted = parseGateRecord(claimed.freshRecord)?.tests;
    if (adopted?.tag === daily.tag && adopted.head === pull.headSha) tests = adopted;
    else if (!claimed.won) return done('testing', 'pending', `tests of ${pull.headSha.slice(0, 7)} are being dispatched by another gate run`);
  }
  if (!tests) {
    const dispatched = await dispatchOnce(env, { workflowFile: config['test-workflow'].file, ref: pull.headRef, inputs: testInputs, tag: daily.tag, find: () => findTestRun(env, pull.headSha, testInputs, daily.tag) });
    tests = { ...dispatched.record, head: pull.headSha };
    evaluation.actions.push(dispatched.action);
  } else {
    const head = tests.head;
    const followed = await follow(env, tests, config['test-workflow'].file, (run) => run.headSha === head);
    tests = { ...followed, head };
  }
  next.tests = tests;
  evaluation.testsUrl = tests.url;
  evaluation.json.tests = { run: tests.run, conclusion: tests.conclusion };
  if (tests.conclusion && FAILED_CONCLUSIONS.has(tests.conclusion)) {
    return done('failed', 'failure', `tests on the base from ${daily.tag} ended ${tests.conclusion}`, tests.url);
  }
  if (tests.conclusion !== 'success') {
    return done('testing', 'pending', `testing ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}${tests.run ? '' : ' (run not started yet)'}`, tests.url);
  }
  return done('passed', 'success', `tests passed on the base from ${daily.tag} (${daily.digest.slice(0, 19)})`, tests.url);
}

