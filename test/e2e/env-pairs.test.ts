/**
 * One configuration for a deployment repository with several services (issue 10 item 9), through
 * the bundled CLI and the bundled action: a Phalanx-like repository lists the prompt-keda chart
 * (PP-like counterpart) and an NVFO-like chart as named env pairs; a PR that touches both passes
 * one pair and fails the other, and every report says which pair each finding belongs to.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { output, PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, shallowClone, type FileTree } from '../support/git-fixture.js';
import { makeServiceRepository, serviceFiles } from '../fixtures/env/prompt-processing.js';
import { serviceEntry } from '../fixtures/env/phalanx.js';
import { makeNvfoRepository, multiServiceFiles, NVFO_ENTRIES, nvfoEntry, pairsConfig } from '../fixtures/env/multi-service.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const cleanup: GitFixture[] = [];
let pp: GitFixture;
let nvfo: GitFixture;
beforeAll(() => {
  pp = makeServiceRepository();
  nvfo = makeNvfoRepository();
  cleanup.push(pp, nvfo);
});
afterAll(() => cleanup.forEach((repo) => repo.remove()));

function run(repo: GitFixture, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'env-diff', '--repo', repo.dir, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

/** The PR: prompt-keda gains NEW in both workloads (safe), NVFO's chart drops SASQUATCH_URL, which NVFO 1.0.0 in usdfprod requires. */
const PR_HEAD = () =>
  multiServiceFiles(pp.dir, nvfo.dir, {
    promptKeda: { serviceExtra: serviceEntry('NEW', 'x'), initExtra: '        - name: NEW\n          value: x\n' },
    nvfoEntries: NVFO_ENTRIES.replace(nvfoEntry('SASQUATCH_URL', '{{ .Values.sasquatch.url }}'), ''),
  });

function deployment(head: FileTree, base: FileTree = multiServiceFiles(pp.dir, nvfo.dir)) {
  const repo = new GitFixture();
  cleanup.push(repo);
  repo.write(base);
  const baseSha = repo.commit('base');
  repo.write(head);
  return { repo, base: baseSha, head: repo.commit('head') };
}

const PAIR_KEYS = ['name', 'verdict', 'changes', 'guidance', 'parity', 'deployed', 'environments'];

