/** `lockstep env-diff` from the bundled CLI: JSON contract, exit codes, bad input without stack traces. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { GitFixture } from '../support/git-fixture.js';
import { makeServiceRepository, PP_INITIALIZER, serviceFiles } from '../fixtures/env/prompt-processing.js';
import { INIT_ENTRIES, initEntry, phalanxFiles, SERVICE_ENTRIES, serviceEntry } from '../fixtures/env/phalanx.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const cleanup: GitFixture[] = [];
let service: GitFixture;
beforeAll(() => {
  service = makeServiceRepository();
  cleanup.push(service);
});
afterAll(() => cleanup.forEach((repo) => repo.remove()));

function run(repo: GitFixture, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'env-diff', '--repo', repo.dir, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

function deployment(head: Parameters<GitFixture['write']>[0]) {
  const repo = new GitFixture();
  cleanup.push(repo);
  repo.write(phalanxFiles(service.dir));
  const base = repo.commit('base');
  repo.write(head);
  return { repo, base, head: repo.commit('head') };
}

describe('lockstep env-diff (bundled CLI)', () => {
  it('exits 1 with the JSON contract when a removal is blocked', () => {
    const { repo, base, head } = deployment(phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
    const result = run(repo, '--base', base, '--head', head, '--format', 'json');
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.verdict).toBe('fail');
    expect(json.guidance[0]).toMatchObject({ name: 'LEGACY_BUCKET', order: 'blocked', environments: ['prompt-keda-lsstcam/usdfprod'] });
  });

  it('a read in PP\'s `try: … except Exception:` that logs and returns 1 is required: dropping it from the chart is blocked', () => {
    const pp = makeServiceRepository('../phalanx', { 'python/initializer/write_init_outputs.py': PP_INITIALIZER });
    cleanup.push(pp);
    const repo = new GitFixture();
    cleanup.push(repo);
    repo.write(phalanxFiles(pp.dir, { initExtra: initEntry('CENTRAL_REPO', '{{ .Values.centralRepo }}') }));
    const base = repo.commit('base');
    repo.write(phalanxFiles(pp.dir, { initEntries: INIT_ENTRIES.replace(initEntry('CONFIG_APDB', '{{ .Values.apdb.config }}'), '') }));
    const head = repo.commit('head: drop CENTRAL_REPO and CONFIG_APDB from the initializer');
    const result = run(repo, '--base', base, '--head', head, '--format', 'json');
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    const everywhere = ['prompt-keda-latiss/usdfprod', 'prompt-keda-lsstcam/usdfdev', 'prompt-keda-lsstcam/usdfprod'];
    expect(json.guidance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'CENTRAL_REPO', order: 'blocked', environments: everywhere, message: expect.stringContaining('python/initializer/write_init_outputs.py:10') }),
        expect.objectContaining({ name: 'CONFIG_APDB', order: 'blocked', environments: everywhere, message: expect.stringContaining('python/initializer/write_init_outputs.py:12') }),
      ]),
    );
  });

  it('exits 0 and prints the order table as text when all is safe', () => {
    const { repo, base, head } = deployment(phalanxFiles(service.dir, { serviceExtra: serviceEntry('NEW', 'x'), initExtra: '        - name: NEW\n          value: x\n' }));
    const result = run(repo, '--base', base, '--head', head);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('lockstep env-diff: PASS');
    expect(result.stdout).toMatch(/`NEW`\s+chart sets it: service, initializer\s+safe — any order/);
  });

  it('reads a config given with --config, relative to the current folder', () => {
    const repo = new GitFixture();
    cleanup.push(repo);
    repo.write({ ...serviceFiles(3, '/nonexistent'), 'ci/lockstep.yml': 'env:\n  code:\n    service: ["python/activator/**/*.py"]\n' });
    const base = repo.commit('base');
    repo.write({ 'python/activator/extra.py': 'import os\nx = os.environ.get("EXTRA", "1")\n' });
    const head = repo.commit('head');
    const result = spawnSync(process.execPath, [cli, 'env-diff', '--base', base, '--head', head, '--config', 'ci/lockstep.yml', '--format', 'json'], { cwd: repo.dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).guidance).toEqual([expect.objectContaining({ name: 'EXTRA', order: 'safe' })]);
  });

  it('exits 2 naming the file and line of a malformed template, without a stack trace', () => {
    const { repo, base, head } = deployment({ 'charts/prompt-keda/templates/_helpers.tpl': '{{- define "prompt-keda.s3-env" -}}\n{{- if .Values.a }}\n- name: A\n{{- end }}\n' });
    const result = run(repo, '--base', base, '--head', head);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('charts/prompt-keda/templates/_helpers.tpl:1');
  });

  it('exits 2 when --base is missing', () => {
    const result = run(service, '--head', 'HEAD');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--base is required');
  });
});
