// env-diff at the scale of the biggest repositories: a generated service of 50,000 modules
// (LOCKSTEP_BENCH_SCALE_MODULES), with head commits that change 1, 500, 5,000 and every module.
// Each size is timed side by side with the CPython reference scanning both revisions, with the
// peak memory of each process (GNU time's maximum resident set). Targets (reported, never
// asserted): 5,000 changed files ≤ 0.2× the reference, every module changed ≤ 0.5×, peak ≤ 1 GB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateBenchRepos } from './generate-repos.mjs';
import { summarize } from './measure.mjs';

const TIME = '/usr/bin/time';

/** One run: wall time and peak resident memory (MB) when GNU time is there. */
function runMeasured({ cmd, args, cwd, env }) {
  const memoryFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'lockstep-scale-')), 'rss');
  const timed = existsSync(TIME);
  const started = process.hrtime.bigint();
  const result = timed
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', memoryFile, cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // GNU time's last line: user and system CPU seconds, maximum resident set (KB).
  const [user, system, kb] = timed && existsSync(memoryFile) ? readFileSync(memoryFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
  rmSync(path.dirname(memoryFile), { recursive: true, force: true });
  const cpuMs = user === undefined ? undefined : Math.round((user + system) * 1000);
  return { ms, cpuMs, peakMb: kb === undefined ? undefined : Math.round(kb / 1024), status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sideBySide(commands, runs) {
  const samples = new Map(commands.map(([key]) => [key, []]));
  for (let round = 0; round < runs; round++) {
    for (const [key, command] of commands) samples.get(key).push(runMeasured(command));
  }
  return new Map(
    [...samples].map(([key, results]) => {
      const last = results.at(-1);
      const ok = results.every((r) => r.status === 0 || r.status === 1);
      const cpu = results.every((r) => r.cpuMs !== undefined) ? summarize(results.map((r) => r.cpuMs)).medianMs : undefined;
      return [key, { ...summarize(results.map((r) => r.ms)), cpuMs: cpu, peakMb: Math.max(...results.map((r) => r.peakMb ?? 0)) || undefined, status: last.status, failure: ok ? undefined : `exit ${last.status}: ${`${last.stderr}`.trim().split('\n').slice(-3).join(' / ')}` }];
    }),
  );
}

const TARGETS = new Map([
  [5000, 0.2],
  ['all', 0.5],
]);

/**
 * Runs the scale rows; `say` prints, the returned object goes into the results JSON.
 * `modules` 0 skips the section.
 */
export function scaleRows({ root, work, cli, env, say, modules, runs }) {
  const rows = [];
  if (!modules) return { skipped: 'LOCKSTEP_BENCH_SCALE_MODULES=0' };
  const chosen = process.env.LOCKSTEP_BENCH_SCALE_SIZES?.split(',').map((size) => (size.trim() === 'all' ? modules : Number(size)));
  const sizes = chosen ?? [...new Set([1, 500, 5000].filter((n) => n < modules)), modules];
  say(`env-diff at scale: ${modules} modules, head commits changing ${sizes.join(', ')} modules (${runs} run(s) each, side by side with the CPython reference):`);
  for (const changed of sizes) {
    const dir = path.join(work, `scale-${changed}`);
    const repos = generateBenchRepos(dir, { modules, changed });
    const service = repos.service.dir;
    const measured = sideBySide(
      [
        ['lockstep', { cmd: process.execPath, args: [cli, 'env-diff', '--repo', service, '--base', 'main', '--head', 'pr', '--format', 'json'], cwd: service, env }],
        ['reference', { cmd: 'python3', args: [path.join(root, 'bench/env_reads_reference.py'), service, 'main', 'pr', 'python/svc/**/*.py'], cwd: service, env }],
      ],
      runs,
    );
    const lockstep = measured.get('lockstep');
    const reference = measured.get('reference');
    const ratio = !lockstep.failure && !reference.failure ? Math.round((lockstep.medianMs / reference.medianMs) * 1000) / 1000 : null;
    // CPU time (user + system) is what the machine's other load inflates least: its ratio is shown beside.
    const cpuRatio = ratio !== null && lockstep.cpuMs && reference.cpuMs ? Math.round((lockstep.cpuMs / reference.cpuMs) * 1000) / 1000 : null;
    const limit = TARGETS.get(changed === modules ? 'all' : changed) ?? null;
    const verdict = limit === null || ratio === null ? undefined : ratio <= limit && (lockstep.peakMb ?? 0) <= 1024 ? 'met' : 'MISSED';
    rows.push({ modules, changedFiles: repos.service.changedFiles, lockstep: strip(lockstep), reference: strip(reference), ratio, cpuRatio, target: limit, peakLimitMb: 1024, verdict });
    const describe = (r) => (r.failure ? `FAILED: ${r.failure}` : `${seconds(r.medianMs)}${r.cpuMs ? ` (CPU ${seconds(r.cpuMs)})` : ''}${r.peakMb ? `, peak ${r.peakMb} MB` : ''}`);
    say(`  ${String(repos.service.changedFiles).padStart(6)} files changed: lockstep ${describe(lockstep)}; reference ${describe(reference)}; ratio ${ratio ?? 'n/a'} (CPU ${cpuRatio ?? 'n/a'})${limit === null ? '' : ` (target ≤ ${limit}, peak ≤ 1 GB: ${verdict ?? 'not measured'})`}`);
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows };
}

function strip(result) {
  const { failure, ...rest } = result;
  return failure ? { failed: failure } : rest;
}

function seconds(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