describe('lockstep env-diff with named pairs (bundled CLI)', () => {
  let pr: ReturnType<typeof deployment>;
  beforeAll(() => {
    pr = deployment(PR_HEAD());
  });

  it('checks every pair: the verdict is the worst pair\'s, the JSON lists each pair with the single-pair fields', () => {
    const result = run(pr.repo, '--base', pr.base, '--head', pr.head, '--format', 'json');
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['verdict', 'pairs']);
    expect(json.verdict).toBe('fail');
    expect(json.pairs.map((pair: { name: string; verdict: string }) => [pair.name, pair.verdict])).toEqual([
      ['prompt-keda', 'pass'],
      ['next-visit-fan-out', 'fail'],
    ]);
    for (const pair of json.pairs) expect(Object.keys(pair)).toEqual(PAIR_KEYS);
    const [promptKeda, fanOut] = json.pairs;
    expect(promptKeda.guidance).toEqual([expect.objectContaining({ name: 'NEW', order: 'safe' })]);
    expect(fanOut.guidance).toEqual([
      expect.objectContaining({ name: 'SASQUATCH_URL', order: 'blocked', environments: ['usdfprod'], message: expect.stringContaining('src/nextvisit/config.py:5') }),
    ]);
    expect(fanOut.changes).toEqual([expect.objectContaining({ side: 'chart', kind: 'set-removed', name: 'SASQUATCH_URL', file: 'applications/next-visit-fan-out/templates/deployment.yaml' })]);
    // Each pair reads its own counterpart: prompt-keda's deployed versions are PP's, NVFO's its own.
    expect(fanOut.deployed).toEqual([expect.objectContaining({ environment: 'usdfprod', after: '1.0.0', release: '1.0.0' })]);
    expect(promptKeda.deployed.every((row: { environment: string }) => row.environment.startsWith('prompt-keda-'))).toBe(true);
  });

  it('prints one section per pair, each with its verdict, and names the pair of every finding', () => {
    const result = run(pr.repo, '--base', pr.base, '--head', pr.head);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^lockstep env-diff: FAIL — next-visit-fan-out: blocked: SASQUATCH_URL still needed by usdfprod; prompt-keda: 1 variable changed, safe in any order\n/);
    const promptKeda = result.stdout.indexOf('prompt-keda: 1 variable changed, safe in any order — PASS');
    const fanOut = result.stdout.indexOf('next-visit-fan-out: blocked: SASQUATCH_URL still needed by usdfprod — FAIL');
    expect(promptKeda).toBeGreaterThan(0);
    expect(fanOut).toBeGreaterThan(promptKeda);
    // Each section holds its own pair's table.
    expect(result.stdout.slice(promptKeda, fanOut)).toMatch(/`NEW`/);
    expect(result.stdout.slice(promptKeda, fanOut)).not.toContain('SASQUATCH_URL');
    expect(result.stdout.slice(fanOut)).toMatch(/`SASQUATCH_URL`\s+chart stops setting it: service\s+❌ blocked/);
    expect(result.stdout).toMatch(/applications\/next-visit-fan-out\/templates\/deployment\.yaml:\d+: error: next-visit-fan-out: /);
  });

  it('renders the markdown summary (and PR comment) with a heading per pair and the pair\'s headings below it', () => {
    const result = run(pr.repo, '--base', pr.base, '--head', pr.head, '--format', 'markdown');
    expect(result.stdout).toMatch(/^## ❌ Lockstep env-diff: /);
    expect(result.stdout).toContain('### ✅ prompt-keda: 1 variable changed, safe in any order');
    expect(result.stdout).toContain('### ❌ next-visit-fan-out: blocked: SASQUATCH_URL still needed by usdfprod');
    expect(result.stdout.match(/^#### Variables$/gm)).toHaveLength(2);
  });

  it('puts the pair on every SARIF result (a property, the message, the fingerprint)', () => {
    const result = run(pr.repo, '--base', pr.base, '--head', pr.head, '--format', 'sarif');
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout);
    const results = log.runs[0].results as Array<{ level: string; message: { text: string }; properties?: { pair: string } }>;
    const blocked = results.filter((entry) => entry.level === 'error');
    expect(blocked.length).toBeGreaterThan(0);
    for (const entry of blocked) {
      expect(entry.properties).toEqual({ pair: 'next-visit-fan-out' });
      expect(entry.message.text).toMatch(/^next-visit-fan-out: .*SASQUATCH_URL/);
    }
    expect(results.every((entry) => entry.properties?.pair === 'prompt-keda' || entry.properties?.pair === 'next-visit-fan-out')).toBe(true);
    const schemaFile = process.env.LOCKSTEP_TEST_SARIF_SCHEMA;
    if (schemaFile && existsSync(schemaFile)) {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
      expect(validate(log) ? [] : validate.errors).toEqual([]);
    }
  });

  it('a pair that passes alone passes: both pairs clean exits 0', () => {
    const clean = deployment(multiServiceFiles(pp.dir, nvfo.dir, { nvfoEntries: NVFO_ENTRIES + nvfoEntry('EXTRA', 'x') }));
    const result = run(clean.repo, '--base', clean.base, '--head', clean.head, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).pairs.map((pair: { verdict: string }) => pair.verdict)).toEqual(['pass', 'pass']);
  });

  it('exits 2 naming the pair whose chart cannot be read', () => {
    const bad = deployment(multiServiceFiles(pp.dir, nvfo.dir, { nvfoTemplate: 'templates/deploy.yaml' }));
    const result = run(bad.repo, '--base', bad.base, '--head', bad.head);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('env pair "next-visit-fan-out": the service workload\'s template does not exist');
  });

  it('--pair NAME checks that pair alone (the list\'s JSON shape, one pair)', () => {
    const passing = run(pr.repo, '--base', pr.base, '--head', pr.head, '--pair', 'prompt-keda', '--format', 'json');
    expect(passing.status).toBe(0);
    const json = JSON.parse(passing.stdout);
    expect(json.verdict).toBe('pass');
    expect(json.pairs.map((pair: { name: string }) => pair.name)).toEqual(['prompt-keda']);
    const failing = run(pr.repo, '--base', pr.base, '--head', pr.head, '--pair', 'next-visit-fan-out', '--format', 'json');
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).pairs.map((pair: { name: string; verdict: string }) => `${pair.name}:${pair.verdict}`)).toEqual(['next-visit-fan-out:fail']);
  });

  it('--pair with an unknown name exits 2 naming the configured pairs', () => {
    const result = run(pr.repo, '--base', pr.base, '--head', pr.head, '--pair', 'fan-out');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.github/lockstep.yml: no env pair named "fan-out"; the configuration names prompt-keda, next-visit-fan-out');
    expect(result.stderr).toMatch(/\n {2}Name one of prompt-keda, next-visit-fan-out/);
  });

  it('exits 2 on a duplicate pair name, at the second name\'s line', () => {
    const config = pairsConfig(pp.dir, nvfo.dir).replace('name: next-visit-fan-out', 'name: prompt-keda');
    const bad = deployment({ '.github/lockstep.yml': config });
    const result = run(bad.repo, '--base', bad.base, '--head', bad.head);
    expect(result.status).toBe(2);
    const line = config.split('\n').indexOf('  - name: prompt-keda', 2) + 1;
    expect(result.stderr).toContain(`.github/lockstep.yml:${line}: env[1].name: duplicate pair name "prompt-keda" (also env[0].name)`);
  });
});

