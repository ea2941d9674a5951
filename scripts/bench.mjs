// `npm run bench`: Lockstep's speed, measured side by side with references in one run.
//
// Generates (deterministically) a 2,000-module Python service and its Helm chart with a
// base and a head commit, then times — several runs each, median and spread — the bundled
// `lockstep env-diff` and `lockstep schema-diff` on it, a CPython `ast` reference doing
// env-diff's code-side job (bench/env_reads_reference.py), and `griffe check`. Also: the
// cold start of each bundled action doing no work, bundle sizes, and a bare `node -e ''`
// as the yardstick and the measure of machine noise. Prints ratios against the targets
// (reported, never asserted) and writes bench/results/bench-<time>.json and latest.json.
//
// A command that is not built yet is reported as such; no number is ever made up.
//
// Environment: LOCKSTEP_BENCH_RUNS (measured runs per command, default 5),
// LOCKSTEP_BENCH_MODULES (default 2000), LOCKSTEP_BENCH_GRIFFE_RUNS (default 3),
// LOCKSTEP_BENCH_KEEP=1 keeps the generated repositories, LOCKSTEP_BENCH_SKIP_GATE=1 skips
// the gate sweep (its writes are paced a second apart, as on GitHub: about five minutes),
// LOCKSTEP_BENCH_SCALE_MODULES (default 50000; 0 skips the scale rows, bench/scale.mjs) and
// LOCKSTEP_BENCH_SCALE_RUNS (default 1), LOCKSTEP_BENCH_SCALE_SIZES (changed-file counts,
// comma-separated; default 1,500,5000,all). The Phalanx rows (bench/phalanx-scale.mjs) need
// the history bundles (LOCKSTEP_HISTORY) and are skipped without them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSizes } from '../bench/bundles.mjs';
import { coldStartCommands } from '../bench/cold-start.mjs';
import { generateBenchRepos } from '../bench/generate-repos.mjs';
import { measure, measureSideBySide, runOnce } from '../bench/measure.mjs';
import { gateSweepBudget } from '../bench/gate-sweep.mjs';
import { scaleRows } from '../bench/scale.mjs';
import { phalanxRows } from '../bench/phalanx-scale.mjs';
import { buildStartupFloors } from '../bench/startup-floors.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.LOCKSTEP_BENCH_RUNS ?? 5);
const griffeRuns = Number(process.env.LOCKSTEP_BENCH_GRIFFE_RUNS ?? 3);
const modules = Number(process.env.LOCKSTEP_BENCH_MODULES ?? 2000);

if (!existsSync(path.join(root, 'dist/cli/index.js'))) {
  console.error('dist/cli/index.js is missing: run `npm run bundle` first.');
  process.exit(2);
}

const say = (text = '') => process.stdout.write(`${text}\n`);
const work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-bench-'));
// Everything runs from a copy of dist/ taken now: a `npm run bundle` during the run must
// not swap the code under measurement halfway.
const dist = path.join(work, 'dist');
cpSync(path.join(root, 'dist'), dist, { recursive: true });
const cli = path.join(dist, 'cli/index.js');
const version = (cmd, args) => {
  const result = spawnSync(cmd, args, { encoding: 'utf8' });
  return result.status === 0 ? `${result.stdout}${result.stderr}`.trim().split('\n')[0] : undefined;
};
const machine = {
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  python: version('python3', ['--version']),
  griffe: version('python3', ['-c', 'import importlib.metadata as m; print(m.version("griffe"))']) ?? version('dpkg-query', ['-W', '-f=${Version}', 'python3-griffe']),
  git: version('git', ['--version']),
};

say(`Lockstep benchmark — ${new Date().toISOString()}`);
say(`node ${machine.node}, ${machine.cpus} CPU(s) ${machine.cpuModel ?? ''}, load average ${machine.loadAverageAtStart.join(' ')}`);
say(`${runs} measured runs per command after one warm-up run (griffe: ${griffeRuns}); times are wall clock of the whole process.`);
say();
say(`Generating the benchmark repositories in ${work} …`);
const repos = generateBenchRepos(work, { modules, changed: 20 });
say(`  service:    ${repos.service.pythonFiles} Python files, ${repos.service.pythonLines} lines; the head commit changes ${repos.service.changedFiles} files (env reads swapped, fields added)`);
say(`  deployment: Helm chart of ${repos.deployment.chartLines} lines, 4 environments; the head commit changes ${repos.deployment.changedFiles} files`);
say();

