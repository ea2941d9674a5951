/**
 * Lockstep never runs code from the pull request. The repository below is booby-trapped:
 * every Python file writes a marker file when it is imported or executed (module level
 * and class bodies), and `python`, `python3`, `pip`… on PATH are fakes that write a
 * marker when spawned. The bundled CLI and the bundled root action then do their real
 * work on it (they must find the changes, or the test proves nothing) — and no marker
 * may appear.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, runBundledAction } from '../../support/action-harness.js';
import { pullRequestEvent } from '../../support/events.js';
import { GitFixture } from '../../support/git-fixture.js';

const CLI = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const FAKE_EXECUTABLES = ['python', 'python3', 'python3.11', 'python3.12', 'python3.13', 'pip', 'pip3', 'pytest', 'uv', 'poetry'];

let work: string;
let markers: string;
let fakeBin: string;
let repo: GitFixture;
let base: string;
let head: string;

/** A Python statement that leaves a marker named after `where` if it ever runs. */
function trap(where: string): string {
  return `open(${JSON.stringify(path.join(markers, where.replace(/[^A-Za-z0-9_.-]/g, '_')))}, "w").write("executed")`;
}

function visitModule(withNewField: boolean): string {
  return [
    'from __future__ import annotations',
    trap('visit.py-module'),
    'import os',
    'from dataclasses import dataclass, field',
    'from shared.base import BareVisit',
    '',
    `CENTRAL_REPO = os.environ["CENTRAL_REPO"]`,
    ...(withNewField ? [`SKYMAP = os.environ["SKYMAP"]`] : []),
    '',
    '@dataclass(frozen=True, kw_only=True)',
    'class FannedOutVisit(BareVisit):',
    `    ${trap('visit.py-class-body')}`,
    '    detector: int',
    ...(withNewField ? ['    focusZ: float = 0.0'] : []),
    '',
    `if __name__ == "__main__":`,
    `    ${trap('visit.py-main')}`,
    '',
  ].join('\n');
}

function pythonFiles(withNewField: boolean): Record<string, string> {
  return {
    '.github/lockstep.yml': [
      'messages:',
      '  - name: next-visit',
      '    schema: python/shared/visit.py#FannedOutVisit',
      '    role: consumer',
      '    decoder: strict',
      'env:',
      '  code:',
      '    service: ["python/**/*.py"]',
      '',
    ].join('\n'),
    'python/shared/__init__.py': `${trap('shared-init')}\n`,
    'python/shared/base.py': [
      trap('base.py-module'),
      'from dataclasses import dataclass',
      '',
      '@dataclass(frozen=True, kw_only=True)',
      'class BareVisit:',
      `    ${trap('base.py-class-body')}`,
      '    instrument: str',
      '    groupId: str',
      '',
    ].join('\n'),
    'python/shared/visit.py': visitModule(withNewField),
    'python/sitecustomize.py': `${trap('sitecustomize')}\n`,
    'python/usercustomize.py': `${trap('usercustomize')}\n`,
    'conftest.py': `${trap('conftest')}\n`,
    'setup.py': `${trap('setup.py')}\n`,
    'python/shared/__main__.py': `${trap('shared-main')}\n`,
  };
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-no-exec-'));
  markers = path.join(work, 'markers');
  fakeBin = path.join(work, 'bin');
  mkdirSync(markers);
  mkdirSync(fakeBin);
  for (const name of FAKE_EXECUTABLES) {
    const file = path.join(fakeBin, name);
    writeFileSync(file, `#!/bin/sh\necho "$0 $*" > "${markers}/spawned-${name}"\nexit 1\n`);
    chmodSync(file, 0o755);
  }
  repo = new GitFixture();
  repo.write(pythonFiles(false));
  base = repo.commit('base');
  repo.write(pythonFiles(true));
  head = repo.commit('head: a field and a required read added');
});

afterAll(() => {
  repo?.remove();
  rmSync(work, { recursive: true, force: true });
});

const trappedPath = () => `${fakeBin}${path.delimiter}${process.env.PATH ?? ''}`;

function runCli(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: trappedPath(), PYTHONPATH: path.join(repo.dir, 'python') },
  });
}

describe('no code from the checked-out repository is ever run', () => {
  it('the fake interpreters on PATH do leave a marker when spawned (the trap works)', () => {
    const probe = spawnSync('python3', ['-c', 'pass'], { env: { ...process.env, PATH: trappedPath() }, encoding: 'utf8' });
    expect(probe.status).toBe(1);
    expect(readdirSync(markers)).toEqual(['spawned-python3']);
    rmSync(path.join(markers, 'spawned-python3'));
  });

  it('lockstep schema-diff finds the added field without importing or executing anything', () => {
    const result = runCli(['schema-diff', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json']);
    expect([0, 1]).toContain(result.status);
    expect(result.stdout).toContain('focusZ');
    expect(readdirSync(markers)).toEqual([]);
  });

  it('lockstep env-diff finds the added read without importing or executing anything', () => {
    const result = runCli(['env-diff', '--repo', repo.dir, '--base', base, '--head', head, '--format', 'json']);
    expect([0, 1]).toContain(result.status);
    expect(result.stdout).toContain('SKYMAP');
    expect(readdirSync(markers)).toEqual([]);
  });

  it('the bundled root action runs both checks on a pull_request event without importing or executing anything', async () => {
    const run = await runBundledAction('lockstep', {
      workspace: repo.dir,
      event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }),
      env: { PATH: trappedPath(), PYTHONPATH: path.join(repo.dir, 'python') },
    });
    expect(run.outputs.checks).toBe('schema-diff,env-diff');
    expect([0, 1]).toContain(run.exitCode);
    expect(run.outputs['schema-diff-result-json']).toContain('focusZ');
    expect(run.outputs['env-diff-result-json']).toContain('SKYMAP');
    expect(readdirSync(markers)).toEqual([]);
  });
});
