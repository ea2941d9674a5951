/**
 * Version checks that do not fail good PRs (issue 10 item 7), through the bundled CLI:
 * no wire change passes whatever the version says; several tags on one commit are not a
 * downgrade; `--release-tag` alone compares with the previous release; "a none bump" is
 * never said. Faithful temp repositories always; the real PP and Writer histories where
 * their bundles are on the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { GitFixture } from '../support/git-fixture.js';
import { cloneHistory, describeWithHistory } from '../support/history.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');

function run(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'schema-diff', '--repo', dir, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  // Never "a none bump", in any format.
  expect(result.stdout + result.stderr).not.toMatch(/none bump/i);
  return result;
}

function json(dir: string, ...args: string[]) {
  const result = run(dir, ...args, '--format', 'json');
  return { status: result.status, data: JSON.parse(result.stdout) as { verdict: string; requiredBump: string; currentVersion: string | null; proposedVersion: string | null } };
}

const MODEL = 'from pydantic import BaseModel\n\nclass Event(BaseModel):\n    a: int\n';
const SCHEMA = ['--schema', 'event.py#Event', '--decoder', 'pydantic'];

describe('releases with several tags on one commit (faithful temp repository)', () => {
  let repo: GitFixture;
  let breaking: string;
  beforeAll(() => {
    repo = new GitFixture();
    repo.write({ 'event.py': MODEL }).commit('1.0.0');
    repo.tag('1.0.0');
    // A consumer adds a required field: a major change, released as 2.0.0, 2.1.0 and 2.2.0 on one commit (as PP's 9.0.0/9.1.0/9.2.0).
    breaking = repo.write({ 'event.py': MODEL + '    b: str\n' }).commit('breaking');
    repo.tag('2.0.0').tag('2.1.0').tag('2.2.0');
  });
  afterAll(() => repo.remove());

  it('--release-tag alone: the previous release is the base, lower tags on the same commit not counted above it', () => {
    const first = json(repo.dir, '--release-tag', '2.0.0', ...SCHEMA);
    expect(first).toEqual({ status: 0, data: expect.objectContaining({ verdict: 'pass', requiredBump: 'major', currentVersion: '1.0.0', proposedVersion: '2.0.0' }) });
    const second = json(repo.dir, '--release-tag', '2.1.0', ...SCHEMA);
    expect(second).toEqual({ status: 0, data: expect.objectContaining({ verdict: 'pass', requiredBump: 'none', currentVersion: '2.0.0', proposedVersion: '2.1.0' }) });
  });

  it('--base 2.0.0 --head 2.1.0 --release-tag 2.1.0 is a minor release, not a downgrade from 2.2.0', () => {
    const result = run(repo.dir, '--base', '2.0.0', '--head', '2.1.0', '--release-tag', '2.1.0', ...SCHEMA);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No bump needed (no wire change); 2.1.0 (tag 2.1.0) is a minor bump from 2.0.0.');
    expect(result.stdout).not.toContain('downgrade');
  });

  it('a release still fails when it is too small: a tag not made yet, from --head', () => {
    const result = run(repo.dir, '--release-tag', '1.1.0', '--head', breaking, ...SCHEMA);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('FAIL — Needs a major bump: 1.1.0 (tag 1.1.0) is a minor bump from 1.0.0');
  });

  it('--release-tag of a tag not made yet releases HEAD', () => {
    repo.write({ 'event.py': MODEL + '    b: str\n    c: int = 0\n' }).commit('minor change after 2.2.0');
    expect(json(repo.dir, '--release-tag', '2.3.0', ...SCHEMA)).toEqual({ status: 0, data: expect.objectContaining({ requiredBump: 'minor', currentVersion: '2.2.0', proposedVersion: '2.3.0' }) });
    expect(json(repo.dir, '--release-tag', '2.2.1', ...SCHEMA)).toEqual({ status: 1, data: expect.objectContaining({ verdict: 'fail', currentVersion: '2.2.0' }) });
  });

  it('exit 2: a release tag that is not a version, and neither --base nor --release-tag', () => {
    const notVersion = run(repo.dir, '--release-tag', 'latest', ...SCHEMA);
    expect(notVersion.status).toBe(2);
    expect(notVersion.stderr).toContain('tag latest is not a semantic version');
    const neither = run(repo.dir, ...SCHEMA);
    expect(neither.status).toBe(2);
    expect(neither.stderr).toContain('--base is required');
    expect(neither.stderr).toContain('--release-tag TAG');
  });
});

describe('lockstep schema-diff --release-tag 9.1.0 --schema … without --base (issue 11)', () => {
  let repo: GitFixture;
  beforeAll(() => {
    repo = new GitFixture();
    repo.write({ 'event.py': MODEL }).commit('9.0.0');
    repo.tag('9.0.0');
    repo.write({ 'event.py': MODEL + '    b: str\n' }).commit('a consumer requires b');
    repo.tag('9.1.0');
  });
  afterAll(() => repo.remove());

  it('finds the previous release (9.0.0) as the base: the breaking change since it needs more than 9.1.0', () => {
    const result = run(repo.dir, '--release-tag', '9.1.0', ...SCHEMA);
    expect(result.stderr).not.toContain('--base is required');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Needs a major bump: 9.1.0 (tag 9.1.0) is a minor bump from 9.0.0');
    expect(json(repo.dir, '--release-tag', '9.1.0', ...SCHEMA).data).toMatchObject({ requiredBump: 'major', currentVersion: '9.0.0', proposedVersion: '9.1.0' });
  });
});

describe('no wire change passes whatever the changelog says (faithful temp repository)', () => {
  const config = 'messages:\n  - name: event\n    schema: event.py#Event\n    role: consumer\n    decoder: pydantic\nversioning:\n  source: changelog\n';
  let repo: GitFixture;
  let base: string;
  beforeAll(() => {
    // As the Writer: CHANGELOG.md still says 2.2.0 while 2.2.1 is tagged.
    repo = new GitFixture();
    base = repo.write({ '.github/lockstep.yml': config, 'event.py': MODEL, 'CHANGELOG.md': '# Releases\n\n## 2.2.0\n\nThings.\n' }).commit('base');
    repo.tag('2.2.1');
  });
  afterAll(() => repo.remove());

  it('a docstring-only change passes, saying no bump is needed and what the changelog says', () => {
    const head = repo.write({ 'event.py': MODEL.replace('    a: int\n', '    """An event."""\n\n    a: int\n') }).commit('docstring');
    const result = run(repo.dir, '--base', base, '--head', head);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('PASS — No wire change in the message schemas');
    expect(result.stdout).toContain('No bump needed (no wire change); 2.2.0 (CHANGELOG.md heading) is a downgrade from 2.2.1.');
    expect(result.stdout).not.toContain('error:');
  });

  it('a wire change with the stale changelog still fails: a downgrade never satisfies a bump', () => {
    const head = repo.write({ 'event.py': MODEL + '    b: str = ""\n' }).commit('optional field');
    const result = run(repo.dir, '--base', base, '--head', head);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Needs a minor bump: 2.2.0 (CHANGELOG.md heading) is a downgrade from 2.2.1');
  });
});

describeWithHistory(['pp'], 'PP releases on the real history (pp.bundle)', () => {
  let pp: GitFixture;
  beforeAll(() => {
    pp = cloneHistory('pp');
  });
  afterAll(() => pp.remove());
  const visit = ['--schema', 'python/shared/visit.py#FannedOutVisit'];

  it('9.0.0, 9.1.0 and 9.2.0 share a commit: releasing 9.1.0 is not a downgrade', () => {
    expect(pp.git('tag', '--points-at', '9.1.0').split('\n')).toEqual(['9.0.0', '9.1.0', '9.2.0']);
    const explicit = json(pp.dir, '--base', '9.0.0', '--head', '9.1.0', '--release-tag', '9.1.0', ...visit);
    expect(explicit).toEqual({ status: 0, data: expect.objectContaining({ verdict: 'pass', currentVersion: '9.0.0', proposedVersion: '9.1.0' }) });
    const alone = json(pp.dir, '--release-tag', '9.1.0', ...visit);
    expect(alone).toEqual({ status: 0, data: expect.objectContaining({ verdict: 'pass', currentVersion: '9.0.0', proposedVersion: '9.1.0' }) });
  });

  it('--release-tag alone on the release that added startTime: 2.0.0 against v1.0.0, a major change met', () => {
    const old = ['--schema', 'python/activator/visit.py#FannedOutVisit'];
    const released = json(pp.dir, '--release-tag', '2.0.0', ...old);
    expect(released).toEqual({ status: 0, data: expect.objectContaining({ verdict: 'pass', requiredBump: 'major', currentVersion: '1.0.0', proposedVersion: '2.0.0' }) });
    // The same commit released as a minor would fail.
    const tooSmall = run(pp.dir, '--release-tag', '1.1.0', '--head', '2.0.0', ...old);
    expect(tooSmall.status).toBe(1);
    expect(tooSmall.stdout).toContain('Needs a major bump: 1.1.0 (tag 1.1.0) is a minor bump from 1.0.0');
  });
});

describeWithHistory(['writer'], 'Butler Writer 4d567d1 on the real history (writer.bundle)', () => {
  let writer: GitFixture;
  let configDir: string;
  beforeAll(() => {
    writer = cloneHistory('writer');
    configDir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-writer-config-'));
    writeFileSync(
      path.join(configDir, 'lockstep.yml'),
      'messages:\n  - name: butler-writer-event\n    schema: python/lsst/queued_butler_writer/messages.py#PromptProcessingOutputEvent\n    role: consumer\n    decoder: pydantic\nversioning:\n  source: changelog\n  changelog: CHANGELOG.md\n',
    );
  });
  afterAll(() => {
    writer.remove();
    rmSync(configDir, { recursive: true, force: true });
  });

  it('docstrings only: passes although CHANGELOG.md (2.2.0) is behind the 2.2.1 tag', () => {
    const result = run(writer.dir, '--base', '4d567d1^', '--head', '4d567d1', '--config', path.join(configDir, 'lockstep.yml'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No bump needed (no wire change); 2.2.0 (CHANGELOG.md heading) is a downgrade from 2.2.1.');
  });
});
