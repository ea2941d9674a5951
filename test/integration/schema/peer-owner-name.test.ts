/**
 * A peer named owner/name is fetched from the server (GITHUB_SERVER_URL) at depth 1, and a
 * `Paired-With: owner/name#N` PR is read at refs/pull/N/head — here the server is a folder
 * of real repositories reached through file://, as git would reach github.com.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from '@jest/globals';
import { GitFixture } from '../../support/git-fixture.js';
import { runSchemaDiff } from '../../../src/schema/run.js';
import { fixture } from './fixture-files.js';

const server = mkdtempSync(path.join(os.tmpdir(), 'lockstep-server-'));
const pp = new GitFixture();
afterAll(() => {
  rmSync(server, { recursive: true, force: true });
  pp.remove();
});

it('fetches owner/name peers and the paired PR head from the server', async () => {
  const dir = path.join(server, 'lsst-dm', 'next_visit_fan_out.git');
  mkdirSync(dir, { recursive: true });
  for (const args of [['init', '--quiet', '--initial-branch=main'], ['config', 'user.email', 't@lockstep.invalid'], ['config', 'user.name', 'T'], ['config', 'commit.gpgsign', 'false']])
    execFileSync('git', args, { cwd: dir });
  const nvfo = new GitFixture(dir);
  nvfo.write({ 'src/shared/visit.py': fixture('next_visit_fan_out/visit.py') });
  const main = nvfo.commit('main');
  nvfo.branch('pr', main);
  nvfo.write({ 'src/shared/visit.py': fixture('next_visit_fan_out/visit.py').replace('    survey: str\n', '    survey: str\n    exposureTime: float\n') });
  nvfo.git('update-ref', 'refs/pull/12/head', nvfo.commit('send exposureTime'));
  nvfo.branch('main');
  nvfo.git('reset', '--quiet', '--hard', main);

  const visit = fixture('prompt_processing/shared_visit.py');
  pp.write({ 'python/shared/visit.py': visit });
  const base = pp.commit('base');
  pp.write({ 'python/shared/visit.py': visit.replace('    survey: str                     # survey name\n', '    survey: str                     # survey name\n    exposureTime: float\n') });
  const head = pp.commit('read exposureTime');

  const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [
      {
        name: 'next-visit',
        schema: 'python/shared/visit.py#FannedOutVisit',
        role: 'consumer',
        decoder: 'strict',
        peer: { repository: 'lsst-dm/next_visit_fan_out', ref: 'main', schema: 'src/shared/visit.py#NextVisitModelKeda', 'extra-fields': { detector: 'int' }, 'wire-types': { position: 'str' } },
      },
    ] }, revisions: { base, head, pullRequestBody: 'Paired-With: lsst-dm/next_visit_fan_out#12', labels: ['semver:major'] }, serverUrl: `file://${server}` });
  expect(report.data.peers.map((p) => [p.repository, p.ref, p.compatible])).toEqual([
    ['lsst-dm/next_visit_fan_out', 'main', false],
    ['lsst-dm/next_visit_fan_out', 'refs/pull/12/head', true],
  ]);
  expect(report.verdict).toBe('pass');
  expect(report.findings.find((f) => f.id === 'peer/paired')?.message).toContain('lsst-dm/next_visit_fan_out#12: neither works without the other, so merge both together, deploy together, both bump major');
});
