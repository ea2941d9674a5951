/**
 * The steps one PR goes through in the gate, as a state machine: each step takes
 * what the evaluation has found so far and returns what it found, with either the
 * step to run next or the outcome. Progress is returned before any call that may
 * fail, so a failure ends the evaluation where the last step left it (with the
 * dispatch locks it holds, to let go, and the comment a claim created).
 *
 * 1. Depends-On lines → 2. upstream PRs merged → 3. the daily image after the last
 * merge → 4. the base image built from it (dispatched once) → 5. this head's tests
 * on that base (dispatched once).
 */
import type { PullInfo } from '../github/pulls.js';
import type { StickyComment, StickyCommentTarget } from '../github/sticky-comment.js';
import type { GateConfig } from '../config/schema.js';
import { getPull } from '../github/pulls.js';
import { httpStatusOf } from '../github/client.js';
import { parseDated } from './daily-tag.js';
import { claimDispatch, type ClaimOutcome } from './dispatch-claim.js';
import { parseDependsOn, type DependencyProblem, type DependencyRef } from './depends-on.js';
import { earliestMerge } from './earliest-merge.js';
import { timeOfDayMs } from './estimate.js';
import { describeError, type GateEnvironment } from './gate-environment.js';
import type { DependencyJson, GateState, GateStatus } from './model.js';
import { parseGateRecord, type GateRecord, type RunRecord } from './record.js';
import { findDailyAfter, type CheckedTag } from './registry/daily-image.js';
import { baseLockHost, dated, dispatchOnce, FAILED_CONCLUSIONS, findBaseRun, findTestRun, follow, isLostDispatch } from './run-tracking.js';

export interface DependencyView extends DependencyJson {
  /** `missing`: GitHub says there is no such PR; `unknown`: it could not be read. */
  state: 'open' | 'closed' | 'missing' | 'unknown';
  url?: string;
  error?: string;
}

export interface Outcome {
  state: GateState;
  status: GateStatus;
  description: string;
  targetUrl: string | null;
}

/** What one PR's evaluation works with. */
export interface PullRun {
  env: GateEnvironment;
  pull: PullInfo;
  /** The record of the PR's gate comment at the start (undefined: none, or unreadable). */
  previous: GateRecord | undefined;
  /** The PR's sticky comment, where the lock on its test dispatch is taken. */
  target: StickyCommentTarget;
}

/** What the evaluation has found so far. */
export interface Progress {
  /** The record the next run resumes from, as far as the steps got. */
  record: GateRecord;
  problems: DependencyProblem[];
  dependencies: DependencyView[];
  checkedTags: CheckedTag[];
  estimate: string | null;
  /** What this run did or, with --dry-run, would do. */
  actions: string[];
  /** The PR's gate comments as this run knows them: a dispatch claim creates or re-reads one. */
  comments: StickyComment[] | undefined;
  /** Dispatch locks this run holds, let go once the result is published. */
  lockReleases: Array<() => Promise<void>>;
}

/** A step hands over to the next one or ends the evaluation with an outcome. */
export type Next = { progress: Progress; next: Step } | { progress: Progress; outcome: Outcome };
export type Step = (run: PullRun, progress: Progress) => Next | Promise<Next>;

type DailyRecord = NonNullable<GateRecord['daily']>;
type TestsRecord = NonNullable<GateRecord['tests']>;

export function emptyRecord(head: string): GateRecord {
  return { v: 1, head, state: 'waiting-for-upstream-merge', dependencies: [], daily: null, base: null, tests: null, status: null, estimate: null };
}

/** Where every evaluation starts: nothing found, the previous record's estimate kept until recomputed. */
export function startProgress(run: PullRun, comments: StickyComment[] | undefined): Progress {
  const record = { ...emptyRecord(run.pull.headSha), estimate: run.previous?.estimate ?? null };
  return { record, problems: [], dependencies: [], checkedTags: [], estimate: null, actions: [], comments, lockReleases: [] };
}

