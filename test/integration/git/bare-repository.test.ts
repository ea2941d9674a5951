/**
 * A pull request can commit a folder that is a bare repository (HEAD, config, objects/, refs/):
 * git started inside it would honour its config. Every git process Lockstep starts has
 * safe.bareRepository=explicit, and a bare repository inside the checkout is never opened.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { gitText } from '../../../src/git/run-git.js';
import { GitRepository } from '../../../src/git/repository.js';
import { openRemote } from '../../../src/git/remote.js';
import { InputError } from '../../../src/errors.js';
import { GitFixture } from '../../support/git-fixture.js';

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((fn) => fn()));

/** A checkout whose tree holds `planted/`, a bare repository with a hostile config. */
function checkoutWithPlantedBareRepository(): GitFixture {
  const fixture = new GitFixture();
  cleanup.push(() => fixture.remove());
  fixture.write({
    'README.md': 'hello\n',
    'planted/HEAD': 'ref: refs/heads/main\n',
    'planted/config': '[core]\n\tbare = true\n\trepositoryformatversion = 0\n[alias]\n\tplanted = !echo pwned\n',
    'planted/objects/.keep': '',
    'planted/refs/heads/.keep': '',
  });
  fixture.commit('plant a bare repository');
  return fixture;
}

describe('safe.bareRepository=explicit', () => {
  it('every git process Lockstep starts has the setting', async () => {
    const fixture = new GitFixture();
    cleanup.push(() => fixture.remove());
    expect((await gitText(['config', 'safe.bareRepository'], { cwd: fixture.dir })).trim()).toBe('explicit');
  });

  it('git run in a planted bare repository does not treat it as one', async () => {
    const fixture = checkoutWithPlantedBareRepository();
    const planted = path.join(fixture.dir, 'planted');
    // Plain git does: the folder is a real bare repository.
    expect(execFileSync('git', ['rev-parse', '--is-bare-repository'], { cwd: planted, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_COUNT: '0' } }).trim()).toBe('true');
    await expect(gitText(['rev-parse', '--is-bare-repository'], { cwd: planted })).rejects.toThrow(/safe\.bareRepository/);
  });

  it('a configured repository naming the planted folder is refused, not opened', async () => {
    const fixture = checkoutWithPlantedBareRepository();
    const opening = openRemote({ repository: 'planted', ref: 'main', cwd: fixture.dir });
    await expect(opening).rejects.toThrow(InputError);
    await expect(opening).rejects.toThrow(/not a git repository/);
  });

  it('a bare repository outside the checkout (a mirror) still opens, through GIT_DIR', async () => {
    const source = checkoutWithPlantedBareRepository();
    const mirror = mkdtempSync(path.join(os.tmpdir(), 'lockstep-mirror-'));
    cleanup.push(() => rmSync(mirror, { recursive: true, force: true }));
    execFileSync('git', ['clone', '--quiet', '--bare', source.dir, mirror]);
    const repository = await GitRepository.open(mirror);
    expect((await repository.readFiles('main', ['README.md'])).get('README.md')?.text).toBe('hello\n');
    repository.close();
    const checkout = new GitFixture();
    cleanup.push(() => checkout.remove());
    const remote = await openRemote({ repository: mirror, ref: 'main', cwd: checkout.dir });
    expect(remote.commit).toMatch(/^[0-9a-f]{40}$/);
    await remote.dispose();
  });
});
