/**
 * The static reading of a chart against real `helm template` renders, on real Phalanx
 * commits (test/fixtures/helm/phalanx-<commit>: charts/prompt-keda and
 * applications/prompt-keda-* copied from phalanx.bundle, READMEs and comment lines removed).
 *
 * Each application is rendered as Argo CD renders it: the application chart with
 * charts/prompt-keda as its `prompt-keda` dependency and the environment's values file. For
 * every environment and workload, the env names the static reading says are set must be the
 * names helm renders — and the `--helm` cross-check must agree with both.
 *
 * helm comes from LOCKSTEP_TEST_HELM (.ci/run installs it) or PATH. Without one the tests
 * are skipped with the reason in their name; in CI (CI set) a missing helm fails.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitFixture } from '../../support/git-fixture.js';
import { GitRepository } from '../../../src/git/repository.js';
import { readChartSnapshot, type ChartSnapshot } from '../../../src/helm/chart-snapshot.js';
import { renderedEnvBySource } from '../../../src/helm/helm-render.js';
import { effectiveEnv } from '../../../src/env/chart-diff.js';
import { effectiveValues, environmentChanges } from '../../../src/env/environment-changes.js';
import { parseAllDocuments } from 'yaml';
import { crossCheckWithHelm } from '../../../src/env/helm-cross-check.js';

const FIXTURES = path.resolve('test/fixtures/helm');
const CHART = {
  path: 'charts/prompt-keda',
  workloads: { service: 'templates/scaled-job.yaml', initializer: 'templates/_service-init.tpl' },
  environments: 'applications/prompt-keda-*/values-*.yaml',
  imageTag: 'prompt-keda.image.tag',
};
/** The rendered templates each workload's env appears in (the initializer's .tpl renders through two). */
const RENDERED_AS: Record<string, string[]> = {
  service: ['templates/scaled-job.yaml'],
  initializer: ['templates/service-init.yaml', 'templates/service-init-cron.yaml'],
};

function findHelmForTests(): { helm?: string; reason: string } {
  const configured = process.env.LOCKSTEP_TEST_HELM;
  if (configured) {
    accessSync(configured, constants.X_OK); // set but not runnable: fail, do not skip
    return { helm: configured, reason: '' };
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      accessSync(path.join(dir, 'helm'), constants.X_OK);
      return { helm: path.join(dir, 'helm'), reason: '' };
    } catch {
      // not in this folder
    }
  }
  if (process.env.CI) throw new Error('no helm in CI: .ci/run must install it and export LOCKSTEP_TEST_HELM');
  return { reason: 'skipped: no helm (set LOCKSTEP_TEST_HELM or put helm on PATH; .ci/run installs one)' };
}

const { helm, reason } = findHelmForTests();
const commits = readdirSync(FIXTURES).filter((name) => name.startsWith('phalanx-')).sort();
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A real git repository holding the fixture, and its snapshot as env-diff reads it. */
async function snapshotOf(fixture: string): Promise<{ repository: GitRepository; revision: string; snapshot: ChartSnapshot }> {
  const repo = new GitFixture();
  temporary.push(repo.dir);
  cpSync(path.join(FIXTURES, fixture), repo.dir, { recursive: true });
  const revision = repo.commit(fixture);
  const repository = await GitRepository.open(repo.dir);
  return { repository, revision, snapshot: await readChartSnapshot(repository, revision, CHART) };
}

