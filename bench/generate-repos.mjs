// The benchmark's repositories, generated deterministically (same bytes, same commit ids
// on every machine): a Python service of 2,000 modules and the deployment repository
// holding its Helm chart, each with a base commit on `main` and a head commit on `pr`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './random.mjs';
import { className, moduleName, pythonModule } from './python-module.mjs';
import { CHART, helmChart } from './helm-chart.mjs';

export const AREAS = [
  'activator', 'shared', 'initializer', 'middleware', 'tasks', 'storage', 'messaging', 'calibration',
  'visits', 'pipelines', 'registry', 'monitoring', 'scheduling', 'exposure', 'catalogs', 'alerts',
  'repair', 'export', 'ingest', 'reports',
];
const PREFIXES = ['KAFKA', 'REDIS', 'S3', 'BUTLER', 'CALIB', 'SKYMAP', 'PIPELINE', 'WORKER', 'IMAGE', 'CENTRAL', 'LOCAL', 'SASQUATCH'];
const SUFFIXES = ['HOST', 'PORT', 'TOPIC', 'BUCKET', 'TIMEOUT', 'REPO', 'URI'];
const QUALIFIERS = ['', 'PRIMARY_', 'BACKUP_', 'REMOTE_'];

/**
 * 336 variable names: the 60 the chart sets, and the rest, read only by some modules.
 * As in a real service, env reads sit in a fifth of the modules (config, clients), and
 * each variable is read in a handful of places.
 */
function variablePool() {
  const names = QUALIFIERS.flatMap((qualifier) => PREFIXES.flatMap((prefix) => SUFFIXES.map((suffix) => `${qualifier}${prefix}_${suffix}`)));
  return { chartSet: names.slice(0, 60), other: names.slice(60) };
}

const READING_MODULE_EVERY = 5;

export const MESSAGE_FILE = 'python/svc/shared/visit.py';
export const MESSAGE_CLASS = 'FannedOutVisit';

function messageModules(changed) {
  const base = [
    '"""The fields every visit message carries."""',
    'from __future__ import annotations',
    '',
    'import enum',
    'from dataclasses import dataclass, field',
    '',
    '',
    '@dataclass(frozen=True, kw_only=True)',
    'class BareVisit:',
    '    class CoordSys(enum.IntEnum):',
    '        NONE = -1',
    '        ICRS = 0',
    '        OBSERVED = 1',
    '        MOUNT = 2',
    '',
    '    instrument: str',
    '    groupId: str',
    '    nimages: int',
    '    filters: str',
    '    coordinateSystem: CoordSys',
    '    position: list[float]',
    '    startTime: float',
    '    private_sndStamp: float = field(compare=False)',
    '',
  ].join('\n');
  const visit = [
    '"""The fanned-out nextVisit message this service consumes."""',
    'from __future__ import annotations',
    '',
    'import enum',
    'from dataclasses import dataclass',
    'from typing import ClassVar',
    '',
    'from svc.shared.base_visit import BareVisit',
    '',
    '',
    '@dataclass(frozen=True, kw_only=True)',
    'class FannedOutVisit(BareVisit):',
    '    class Dome(enum.IntEnum):',
    '        CLOSED = 0',
    '        OPEN = 1',
    '        EITHER = 2',
    '',
    '    MAX_DETECTORS: ClassVar[int] = 205',
    '',
    '    dome: Dome',
    '    duration: float',
    '    totalCheckpoints: int',
    '    detector: int',
    ...(changed ? ['    focusZ: float = 0.0'] : []),
    '',
    '    @classmethod',
    '    def from_dict(cls, message: dict) -> "FannedOutVisit":',
    '        return cls(**message)',
    '',
    '    def get_bare_visit(self) -> BareVisit:',
    '        return BareVisit(**{k: v for k, v in vars(self).items() if k in BareVisit.__dataclass_fields__})',
    '',
  ].join('\n');
  return { 'python/svc/shared/base_visit.py': base, [MESSAGE_FILE]: visit };
}

function modulePath(index, modulesPerArea) {
  return `python/svc/${AREAS[Math.floor(index / modulesPerArea) % AREAS.length]}/${moduleName(index)}.py`;
}

