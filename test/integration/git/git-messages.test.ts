/**
 * What a contributor reads when git fails: git's first meaningful line with what the command
 * was for (not the closing "and the repository exists."), a missing --repo folder named as
 * such (not `spawn git ENOENT`), and a shallow-clone hint whose command, run as written,
 * really brings the revision in.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../../src/errors.js';
import { openRemote } from '../../../src/git/remote.js';
import { GitRepository } from '../../../src/git/repository.js';
import { meaningfulLine } from '../../../src/git/run-git.js';
import { PROJECT_ROOT } from '../../support/action-harness.js';
import { GitFixture, shallowClone } from '../../support/git-fixture.js';

const CLI = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((fn) => fn()));

function track<T extends { remove(): void }>(fixture: T): T {
  cleanup.push(() => fixture.remove());
  return fixture;
}

describe('git errors', () => {
  it("show git's first meaningful line and what the command was for", async () => {
    const missing = path.join(os.tmpdir(), 'lockstep-no-such-repository.git');
    const error = await openRemote({ repository: `file://${missing}`, ref: 'main' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toContain(`cannot fetch file://${missing} at 'main'`);
    expect(message).toMatch(/does not appear to be a git repository/);
    expect(message).not.toMatch(/and the repository exists/);
  });

  it('meaningfulLine skips hints, warnings and blank lines; keeps the first real line', () => {
    const stderr = "\nhint: try again\nwarning: redirecting\nfatal: '/x' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n";
    expect(meaningfulLine(stderr)).toBe("fatal: '/x' does not appear to be a git repository");
  });

  it('--repo naming a folder that does not exist says so, not "spawn git ENOENT"', () => {
    const missing = path.join(os.tmpdir(), 'lockstep-nonexistent-folder');
    for (const command of ['schema-diff', 'env-diff']) {
      const result = spawnSync(process.execPath, [CLI, command, '--repo', missing, '--base', 'HEAD~1'], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
      expect({ command, status: result.status }).toEqual({ command, status: 2 });
      expect(result.stderr).toContain(missing);
      expect(result.stderr).toMatch(/folder does not exist/);
      expect(result.stderr).not.toMatch(/ENOENT/);
    }
  });
});

describe('the shallow-clone hint is a command that works', () => {
  const source = track(new GitFixture());
  const commit = (i: number) => source.write({ f: `${i}\n` }).commit(`c${i}`);
  const commits = [commit(1), commit(2), commit(3), commit(4)] as const;
  source.git('tag', 'v1', commits[1]);
  source.git('branch', 'feature', commits[2]);

  it.each([
    { revision: commits[0], what: 'a full commit id' },
    { revision: 'HEAD~2', what: 'an ancestor of HEAD' },
    { revision: 'HEAD^^^', what: 'an ancestor written with ^' },
    { revision: 'feature', what: 'a branch not fetched' },
    { revision: 'origin/feature', what: 'a remote-tracking name not fetched' },
    { revision: 'v1', what: 'a tag not fetched' },
  ])('$what ($revision): run the hint as written, then the revision it names resolves', async ({ revision }) => {
    const clone = track(shallowClone(source));
    clone.git('config', 'remote.origin.tagOpt', '--no-tags');
    const repo = await GitRepository.open(clone.dir);
    const error = await repo.resolveRevision(revision).catch((e: unknown) => e);
    repo.close();
    expect(error).toBeInstanceOf(InputError);
    const hint = (error as InputError).hint ?? '';
    const command = /(git fetch [^,()]+?)(?:, then pass (\S+))?(?: \(or|\.$)/.exec(hint);
    expect({ hint, command: command?.[1] }).toEqual({ hint, command: expect.stringMatching(/^git fetch /) });
    const fetch = command?.[1];
    if (!command || fetch === undefined) throw new Error(`no git fetch command in the hint: ${hint}`);
    execFileSync('sh', ['-c', fetch], { cwd: clone.dir, stdio: 'pipe' });
    const pass = command[2] ?? revision;
    const again = await GitRepository.open(clone.dir);
    const expected = source.git('rev-parse', `${revision.replace(/^origin\//, '')}^{commit}`);
    await expect(again.resolveRevision(pass)).resolves.toBe(expected);
    again.close();
  });

  it('an abbreviated id is told that a fetch needs the full id', async () => {
    const clone = track(shallowClone(source));
    const repo = await GitRepository.open(clone.dir);
    const error = await repo.resolveRevision(commits[0].slice(0, 10)).catch((e: unknown) => e);
    repo.close();
    expect((error as InputError).hint).toMatch(/full commit id/);
  });
});
