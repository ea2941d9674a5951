/** The bundled actions/env-diff (dist/env-diff/index.js) run as the runner runs it, on pull_request events. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { output, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, shallowClone, type FileTree } from '../support/git-fixture.js';
import { makeServiceRepository, serviceFiles } from '../fixtures/env/prompt-processing.js';
import { phalanxFiles, SERVICE_ENTRIES, serviceEntry } from '../fixtures/env/phalanx.js';
import { startGitHubStandin } from '../support/github-standin/index.js';

const cleanup: GitFixture[] = [];
let service: GitFixture;
let phalanx: GitFixture;

beforeAll(() => {
  service = makeServiceRepository();
  phalanx = new GitFixture();
  phalanx.write(phalanxFiles(service.dir)).commit('phalanx main');
  cleanup.push(service, phalanx);
});
afterAll(() => cleanup.forEach((repo) => repo.remove()));

/** origin with main (base) and a PR branch (head); the workspace a depth-1 clone of the PR branch, as actions/checkout makes it. */
function pullRequest(baseFiles: FileTree, headFiles: FileTree, repository: string) {
  const origin = new GitFixture();
  origin.write(baseFiles);
  const base = origin.commit('base');
  origin.branch('tickets/DM-1');
  origin.write(headFiles);
  const head = origin.commit('head');
  const workspace = shallowClone(origin, 'tickets/DM-1');
  cleanup.push(origin, workspace);
  return { workspace: workspace.dir, event: pullRequestEvent({ repository, base: { sha: base }, head: { sha: head } }) };
}

describe('actions/env-diff', () => {
  it('blocks a Phalanx PR that drops a variable production still requires: annotation, summary table, outputs', async () => {
    const files = phalanxFiles(service.dir);
    const removed = phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') });
    const { workspace, event } = pullRequest(files, removed, 'lsst-sqre/phalanx');
    const run = await runBundledAction('env-diff', { workspace, event });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const result = JSON.parse(output(run, 'result-json'));
    expect(Object.keys(result)).toEqual(['verdict', 'changes', 'guidance', 'parity', 'deployed', 'environments']);
    expect(result.changes).toEqual([
      {
        side: 'chart',
        kind: 'set-removed',
        name: 'LEGACY_BUCKET',
        workload: 'service',
        required: null,
        default: null,
        conditional: false,
        condition: null,
        value: '{{ .Values.s3.legacyBucket }}',
        file: 'charts/prompt-keda/templates/scaled-job.yaml',
        line: 30,
      },
    ]);
    expect(result.guidance).toEqual([{ name: 'LEGACY_BUCKET', order: 'blocked', environments: ['prompt-keda-lsstcam/usdfprod'], message: expect.stringContaining('runs 1.0.0') }]);
    expect(run.annotations).toContainEqual(
      // The entry was line 30 at base; the annotation lands on head line 29, where it was.
      expect.objectContaining({ level: 'error', file: 'charts/prompt-keda/templates/scaled-job.yaml', line: 29, title: expect.stringContaining('LEGACY_BUCKET'), message: expect.stringContaining('Removed from charts/prompt-keda/templates/scaled-job.yaml:30 at base') }),
    );
    expect(run.summary).toContain('| Variable | What changed | Order | Environments | What to do |');
    expect(run.summary).toMatch(/\| `LEGACY_BUCKET` \| chart stops setting it: service \| ❌ blocked \| prompt-keda-lsstcam\/usdfprod \|/);
    expect(run.summary).toContain('Deployed versions checked');
  });

  it('passes a Prompt Processing PR that adds a required read, saying to merge the config first', async () => {
    const base = serviceFiles(3, phalanx.dir);
    const head: FileTree = { 'python/activator/config.py': `${base['python/activator/config.py']}raw_topic = os.environ["RAW_TOPIC"]\n` };
    const { workspace, event } = pullRequest(base, head, 'lsst-dm/prompt_processing');
    const run = await runBundledAction('env-diff', { workspace, event });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const result = JSON.parse(output(run, 'result-json'));
    expect(result.guidance).toEqual([expect.objectContaining({ name: 'RAW_TOPIC', order: 'config-first' })]);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', file: 'python/activator/config.py', line: 15 }));
    expect(run.summary).toContain('merge the config first for RAW_TOPIC');
  });

  it('fails a parity break: a variable added to the initializer only', async () => {
    const files = phalanxFiles(service.dir);
    const head = phalanxFiles(service.dir, { initExtra: '        - name: DAF_BUTLER_CACHE\n          value: {{ .Values.cache.dir }}\n' });
    const { workspace, event } = pullRequest(files, head, 'lsst-sqre/phalanx');
    const run = await runBundledAction('env-diff', { workspace, event });
    expect(run.exitCode).toBe(1);
    const result = JSON.parse(output(run, 'result-json'));
    expect(result.parity).toEqual([{ name: 'DAF_BUTLER_CACHE', workloads: ['service'], problem: 'missing', file: 'charts/prompt-keda/templates/_service-init.tpl', line: 18 }]);
    expect(run.summary).toContain('Parity between workloads');
  });

  it('checks a merge_group event: the queued commit against its base', async () => {
    const files = phalanxFiles(service.dir);
    const removed = phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') });
    const origin = new GitFixture();
    origin.write(files);
    const base = origin.commit('base');
    origin.branch('gh-readonly-queue/main/pr-1');
    origin.write(removed);
    const head = origin.commit('queued');
    const workspace = shallowClone(origin, 'gh-readonly-queue/main/pr-1');
    cleanup.push(origin, workspace);
    const event = { action: 'checks_requested', merge_group: { head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1', base_sha: base, base_ref: 'refs/heads/main' } };
    const run = await runBundledAction('env-diff', { workspace: workspace.dir, event, eventName: 'merge_group', repository: 'lsst-sqre/phalanx' });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(output(run, 'result-json')).guidance[0]).toMatchObject({ name: 'LEGACY_BUCKET', order: 'blocked' });
  });

  it('exits 2 with the file and line for a malformed values file', async () => {
    const files = phalanxFiles(service.dir);
    const { workspace, event } = pullRequest(files, { 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': 'prompt-keda:\n  image: [\n' }, 'lsst-sqre/phalanx');
    const run = await runBundledAction('env-diff', { workspace, event });
    expect(run.exitCode).toBe(2);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'applications/prompt-keda-lsstcam/values-usdfdev.yaml' }));
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('comment: true keeps one sticky PR comment, edited in place on the next run (OpenAPI-validated stand-in)', async () => {
    const github = await startGitHubStandin();
    try {
      const token = 'ghs_env_diff_installation_token';
      github.addToken(token, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
      github.addPull({ owner: 'lsst-sqre', repo: 'phalanx', number: 1 });
      const files = phalanxFiles(service.dir);
      const removed = phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') });
      const { workspace, event } = pullRequest(files, removed, 'lsst-sqre/phalanx');
      const options = { workspace, event, apiUrl: github.url, token, repository: 'lsst-sqre/phalanx', inputs: { comment: 'true' } };
      const first = await runBundledAction('env-diff', options);
      expect(first.exitCode).toBe(1);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]?.body).toContain('LEGACY_BUCKET');
      const second = await runBundledAction('env-diff', options);
      expect(second.exitCode).toBe(1);
      expect(github.comments).toHaveLength(1);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