const node = (args, cwd = work) => ({ cmd: process.execPath, args, cwd, env: measuredEnv });
const results = { date: new Date().toISOString(), machine, runs, repository: repos, timings: {}, ratios: [], targets: [], notes: [] };
// Machine settings that slow every node start are not Lockstep's cost, and a runner does not
// have them: NODE_EXTRA_CA_CERTS (set on some build machines) makes node read a CA bundle
// before running anything (~30 ms here). Measured processes run without them.
const SLOW_START_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const measuredEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SLOW_START_VARIABLES.includes(name)));
const removed = SLOW_START_VARIABLES.filter((name) => process.env[name] !== undefined);
if (removed.length) {
  results.notes.push(`${removed.join(', ')} removed from the environment of measured processes (machine settings that slow every node start)`);
  say(`Note: ${removed.join(', ')} is set here; measured processes run without it (it slows every node start; runners do not set it).`);
  say();
}

// --- side by side: bare node, env-diff, schema-diff and the CPython reference -----------------
const service = repos.service.dir;
const checkRan = (result) => result.status === 0 || result.status === 1;
const commands = [
  {
    key: 'envDiff',
    label: 'lockstep env-diff (code side)',
    command: 'env-diff',
    run: node([cli, 'env-diff', '--repo', service, '--base', 'main', '--head', 'pr', '--format', 'json'], service),
  },
  {
    key: 'envDiffWithChart',
    label: 'lockstep env-diff (code + counterpart chart)',
    command: 'env-diff',
    run: node([cli, 'env-diff', '--repo', service, '--base', 'main', '--head', 'pr', '--config', '.github/lockstep-with-chart.yml', '--format', 'json'], service),
  },
  {
    key: 'envDiffDeployment',
    label: 'lockstep env-diff (deployment repo: chart + code at the deployed tag)',
    command: 'env-diff',
    run: node([cli, 'env-diff', '--repo', repos.deployment.dir, '--base', 'main', '--head', 'pr', '--format', 'json'], repos.deployment.dir),
  },
  {
    key: 'schemaDiff',
    label: 'lockstep schema-diff (one dataclass message)',
    command: 'schema-diff',
    run: node([cli, 'schema-diff', '--repo', service, '--base', 'main', '--head', 'pr', '--format', 'json'], service),
  },
];
const referenceCommand = { cmd: 'python3', args: [path.join(root, 'bench/env_reads_reference.py'), service, 'main', 'pr', 'python/svc/**/*.py'] };
const built = commands.filter((entry) => commandBuilt(entry.command));
const sideBySide = measureSideBySide(
  [['bareNode', node(['-e', ''])], ...built.map((entry) => [entry.key, entry.run]), ['cpythonReference', referenceCommand]],
  { runs, accept: (result) => checkRan(result) },
);

const bare = sideBySide.get('bareNode');
results.timings.bareNode = strip(bare);
say(`Machine noise: a bare \`node -e ''\` takes ${ms(bare.medianMs)} median, ${ms(bare.minMs)}–${ms(bare.maxMs)} over ${bare.runs} runs (spread ${bare.spread}).`);
say();
say(`Side by side (${runs} rounds, each running every command once in turn):`);
for (const entry of commands) {
  const result = sideBySide.get(entry.key);
  if (!result) {
    results.timings[entry.key] = { notBuilt: true };
    say(`${entry.label.padEnd(70)} not built yet (dist/cli says so): no number`);
    continue;
  }
  if (result.failure) {
    const notBuilt = /not built yet/.test(result.failure);
    results.timings[entry.key] = notBuilt ? { notBuilt: true } : { failed: result.failure };
    say(`${entry.label.padEnd(70)} ${notBuilt ? 'not built yet' : `FAILED, no number: ${result.failure}`}`);
    continue;
  }
  results.timings[entry.key] = { ...strip(result), exitCode: result.status, output: summarizeOutput(result.last.stdout) };
  say(`${entry.label.padEnd(70)} ${timing(result)}  exit ${result.status}${describeOutput(results.timings[entry.key].output)}`);
}