const end = (progress: Progress, outcome: Outcome): Next => ({ progress, outcome });
const failed = (description: string, targetUrl: string | null = null): Outcome => ({ state: 'failed', status: 'failure', description, targetUrl });
const passed = (description: string, targetUrl: string | null = null): Outcome => ({ state: 'passed', status: 'success', description, targetUrl });
const pending = (state: GateState, description: string, targetUrl: string | null = null): Outcome => ({ state, status: 'pending', description, targetUrl });

const withAction = (progress: Progress, action: string): Progress => ({ ...progress, actions: [...progress.actions, action] });
const withRecord = (progress: Progress, record: Partial<GateRecord>): Progress => ({ ...progress, record: { ...progress.record, ...record } });

/** 1. What the PR says it depends on. */
export const readDependsOn: Step = ({ env, pull }, progress) => {
  const parsed = parseDependsOn(pull.body, { repository: `${env.owner}/${env.repo}`, upstream: env.config.upstream, serverHost: env.serverHost });
  const found = { ...progress, problems: parsed.problems };
  const [first] = parsed.problems;
  if (first) {
    const more = parsed.problems.length > 1 ? ` (+${parsed.problems.length - 1} more)` : '';
    return end(found, failed(`Depends-On line ${first.line}: ${first.message}${more}`));
  }
  if (parsed.dependencies.length === 0) return end(found, passed('no Science Pipelines dependency'));
  return { progress: found, next: (run, progress) => readUpstream(run, progress, parsed.dependencies) };
};

/** 2. Upstream PRs: a merged one stays merged, so the record's answer is reused. */
async function readUpstream(run: PullRun, progress: Progress, dependencies: DependencyRef[]): Promise<Next> {
  const views: DependencyView[] = [];
  for (const dependency of dependencies) views.push(await upstreamView(run, dependency));
  const found = { ...progress, dependencies: views };
  return { progress: withRecord(found, { dependencies: views.map(({ repository, number, merged, mergedAt }) => ({ repository, number, merged, mergedAt })) }), next: awaitUpstream };
}

async function upstreamView({ env, previous }: PullRun, dependency: DependencyRef): Promise<DependencyView> {
  const { repository, number } = dependency;
  const known = previous?.dependencies.find((item) => item.repository.toLowerCase() === repository.toLowerCase() && item.number === number);
  if (known?.merged && known.mergedAt) return { ...known, state: 'closed', url: `https://${env.serverHost}/${known.repository}/pull/${known.number}` };
  // A sweep listed the upstream repository's open PRs: one still open there is unchanged.
  if (env.cache.openUpstream?.get(repository.toLowerCase())?.has(number)) {
    return { repository, number, merged: false, mergedAt: null, state: 'open', url: `https://${env.serverHost}/${repository}/pull/${number}` };
  }
  const [owner, repo] = repository.split('/') as [string, string];
  try {
    const upstream = await getPull(env.octokit, owner, repo, number);
    return { repository, number, merged: upstream.merged, mergedAt: upstream.mergedAt, state: upstream.state, url: upstream.htmlUrl };
  } catch (error) {
    // 404 is an answer: there is no such pull request (or this token cannot see it).
    const missing = httpStatusOf(error) === 404;
    return { repository, number, merged: false, mergedAt: null, state: missing ? 'missing' : 'unknown', error: describeError(error) };
  }
}

const viewName = (view: DependencyView) => `${view.repository}#${view.number}`;

async function awaitUpstream(run: PullRun, progress: Progress): Promise<Next> {
  const views = progress.dependencies;
  const closedUnmerged = views.filter((view) => view.state === 'closed' && !view.merged);
  if (closedUnmerged[0]) {
    return end(progress, failed(`${closedUnmerged.map(viewName).join(', ')} closed without merging: remove the Depends-On line or reopen it`, closedUnmerged[0].url ?? null));
  }
  const missing = views.filter((view) => view.state === 'missing');
  if (missing.length > 0) return end(progress, failed(`${missing.map(viewName).join(', ')}: no such pull request (or not visible to this token); fix the Depends-On line`));
  const unreadable = views.find((view) => view.state === 'unknown');
  if (unreadable) return end(progress, pending('waiting-for-upstream-merge', `cannot read ${viewName(unreadable)}: ${unreadable.error}`));
  const open = views.filter((view) => !view.merged);
  if (!open[0]) return { progress, next: findDaily };
  const estimated = await estimate(run, progress, { state: 'waiting-for-upstream-merge' });
  return end(estimated, pending('waiting-for-upstream-merge', `waiting for ${open.map(viewName).join(', ')} to merge`, open[0].url ?? null));
}