/** `helm template` of one application with one environment's values file: env names per rendered template. */
function renderApplication(fixture: string, application: string, valuesFile: string): Map<string, Set<string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-helm-app-'));
  temporary.push(dir);
  const app = path.join(dir, application);
  cpSync(path.join(FIXTURES, fixture, 'applications', application), app, { recursive: true });
  cpSync(path.join(FIXTURES, fixture, CHART.path), path.join(app, 'charts/prompt-keda'), { recursive: true });
  const output = execFileSync(helm!, ['template', 'lockstep', app, '-f', path.join(app, path.basename(valuesFile))], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  const bySource = renderedEnvBySource(output);
  const prefix = `${application}/charts/prompt-keda/`;
  return new Map([...bySource].filter(([source]) => source.startsWith(prefix)).map(([source, names]) => [source.slice(prefix.length), names]));
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe.each(commits)('Phalanx %s: the static reading against helm template', (fixture) => {
  (helm ? it : it.skip)(`sets the env names helm renders, in every environment and workload${helm ? '' : ` (${reason})`}`, async () => {
    const { repository, snapshot } = await snapshotOf(fixture);
    try {
      expect(snapshot.environments.length).toBeGreaterThan(0);
      for (const environment of snapshot.environments) {
        const application = environment.file.split('/')[1]!;
        const rendered = renderApplication(fixture, application, environment.file);
        const effective = effectiveEnv(snapshot, environment);
        for (const [workload, templates] of Object.entries(RENDERED_AS)) {
          const settings = effective.get(workload)!;
          const statically = sorted([...settings].filter(([, setting]) => setting.on === true).map(([name]) => name));
          const undecided = sorted([...settings].filter(([, setting]) => setting.on === 'unknown').map(([name]) => name));
          for (const template of templates) {
            const label = `${environment.name} ${workload} (${template})`;
            expect({ label, undecided }).toEqual({ label, undecided: [] });
            expect({ label, names: statically }).toEqual({ label, names: sorted(rendered.get(template) ?? []) });
          }
        }
      }
    } finally {
      repository.close();
    }
  });

  (helm ? it : it.skip)(`--helm finds nothing the static reading missed${helm ? '' : ` (${reason})`}`, async () => {
    const { repository, revision, snapshot } = await snapshotOf(fixture);
    try {
      const findings = await crossCheckWithHelm(helm!, { repository, revision, chartDir: CHART.path }, snapshot);
      expect(findings.findings.map((finding) => finding.message)).toEqual([]);
    } finally {
      repository.close();
    }
  });
});

describe('values files are YAML 1.1, as helm reads them', () => {
  (helm ? it : it.skip)(`a condition on \`off\`/\`no\`/\`y\` is what helm decides${helm ? '' : ` (${reason})`}`, async () => {
    const repo = new GitFixture();
    temporary.push(repo.dir);
    const entry = (flag: string) => `          {{- if .Values.flag_${flag} }}\n          - name: WITH_${flag.toUpperCase()}\n            value: "1"\n          {{- end }}\n`;
    const flags = ['off', 'no', 'y', 'yes', 'on', 'quoted'];
    repo.write({
      'charts/svc/Chart.yaml': 'apiVersion: v2\nname: svc\nversion: 1.0.0\n',
      'charts/svc/values.yaml': '{}\n',
      'charts/svc/templates/deployment.yaml': `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: svc\n          env:\n          - name: ALWAYS\n            value: "1"\n${flags.map(entry).join('')}`,
      'envs/values-prod.yaml': 'flag_off: off\nflag_no: no\nflag_y: y\nflag_yes: yes\nflag_on: on\nflag_quoted: "off"\n',
    });
    const revision = repo.commit('chart');
    const repository = await GitRepository.open(repo.dir);
    try {
      const snapshot = await readChartSnapshot(repository, revision, { path: 'charts/svc', workloads: { service: 'templates/deployment.yaml' }, environments: 'envs/values-*.yaml' });
      const environment = snapshot.environments[0]!;
      const statically = sorted([...effectiveEnv(snapshot, environment).get('service')!].filter(([, s]) => s.on === true).map(([name]) => name));
      const output = execFileSync(helm!, ['template', 'lockstep', path.join(repo.dir, 'charts/svc'), '-f', path.join(repo.dir, 'envs/values-prod.yaml')], { encoding: 'utf8' });
      const rendered = sorted(renderedEnvBySource(output).get('svc/templates/deployment.yaml') ?? []);
      expect(rendered).toEqual(['ALWAYS', 'WITH_ON', 'WITH_QUOTED', 'WITH_Y', 'WITH_YES']);
      expect(statically).toEqual(rendered);
    } finally {
      repository.close();
    }
  });
});

/** `helm template` env entries of one rendered template: name → value as the container gets it (secrets: null). */
function renderedValues(output: string, source: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'env' && Array.isArray(value)) {
        for (const entry of value as Array<{ name: string; value?: unknown; valueFrom?: unknown }>) {
          out.set(entry.name, entry.valueFrom ? null : entry.value === null || entry.value === undefined ? '' : String(entry.value));
        }
      } else visit(value);
    }
  };
  for (const chunk of output.split(/^---[ \t]*$/m)) {
    if (/^#\s*Source:\s*(\S+)/m.exec(chunk)?.[1] !== source) continue;
    for (const document of parseAllDocuments(chunk)) visit(document.toJS());
  }
  return out;
}

