/**
 * env-diff in the deployment repository (Phalanx shape), against a real service repository
 * (Prompt Processing shape) with release tags: the order rules on the chart side, deployed
 * version blocking, conditional entries, version changes and parity.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitFixture, type FileTree } from '../../support/git-fixture.js';
import { plainBlocks } from '../../support/plain-blocks.js';
import { makeServiceRepository, serviceFiles } from '../../fixtures/env/prompt-processing.js';
import { DEPLOYMENT_CONFIG, INIT_ENTRIES, initEntry, phalanxFiles, scaledJob, SERVICE_ENTRIES, serviceEntry, values, type ChartParts } from '../../fixtures/env/phalanx.js';
import { runEnvDiff } from '../../../src/env/run.js';
import { repositoryConfig } from '../../support/check-config.js';
import { InputError } from '../../../src/errors.js';

let service: GitFixture;
const repos: GitFixture[] = [];

beforeAll(() => {
  service = makeServiceRepository();
});
afterAll(() => {
  service.remove();
  for (const repo of repos) repo.remove();
});

/** A deployment repository whose base is the standard chart and whose head applies `change`. */
async function diffDeployment(change: FileTree | ((parts: ChartParts) => ChartParts), baseParts: ChartParts = {}) {
  const repo = new GitFixture();
  repos.push(repo);
  repo.write(phalanxFiles(service.dir, baseParts));
  const base = repo.commit('base');
  repo.write(typeof change === 'function' ? phalanxFiles(service.dir, change(baseParts)) : change);
  const head = repo.commit('head');
  return runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
}

const guidanceFor = (report: Awaited<ReturnType<typeof runEnvDiff>>, name: string) => report.data.guidance.find((g) => g.name === name);

