import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { OWNER, REPO, TOKEN, startGateWorld, type GateWorld } from './gate-fixture.js';

let world: GateWorld;
let dir: string;
beforeEach(async () => {
  world = await startGateWorld();
  dir = mkdtempSync(join(tmpdir(), 'lockstep-gate-cli-'));
  writeFileSync(
    join(dir, 'lockstep.yml'),
    [
      'gate:',
      '  upstream: ["lsst/*"]',
      `  registry: ${world.registry.url}`,
      '  image: lsst/scipipe',
      '  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"',
      '  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}',
      '  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}',
      '',
    ].join('\n'),
  );
});
afterEach(async () => {
  const violations = world.github.violations.slice();
  await world.stop();
  expect(violations).toEqual([]);
});

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['gate', ...args],
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: world.github.url, ...env },
    dir,
  );
  return { code, stdout, stderr };
}

describe('lockstep gate', () => {
  test('--pr N --dry-run --format json: the JSON contract, nothing written', async () => {
    world.github.addPull({ owner: OWNER, repo: REPO, number: 5, body: 'Depends-On: lsst/pipe_tasks#10', headSha: 'e'.repeat(40) });
    world.github.addPull({ owner: 'lsst', repo: 'pipe_tasks', number: 10, state: 'open' });
    const { code, stdout } = await cli(['--repository', `${OWNER}/${REPO}`, '--pr', '5', '--config', 'lockstep.yml', '--dry-run', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toEqual({
      prs: [
        {
          number: 5,
          head: 'e'.repeat(40),
          state: 'waiting-for-upstream-merge',
          dependencies: [{ repository: 'lsst/pipe_tasks', number: 10, merged: false, mergedAt: null }],
          daily: null,
          base: null,
          tests: null,
          status: 'pending',
          description: 'waiting-for-upstream-merge: waiting for lsst/pipe_tasks#10 to merge',
        },
      ],
      apiCalls: expect.any(Number),
    });
    expect(json.apiCalls).toBe(world.github.requests.length);
    expect(world.github.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  test('--sweep --format text prints the API call count; a failed PR in --pr mode exits 1', async () => {
    world.github.addPull({ owner: OWNER, repo: REPO, number: 6, body: 'Depends-On: lsst/nope' });
    const sweep = await cli(['--repository', `${OWNER}/${REPO}`, '--sweep', '--config', 'lockstep.yml']);
    expect(sweep.code).toBe(0);
    expect(sweep.stdout).toMatch(/GitHub API calls: \d+/);
    const single = await cli(['--repository', `${OWNER}/${REPO}`, '--pr', '6', '--config', 'lockstep.yml']);
    expect(single.code).toBe(1);
    expect(single.stdout).toMatch(/Depends-On line 1/);
  });

  test('GitHub down altogether: exit 1 saying so, no status written (never green)', async () => {
    world.github.addPull({ owner: OWNER, repo: REPO, number: 7, body: 'no deps' });
    world.github.inject({ kind: 'bad-gateway' });
    // (The CLI's real backoff: 1 + 4 + 9 seconds.)
    const { code, stdout } = await cli(['--repository', `${OWNER}/${REPO}`, '--pr', '7', '--config', 'lockstep.yml', '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ prs: [], apiCalls: 4 }); // GET the PR: 1 try + 3 retries
    expect(world.github.statuses).toEqual([]);
  });

  test('usage and configuration errors exit 2 with what to do', async () => {
    const noRepo = await cli(['--pr', '1', '--config', 'lockstep.yml']);
    expect(noRepo.code).toBe(2);
    expect(noRepo.stderr).toMatch(/--repository is required/);
    const both = await cli(['--repository', 'a/b', '--pr', '1', '--sweep', '--config', 'lockstep.yml']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/exactly one of --pr N and --sweep/);
    const noToken = await cli(['--repository', 'a/b', '--sweep', '--config', 'lockstep.yml'], { GITHUB_TOKEN: '' });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/no GitHub token/);
    writeFileSync(join(dir, 'empty.yml'), 'env: {}\n');
    const noGate = await cli(['--repository', 'a/b', '--sweep', '--config', 'empty.yml']);
    expect(noGate.code).toBe(2);
    expect(noGate.stderr).toMatch(/empty.yml.*no `gate:` section/s);
    writeFileSync(join(dir, 'undated.yml'), 'gate: {upstream: ["lsst/*"], image: lsst/scipipe, daily-tag: al9-latest, base-workflow: {file: a.yml}, test-workflow: {file: b.yml}}\n');
    const undated = await cli(['--repository', 'a/b', '--sweep', '--config', 'undated.yml']);
    expect(undated.code).toBe(2);
    expect(undated.stderr).toMatch(/gate.daily-tag: 'al9-latest' must contain \{YYYY\}, \{MM\} and \{DD\}/);
    writeFileSync(
      join(dir, 'loose.yml'),
      ['gate:', '  upstream: [lsst]', '  image: lsst/scipipe', '  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"', '  base-workflow: {file: build-base.yml}', '  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}', ''].join('\n'),
    );
    const loose = await cli(['--repository', 'a/b', '--sweep', '--config', 'loose.yml']);
    expect(loose.code).toBe(2);
    expect(loose.stderr).toContain("loose.yml:2: gate.upstream[0]: 'lsst' is not owner/repo or a pattern of it");
    expect(loose.stderr).toContain("gate.base-workflow.inputs: no input carries the daily's date");
  });
});
