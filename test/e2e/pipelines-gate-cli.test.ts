/** The bundled CLI (dist/cli/index.js) running `lockstep gate` against the real registry and the GitHub stand-in. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/index.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

let github: GitHubStandin;
let registry: TestRegistry;
let dir: string;

beforeAll(async () => {
  registry = await startRegistry();
  await registry.pushImage('lsst/scipipe', 'al9-d_2026_11_27', { created: '2026-11-27T06:00:00Z' });
  github = await startGitHubStandin();
  github.addToken('ghp_cli', { login: 'octo-maintainer', type: 'User' });
  github.addWorkflow({ owner: 'lsst-dm', repo: 'prompt_processing', file: 'build-base.yml', name: 'Build base' });
  github.addWorkflow({ owner: 'lsst-dm', repo: 'prompt_processing', file: 'build-service.yml', name: 'Build and test service' });
  github.addPull({ owner: 'lsst', repo: 'pipe_tasks', number: 10, state: 'closed', merged: true, mergedAt: '2026-11-26T10:00:00Z', closedAt: '2026-11-26T10:00:00Z' });
  github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 3, body: 'Depends-On: lsst/pipe_tasks#10', headSha: 'd'.repeat(40) });
  dir = mkdtempSync(join(tmpdir(), 'lockstep-gate-cli-e2e-'));
  writeFileSync(
    join(dir, 'lockstep.yml'),
    `gate:\n  upstream: ["lsst/*"]\n  registry: ${registry.url}\n  image: lsst/scipipe\n  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"\n  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}\n  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}\n`,
  );
});
afterAll(async () => {
  await github.close();
  await registry.stop();
  rmSync(dir, { recursive: true, force: true });
});

function lockstep(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/cli/index.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'ghp_cli', GITHUB_API_URL: github.url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('lockstep gate (bundled CLI)', () => {
  it('--dry-run --format json: says it would dispatch the base build, writes nothing', async () => {
    const result = await lockstep(['gate', '--repository', 'lsst-dm/prompt_processing', '--pr', '3', '--config', 'lockstep.yml', '--dry-run', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.prs[0]).toMatchObject({ number: 3, state: 'building-base', status: 'pending', daily: { tag: 'al9-d_2026_11_27' }, base: null });
    expect(json.apiCalls).toBe(github.requests.length);
    expect(github.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  it('--format text: a readable summary with the API call count', async () => {
    const result = await lockstep(['gate', '--repository', 'lsst-dm/prompt_processing', '--sweep', '--config', 'lockstep.yml', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('#3');
    expect(result.stdout).toContain('would dispatch build-base.yml on main with {"stackTag":"d_2026_11_27"}');
    expect(result.stdout).toMatch(/GitHub API calls: \d+/);
  });
});
