/**
 * env-diff in the service repository (Prompt Processing shape), against a real deployment
 * repository (Phalanx shape) as the counterpart: the order rules on the code side.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitFixture, type FileTree } from '../../support/git-fixture.js';
import { serviceFiles } from '../../fixtures/env/prompt-processing.js';
import { phalanxFiles, serviceEntry, type ChartParts } from '../../fixtures/env/phalanx.js';
import { runEnvDiff } from '../../../src/env/run.js';
import { repositoryConfig } from '../../support/check-config.js';
import { InputError } from '../../../src/errors.js';
import { GitRepository } from '../../../src/git/repository.js';
import { CodeReader } from '../../../src/env/code-reads.js';
import { diffCode } from '../../../src/env/code-diff.js';

let phalanx: GitFixture;
const repos: GitFixture[] = [];

beforeAll(() => {
  phalanx = new GitFixture();
  phalanx.write(phalanxFiles('../prompt_processing')).commit('phalanx main');
});
afterAll(() => {
  phalanx.remove();
  for (const repo of repos) repo.remove();
});

const CONFIG = 'python/activator/config.py';
const appendTo = (file: string, base: FileTree, text: string): FileTree => ({ [file]: `${base[file]}${text}` });

async function diffService(change: (base: FileTree) => FileTree, counterpart = phalanx.dir) {
  const repo = new GitFixture();
  repos.push(repo);
  const baseFiles = serviceFiles(3, counterpart);
  repo.write(baseFiles);
  const base = repo.commit('base');
  repo.write(change(baseFiles));
  const head = repo.commit('head');
  return runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
}

const guidanceFor = (report: Awaited<ReturnType<typeof runEnvDiff>>, name: string) => report.data.guidance.find((g) => g.name === name);

describe('env-diff in the service repository', () => {
  it('code adds a required read: config first, naming the environments whose chart does not set it', async () => {
    const report = await diffService((base) => appendTo(CONFIG, base, 'raw_topic = os.environ["RAW_TOPIC"]\n'));
    expect(report.verdict).toBe('pass');
    expect(report.data.changes).toEqual([
      {
        side: 'code',
        kind: 'read-added',
        name: 'RAW_TOPIC',
        workload: 'service',
        required: true,
        default: null,
        conditional: false,
        condition: null,
        value: null,
        file: CONFIG,
        line: 15,
      },
    ]);
    expect(guidanceFor(report, 'RAW_TOPIC')).toEqual({
      name: 'RAW_TOPIC',
      order: 'config-first',
      environments: ['prompt-keda-latiss/usdfprod', 'prompt-keda-lsstcam/usdfdev', 'prompt-keda-lsstcam/usdfprod'],
      message: expect.stringContaining('Merge and sync the config that sets it first'),
    });
    expect(report.findings[0]).toMatchObject({ id: 'env/code-adds-required', severity: 'warning', file: CONFIG, line: 15 });
    expect(report.headline).toBe('merge the config first for RAW_TOPIC');
  });

  it('code adds a required read the chart already sets everywhere: safe, with the chart line as evidence', async () => {
    const report = await diffService((base) => appendTo(CONFIG, base, 'platform = os.environ["PLATFORM"]\n'));
    expect(guidanceFor(report, 'PLATFORM')).toMatchObject({ order: 'safe', environments: [] });
    expect(guidanceFor(report, 'PLATFORM')!.message).toMatch(/already sets it in every environment \(charts\/prompt-keda\/templates\/scaled-job\.yaml:\d+\): merge and deploy in any order/);
    expect(report.findings.map((f) => [f.id, f.severity])).toEqual([['env/code-adds-required-config-ready', 'notice']]);
    expect(report.headline).toBe('1 variable changed, safe in any order');
  });

  it('without a counterpart, a new required read still says to merge the config first', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    repo.write({ ...serviceFiles(3, '.'), '.github/lockstep.yml': 'env:\n  code:\n    service: ["python/activator/**/*.py"]\n' });
    const base = repo.commit('base');
    repo.write(appendTo(CONFIG, serviceFiles(3, '.'), 'raw_topic = os.environ["RAW_TOPIC"]\n'));
    const head = repo.commit('head');
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
    expect(report.headline).toBe('merge the config first for RAW_TOPIC');
    expect(guidanceFor(report, 'RAW_TOPIC')!.message).toContain('no env.counterpart is configured');
  });

  it('a conditional read matches the chart entry behind the mirroring condition', async () => {
    // BUTLER_WRITER_TOPIC is set only where .Values.butler_writer.enabled: envs with the flag off do not count as missing.
    const report = await diffService((base) => ({
      'python/shared/config.py': `${base['python/shared/config.py']}if os.getenv("USE_KAFKA_BUTLER_WRITER", "0") == "1":\n    topic = os.environ["BUTLER_WRITER_TOPIC"]\n`,
    }));
    const initializer = report.data.changes.find((c) => c.name === 'BUTLER_WRITER_TOPIC' && c.workload === 'initializer')!;
    expect(initializer).toMatchObject({ required: true, conditional: true, condition: 'os.getenv("USE_KAFKA_BUTLER_WRITER", "0") == "1"' });
    const guidance = guidanceFor(report, 'BUTLER_WRITER_TOPIC')!;
    expect(guidance.order).toBe('config-first');
    // The service already reads it (activator); the initializer chart never sets it, so every environment lacks it there.
    expect(guidance.environments).toEqual(['prompt-keda-latiss/usdfprod', 'prompt-keda-lsstcam/usdfdev', 'prompt-keda-lsstcam/usdfprod']);
    expect(guidance.message).toContain('initializer now requires BUTLER_WRITER_TOPIC when');
    expect(guidance.message).not.toContain('service requires');
  });

  it('a conditional read is satisfied where the chart mirrors its condition, and missing nowhere', async () => {
    const mirroring = new GitFixture();
    repos.push(mirroring);
    mirroring
      .write(
        phalanxFiles('../prompt_processing', {
          serviceExtra:
            '              {{- if .Values.butler_writer.enabled }}\n' +
            serviceEntry('BUTLER_WRITER_TIMEOUT', '{{ .Values.butler_writer.timeout | quote }}') +
            '              {{- end }}\n',
        }),
      )
      .commit('phalanx with the timeout');
    const report = await diffService(
      (base) => ({ [CONFIG]: (base[CONFIG] as string).replace('    butler_writer_topic = os.environ["BUTLER_WRITER_TOPIC"]\n', '    butler_writer_topic = os.environ["BUTLER_WRITER_TOPIC"]\n    timeout = os.environ["BUTLER_WRITER_TIMEOUT"]\n') }),
      mirroring.dir,
    );
    expect(report.data.changes).toEqual([expect.objectContaining({ name: 'BUTLER_WRITER_TIMEOUT', workload: 'service', conditional: true, condition: 'use_kafka_butler_writer' })]);
    const guidance = guidanceFor(report, 'BUTLER_WRITER_TIMEOUT')!;
    expect(guidance).toMatchObject({ order: 'safe', environments: [] });
    expect(guidance.message).toContain('the chart sets it when `.Values.butler_writer.enabled`');
  });

  it('a variable newly declared in env.extra-reads (read by the Science Pipelines) is a new required read', async () => {
    const report = await diffService((base) => ({
      '.github/lockstep.yml': (base['.github/lockstep.yml'] as string).replace('    service: [SATTLE_URI_BASE]', '    service: [SATTLE_URI_BASE, LSST_RESOURCES_NUM_WORKERS]'),
    }));
    expect(report.data.changes).toEqual([expect.objectContaining({ kind: 'read-added', name: 'LSST_RESOURCES_NUM_WORKERS', workload: 'service', required: true, file: '.github/lockstep.yml' })]);
    expect(guidanceFor(report, 'LSST_RESOURCES_NUM_WORKERS')).toMatchObject({ order: 'config-first', environments: expect.arrayContaining(['prompt-keda-lsstcam/usdfprod']) });
  });

  it('code adds an optional read: safe in any order', async () => {
    const report = await diffService((base) => appendTo(CONFIG, base, 'cache = os.environ.get("CACHE_SIZE", "100")\n'));
    expect(guidanceFor(report, 'CACHE_SIZE')).toMatchObject({ order: 'safe', environments: [] });
    expect(report.data.changes[0]).toMatchObject({ kind: 'read-added', required: false, default: '"100"' });
  });

  it('a glob of env.code that matches no file at head is an InputError naming the key path and line', async () => {
    const typo = diffService((base) => ({ '.github/lockstep.yml': String(base['.github/lockstep.yml']).replace('"python/activator/**/*.py"', '"python/activatr/**/*.py"') }));
    await expect(typo).rejects.toThrow(InputError);
    await expect(typo).rejects.toMatchObject({ file: '.github/lockstep.yml', line: 3, message: 'env.code.service[0]: "python/activatr/**/*.py" matches no file at head' });
  });

  it('a read inside try/except KeyError is optional', async () => {
    const report = await diffService((base) => appendTo(CONFIG, base, 'try:\n    x = os.environ["GUARDED"]\nexcept KeyError:\n    x = None\n'));
    expect(guidanceFor(report, 'GUARDED')!.order).toBe('safe');
  });

  it('code removes a read: code first, the config may drop it once every environment runs this version', async () => {
    const report = await diffService((base) => ({ [CONFIG]: (base[CONFIG] as string).replace('log_levels = os.environ.get("SERVICE_LOG_LEVELS", "")\n', '') }));
    expect(report.data.changes).toEqual([expect.objectContaining({ kind: 'read-removed', name: 'SERVICE_LOG_LEVELS', workload: 'service', line: 7 })]);
    expect(guidanceFor(report, 'SERVICE_LOG_LEVELS')).toMatchObject({ order: 'code-first' });
    expect(guidanceFor(report, 'SERVICE_LOG_LEVELS')!.environments).toHaveLength(3);
  });

  it('a read still made by another file of the workload is not removed', async () => {
    const report = await diffService((base) => ({
      [CONFIG]: (base[CONFIG] as string).replace('image_bucket = os.environ["IMAGE_BUCKET"]\n', ''),
      'python/activator/storage.py': 'import os\n\nbucket = os.environ["IMAGE_BUCKET"]\n',
    }));
    expect(report.data.changes).toEqual([]);
  });

  it('a read made required that the chart sets everywhere: safe (config first, already met)', async () => {
    const report = await diffService((base) => ({ [CONFIG]: (base[CONFIG] as string).replace('os.environ.get("SERVICE_LOG_LEVELS", "")', 'os.environ["SERVICE_LOG_LEVELS"]') }));
    expect(report.data.changes).toEqual([expect.objectContaining({ kind: 'read-changed', name: 'SERVICE_LOG_LEVELS', required: true })]);
    expect(guidanceFor(report, 'SERVICE_LOG_LEVELS')!.order).toBe('safe');
    expect(report.findings.map((f) => f.id)).toEqual(['env/code-adds-required-config-ready']);
  });

  it('a required read moved behind a flag is safe', async () => {
    const report = await diffService((base) => ({
      [CONFIG]: (base[CONFIG] as string).replace('image_bucket = os.environ["IMAGE_BUCKET"]\n', 'if use_kafka_butler_writer:\n    image_bucket = os.environ["IMAGE_BUCKET"]\n'),
    }));
    expect(report.data.changes).toEqual([expect.objectContaining({ kind: 'read-changed', name: 'IMAGE_BUCKET', conditional: true, condition: 'use_kafka_butler_writer' })]);
    expect(guidanceFor(report, 'IMAGE_BUCKET')).toMatchObject({ order: 'safe', message: expect.stringContaining('only when `use_kafka_butler_writer`') });
  });

  it('a changed default is reported with both values', async () => {
    const report = await diffService((base) => ({ [CONFIG]: (base[CONFIG] as string).replace('"SERVICE_LOG_LEVELS", ""', '"SERVICE_LOG_LEVELS", "INFO"') }));
    expect(guidanceFor(report, 'SERVICE_LOG_LEVELS')).toMatchObject({ order: 'safe', message: expect.stringContaining('from "" to "INFO"') });
  });

  it('a rename has no compatible order: together', async () => {
    const report = await diffService((base) => ({ [CONFIG]: (base[CONFIG] as string).replace('os.environ["IMAGE_BUCKET"]', 'os.environ["RAW_IMAGE_BUCKET"]') }));
    expect(guidanceFor(report, 'IMAGE_BUCKET')!.order).toBe('together');
    expect(guidanceFor(report, 'RAW_IMAGE_BUCKET')!.order).toBe('together');
    expect(guidanceFor(report, 'RAW_IMAGE_BUCKET')!.message).toContain('IMAGE_BUCKET is renamed to RAW_IMAGE_BUCKET');
    expect(report.headline).toContain('together');
    // The Environments column and the message name the same environments (those that do not set the new name).
    const everywhere = ['prompt-keda-latiss/usdfprod', 'prompt-keda-lsstcam/usdfdev', 'prompt-keda-lsstcam/usdfprod'];
    expect(guidanceFor(report, 'RAW_IMAGE_BUCKET')!.environments).toEqual(everywhere);
    expect(guidanceFor(report, 'RAW_IMAGE_BUCKET')!.message).toContain(`RAW_IMAGE_BUCKET is not set in ${everywhere.join(', ')}`);
  });

  it('a rename to a name the counterpart already sets everywhere (PP 1f96d5f, CALIB_REPO → CENTRAL_REPO): code first, with the evidence', async () => {
    const report = await diffService((base) => ({ [CONFIG]: (base[CONFIG] as string).replace('environ["LOCAL_REPOS"]', 'environ["PLATFORM"]') }));
    expect(guidanceFor(report, 'PLATFORM')).toMatchObject({ order: 'safe', environments: [] });
    expect(guidanceFor(report, 'PLATFORM')!.message).toContain('already sets PLATFORM in every environment (charts/prompt-keda/templates/scaled-job.yaml:');
    expect(guidanceFor(report, 'PLATFORM')!.message).toContain('merge this code first');
    expect(guidanceFor(report, 'LOCAL_REPOS')).toMatchObject({ order: 'code-first' });
    expect(report.headline).not.toContain('together');
    expect(report.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['env/renamed-config-ready', 'env/code-removes-read']));
  });

  it('one read dropped and an unrelated one added on the next line is not a rename', async () => {
    const report = await diffService((base) => ({
      [CONFIG]: (base[CONFIG] as string).replace('image_bucket = os.environ["IMAGE_BUCKET"]\n', 'skymap = os.environ["SKYMAP"]\n'),
    }));
    expect(guidanceFor(report, 'SKYMAP')!.order).toBe('config-first');
    expect(guidanceFor(report, 'IMAGE_BUCKET')!.order).toBe('code-first');
    expect(report.findings.map((finding) => finding.id)).not.toContain('env/renamed');
  });

  it('a name built at run time is reported as unresolved, not dropped', async () => {
    const report = await diffService((base) => appendTo(CONFIG, base, 'suffix = "X"\nvalue = os.environ[f"BUCKET_{suffix}"]\n'));
    expect(report.findings).toEqual([expect.objectContaining({ id: 'env/unresolved-read', file: CONFIG, line: 16, message: expect.stringContaining('f"BUCKET_{suffix}"') })]);
  });

  it('a moved module keeps its reads (no change reported)', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    repo.write(serviceFiles(3, phalanx.dir));
    const base = repo.commit('base');
    repo.move('python/activator/config.py', 'python/shared/activator_config.py');
    repo.write({ 'python/activator/activator.py': 'from shared.activator_config import image_bucket\nimport shared.config\n\n\ndef main():\n    return image_bucket\n' });
    const head = repo.commit('move');
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
    // The initializer's globs now include it (python/shared/**) but its code never imports it: nothing changes for either workload.
    expect(report.data.changes).toEqual([]);
  });

  it('an own file that starts importing shared code makes its reads count (and says how)', async () => {
    const report = await diffService(() => ({
      'python/shared/raw.py': 'import os\n\n\ndef get_raw_path():\n    return os.environ["IMAGE_BUCKET"]\n',
    }));
    // Nobody imports raw.py yet: no change for either workload.
    expect(report.data.changes).toEqual([]);
    const calling = await diffService((base) => ({
      'python/shared/raw.py': 'import os\n\n\ndef get_raw_path():\n    return os.environ["IMAGE_BUCKET"]\n',
      'python/initializer/write_init_outputs.py': `${base['python/initializer/write_init_outputs.py']}from shared.raw import get_raw_path\nget_raw_path()\n`,
    }));
    expect(calling.data.changes.map((c) => `${c.kind} ${c.workload} ${c.name}`)).toEqual(['read-added initializer IMAGE_BUCKET']);
    expect(guidanceFor(calling, 'IMAGE_BUCKET')!.message).toContain(
      'initializer: python/initializer/write_init_outputs.py → shared.raw.get_raw_path reads IMAGE_BUCKET',
    );
  });

  it('a file the Python grammar cannot fully read is a warning on its line, and the reads it can see still count', async () => {
    const report = await diffService((base) => appendTo(CONFIG, base, 'def broken(:\n    pass\nraw_topic = os.environ["RAW_TOPIC"]\n'));
    expect(report.findings).toContainEqual(expect.objectContaining({ id: 'env/python-unreadable', severity: 'warning', file: CONFIG, line: 15 }));
    expect(guidanceFor(report, 'RAW_TOPIC')).toMatchObject({ order: 'config-first' });
  });

  it('a counterpart that cannot be fetched is a clear error', async () => {
    await expect(diffService((base) => appendTo(CONFIG, base, 'x = os.environ["NEW"]\n'), '/nonexistent/phalanx')).rejects.toMatchObject({ name: 'InputError' });
  });

  it('parses only the changed files, however large the repository', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    const many: FileTree = {};
    for (let i = 0; i < 200; i++) many[`python/activator/module_${i}.py`] = `import os\nvalue_${i} = os.environ.get("SETTING_${i % 10}", "${i}")\n`;
    repo.write({ ...serviceFiles(3, phalanx.dir), ...many });
    const base = repo.commit('base');
    repo.write({ 'python/activator/module_7.py': 'import os\nvalue_7 = os.environ["SETTING_7"]\n' });
    const head = repo.commit('head');
    const git = await GitRepository.open(repo.dir);
    const reader = new CodeReader(git);
    const diff = await diffCode(reader, base, head, { code: { service: ['python/activator/**/*.py'] }, extraReads: {}, configFile: '.github/lockstep.yml' });
    git.close();
    // The changed file at base and head, plus the 20 unchanged files that mention SETTING_7 (git grep).
    expect(reader.parsed).toBe(2 + 19);
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'read-changed', name: 'SETTING_7' })]);
    expect(diff.changes[0]!.after!.requirement).toBe('required');

    // Once an unchanged file requires the variable, it is required on both sides: nothing else is parsed.
    repo.write({ 'python/activator/module_17.py': 'import os\nvalue_17 = os.environ["SETTING_7"]\n' });
    const requiring = repo.commit('module_17 requires SETTING_7');
    repo.write({ 'python/activator/module_7.py': 'import os\nvalue_7 = os.environ.get("SETTING_7", "7")\n' });
    const optionalAgain = repo.commit('module_7 back to optional');
    const git2 = await GitRepository.open(repo.dir);
    const reader2 = new CodeReader(git2);
    const diff2 = await diffCode(reader2, requiring, optionalAgain, { code: { service: ['python/activator/**/*.py'] }, extraReads: {}, configFile: '.github/lockstep.yml' });
    git2.close();
    expect(diff2.changes).toEqual([]);
    expect(reader2.parsed).toBe(2 + 1);
  });
});

