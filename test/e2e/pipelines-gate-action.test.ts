/**
 * The bundled actions/pipelines-gate (dist/pipelines-gate/index.js) run as the runner runs it,
 * against the real docker-registry and the OpenAPI-validated GitHub stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { output, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent, scheduleEvent } from '../support/events.js';
import { startGitHubStandin, type GitHubStandin } from '../support/github-standin/index.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';

const OWNER = 'lsst-dm';
const REPO = 'prompt_processing';
const TOKEN = 'ghs_e2e_installation_token';
let github: GitHubStandin;
let registry: TestRegistry;
let workspace: string;

beforeAll(async () => {
  registry = await startRegistry({ auth: 'token' });
  await registry.pushIndex('lsst/scipipe', 'al9-d_2026_11_27', [{ created: '2026-11-27T06:00:00Z' }]);
  github = await startGitHubStandin();
  github.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
  github.setBranch(OWNER, REPO, 'main', 'c'.repeat(40));
  github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-base.yml', name: 'Build base', runName: (inputs) => `Build base ${String(inputs.stackTag)}` });
  github.addWorkflow({ owner: OWNER, repo: REPO, file: 'build-service.yml', name: 'Build and test service', runName: (inputs) => `Build and test service ${String(inputs.baseTag)}` });
  github.addPull({ owner: 'lsst', repo: 'pipe_tasks', number: 10, state: 'closed', merged: true, mergedAt: '2026-11-26T10:00:00Z', closedAt: '2026-11-26T10:00:00Z' });
  github.addPull({ owner: 'lsst', repo: 'afw', number: 30, state: 'open' });
  workspace = mkdtempSync(join(tmpdir(), 'lockstep-gate-e2e-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(
    join(workspace, '.github', 'lockstep.yml'),
    [
      'gate:',
      '  upstream: ["lsst/*"]',
      `  registry: ${registry.url}`,
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
  await registry.stop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('actions/pipelines-gate', () => {
  it('pull_request: the PR from the payload is gated; the base image is dispatched; outputs state and result-json', async () => {
    const head = '1'.repeat(40);
    github.addPull({ owner: OWNER, repo: REPO, number: 7, body: 'Depends-On: lsst/pipe_tasks#10', headSha: head, headRef: 'tickets/DM-7' });
    const event = pullRequestEvent({ number: 7, action: 'opened', base: { sha: 'c'.repeat(40) }, head: { sha: head, ref: 'tickets/DM-7' }, body: 'Depends-On: lsst/pipe_tasks#10' });
    const run = await runBundledAction('pipelines-gate', { workspace, event, eventName: 'pull_request', apiUrl: github.url, token: TOKEN });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.state).toBe('building-base');
    const result = JSON.parse(output(run, 'result-json'));
    expect(Object.keys(result)).toEqual(['prs', 'apiCalls']);
    expect(result.prs[0]).toMatchObject({ number: 7, head, state: 'building-base', status: 'pending', daily: { tag: 'al9-d_2026_11_27' } });
    expect(run.summary).toContain('GitHub API calls:');
    expect(github.runs.map((item) => item.inputs)).toEqual([{ stackTag: 'd_2026_11_27' }]);
    expect(github.statuses.filter((status) => status.sha === head).map((status) => status.state)).toEqual(['pending']);
    expect(github.comments.filter((comment) => comment.issueNumber === 7).map((comment) => comment.author)).toEqual(['github-actions[bot]']);
    expect(github.violations).toEqual([]);
  });

  it('schedule: a sweep of every PR with Depends-On lines; a malformed one fails its status, not the job', async () => {
    github.addPull({ owner: OWNER, repo: REPO, number: 8, body: 'Depends-On: lsst/afw#30', headSha: '2'.repeat(40) });
    github.addPull({ owner: OWNER, repo: REPO, number: 9, body: 'Depends-On: afw 30', headSha: '3'.repeat(40) });
    github.addPull({ owner: OWNER, repo: REPO, number: 11, body: 'no dependencies', headSha: '4'.repeat(40) });
    const run = await runBundledAction('pipelines-gate', { workspace, event: scheduleEvent(), eventName: 'schedule', apiUrl: github.url, token: TOKEN });
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(output(run, 'result-json'));
    expect(result.prs.map((item: { number: number; state: string }) => [item.number, item.state])).toEqual([
      [7, 'building-base'],
      [8, 'waiting-for-upstream-merge'],
      [9, 'failed'],
    ]);
    expect(run.outputs.state).toBe('#7:building-base #8:waiting-for-upstream-merge #9:failed');
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', title: 'PR #9: Depends-On line 1' }));
    // Rerun in the same state: still one base dispatch and one comment per PR.
    expect(github.runs).toHaveLength(1);
    expect(github.comments.filter((comment) => comment.issueNumber === 7)).toHaveLength(1);
    expect(github.statuses.filter((status) => status.sha === '4'.repeat(40))).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  it('a GitHub App token: comment-author names its bot, so reruns find their own comment', async () => {
    github.addToken('ghs_app_token', { login: 'lockstep-gate[bot]', type: 'Bot' }, { installation: true });
    const head = '5'.repeat(40);
    github.addPull({ owner: OWNER, repo: REPO, number: 12, body: 'Depends-On: lsst/afw#30', headSha: head });
    const event = pullRequestEvent({ number: 12, action: 'edited', base: { sha: 'c'.repeat(40) }, head: { sha: head }, body: 'Depends-On: lsst/afw#30' });
    for (let i = 0; i < 2; i += 1) {
      const run = await runBundledAction('pipelines-gate', { workspace, event, eventName: 'pull_request_target', apiUrl: github.url, token: 'ghs_app_token', inputs: { 'comment-author': 'lockstep-gate[bot]' } });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.state).toBe('waiting-for-upstream-merge');
    }
    expect(github.comments.filter((comment) => comment.issueNumber === 12).map((comment) => comment.author)).toEqual(['lockstep-gate[bot]']);
    expect(github.violations).toEqual([]);
  });

  it('merge_group: the merge-group commit gets the status of its PR; a workflow_run not completed is skipped', async () => {
    const group = '6'.repeat(40);
    const merge = await runBundledAction('pipelines-gate', {
      workspace,
      event: { action: 'checks_requested', merge_group: { head_sha: group, head_ref: `refs/heads/gh-readonly-queue/main/pr-11-${'c'.repeat(40)}`, base_sha: 'c'.repeat(40), base_ref: 'refs/heads/main' } },
      eventName: 'merge_group',
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(merge.exitCode).toBe(0);
    expect(github.statuses.filter((status) => status.sha === group).map((status) => [status.state, status.description])).toEqual([['success', 'PR #11: passed: no Science Pipelines dependency']]);
    const requested = await runBundledAction('pipelines-gate', {
      workspace,
      event: { action: 'requested', workflow_run: { path: '.github/workflows/build-base.yml', head_sha: 'c'.repeat(40) } },
      eventName: 'workflow_run',
      apiUrl: github.url,
      token: TOKEN,
    });
    expect(requested.exitCode).toBe(0);
    expect(requested.summary).toContain('only completed runs advance the gate');
    expect(JSON.parse(output(requested, 'result-json'))).toEqual({ prs: [], apiCalls: 0 });
    expect(github.violations).toEqual([]);
  });

  it('an event the gate does not handle is an input error (exit 2)', async () => {
    const run = await runBundledAction('pipelines-gate', { workspace, event: {}, eventName: 'issues', apiUrl: github.url, token: TOKEN });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toMatch(/does not run on 'issues' events/);
  });
});

describe('actions/pipelines-gate failing closed and saying why (issues 9 and 14)', () => {
  it('a status it computed but could not write fails the job (exit 1) and says so', async () => {
    const head = '7'.repeat(40);
    github.addPull({ owner: OWNER, repo: REPO, number: 20, body: 'Depends-On: lsst/afw#30', headSha: head });
    github.inject({ method: 'POST', path: /\/statuses\//, kind: 'server-error' });
    const event = pullRequestEvent({ number: 20, action: 'edited', base: { sha: 'c'.repeat(40) }, head: { sha: head }, body: 'Depends-On: lsst/afw#30' });
    const run = await runBundledAction('pipelines-gate', { workspace, event, eventName: 'pull_request', apiUrl: github.url, token: TOKEN });
    github.clearFaults();
    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(/could not write the gate status of PR #20 \(GitHub answered 500: Server Error\); it keeps its previous status/);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', title: 'PR #20: status not written' }));
    expect(github.statuses.filter((status) => status.sha === head)).toEqual([]);
  });

  it('a DNS failure is named as a network error, not as an answer from GitHub', async () => {
    const run = await runBundledAction('pipelines-gate', { workspace, event: scheduleEvent(), eventName: 'schedule', apiUrl: 'http://lockstep-no-such-host.invalid', token: TOKEN });
    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(/the gate could not run: network error: the host name lockstep-no-such-host\.invalid does not resolve \(DNS (ENOTFOUND|EAI_AGAIN)\)/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/answered 500|fetch failed/);
  });

  it('an answer GitHub would not send names what was expected and what came, never a runtime error', async () => {
    github.inject({ method: 'GET', path: /\/pulls$/, kind: 'wrong-shape' });
    const run = await runBundledAction('pipelines-gate', { workspace, event: scheduleEvent(), eventName: 'schedule', apiUrl: github.url, token: TOKEN });
    github.clearFaults();
    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(/the gate could not run: GET \/repos\/lsst-dm\/prompt_processing\/pulls \(page 1\): expected a list of pull requests from GitHub, got an object with keys ok/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Cannot read properties|is not a function/);
  });

  it('a rate limit resetting in an hour: no wait beyond max-rate-limit-wait, a log line says why, and the PR stays pending with the reason', async () => {
    const head = '8'.repeat(40);
    github.addPull({ owner: OWNER, repo: REPO, number: 21, body: 'Depends-On: lsst/afw#30', headSha: head });
    github.inject({ method: 'GET', path: /\/issues\/21\/comments$/, kind: 'rate-limit', resetInSeconds: 3600 });
    const event = pullRequestEvent({ number: 21, action: 'opened', base: { sha: 'c'.repeat(40) }, head: { sha: head }, body: 'Depends-On: lsst/afw#30' });
    const run = await runBundledAction('pipelines-gate', { workspace, event, eventName: 'pull_request', apiUrl: github.url, token: TOKEN, inputs: { 'max-rate-limit-wait': '120' } });
    github.clearFaults();
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/rate limit on GET \/repos\/lsst-dm\/prompt_processing\/issues\/21\/comments\?per_page=100: it resets in 60 min, longer than the 120 s this run waits \(max-rate-limit-wait\); not waiting/);
    expect(github.statuses.filter((status) => status.sha === head).map((status) => [status.state, status.description])).toEqual([
      ['pending', expect.stringMatching(/rate limit for this token is used up until \d\d:\d\d UTC/)],
    ]);
  });
});
