/**
 * The limits GitHub sets (docs/benchmarks.md, "Limits"): a PR comment of at most 65,536
 * characters, a commit status description of 140, 10 annotations of each type per step — and
 * the longest rate-limit reset the gate waits out (300 s by default). Through the bundled
 * actions and CLI, against the OpenAPI-validated GitHub stand-in; no test waits for a reset.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { repoWithRevisions, type GitFixture } from '../support/git-fixture.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/index.js';

const OWNER = 'lsst-dm';
const REPO = 'prompt_processing';
const TOKEN = 'ghs_limits_installation_token';
/** Open upstream PRs enough that "waiting for … to merge" runs past 140 characters. */
const UPSTREAM = Array.from({ length: 12 }, (_, i) => 101 + i);

let github: GitHubStandin;
let workspace: string;
const repos: GitFixture[] = [];

beforeAll(async () => {
  github = await startGitHubStandin();
  github.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
  github.setBranch(OWNER, REPO, 'main', 'c'.repeat(40));
  github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-base.yml', name: 'Build base' });
  github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-service.yml', name: 'Build and test service' });
  for (const number of UPSTREAM) github.addPull({ owner: 'lsst', repo: 'afw', number, state: 'open' });
  workspace = mkdtempSync(path.join(tmpdir(), 'lockstep-limits-gate-'));
  mkdirSync(path.join(workspace, '.github'));
  writeFileSync(
    path.join(workspace, '.github', 'lockstep.yml'),
    [
      'gate:',
      '  upstream: ["lsst/*"]',
      // Never contacted: every PR here waits for its upstream PRs to merge.
      '  registry: http://127.0.0.1:9',
      '  image: lsst/scipipe',
      '  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"',
      '  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}',
      '  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}',
      '',
    ].join('\n'),
  );
});
afterAll(async () => {
  await github.close();
  rmSync(workspace, { recursive: true, force: true });
  repos.forEach((repo) => repo.remove());
});

function gatedPull(number: number, dependsOn: number[]) {
  const head = String(number % 10).repeat(40);
  const body = dependsOn.map((upstream) => `Depends-On: lsst/afw#${upstream}`).join('\n');
  github.addPull({ owner: OWNER, repo: REPO, number, body, headSha: head });
  return { head, event: pullRequestEvent({ number, action: 'opened', base: { sha: 'c'.repeat(40) }, head: { sha: head }, body }) };
}

function gateCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli/index.js'), 'gate', ...args], {
      cwd: workspace,
      env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const statusesOf = (sha: string) => github.statuses.filter((status) => status.sha === sha).map((status) => status.description ?? '');

describe('a commit status description: at most 140 characters', () => {
  it('a longer description (twelve upstream PRs to wait for) is cut to 140 with an ellipsis', async () => {
    const { head, event } = gatedPull(40, UPSTREAM);
    const run = await runBundledAction('pipelines-gate', { workspace, event, eventName: 'pull_request', apiUrl: github.url, token: TOKEN });
    expect(run.exitCode).toBe(0);
    const [description] = statusesOf(head);
    expect(description).toHaveLength(140);
    expect(description).toMatch(/^waiting-for-upstream-merge: waiting for lsst\/afw#101, lsst\/afw#102, .*…$/);
    expect(github.violations).toEqual([]);
  });
});

describe('a rate limit resetting later than the default 300 s is not waited for', () => {
  it('CLI with no --max-rate-limit-wait: a reset in 310 s is not waited for; the PR stays pending with the reason', async () => {
    const { head } = gatedPull(41, [101]);
    github.inject({ method: 'GET', path: /\/issues\/41\/comments$/, kind: 'rate-limit', resetInSeconds: 310 });
    const result = await gateCli(['--repository', `${OWNER}/${REPO}`, '--pr', '41', '--config', '.github/lockstep.yml']);
    github.clearFaults();
    expect(result.stderr).toMatch(/rate limit on GET \/repos\/lsst-dm\/prompt_processing\/issues\/41\/comments\S*: it resets in \d+ min, longer than the 300 s this run waits \(max-rate-limit-wait\); not waiting/);
    expect(statusesOf(head)).toEqual([expect.stringMatching(/rate limit for this token is used up until \d\d:\d\d UTC/)]);
  });

  it("action with action.yml's default: the same, and the job does not fail", async () => {
    const { head, event } = gatedPull(42, [101]);
    github.inject({ method: 'GET', path: /\/issues\/42\/comments$/, kind: 'rate-limit', resetInSeconds: 310 });
    const run = await runBundledAction('pipelines-gate', { workspace, event, eventName: 'pull_request', apiUrl: github.url, token: TOKEN });
    github.clearFaults();
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/longer than the 300 s this run waits \(max-rate-limit-wait\); not waiting/);
    expect(statusesOf(head)).toEqual([expect.stringMatching(/rate limit for this token is used up until \d\d:\d\d UTC/)]);
  });
});

describe('a report larger than GitHub shows: the PR comment and the annotations', () => {
  const CONFIG = ['messages:', '  - name: next-visit', '    schema: python/shared/visit.py#FannedOutVisit', '    role: consumer', '    decoder: strict', 'versioning:', '  source: label', ''].join('\n');
  const visit = (type: string) =>
    ['from dataclasses import dataclass', '', '', '@dataclass(frozen=True, kw_only=True)', 'class FannedOutVisit:', ...Array.from({ length: 1500 }, (_, i) => `    field_${i}: ${type}`), ''].join('\n');

  it('1,500 breaking changes: a comment cut under 65,536 characters saying so, 10 error annotations, the rest listed in the summary', async () => {
    github.addPull({ owner: OWNER, repo: REPO, number: 43 });
    const made = repoWithRevisions({ '.github/lockstep.yml': CONFIG, 'python/shared/visit.py': visit('int') }, { 'python/shared/visit.py': visit('str') });
    repos.push(made.repo);
    const run = await runBundledAction('schema-diff', {
      workspace: made.repo.dir,
      event: pullRequestEvent({ number: 43, base: { sha: made.base }, head: { sha: made.head }, labels: ['semver:minor'] }),
      apiUrl: github.url,
      token: TOKEN,
      inputs: { comment: 'true' },
    });
    expect(run.exitCode).toBe(1);
    const comments = github.comments.filter((comment) => comment.body.includes('<!-- lockstep:schema-diff -->'));
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000);
    expect(body).toMatch(/_\(cut: the full report is in the job summary\)_/);
    // Annotations: 10 errors (GitHub shows no more per step); the summary lists every change.
    expect(run.annotations.filter((annotation) => annotation.level === 'error' && annotation.file)).toHaveLength(10);
    expect(run.summary).toContain('field_1499');
    expect(github.violations).toEqual([]);
  });
});
