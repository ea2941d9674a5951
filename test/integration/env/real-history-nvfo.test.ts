/**
 * The NVFO pair on real history (../shared/history/{phalanx,nvfo}.bundle): an image tag naming
 * NVFO's branch (`main`, Phalanx 11929dc65) is read at that branch only when
 * env.counterpart.branch-tags declares it, and the replay's send-time extra-fields follow NVFO's
 * code at each commit. Skipped when the bundles are absent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../../src/config/load.js';
import { runEnvDiff } from '../../../src/env/run.js';
import { givenConfig } from '../../support/check-config.js';
import YAML from 'yaml';
import { nvfoSendTimeFields } from '../../../replay/suites.mjs';

const HISTORY = [process.env.LOCKSTEP_HISTORY, path.resolve('../shared/history'), path.resolve('../../shared/history')].find(
  (candidate): candidate is string => !!candidate && existsSync(path.join(candidate, 'nvfo.bundle')) && existsSync(path.join(candidate, 'phalanx.bundle')),
);
const maybe = HISTORY ? describe : describe.skip;

const clones: Record<'nvfo' | 'phalanx', string> = { nvfo: '', phalanx: '' };
const git = (dir: string, args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
beforeAll(() => {
  if (!HISTORY) return;
  for (const name of ['nvfo', 'phalanx'] as const) {
    clones[name] = mkdtempSync(path.join(os.tmpdir(), `lockstep-${name}-`));
    execFileSync('git', ['clone', '--quiet', '--bare', path.join(HISTORY, `${name}.bundle`), clones[name]]);
  }
});
afterAll(() => {
  for (const dir of Object.values(clones)) rmSync(dir, { recursive: true, force: true });
});

/** The replay's NVFO chart configuration, NVFO at `ref`, with or without branch-tags. */
function nvfoChartConfig(ref: string, branchTags?: string[]) {
  const env = {
    chart: {
      path: 'applications/next-visit-fan-out',
      workloads: { service: 'templates/deployment.yaml' },
      environments: 'applications/next-visit-fan-out/values-*.yaml',
      'image-tag': 'image.tag',
    },
    counterpart: { repository: clones.nvfo, ref, code: { service: ['src/**/*.py'] }, ...(branchTags ? { 'branch-tags': branchTags } : {}) },
  };
  return parseConfig(YAML.stringify({ env }), 'replay.yml');
}

maybe('NVFO on real history', () => {
  const commit = '11929dc658bf607dc0d8179e217ea1aee83a7d1f';
  const nvfoAt = () => git(clones.nvfo, ['rev-list', '-1', '--first-parent', `--before=${git(clones.phalanx, ['show', '-s', '--format=%cI', commit])}`, 'main']);

  it('11929dc65 moves dev to the image tag main: with branch-tags [latest, main] it is read at NVFO main and passes', async () => {
    const report = await runEnvDiff({ repository: clones.phalanx, config: await givenConfig(clones.phalanx, nvfoChartConfig(nvfoAt(), ['latest', 'main'])), revisions: { base: `${commit}^`, head: commit } });
    expect(report.findings.filter((f) => f.id.startsWith('env/version-unknown'))).toEqual([]);
    expect(report.data.deployed.map((row) => [row.environment, row.after])).toContainEqual(['usdfdev-prompt-processing', 'main']);
    expect(report.verdict).toBe('pass');
  }, 300_000);

  it('11929dc65 without branch-tags: main names no release, so it still fails closed', async () => {
    const report = await runEnvDiff({ repository: clones.phalanx, config: await givenConfig(clones.phalanx, nvfoChartConfig(nvfoAt())), revisions: { base: `${commit}^`, head: commit } });
    expect(report.verdict).toBe('fail');
    expect(report.headline).toContain('no release tag for main');
  }, 300_000);

  it("the replay's send-time extra-fields follow NVFO's code: instrument and detector in 2023 (e641c1f), detector only once instrument became a field (4906253)", () => {
    expect(nvfoSendTimeFields(clones.nvfo, 'e641c1fee248fdc7dfc64cdff6783ad7b11daa92')).toEqual({ instrument: 'str', detector: 'int' });
    expect(nvfoSendTimeFields(clones.nvfo, '4906253')).toEqual({ detector: 'int' });
    expect(nvfoSendTimeFields(clones.nvfo, 'main')).toEqual({ detector: 'int' });
  });
});
