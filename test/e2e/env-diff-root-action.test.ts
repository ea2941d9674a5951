/** The root action (dist/lockstep) runs env-diff when .github/lockstep.yml has an env: section. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { output, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, shallowClone } from '../support/git-fixture.js';
import { makeServiceRepository } from '../fixtures/env/prompt-processing.js';
import { phalanxFiles, SERVICE_ENTRIES, serviceEntry } from '../fixtures/env/phalanx.js';

const cleanup: GitFixture[] = [];
let service: GitFixture;
beforeAll(() => {
  service = makeServiceRepository();
  cleanup.push(service);
});
afterAll(() => cleanup.forEach((repo) => repo.remove()));

describe('the root action with an env: section', () => {
  it('runs env-diff and publishes its prefixed outputs and verdict', async () => {
    const origin = new GitFixture();
    origin.write(phalanxFiles(service.dir));
    const base = origin.commit('base');
    origin.branch('tickets/DM-3');
    origin.write(phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
    const head = origin.commit('drop LEGACY_BUCKET');
    const workspace = shallowClone(origin, 'tickets/DM-3');
    cleanup.push(origin, workspace);
    const run = await runBundledAction('lockstep', {
      workspace: workspace.dir,
      actionYml: 'action.yml',
      event: pullRequestEvent({ repository: 'lsst-sqre/phalanx', base: { sha: base }, head: { sha: head } }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.checks).toBe('env-diff');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['env-diff-verdict']).toBe('fail');
    expect(JSON.parse(output(run, 'env-diff-result-json')).guidance[0]).toMatchObject({ name: 'LEGACY_BUCKET', order: 'blocked' });
    expect(run.summary).toContain('Lockstep env-diff');
  });
});
