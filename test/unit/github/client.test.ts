import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createGitHubClient, describeGitHubError } from '../../../src/github/client.js';
import { getPull as readPull } from '../../../src/github/pulls.js';
import { startGitHubStandin, type GitHubStandin } from '../../support/github-standin/index.js';

let standin: GitHubStandin;
beforeAll(async () => {
  standin = await startGitHubStandin();
  standin.addToken('t', { login: 'someone', type: 'User' });
  standin.addPull({ owner: 'o', repo: 'r', number: 1 });
});
afterAll(async () => {
  await standin.close();
  expect(standin.violations).toEqual([]);
});

const getPull = (client: ReturnType<typeof createGitHubClient>) => client.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'o', repo: 'r', pull_number: 1 });

describe('GitHub client', () => {
  test('5xx answers are retried with backoff, and every attempt is counted', async () => {
    standin.inject({ path: /\/pulls\/1$/, kind: 'server-error', times: 2 });
    const client = createGitHubClient({ token: 't', baseUrl: standin.url, retryAfterBaseValue: 1 });
    expect((await getPull(client)).status).toBe(200);
    expect(client.apiCalls()).toBe(3);
  });

  test('a request that hangs is abandoned and retried', async () => {
    standin.inject({ path: /\/pulls\/1$/, kind: 'slow', delayMs: 1000, times: 1 });
    const client = createGitHubClient({ token: 't', baseUrl: standin.url, retryAfterBaseValue: 1, requestTimeoutMs: 200 });
    expect((await getPull(client)).status).toBe(200);
    expect(client.apiCalls()).toBe(2);
  });

  test('gives up after its retries: the caller sees the failure (and fails closed)', async () => {
    standin.inject({ path: /\/pulls\/1$/, kind: 'bad-gateway', times: 4 });
    const client = createGitHubClient({ token: 't', baseUrl: standin.url, retryAfterBaseValue: 1 });
    await expect(getPull(client)).rejects.toMatchObject({ status: 502 });
    expect(client.apiCalls()).toBe(4);
  });

  test('a POST that creates something is never repeated after an error; a status POST is', async () => {
    standin.inject({ method: 'POST', kind: 'server-error', times: 2 });
    const client = createGitHubClient({ token: 't', baseUrl: standin.url, retryAfterBaseValue: 1, paceWrites: false });
    const comment = client.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 1, body: 'x' });
    await expect(comment).rejects.toMatchObject({ status: 500 });
    expect(client.apiCalls()).toBe(1);
    const status = await client.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: 'o', repo: 'r', sha: 'a'.repeat(40), state: 'pending', context: 'c' });
    expect(status.status).toBe(201);
    expect(client.apiCalls()).toBe(3);
    standin.clearFaults();
  });

  test('a rate limit resetting later than the bound is not waited for, and says until when', async () => {
    standin.inject({ path: /\/pulls\/1$/, kind: 'rate-limit', resetInSeconds: 3600, times: 1 });
    const logged: string[] = [];
    const client = createGitHubClient({ token: 't', baseUrl: standin.url, maxRateLimitWaitSeconds: 300, log: (line) => logged.push(line) });
    const error = await getPull(client).catch((caught: unknown) => caught);
    expect(describeGitHubError(error)).toMatch(/^GitHub's API rate limit for this token is used up until \d\d:\d\d UTC/);
    expect(logged).toEqual([expect.stringMatching(/resets in 60 min, longer than the 300 s this run waits \(max-rate-limit-wait\); not waiting$/)]);
    expect(client.apiCalls()).toBe(1);
  });

  test('a DNS failure is named as one, not as an answer from GitHub', async () => {
    const client = createGitHubClient({ token: 't', baseUrl: 'http://lockstep-no-such-host.invalid', retries: 0 });
    const error = await getPull(client).catch((caught: unknown) => caught);
    expect(describeGitHubError(error)).toMatch(/^network error: the host name lockstep-no-such-host\.invalid does not resolve \(DNS (ENOTFOUND|EAI_AGAIN)\)/);
    expect(describeGitHubError(error)).not.toMatch(/answered/);
  });

  test('an answer that is not what GitHub sends is named by what was expected and what came', async () => {
    standin.inject({ path: /\/pulls\/1$/, kind: 'wrong-shape', times: 1 });
    const client = createGitHubClient({ token: 't', baseUrl: standin.url });
    const error = await readPull(client.octokit, 'o', 'r', 1).catch((caught: unknown) => caught);
    expect(describeGitHubError(error)).toBe(
      'GET /repos/o/r/pulls/1: expected a pull request with number, state, body and head.sha from GitHub, got an object with keys ok (at number: Invalid input: expected number, received undefined)',
    );
  });
});
