/**
 * `--fail-on error|warning|note` through the bundled CLI, and the `fail-on` input of every
 * action.yml through the bundled actions as the runner runs them: each level against a
 * repository whose worst finding is a note, a warning, or an error.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { output, PROJECT_ROOT, readActionDefinition, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture } from '../support/git-fixture.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const MODEL = 'from pydantic import BaseModel\n\nclass Event(BaseModel):\n    a: int\n';
const CONFIG = 'messages:\n  - name: event\n    schema: event.py#Event\n    role: consumer\n    decoder: pydantic\nversioning:\n  source: label\n';

/** base (tagged 1.0.0) and two heads: a compatible change (its finding a note) and a breaking one. */
let repo: GitFixture;
let base: string;
let compatible: string;
let breaking: string;
beforeAll(() => {
  repo = new GitFixture();
  base = repo.write({ '.github/lockstep.yml': CONFIG, 'event.py': MODEL }).commit('base');
  repo.tag('1.0.0');
  repo.branch('compatible', base);
  compatible = repo.write({ 'event.py': MODEL + '    b: str = ""\n' }).commit('optional field');
  repo.branch('breaking', base);
  breaking = repo.write({ 'event.py': MODEL + '    b: str\n' }).commit('required field');
});
afterAll(() => repo.remove());

/** Worst finding: a note (compatible), a warning (breaking, released as major), an error (breaking, released as minor). */
const CASES = {
  note: () => ['--head', compatible],
  warning: () => ['--head', breaking, '--proposed-version', '2.0.0'],
  error: () => ['--head', breaking, '--proposed-version', '1.1.0'],
} as const;

function cli_(failOn: string, worst: keyof typeof CASES) {
  const args = ['schema-diff', '--repo', repo.dir, '--base', base, ...CASES[worst](), '--format', 'json', ...(failOn === 'default' ? [] : ['--fail-on', failOn])];
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

describe('lockstep --fail-on (bundled CLI)', () => {
  // [fail-on ('default': not given), worst finding, exit code]
  const table: Array<[string, keyof typeof CASES, number]> = [
    ['default', 'note', 0],
    ['default', 'warning', 0],
    ['default', 'error', 1],
    ['error', 'note', 0],
    ['error', 'warning', 0],
    ['error', 'error', 1],
    ['warning', 'note', 0],
    ['warning', 'warning', 1],
    ['warning', 'error', 1],
    ['note', 'note', 1],
    ['note', 'warning', 1],
    ['note', 'error', 1],
  ];
  it.each(table)('--fail-on %s, worst finding: %s → exit %i, the JSON verdict agreeing', (failOn, worst, exit) => {
    const result = cli_(failOn, worst);
    expect(result.status).toBe(exit);
    expect((JSON.parse(result.stdout) as { verdict: string }).verdict).toBe(exit === 0 ? 'pass' : 'fail');
  });

  it('the text report says why a pass became a fail', () => {
    const result = spawnSync(process.execPath, [cli, 'schema-diff', '--repo', repo.dir, '--base', base, ...CASES.warning(), '--fail-on', 'warning'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^lockstep schema-diff: FAIL — .* — failed on 1 warning \(fail-on: warning\)\n/);
  });

  it('exit 2 on a level that is not one', () => {
    const result = cli_('notice', 'note');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--fail-on: expected error | warning | note, got 'notice'");
  });
});

describe('the fail-on input (bundled actions)', () => {
  const actions = ['action.yml', 'actions/schema-diff/action.yml', 'actions/env-diff/action.yml', 'actions/pipelines-gate/action.yml'];

  it.each(actions)('%s declares fail-on, default error', (file) => {
    expect(readActionDefinition(file).inputs?.['fail-on']).toMatchObject({ default: 'error' });
  });

  it.each([
    ['schema-diff', 'actions/schema-diff/action.yml'],
    ['env-diff', 'actions/env-diff/action.yml'],
    ['pipelines-gate', 'actions/pipelines-gate/action.yml'],
    ['lockstep', 'action.yml'],
  ])('%s reads it: a bad value is exit 2 naming the input', async (name, actionYml) => {
    const run = await runBundledAction(name, { workspace: repo.dir, actionYml, event: pullRequestEvent({ base: { sha: base }, head: { sha: compatible } }), inputs: { 'fail-on': 'sometimes' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain("input 'fail-on': expected error | warning | note, got 'sometimes'");
  });

  it('schema-diff: fail-on warning fails a PR whose worst finding is a warning; the default passes it', async () => {
    const event = pullRequestEvent({ base: { sha: base }, head: { sha: breaking } });
    const held = await runBundledAction('schema-diff', { workspace: repo.dir, event, inputs: { 'fail-on': 'warning', 'proposed-version': '2.0.0' } });
    expect([held.exitCode, held.outputs.verdict, JSON.parse(output(held, 'result-json')).verdict]).toEqual([1, 'fail', 'fail']);
    expect(held.summary).toContain('fail-on: warning');
    const annotationLevels = held.annotations.filter((a) => a.file).map((a) => a.level);
    expect(annotationLevels).toEqual(['warning']); // the finding itself stays a warning
    const fallback = await runBundledAction('schema-diff', { workspace: repo.dir, event, inputs: { 'proposed-version': '2.0.0' } });
    expect([fallback.exitCode, fallback.outputs.verdict]).toEqual([0, 'pass']);
  });

  it('root action: fail-on note fails on a note, per check and over all', async () => {
    const event = pullRequestEvent({ base: { sha: base }, head: { sha: compatible } });
    const held = await runBundledAction('lockstep', { workspace: repo.dir, event, inputs: { 'fail-on': 'note' } });
    expect([held.exitCode, held.outputs['schema-diff-verdict'], held.outputs.verdict]).toEqual([1, 'fail', 'fail']);
    const fallback = await runBundledAction('lockstep', { workspace: repo.dir, event, inputs: { 'fail-on': 'warning' } });
    expect([fallback.exitCode, fallback.outputs.verdict]).toEqual([0, 'pass']);
  });
});