/** The progress with the earliest-merge estimate for a PR waiting in `state`. */
async function estimate(run: PullRun, progress: Progress, wait: { state: GateState; lastMergedAt?: Date; dailyTimeOfDayMs?: number }): Promise<Progress> {
  const estimated = await earliestMerge(run.env, { ...wait, previous: run.previous, dependencyCount: progress.record.dependencies.length });
  return { ...withRecord(progress, { estimate: estimated }), estimate: estimated.text };
}

/** 3. The first daily image created after the last merge. */
async function findDaily(run: PullRun, progress: Progress): Promise<Next> {
  const { env, previous } = run;
  const { config } = env;
  const lastMergedAt = progress.dependencies.map((view) => view.mergedAt!).sort().at(-1)!;
  if (previous?.daily && previous.daily.afterMergedAt === lastMergedAt) return foundDaily(progress, previous.daily);
  env.cache.dailyByMerge ??= new Map();
  let search = env.cache.dailyByMerge.get(lastMergedAt);
  try {
    search ??= await findDailyAfter(env.registry, { image: config.image, tagTemplate: config['daily-tag'], after: new Date(lastMergedAt), now: env.now });
    env.cache.dailyByMerge.set(lastMergedAt, search);
  } catch (error) {
    return end(progress, pending('waiting-for-daily-container', `registry ${config.registry}: ${describeError(error)}`));
  }
  const searched = { ...progress, checkedTags: search.checked };
  if (search.found) return foundDaily(searched, { ...search.found, afterMergedAt: lastMergedAt });
  return { progress: searched, next: (run, progress) => awaitDaily(run, progress, lastMergedAt) };
}

async function awaitDaily(run: PullRun, progress: Progress, lastMergedAt: string): Promise<Next> {
  const seen = progress.checkedTags.filter((item) => item.created).at(-1)?.created;
  const wait = { state: 'waiting-for-daily-container' as const, lastMergedAt: new Date(lastMergedAt), dailyTimeOfDayMs: seen ? timeOfDayMs(seen) : undefined };
  const estimated = await estimate(run, progress, wait);
  return end(estimated, pending('waiting-for-daily-container', `no ${run.env.config.image} daily created after the merge at ${lastMergedAt} yet`));
}

function foundDaily(progress: Progress, daily: DailyRecord): Next {
  return { progress: withRecord(progress, { daily }), next: (run, progress) => findBase(run, progress, daily) };
}

/** The date a daily tag stands for (its creation time when the tag does not say). */
function dailyDate(config: GateConfig, daily: DailyRecord): Date {
  return parseDated(config['daily-tag'], daily.tag) ?? new Date(daily.created);
}

const baseInputsOf = (config: GateConfig, daily: DailyRecord) => dated(config['base-workflow'].inputs, dailyDate(config, daily));
const testInputsOf = (config: GateConfig, daily: DailyRecord) => dated(config['test-workflow'].inputs, dailyDate(config, daily));

/** 4. The base image built from that daily (shared by every PR waiting for the same tag). */
async function findBase(run: PullRun, progress: Progress, daily: DailyRecord): Promise<Next> {
  const { env, previous } = run;
  const { config } = env;
  const base = previous?.base?.tag === daily.tag && !isLostDispatch(previous.base, env.now) ? previous.base : await findBaseRun(env, daily.tag);
  if (base === 'claimed-elsewhere') return end(progress, pending('building-base', `base image for ${daily.tag} is being dispatched by another gate run`));
  if (base) return { progress, next: (run, progress) => followBase(run, progress, { daily, base }) };
  if (env.dryRun) {
    const dispatch = `would dispatch ${config['base-workflow'].file} on ${config['base-workflow'].ref ?? 'main'} with ${JSON.stringify(baseInputsOf(config, daily))}`;
    return end(withAction(progress, dispatch), pending('building-base', `would dispatch the base image build for ${daily.tag}`));
  }
  return { progress, next: (run, progress) => claimBase(run, progress, daily) };
}

