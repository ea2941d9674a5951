/**
 * A pull request cannot make a check burn the runner through what it configures or commits:
 * its regular expressions run on a linear-time engine, an oversized file is refused from
 * git's object header before its bytes are held, and a configuration that is not a regular
 * file (a FIFO would block forever, a device never ends, a link may lead out of the
 * repository) is refused unread by every check. Bounds are limits in the code; nothing here
 * is timed — a regression would hang or exhaust memory, and jest's timeout would say so.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../../src/config/load.js';
import { CatFileBatch } from '../../../src/git/cat-file-batch.js';
import { MAX_FILE_BYTES } from '../../../src/git/repository.js';
import { fileVersion } from '../../../src/schema/semver.js';
import { PROJECT_ROOT } from '../../support/action-harness.js';
import { GitFixture } from '../../support/git-fixture.js';

const CLI = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const CONFIG_FILE = '.github/lockstep.yml';
const STACK_TRACE = /\n\s+at .+[(:]\d+/;

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-bounded-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  // The timeout only stops a hang from blocking the suite (a null status then fails the test); nothing asserts on time.
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '', ...env }, timeout: 50_000 });
}

describe('user regular expressions (versioning.file.pattern)', () => {
  it('^(a|aa)+$ on a long line finishes (exponential on a backtracking engine)', () => {
    const text = `version = "1.0.0"\n${'a'.repeat(100_000)}!\n`;
    expect(fileVersion(text, '^(a|aa)+$')).toBeUndefined();
    expect(fileVersion(text, '^version = "(.+)"$')).toBe('1.0.0');
  });

  it('a pattern RE2 cannot run (a backreference) is refused at load with its key and line', () => {
    const config = `versioning:\n  source: file\n  file:\n    path: pyproject.toml\n    pattern: '(a)\\1'\n`;
    expect(() => parseConfig(config, CONFIG_FILE)).toThrow(/versioning\.file\.pattern: expected a regular expression in RE2 syntax/);
    try {
      parseConfig(config, CONFIG_FILE);
    } catch (error) {
      expect(error).toMatchObject({ file: CONFIG_FILE, line: 5 });
    }
  });

  it('through the bundled CLI: the pattern runs on a hostile version file and the check ends', () => {
    const repo = new GitFixture(mkdtempSync(path.join(work, 'regex-')));
    repo.git('init', '--quiet', '--initial-branch=main');
    repo.git('config', 'user.email', 'test@lockstep.invalid');
    repo.git('config', 'user.name', 'Lockstep Test');
    const visit = 'from dataclasses import dataclass\n\n\n@dataclass\nclass Visit:\n    detector: int\n';
    repo.write({
      [CONFIG_FILE]: `messages:\n  - {name: visit, schema: "visit.py#Visit", role: consumer, decoder: strict}\nversioning:\n  source: file\n  file: {path: VERSION, pattern: '^(a|aa)+$'}\n`,
      'visit.py': visit,
      VERSION: `${'a'.repeat(50_000)}!\n`,
    });
    const base = repo.commit('base');
    repo.write({ 'visit.py': visit.replace('detector: int', 'detector: str') });
    const head = repo.commit('head');
    const result = cli(['schema-diff', '--repo', repo.dir, '--base', base, '--head', head], repo.dir);
    // A breaking change with no version found: fails (exit 1), and says so — it did not hang.
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 1 });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(STACK_TRACE);
  });
});

describe('file size from git\'s header, before the bytes are read', () => {
  const big = 40 * 1024 * 1024;
  let repo: GitFixture;
  beforeAll(() => {
    repo = new GitFixture(mkdtempSync(path.join(work, 'big-')));
    repo.git('init', '--quiet', '--initial-branch=main');
    repo.git('config', 'user.email', 'test@lockstep.invalid');
    repo.git('config', 'user.name', 'Lockstep Test');
  });

  it('cat-file answers an oversized blob with its size and no content, and the next object is read right', async () => {
    const bigBlob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: Buffer.alloc(big, 'x') }).toString().trim();
    const smallBlob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: 'small\n' }).toString().trim();
    const batch = new CatFileBatch(repo.dir, MAX_FILE_BYTES);
    try {
      const [oversized, small, again] = await batch.read([bigBlob, smallBlob, bigBlob]);
      expect(oversized).toMatchObject({ oid: bigBlob, size: big, oversized: true });
      expect(oversized!.content.length).toBe(0);
      expect(small!.content.toString()).toBe('small\n');
      expect(again).toMatchObject({ size: big, oversized: true });
    } finally {
      batch.close();
    }
  });

  it('env-diff: a 40 MB values file is exit 2 naming the file and the limit', () => {
    const chart = [
      'env:',
      '  chart:',
      '    path: charts/svc',
      '    workloads: {service: templates/job.yaml}',
      '    environments: applications/svc-*/values-*.yaml',
      '    image-tag: svc.image.tag',
      '',
    ].join('\n');
    repo.write({
      [CONFIG_FILE]: chart,
      'charts/svc/Chart.yaml': 'apiVersion: v2\nname: svc\nversion: 1.0.0\n',
      'charts/svc/values.yaml': 'image:\n  tag: ""\n',
      'charts/svc/templates/job.yaml': 'spec:\n  containers:\n  - name: svc\n    env:\n    - name: X\n      value: "1"\n',
      'applications/svc-dev/values-dev.yaml': 'svc:\n  image:\n    tag: 1.0.0\n',
    });
    const base = repo.commit('base');
    repo.write({ 'applications/svc-dev/values-dev.yaml': `svc:\n  image:\n    tag: 1.0.0\n${'# padding\n'.repeat(big / 10)}` });
    const head = repo.commit('head');
    const result = cli(['env-diff', '--repo', repo.dir, '--base', base, '--head', head], repo.dir);
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 2 });
    expect(result.stderr).toContain('applications/svc-dev/values-dev.yaml');
    expect(result.stderr).toMatch(/40\.0 MB .*files over 2 MB are refused/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('a configuration that is not a regular file is refused unread, by every check', () => {
  const CHECKS: { name: string; args: (repo: string) => string[]; env?: Record<string, string> }[] = [
    { name: 'schema-diff', args: (repo) => ['schema-diff', '--repo', repo, '--base', 'HEAD', '--head', 'HEAD'] },
    { name: 'env-diff', args: (repo) => ['env-diff', '--repo', repo, '--base', 'HEAD', '--head', 'HEAD'] },
    // The gate reads its configuration before it asks GitHub anything (nothing listens on port 9).
    { name: 'gate', args: () => ['gate', '--repository', 'lsst-dm/prompt_processing', '--pr', '1'], env: { GITHUB_TOKEN: 'x', GITHUB_API_URL: 'http://127.0.0.1:9' } },
  ];

  function repositoryWhoseConfig(make: (file: string) => void): string {
    const repo = new GitFixture(mkdtempSync(path.join(work, 'config-')));
    repo.git('init', '--quiet', '--initial-branch=main');
    repo.git('config', 'user.email', 'test@lockstep.invalid');
    repo.git('config', 'user.name', 'Lockstep Test');
    repo.write({ 'README.md': 'x\n' });
    repo.commit('base');
    repo.write({ '.github/.keep': '' });
    make(path.join(repo.dir, CONFIG_FILE));
    return repo.dir;
  }

  it.each(CHECKS)('$name: a FIFO as .github/lockstep.yml → exit 2, not a hang', (check) => {
    const dir = repositoryWhoseConfig((file) => execFileSync('mkfifo', [file]));
    const result = cli(check.args(dir), dir, check.env);
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 2 });
    expect(result.stderr).toContain(CONFIG_FILE);
    expect(result.stderr).toMatch(/FIFO/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it.each(CHECKS)('$name: a link to a file outside the repository → exit 2, the file not read', (check) => {
    const outside = path.join(work, `outside-${check.name}.yml`);
    writeFileSync(outside, 'env: {code: {service: ["*.py"]}}\n');
    const dir = repositoryWhoseConfig((file) => execFileSync('ln', ['-s', outside, file]));
    const result = cli(check.args(dir), dir, check.env);
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 2 });
    expect(result.stderr).toContain(CONFIG_FILE);
    expect(result.stderr).toMatch(/outside the repository/);
  });

  it.each(CHECKS)('$name: --config naming a device → exit 2, not an endless read', (check) => {
    const dir = repositoryWhoseConfig(() => undefined);
    const result = cli([...check.args(dir), '--config', '/dev/zero'], dir, check.env);
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 2 });
    expect(result.stderr).toMatch(/\/dev\/zero.*a device/);
  });
});