describe('the service side of a deployment repository with several pairs', () => {
  function ppWithRead(pair: string | null) {
    const phalanx = new GitFixture();
    phalanx.write(multiServiceFiles(pp.dir, nvfo.dir)).commit('phalanx main');
    const base = serviceFiles(3, phalanx.dir);
    base['.github/lockstep.yml'] = (base['.github/lockstep.yml'] as string).replace('    ref: main\n', `    ref: main\n${pair ? `    pair: ${pair}\n` : ''}`);
    const repo = new GitFixture();
    cleanup.push(phalanx, repo);
    repo.write(base);
    const baseSha = repo.commit('base');
    repo.write({ 'python/activator/config.py': `${base['python/activator/config.py']}raw_topic = os.environ["RAW_TOPIC"]\n` });
    return { repo, base: baseSha, head: repo.commit('head: reads RAW_TOPIC') };
  }

  it('env.counterpart.pair picks the pair of the counterpart\'s list that holds its chart', () => {
    const { repo, base, head } = ppWithRead('prompt-keda');
    const result = run(repo, '--base', base, '--head', head, '--format', 'json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(PAIR_KEYS.slice(1));
    expect(json.guidance).toEqual([expect.objectContaining({ name: 'RAW_TOPIC', order: 'config-first', environments: expect.arrayContaining(['prompt-keda-lsstcam/usdfprod']) })]);
  });

  it('without it, exits 2 rather than guess among several charts', () => {
    const { repo, base, head } = ppWithRead(null);
    const result = run(repo, '--base', base, '--head', head);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('holds several env pairs with a chart section (prompt-keda, next-visit-fan-out)');
    expect(result.stderr).toContain('env.counterpart.pair');
  });
});

describe('actions/env-diff with named pairs', () => {
  /** The PR as actions/checkout leaves it: a depth-1 clone of the PR branch. */
  function pullRequest(branch: string) {
    const origin = new GitFixture();
    origin.write(multiServiceFiles(pp.dir, nvfo.dir));
    const base = origin.commit('base');
    origin.branch(branch);
    origin.write(PR_HEAD());
    const head = origin.commit('head');
    const workspace = shallowClone(origin, branch);
    cleanup.push(origin, workspace);
    return { workspace: workspace.dir, event: pullRequestEvent({ repository: 'lsst-sqre/phalanx', base: { sha: base }, head: { sha: head } }) };
  }

  it('fails the PR on the failing pair: outputs, one summary section per pair, annotations titled with the pair', async () => {
    const action = await runBundledAction('env-diff', pullRequest('tickets/DM-2'));
    expect(action.exitCode).toBe(1);
    expect(action.outputs.verdict).toBe('fail');
    const result = JSON.parse(output(action, 'result-json'));
    expect(result.pairs.map((pair: { name: string; verdict: string }) => `${pair.name}:${pair.verdict}`)).toEqual(['prompt-keda:pass', 'next-visit-fan-out:fail']);
    expect(action.summary).toContain('### ✅ prompt-keda:');
    expect(action.summary).toContain('### ❌ next-visit-fan-out: blocked: SASQUATCH_URL');
    expect(action.summary).toMatch(/\| `SASQUATCH_URL` \| chart stops setting it: service \| ❌ blocked \| usdfprod \|/);
    expect(action.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'applications/next-visit-fan-out/templates/deployment.yaml', title: expect.stringMatching(/^next-visit-fan-out: .*SASQUATCH_URL/) }),
    );
  });

  it('the pair input checks one pair: the PR passes on prompt-keda alone', async () => {
    const action = await runBundledAction('env-diff', { ...pullRequest('tickets/DM-4'), inputs: { pair: 'prompt-keda' } });
    expect(action.exitCode).toBe(0);
    expect(JSON.parse(output(action, 'result-json')).pairs.map((pair: { name: string }) => pair.name)).toEqual(['prompt-keda']);
  });

  it('the root action (every check in one step) runs every pair too', async () => {
    const action = await runBundledAction('lockstep', { ...pullRequest('tickets/DM-3'), actionYml: 'action.yml' });
    expect(action.exitCode).toBe(1);
    expect(action.outputs.checks).toBe('env-diff');
    expect(action.outputs['env-diff-verdict']).toBe('fail');
    expect(JSON.parse(output(action, 'env-diff-result-json')).pairs.map((pair: { verdict: string }) => pair.verdict)).toEqual(['pass', 'fail']);
  });
});