/** The progress holding a claim's lock (to let go) and, on this PR, the comment it created or re-read. */
function withClaim(progress: Progress, claimed: ClaimOutcome, onThisPull: boolean): Progress {
  return {
    ...progress,
    comments: onThisPull ? [claimed.sticky] : progress.comments,
    lockReleases: claimed.won ? [...progress.lockReleases, claimed.release] : progress.lockReleases,
  };
}

/** Base builds are shared by all PRs: the lock is on one comment every gate run picks alike. */
async function claimBase(run: PullRun, progress: Progress, daily: DailyRecord): Promise<Next> {
  const { env, pull, target } = run;
  const lockHost = await baseLockHost(env, pull.number);
  const onThisPull = lockHost === pull.number;
  const claimed = await claimDispatch(env.octokit, onThisPull ? target : { ...target, issueNumber: lockHost }, onThisPull ? progress.comments?.[0] : undefined, () => env.now.getTime());
  const held = withClaim(progress, claimed, onThisPull);
  if (!claimed.won) {
    env.cache.baseByTag.set(daily.tag, 'claimed-elsewhere');
    return end(held, pending('building-base', `base image for ${daily.tag} is being dispatched by another gate run`));
  }
  return { progress: held, next: (run, progress) => recheckBase(run, progress, daily) };
}

/** Under the lock, GitHub's own list says whether a run for this tag exists already. */
async function recheckBase({ env }: PullRun, progress: Progress, daily: DailyRecord): Promise<Next> {
  env.cache.baseRuns = undefined;
  env.cache.baseByTag.delete(daily.tag);
  const existing = await findBaseRun(env, daily.tag);
  if (existing && existing !== 'claimed-elsewhere') return { progress, next: (run, progress) => followBase(run, progress, { daily, base: existing }) };
  return { progress, next: (run, progress) => dispatchBase(run, progress, daily) };
}

async function dispatchBase(run: PullRun, progress: Progress, daily: DailyRecord): Promise<Next> {
  const { env } = run;
  const { config } = env;
  const { tag } = daily;
  const findFresh = async () => {
    env.cache.baseRuns = undefined;
    env.cache.baseByTag.delete(tag);
    const found = await findBaseRun(env, tag);
    return found === 'claimed-elsewhere' ? undefined : found;
  };
  const request = { workflowFile: config['base-workflow'].file, ref: config['base-workflow'].ref ?? 'main', inputs: baseInputsOf(config, daily), tag, find: findFresh };
  const dispatched = await dispatchOnce(env, request);
  env.cache.baseByTag.set(tag, dispatched.record);
  return baseRan(withAction(progress, dispatched.action), { daily, base: dispatched.record });
}

async function followBase(run: PullRun, progress: Progress, { daily, base }: { daily: DailyRecord; base: RunRecord }): Promise<Next> {
  const { env } = run;
  const inputs = Object.values(baseInputsOf(env.config, daily));
  const followed = await follow(env, base, env.config['base-workflow'].file, (found) => found.displayTitle.includes(daily.tag) || inputs.some((value) => found.displayTitle.includes(value)));
  env.cache.baseByTag.set(daily.tag, followed);
  return baseRan(progress, { daily, base: followed });
}

function baseRan(progress: Progress, { daily, base }: { daily: DailyRecord; base: RunRecord }): Next {
  const found = withRecord(progress, { base });
  if (base.conclusion && FAILED_CONCLUSIONS.has(base.conclusion)) return end(found, failed(`base image build for ${daily.tag} ended ${base.conclusion}`, base.url));
  if (base.conclusion !== 'success') {
    return end(found, pending('building-base', `building the base image from ${daily.tag}${base.run ? '' : ' (run not started yet)'}`, base.url));
  }
  return { progress: found, next: (run, progress) => findTests(run, progress, daily) };
}