describe('reading a deployed version', () => {
  it('parses only the files that mention the names a removal asks about; a full scan parses them all, once', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    const many: FileTree = {};
    for (let i = 0; i < 50; i++) many[`python/activator/module_${i}.py`] = `import os\nvalue_${i} = os.environ.get("SETTING_${i}", "${i}")\n`;
    repo.write({ ...serviceFiles(3, phalanx.dir), ...many });
    const commit = repo.commit('release');
    const git = await GitRepository.open(repo.dir);
    const reader = new CodeReader(git);
    const settings = { code: { service: ['python/activator/**/*.py'] }, extraReads: {}, configFile: '.github/lockstep.yml' };
    const partial = await reader.snapshot(commit, settings, ['SETTING_7', 'LOCAL_REPOS']);
    expect(reader.parsed).toBe(2); // module_7.py and config.py
    expect(partial.workloads.get('service')!.get('LOCAL_REPOS')!.requirement).toBe('required');
    expect(partial.workloads.get('service')!.get('SETTING_7')!.requirement).toBe('optional');
    const full = await reader.snapshot(commit, settings);
    // config.py and the 50 modules, each parsed once (activator.py never spells environ: not parsed at all).
    expect(reader.parsed).toBe(51);
    expect(full.workloads.get('service')!.size).toBeGreaterThan(50);
    git.close();
  });
});

