/**
 * No value of .github/lockstep.yml (the pull request's head) runs a command. Each config key
 * that reaches git — and each that names a file — gets a value shaped like a git option that
 * runs a shell command (`--upload-pack=…`, which `git fetch` runs for file:// and local
 * remotes), and the bundled CLI runs on a real repository whose peer/counterpart really is
 * fetchable: the command would run if the value reached git. It must exit 2 naming the key
 * and its line, and the marker file the command writes must never appear.
 *
 * The second layer, the guard in front of every spawn (src/git/args.ts), is tested directly:
 * openRemote and runGit refuse the same values with the config check bypassed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../../src/errors.js';
import { assertSafeGitArgs, refProblem, repositoryProblem } from '../../../src/git/args.js';
import { openRemote } from '../../../src/git/remote.js';
import { runGit } from '../../../src/git/run-git.js';
import { PROJECT_ROOT } from '../../support/action-harness.js';
import { GitFixture } from '../../support/git-fixture.js';

const CLI = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const CONFIG_FILE = '.github/lockstep.yml';
const VISIT = 'python/shared/visit.py';
const VISIT_SOURCE = ['from dataclasses import dataclass', '', '', '@dataclass(frozen=True, kw_only=True)', 'class FannedOutVisit:', '    detector: int', ''].join('\n');

let work: string;
let peer: GitFixture;
let marker: string;

/** The two shapes of the attack: a plain option, and one that reads as scp-like `user@host:path`. */
function payloads(): [string, string] {
  return [`--upload-pack=touch ${marker};false`, `--upload-pack=x@y:;touch ${marker};`];
}

function payloadAt(index: number): string {
  const found = payloads()[index];
  if (found === undefined) throw new Error(`no payload ${index}`);
  return found;
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-config-to-process-'));
  marker = path.join(work, 'marker');
  peer = new GitFixture();
  peer.write({ [VISIT]: VISIT_SOURCE, 'python/app.py': 'import os\nX = os.environ["X"]\n', 'charts/svc/templates/job.yaml': 'env:\n- name: X\n  value: "1"\n' });
  peer.commit('peer');
});

afterAll(() => {
  peer.remove();
  rmSync(work, { recursive: true, force: true });
});

interface Planted {
  key: string;
  /** Which payloads: both for the keys that reach git, the first for those that name a file. */
  payloads: number[];
  command: 'schema-diff' | 'env-diff';
  /** The config with the payload in the key. */
  config(payload: string): string;
}

const quoted = (value: string) => JSON.stringify(value);

const message = (peerLines: string[] = [], schema = `${VISIT}#FannedOutVisit`) =>
  ['messages:', '  - name: next-visit', `    schema: ${quoted(schema)}`, '    role: consumer', '    decoder: strict', ...peerLines, ''].join('\n');

const counterpart = (repository: string, ref: string) =>
  ['env:', '  code:', '    service: ["python/**/*.py"]', '  counterpart:', `    repository: ${quoted(repository)}`, `    ref: ${quoted(ref)}`, ''].join('\n');

const chart = (fields: { path?: string; workload?: string; environments?: string }) =>
  [
    'env:',
    '  chart:',
    `    path: ${quoted(fields.path ?? 'charts/svc')}`,
    `    workloads: {service: ${quoted(fields.workload ?? 'templates/job.yaml')}}`,
    `    environments: ${quoted(fields.environments ?? 'applications/svc-*/values-*.yaml')}`,
    '',
  ].join('\n');

