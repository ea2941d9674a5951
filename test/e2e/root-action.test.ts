import { describe, expect, it } from '@jest/globals';
import { runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture } from '../support/git-fixture.js';

describe('the root action (dist/lockstep) as the runner runs it', () => {
  it('fails with exit 2 and an annotation on the config line when .github/lockstep.yml is malformed', async () => {
    const repo = new GitFixture();
    repo.write({ '.github/lockstep.yml': 'messages:\n  - name: a\n    schema: a.py#A\n    role: reader\n    decoder: strict\n' });
    const sha = repo.commit('config');
    const run = await runBundledAction('lockstep', {
      workspace: repo.dir,
      event: pullRequestEvent({ base: { sha }, head: { sha } }),
    });
    expect(run.exitCode).toBe(2);
    const annotation = run.annotations.find((a) => a.file === '.github/lockstep.yml');
    expect(annotation).toMatchObject({ level: 'error', line: 4 });
    expect(annotation?.message).toContain('messages[0].role: expected producer | consumer | both, got "reader"');
    expect(run.stdout).not.toMatch(/\n\s+at /);
    repo.remove();
  });

  it('says which file is missing when there is no configuration', async () => {
    const repo = new GitFixture();
    const sha = repo.commit('empty');
    const run = await runBundledAction('lockstep', { workspace: repo.dir, event: pullRequestEvent({ base: { sha }, head: { sha } }) });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toContain('.github/lockstep.yml: configuration file not found');
    repo.remove();
  });

  it('warns and passes when the configuration enables no check', async () => {
    const repo = new GitFixture();
    repo.write({ 'ci/lockstep.yml': '# nothing yet\n' });
    const sha = repo.commit('config');
    const run = await runBundledAction('lockstep', {
      workspace: repo.dir,
      inputs: { config: 'ci/lockstep.yml' },
      event: pullRequestEvent({ base: { sha }, head: { sha } }),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.checks).toBe('');
    expect(run.annotations).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('enables no check') })]);
    repo.remove();
  });
});