const reference = sideBySide.get('cpythonReference');
results.timings.cpythonReference = reference.failure ? { failed: reference.failure } : { ...strip(reference), output: JSON.parse(reference.last.stdout) };
say(
  `${'CPython ast reference (env reads, both revisions)'.padEnd(70)} ${reference.failure ? `FAILED: ${reference.failure}` : `${timing(reference)}  parsed ${results.timings.cpythonReference.output.filesParsed} blobs`}`,
);

// --- does env-diff's cost follow the change or the repository? ------------------------------
// The same kind of change (20 modules) in a repository a quarter the size: a cost that follows
// the change stays the same; a full scan would shrink to about a quarter.
if (results.timings.envDiff?.medianMs) {
  const smallModules = Math.max(100, Math.round(modules / 4));
  const small = generateBenchRepos(path.join(work, 'small'), { modules: smallModules, changed: 20 });
  const scaling = measureSideBySide(
    [
      ['large', node([cli, 'env-diff', '--repo', service, '--base', 'main', '--head', 'pr', '--format', 'json'], service)],
      ['small', node([cli, 'env-diff', '--repo', small.service.dir, '--base', 'main', '--head', 'pr', '--format', 'json'], small.service.dir)],
    ],
    { runs, accept: checkRan },
  );
  const large = scaling.get('large');
  const quarter = scaling.get('small');
  if (!large.failure && !quarter.failure) {
    const growth = Math.round((large.medianMs / quarter.medianMs) * 100) / 100;
    results.envDiffScaling = { largeModules: modules, smallModules, large: strip(large), small: strip(quarter), growth };
    say(`${`lockstep env-diff, same change in ${smallModules} modules`.padEnd(70)} ${timing(quarter)}`);
    say(`${`lockstep env-diff, same change in ${modules} modules`.padEnd(70)} ${timing(large)}  → ${growth}× for a ${Math.round(modules / smallModules)}× larger repository`);
  } else {
    results.envDiffScaling = { failed: large.failure ?? quarter.failure };
  }
}

// --- env-diff on the biggest repositories: 1 … 50,000 changed files --------------------------
results.scale = scaleRows({
  root,
  work,
  cli,
  env: measuredEnv,
  say,
  modules: Number(process.env.LOCKSTEP_BENCH_SCALE_MODULES ?? 50000),
  runs: Number(process.env.LOCKSTEP_BENCH_SCALE_RUNS ?? 1),
});
// A row misses its target when the ratio or the peak memory is over: the memory shows in the name.
const scaleTargets = (results.scale.rows ?? [])
  .filter((row) => row.target !== null)
  .map((row) => ({
    name: `env-diff, ${row.changedFiles} of ${row.modules} files changed ÷ CPython reference (peak ${row.lockstep.peakMb ?? '?'} MB, limit 1024)`,
    value: row.ratio === null ? undefined : (row.lockstep.peakMb ?? 0) > row.peakLimitMb ? Math.max(row.ratio, row.target * 1.001) : row.ratio,
    limit: row.target,
  }));
say();

// --- env-diff and schema-diff over a year of the real Phalanx history -----------------------
results.phalanx = phalanxRows({ root, work, cli, env: measuredEnv, say, runs: Math.min(runs, 3) });
if (results.phalanx.skipped) say(`Phalanx at scale: skipped (${results.phalanx.skipped})`);
const phalanxTargets = (results.phalanx.rows ?? []).map((row) => ({
  name: `${row.label} over a year of Phalanx, CPU ms (wall ${row.wall ? Math.round(row.wall.medianMs) : '?'} ms)`,
  value: row.cpu?.medianMs,
  limit: row.targetMs ?? 1000,
}));
say();

const griffe = findGriffe();
if (!griffe) {
  results.timings.griffeCheck = { missing: 'griffe is not installed (Debian package python3-griffe; .ci/run installs it)' };
  say(`${'griffe check (API diff of the package)'.padEnd(70)} not installed (apt-get install python3-griffe)`);
} else {
  const result = measure({ cmd: griffe, args: ['check', 'svc', '--search', 'python', '--against', 'main', '--base-ref', 'pr'], cwd: service }, { runs: griffeRuns, accept: checkRan });
  results.timings.griffeCheck = result.failure ? { failed: result.failure } : { ...strip(result), exitCode: result.status, breakages: result.last.stderr.split('\n').filter(Boolean).length };
  say(`${'griffe check (API diff of the package)'.padEnd(70)} ${result.failure ? `FAILED: ${result.failure}` : `${timing(result)}  ${results.timings.griffeCheck.breakages} findings`}`);
}
say();

