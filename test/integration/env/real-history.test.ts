/**
 * env-diff on the real history of Prompt Processing (../shared/history/pp.bundle): which reads
 * in shared code count for the initializer and the service. Skipped when the bundles are absent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CodeReader, type CodeSettings } from '../../../src/env/code-reads.js';
import { GitRepository } from '../../../src/git/repository.js';
import { parseConfig } from '../../../src/config/load.js';
import { runEnvDiff } from '../../../src/env/run.js';
import { givenConfig } from '../../support/check-config.js';
import YAML from 'yaml';
import { readmeConfigs } from '../../../replay/readme-config.mjs';

const HISTORY = [process.env.LOCKSTEP_HISTORY, path.resolve('../shared/history'), path.resolve('../../shared/history')].find(
  (candidate): candidate is string => !!candidate && existsSync(path.join(candidate, 'pp.bundle')),
);
const maybe = HISTORY ? describe : describe.skip;

/** The README's Prompt Processing settings. */
export const PP_CODE: CodeSettings = {
  code: {
    service: ['python/activator/**/*.py', 'python/shared/**/*.py', 'config/*.py'],
    initializer: ['python/initializer/**/*.py', 'python/shared/**/*.py'],
  },
  extraReads: {},
  configFile: '.github/lockstep.yml',
};

