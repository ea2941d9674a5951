/**
 * Issue 14 through the bundled CLI on the real history (../shared/history): what a contributor
 * reads for the Prompt Processing and Phalanx cases the issue names. Skipped, saying so, when
 * the history bundles are not on this machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import type { GitFixture } from '../support/git-fixture.js';
import { cloneHistory, describeWithHistory } from '../support/history.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');

function lockstep(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' }, timeout: 240_000 });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

const CHART = `    path: charts/prompt-keda
    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}
    environments: applications/prompt-keda-*/values-*.yaml
    image-tag: prompt-keda.image.tag`;
const CODE = `      service: ["python/activator/**/*.py", "python/shared/**/*.py", "config/*.py"]
      initializer: ["python/initializer/**/*.py", "python/shared/**/*.py"]`;
const EXTRA = `  extra-reads:
    service: [SATTLE_URI_BASE, LSST_RESOURCES_NUM_WORKERS]
    initializer: [SATTLE_URI_BASE, LSST_RESOURCES_NUM_WORKERS]`;

/** The README's Prompt Processing config, Phalanx (a local clone) at `ref` as counterpart. */
const ppConfig = (phalanx: string, ref: string) =>
  `env:\n  code:\n${CODE.replace(/^ {2}/gm, '')}\n  counterpart:\n    repository: ${JSON.stringify(phalanx)}\n    ref: ${ref}\n    chart:\n${CHART.replace(/^/gm, '  ')}\n${EXTRA}\n`;
/** The README's Phalanx config (no parity-exempt list), PP (a local clone) as counterpart. */
const phalanxConfig = (pp: string) =>
  `env:\n  chart:\n${CHART}\n  counterpart:\n    repository: ${JSON.stringify(pp)}\n    ref: main\n    code:\n${CODE}\n${EXTRA}\n  parity: [service, initializer]\n`;

describeWithHistory(['pp', 'phalanx', 'nvfo'], 'issue 14 on the real history, through the bundled CLI', () => {
  let pp: GitFixture;
  let phalanx: GitFixture;
  let configDir: string;
  const config = (name: string, text: string) => {
    const file = path.join(configDir, name);
    writeFileSync(file, text);
    return file;
  };
  beforeAll(() => {
    pp = cloneHistory('pp');
    phalanx = cloneHistory('phalanx');
    configDir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-issue14-'));
  }, 120_000);
  afterAll(() => {
    pp?.remove();
    phalanx?.remove();
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  });

  /** PP 1f96d5f: CALIB_REPO → CENTRAL_REPO (a rename in the initializer; the service drops one and requires the other). */
  const renameRun = (phalanxRef: string, name: string) => {
    const file = config(name, ppConfig(phalanx.dir, phalanxRef));
    const json = lockstep(pp.dir, 'env-diff', '--base', '1f96d5f^', '--head', '1f96d5f', '--config', file, '--format', 'json');
    const text = lockstep(pp.dir, 'env-diff', '--base', '1f96d5f^', '--head', '1f96d5f', '--config', file);
    const markdown = lockstep(pp.dir, 'env-diff', '--base', '1f96d5f^', '--head', '1f96d5f', '--config', file, '--format', 'markdown');
    return { status: json.status, data: JSON.parse(json.stdout), text: text.stdout, markdown: markdown.stdout };
  };
  interface Guidance {
    name: string;
    order: string;
    environments: string[];
    message: string;
  }
  const guidanceFor = (data: { guidance: Guidance[] }, name: string) => data.guidance.find((g) => g.name === name)!;

  it('item 2: against a Phalanx that already sets CENTRAL_REPO (88a1ced25), the rename is safe, code first, with the chart lines as evidence', () => {
    const run = renameRun('88a1ced25aa2ae11e53b9dfdb354ce38f8c26f90', 'after-rename.yml');
    expect(run.status).toBe(0);
    expect(run.data.verdict).toBe('pass');
    const central = guidanceFor(run.data, 'CENTRAL_REPO');
    expect(central.order).toBe('safe');
    expect(central.environments).toEqual([]);
    expect(central.message).toMatch(/already sets CENTRAL_REPO in every environment \(charts\/prompt-keda\/templates\/_service-init\.tpl:\d+\): merge this code first/);
    expect(central.message).toMatch(/already sets it in every environment \(charts\/prompt-keda\/templates\/scaled-job\.yaml:\d+\)/);
    expect(guidanceFor(run.data, 'CALIB_REPO').order).toBe('code-first');
    expect(run.text).not.toMatch(/together/);
    expect(run.text).toContain('[env/renamed-config-ready]');
    expect(run.text).toContain('[env/code-adds-required-config-ready]');
    expect(run.text).not.toMatch(/warning: .*CENTRAL_REPO/);
  }, 300_000);

  it('items 2 and 3: against the Phalanx before it (88a1ced25^), together, and the Environments column is the list the finding names', () => {
    const run = renameRun(phalanx.git('rev-parse', '88a1ced25^'), 'before-rename.yml');
    expect(run.status).toBe(0);
    const central = guidanceFor(run.data, 'CENTRAL_REPO');
    expect(central.order).toBe('together');
    expect(central.environments).toHaveLength(7);
    expect(central.environments).toContain('prompt-keda-lsstcam/usdfprod-prompt-processing');
    expect(central.message).toContain(`CENTRAL_REPO is not set in ${central.environments.join(', ')}`);
    // The table's row (the PR comment) and the finding name the same environments.
    const row = run.markdown.split('\n').find((line) => line.startsWith('| `CENTRAL_REPO` |'))!;
    expect(row.split(' | ')[3]).toBe(central.environments.join(', '));
    const finding = run.text.split('\n').find((line) => line.includes('[env/renamed]') && line.includes('Variable renamed: CENTRAL_REPO'))!;
    expect(finding).toContain(central.environments.join(', '));
  }, 300_000);

  it('item 5: Phalanx 9379e036e (`$cpus := 2` in scaled-job.yaml) reports the two new variables, not the template assignment', () => {
    const file = config('phalanx.yml', phalanxConfig(pp.dir));
    const run = lockstep(phalanx.dir, 'env-diff', '--base', '9379e036e^', '--head', '9379e036e', '--config', file);
    expect(run.stdout).toMatch(/`MKL_NUM_THREADS`\s+chart sets it: service/);
    expect(run.stdout).toMatch(/`OMP_NUM_THREADS`\s+chart sets it: service/);
    expect(run.stdout).not.toContain('$cpus :=');
    expect(run.stdout).not.toContain('env/dynamic-entries');
  }, 300_000);

  it('item 1: a patch downgrade with no variable differences (Phalanx 2265f44a2 reversed, 13.4.2 → 13.4.1) is listed and warned', () => {
    const file = config('phalanx.yml', phalanxConfig(pp.dir));
    const json = lockstep(phalanx.dir, 'env-diff', '--base', '2265f44a2', '--head', '2265f44a2^', '--config', file, '--format', 'json');
    expect(json.status).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.changes).toEqual([]);
    expect(data.deployed).toEqual([
      expect.objectContaining({ environment: 'prompt-keda-lsstcam/usdfprod-prompt-processing', before: '13.4.2', after: '13.4.1', move: 'downgrade' }),
    ]);
    const text = lockstep(phalanx.dir, 'env-diff', '--base', '2265f44a2', '--head', '2265f44a2^', '--config', file);
    expect(text.stdout).toMatch(/applications\/prompt-keda-lsstcam\/values-usdfprod-prompt-processing\.yaml:\d+: warning: .*13\.4\.2 down to 13\.4\.1.*\[env\/downgrade\]/);
    // It fails the check when warnings do.
    expect(lockstep(phalanx.dir, 'env-diff', '--base', '2265f44a2', '--head', '2265f44a2^', '--config', file, '--fail-on', 'warning').status).toBe(1);
  }, 300_000);

  it('item 4: a peer problem on PP against the real NVFO says the types on each side and who sends and who reads', () => {
    const nvfo = cloneHistory('nvfo');
    const work = cloneHistory('pp');
    try {
      const visit = path.join(work.dir, 'python/shared/visit.py');
      const text = work.git('show', 'HEAD:python/shared/visit.py');
      expect(text).toMatch(/^ {4}nimages: int /m);
      writeFileSync(visit, text.replace(/^ {4}nimages: int /m, '    nimages: float') + '\n');
      work.git('-c', 'user.email=test@lockstep.invalid', '-c', 'user.name=Lockstep Test', 'commit', '--quiet', '-am', 'nimages as float');
      const file = config(
        'pp-schema.yml',
        `messages:\n  - name: next-visit\n    schema: python/shared/visit.py#FannedOutVisit\n    role: consumer\n    decoder: strict\n    peer:\n      repository: ${JSON.stringify(nvfo.dir)}\n      ref: main\n      schema: src/shared/visit.py#NextVisitModelKeda\n      extra-fields: {detector: int}\n      wire-types: {position: str}\nversioning:\n  source: tags\n`,
      );
      const run = lockstep(work.dir, 'schema-diff', '--base', 'HEAD^', '--head', 'HEAD', '--config', file, '--format', 'json');
      expect(run.status).toBe(1);
      const peer = JSON.parse(run.stdout).peers[0];
      expect(peer.compatible).toBe(false);
      expect(peer.problems).toEqual([expect.objectContaining({ field: 'nimages', why: expect.stringMatching(/`nimages` is `float` here and `int` on the peer .*\(the peer sends, this repository reads\)/) })]);
    } finally {
      nvfo.remove();
      work.remove();
    }
  }, 300_000);

  it('item 6: on the real clones, a wrong counterpart ref and a missing revision say what to fix, with exit 2 and no stack trace', () => {
    const badRef = lockstep(pp.dir, 'env-diff', '--base', '1f96d5f^', '--head', '1f96d5f', '--config', config('bad-ref.yml', ppConfig(phalanx.dir, 'no-such-branch')));
    expect(badRef.status).toBe(2);
    expect(badRef.stderr).toMatch(/ref 'no-such-branch' not found/);
    expect(badRef.stderr).toMatch(/env\.counterpart|configuration/);
    const missing = lockstep(pp.dir, 'env-diff', '--base', 'no-such-revision', '--head', '1f96d5f', '--config', config('good.yml', ppConfig(phalanx.dir, 'main')));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/revision 'no-such-revision' is not in this clone/);
    expect(missing.stderr).toMatch(/git fetch/);
    const nowhere = lockstep(pp.dir, 'env-diff', '--repo', path.join(configDir, 'no-such-folder'), '--base', '1f96d5f^', '--head', '1f96d5f');
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toMatch(/the folder does not exist/);
    expect(nowhere.stderr).not.toMatch(/ENOENT/);
  }, 300_000);
});
