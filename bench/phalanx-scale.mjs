// env-diff and schema-diff at Phalanx scale (issue 13): the real Phalanx history (the bundle
// in LOCKSTEP_HISTORY, default ../shared/history; the row is skipped when it is absent), over
// the range of a year ending at its newest commit — thousands of changed files outside the
// chart. env-diff runs the README's Phalanx configuration (its counterpart, Prompt Processing,
// from pp.bundle); schema-diff checks the JSON Schema Phalanx keeps of its environment config.
// Target (reported, never asserted): each under a second. Only the paths the configuration
// names are listed and read, so the size of the range does not count.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summarize } from './measure.mjs';

const TIME = '/usr/bin/time';
export const PHALANX_TARGET_MS = 1000;

function envConfig(ppClone) {
  return `env:
  chart:
    path: charts/prompt-keda
    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}
    environments: applications/prompt-keda-*/values-*.yaml
    image-tag: prompt-keda.image.tag
  counterpart:
    repository: ${JSON.stringify(ppClone)}
    ref: main
    code:
      service: ["python/activator/**/*.py", "python/shared/**/*.py", "config/*.py"]
      initializer: ["python/initializer/**/*.py", "python/shared/**/*.py"]
  extra-reads:
    service: [SATTLE_URI_BASE, LSST_RESOURCES_NUM_WORKERS]
    initializer: [SATTLE_URI_BASE, LSST_RESOURCES_NUM_WORKERS]
  parity: [service, initializer]
`;
}

const SCHEMA_CONFIG = `messages:
  - name: environment-config
    schema: docs/extras/schemas/environment.json
    role: producer
    decoder: pydantic
versioning:
  source: tags
`;

/** Wall time, CPU time (user + system: what the machine's other load does not inflate) and peak memory. */
function runMeasured(cmd, args, env) {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'lockstep-phalanx-time-')), 'time');
  const started = process.hrtime.bigint();
  const result = spawnSync(TIME, ['-f', '%U %S %M', '-o', out, cmd, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const [user, system, kb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(path.dirname(out), { recursive: true, force: true });
  return { ms, cpuMs: Math.round((user + system) * 1000), peakMb: Math.round(kb / 1024), status: result.status, stderr: result.stderr };
}

export function phalanxRows({ root, work, cli, env, say, runs }) {
  // LOCKSTEP_HISTORY, else shared/history beside the checkout (or beside a worktree's parent).
  const history = [process.env.LOCKSTEP_HISTORY, path.resolve(root, '../shared/history'), path.resolve(root, '../../shared/history')].find(
    (dir) => dir !== undefined && existsSync(path.join(dir, 'phalanx.bundle')),
  ) ?? path.resolve(root, '../shared/history');
  const bundles = { phalanx: path.join(history, 'phalanx.bundle'), pp: path.join(history, 'pp.bundle') };
  const missing = Object.values(bundles).filter((bundle) => !existsSync(bundle));
  if (missing.length) return { skipped: `${missing.join(', ')} not on this machine (LOCKSTEP_HISTORY)` };
  if (!existsSync(TIME)) return { skipped: `${TIME} (GNU time) is missing` };
  const phalanx = path.join(work, 'phalanx.git');
  const pp = path.join(work, 'pp.git');
  execFileSync('git', ['clone', '--quiet', '--bare', bundles.phalanx, phalanx]);
  execFileSync('git', ['clone', '--quiet', '--bare', bundles.pp, pp]);
  const git = (...args) => execFileSync('git', ['-C', phalanx, ...args], { encoding: 'utf8' }).trim();
  const head = git('rev-parse', 'HEAD');
  const headDate = new Date(Number(git('log', '-1', '--format=%ct', head)) * 1000);
  const yearBefore = new Date(headDate.getTime() - 365 * 24 * 3600 * 1000).toISOString();
  const base = git('rev-list', '-1', `--before=${yearBefore}`, head);
  const changedFiles = git('diff', '--name-only', base, head).split('\n').filter(Boolean).length;
  const commits = Number(git('rev-list', '--count', `${base}..${head}`));
  writeFileSync(path.join(work, 'phalanx-env.yml'), envConfig(pp));
  writeFileSync(path.join(work, 'phalanx-schema.yml'), SCHEMA_CONFIG);
  const range = ['--repo', phalanx, '--base', base, '--head', head, '--format', 'json'];
  const commands = [
    ['env-diff (README Phalanx config, counterpart from pp.bundle)', [cli, 'env-diff', '--config', path.join(work, 'phalanx-env.yml'), ...range]],
    ['schema-diff (docs/extras/schemas/environment.json)', [cli, 'schema-diff', '--config', path.join(work, 'phalanx-schema.yml'), ...range]],
  ];
  say(`Phalanx at scale: ${base.slice(0, 9)}..${head.slice(0, 9)} (a year: ${commits} commits, ${changedFiles} files changed), ${runs} run(s) after a warm-up:`);
  const rows = commands.map(([label, args]) => {
    runMeasured(process.execPath, args, env);
    const results = Array.from({ length: runs }, () => runMeasured(process.execPath, args, env));
    const failed = results.find((r) => r.status !== 0 && r.status !== 1);
    if (failed) {
      say(`  ${label.padEnd(62)} FAILED: exit ${failed.status}: ${failed.stderr.trim().split('\n').slice(-2).join(' / ')}`);
      return { label, failed: `exit ${failed.status}` };
    }
    const wall = summarize(results.map((r) => r.ms));
    const cpu = summarize(results.map((r) => r.cpuMs));
    const peakMb = Math.max(...results.map((r) => r.peakMb));
    const verdict = cpu.medianMs <= PHALANX_TARGET_MS ? 'met' : 'MISSED';
    say(`  ${label.padEnd(62)} wall ${Math.round(wall.medianMs)} ms, CPU ${Math.round(cpu.medianMs)} ms, peak ${peakMb} MB (target < 1 s: ${verdict})`);
    return { label, wall, cpu, peakMb, exitCode: results.at(-1).status, targetMs: PHALANX_TARGET_MS, verdict };
  });
  return { base, head, commits, changedFiles, rows };
}