function renderAll(dir: string, environments: readonly { name: string; file: string }[]): Map<string, Map<string, Map<string, string | null>>> {
  const out = new Map<string, Map<string, Map<string, string | null>>>();
  for (const environment of environments) {
    const application = environment.file.split('/')[1]!;
    const work = mkdtempSync(path.join(os.tmpdir(), 'lockstep-helm-app-'));
    temporary.push(work);
    const app = path.join(work, application);
    cpSync(path.join(dir, 'applications', application), app, { recursive: true });
    cpSync(path.join(dir, CHART.path), path.join(app, 'charts/prompt-keda'), { recursive: true });
    const output = execFileSync(helm!, ['template', 'lockstep', app, '-f', path.join(app, path.basename(environment.file))], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
    const prefix = `${application}/charts/prompt-keda/`;
    out.set(environment.name, new Map(Object.entries(RENDERED_AS).map(([workload, [template]]) => [workload, renderedValues(output, `${prefix}${template}`)])));
  }
  return out;
}

describe('environments[]: the effective change per environment, against the diff of helm renders', () => {
  (helm ? it : it.skip)(`agrees with helm on each step of three real Phalanx commits${helm ? '' : ` (${reason})`}`, async () => {
    const repo = new GitFixture();
    temporary.push(repo.dir);
    const revisions: string[] = [];
    const ordered = ['phalanx-8ea56e56c', 'phalanx-21b8735c9', 'phalanx-4062395b7'];
    for (const fixture of ordered) {
      rmSync(path.join(repo.dir, 'charts'), { recursive: true, force: true });
      rmSync(path.join(repo.dir, 'applications'), { recursive: true, force: true });
      cpSync(path.join(FIXTURES, fixture), repo.dir, { recursive: true });
      revisions.push(repo.commit(fixture));
    }
    const repository = await GitRepository.open(repo.dir);
    try {
      let previous: { snapshot: ChartSnapshot; renders: ReturnType<typeof renderAll> } | undefined;
      for (const revision of revisions) {
        repo.git('checkout', '--quiet', revision);
        const snapshot = await readChartSnapshot(repository, revision, CHART);
        const renders = renderAll(repo.dir, snapshot.environments);
        // Every value the static reading resolves is the value helm renders.
        for (const environment of snapshot.environments) {
          for (const workload of Object.keys(RENDERED_AS)) {
            const rendered = renders.get(environment.name)!.get(workload)!;
            for (const [name, value] of effectiveValues(snapshot, environment, workload)) {
              if (!value.resolved) continue;
              expect({ at: `${environment.name} ${workload} ${name}`, value: value.secret ? null : value.text }).toEqual({ at: `${environment.name} ${workload} ${name}`, value: rendered.get(name) });
            }
          }
        }
        if (previous) {
          const expected = helmChanges(previous.renders, renders);
          const actual = environmentChanges(previous.snapshot, snapshot)
            .map((change) => `${change.environment} ${change.workload} ${change.name} ${change.change}${change.resolved ? `: ${change.before} → ${change.after}` : ''}`)
            .sort();
          // Values the static reading cannot resolve (toYaml, tpl) are compared by kind only.
          const unresolvedKeys = new Set(actual.filter((line) => !line.includes(': ')));
          expect(actual).toEqual(expected.map((line) => (unresolvedKeys.has(line.split(': ')[0]!) ? line.split(': ')[0] : line)).sort());
        }
        previous = { snapshot, renders };
      }
    } finally {
      repository.close();
    }
  });
});

/** The same changes read off two helm renders (environments present in both; an environment new at head: everything added). */
function helmChanges(before: ReturnType<typeof renderAll>, after: ReturnType<typeof renderAll>): string[] {
  const lines: string[] = [];
  for (const [environment, workloads] of after) {
    for (const [workload, now] of workloads) {
      const was = before.get(environment)?.get(workload) ?? new Map<string, string | null>();
      for (const name of new Set([...was.keys(), ...now.keys()])) {
        const [b, a] = [was.get(name), now.get(name)];
        if (b === undefined && a !== undefined) lines.push(`${environment} ${workload} ${name} added: null → ${a}`);
        else if (b !== undefined && a === undefined) lines.push(`${environment} ${workload} ${name} removed: ${b} → null`);
        else if (b !== a) lines.push(`${environment} ${workload} ${name} value-changed: ${b} → ${a}`);
      }
    }
  }
  return lines.sort();
}
