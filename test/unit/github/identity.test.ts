import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../../src/github/client.js';
import { resolveIdentity } from '../../../src/github/identity.js';
import { startGitHubStandin, type GitHubStandin } from '../../support/github-standin/index.js';

let standin: GitHubStandin;
beforeAll(async () => {
  standin = await startGitHubStandin();
  standin.addToken('ghp_personal', { login: 'octo-maintainer', type: 'User' });
  standin.addToken('v1.installation', { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
});
afterAll(async () => {
  await standin.close();
  expect(standin.violations).toEqual([]);
});

const octokit = (token: string) => createGitHubClient({ token, baseUrl: standin.url }).octokit;

test('a personal token is asked who it is', async () => {
  expect(await resolveIdentity(octokit('ghp_personal'), undefined, 'ghp_personal')).toBe('octo-maintainer');
});

test('an installation token GitHub will not describe (403) is the app bot', async () => {
  expect(await resolveIdentity(octokit('v1.installation'), 'lockstep-gate[bot]', 'v1.installation')).toBe('lockstep-gate[bot]');
});

test('a ghs_ token is an installation token: no request at all', async () => {
  const before = standin.requests.length;
  expect(await resolveIdentity(octokit('ghs_whatever'), undefined, 'ghs_whatever')).toBe('github-actions[bot]');
  expect(standin.requests.length).toBe(before);
});