// --- cold starts ------------------------------------------------------------------------------
say('Cold start of each bundled action doing no work (configuration enables nothing):');
const coldDir = path.join(work, 'cold-start');
mkdirSync(coldDir);
results.coldStart = [];
const actions = coldStartCommands(root, dist, coldDir);
const coldRuns = Math.max(runs, 10);
const floors = buildStartupFloors(root, path.join(work, 'floors'));
const cold = measureSideBySide(
  [
    // The yardstick gets the same runner environment as the actions.
    ['bareNode', { ...node(['-e', '']), env: actions[0].command.env, cwd: coldDir }],
    ...actions.filter((action) => action.present).map((action) => [action.name, action.command]),
    ['cli --version', node([cli, '--version'])],
    ...floors.map(([label, bundle]) => [`floor: ${label}`, { ...node([bundle]), env: actions[0].command.env, cwd: coldDir }]),
  ],
  { runs: coldRuns, accept: (r) => r.status !== null },
);
const coldBare = cold.get('bareNode');
results.coldStartBareNode = strip(coldBare);
say(`  ${'node -e ""'.padEnd(16)} ${timing(coldBare)}  (the yardstick, measured in the same rounds)`);
for (const action of [...actions, { name: 'cli --version', present: true }]) {
  if (!action.present) {
    results.coldStart.push({ action: action.name, missing: action.bundle });
    say(`  ${action.name.padEnd(16)} bundle missing (${path.relative(work, action.bundle)}): run npm run bundle`);
    continue;
  }
  const result = cold.get(action.name);
  const firstLine = `${result.last.stdout}`.split('\n').find((line) => line.startsWith('::')) ?? '';
  results.coldStart.push({ action: action.name, ...strip(result), exitCode: result.status, said: firstLine.slice(0, 200) });
  say(`  ${action.name.padEnd(16)} ${timing(result)}  ${(result.medianMs / coldBare.medianMs).toFixed(2)}× bare node  (exit ${result.status}${firstLine ? `: ${firstLine.slice(0, 90)}` : ''})`);
}
results.startupFloors = [];
if (floors.length) say('  What every entry loads first, alone (bundled the same way):');
for (const [label] of floors) {
  const result = cold.get(`floor: ${label}`);
  if (result.failure) continue;
  results.startupFloors.push({ loads: label, ...strip(result), timesBareNode: Math.round((result.medianMs / coldBare.medianMs) * 100) / 100 });
  say(`    ${label.padEnd(28)} ${timing(result)}  ${(result.medianMs / coldBare.medianMs).toFixed(2)}× bare node`);
}
say();

// --- bundle sizes -----------------------------------------------------------------------------
results.bundles = bundleSizes(dist);
say('Bundle sizes (dist/<name>: entry file, chunks loaded on demand, total):');
for (const bundle of results.bundles) say(`  ${bundle.name.padEnd(16)} ${kb(bundle.entryBytes).padStart(9)}  ${String(bundle.chunks).padStart(2)} chunks  ${kb(bundle.totalBytes).padStart(9)}`);
say();

// --- the gate's request budget ----------------------------------------------------------------
say('Gate sweep over 50 gated PRs in the GitHub stand-in:');
results.gateSweep =
  process.env.LOCKSTEP_BENCH_SKIP_GATE === '1'
    ? { notBuilt: 'skipped (LOCKSTEP_BENCH_SKIP_GATE=1)' }
    : await gateSweepBudget({ root, work, cli, prs: 50 }).catch((error) => ({ failed: error instanceof Error ? error.message : String(error) }));
if (results.gateSweep.notBuilt) say(`  not measured: ${results.gateSweep.notBuilt}`);
else if (results.gateSweep.failed) say(`  FAILED, no number: ${results.gateSweep.failed}`);
else say(`  ${results.gateSweep.describe}`);
say();

