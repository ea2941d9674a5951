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

/** The README's Phalanx config, without its parity-exempt list (the code tells now), PP as counterpart. */
const phalanxConfig = (pp: string) =>
  parseConfig(
    `env:
  chart:
    path: charts/prompt-keda
    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}
    environments: applications/prompt-keda-*/values-*.yaml
    image-tag: prompt-keda.image.tag
  counterpart:
    repository: ${JSON.stringify(pp)}
    ref: main
    code:
      service: ["python/activator/**/*.py", "python/shared/**/*.py", "config/*.py"]
      initializer: ["python/initializer/**/*.py", "python/shared/**/*.py"]
  extra-reads:
    service: [SATTLE_URI_BASE, {name: LSST_RESOURCES_NUM_WORKERS, optional: true}]
    initializer: [SATTLE_URI_BASE, {name: LSST_RESOURCES_NUM_WORKERS, optional: true}]
  parity: [service, initializer]
`,
    'phalanx lockstep.yml',
  );

maybe('the README incidents on Phalanx, with no parity-exempt list', () => {
  let phalanxDir: string;
  beforeAll(() => {
    phalanxDir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-phalanx-'));
    execFileSync('git', ['clone', '--quiet', '--bare', path.join(HISTORY!, 'phalanx.bundle'), phalanxDir]);
  });
  afterAll(() => {
    if (phalanxDir) rmSync(phalanxDir, { recursive: true, force: true });
  });
  const replay = (commit: string) => runEnvDiff({ repoDir: phalanxDir, base: `${commit}^`, head: commit, config: phalanxConfig(dir) });

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