describe('env-diff in the deployment repository', () => {
  it('passes with no guidance when nothing env-related changes', async () => {
    const report = await diffDeployment({ 'README.md': 'docs\n' });
    expect(report.verdict).toBe('pass');
    expect(report.data).toEqual({ verdict: 'pass', changes: [], guidance: [], parity: [], deployed: [], environments: [] });
  });

  it('config adds X to both workloads: safe, merge and sync any time', async () => {
    const report = await diffDeployment((parts) => ({
      ...parts,
      serviceExtra: serviceEntry('NEW_SETTING', '{{ .Values.newSetting }}'),
      initExtra: initEntry('NEW_SETTING', '{{ .Values.newSetting }}'),
    }));
    expect(report.verdict).toBe('pass');
    expect(report.data.changes).toEqual([
      expect.objectContaining({ side: 'chart', kind: 'set-added', name: 'NEW_SETTING', workload: 'service', value: '{{ .Values.newSetting }}', file: 'charts/prompt-keda/templates/scaled-job.yaml', conditional: false }),
      expect.objectContaining({ side: 'chart', kind: 'set-added', name: 'NEW_SETTING', workload: 'initializer', file: 'charts/prompt-keda/templates/_service-init.tpl' }),
    ]);
    expect(guidanceFor(report, 'NEW_SETTING')).toMatchObject({ order: 'safe' });
    expect(report.data.parity).toEqual([]);
  });

  it('config removes X that production still requires: blocked, naming the environment, version and the reading line', async () => {
    const report = await diffDeployment((parts) => ({ ...parts, serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
    expect(report.verdict).toBe('fail');
    const guidance = guidanceFor(report, 'LEGACY_BUCKET')!;
    expect(guidance.order).toBe('blocked');
    // 1.0.0 reads it; 2.0.0 (dev, and latiss via v2.0) does not.
    expect(guidance.environments).toEqual(['prompt-keda-lsstcam/usdfprod']);
    expect(guidance.message).toContain('runs 1.0.0');
    expect(guidance.message).toContain('@1.0.0:python/activator/config.py:8');
    const finding = report.findings.find((f) => f.id === 'env/config-removes-required')!;
    // Annotated at head next to where the removed lines were (base 30–31; head 29 is the line above), saying so.
    expect(finding).toMatchObject({ severity: 'error', file: 'charts/prompt-keda/templates/scaled-job.yaml', line: 29 });
    expect(finding.message).toContain('Removed from charts/prompt-keda/templates/scaled-job.yaml:30 at base; shown at line 29');
    expect(report.data.changes).toEqual([expect.objectContaining({ kind: 'set-removed', name: 'LEGACY_BUCKET', workload: 'service', line: 30 })]);
  });

  it('a removal below added lines is annotated where it was at head, never on the base line number of the head file', async () => {
    const added = serviceEntry('ADDED_ONE', 'a') + serviceEntry('ADDED_TWO', 'b');
    const report = await diffDeployment((parts) => ({
      ...parts,
      serviceEntries: added + SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), ''),
      initExtra: initEntry('ADDED_ONE', 'a') + initEntry('ADDED_TWO', 'b'),
    }));
    const head = scaledJob({ serviceEntries: added + SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }).split('\n');
    const finding = report.findings.find((f) => f.id === 'env/config-removes-required')!;
    // Base line 30 is now line 34 (four lines added above); line 30 at head is an unrelated entry.
    expect(head[30 - 1]).toContain('LOCAL_REPOS');
    expect(finding).toMatchObject({ file: 'charts/prompt-keda/templates/scaled-job.yaml', line: 33 });
    expect(head[33 - 1]).toContain('value: {{ .Values.logLevel }}');
    expect(head[34 - 1]).toContain('- name: SATTLE_URI_BASE');
    expect(finding.message).toContain('Removed from charts/prompt-keda/templates/scaled-job.yaml:30 at base; shown at line 33');
  });

  it('an entry in flow style is read: removing it while production requires it is blocked; an unreadable one removed is a warning', async () => {
    const legacy = serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}');
    const flow = '              - {name: LEGACY_BUCKET, value: "{{ .Values.s3.legacyBucket }}"}\n';
    const unreadable = '              - {{ toYaml .Values.extraEnv | nindent 16 | trim }}\n';
    const report = await diffDeployment(
      (parts) => ({ ...parts, serviceEntries: SERVICE_ENTRIES.replace(legacy, '') }),
      { serviceEntries: SERVICE_ENTRIES.replace(legacy, flow + unreadable) },
    );
    expect(report.verdict).toBe('fail');
    expect(guidanceFor(report, 'LEGACY_BUCKET')).toMatchObject({ order: 'blocked', environments: ['prompt-keda-lsstcam/usdfprod'] });
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'env/dynamic-entries-removed', severity: 'warning', message: expect.stringContaining('toYaml .Values.extraEnv') }),
      ]),
    );
  });

  it('a renamed entry is "together" for the new name, and still blocked where a deployed version requires the old one', async () => {
    const report = await diffDeployment((parts) => ({
      ...parts,
      serviceEntries: SERVICE_ENTRIES.replace('- name: LEGACY_BUCKET', '- name: OLD_IMAGE_BUCKET'),
    }));
    expect(guidanceFor(report, 'OLD_IMAGE_BUCKET')).toMatchObject({ order: 'together', message: expect.stringContaining('LEGACY_BUCKET is renamed to OLD_IMAGE_BUCKET') });
    expect(guidanceFor(report, 'LEGACY_BUCKET')).toMatchObject({ order: 'blocked', environments: ['prompt-keda-lsstcam/usdfprod'] });
  });

  it('a removal reads only the deployed files that mention the removed name (an unreadable unrelated file is never opened)', async () => {
    const big = new GitFixture();
    repos.push(big);
    // A 3 MB module at the release: reading it would be refused (files over 2 MB are input errors).
    big.write({ ...serviceFiles(1, '.'), 'python/activator/generated_tables.py': `TABLE = '${'x'.repeat(3 * 1024 * 1024)}'\n` }).commit('1.0.0 with a 3 MB module');
    big.tag('1.0.0');
    const repo = new GitFixture();
    repos.push(repo);
    repo.write(phalanxFiles(big.dir));
    const base = repo.commit('base');
    repo.write(phalanxFiles(big.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
    const head = repo.commit('head');
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
    // (This repository has no 2.0.0 release, so the other environments are blocked as unreadable.)
    expect(guidanceFor(report, 'LEGACY_BUCKET')!.message).toContain('prompt-keda-lsstcam/usdfprod runs 1.0.0, whose service requires LEGACY_BUCKET');
  });

  it('a removal from a workload the code settings do not name cannot be checked: a warning, code first', async () => {
    const serviceOnly = (files: FileTree) => ({
      ...files,
      '.github/lockstep.yml': (files['.github/lockstep.yml'] as string).replace(
        '    ref: main\n',
        '    ref: main\n    code:\n      service: ["python/activator/**/*.py", "python/shared/**/*.py"]\n',
      ),
    });
    const repo = new GitFixture();
    repos.push(repo);
    repo.write(serviceOnly(phalanxFiles(service.dir)));
    const base = repo.commit('base');
    repo.write(serviceOnly(phalanxFiles(service.dir, { initEntries: INIT_ENTRIES.replace(initEntry('CONFIG_APDB', '{{ .Values.apdb.config }}'), '') })));
    const head = repo.commit('head');
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
    expect(guidanceFor(report, 'CONFIG_APDB')).toMatchObject({ order: 'code-first', message: expect.stringContaining('name no initializer workload') });
    expect(report.findings).toContainEqual(expect.objectContaining({ id: 'env/config-removes-no-workload', severity: 'warning' }));
  });

  it('config removes X no deployed version reads: safe', async () => {
    const report = await diffDeployment((parts) => ({ ...parts, serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('PLATFORM', 'keda'), '') }));
    expect(report.verdict).toBe('pass');
    expect(guidanceFor(report, 'PLATFORM')).toMatchObject({ order: 'safe' });
  });

  it('config removes X that deployed versions read optionally: a warning, not a block', async () => {
    const report = await diffDeployment((parts) => ({
      ...parts,
      serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('SERVICE_LOG_LEVELS', '{{ .Values.logLevel }}'), ''),
      initEntries: INIT_ENTRIES.replace(initEntry('SERVICE_LOG_LEVELS', '{{ .Values.logLevel }}'), ''),
    }));
    expect(report.verdict).toBe('pass');
    expect(guidanceFor(report, 'SERVICE_LOG_LEVELS')!.order).toBe('safe');
    const warnings = report.findings.filter((f) => f.id === 'env/config-removes-optional');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.message).toContain('default ""');
  });

  it('a read behind a flag: removing the entry is not a block where the flag is off, and is where it is on', async () => {
    const without = SERVICE_ENTRIES.replace(serviceEntry('BUTLER_WRITER_TOPIC', '{{ .Values.butler_writer.topic }}'), '');
    const report = await diffDeployment((parts) => ({ ...parts, serviceEntries: without }));
    const guidance = guidanceFor(report, 'BUTLER_WRITER_TOPIC')!;
    // Only usdfdev enables the Butler writer (and runs 2.0.0, which reads the topic when the flag is on).
    expect(guidance.order).toBe('blocked');
    expect(guidance.environments).toEqual(['prompt-keda-lsstcam/usdfdev']);
    expect(guidance.message).toContain('when `use_kafka_butler_writer`');
    expect(report.data.changes[0]).toMatchObject({ kind: 'set-removed', conditional: true, condition: '.Values.butler_writer.enabled' });
  });

  it('dropping a flagged variable together with its flag is not a block: the flag defaults to off', async () => {
    const withoutBlock = SERVICE_ENTRIES.replace(
      `              {{- if .Values.butler_writer.enabled }}\n${serviceEntry('USE_KAFKA_BUTLER_WRITER', '"1"')}${serviceEntry('BUTLER_WRITER_TOPIC', '{{ .Values.butler_writer.topic }}')}              {{- end }}\n`,
      '',
    );
    expect(withoutBlock).not.toBe(SERVICE_ENTRIES);
    const report = await diffDeployment((parts) => ({ ...parts, serviceEntries: withoutBlock }));
    expect(report.verdict).toBe('pass');
    expect(guidanceFor(report, 'BUTLER_WRITER_TOPIC')).toMatchObject({ order: 'safe', environments: ['prompt-keda-lsstcam/usdfdev'] });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ id: 'env/config-flag-off', severity: 'warning', message: expect.stringContaining('USE_KAFKA_BUTLER_WRITER is not set there either') }),
    );
  });

  it('turning a flag off in one environment leaves the flagged variable unset there: a warning, not a block', async () => {
    const report = await diffDeployment({ 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: '2.0.0', butlerWriter: false }) });
    expect(report.verdict).toBe('pass');
    const warning = report.findings.find((f) => f.id === 'env/config-condition-off' && f.message.includes('BUTLER_WRITER_TOPIC'));
    expect(warning).toBeDefined();
  });

  it('a PR that moves an environment to a version requiring an unset variable is blocked at the tag line', async () => {
    const report = await diffDeployment({ 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: '3.0.0', butlerWriter: true }) });
    expect(report.verdict).toBe('fail');
    const guidance = guidanceFor(report, 'SASQUATCH_URL')!;
    expect(guidance).toMatchObject({ order: 'blocked', environments: ['prompt-keda-lsstcam/usdfdev'] });
    expect(guidance.message).toContain('python/shared/config.py:4');
    const finding = report.findings.find((f) => f.id === 'env/new-version-missing')!;
    expect(finding).toMatchObject({ file: 'applications/prompt-keda-lsstcam/values-usdfdev.yaml', line: 3 });
  });

  it('a version change is judged by what it newly requires, not by gaps the environment already ran with', async () => {
    const gap = { initEntries: INIT_ENTRIES.replace(initEntry('RUBIN_INSTRUMENT', '{{ .Values.instrument.name }}'), '') };
    const report = await diffDeployment(
      { ...phalanxFiles(service.dir, gap), 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: '3.0.0', butlerWriter: true }) },
      gap,
    );
    // 2.0.0 already required RUBIN_INSTRUMENT in the initializer, unset: not this PR's doing.
    expect(guidanceFor(report, 'RUBIN_INSTRUMENT')).toBeUndefined();
    expect(guidanceFor(report, 'SASQUATCH_URL')).toMatchObject({ order: 'blocked' });
  });

  it('the same version change passes once the chart sets the variable in both workloads', async () => {
    const report = await diffDeployment({
      ...phalanxFiles(service.dir, {
        serviceExtra: serviceEntry('SASQUATCH_URL', '{{ .Values.sasquatch.endpointUrl }}'),
        initExtra: initEntry('SASQUATCH_URL', '{{ .Values.sasquatch.endpointUrl }}'),
      }),
      'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: '3.0.0', butlerWriter: true }),
    });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('a new environment is checked against the version it will run', async () => {
    const report = await diffDeployment({ 'applications/prompt-keda-lsstcam/values-summit.yaml': values({ tag: '3.0.0' }) });
    expect(guidanceFor(report, 'SASQUATCH_URL')).toMatchObject({ order: 'blocked', environments: ['prompt-keda-lsstcam/summit'] });
    expect(report.verdict).toBe('fail');
  });

  it('flags a downgrade, loudly across a major version', async () => {
    const minor = await diffDeployment({ 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: '2.0', butlerWriter: true }) });
    expect(minor.findings.some((f) => f.id.includes('downgrade'))).toBe(false); // 2.0 is 2.0.0: same release
    const major = await diffDeployment({ 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: '1.0.0', butlerWriter: true }) });
    const loud = major.findings.find((f) => f.id === 'env/major-downgrade')!;
    expect(loud).toMatchObject({ severity: 'warning', file: 'applications/prompt-keda-lsstcam/values-usdfdev.yaml', line: 3 });
    expect(loud.title).toContain('DOWNGRADE ACROSS A MAJOR VERSION');
    expect(major.headline).toContain('DOWNGRADE ACROSS A MAJOR VERSION');
    // 1.0.0 requires LEGACY_BUCKET, which the chart still sets: nothing blocks.
    expect(major.verdict).toBe('pass');
  });

  it('a downgrade with no variable differences is a warning, listed with its move in the table and the JSON', async () => {
    // Releases 0.9.0 … 2.0.0 read the same variables: nothing blocks, but each move down is told.
    const same = new GitFixture();
    repos.push(same);
    same.write(serviceFiles(1, '../phalanx')).commit('0.9.0');
    same.tag('0.9.0', true);
    for (const tag of ['1.0.0', '1.1.0', '2.0.0']) {
      same.write({ 'README.md': `${tag}\n` }).commit(tag);
      same.tag(tag, true);
    }
    same.tag('2.0');
    const repo = new GitFixture();
    repos.push(repo);
    repo.write({ ...phalanxFiles(same.dir), 'applications/prompt-keda-latiss/values-usdfprod.yaml': values({ tag: '1.1.0' }) });
    const base = repo.commit('base');
    repo.write({
      'applications/prompt-keda-lsstcam/values-usdfprod.yaml': values({ tag: '0.9.0' }),
      'applications/prompt-keda-latiss/values-usdfprod.yaml': values({ tag: '1.0.0' }),
    });
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head: repo.commit('head: roll back') } });
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => [f.id, f.severity, f.file])).toEqual(
      expect.arrayContaining([
        ['env/major-downgrade', 'warning', 'applications/prompt-keda-lsstcam/values-usdfprod.yaml'],
        ['env/downgrade', 'warning', 'applications/prompt-keda-latiss/values-usdfprod.yaml'],
      ]),
    );
    expect(report.data.deployed).toEqual([
      { environment: 'prompt-keda-latiss/usdfprod', before: '1.1.0', after: '1.0.0', release: '1.0.0', move: 'downgrade', where: 'applications/prompt-keda-latiss/values-usdfprod.yaml:3' },
      { environment: 'prompt-keda-lsstcam/usdfprod', before: '1.0.0', after: '0.9.0', release: '0.9.0', move: 'major-downgrade', where: 'applications/prompt-keda-lsstcam/values-usdfprod.yaml:3' },
    ]);
    const table = plainBlocks(report.blocks).find((block) => block.kind === 'table' && block.headers.includes('Move'));
    expect(table).toMatchObject({ rows: expect.arrayContaining([expect.arrayContaining(['prompt-keda-latiss/usdfprod', '1.1.0 → 1.0.0', '⚠️ downgrade'])]) });
  });

  it('an image tag with no matching release fails closed when a removal depends on it', async () => {
    const report = await diffDeployment({
      ...phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('PLATFORM', 'keda'), '') }),
      'applications/prompt-keda-latiss/values-usdfprod.yaml': values({ tag: '9.9.9' }),
    });
    expect(report.verdict).toBe('fail');
    expect(report.findings.some((f) => f.id === 'env/version-unknown' && f.message.includes('9.9.9'))).toBe(true);
  });

  it('moving an environment to a tag with no release fails on the tag line, without a guidance row', async () => {
    const report = await diffDeployment({ 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: '15.0.0', butlerWriter: true }) });
    expect(report.verdict).toBe('fail');
    expect(report.data.guidance).toEqual([]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ id: 'env/version-unknown-for-move', severity: 'error', file: 'applications/prompt-keda-lsstcam/values-usdfdev.yaml', line: 3 }),
    );
    expect(report.headline).toContain('no release tag for 15.0.0');
  });

  it('an environment pinned to latest runs the counterpart branch: removing what only old releases read is safe there', async () => {
    const report = await diffDeployment({
      ...phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }),
      'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: 'latest', butlerWriter: true }),
    });
    const guidance = guidanceFor(report, 'LEGACY_BUCKET')!;
    expect(guidance.environments).toEqual(['prompt-keda-lsstcam/usdfprod']);
    expect(plainBlocks(report.blocks)).toContainEqual(
      expect.objectContaining({ kind: 'table', rows: expect.arrayContaining([['prompt-keda-lsstcam/usdfdev', '2.0.0 → latest', 'changed (not comparable as versions)', 'main', expect.any(String)]]) }),
    );
  });

  it('an image tag naming a branch is read at that branch only when env.counterpart.branch-tags declares it; otherwise it fails closed', async () => {
    const change = (config: string) => ({
      ...phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }),
      '.github/lockstep.yml': config,
      'applications/prompt-keda-lsstcam/values-usdfdev.yaml': values({ tag: 'main', butlerWriter: true }),
    });
    const undeclared = await diffDeployment(change(DEPLOYMENT_CONFIG(service.dir)));
    expect(undeclared.verdict).toBe('fail');
    expect(undeclared.headline).toContain('no release tag for main');
    const declared = await diffDeployment(change(DEPLOYMENT_CONFIG(service.dir).replace('    ref: main\n', '    ref: main\n    branch-tags: [latest, main]\n')));
    expect(declared.findings.filter((f) => f.id.startsWith('env/version-unknown'))).toEqual([]);
    expect(guidanceFor(declared, 'LEGACY_BUCKET')!.environments).toEqual(['prompt-keda-lsstcam/usdfprod']);
    expect(plainBlocks(declared.blocks)).toContainEqual(
      expect.objectContaining({ kind: 'table', rows: expect.arrayContaining([['prompt-keda-lsstcam/usdfdev', '2.0.0 → main', 'changed (not comparable as versions)', 'main', expect.any(String)]]) }),
    );
  });

  it('falls back to the chart appVersion when no values file pins a tag', async () => {
    const report = await diffDeployment({
      ...phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }),
      'applications/prompt-keda-lsstcam/values-usdfprod.yaml': values({}),
      'charts/prompt-keda/Chart.yaml': 'apiVersion: v2\nname: prompt-keda\nversion: 1.0.0\nappVersion: 3.0.0\n',
    });
    // usdfprod now runs appVersion 3.0.0 — which no longer reads LEGACY_BUCKET.
    expect(guidanceFor(report, 'LEGACY_BUCKET')!.order).toBe('safe');
  });

  it('reads a counterpart given as a git URL: its tags listed remotely, only the deployed tag fetched', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    const url = `file://${service.dir}`;
    repo.write(phalanxFiles(url));
    const base = repo.commit('base');
    repo.write(phalanxFiles(url, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
    const head = repo.commit('head');
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
    expect(guidanceFor(report, 'LEGACY_BUCKET')).toMatchObject({ order: 'blocked', environments: ['prompt-keda-lsstcam/usdfprod'] });
    expect(guidanceFor(report, 'LEGACY_BUCKET')!.message).toContain(`${url}@1.0.0:python/activator/config.py:8`);
  });

  it('reads a counterpart given as owner/name from the server (shallow fetch), linking the reading line', async () => {
    const server = mkdtempSync(path.join(os.tmpdir(), 'lockstep-server-'));
    execFileSync('git', ['clone', '--quiet', '--bare', service.dir, path.join(server, 'lsst-dm/prompt_processing.git')]);
    try {
      const repo = new GitFixture();
      repos.push(repo);
      repo.write(phalanxFiles('lsst-dm/prompt_processing'));
      const base = repo.commit('base');
      repo.write(phalanxFiles('lsst-dm/prompt_processing', { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
      const head = repo.commit('head');
      const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head }, serverUrl: `file://${server}` });
      const guidance = guidanceFor(report, 'LEGACY_BUCKET')!;
      expect(guidance).toMatchObject({ order: 'blocked', environments: ['prompt-keda-lsstcam/usdfprod'] });
      expect(guidance.message).toContain(`lsst-dm/prompt_processing@1.0.0:python/activator/config.py:8, file://${server}/lsst-dm/prompt_processing/blob/1.0.0/python/activator/config.py#L8`);
    } finally {
      rmSync(server, { recursive: true, force: true });
    }
  });

  it('a deployment PR that changes nothing env-related never fetches the counterpart', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    repo.write(phalanxFiles('file:///nonexistent/prompt_processing'));
    const base = repo.commit('base');
    repo.write({ 'docs/index.md': 'docs\n' });
    const head = repo.commit('head');
    await expect(runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } })).resolves.toMatchObject({ verdict: 'pass' });
  });

  it('without environments, the chart defaults are the one environment (appVersion is the deployed version)', async () => {
    const noEnvironments = (files: FileTree) => ({
      ...files,
      '.github/lockstep.yml': (files['.github/lockstep.yml'] as string).replace('    environments: applications/prompt-keda-*/values-*.yaml\n', ''),
    });
    const report = await diffDeployment(
      noEnvironments(phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') })),
    );
    // The base commit still has environments configured: the config is read from the work tree (head).
    expect(guidanceFor(report, 'LEGACY_BUCKET')).toMatchObject({ order: 'blocked', environments: ['(chart defaults)'] });
    expect(guidanceFor(report, 'LEGACY_BUCKET')!.message).toContain('runs 1.0.0');
  });

  describe('parity between the service and the initializer', () => {
    it('a variable added to the initializer only, while the service also needs it, is an error', async () => {
      const report = await diffDeployment((parts) => ({ ...parts, initExtra: initEntry('DAF_BUTLER_CACHE', '{{ .Values.cache.dir }}') }));
      expect(report.verdict).toBe('fail');
      expect(report.data.parity).toEqual([
        { name: 'DAF_BUTLER_CACHE', workloads: ['service'], problem: 'missing', file: 'charts/prompt-keda/templates/_service-init.tpl', line: 18 },
      ]);
      expect(report.findings.find((f) => f.id === 'env/parity-missing')).toMatchObject({ severity: 'error', line: 18, message: expect.stringContaining('no known code reads it') });
    });

    it('an initializer created without variables the service had is an error', async () => {
      const repo = new GitFixture();
      repos.push(repo);
      const files = phalanxFiles(service.dir);
      repo.write({ ...files, 'charts/prompt-keda/templates/_service-init.tpl': null, 'charts/prompt-keda/templates/service-init.yaml': null });
      const base = repo.commit('before the initializer');
      repo.write(phalanxFiles(service.dir, { initEntries: initEntry('RUBIN_INSTRUMENT', '{{ .Values.instrument.name }}') }));
      const head = repo.commit('add the initializer');
      const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
      expect(report.verdict).toBe('fail');
      // SATTLE_URI_BASE: the service repository declares the initializer reads it (env.extra-reads).
      expect(report.data.parity.map((p) => [p.name, p.problem, p.workloads])).toEqual([['SATTLE_URI_BASE', 'missing', ['initializer']]]);
      expect(report.findings.find((f) => f.id === 'env/parity-missing')!.message).toMatch(/initializer reads it at env\.extra-reads in .*lockstep\.yml/);
      // SERVICE_LOG_LEVELS: only the service's code reads it (python/activator/config.py) — expected drift, listed.
      expect(report.findings).toContainEqual(
        expect.objectContaining({ id: 'env/parity-expected', severity: 'notice', message: expect.stringContaining('only the code of service reads it') }),
      );
    });

    it('an entry removed from one workload while the other keeps it is an error', async () => {
      const report = await diffDeployment((parts) => ({ ...parts, initEntries: INIT_ENTRIES.replace(initEntry('RUBIN_INSTRUMENT', '{{ .Values.instrument.name }}'), '') }));
      expect(report.data.parity).toEqual([
        { name: 'RUBIN_INSTRUMENT', workloads: ['initializer'], problem: 'missing', file: 'charts/prompt-keda/templates/scaled-job.yaml', line: 22 },
      ]);
      expect(report.verdict).toBe('fail');
    });

    it('a value changed in one workload only is an error when both read it; drift when only one does', async () => {
      const both = await diffDeployment((parts) => ({
        ...parts,
        initEntries: INIT_ENTRIES.replace('{{ .Values.instrument.name }}', '{{ .Values.initializer.instrument }}'),
      }));
      expect(both.data.parity).toEqual([expect.objectContaining({ name: 'RUBIN_INSTRUMENT', problem: 'different', workloads: ['service', 'initializer'], line: 10 })]);
      expect(both.findings.find((f) => f.id === 'env/parity-different')!.message).toMatch(/service reads it at .*python\/shared\/config\.py:3; initializer reads it at/);
      expect(both.verdict).toBe('fail');
      const report = await diffDeployment((parts) => ({
        ...parts,
        initEntries: INIT_ENTRIES.replace('{{ .Values.logLevel }}', '{{ .Values.initializer.logLevel }}'),
      }));
      // Only the service reads SERVICE_LOG_LEVELS: the initializer's value does not matter.
      expect(report.data.parity).toEqual([]);
      expect(report.findings).toContainEqual(expect.objectContaining({ id: 'env/parity-expected', line: 12 }));
      expect(report.findings).toContainEqual(
        expect.objectContaining({ id: 'env/config-changes', message: expect.stringContaining('now gets SERVICE_LOG_LEVELS `{{ .Values.initializer.logLevel }}` (was `{{ .Values.logLevel }}`)') }),
      );
      expect(report.verdict).toBe('pass');
    });

    it('a variable only one workload reads needs no parity-exempt: added to that workload only, it is expected drift', async () => {
      const noExempt = (files: FileTree): FileTree => ({
        ...files,
        '.github/lockstep.yml': (files['.github/lockstep.yml'] as string).replace(/ {2}parity-exempt:[\s\S]*$/, ''),
      });
      const repo = new GitFixture();
      repos.push(repo);
      const withoutBucket = SERVICE_ENTRIES.replace(serviceEntry('IMAGE_BUCKET', '{{ .Values.s3.imageBucket }}'), '');
      repo.write(noExempt(phalanxFiles(service.dir, { serviceEntries: withoutBucket })));
      const base = repo.commit('base');
      repo.write(noExempt(phalanxFiles(service.dir)));
      const head = repo.commit('service gets IMAGE_BUCKET');
      const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
      expect(report.data.parity).toEqual([]);
      expect(report.verdict).toBe('pass');
      const drift = report.findings.find((f) => f.id === 'env/parity-expected')!;
      expect(drift.message).toContain('IMAGE_BUCKET is now set for service but not for initializer');
      expect(drift.message).toMatch(/only the code of service reads it \(.*@1\.0\.0:python\/activator\/config\.py:5\)/);
    });

    it('with X and if X + X are the same setting; exempt variables are not compared', async () => {
      const report = await diffDeployment({ 'README.md': 'x\n' });
      expect(report.blocks.some((b) => b.kind === 'details')).toBe(false);
    });

    it('drift already at base is shown, not failed; removing drift is fine', async () => {
      const drift = { initExtra: initEntry('ONLY_IN_INIT', '{{ .Values.x }}') };
      const unchanged = await diffDeployment((parts) => ({ ...parts, serviceExtra: serviceEntry('UNRELATED', 'x') , initExtra: parts.initExtra + initEntry('UNRELATED', 'x') }), drift);
      expect(unchanged.verdict).toBe('pass');
      expect(unchanged.data.parity).toEqual([]);
      const details = unchanged.blocks.find((b) => b.kind === 'details');
      expect(JSON.stringify(details)).toContain('ONLY_IN_INIT');
      const fixed = await diffDeployment((parts) => ({ ...parts, initExtra: '' }), drift);
      expect(fixed.verdict).toBe('pass');
      expect(JSON.stringify(fixed.blocks)).toContain('drift removed by this change');
    });
  });

  it('reports entries it cannot read statically (toYaml, computed names) instead of dropping them', async () => {
    const report = await diffDeployment((parts) => ({
      ...parts,
      serviceExtra: '              {{- toYaml .Values.extraEnv | nindent 14 }}\n              {{- range $name, $value := .Values.more }}\n              - name: {{ $name }}\n                value: {{ $value | quote }}\n              {{- end }}\n',
    }));
    expect(report.verdict).toBe('pass');
    const notes = report.findings.filter((f) => f.id === 'env/dynamic-entries');
    expect(notes.map((f) => [f.line, f.message.includes('toYaml .Values.extraEnv') || f.message.includes('{{ $name }}')])).toEqual([
      [40, true],
      [42, true],
    ]);
  });

  it('with the helm cross-check asked for and no helm on PATH, says so and keeps the static reading', async () => {
    const repo = new GitFixture();
    repos.push(repo);
    repo.write(phalanxFiles(service.dir));
    const base = repo.commit('base');
    repo.write({ 'README.md': 'x\n' });
    const head = repo.commit('head');
    const savedPath = process.env.PATH;
    process.env.PATH = '/usr/bin'; // git, but no helm
    try {
      const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head }, helm: true });
      expect(report.verdict).toBe('pass');
      expect(report.findings).toEqual([expect.objectContaining({ id: 'env/helm-unavailable', severity: 'notice' })]);
    } finally {
      process.env.PATH = savedPath;
    }
  });

  describe('bad input', () => {
    it('a malformed values file is an InputError naming the file and line', async () => {
      await expect(diffDeployment({ 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': 'prompt-keda:\n  image:\n    tag: [1.0\n' })).rejects.toMatchObject({
        name: 'InputError',
        file: 'applications/prompt-keda-lsstcam/values-usdfdev.yaml',
      });
    });

    it('a YAML alias bomb is refused', async () => {
      const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
      await expect(diffDeployment({ 'applications/prompt-keda-lsstcam/values-usdfdev.yaml': bomb + '\n' })).rejects.toBeInstanceOf(InputError);
    });

    it('a malformed template is an InputError naming the file and line', async () => {
      await expect(diffDeployment({ 'charts/prompt-keda/templates/_helpers.tpl': '{{- define "prompt-keda.s3-env" -}}\n- name: A\n  value: {{ .Values.a\n{{- end }}\n' })).rejects.toMatchObject({
        name: 'InputError',
        file: 'charts/prompt-keda/templates/_helpers.tpl',
        line: 3,
      });
    });

    it('a counterpart that cannot be fetched is a clear error, never a silent safe', async () => {
      const repo = new GitFixture();
      repos.push(repo);
      repo.write(phalanxFiles('/nonexistent/prompt_processing'));
      const base = repo.commit('base');
      repo.write(phalanxFiles('/nonexistent/prompt_processing', { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('PLATFORM', 'keda'), '') }));
      const head = repo.commit('head');
      await expect(runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } })).rejects.toMatchObject({ name: 'InputError', message: expect.stringContaining('/nonexistent/prompt_processing') });
    });
  });
});
