import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Octokit } from '@octokit/core';
import { openApi, startGitHubStandin, type GitHubStandin } from '../../support/github-standin/index.js';

describe('GitHub stand-in holds requests and responses to the OpenAPI description', () => {
  let standin: GitHubStandin;
  let octokit: Octokit;
  beforeAll(async () => {
    standin = await startGitHubStandin();
    standin.addToken('t0ken', { login: 'gate-bot', type: 'User' });
    octokit = new Octokit({ auth: 't0ken', baseUrl: standin.url });
  });
  afterAll(() => standin.close());

  test('documented calls pass and leave no violation', async () => {
    standin.addPull({ owner: 'lsst', repo: 'pipe_tasks', number: 7, state: 'closed', merged: true, mergedAt: '2026-11-25T10:00:00Z' });
    const pull = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'lsst', repo: 'pipe_tasks', pull_number: 7 });
    expect(pull.data.merged).toBe(true);
    expect(pull.data.merged_at).toBe('2026-11-25T10:00:00Z');
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'lsst', repo: 'pipe_tasks', issue_number: 7, body: 'hi' });
    expect(created.data.user?.login).toBe('gate-bot');
    await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: 'lsst', repo: 'pipe_tasks', sha: 'a'.repeat(40), state: 'pending', context: 'pipelines-gate' });
    const user = await octokit.request('GET /user');
    expect(user.data.login).toBe('gate-bot');
    expect(standin.violations).toEqual([]);
  });

  test('an undocumented route is a violation', async () => {
    await expect(octokit.request('GET /repos/{owner}/{repo}/not-a-route', { owner: 'a', repo: 'b' })).rejects.toThrow();
    expect(standin.violations.splice(0)).toEqual([expect.stringContaining('GitHub has no such route')]);
  });

  test('a missing required body field and an unknown query parameter are violations', async () => {
    await expect(octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: 'a', repo: 'b', sha: 'c', context: 'x' } as never)).rejects.toThrow(/OpenAPI/);
    await expect(octokit.request('GET /repos/{owner}/{repo}/pulls?colour=red', { owner: 'a', repo: 'b' })).rejects.toThrow(/OpenAPI/);
    const found = standin.violations.splice(0);
    expect(found).toEqual([expect.stringContaining("must have required property 'state'"), expect.stringContaining('undocumented query parameter colour')]);
  });

  test('a response field GitHub would not send, or a missing one, fails the response check', () => {
    const api = openApi();
    const match = api.match('GET', '/repos/o/r/issues/comments/1')!;
    const comment = api.synthesize('issue-comment', { id: 1, body: 'x' });
    expect(api.checkResponse(match, 200, comment)).toEqual([]);
    expect(api.checkResponse(match, 200, { ...comment, surprise: true })).toEqual([expect.stringContaining('must NOT have additional properties')]);
    const { user: _user, ...withoutUser } = comment;
    expect(api.checkResponse(match, 200, withoutUser)).toEqual([expect.stringContaining("must have required property 'user'")]);
    expect(api.checkResponse(match, 418, comment)).toEqual([expect.stringContaining('status not documented')]);
  });

  test('strict also where GitHub merges schemas (pull-request is allOf-merged into webhook schemas)', () => {
    const api = openApi();
    const match = api.match('GET', '/repos/o/r/pulls/1')!;
    const pull = api.synthesize('pull-request', {});
    expect(api.checkResponse(match, 200, pull)).toEqual([]);
    expect(api.checkResponse(match, 200, { ...pull, mergeable_by_magic: true })).toEqual([expect.stringContaining('must NOT have additional properties')]);
    const run = api.match('GET', '/repos/o/r/actions/runs/1')!;
    const withOddRepo = { ...api.synthesize('workflow-run', {}), head_repository: { ...api.synthesize('minimal-repository', {}), stars: 3 } };
    expect(api.checkResponse(run, 200, withOddRepo)).toEqual([expect.stringContaining('must NOT have additional properties')]);
  });

  test('an installation token cannot read GET /user, as with GITHUB_TOKEN', async () => {
    standin.addToken('inst', { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
    const app = new Octokit({ auth: 'inst', baseUrl: standin.url });
    await expect(app.request('GET /user')).rejects.toMatchObject({ status: 403 });
    expect(standin.violations).toEqual([]);
  });

  test('a workflow dispatch creates a queued run the test completes', async () => {
    const workflow = standin.addWorkflow({ owner: 'lsst-dm', repo: 'prompt_processing', file: 'build-base.yml', name: 'Build base', runName: (inputs) => `Build base ${String(inputs.stackTag)}` });
    standin.setBranch('lsst-dm', 'prompt_processing', 'main', 'b'.repeat(40));
    const answer = await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
      owner: 'lsst-dm', repo: 'prompt_processing', workflow_id: 'build-base.yml', ref: 'main', inputs: { stackTag: 'd_2026_11_27' }, return_run_details: true,
    });
    const runId = (answer.data as { workflow_run_id: number }).workflow_run_id;
    standin.completeRun(runId, 'failure');
    const run = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner: 'lsst-dm', repo: 'prompt_processing', run_id: runId });
    expect(run.data).toMatchObject({ status: 'completed', conclusion: 'failure', display_title: 'Build base d_2026_11_27', workflow_id: workflow.id, head_sha: 'b'.repeat(40) });
    const list = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner: 'lsst-dm', repo: 'prompt_processing', workflow_id: 'build-base.yml', event: 'workflow_dispatch' });
    expect(list.data.total_count).toBe(1);
    expect(standin.violations).toEqual([]);
  });

  test('a slow answer is still a correct answer', async () => {
    standin.inject({ method: 'GET', path: /\/pulls\/7$/, kind: 'slow', delayMs: 50, times: 1 });
    const pull = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'lsst', repo: 'pipe_tasks', pull_number: 7 });
    expect(pull.data.number).toBe(7);
    expect(standin.violations).toEqual([]);
  });

  test('injected faults answer before the handler', async () => {
    standin.inject({ method: 'GET', path: /\/pulls\/7$/, kind: 'bad-gateway', times: 1 });
    await expect(octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'lsst', repo: 'pipe_tasks', pull_number: 7 })).rejects.toMatchObject({ status: 502 });
    const again = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'lsst', repo: 'pipe_tasks', pull_number: 7 });
    expect(again.status).toBe(200);
    expect(standin.violations).toEqual([]);
  });
});
