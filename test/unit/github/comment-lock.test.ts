import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../../src/github/client.js';
import { acquireCommentLock, LOCK_EXPIRY_MS } from '../../../src/github/comment-lock.js';
import { startGitHubStandin, type GitHubStandin } from '../../support/github-standin/index.js';

let standin: GitHubStandin;
const client = () => createGitHubClient({ token: 'bot', baseUrl: standin.url, paceWrites: false }).octokit;

beforeAll(async () => {
  standin = await startGitHubStandin({ clockStart: '2026-11-28T12:00:00Z' });
  standin.addToken('bot', { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
});
afterAll(async () => {
  await standin.close();
  expect(standin.violations).toEqual([]);
});

describe('a reaction as a lock on a comment', () => {
  test('one holder at a time; released, it can be taken again', async () => {
    const comment = standin.addComment({ owner: 'o', repo: 'r', issueNumber: 1, author: 'github-actions[bot]', body: 'x' });
    const ref = { owner: 'o', repo: 'r', commentId: comment.id };
    const now = () => Date.parse('2026-11-28T12:01:00Z');
    const [first, second] = await Promise.all([acquireCommentLock(client(), ref, now), acquireCommentLock(client(), ref, now)]);
    expect([first.acquired, second.acquired].sort()).toEqual([false, true]);
    const holder = first.acquired ? first : second;
    if (!holder.acquired) throw new Error('no holder');
    await holder.release();
    expect(standin.reactions).toEqual([]);
    const again = await acquireCommentLock(client(), ref, now);
    expect(again.acquired).toBe(true);
    if (again.acquired) await again.release();
  });

  test('a lock left by a run that died expires', async () => {
    const comment = standin.addComment({ owner: 'o', repo: 'r', issueNumber: 2, author: 'github-actions[bot]', body: 'x' });
    const ref = { owner: 'o', repo: 'r', commentId: comment.id };
    const early = () => Date.parse('2026-11-28T12:01:00Z');
    const dead = await acquireCommentLock(client(), ref, early);
    expect(dead.acquired).toBe(true);
    expect((await acquireCommentLock(client(), ref, early)).acquired).toBe(false);
    const later = () => Date.parse('2026-11-28T12:01:00Z') + LOCK_EXPIRY_MS + 60_000;
    const taken = await acquireCommentLock(client(), ref, later);
    expect(taken.acquired).toBe(true);
    expect(standin.reactions.filter((reaction) => reaction.commentId === comment.id)).toHaveLength(1);
  });
});
