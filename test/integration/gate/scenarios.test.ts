/**
 * The gate end to end over real parts: the docker-registry with daily images
 * pushed by skopeo, and the OpenAPI-validated GitHub stand-in.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { extractRecord } from '../../../src/github/sticky-comment.js';
import { plainText } from '../../../src/report/model.js';
import { MAIN_SHA, OWNER, REPO, startGateWorld, type GateWorld } from './gate-fixture.js';

let world: GateWorld;
beforeEach(async () => {
  world = await startGateWorld();
});
afterEach(async () => {
  const violations = world.github.violations.slice();
  await world.stop();
  expect(violations).toEqual([]);
});

const HEAD = '1'.repeat(40);
const pr = (number: number, body: string, headSha = HEAD) => world.github.addPull({ owner: OWNER, repo: REPO, number, body, headSha, headRef: `feature-${number}` });
const upstream = (repo: string, number: number, merged: string | null, state: 'open' | 'closed' = merged ? 'closed' : 'open') =>
  world.github.addPull({ owner: 'lsst', repo, number, state, merged: merged !== null, mergedAt: merged, closedAt: state === 'closed' ? (merged ?? '2026-11-26T00:00:00Z') : null });

/** The usual world: pipe_tasks#10 merged 10:00 on the 26th; the 26th's daily is from before, the 27th's after. */
async function mergedWithDailies(): Promise<void> {
  upstream('pipe_tasks', 10, '2026-11-26T10:00:00Z');
  await world.registry.pushImage('lsst/scipipe', 'al9-d_2026_11_26', { created: '2026-11-26T06:00:00Z' });
  await world.registry.pushIndex('lsst/scipipe', 'al9-d_2026_11_27', [{ created: '2026-11-27T06:00:00Z' }, { created: '2026-11-27T06:00:00Z', architecture: 'arm64' }]);
}

