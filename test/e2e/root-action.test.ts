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

  it("runs each check only on the events it applies to: on the gate's schedule, schema-diff and env-diff are skipped with a notice", async () => {
    const repo = new GitFixture();
    repo.write({
      '.github/lockstep.yml': 'messages:\n  - name: a\n    schema: a.py#A\n    role: consumer\n    decoder: strict\nenv:\n  code: {service: ["*.py"]}\n',
      'a.py': 'from dataclasses import dataclass\n\n\n@dataclass\nclass A:\n    x: int\n',
    });
    const sha = repo.commit('config');
    const run = await runBundledAction('lockstep', { workspace: repo.dir, eventName: 'schedule', sha, event: { schedule: '0 6 * * *' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.checks).toBe('');
    expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      "lockstep schema-diff skipped: it runs on pull_request, pull_request_target, merge_group, push, release events, not 'schedule'.",
      "lockstep env-diff skipped: it runs on pull_request, pull_request_target, merge_group, push events, not 'schedule'.",
    ]);
    expect(run.stdout).not.toMatch(/no base revision/);
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

describe('the root action with comment: true', () => {
  it('keeps one sticky comment per check that ran, edited in place on the next run', async () => {
    const { startGitHubStandin } = await import('../support/github-standin/index.js');
    const github = await startGitHubStandin();
    const repo = new GitFixture();
    try {
      const token = 'ghs_root_action_token';
      github.addToken(token, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
      github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 1 });
      repo.write({
        '.github/lockstep.yml': [
          'messages:',
          '  - name: event',
          '    schema: python/event.py#Event',
          '    role: producer',
          '    decoder: pydantic',
          'versioning: {source: label}',
          'env:',
          '  code: {service: ["python/**/*.py"]}',
        ].join('\n'),
        'python/event.py': 'import os\nimport pydantic\n\nclass Event(pydantic.BaseModel):\n    a: int\n\nURL = os.environ["URL"]\n',
      });
      const base = repo.commit('base');
      repo.write({ 'python/event.py': 'import os\nimport pydantic\n\nclass Event(pydantic.BaseModel):\n    a: int\n    b: str | None = None\n\nURL = os.environ["URL"]\n' });
      const head = repo.commit('head');
      const options = {
        workspace: repo.dir,
        event: pullRequestEvent({ base: { sha: base }, head: { sha: head }, labels: ['semver:minor'] }),
        apiUrl: github.url,
        token,
        inputs: { comment: 'true' },
      };
      const first = await runBundledAction('lockstep', options);
      expect(first.exitCode).toBe(0);
      expect(first.outputs.checks).toBe('schema-diff,env-diff');
      expect(github.comments.map((comment) => comment.body.split('\n')[0]).sort()).toEqual(['<!-- lockstep:env-diff -->', '<!-- lockstep:schema-diff -->']);
      expect(github.comments.find((comment) => comment.body.includes('lockstep:schema-diff'))?.body).toContain('field-added');
      const second = await runBundledAction('lockstep', options);
      expect(second.exitCode).toBe(0);
      expect(github.comments).toHaveLength(2);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
      repo.remove();
    }
  });

  it('rejects a comment value that is not a boolean as an input error', async () => {
    const repo = new GitFixture();
    repo.write({ '.github/lockstep.yml': '# nothing\n' });
    const sha = repo.commit('config');
    const run = await runBundledAction('lockstep', { workspace: repo.dir, inputs: { comment: 'sometimes' }, event: pullRequestEvent({ base: { sha }, head: { sha } }) });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toContain("input 'comment': expected true or false, got 'sometimes'");
    repo.remove();
  });
});

describe('the root action when one check has bad input', () => {
  it('still publishes the checks that ran, then exits 2 naming the one that could not', async () => {
    const repo = new GitFixture();
    repo.write({
      '.github/lockstep.yml': [
        'messages:',
        '  - name: event',
        '    schema: python/event.py#Event',
        '    role: producer',
        '    decoder: pydantic',
        'env:',
        '  code: {service: ["python/**/*.py"]}',
        '  counterpart: {repository: "file:///nonexistent/phalanx.git", ref: main}',
      ].join('\n'),
      'python/event.py': 'import pydantic\n\nclass Event(pydantic.BaseModel):\n    a: int\n',
    });
    const base = repo.commit('base');
    repo.write({ 'python/event.py': 'import os\nimport pydantic\n\nclass Event(pydantic.BaseModel):\n    a: int\n\nURL = os.environ["URL"]\n' });
    const head = repo.commit('head');
    const run = await runBundledAction('lockstep', { workspace: repo.dir, event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }) });
    expect(run.exitCode).toBe(2);
    expect(run.outputs['schema-diff-verdict']).toBe('pass');
    expect(run.summary).toContain('Lockstep schema-diff');
    const failed = run.annotations.find((annotation) => annotation.level === 'error' && annotation.message.startsWith('lockstep env-diff: '));
    expect(failed?.message).toContain('cannot fetch file:///nonexistent/phalanx.git');
    repo.remove();
  });
});