describe('env-diff with code and chart in one repository', () => {
  it('checks code changes against its own chart and chart changes against its own release tags', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    const chart = phalanxFiles('.');
    const config = `env:
  code:
    service: ["python/activator/**/*.py", "python/shared/**/*.py"]
    initializer: ["python/initializer/**/*.py", "python/shared/**/*.py"]
  chart:
    path: charts/prompt-keda
    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}
    environments: applications/prompt-keda-*/values-*.yaml
    image-tag: prompt-keda.image.tag
`;
    repo.write({ ...serviceFiles(1, '.'), ...chart, '.github/lockstep.yml': config });
    repo.commit('1.0.0');
    repo.tag('1.0.0');
    repo.write({ ...serviceFiles(2, '.'), '.github/lockstep.yml': config });
    const base = repo.commit('2.0.0');
    repo.tag('2.0.0');
    const parts: ChartParts = {};
    repo.write(phalanxFiles('.', { ...parts, serviceEntries: undefined, serviceExtra: serviceEntry('EXTRA', 'x') }));
    repo.write({ '.github/lockstep.yml': config });
    const head = repo.commit('chart change');
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
    expect(report.data.changes).toEqual([expect.objectContaining({ side: 'chart', kind: 'set-added', name: 'EXTRA' })]);
  });
});