const PLANTED: Planted[] = [
  { key: 'messages[0].peer.ref', payloads: [0, 1], command: 'schema-diff', config: (p) => message(['    peer:', `      repository: ${quoted(`file://${peer.dir}`)}`, `      ref: ${quoted(p)}`, `      schema: ${VISIT}#FannedOutVisit`]) },
  { key: 'messages[0].peer.repository', payloads: [0, 1], command: 'schema-diff', config: (p) => message(['    peer:', `      repository: ${quoted(p)}`, '      ref: main', `      schema: ${VISIT}#FannedOutVisit`]) },
  { key: 'messages[0].schema', payloads: [0], command: 'schema-diff', config: (p) => message([], `${p}.py#FannedOutVisit`) },
  { key: 'env.counterpart.ref', payloads: [0, 1], command: 'env-diff', config: (p) => counterpart(`file://${peer.dir}`, p) },
  { key: 'env.counterpart.repository', payloads: [0, 1], command: 'env-diff', config: (p) => counterpart(p, 'main') },
  { key: 'env.code.service[0]', payloads: [0], command: 'env-diff', config: (p) => `env:\n  code:\n    service: [${quoted(p)}]\n` },
  { key: 'env.chart.path', payloads: [0], command: 'env-diff', config: (p) => chart({ path: p }) },
  { key: 'env.chart.workloads.service', payloads: [0], command: 'env-diff', config: (p) => chart({ workload: p }) },
  { key: 'env.chart.environments', payloads: [0], command: 'env-diff', config: (p) => chart({ environments: p }) },
  { key: 'versioning.changelog', payloads: [0], command: 'schema-diff', config: (p) => `${message()}versioning:\n  source: changelog\n  changelog: ${quoted(p)}\n` },
  { key: 'versioning.file.path', payloads: [0], command: 'schema-diff', config: (p) => `${message()}versioning:\n  source: file\n  file: {path: ${quoted(p)}, pattern: 'version = "(.+)"'}\n` },
];

/** A repository under check whose head changes the message and a read, so every check does real work. */
function repositoryWith(config: string): { dir: string; base: string; head: string } {
  const repo = new GitFixture(mkdtempSync(path.join(work, 'repo-')));
  repo.git('init', '--quiet', '--initial-branch=main');
  repo.git('config', 'user.email', 'test@lockstep.invalid');
  repo.git('config', 'user.name', 'Lockstep Test');
  repo.write({ [CONFIG_FILE]: config, [VISIT]: VISIT_SOURCE, 'python/app.py': 'import os\nX = os.environ["X"]\n' });
  const base = repo.commit('base');
  repo.write({ [VISIT]: VISIT_SOURCE.replace('    detector: int', '    detector: int\n    focusZ: float = 0.0'), 'python/app.py': 'import os\nX = os.environ["X"]\nY = os.environ["Y"]\n' });
  return { dir: repo.dir, base, head: repo.commit('head') };
}

describe.each(PLANTED)('$key holding a git option that runs a command', (planted) => {
  it.each(planted.payloads)(`${planted.command} CLI: exit 2 naming the key and line, nothing run (payload %i)`, (index) => {
    const payload = payloadAt(index);
    const config = planted.config(payload);
    const scenario = repositoryWith(config);
    const result = spawnSync(process.execPath, [CLI, planted.command, '--repo', scenario.dir, '--base', scenario.base, '--head', scenario.head], {
      cwd: scenario.dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_TOKEN: '' },
    });
    expect(existsSync(marker)).toBe(false);
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 2 });
    const line = config.split('\n').findIndex((text) => text.includes(payload)) + 1;
    expect(result.stderr).toContain(`${CONFIG_FILE}:${line}`);
    expect(result.stderr).toContain(planted.key);
    expect(result.stderr).toMatch(/expected/);
    expect(result.stderr).not.toMatch(/\n\s+at .+[(:]\d+/);
  });
});

describe('the guard in front of every git process (config check bypassed)', () => {
  it.each([0, 1])('openRemote refuses an option-shaped ref or repository before git runs (payload %i)', async (index) => {
    const payload = payloadAt(index);
    for (const source of [
      { repository: `file://${peer.dir}`, ref: payload },
      { repository: payload, ref: 'main' },
      { repository: peer.dir, ref: payload },
    ]) {
      const error = await openRemote(source).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(/refused before running git/);
    }
    expect(existsSync(marker)).toBe(false);
  });

  it('a fetch of a valid ref still works (the guard does not stop real use)', async () => {
    const opened = await openRemote({ repository: `file://${peer.dir}`, ref: 'main' });
    expect(opened.commit).toBe(peer.git('rev-parse', 'HEAD'));
    await opened.dispose();
  });

  it('runGit refuses an option it does not write, wherever it comes in the argument list', async () => {
    for (const args of [
      ['fetch', '--quiet', `file://${peer.dir}`, payloads()[0]],
      ['ls-remote', payloads()[1]],
      ['-c', `core.sshCommand=touch ${marker}`, 'status'],
    ]) {
      await expect(runGit(args, { cwd: work })).rejects.toThrow(/reads as an option Lockstep does not use/);
    }
    expect(existsSync(marker)).toBe(false);
    // After --end-of-options everything is an operand: git itself refuses it as a ref.
    await expect(runGit(['fetch', '--quiet', '--end-of-options', `file://${peer.dir}`, payloads()[0]], { cwd: peer.dir })).rejects.toThrow();
    expect(existsSync(marker)).toBe(false);
    expect(() => assertSafeGitArgs(['tag', `--merged=${'a'.repeat(40)}`, '--end-of-options', '--x'])).not.toThrow();
  });

  it('ref names follow git check-ref-format (the oracle), and nothing starting with "-" passes', () => {
    const candidates = [
      'main', 'v1.0.0', 'refs/pull/12/head', 'tickets/DM-1', 'a/b/c', 'feature..x', 'a.lock', 'a/.hidden', '.a', 'a.', 'a//b', '/a', 'a/',
      'a b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', 'a@{1}', '@', 'a@b', 'HEAD', 'ümlaut', 'x\ty', '1.2.3-rc.1', 'refs/tags/v2',
    ];
    for (const ref of candidates) {
      const git = spawnSync('git', ['check-ref-format', '--allow-onelevel', ref]).status === 0;
      expect({ ref, valid: refProblem(ref) === undefined }).toEqual({ ref, valid: git });
    }
    for (const ref of ['-b', '--upload-pack=x', '-']) expect(refProblem(ref)).toMatch(/starts with "-"/);
    expect(refProblem('a'.repeat(40))).toBeUndefined();
  });

  it('repositories are owner/name, https:// or file:// URLs, or local paths — never an option or another transport', () => {
    for (const ok of ['lsst/afw', 'lsst-dm/next_visit_fan_out', 'https://github.com/lsst/afw.git', `file://${peer.dir}`, peer.dir, '../phalanx']) {
      expect({ ok, problem: repositoryProblem(ok) }).toEqual({ ok, problem: undefined });
    }
    for (const bad of ['--upload-pack=x', '-x', 'ext::sh -c touch% /tmp/x', 'fd::17', 'git@github.com:lsst/afw', 'ssh://host/x', 'https://user:pw@github.com/a/b', 'a\nb']) {
      expect({ bad, problem: repositoryProblem(bad) }).toEqual({ bad, problem: expect.any(String) });
    }
  });
});

describe('the token given to git', () => {
  it('reaches git through its environment (GIT_CONFIG_*), never its argument list; the job\'s tokens are not passed on', async () => {
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const bin = mkdtempSync(path.join(work, 'bin-'));
    const log = path.join(bin, 'log');
    // A git that records what it was given (argv, environment, the config git itself sees), then runs the real one.
    writeFileSync(
      path.join(bin, 'git'),
      `#!/bin/sh\nprintf 'ARGV %s\\n' "$*" >> ${log}\nenv | sed 's/^/ENV /' >> ${log}\n${realGit} config --get-all http.extraheader | sed 's/^/SEES /' >> ${log}\nexec ${realGit} "$@"\n`,
    );
    chmodSync(path.join(bin, 'git'), 0o755);
    const saved = { PATH: process.env.PATH, GITHUB_TOKEN: process.env.GITHUB_TOKEN };
    process.env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;
    process.env.GITHUB_TOKEN = 'job-token-must-not-reach-git';
    try {
      // Nothing listens on port 9: the fetch fails at once, after git was started with the token.
      await expect(openRemote({ repository: 'https://127.0.0.1:9/lsst/afw.git', ref: 'main', token: 'pr-scoped-token' })).rejects.toThrow(InputError);
    } finally {
      Object.assign(process.env, saved);
    }
    const recorded = readFileSync(log, 'utf8');
    const basic = Buffer.from('x-access-token:pr-scoped-token').toString('base64');
    const fetchArgv = recorded.split('\n').filter((line) => line.startsWith('ARGV fetch'));
    expect(fetchArgv).toHaveLength(1);
    expect(recorded.split('\n').filter((line) => line.startsWith('ARGV')).join('\n')).not.toContain(basic);
    expect(recorded).toContain(`SEES AUTHORIZATION: basic ${basic}`);
    expect(recorded).toMatch(/^ENV GIT_CONFIG_KEY_\d+=http\.extraheader$/m);
    expect(recorded).not.toContain('job-token-must-not-reach-git');
  });
});

// Sanity: the marker path is writable, so an absent marker means "not run", not "could not be written".
it('the marker could be written if a command ran', () => {
  execFileSync('sh', ['-c', `touch ${JSON.stringify(`${marker}.probe`)}`]);
  expect(existsSync(`${marker}.probe`)).toBe(true);
});