let dir: string;
let repository: GitRepository;
beforeAll(async () => {
  if (!HISTORY) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-pp-'));
  execFileSync('git', ['clone', '--quiet', '--bare', path.join(HISTORY, 'pp.bundle'), dir]);
  repository = await GitRepository.open(dir);
});
afterAll(() => {
  repository?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

maybe('reachability on Prompt Processing 6.14.0', () => {
  it('the initializer does not require IMAGE_BUCKET (python/shared/raw.py:385, never imported by it); the service does, and says how', async () => {
    const reads = await new CodeReader(repository).snapshot('6.14.0', PP_CODE);
    const initializer = reads.workloads.get('initializer')!;
    const service = reads.workloads.get('service')!;
    expect(initializer.has('IMAGE_BUCKET')).toBe(false);
    expect(initializer.has('CALIB_REPO')).toBe(true);
    // The service reads it in its own code and in shared/raw.py, which it reaches.
    expect(service.get('IMAGE_BUCKET')!.reads.map((read) => `${read.file}:${read.line}`)).toContain('python/shared/raw.py:385');
    // The initializer reaches shared/logger.py (SERVICE_LOG_LEVELS) and shared/astropy.py.
    expect(initializer.get('SERVICE_LOG_LEVELS')?.via).toMatch(/^python\/initializer\/write_init_outputs\.py → shared\.logger/);
  });
});

maybe('settings models on the Butler Writer (writer.bundle)', () => {
  let writerDir: string;
  let writer: GitRepository;
  beforeAll(async () => {
    writerDir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-writer-'));
    execFileSync('git', ['clone', '--quiet', '--bare', path.join(HISTORY!, 'writer.bundle'), writerDir]);
    writer = await GitRepository.open(writerDir);
  });
  afterAll(() => {
    writer?.close();
    if (writerDir) rmSync(writerDir, { recursive: true, force: true });
  });

  it('reads ServiceConfig.model_validate_strings(dict(os.environ)): fields without default required, with default optional', async () => {
    const settings: CodeSettings = { code: { writer: ['python/**/*.py'] }, extraReads: {}, configFile: '.github/lockstep.yml' };
    const reads = (await new CodeReader(writer).snapshot('a196b2b', settings)).workloads.get('writer')!;
    const summary = Object.fromEntries([...reads].map(([name, read]) => [name, read.requirement]));
    expect(summary).toMatchObject({
      BUTLER_REPOSITORY: 'required',
      KAFKA_CLUSTER: 'required',
      KAFKA_TOPIC: 'required',
      KAFKA_OUTPUT_TOPIC: 'required',
      OUTPUT_DATASET_LIST_DIRECTORY: 'required',
      KAFKA_USERNAME: 'optional',
      KAFKA_PASSWORD: 'optional',
      KAFKA_DEBUG: 'optional',
      WRITER_DEBUG_LEVEL: 'optional',
    });
    expect(reads.get('BUTLER_REPOSITORY')).toMatchObject({ file: 'python/lsst/queued_butler_writer/main.py', line: 43 });
    expect(reads.get('KAFKA_DEBUG')!.default).toBe('"0"');
  });
});

/** The README's own Phalanx config (read from the README, as the replay reads it), PP's clone as counterpart. */
const phalanxConfig = (pp: string) => {
  const { phalanx } = readmeConfigs();
  return parseConfig(YAML.stringify({ env: { ...phalanx, counterpart: { ...phalanx.counterpart, repository: pp } } }), 'phalanx lockstep.yml');
};

maybe("the README's Phalanx config on Phalanx's history (no parity-exempt list)", () => {
  let phalanxDir: string;
  beforeAll(() => {
    phalanxDir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-phalanx-'));
    execFileSync('git', ['clone', '--quiet', '--bare', path.join(HISTORY!, 'phalanx.bundle'), phalanxDir]);
  });
  afterAll(() => {
    if (phalanxDir) rmSync(phalanxDir, { recursive: true, force: true });
  });
  const replay = async (commit: string) => runEnvDiff({ repository: phalanxDir, config: await givenConfig(phalanxDir, phalanxConfig(dir)), revisions: { base: `${commit}^`, head: commit } });

  it('3719de1f6 adds SATTLE_URI_BASE to the initializer only: a parity error (the service reads it too)', async () => {
    const report = await replay('3719de1f6e5a4e5968389b95554d4a7d8e5af9a4');
    expect(report.verdict).toBe('fail');
    expect(report.data.parity.map((p) => [p.name, p.problem, p.workloads])).toEqual([['SATTLE_URI_BASE', 'missing', ['service']]]);
  }, 300_000);

  it('88a1ced25 renames CALIB_REPO to CENTRAL_REPO while prod runs 6.14.0: blocked there', async () => {
    const report = await replay('88a1ced25aa2ae11e53b9dfdb354ce38f8c26f90');
    expect(report.verdict).toBe('fail');
    const calib = report.data.guidance.find((g) => g.name === 'CALIB_REPO')!;
    expect(calib.order).toBe('blocked');
    expect(calib.message).toContain('6.14.0');
  }, 300_000);
});

maybe("precision of the README's Phalanx config on real Phalanx commits (issue 10: outside reads per version and workload)", () => {
  let phalanxDir: string;
  beforeAll(() => {
    phalanxDir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-phalanx-'));
    execFileSync('git', ['clone', '--quiet', '--bare', path.join(HISTORY!, 'phalanx.bundle'), phalanxDir]);
  });
  afterAll(() => {
    if (phalanxDir) rmSync(phalanxDir, { recursive: true, force: true });
  });
  const diff = async (base: string, head: string) => runEnvDiff({ repository: phalanxDir, config: await givenConfig(phalanxDir, phalanxConfig(dir)), revisions: { base, head } });
  const replay = (commit: string) => diff(`${commit}^`, commit);
  const ids = (report: Awaited<ReturnType<typeof replay>>) => report.findings.map((finding) => finding.id);

  it('ef927ef5e moves lsstcam prod to 6.4.0: SATTLE_URI_BASE (since 7.0.0) and LSST_RESOURCES_NUM_WORKERS (optional) do not block it', async () => {
    const report = await replay('ef927ef5e');
    expect(report.data.deployed.map((row) => [row.environment, row.after])).toContainEqual(['prompt-keda-lsstcam/usdfprod-prompt-processing', '6.4.0']);
    expect(report.data.guidance.filter((g) => g.order === 'blocked')).toEqual([]);
    expect(report.verdict).toBe('pass');
  }, 300_000);

  it('80bbccb73 stops setting LSST_RESOURCES_NUM_WORKERS: a warning (read with a default), not a block', async () => {
    const report = await replay('80bbccb73');
    expect(report.verdict).toBe('pass');
    expect(ids(report)).toContain('env/config-removes-optional');
    expect(report.data.guidance.find((g) => g.name === 'LSST_RESOURCES_NUM_WORKERS')).toMatchObject({ order: 'safe' });
  }, 300_000);

  it('0270e03b6 sets MP_SKY_URL for the service only: expected drift (only the service reads it, outside code), not a parity error', async () => {
    const report = await replay('0270e03b6');
    expect(report.verdict).toBe('pass');
    expect(report.data.parity).toEqual([]);
    const expected = report.findings.find((finding) => finding.id === 'env/parity-expected' && finding.title.includes('MP_SKY_URL'));
    expect(expected?.message).toContain('env.extra-reads');
  }, 300_000);

  it('fcdb88c0e creates the initializer while prod runs 6.3.0, which has no initializer code: the service-only variables are expected drift', async () => {
    const report = await replay('fcdb88c0e');
    expect(report.data.parity).toEqual([]);
    expect(report.verdict).toBe('pass');
    const expected = report.findings.filter((finding) => finding.id === 'env/parity-expected').map((finding) => finding.title);
    expect(expected).toEqual(expect.arrayContaining([expect.stringContaining('IMAGE_BUCKET'), expect.stringContaining('REDIS_STREAM_HOST')]));
  }, 300_000);

  it('21b8735c9 turns butler_writer.enabled on in lsstcam prod (10.0.0): the variables use_kafka_butler_writer then requires are all set', async () => {
    const report = await replay('21b8735c9');
    expect(report.verdict).toBe('pass');
    const on = report.findings.filter((finding) => finding.id === 'env/condition-on-set');
    expect(on.map((finding) => finding.title.replace(/^.*: /, '')).sort()).toEqual([
      'BUTLER_WRITER_KAFKA_CLUSTER',
      'BUTLER_WRITER_KAFKA_PASSWORD',
      'BUTLER_WRITER_KAFKA_TOPIC',
      'BUTLER_WRITER_KAFKA_USERNAME',
    ]);
    expect(on[0]!.message).toContain('USE_KAFKA_BUTLER_WRITER is now set for service in prompt-keda-lsstcam/usdfprod-prompt-processing');
    expect(on[0]!.message).toContain('10.0.0');
  }, 300_000);

  it('the same values change on a chart that does not set BUTLER_WRITER_KAFKA_TOPIC: blocked in prod, with the line of 10.0.0 that requires it', async () => {
    const template = 'charts/prompt-keda/templates/scaled-job.yaml';
    const prodValues = 'applications/prompt-keda-lsstcam/values-usdfprod-prompt-processing.yaml';
    const show = (spec: string) => execFileSync('git', ['show', spec], { cwd: phalanxDir, encoding: 'utf8' });
    const entry = /\n *- name: BUTLER_WRITER_KAFKA_TOPIC\n *value: \{\{ \.Values\.butler_writer\.kafka_topic \}\}/;
    const withoutTopic = show(`21b8735c9^:${template}`).replace(entry, '');
    expect(withoutTopic).not.toContain('BUTLER_WRITER_KAFKA_TOPIC');
    const base = commitFiles(phalanxDir, '21b8735c9^', { [template]: withoutTopic });
    const head = commitFiles(phalanxDir, base, { [prodValues]: show(`21b8735c9:${prodValues}`) });
    const report = await diff(base, head);
    expect(report.verdict).toBe('fail');
    const missing = report.findings.filter((finding) => finding.id === 'env/condition-on-missing');
    expect(missing.map((finding) => finding.title)).toEqual([expect.stringContaining('BUTLER_WRITER_KAFKA_TOPIC')]);
    expect(missing[0]!.message).toMatch(/prompt-keda-lsstcam\/usdfprod-prompt-processing.*10\.0\.0.*python\/activator\/activator\.py:\d+/);
    expect(report.data.guidance.find((g) => g.name === 'BUTLER_WRITER_KAFKA_TOPIC')).toMatchObject({ order: 'blocked', environments: ['prompt-keda-lsstcam/usdfprod-prompt-processing'] });
  }, 300_000);
});

/** A commit on `parent` in a bare repository with `files` replaced (plumbing: a temporary index, no work tree). */
function commitFiles(repo: string, parent: string, files: Record<string, string>): string {
  const index = path.join(mkdtempSync(path.join(os.tmpdir(), 'lockstep-index-')), 'index');
  const env = { ...process.env, GIT_INDEX_FILE: index, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: repo, env, input, encoding: 'utf8' }).trim();
  try {
    git(['read-tree', parent]);
    for (const [file, text] of Object.entries(files)) git(['update-index', '--add', '--cacheinfo', `100644,${git(['hash-object', '-w', '--stdin'], text)},${file}`]);
    return git(['commit-tree', git(['write-tree']), '-p', git(['rev-parse', parent]), '-m', 'test change']);
  } finally {
    rmSync(path.dirname(index), { recursive: true, force: true });
  }
}
