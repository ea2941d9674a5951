// `npm run replay`: the bundled CLI replayed over the real history of the four repositories.
//
// Clones the bundles of LOCKSTEP_HISTORY (default ../shared/history; see its README) into a
// temporary folder and runs `dist/cli/index.js` on every commit of each replay (replay/suites.mjs):
// env-diff on the Phalanx charts (PP, NVFO, the Butler Writer as counterparts) and on PP's code
// (Phalanx as counterpart), schema-diff on the message classes of PP, NVFO and the Writer — each
// counterpart or peer taken at the commit's date. Prints one table per replay: commits replayed,
// outcomes by kind, every failing commit with its one-line reason (and its review from
// docs/replay-review.json), and the time.
//
// --write   merges these replays into docs/replay-baseline.json (every commit's outcome and reason)
//           and writes docs/replay.md from it
// --render  only rewrites docs/replay.md from docs/replay-baseline.json and docs/replay-review.json
// --check   exits 1 when a commit errors (exit 2) or crashes where the baseline did not
// Environment: LOCKSTEP_HISTORY, LOCKSTEP_REPLAY_JOBS (commits run at once, default 2),
// LOCKSTEP_REPLAY_ONLY (comma-separated replay ids), LOCKSTEP_REPLAY_LIMIT (newest N commits per replay),
// LOCKSTEP_REPLAY_COMMITS (comma-separated commit ids or prefixes: only those commits; not with --write).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, mainTimeline, releaseTags } from '../replay/git.mjs';
import { renderReplay, summarize } from '../replay/render.mjs';
import { pool, replayCommit } from '../replay/run.mjs';
import { replaySuites } from '../replay/suites.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flags = new Set(process.argv.slice(2));
const unknown = [...flags].filter((flag) => !['--write', '--check', '--render'].includes(flag));
if (unknown.length) fail(`unknown option ${unknown.join(' ')}: use --write, --check or --render`);
const baselineFile = path.join(root, 'docs/replay-baseline.json');
const reviewFile = path.join(root, 'docs/replay-review.json');
if (flags.has('--render')) {
  writeMarkdown(readJson(baselineFile, { replays: [] }), readJson(reviewFile, {}));
  process.exit(0);
}
const history = path.resolve(root, process.env.LOCKSTEP_HISTORY ?? '../shared/history');
const jobs = positiveInteger('LOCKSTEP_REPLAY_JOBS', 2);
const limit = positiveInteger('LOCKSTEP_REPLAY_LIMIT', Infinity);
const only = listOf('LOCKSTEP_REPLAY_ONLY');
const picked = listOf('LOCKSTEP_REPLAY_COMMITS');
if (picked.some((sha) => !/^[0-9a-f]{4,40}$/.test(sha))) fail(`LOCKSTEP_REPLAY_COMMITS=${picked.join(',')}: expected commit ids (4 to 40 hex digits)`);
if (picked.length && flags.has('--write')) fail('LOCKSTEP_REPLAY_COMMITS replays a few commits: --write would replace the baseline with them');
const BUNDLES = ['pp', 'nvfo', 'writer', 'phalanx'];

if (!existsSync(path.join(root, 'dist/cli/index.js'))) fail('dist/cli/index.js is missing: run `npm run bundle` first.');
for (const name of BUNDLES) if (!existsSync(path.join(history, `${name}.bundle`))) fail(`${path.join(history, `${name}.bundle`)} is missing: set LOCKSTEP_HISTORY to the folder of the history bundles.`);

const work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-replay-'));
try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function main() {
  const started = Date.now();
  // The code under replay is a copy of dist/ taken now: a rebuild during the run cannot swap it.
  cpSync(path.join(root, 'dist'), path.join(work, 'dist'), { recursive: true });
  const cli = path.join(work, 'dist/cli/index.js');
  const configDir = path.join(work, 'configs');
  mkdirSync(configDir);
  say(`Lockstep replay — ${new Date().toISOString()}, ${jobs} commit(s) at once, history from ${history}`);
  const clones = Object.fromEntries(BUNDLES.map((name) => [name, cloneBundle(name)]));
  const suites = replaySuites(clones).filter((suite) => !only.length || only.includes(suite.id));
  if (only.length && suites.length !== only.length) fail(`LOCKSTEP_REPLAY_ONLY names an unknown replay; known: ${replaySuites(clones).map((s) => s.id).join(', ')}`);
  const reviews = readJson(reviewFile, {});
  const replays = [];
  for (const suite of suites) {
    const all = suite.commits();
    const chosen = picked.length ? all.filter((commit) => picked.some((sha) => commit.sha.startsWith(sha))) : all;
    const commits = chosen.slice(-Math.min(limit, chosen.length));
    const suiteStarted = Date.now();
    let done = 0;
    const results = await pool(commits, jobs, async (commit) => {
      const result = await replayCommit(suite, commit, { cli, configDir });
      done += 1;
      if (done % 10 === 0 || done === commits.length) process.stderr.write(`  ${suite.id}: ${done}/${commits.length}\n`);
      return result;
    });
    const replay = { id: suite.id, title: suite.title, check: suite.check, touching: all.length, results, seconds: (Date.now() - suiteStarted) / 1000 };
    replays.push(replay);
    say();
    say(renderReplay(replay, reviews[suite.id] ?? {}));
  }
  const totalSeconds = (Date.now() - started) / 1000;
  say();
  say(summarize(replays, reviews, totalSeconds));
  const baseline = readJson(baselineFile, { replays: [] });
  if (flags.has('--check')) checkAgainst(replays, baseline);
  if (flags.has('--write')) writeResults(replays, reviews, baseline);
}

