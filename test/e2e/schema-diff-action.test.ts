/** The bundled actions/schema-diff (dist/schema-diff/index.js) run as the runner runs it. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { output, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, shallowClone } from '../support/git-fixture.js';
import { startGitHubStandin } from '../support/github-standin/index.js';
import { fixture } from '../integration/schema/fixture-files.js';

const CONFIG = `messages:
  - name: next-visit
    schema: python/shared/visit.py#FannedOutVisit
    role: consumer
    decoder: strict
versioning:
  source: label
`;

const cleanup: GitFixture[] = [];
afterAll(() => cleanup.forEach((r) => r.remove()));

/** origin with main (base) and a PR branch (head); the workspace a depth-1 clone of the PR branch. */
function pullRequest(headFiles: Record<string, string | null>, baseFiles: Record<string, string> = {}) {
  const origin = new GitFixture();
  origin.write({ '.github/lockstep.yml': CONFIG, 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py'), ...baseFiles });
  const base = origin.commit('base');
  origin.branch('tickets/DM-1');
  origin.write(headFiles);
  const head = origin.commit('head');
  const workspace = shallowClone(origin, 'tickets/DM-1');
  cleanup.push(origin, workspace);
  return { base, head, workspace };
}

describe('actions/schema-diff on a pull_request event', () => {
  it('fails a breaking change labelled semver:minor: annotation on the head line, summary table, outputs', async () => {
    const visit = fixture('prompt_processing/shared_visit.py');
    const changed = visit.replace('    survey: str                     # survey name\n', '    survey: str                     # survey name\n    exposureTime: float\n');
    const { base, head, workspace } = pullRequest({ 'python/shared/visit.py': changed });
    const run = await runBundledAction('schema-diff', {
      workspace: workspace.dir,
      event: pullRequestEvent({ base: { sha: base }, head: { sha: head }, labels: ['semver:minor'] }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['required-bump']).toBe('major');
    const result = JSON.parse(output(run, 'result-json'));
    expect(result).toMatchObject({ verdict: 'fail', requiredBump: 'major', proposedVersion: '0.1.0', currentVersion: null });
    expect(result.messages[0].changes).toEqual([
      {
        kind: 'field-added',
        field: 'exposureTime',
        from: null,
        to: 'float',
        breaking: true,
        rule: 'strict-field-added',
        why: 'a strict reader maps keys one to one: a key only one side knows fails `cls(**message)`',
        decoder: 'strict',
        file: 'python/shared/visit.py',
        line: changed.split('\n').findIndex((l) => l.includes('exposureTime')) + 1,
        witness: {
          direction: 'old-to-new',
          payload: expect.objectContaining({ startTime: 0, coordinateSystem: 1, position: [] }),
          reader: 'FannedOutVisit(**message)',
          error: "TypeError: FannedOutVisit.__init__() missing 1 required keyword-only argument: 'exposureTime'",
        },
      },
    ]);
    expect(result.messages[0].changes[0].witness.payload).not.toHaveProperty('exposureTime');
    const annotation = run.annotations.find((a) => a.file === 'python/shared/visit.py');
    expect(annotation).toMatchObject({ level: 'error', line: result.messages[0].changes[0].line });
    expect(run.summary).toContain('| change | field | from → to | why | verdict | bump |');
    expect(run.summary).toContain('strict-field-added');
    // The witness, folded: the message the old side sends and what the new reader raises.
    expect(run.summary).toContain('<summary>Witnesses: a message each breaking change fails on (1)</summary>');
    expect(run.summary).toContain("→ `TypeError: FannedOutVisit.__init__() missing 1 required keyword-only argument: 'exposureTime'`");
  });

  it('a proposed version in a depth-1 checkout without tags cannot be compared: fails saying fetch-depth: 0', async () => {
    const visit = fixture('prompt_processing/shared_visit.py');
    const { base, head, workspace } = pullRequest({ 'python/shared/visit.py': visit.replace('    nimages: int ', '    nimages: float ') });
    const run = await runBundledAction('schema-diff', {
      workspace: workspace.dir,
      inputs: { 'proposed-version': '2.0.0' },
      event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('shallow clone without release tags (check out with fetch-depth: 0)');
  });

  it('passes a moved file with a renamed class: no wire change, required-bump none', async () => {
    const origin = new GitFixture();
    origin.write({ '.github/lockstep.yml': CONFIG, 'python/activator/visit.py': fixture('prompt_processing/activator_visit.py') });
    const base = origin.commit('base');
    origin.branch('tickets/DM-2');
    origin.move('python/activator/visit.py', 'python/shared/visit.py');
    origin.write({ 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py') });
    const head = origin.commit('move');
    const workspace = shallowClone(origin, 'tickets/DM-2');
    cleanup.push(origin, workspace);
    const run = await runBundledAction('schema-diff', { workspace: workspace.dir, event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'required-bump': 'none' });
    expect(run.summary).toContain('class renamed: Visit → FannedOutVisit, wire unchanged');
  });

  it('exits 2 with the file and line of a syntax error in the head', async () => {
    const { base, head, workspace } = pullRequest({ 'python/shared/visit.py': 'class FannedOutVisit:\n    x: int\n    def broken(:\n' });
    const run = await runBundledAction('schema-diff', { workspace: workspace.dir, event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }) });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.find((a) => a.file === 'python/shared/visit.py')).toMatchObject({ level: 'error', line: 3 });
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('comment: true keeps one sticky PR comment, edited in place on the next run (OpenAPI-validated stand-in)', async () => {
    const github = await startGitHubStandin();
    try {
      const token = 'ghs_schema_diff_installation_token';
      github.addToken(token, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
      github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 1 });
      const visit = fixture('prompt_processing/shared_visit.py');
      const { base, head, workspace } = pullRequest({ 'python/shared/visit.py': visit.replace('    nimages: int ', '    nimages: float ') });
      const options = {
        workspace: workspace.dir,
        event: pullRequestEvent({ base: { sha: base }, head: { sha: head }, labels: ['semver:major'] }),
        apiUrl: github.url,
        token,
        inputs: { comment: 'true' },
      };
      const first = await runBundledAction('schema-diff', options);
      expect(first.exitCode).toBe(0);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.body).toContain('<!-- lockstep:schema-diff -->');
      expect(github.comments[0]?.body).toContain('strict-type-changed');
      const second = await runBundledAction('schema-diff', options);
      expect(second.exitCode).toBe(0);
      expect(github.comments).toHaveLength(1);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe('actions/schema-diff on releases', () => {
  function released() {
    const repo = new GitFixture();
    cleanup.push(repo);
    const visit = fixture('prompt_processing/shared_visit.py');
    repo.write({ '.github/lockstep.yml': CONFIG.replace('source: label', 'source: tags'), 'python/shared/visit.py': visit });
    repo.commit('1.0.0');
    repo.tag('1.0.0');
    repo.write({ 'python/shared/visit.py': visit.replace('    nimages: int ', '    nimages: float ') });
    const head = repo.commit('breaking');
    return { repo, head };
  }

  it('push of a tag: the new tag against the previous release tag (1.1.0 after a breaking change fails)', async () => {
    const { repo, head } = released();
    repo.tag('1.1.0');
    const run = await runBundledAction('schema-diff', { workspace: repo.dir, eventName: 'push', event: { ref: 'refs/tags/1.1.0', before: '0'.repeat(40), after: head }, sha: head, ref: 'refs/tags/1.1.0' });
    expect(run.exitCode).toBe(1);
    const result = JSON.parse(output(run, 'result-json'));
    expect([result.currentVersion, result.proposedVersion, result.requiredBump]).toEqual(['1.0.0', '1.1.0', 'major']);
  });

  it('release event: v2.0.0 after a breaking change passes', async () => {
    const { repo, head } = released();
    repo.tag('v2.0.0');
    const run = await runBundledAction('schema-diff', { workspace: repo.dir, eventName: 'release', event: { action: 'published', release: { tag_name: 'v2.0.0' } }, sha: head, ref: 'refs/tags/v2.0.0' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(output(run, 'result-json'))).toMatchObject({ currentVersion: '1.0.0', proposedVersion: '2.0.0', verdict: 'pass' });
  });

  it('a depth-1 checkout of a tag cannot see the previous release: exit 2 saying to fetch it', async () => {
    const { repo } = released();
    repo.tag('2.0.0');
    const workspace = shallowClone(repo, '2.0.0');
    cleanup.push(workspace);
    const head = workspace.git('rev-parse', 'HEAD');
    const run = await runBundledAction('schema-diff', { workspace: workspace.dir, eventName: 'push', event: { ref: 'refs/tags/2.0.0', after: head }, sha: head, ref: 'refs/tags/2.0.0' });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toContain('fetch-depth: 0');
  });
});

describe('the root action with a messages: section', () => {
  it('runs schema-diff and publishes its outputs', async () => {
    const visit = fixture('prompt_processing/shared_visit.py');
    const { base, head, workspace } = pullRequest({ 'python/shared/visit.py': visit.replace('    nimages: int ', '    nimages: float ') });
    const run = await runBundledAction('lockstep', { workspace: workspace.dir, event: pullRequestEvent({ base: { sha: base }, head: { sha: head }, labels: ['semver:major'] }) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.checks).toBe('schema-diff');
    expect(run.outputs['schema-diff-required-bump']).toBe('major');
    expect(JSON.parse(output(run, 'schema-diff-result-json')).messages[0].changes[0]).toMatchObject({ kind: 'type-changed', field: 'nimages', rule: 'strict-type-changed' });
  });
});


describe('actions/schema-diff on a merge_group event', () => {
  const mergeGroupEvent = (base: string, head: string, pr: number) => ({
    action: 'checks_requested',
    merge_group: { head_sha: head, head_ref: `refs/heads/gh-readonly-queue/main/pr-${pr}-${base}`, base_sha: base, base_ref: 'refs/heads/main' },
    repository: { full_name: 'lsst-dm/prompt_processing', name: 'prompt_processing', owner: { login: 'lsst-dm' } },
  });

  it("reads the queued PR's labels from the API, so a breaking change labelled semver:major passes in the queue", async () => {
    const github = await startGitHubStandin();
    try {
      const token = 'ghs_merge_queue_token';
      github.addToken(token, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
      const visit = fixture('prompt_processing/shared_visit.py');
      const { base, head, workspace } = pullRequest({ 'python/shared/visit.py': visit.replace('    nimages: int ', '    nimages: float ') });
      const options = { workspace: workspace.dir, eventName: 'merge_group', event: mergeGroupEvent(base, head, 7), apiUrl: github.url, token };
      github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 7, labels: ['semver:major'] });
      const labelled = await runBundledAction('schema-diff', options);
      expect(labelled.exitCode).toBe(0);
      expect(JSON.parse(output(labelled, 'result-json'))).toMatchObject({ verdict: 'pass', requiredBump: 'major' });
      expect(github.count('GET /repos/{owner}/{repo}/pulls/{pull_number}')).toBe(1);

      github.pulls[0]!.labels = ['semver:minor'];
      const tooSmall = await runBundledAction('schema-diff', options);
      expect(tooSmall.exitCode).toBe(1);
      expect(tooSmall.outputs.verdict).toBe('fail');
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
