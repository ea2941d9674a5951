/**
 * Whose comments are ours. Sticky comments are read back only from comments this
 * token wrote, so a marker planted by anyone else is ignored.
 *
 * A personal token can ask GET /user. A GITHUB_TOKEN (an app installation token)
 * cannot — GitHub answers 403 — and its comments are written by
 * `github-actions[bot]`, so that is the identity then (another GitHub App can pass
 * its own `<slug>[bot]` login). Installation tokens say what they are by their
 * `ghs_` prefix, so for them the request is not even made.
 */
import { z } from 'zod';
import { expectAnswer, httpStatusOf, type GitHubOctokit } from './client.js';

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export async function resolveIdentity(octokit: GitHubOctokit, installationLogin = ACTIONS_BOT_LOGIN, token?: string): Promise<string> {
  if (token?.startsWith('ghs_')) return installationLogin;
  try {
    const { data } = await octokit.request('GET /user');
    return expectAnswer(z.object({ login: z.string() }), data, 'GET /user', 'the token\'s user with a login').login;
  } catch (error) {
    if (httpStatusOf(error) === 403) return installationLogin;
    throw error;
  }
}
