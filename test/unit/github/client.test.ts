import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../../src/github/client.js';
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
});
