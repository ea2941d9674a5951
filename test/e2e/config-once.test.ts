/**
 * The configuration is loaded once per run, where its guards are (issue 11): the root action
 * reads .github/lockstep.yml once and hands it to every check, and a configuration that is a
 * link out of the repository is refused by every check — the root action, env-diff (see
 * bad-input.test.ts), and the gate's action and CLI — before anything else is read or asked.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture } from '../support/git-fixture.js';

const CONFIG_FILE = '.github/lockstep.yml';
const CONFIG = 'messages:\n  - name: a\n    schema: a.py#A\n    role: consumer\n    decoder: strict\nenv:\n  code: {service: ["*.py"]}\n';
const MODEL = 'import os\nfrom dataclasses import dataclass\n\nLEVEL = os.environ["LEVEL"]\n\n\n@dataclass\nclass A:\n    x: int\n';
const GATE = 'gate:\n  upstream: ["lsst/*"]\n  registry: https://registry.invalid\n  image: lsst/scipipe\n  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"\n  base-workflow: {file: build-base.yml, ref: main}\n  test-workflow: {file: build-service.yml}\n';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function folder(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function repository(): GitFixture {
  const repo = new GitFixture();
  cleanups.push(() => repo.remove());
  return repo;
}

/** A repository whose .github/lockstep.yml links to a file outside it holding `text`. */
function linkedConfig(text: string): { repo: GitFixture; sha: string } {
  const outside = path.join(folder('lockstep-outside-'), 'lockstep.yml');
  writeFileSync(outside, text);
  const repo = repository();
  repo.write({ 'a.py': MODEL }).symlink(CONFIG_FILE, outside);
  return { repo, sha: repo.commit('config is a link') };
}

const REFUSED = /the configuration is a symbolic link to a file outside the repository; it was not read/;

describe('the root action loads the configuration once', () => {
  it('schema-diff and env-diff both run on the one read of .github/lockstep.yml', async () => {
    const repo = repository();
    repo.write({ [CONFIG_FILE]: CONFIG, 'a.py': MODEL });
    const base = repo.commit('base');
    repo.write({ 'a.py': MODEL.replace('    x: int\n', '    x: int\n    y: int = 0\n') });
    const head = repo.commit('head');
    const count = path.join(folder('lockstep-count-'), 'reads');
    const run = await runBundledAction('lockstep', {
      workspace: repo.dir,
      event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }),
      env: { NODE_OPTIONS: `--import ${pathToFileURL(path.join(PROJECT_ROOT, 'test/support/count-reads.mjs')).href}`, LOCKSTEP_TEST_COUNT_READS: path.join(repo.dir, CONFIG_FILE), LOCKSTEP_TEST_COUNT_OUT: count },
    });
    expect(run.outputs.checks).toBe('schema-diff,env-diff');
    // Both checks ran to a verdict (schema-diff asks for a minor bump: no version is declared).
    expect({ exitCode: run.exitCode, failure: run.failure }).toEqual({ exitCode: 1, failure: expect.stringMatching(/^schema-diff: /) });
    expect([run.outputs['schema-diff-verdict'], run.outputs['env-diff-verdict']]).toEqual(['fail', 'pass']);
    expect(readFileSync(count, 'utf8')).toBe('1');
  });
});

describe('a configuration linking out of the repository is refused by every check', () => {
  it('the root action: exit 2 with an annotation on the file, no check run', async () => {
    const { repo, sha } = linkedConfig(CONFIG);
    const run = await runBundledAction('lockstep', { workspace: repo.dir, event: pullRequestEvent({ base: { sha }, head: { sha } }) });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.find((a) => a.level === 'error' && a.file === CONFIG_FILE)?.message).toMatch(REFUSED);
  });

  it('the pipelines-gate action: exit 2 before any request (no token needed to say so)', async () => {
    const { repo, sha } = linkedConfig(GATE);
    const run = await runBundledAction('pipelines-gate', { workspace: repo.dir, event: pullRequestEvent({ base: { sha }, head: { sha } }) });
    expect(run.exitCode).toBe(2);
    const annotation = run.annotations.find((a) => a.level === 'error' && /input error/.test(a.title ?? ''));
    expect(annotation).toMatchObject({ file: CONFIG_FILE });
    expect(annotation?.message).toMatch(REFUSED);
  });

  it('lockstep gate: exit 2 for the default configuration that links out of the current folder', () => {
    const { repo } = linkedConfig(GATE);
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli/index.js'), 'gate', '--repository', 'lsst-dm/prompt_processing', '--sweep'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'not-used', GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(CONFIG_FILE);
    expect(result.stderr).toMatch(REFUSED);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