describe('states', () => {
  test('no dependency: success, and no comment noise', async () => {
    pr(1, 'A plain fix.');
    const { report } = await world.gate({ kind: 'pr', number: 1 });
    expect(report.data.prs).toEqual([
      { number: 1, head: HEAD, state: 'passed', dependencies: [], daily: null, base: null, tests: null, status: 'success', description: 'passed: no Science Pipelines dependency' },
    ]);
    expect(world.statusesOn(HEAD)).toEqual([{ state: 'success', description: 'passed: no Science Pipelines dependency' }]);
    expect(world.gateComments(1)).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  test('upstream still open: pending, naming it, with the earliest-merge estimate in the comment', async () => {
    pr(2, 'Needs:\nDepends-On: lsst/pipe_tasks#10\nDepends-On: https://github.com/lsst/daf_butler/pull/20');
    upstream('pipe_tasks', 10, '2026-11-26T10:00:00Z');
    upstream('daf_butler', 20, null);
    const { report } = await world.gate({ kind: 'pr', number: 2 });
    const [result] = report.data.prs;
    expect(result).toMatchObject({ state: 'waiting-for-upstream-merge', status: 'pending', description: 'waiting-for-upstream-merge: waiting for lsst/daf_butler#20 to merge' });
    expect(result!.dependencies).toEqual([
      { repository: 'lsst/pipe_tasks', number: 10, merged: true, mergedAt: '2026-11-26T10:00:00Z' },
      { repository: 'lsst/daf_butler', number: 20, merged: false, mergedAt: null },
    ]);
    const comments = world.gateComments(2);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.author).toBe('github-actions[bot]');
    expect(comments[0]!.body).toContain('- Earliest merge: the next daily image after the last upstream merge (usually the next day) + the base image and tests (no successful run to time yet)');
    expect(world.statusesOn(HEAD).at(-1)?.state).toBe('pending');
  });

  test('upstream closed without merging: failure', async () => {
    pr(3, 'Depends-On: lsst/pipe_tasks#11');
    upstream('pipe_tasks', 11, null, 'closed');
    const { report } = await world.gate({ kind: 'pr', number: 3 });
    expect(report.data.prs[0]).toMatchObject({ state: 'failed', status: 'failure' });
    expect(report.data.prs[0]!.description).toMatch(/lsst\/pipe_tasks#11 closed without merging/);
    expect(world.statusesOn(HEAD)).toEqual([{ state: 'failure', description: expect.stringMatching(/closed without merging/) }]);
    expect(report.verdict).toBe('fail');
  });

  test('a Depends-On naming a PR that does not exist: failure saying so', async () => {
    pr(10, 'Depends-On: lsst/afw#404');
    const { report } = await world.gate({ kind: 'pr', number: 10 });
    expect(report.data.prs[0]).toMatchObject({ state: 'failed', status: 'failure', description: expect.stringMatching(/lsst\/afw#404: no such pull request/) });
    expect(world.gateComments(10)[0]!.body).toContain('| lsst/afw#404 | no such pull request |');
  });

  test('merged, but the only daily was built before the merge: waiting for the daily container', async () => {
    pr(4, 'Depends-On: lsst/pipe_tasks#10');
    upstream('pipe_tasks', 10, '2026-11-28T09:00:00Z');
    await world.registry.pushImage('lsst/scipipe', 'al9-d_2026_11_28', { created: '2026-11-28T06:00:00Z' });
    const { report } = await world.gate({ kind: 'pr', number: 4 });
    expect(report.data.prs[0]).toMatchObject({ state: 'waiting-for-daily-container', status: 'pending', daily: null, base: null });
    // The 28th's daily was built at 06:00, so the next is expected at 06:00 on the 29th.
    expect(world.gateComments(4)[0]!.body).toMatch(/Earliest merge: after 2026-11-29 06:00 UTC: the next daily ~2026-11-29 06:00 UTC/);
    expect(world.gateComments(4)[0]!.body).toMatch(/al9-d_2026_11_28`? before-merge/);
    expect(world.dispatches(world.baseWorkflow)).toEqual([]);
  });

  test('daily after the merge: its base image is dispatched once with the tag in the inputs', async () => {
    pr(5, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    const { report } = await world.gate({ kind: 'pr', number: 5 });
    const [result] = report.data.prs;
    expect(result).toMatchObject({ state: 'building-base', status: 'pending', daily: { tag: 'al9-d_2026_11_27', created: '2026-11-27T06:00:00Z', digest: expect.stringMatching(/^sha256:/) } });
    expect(world.dispatches(world.baseWorkflow)).toEqual([{ id: expect.any(Number), headSha: MAIN_SHA, headBranch: 'main', inputs: { stackTag: 'd_2026_11_27' } }]);
    expect(result!.base).toEqual({ run: world.dispatches(world.baseWorkflow)[0]!.id, conclusion: null });
    // The claim note is gone; one gate comment remains.
    expect(world.gateComments(5)).toHaveLength(1);
  });

  test('base build fails: failure linking the run', async () => {
    pr(6, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    await world.gate({ kind: 'pr', number: 6 });
    const [base] = world.dispatches(world.baseWorkflow);
    world.github.completeRun(base!.id, 'failure');
    const { report } = await world.gate({ kind: 'pr', number: 6 });
    expect(report.data.prs[0]).toMatchObject({ state: 'failed', status: 'failure', base: { run: base!.id, conclusion: 'failure' } });
    const status = world.github.statuses.at(-1)!;
    expect(status).toMatchObject({ state: 'failure', targetUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/${base!.id}` });
    expect(world.dispatches(world.testWorkflow)).toEqual([]);
  });

  test('base built, tests dispatched on the PR head; tests fail → failure; a fix pushed and passing → green', async () => {
    const pull = pr(7, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    await world.gate({ kind: 'pr', number: 7 });
    world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');

    const testing = await world.gate({ kind: 'pr', number: 7 });
    expect(testing.report.data.prs[0]).toMatchObject({ state: 'testing', status: 'pending' });
    const [firstTests] = world.dispatches(world.testWorkflow);
    expect(firstTests).toEqual({ id: expect.any(Number), headSha: HEAD, headBranch: 'feature-7', inputs: { baseTag: 'd_2026_11_27' } });

    world.github.completeRun(firstTests!.id, 'failure');
    const failed = await world.gate({ kind: 'pr', number: 7 });
    expect(failed.report.data.prs[0]).toMatchObject({ state: 'failed', status: 'failure', tests: { run: firstTests!.id, conclusion: 'failure' } });

    // New push: merged upstream, daily and base stay; only the tests run again, for the new head.
    const newHead = '2'.repeat(40);
    pull.headSha = newHead;
    const again = await world.gate({ kind: 'pr', number: 7 });
    expect(again.report.data.prs[0]).toMatchObject({ head: newHead, state: 'testing', daily: { tag: 'al9-d_2026_11_27' } });
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
    const tests = world.dispatches(world.testWorkflow);
    expect(tests).toHaveLength(2);
    expect(tests[1]!.headSha).toBe(newHead);
    // The registry is not asked again: the record keeps the daily for this merge.
    expect(again.report.blocks.some((block) => block.kind === 'list' && block.items.map(plainText).includes('registry requests: 0'))).toBe(true);

    world.github.completeRun(tests[1]!.id, 'success');
    const green = await world.gate({ kind: 'pr', number: 7 });
    expect(green.report.data.prs[0]).toMatchObject({ state: 'passed', status: 'success', tests: { run: tests[1]!.id, conclusion: 'success' } });
    expect(world.statusesOn(newHead).at(-1)).toEqual({ state: 'success', description: expect.stringMatching(/^passed: tests passed on the base from al9-d_2026_11_27/) });
    expect(world.gateComments(7)).toHaveLength(1);
  });

  test('a push while the base image builds: the build is kept, and only the new head is tested', async () => {
    const pull = pr(9, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    await world.gate({ kind: 'pr', number: 9 });
    const newHead = '9'.repeat(40);
    pull.headSha = newHead;
    const pushed = await world.gate({ kind: 'pr', number: 9 });
    expect(pushed.report.data.prs[0]).toMatchObject({ head: newHead, state: 'building-base', base: { run: world.dispatches(world.baseWorkflow)[0]!.id } });
    expect(world.statusesOn(newHead)).toEqual([{ state: 'pending', description: expect.stringMatching(/^building-base:/) }]);
    world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');
    await world.gate({ kind: 'pr', number: 9 });
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
    expect(world.dispatches(world.testWorkflow).map((run) => run.headSha)).toEqual([newHead]);
  });

  test('malformed Depends-On: reported in the comment and the report, and the status fails', async () => {
    pr(8, 'Depends-On: lsst/pipe_tasks#10\nDepends-On: pipe_tasks 12\nDepends-On: lsst-sqre/phalanx#3');
    const { report } = await world.gate({ kind: 'pr', number: 8 });
    expect(report.data.prs[0]).toMatchObject({ state: 'failed', status: 'failure' });
    expect(report.findings.map((finding) => finding.id)).toEqual(['gate/depends-on-malformed', 'gate/depends-on-not-upstream']);
    const body = world.gateComments(8)[0]!.body;
    expect(body).toContain('line 2: `Depends-On: pipe_tasks 12`');
    expect(body).toContain('lsst-sqre/phalanx is not an upstream repository');
  });
});

describe('PR bodies read as CommonMark (issue 9)', () => {
  test.each([
    ['inline code holding `<!--`', 'Use `<!--` to hide text.\n\nDepends-On: lsst/afw#30'],
    ['a 4-space-indented ```', 'Example:\n\n    ```\n\nDepends-On: lsst/afw#30'],
  ])('%s before Depends-On hides nothing: pending on the open upstream PR, never success', async (_name, body) => {
    pr(20, body);
    upstream('afw', 30, null);
    const { report } = await world.gate({ kind: 'pr', number: 20 });
    expect(report.data.prs[0]).toMatchObject({ state: 'waiting-for-upstream-merge', status: 'pending', dependencies: [{ repository: 'lsst/afw', number: 30, merged: false, mergedAt: null }] });
    expect(world.statusesOn(HEAD).map((status) => status.state)).toEqual(['pending']);
    // A sweep gates it too.
    const sweep = await world.gate({ kind: 'sweep' });
    expect(sweep.report.data.prs.map((item) => [item.number, item.status])).toEqual([[20, 'pending']]);
  });
});

describe('idempotence and concurrency', () => {
  test('N reruns: one comment, one dispatch, and no status re-posted when nothing changed', async () => {
    pr(20, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    for (let i = 0; i < 4; i += 1) await world.gate({ kind: 'pr', number: 20 });
    expect(world.gateComments(20)).toHaveLength(1);
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
    expect(world.statusesOn(HEAD)).toHaveLength(1);
  });

  test('two concurrent sweeps: one comment per PR, one base build per tag, one test run per head', async () => {
    pr(21, 'Depends-On: lsst/pipe_tasks#10', '3'.repeat(40));
    pr(22, 'Depends-On: lsst/pipe_tasks#10', '4'.repeat(40));
    await mergedWithDailies();
    await Promise.all([world.gate({ kind: 'sweep' }), world.gate({ kind: 'sweep' }), world.gate({ kind: 'sweep' }), world.gate({ kind: 'pr', number: 22 })]);
    expect(world.gateComments(21)).toHaveLength(1);
    expect(world.gateComments(22)).toHaveLength(1);
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
    world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');
    await Promise.all([world.gate({ kind: 'sweep' }), world.gate({ kind: 'sweep' }), world.gate({ kind: 'pr', number: 21 })]);
    expect(world.dispatches(world.testWorkflow).map((run) => run.headSha).sort()).toEqual(['3'.repeat(40), '4'.repeat(40)]);
    expect(world.gateComments(21)).toHaveLength(1);
    expect(world.gateComments(22)).toHaveLength(1);
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
    // The dispatch locks (reactions on the gate comment) were all let go.
    expect(world.github.reactions).toEqual([]);
  });

  test('a planted marker comment by another user is ignored', async () => {
    pr(23, 'Depends-On: lsst/pipe_tasks#10');
    upstream('pipe_tasks', 10, null);
    const planted = { v: 1, head: HEAD, state: 'passed', dependencies: [{ repository: 'lsst/pipe_tasks', number: 10, merged: true, mergedAt: '2026-11-01T00:00:00Z' }], daily: null, base: null, tests: null, status: null, estimate: null };
    world.github.addComment({ owner: OWNER, repo: REPO, issueNumber: 23, author: 'mallory', body: `<!-- lockstep:gate -->\nall good\n<!-- lockstep:record ${JSON.stringify(planted)} -->` });
    const { report } = await world.gate({ kind: 'pr', number: 23 });
    expect(report.data.prs[0]).toMatchObject({ state: 'waiting-for-upstream-merge', status: 'pending' });
    const comments = world.gateComments(23);
    expect(comments.map((comment) => comment.author)).toEqual(['mallory', 'github-actions[bot]']);
    expect(comments[0]!.body).toContain('all good');
  });
});

describe('fail closed', () => {
  test('API outage: the status never turns green', async () => {
    const pull = pr(30, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    // First the upstream PR cannot be read at all (502 on every retry).
    world.github.inject({ method: 'GET', path: /^\/repos\/lsst\/pipe_tasks\/pulls\/10$/, kind: 'bad-gateway' });
    const down = await world.gate({ kind: 'pr', number: 30 });
    expect(down.report.data.prs[0]).toMatchObject({ status: 'pending', state: 'waiting-for-upstream-merge' });
    expect(down.report.data.prs[0]!.description).toMatch(/cannot read lsst\/pipe_tasks#10: GitHub answered 502/);
    world.github.clearFaults();
    // Everything passes …
    await world.gate({ kind: 'pr', number: 30 });
    world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');
    await world.gate({ kind: 'pr', number: 30 });
    world.github.completeRun(world.dispatches(world.testWorkflow)[0]!.id, 'success');
    // … but a new push arrives while GitHub's runs API is down: pending, never success.
    pull.headSha = '5'.repeat(40);
    world.github.inject({ path: /\/actions\//, kind: 'server-error' });
    const outage = await world.gate({ kind: 'pr', number: 30 });
    expect(outage.report.data.prs[0]).toMatchObject({ status: 'pending', state: 'testing', description: expect.stringMatching(/^testing: gate could not finish: GitHub answered 500/) });
    expect(world.statusesOn('5'.repeat(40)).map((status) => status.state)).toEqual(['pending']);
    // Statuses cannot be written: the run fails saying so, and nothing turned green.
    world.github.clearFaults();
    world.github.inject({ method: 'POST', path: /\/statuses\//, kind: 'server-error' });
    pull.headSha = '6'.repeat(40);
    const readOnly = await world.gate({ kind: 'pr', number: 30 });
    expect(readOnly.report.verdict).toBe('fail');
    expect(readOnly.report.findings).toContainEqual(expect.objectContaining({ id: 'gate/status-write-failed', severity: 'error', message: expect.stringMatching(/could not set the status to pending .*GitHub answered 500/) }));
    expect(world.statusesOn('6'.repeat(40))).toEqual([]);
    // Total outage: nothing at all answers. No status is written, and none is success.
    world.github.inject({ kind: 'server-error' });
    await expect(world.gate({ kind: 'pr', number: 30 })).rejects.toThrow();
    expect(world.statusesOn('5'.repeat(40)).map((status) => status.state)).toEqual(['pending']);
    // Through all of it, no status ever said success.
    expect(world.github.statuses.filter((status) => status.state === 'success')).toEqual([]);
  });

  test('registry down: waiting for the daily container with the reason, never a guess', async () => {
    pr(31, 'Depends-On: lsst/pipe_tasks#10');
    upstream('pipe_tasks', 10, '2026-11-26T10:00:00Z');
    await world.registry.stop();
    const { report } = await world.gate({ kind: 'pr', number: 31 });
    expect(report.data.prs[0]).toMatchObject({ state: 'waiting-for-daily-container', status: 'pending' });
    expect(report.data.prs[0]!.description).toMatch(/registry http:\/\/127\.0\.0\.1:\d+/);
    // startGateWorld's stop() stops it again: harmless.
    world.registry.stop = async () => undefined;
  });

  test('secondary rate limit and a 500 are retried, then the run goes on', async () => {
    pr(32, 'Depends-On: lsst/pipe_tasks#10');
    upstream('pipe_tasks', 10, null);
    world.github.inject({ method: 'GET', path: /\/pulls\/10$/, kind: 'secondary-rate-limit', times: 1 });
    world.github.inject({ method: 'GET', path: /\/issues\/32\/comments$/, kind: 'server-error', times: 1 });
    const { report } = await world.gate({ kind: 'pr', number: 32 });
    expect(report.data.prs[0]).toMatchObject({ state: 'waiting-for-upstream-merge', status: 'pending', dependencies: [{ repository: 'lsst/pipe_tasks', number: 10, merged: false, mergedAt: null }] });
    expect(world.github.requests.filter((request) => request.path === '/repos/lsst/pipe_tasks/pulls/10').map((request) => request.status)).toEqual([403, 200]);
  });
});

describe('fail closed, never twice (issue 9)', () => {
  test('status success, body edited to add an open dependency, POST /statuses answers 500: the run fails saying so', async () => {
    const pull = pr(33, 'A plain fix.');
    const passed = await world.gate({ kind: 'pr', number: 33 });
    expect(passed.report.data.prs[0]!.status).toBe('success');
    pull.body = 'A plain fix.\n\nDepends-On: lsst/afw#30';
    upstream('afw', 30, null);
    world.github.inject({ method: 'POST', path: /\/statuses\//, kind: 'server-error' });
    const { report } = await world.gate({ kind: 'pr', number: 33 });
    expect(report.verdict).toBe('fail');
    expect(report.headline).toMatch(/^could not write the gate status of PR #33 \(GitHub answered 500: Server Error\); it keeps its previous status/);
    expect(report.findings).toContainEqual(expect.objectContaining({ id: 'gate/status-write-failed', severity: 'error' }));
    // The status is retried (setting a state is idempotent), and GitHub still shows the old success.
    expect(world.github.count('POST /repos/{owner}/{repo}/statuses/{sha}')).toBe(1 + 4);
    expect(world.statusesOn(HEAD).map((status) => status.state)).toEqual(['success']);
    // A sweep fails too: a status it cannot write is never a quiet pass.
    const sweep = await world.gate({ kind: 'sweep' });
    expect(sweep.report.verdict).toBe('fail');
  });

  test.each([
    ['base', 'build-base.yml'],
    ['test', 'build-service.yml'],
  ])('a %s dispatch that started the run but answered 502 is not repeated: the run is found by its run-name and followed', async (kind, file) => {
    pr(34, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    if (kind === 'test') {
      await world.gate({ kind: 'pr', number: 34 });
      world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');
    }
    const workflow = kind === 'base' ? world.baseWorkflow : world.testWorkflow;
    world.github.inject({ method: 'POST', path: new RegExp(`/workflows/${file.replace('.', '\\.')}/dispatches$`), kind: 'bad-gateway', after: true });
    const { report } = await world.gate({ kind: 'pr', number: 34 });
    const runs = world.dispatches(workflow);
    expect(runs).toHaveLength(1);
    expect(world.github.count('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches')).toBe(kind === 'base' ? 1 : 2);
    expect(report.data.prs[0]).toMatchObject({ state: kind === 'base' ? 'building-base' : 'testing', status: 'pending', [kind === 'base' ? 'base' : 'tests']: { run: runs[0]!.id, conclusion: null } });
    expect(report.blocks.some((block) => block.kind === 'list' && block.items.some((item) => plainText(item).includes(`the answer was an error (GitHub answered 502: Server Error), but run ${runs[0]!.id} was started`)))).toBe(true);
    // The next runs follow it; none dispatches again.
    world.github.clearFaults();
    await world.gate({ kind: 'pr', number: 34 });
    expect(world.dispatches(workflow)).toHaveLength(1);
  });

  test('a dispatch that failed before starting anything: recorded, looked for by later runs, dispatched again only once it is clearly lost', async () => {
    pr(35, 'Depends-On: lsst/pipe_tasks#10');
    await world.gate({ kind: 'pr', number: 35 }).catch(() => undefined);
    await mergedWithDailies();
    world.github.inject({ method: 'POST', path: /\/dispatches$/, kind: 'bad-gateway', times: 1 });
    const first = await world.gate({ kind: 'pr', number: 35 });
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(0);
    expect(first.report.data.prs[0]).toMatchObject({ state: 'building-base', status: 'pending', base: { run: null, conclusion: null } });
    // Minutes later: still trusted, not dispatched again.
    await world.gate({ kind: 'pr', number: 35 }, { now: '2026-11-28T12:05:00Z' });
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(0);
    // Past the bound, GitHub lists no run for the tag: the dispatch was lost, so it is made again, once.
    const later = await world.gate({ kind: 'pr', number: 35 }, { now: '2026-11-28T12:30:00Z' });
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
    expect(later.report.data.prs[0]!.base).toEqual({ run: world.dispatches(world.baseWorkflow)[0]!.id, conclusion: null });
  });

  test('comment pagination without end: bounded pages, the PR stays pending with the reason', async () => {
    pr(36, 'Depends-On: lsst/afw#30');
    upstream('afw', 30, null);
    for (let i = 0; i < 100; i += 1) world.github.addComment({ owner: OWNER, repo: REPO, issueNumber: 36, body: `comment ${i}`, author: 'octo-author' });
    world.github.inject({ method: 'GET', path: /\/issues\/36\/comments$/, kind: 'endless-pages' });
    const { report } = await world.gate({ kind: 'pr', number: 36 });
    expect(world.github.count('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(30);
    expect(report.data.prs[0]).toMatchObject({ status: 'pending', description: expect.stringMatching(/gate could not finish: GitHub listed more than 30 pages of 100, read no further/) });
    expect(world.statusesOn(HEAD).map((status) => status.state)).toEqual(['pending']);
  });

  test('a primary rate limit resetting in an hour is not waited for: the PR stays pending with the reason', async () => {
    pr(37, 'Depends-On: lsst/afw#30');
    upstream('afw', 30, null);
    world.github.inject({ method: 'GET', path: /\/issues\/37\/comments$/, kind: 'rate-limit', resetInSeconds: 3600 });
    const { report } = await world.gate({ kind: 'pr', number: 37 });
    expect(world.github.count('GET /repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(1);
    expect(report.data.prs[0]).toMatchObject({ status: 'pending', description: expect.stringMatching(/rate limit for this token is used up until \d\d:\d\d UTC/) });
    expect(world.statusesOn(HEAD).map((status) => status.state)).toEqual(['pending']);
  });
});

describe('triggers', () => {
  test('workflow_run completed of the test workflow advances its PR at once', async () => {
    pr(40, 'Depends-On: lsst/pipe_tasks#10');
    pr(41, 'Depends-On: lsst/pipe_tasks#10', '6'.repeat(40));
    await mergedWithDailies();
    await world.gate({ kind: 'sweep' });
    world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');
    const afterBase = await world.gate({ kind: 'workflow-run', workflowPath: '.github/workflows/build-base.yml', headSha: MAIN_SHA });
    expect(afterBase.report.data.prs.map((item) => item.state)).toEqual(['testing', 'testing']);
    const run = world.dispatches(world.testWorkflow).find((item) => item.headSha === HEAD)!;
    world.github.completeRun(run.id, 'success');
    const afterTests = await world.gate({ kind: 'workflow-run', workflowPath: '.github/workflows/build-service.yml', headSha: HEAD });
    expect(afterTests.report.data.prs.map((item) => [item.number, item.state])).toEqual([[40, 'passed']]);
  });

  test('merge_group gets the PR gate status on the merge group sha', async () => {
    pr(42, 'No dependency here.');
    pr(43, 'Depends-On: lsst/pipe_tasks#10');
    upstream('pipe_tasks', 10, null);
    await world.gate({ kind: 'merge-group', headSha: '7'.repeat(40), headRef: 'refs/heads/gh-readonly-queue/main/pr-42-' + 'c'.repeat(40) });
    await world.gate({ kind: 'merge-group', headSha: '8'.repeat(40), headRef: 'refs/heads/gh-readonly-queue/main/pr-43-' + 'c'.repeat(40) });
    expect(world.statusesOn('7'.repeat(40))).toEqual([{ state: 'success', description: 'PR #42: passed: no Science Pipelines dependency' }]);
    expect(world.statusesOn('8'.repeat(40))).toEqual([{ state: 'pending', description: expect.stringMatching(/^PR #43: waiting-for-upstream-merge/) }]);
  });

  test('--dry-run writes nothing', async () => {
    pr(44, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    const { report } = await world.gate({ kind: 'pr', number: 44 }, { dryRun: true });
    expect(report.data.prs[0]).toMatchObject({ state: 'building-base', status: 'pending' });
    expect(world.github.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(report.blocks.some((block) => block.kind === 'list' && block.items.some((item) => plainText(item).includes('would dispatch build-base.yml')))).toBe(true);
  });
});

describe('workflows', () => {
  test('a server that answers a dispatch with 204 (no run details): the run is found in the list and followed', async () => {
    world.github.returnRunDetails = false;
    pr(60, 'Depends-On: lsst/pipe_tasks#10');
    await mergedWithDailies();
    const first = await world.gate({ kind: 'pr', number: 60 });
    expect(first.report.data.prs[0]!.base).toEqual({ run: null, conclusion: null });
    const [base] = world.dispatches(world.baseWorkflow);
    world.github.completeRun(base!.id, 'success');
    const second = await world.gate({ kind: 'pr', number: 60 });
    expect(second.report.data.prs[0]).toMatchObject({ state: 'testing', base: { run: base!.id, conclusion: 'success' } });
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
  });

  test('the estimate uses the durations of recent successful runs', async () => {
    pr(61, 'Depends-On: lsst/pipe_tasks#10');
    upstream('pipe_tasks', 10, '2026-11-28T09:00:00Z');
    await world.registry.pushImage('lsst/scipipe', 'al9-d_2026_11_28', { created: '2026-11-28T06:30:00Z' });
    const past = (workflowId: number, start: string, end: string, conclusion: string) =>
      world.github.addRun({ owner: OWNER, repo: REPO, workflowId, headSha: MAIN_SHA, headBranch: 'main', status: 'completed', conclusion, createdAt: start, updatedAt: end });
    past(world.baseWorkflow.id, '2026-11-20T07:00:00Z', '2026-11-20T09:00:00Z', 'success');
    past(world.baseWorkflow.id, '2026-11-21T07:00:00Z', '2026-11-21T09:00:00Z', 'success');
    past(world.baseWorkflow.id, '2026-11-22T07:00:00Z', '2026-11-22T07:05:00Z', 'failure');
    past(world.testWorkflow.id, '2026-11-20T10:00:00Z', '2026-11-20T10:45:00Z', 'success');
    await world.gate({ kind: 'pr', number: 61 });
    expect(world.gateComments(61)[0]!.body).toContain(
      '- Earliest merge: 2026-11-29 09:15 UTC: the next daily ~2026-11-29 06:30 UTC + ~2.0 h base image + ~45 min tests',
    );
  });

  test('a PR from a fork cannot have its tests dispatched: failure saying why', async () => {
    world.github.addPull({ owner: OWNER, repo: REPO, number: 62, body: 'Depends-On: lsst/pipe_tasks#10', headSha: HEAD, headRef: 'patch-1' });
    await mergedWithDailies();
    await world.gate({ kind: 'pr', number: 62 });
    world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');
    const { report } = await world.gate({ kind: 'pr', number: 62, pull: { owner: OWNER, repo: REPO, number: 62, state: 'open', merged: false, mergedAt: null, headSha: HEAD, headRef: 'patch-1', headRepository: 'someone/prompt_processing', body: 'Depends-On: lsst/pipe_tasks#10', htmlUrl: '', labels: [] } });
    expect(report.data.prs[0]).toMatchObject({ state: 'failed', status: 'failure' });
    expect(report.data.prs[0]!.description).toMatch(/fork's branch \(someone\/prompt_processing\)/);
    expect(world.dispatches(world.testWorkflow)).toEqual([]);
  });
});

describe('budget', () => {
  test('a steady sweep costs one request per gated PR per state it cannot skip', async () => {
    await mergedWithDailies();
    pr(50, 'Depends-On: lsst/pipe_tasks#10', 'a1'.repeat(20)); // will be testing
    pr(51, 'Depends-On: lsst/pipe_tasks#10', 'b1'.repeat(20)); // will be testing
    pr(52, 'Depends-On: lsst/afw#99', 'c1'.repeat(20)); // upstream open
    pr(53, 'just a fix', 'd1'.repeat(20)); // not gated: no request at all
    upstream('afw', 99, null);
    await world.gate({ kind: 'sweep' });
    world.github.completeRun(world.dispatches(world.baseWorkflow)[0]!.id, 'success');
    await world.gate({ kind: 'sweep' });
    // Steady state: nothing changes between these two sweeps.
    const before = world.github.requests.length;
    const { apiCalls, report } = await world.gate({ kind: 'sweep' });
    expect(world.github.requests.slice(before).filter((request) => request.method !== 'GET')).toEqual([]);
    expect(report.data.prs.map((item) => [item.number, item.state])).toEqual([
      [50, 'testing'],
      [51, 'testing'],
      [52, 'waiting-for-upstream-merge'],
    ]);
    // List open PRs, every gate record in one listing of the repository's comments (issue 13), then
    // per gated PR the one thing its state must ask (the test run for 50 and 51, the open upstream
    // PR for 52). No writes. (An installation token, ghs_…, is known to be github-actions[bot]
    // without asking GET /user.)
    expect(apiCalls).toBe(1 + 1 + 3);
    expect(world.github.requests.slice(before).filter((request) => request.path.endsWith('/comments')).map((request) => request.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments`]);
    expect(report.blocks.some((block) => block.kind === 'list' && block.items.map(plainText).includes('GitHub API calls: 5 (1.67 per gated PR)'))).toBe(true);
    expect(report.data.apiCalls).toBe(apiCalls);
    const record = extractRecord(world.gateComments(50)[0]!.body) as { state: string };
    expect(record.state).toBe('testing');
  });

  test('PRs waiting for the same base build share one request for it', async () => {
    await mergedWithDailies();
    pr(54, 'Depends-On: lsst/pipe_tasks#10', 'a2'.repeat(20));
    pr(55, 'Depends-On: lsst/pipe_tasks#10', 'b2'.repeat(20));
    await world.gate({ kind: 'sweep' });
    await world.gate({ kind: 'sweep' });
    const { apiCalls, report } = await world.gate({ kind: 'sweep' });
    expect(report.data.prs.map((item) => item.state)).toEqual(['building-base', 'building-base']);
    expect(world.dispatches(world.baseWorkflow)).toHaveLength(1);
    // List PRs + one listing of the records + one GET of the shared base run.
    expect(apiCalls).toBe(3);
  });

  test('a steady sweep of PRs waiting on open upstream PRs reads each upstream repository once, not each PR (issue 13)', async () => {
    for (let number = 70; number < 80; number += 1) {
      pr(number, `Depends-On: lsst/afw#${number + 100}`, String(number).repeat(20));
      upstream('afw', number + 100, null);
    }
    await world.gate({ kind: 'sweep' });
    const before = world.github.requests.length;
    const { apiCalls, report } = await world.gate({ kind: 'sweep' });
    expect(report.data.prs.every((item) => item.state === 'waiting-for-upstream-merge')).toBe(true);
    // List PRs, the records, lsst/afw's open PRs: three requests for ten gated PRs, no writes.
    expect(world.github.requests.slice(before).map((request) => request.route)).toEqual([
      'GET /repos/{owner}/{repo}/pulls',
      'GET /repos/{owner}/{repo}/issues/comments',
      'GET /repos/{owner}/{repo}/pulls',
    ]);
    expect(apiCalls).toBe(3);
    // An upstream PR that merges is seen by the next sweep (it left the open list, so it is read).
    world.github.pulls.find((item) => item.owner === 'lsst' && item.number === 170)!.state = 'closed';
    Object.assign(world.github.pulls.find((item) => item.owner === 'lsst' && item.number === 170)!, { merged: true, mergedAt: '2026-11-28T11:00:00Z' });
    const next = await world.gate({ kind: 'sweep' });
    expect(next.report.data.prs.find((item) => item.number === 70)).toMatchObject({ state: 'waiting-for-daily-container', dependencies: [{ merged: true }] });
  });
});
