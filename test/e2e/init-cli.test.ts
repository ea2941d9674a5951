/** `lockstep init` from the bundled CLI on the real Prompt Processing and Phalanx history: what it writes, what it says it could not decide. */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config/load.js';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { GitFixture } from '../support/git-fixture.js';
import { cloneHistory, describeWithHistory } from '../support/history.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');

function lockstep(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' }, timeout: 120_000 });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

describeWithHistory(['pp', 'phalanx'], 'lockstep init (bundled CLI, real history)', () => {
  let pp: GitFixture;
  let phalanx: GitFixture;
  beforeAll(() => {
    pp = cloneHistory('pp');
    phalanx = cloneHistory('phalanx');
  }, 120_000);
  afterAll(() => {
    pp?.remove();
    phalanx?.remove();
  });

  it('on Prompt Processing: the visit dataclasses and the writer event as messages, the env-reading folders as code, and what it could not decide', () => {
    const result = lockstep(pp.dir, 'init');
    expect(result.status).toBe(0);
    const written = readFileSync(path.join(pp.dir, '.github/lockstep.yml'), 'utf8');
    const config = parseConfig(written, '.github/lockstep.yml');
    expect(config.messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ schema: 'python/shared/visit.py#FannedOutVisit', role: 'both', decoder: 'strict' }),
        expect.objectContaining({ schema: 'python/activator/kafka_butler_writer.py#PromptProcessingOutputEvent', decoder: 'pydantic' }),
      ]),
    );
    expect(config.versioning?.source).toBe('tags');
    const env = Array.isArray(config.env) ? undefined : config.env;
    expect(env?.code?.service).toEqual(expect.arrayContaining(['python/activator/**/*.py', 'python/initializer/**/*.py', 'python/shared/**/*.py']));
    expect(result.stdout).toContain('Not decided');
    expect(result.stdout).toMatch(/role: both for every message/);
    expect(result.stdout).toMatch(/python\/tester\/utils\.py#Instrument/);
    // The written configuration runs: schema-diff reads the classes it names.
    const check = lockstep(pp.dir, 'schema-diff', '--base', 'HEAD~1', '--head', 'HEAD', '--config', '.github/lockstep.yml', '--format', 'json');
    expect([0, 1]).toContain(check.status);
    expect(JSON.parse(check.stdout).messages.map((m: { name: string }) => m.name)).toContain('FannedOutVisit');
  }, 240_000);

  it('never overwrites an existing file without --force', () => {
    const file = path.join(pp.dir, '.github/lockstep.yml');
    writeFileSync(file, '# mine\n');
    const refused = lockstep(pp.dir, 'init');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/\.github\/lockstep\.yml already exists; it was not changed/);
    expect(refused.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('# mine\n');
    expect(lockstep(pp.dir, 'init', '--force').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('FannedOutVisit');
  }, 240_000);

  it('on Phalanx: asks which chart among many, and describes charts/prompt-keda when named', () => {
    const many = lockstep(phalanx.dir, 'init');
    expect(many.status).toBe(0);
    expect(many.stdout).toMatch(/\d+ Helm charts found .*run again with --chart PATH/);
    const chosen = lockstep(phalanx.dir, 'init', '--force', '--chart', 'charts/prompt-keda');
    expect(chosen.status).toBe(0);
    const config = parseConfig(readFileSync(path.join(phalanx.dir, '.github/lockstep.yml'), 'utf8'), '.github/lockstep.yml');
    const env = Array.isArray(config.env) ? undefined : config.env;
    expect(env?.chart).toEqual({
      path: 'charts/prompt-keda',
      workloads: { 'service-init': 'templates/_service-init.tpl', 'scaled-job': 'templates/scaled-job.yaml' },
      environments: 'applications/prompt-keda*/values-*.yaml',
      'image-tag': 'prompt-keda.image.tag',
    });
    expect(chosen.stdout).toMatch(/Workloads are named after their templates/);
    const unknown = lockstep(phalanx.dir, 'init', '--force', '--chart', 'charts/nope');
    expect(unknown.stdout).toMatch(/--chart charts\/nope: no Chart\.yaml there/);
  }, 240_000);
});

describe('lockstep init never writes through a symbolic link (bundled CLI)', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  function setUp() {
    const repo = new GitFixture();
    repo.write({ 'python/shared/visit.py': 'from dataclasses import dataclass\n\n\n@dataclass\nclass Visit:\n    a: int\n' }).commit('base');
    const outside = mkdtempSync(path.join(os.tmpdir(), 'lockstep-victim-'));
    made.push(repo.dir, outside);
    return { repo, outside };
  }

  it('a config file that is a link to a file outside: kept without --force; with --force the link is replaced, the outside file never written', () => {
    const { repo, outside } = setUp();
    mkdirSync(path.join(repo.dir, '.github'), { recursive: true });
    symlinkSync(path.join(outside, 'owned.txt'), path.join(repo.dir, '.github/lockstep.yml'));
    expect(lockstep(repo.dir, 'init').status).toBe(2);
    expect(existsSync(path.join(outside, 'owned.txt'))).toBe(false);
    expect(lockstep(repo.dir, 'init', '--force').status).toBe(0);
    expect(existsSync(path.join(outside, 'owned.txt'))).toBe(false);
    expect(lstatSync(path.join(repo.dir, '.github/lockstep.yml')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(repo.dir, '.github/lockstep.yml'), 'utf8')).toContain('Visit');
  });

  it('a .github that is a link to a folder outside: exit 2, nothing written there', () => {
    const { repo, outside } = setUp();
    symlinkSync(outside, path.join(repo.dir, '.github'));
    const result = lockstep(repo.dir, 'init');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/\.github is a symbolic link or lies outside the repository; nothing was written/);
    expect(existsSync(path.join(outside, 'lockstep.yml'))).toBe(false);
  });
});