function serviceFiles({ modules, changedModules, changed }) {
  const random = seededRandom(20261128);
  const pool = variablePool();
  const modulesPerArea = Math.ceil(modules / AREAS.length);
  const files = { 'python/svc/__init__.py': '"""The generated benchmark service."""\n' };
  for (const area of AREAS) files[`python/svc/${area}/__init__.py`] = '';
  for (let index = 0; index < modules; index++) {
    const reads = index % READING_MODULE_EVERY === 0 || changedModules.has(index);
    const env = reads
      ? {
          required: [random.pick(pool.chartSet), random.pick(pool.other)],
          optional: random.sample(pool.other, 1),
          getenv: random.sample(pool.other, 1),
          guarded: random.pick(pool.chartSet),
          flag: `FEATURE_${random.int(0, 19)}`,
        }
      : undefined;
    const owner = index - (index % 4);
    const importedBase =
      index % 4 === 0 ? undefined : { module: modulePath(owner, modulesPerArea).slice('python/'.length, -'.py'.length).replace(/\//g, '.'), cls: `${className(owner)}Base` };
    files[modulePath(index, modulesPerArea)] = pythonModule({ index, env, importedBase, changed: changed && changedModules.has(index) });
  }
  Object.assign(files, messageModules(changed));
  return files;
}

function serviceConfig() {
  return [
    'messages:',
    '  - name: next-visit',
    `    schema: ${MESSAGE_FILE}#${MESSAGE_CLASS}`,
    '    role: consumer',
    '    decoder: strict',
    'versioning:',
    '  source: tags',
    'env:',
    '  code:',
    '    service: ["python/svc/**/*.py"]',
    '',
  ].join('\n');
}

/** The same, plus the deployment repository as counterpart (env-diff then also reads the chart). */
function serviceConfigWithChart() {
  return [
    'env:',
    '  code:',
    '    service: ["python/svc/**/*.py"]',
    '  counterpart:',
    '    repository: ../deployment',
    '    ref: main',
    '    chart:',
    `      path: ${CHART}`,
    '      workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}',
    '      environments: applications/svc-*/values-*.yaml',
    '      image-tag: svc.image.tag',
    '  parity: [service, initializer]',
    '',
  ].join('\n');
}

function deploymentConfig() {
  return [
    'env:',
    '  chart:',
    `    path: ${CHART}`,
    '    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}',
    '    environments: applications/svc-*/values-*.yaml',
    '    image-tag: svc.image.tag',
    '  counterpart:',
    '    repository: ../service',
    '    ref: main',
    '    code:',
    '      service: ["python/svc/**/*.py"]',
    '  parity: [service, initializer]',
    '',
  ].join('\n');
}

function chartGroups(removeOne) {
  const { chartSet } = variablePool();
  const plain = chartSet.slice(0, 40);
  return {
    plain: removeOne ? plain.filter((name) => name !== plain[5]) : plain,
    conditional: chartSet.slice(40, 50),
    withBlock: chartSet.slice(50, 55),
    helper: chartSet.slice(55, 60),
  };
}

function writeTree(dir, files) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

function gitIn(dir) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Lockstep bench',
    GIT_AUTHOR_EMAIL: 'bench@lockstep.invalid',
    GIT_COMMITTER_NAME: 'Lockstep bench',
    GIT_COMMITTER_EMAIL: 'bench@lockstep.invalid',
    GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  return (...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd: dir, env, encoding: 'utf8' }).trim();
}

function commitRevisions(dir, baseFiles, headFiles, tag) {
  mkdirSync(dir, { recursive: true });
  const git = gitIn(dir);
  git('init', '--quiet', '--initial-branch=main');
  writeTree(dir, baseFiles);
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  if (tag) git('tag', tag);
  git('checkout', '--quiet', '-b', 'pr');
  writeTree(dir, headFiles);
  git('add', '-A');
  git('commit', '--quiet', '-m', 'head: the pull request');
  git('checkout', '--quiet', 'main');
  return { base: git('rev-parse', 'main'), head: git('rev-parse', 'pr') };
}

/**
 * Writes `<dir>/service` and `<dir>/deployment`. Returns their paths, commit ids and what
 * the head changed.
 */
export function generateBenchRepos(dir, { modules = 2000, changed = 20 } = {}) {
  const random = seededRandom(7);
  // The message module is one of the changed modules; the others are generated ones.
  const changedModules = new Set(random.sample(Array.from({ length: modules }, (_, i) => i), changed - 1));
  const service = path.join(dir, 'service');
  const baseFiles = {
    ...serviceFiles({ modules, changedModules, changed: false }),
    '.github/lockstep.yml': serviceConfig(),
    '.github/lockstep-with-chart.yml': serviceConfigWithChart(),
  };
  const headAll = serviceFiles({ modules, changedModules, changed: true });
  const headFiles = Object.fromEntries(Object.entries(headAll).filter(([file, content]) => baseFiles[file] !== content));
  const serviceRevisions = commitRevisions(service, baseFiles, headFiles, '1.0.0');

  const deployment = path.join(dir, 'deployment');
  const deployBase = { ...helmChart(chartGroups(false), '1.0.0'), '.github/lockstep.yml': deploymentConfig() };
  const deployHeadAll = helmChart(chartGroups(true), '1.0.0');
  const deployHead = Object.fromEntries(Object.entries(deployHeadAll).filter(([file, content]) => deployBase[file] !== content));
  const deploymentRevisions = commitRevisions(deployment, deployBase, deployHead);

  const lines = (files) => Object.values(files).reduce((sum, text) => sum + text.split('\n').length, 0);
  const pythonFiles = Object.keys(baseFiles).filter((file) => file.endsWith('.py'));
  return {
    service: { dir: service, ...serviceRevisions, pythonFiles: pythonFiles.length, pythonLines: lines(Object.fromEntries(pythonFiles.map((f) => [f, baseFiles[f]]))), changedFiles: Object.keys(headFiles).length },
    deployment: { dir: deployment, ...deploymentRevisions, chartLines: lines(Object.fromEntries(Object.entries(deployBase).filter(([f]) => f.startsWith(CHART)))), changedFiles: Object.keys(deployHead).length },
  };
}