function cloneBundle(name) {
  const dir = path.join(work, name);
  git(work, ['clone', '--quiet', path.join(history, `${name}.bundle`), dir]);
  return { dir, timeline: mainTimeline(dir), tags: releaseTags(dir) };
}

function writeResults(replays, reviews, baseline) {
  const run = { date: new Date().toISOString(), jobs, limit: Number.isFinite(limit) ? limit : null };
  // Each replay run now takes its old place (a partial run keeps the order of docs/replay.md).
  const fresh = new Map(replays.map((replay) => [replay.id, { ...replay, run }]));
  const added = replays.filter((replay) => !baseline.replays.some((old) => old.id === replay.id)).map((replay) => fresh.get(replay.id));
  const merged = { replays: [...baseline.replays.map((old) => fresh.get(old.id) ?? old), ...added] };
  mkdirSync(path.dirname(baselineFile), { recursive: true });
  writeFileSync(baselineFile, `${JSON.stringify(merged, null, 1)}\n`);
  writeMarkdown(merged, reviews);
  say('\nWrote docs/replay-baseline.json and docs/replay.md.');
}

function writeMarkdown(baseline, reviews) {
  const runs = [...new Set(baseline.replays.map((replay) => `${replay.run.date.slice(0, 10)}, ${replay.run.jobs} at once${replay.run.limit ? `, newest ${replay.run.limit} commits` : ''}`))];
  const intro = [
    '# Replay on real history',
    '',
    'Written by `npm run replay -- --write` (scripts/replay.mjs; `--render` redraws it after editing the reviews) from the',
    `bundles in \`../shared/history\` (see its README): the bundled CLI on every commit below (${runs.join('; ')}).`,
    "Counterparts and peers are taken at the commit's date. Commits \"apart\" are not verdicts: the snapshots cannot",
    'answer them (a deployed release newer than the counterpart snapshot, a template the configuration names that did',
    'not exist yet). Every failing commit carries its review from `docs/replay-review.json`: **right** (a maintainer',
    'should stop there) or **wrong** (a false alarm, and why). Times are wall clock on a shared, busy 2-CPU machine.',
    '',
  ].join('\n');
  const body = baseline.replays.map((replay) => renderReplay(replay, reviews[replay.id] ?? {})).join('\n\n');
  const seconds = baseline.replays.reduce((sum, replay) => sum + replay.seconds, 0);
  writeFileSync(path.join(root, 'docs/replay.md'), `${intro}\n${body}\n\n${summarize(baseline.replays, reviews, seconds)}\n`);
}

function checkAgainst(replays, baseline) {
  const before = new Map(baseline.replays.flatMap((replay) => replay.results.map((result) => [`${replay.id} ${result.sha}`, result.outcome])));
  const broken = (outcome) => outcome === 'error' || outcome === 'crash';
  const regressions = replays.flatMap((replay) =>
    replay.results
      .filter((result) => broken(result.outcome) && !broken(before.get(`${replay.id} ${result.sha}`)))
      .map((result) => `${replay.id} ${result.sha.slice(0, 12)}: ${result.outcome} (${result.reason}); baseline: ${before.get(`${replay.id} ${result.sha}`) ?? 'not replayed'}`),
  );
  if (regressions.length) {
    say(`\nReplay check FAILED: ${regressions.length} commit(s) error where the baseline did not:`);
    for (const line of regressions) say(`  ${line}`);
    process.exitCode = 1;
  } else say('\nReplay check passed: no commit errors that did not before.');
}

function readJson(file, fallback) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : fallback;
}

function listOf(name) {
  return (process.env[name] ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

function positiveInteger(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^[1-9]\d*$/.test(text)) fail(`${name}=${text}: expected a positive whole number`);
  return Number(text);
}

function say(text = '') {
  process.stdout.write(`${text}\n`);
}

function fail(message) {
  process.stderr.write(`replay: ${message}\n`);
  process.exit(2);
}
