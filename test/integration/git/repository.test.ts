import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitRepository } from '../../../src/git/repository.js';
import { openRemote } from '../../../src/git/remote.js';
import { InputError } from '../../../src/errors.js';
import { GitFixture, repoWithRevisions, shallowClone } from '../../support/git-fixture.js';

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((fn) => fn()));

function track<T extends { remove(): void }>(fixture: T): T {
  cleanup.push(() => fixture.remove());
  return fixture;
}

describe('GitRepository', () => {
  it('reads many files at two revisions through one cat-file process', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`pkg/m${i}.py`] = `x = ${i}\n`;
    const { repo: fixture, base, head } = repoWithRevisions(files, { 'pkg/m3.py': 'x = "changed"\n', 'pkg/m4.py': null });
    track(fixture);
    const repo = await GitRepository.open(fixture.dir);
    const atBase = await repo.readFiles(base, Object.keys(files));
    const atHead = await repo.readFiles(head, ['pkg/m3.py', 'pkg/m4.py', 'pkg/m5.py']);
    expect(atBase.get('pkg/m49.py')?.text).toBe('x = 49\n');
    expect(atHead.get('pkg/m3.py')?.text).toBe('x = "changed"\n');
    expect(atHead.get('pkg/m4.py')).toBeUndefined();
    expect(atHead.get('pkg/m5.py')?.blob).toBe(atBase.get('pkg/m5.py')?.blob);
    expect(repo.batchProcesses).toBe(1);
    repo.close();
  });

  it('lists files under globs with blob ids', async () => {
    const { repo: fixture, head } = repoWithRevisions(
      { 'python/activator/a.py': 'a', 'python/shared/s.py': 's', 'python/initializer/i.py': 'i', 'README.md': 'r' },
      {},
    );
    track(fixture);
    const repo = await GitRepository.open(fixture.dir);
    const listed = await repo.listFiles(head, ['python/activator/**/*.py', 'python/shared/**/*.py']);
    expect(listed.map((entry) => entry.path).sort()).toEqual(['python/activator/a.py', 'python/shared/s.py']);
    expect(listed[0]?.blob).toMatch(/^[0-9a-f]{40}$/);
    repo.close();
  });

  it('detects renames between revisions', async () => {
    const fixture = track(new GitFixture());
    const body = Array.from({ length: 30 }, (_, i) => `field_${i}: int = ${i}`).join('\n');
    fixture.write({ 'python/activator/visit.py': body, 'other.py': 'x = 1' });
    const base = fixture.commit('base');
    fixture.move('python/activator/visit.py', 'python/shared/visit.py').write({ 'other.py': 'x = 2', 'new.py': 'y' });
    const head = fixture.commit('head');
    const repo = await GitRepository.open(fixture.dir);
    const changes = await repo.changedFiles(base, head);
    expect(changes).toEqual(
      expect.arrayContaining([
        { status: 'renamed', path: 'python/shared/visit.py', oldPath: 'python/activator/visit.py', similarity: 100 },
        { status: 'modified', path: 'other.py' },
        { status: 'added', path: 'new.py' },
      ]),
    );
    repo.close();
  });

  it('refuses binary, oversized and non-UTF-8 files, naming the file', async () => {
    const { repo: fixture, head } = repoWithRevisions(
      {
        'bin.py': Buffer.from([0x63, 0x00, 0x01, 0x02]),
        'big.py': 'x = 1\n'.repeat(400_000),
        'latin1.py': Buffer.from([0x23, 0x20, 0xe9, 0x0a]),
      },
      {},
    );
    track(fixture);
    const repo = await GitRepository.open(fixture.dir);
    await expect(repo.readFile(head, 'bin.py')).rejects.toMatchObject({ name: 'InputError', file: 'bin.py', message: expect.stringMatching(/binary/) });
    await expect(repo.readFile(head, 'big.py')).rejects.toMatchObject({ file: 'big.py', message: expect.stringMatching(/over 2 MB/) });
    await expect(repo.readFile(head, 'latin1.py')).rejects.toMatchObject({ file: 'latin1.py', message: expect.stringMatching(/UTF-8/) });
    repo.close();
  });

  it('follows a symlink inside the repository and refuses one pointing outside', async () => {
    const fixture = track(new GitFixture());
    fixture.write({ 'real/visit.py': 'x = 1\n' }).symlink('link.py', 'real/visit.py').symlink('escape.py', '../../etc/passwd');
    const head = fixture.commit('links');
    const repo = await GitRepository.open(fixture.dir);
    expect((await repo.readFile(head, 'link.py'))?.text).toBe('x = 1\n');
    await expect(repo.readFile(head, 'escape.py')).rejects.toMatchObject({ file: 'escape.py', message: expect.stringMatching(/outside the repository/) });
    repo.close();
  });

  it('names a missing revision and says how to fetch it', async () => {
    const fixture = track(new GitFixture());
    fixture.write({ a: 'a' }).commit('one');
    const repo = await GitRepository.open(fixture.dir);
    const error = await repo.resolveRevision('no-such-branch').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain("revision 'no-such-branch' is not in this clone");
    expect((error as InputError).hint).toContain('git fetch');
    repo.close();
  });

  it('fetches a missing base commit into a depth-1 clone, with depth 1', async () => {
    const { repo: origin, base } = repoWithRevisions({ 'a.py': 'x = 1\n' }, { 'a.py': 'x = 2\n' });
    track(origin);
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const clone = track(shallowClone(origin));
    const repo = await GitRepository.open(clone.dir);
    expect(await repo.hasCommit(base)).toBe(false);
    await repo.ensureCommit(base);
    expect((await repo.readFile(base, 'a.py'))?.text).toBe('x = 1\n');
    // Depth 1: the fetched base is itself a shallow boundary, no history came with it.
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    expect(readFileSync(`${clone.dir}/.git/shallow`, 'utf8')).toContain(base);
    repo.close();
  });

  it('fails clearly when a missing commit cannot be fetched', async () => {
    const fixture = track(new GitFixture());
    fixture.write({ a: 'a' }).commit('one');
    const repo = await GitRepository.open(fixture.dir);
    await expect(repo.ensureCommit('0123456789abcdef0123456789abcdef01234567')).rejects.toMatchObject({
      name: 'InputError',
      hint: expect.stringContaining('fetch-depth: 0'),
    });
    repo.close();
  });

  it('lists tags peeled to commits', async () => {
    const fixture = track(new GitFixture());
    fixture.write({ a: '1' });
    const first = fixture.commit('one');
    fixture.tag('1.0.0').tag('v1.0', true);
    const repo = await GitRepository.open(fixture.dir);
    const tags = await repo.tags();
    expect(tags).toEqual(expect.arrayContaining([{ name: '1.0.0', commit: first }, { name: 'v1.0', commit: first }]));
    repo.close();
  });
});

describe('openRemote', () => {
  it('opens a local repository at a ref and fetches a file:// URL shallowly', async () => {
    const { repo: peer, head } = repoWithRevisions({ 'src/visit.py': 'a = 1\n' }, { 'src/visit.py': 'a = 2\n' });
    track(peer);
    const local = await openRemote({ repository: peer.dir, ref: 'main' });
    expect(local.commit).toBe(head);
    await local.dispose();
    const fetched = await openRemote({ repository: `file://${peer.dir}`, ref: 'main' });
    expect(fetched.commit).toBe(head);
    expect((await fetched.repository.readFile(fetched.commit, 'src/visit.py'))?.text).toBe('a = 2\n');
    await fetched.dispose();
  });

  it('reports a repository that cannot be fetched as an input error', async () => {
    const error = await openRemote({ repository: 'file:///nonexistent/repo.git', ref: 'main' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('cannot fetch file:///nonexistent/repo.git');
  });
});
