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
