import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../../src/github/client.js';
import { embedRecord, extractRecord, findStickyComments, upsertStickyComment } from '../../../src/github/sticky-comment.js';
import { startGitHubStandin, type GitHubStandin } from '../../support/github-standin/index.js';

const MARKER = '<!-- lockstep:test -->';
let standin: GitHubStandin;
const target = (issueNumber: number) => ({ owner: 'o', repo: 'r', issueNumber, marker: MARKER, identity: 'github-actions[bot]' });
const client = () => createGitHubClient({ token: 'bot', baseUrl: standin.url, paceWrites: false, retryAfterBaseValue: 1 }).octokit;

beforeAll(async () => {
  standin = await startGitHubStandin();
  standin.addToken('bot', { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
});
afterAll(async () => {
  await standin.close();
  expect(standin.violations).toEqual([]);
});

describe('sticky comment', () => {
  test('found on a later page, among comments by others carrying the same marker', async () => {
    for (let i = 0; i < 130; i += 1) standin.addComment({ owner: 'o', repo: 'r', issueNumber: 1, author: i % 2 ? 'someone' : 'mallory', body: `${MARKER}\nplanted ${i}` });
    const mine = standin.addComment({ owner: 'o', repo: 'r', issueNumber: 1, author: 'github-actions[bot]', body: `${MARKER}\nmine` });
    const found = await findStickyComments(client(), target(1));
    expect(found.map((comment) => comment.id)).toEqual([mine.id]);
    const pages = standin.requests.filter((request) => request.path === '/repos/o/r/issues/1/comments').map((request) => request.query.page);
    // octokit.paginate asks for the first page plainly, then follows GitHub's Link: rel="next".
    expect(pages).toEqual([undefined, '2']);
  });

  test('created once, then edited in place; an unchanged body is not rewritten', async () => {
    const octokit = client();
    expect((await upsertStickyComment(octokit, target(2), 'first')).write).toBe('created');
    expect((await upsertStickyComment(octokit, target(2), 'second')).write).toBe('updated');
    expect((await upsertStickyComment(octokit, target(2), 'second')).write).toBe('unchanged');
    const comments = standin.comments.filter((comment) => comment.issueNumber === 2);
    expect(comments.map((comment) => comment.body)).toEqual([`${MARKER}\nsecond`]);
  });

  test('two runs that both found none converge on one comment with the lowest id', async () => {
    await Promise.all([upsertStickyComment(client(), target(3), 'from A'), upsertStickyComment(client(), target(3), 'from B')]);
    // Both created one (neither saw the other's), and then agreed on the lowest id.
    expect(standin.requests.filter((request) => request.method === 'POST' && request.path === '/repos/o/r/issues/3/comments')).toHaveLength(2);
    const comments = standin.comments.filter((comment) => comment.issueNumber === 3);
    expect(comments).toHaveLength(1);
  });

  test('duplicates left by an older race are removed when the comment is next written', async () => {
    const first = standin.addComment({ owner: 'o', repo: 'r', issueNumber: 4, author: 'github-actions[bot]', body: `${MARKER}\none` });
    standin.addComment({ owner: 'o', repo: 'r', issueNumber: 4, author: 'github-actions[bot]', body: `${MARKER}\ntwo` });
    const { comment } = await upsertStickyComment(client(), target(4), 'three');
    expect(comment.id).toBe(first.id);
    expect(standin.comments.filter((item) => item.issueNumber === 4).map((item) => item.body)).toEqual([`${MARKER}\nthree`]);
  });

  test('a hidden record survives text that would close an HTML comment', () => {
    const record = { note: 'a --> b <!-- c', n: -1, nested: { list: ['x>y'] } };
    const line = embedRecord(record);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(extractRecord(`${MARKER}\nbody\n${line}\n`)).toEqual(record);
    expect(extractRecord('no record')).toBeUndefined();
    expect(extractRecord('<!-- lockstep:record {not json -->')).toBeUndefined();
  });
});