/** 5. Tests of this PR head on the new base image. */
async function findTests(run: PullRun, progress: Progress, daily: DailyRecord): Promise<Next> {
  const { env, pull, previous } = run;
  const { config } = env;
  const testInputs = testInputsOf(config, daily);
  const recorded = previous?.tests && previous.tests.tag === daily.tag && previous.tests.head === pull.headSha && !isLostDispatch(previous.tests, env.now) ? previous.tests : undefined;
  const found = recorded ? undefined : await findTestRun(env, pull.headSha, testInputs, daily.tag);
  const tests = recorded ?? (found ? { ...found, head: pull.headSha } : undefined);
  if (tests) return { progress, next: (run, progress) => followTests(run, progress, { daily, tests }) };
  if (pull.headRepository && pull.headRepository.toLowerCase() !== `${env.owner}/${env.repo}`.toLowerCase()) {
    return end(progress, failed(`tests cannot be dispatched on a fork's branch (${pull.headRepository}); push the branch to ${env.owner}/${env.repo}`));
  }
  if (env.dryRun) {
    const dispatch = `would dispatch ${config['test-workflow'].file} on ${pull.headRef} with ${JSON.stringify(testInputs)}`;
    return end(withAction(progress, dispatch), pending('testing', `would dispatch the tests of ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}`));
  }
  return { progress, next: (run, progress) => claimTests(run, progress, daily) };
}

/** Under the lock on this PR's comment, a run that dispatched meanwhile shows in the record there. */
async function claimTests(run: PullRun, progress: Progress, daily: DailyRecord): Promise<Next> {
  const { env, pull, target } = run;
  const claimed = await claimDispatch(env.octokit, target, progress.comments?.[0], () => env.now.getTime());
  const held = withClaim(progress, claimed, true);
  const adopted = parseGateRecord(claimed.freshRecord)?.tests;
  if (adopted?.tag === daily.tag && adopted.head === pull.headSha) return { progress: held, next: (run, progress) => followTests(run, progress, { daily, tests: adopted }) };
  if (!claimed.won) return end(held, pending('testing', `tests of ${pull.headSha.slice(0, 7)} are being dispatched by another gate run`));
  return { progress: held, next: (run, progress) => dispatchTests(run, progress, daily) };
}

async function dispatchTests(run: PullRun, progress: Progress, daily: DailyRecord): Promise<Next> {
  const { env, pull } = run;
  const inputs = testInputsOf(env.config, daily);
  const find = () => findTestRun(env, pull.headSha, inputs, daily.tag);
  const dispatched = await dispatchOnce(env, { workflowFile: env.config['test-workflow'].file, ref: pull.headRef, inputs, tag: daily.tag, find });
  return testsRan(run, withAction(progress, dispatched.action), { daily, tests: { ...dispatched.record, head: pull.headSha } });
}

async function followTests(run: PullRun, progress: Progress, { daily, tests }: { daily: DailyRecord; tests: TestsRecord }): Promise<Next> {
  const { head } = tests;
  const followed = await follow(run.env, tests, run.env.config['test-workflow'].file, (found) => found.headSha === head);
  return testsRan(run, progress, { daily, tests: { ...followed, head } });
}

function testsRan({ pull }: PullRun, progress: Progress, { daily, tests }: { daily: DailyRecord; tests: TestsRecord }): Next {
  const found = withRecord(progress, { tests });
  if (tests.conclusion && FAILED_CONCLUSIONS.has(tests.conclusion)) return end(found, failed(`tests on the base from ${daily.tag} ended ${tests.conclusion}`, tests.url));
  if (tests.conclusion !== 'success') {
    return end(found, pending('testing', `testing ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}${tests.run ? '' : ' (run not started yet)'}`, tests.url));
  }
  return end(found, passed(`tests passed on the base from ${daily.tag} (${daily.digest.slice(0, 19)})`, tests.url));
}