// --- ratios and targets -----------------------------------------------------------------------
const t = results.timings;
const ratio = (name, numerator, denominator, target) => {
  const value = numerator?.medianMs && denominator?.medianMs ? numerator.medianMs / denominator.medianMs : undefined;
  results.ratios.push({ name, value: value === undefined ? null : Math.round(value * 1000) / 1000, target: target ?? null });
  return value;
};
const targets = [
  { name: 'env-diff ÷ CPython reference', value: ratio('env-diff ÷ CPython reference', t.envDiff, t.cpythonReference, 0.1), limit: 0.1 },
  { name: 'schema-diff of one class ÷ bare node start', value: ratio('schema-diff ÷ bare node', t.schemaDiff, t.bareNode, 2), limit: 2 },
  ...results.coldStart
    .filter((entry) => entry.medianMs && entry.action !== 'cli --version')
    .map((entry) => ({ name: `${entry.action} action cold start ÷ bare node start`, value: ratio(`${entry.action} cold start ÷ bare node`, entry, results.coldStartBareNode, 1.5), limit: 1.5 })),
  ...scaleTargets,
  ...phalanxTargets,
];
ratio('schema-diff ÷ griffe check', t.schemaDiff, t.griffeCheck);
ratio('env-diff ÷ griffe check', t.envDiff, t.griffeCheck);
ratio('CPython reference ÷ bare node', t.cpythonReference, t.bareNode);
if (results.gateSweep?.requestsPerPrState !== undefined) targets.push({ name: 'gate sweep requests per gated PR per state', value: results.gateSweep.requestsPerPrState, limit: 1 });
if (results.gateSweep?.githubRequestsPerPr !== undefined) targets.push({ name: 'gate steady sweep: GitHub API requests per gated PR (50 PRs)', value: results.gateSweep.githubRequestsPerPr, limit: 1 });
say('Ratios (median ÷ median):');
for (const entry of results.ratios) say(`  ${entry.name.padEnd(44)} ${entry.value === null ? 'n/a (a side is missing)' : `${entry.value}×`}`);
say();
say('Targets (reported, not asserted):');
for (const target of targets) {
  const verdict = target.value === undefined ? 'not measured' : target.value <= target.limit ? 'met' : 'MISSED';
  results.targets.push({ name: target.name, value: target.value ?? null, limit: target.limit, verdict });
  say(`  ${verdict.padEnd(12)} ${target.name}: ${target.value === undefined ? '—' : target.value.toFixed(3)} (target ≤ ${target.limit})`);
}
results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
say();
say(`Load average at the end: ${results.machine.loadAverageAtEnd.join(' ')} (other work on the machine widens the spread; compare ratios from one run, not times across runs).`);

const outDir = path.join(root, 'bench/results');
mkdirSync(outDir, { recursive: true });
const stamp = results.date.replace(/[:.]/g, '-');
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(path.join(outDir, `bench-${stamp}.json`), json);
writeFileSync(path.join(outDir, 'latest.json'), json);
say(`Results: bench/results/bench-${stamp}.json (and latest.json)`);
if (process.env.LOCKSTEP_BENCH_KEEP === '1') say(`Repositories kept in ${work}`);
else rmSync(work, { recursive: true, force: true });

// --- helpers ----------------------------------------------------------------------------------
function commandBuilt(name) {
  const help = runOnce(node([cli, name, '--help']));
  return help.status === 0 && !/not built yet/.test(`${help.stdout}${help.stderr}`);
}

function findGriffe() {
  for (const candidate of ['griffe', '/usr/bin/griffe']) {
    const result = spawnSync(candidate, ['--help'], { encoding: 'utf8' });
    if (result.status === 0) return candidate;
  }
  return undefined;
}

function strip(result) {
  const { last: _last, failure: _failure, status: _status, ...rest } = result;
  return rest;
}

function summarizeOutput(stdout) {
  try {
    const document = JSON.parse(stdout);
    const count = (key) => (Array.isArray(document[key]) ? document[key].length : undefined);
    return {
      verdict: document.verdict,
      changes: count('changes') ?? (Array.isArray(document.messages) ? document.messages.reduce((sum, m) => sum + (m.changes?.length ?? 0), 0) : undefined),
      guidance: count('guidance'),
      parity: count('parity'),
      requiredBump: document.requiredBump,
    };
  } catch {
    return { unparsed: stdout.slice(0, 200) };
  }
}

function describeOutput(output) {
  if (!output || output.unparsed !== undefined) return '';
  const parts = Object.entries(output)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key} ${value}`);
  return parts.length ? `  (${parts.join(', ')})` : '';
}

function timing(result) {
  return `${ms(result.medianMs).padStart(9)} median  ${`${ms(result.minMs)}–${ms(result.maxMs)}`.padEnd(17)} spread ${result.spread}`;
}

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

function kb(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.round(bytes / 1024)} KB`;
}

