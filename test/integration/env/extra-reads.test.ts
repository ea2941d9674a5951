/**
 * env.extra-reads judged per deployed version: `since` bounds, optional reads, and a release's
 * own .github/lockstep.yml (at its tag) winning over the deployment repository's declaration.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitFixture } from '../../support/git-fixture.js';
import { serviceFiles } from '../../fixtures/env/prompt-processing.js';
import { DEPLOYMENT_CONFIG, phalanxFiles, SERVICE_ENTRIES, serviceEntry } from '../../fixtures/env/phalanx.js';
import { runEnvDiff } from '../../../src/env/run.js';
import { repositoryConfig } from '../../support/check-config.js';
import { extraReadsAt } from '../../../src/env/code-reads.js';
import { parseConfig } from '../../../src/config/load.js';

const repos: GitFixture[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

/** The service repository at 1.0.0 and 2.0.0 (= v2.0), its lockstep.yml declaring `extra(version)` (none when null). */
function serviceRepository(extra: (version: 1 | 2) => string | null): GitFixture {
  const repo = new GitFixture();
  repos.push(repo);
  for (const version of [1, 2] as const) {
    const files = serviceFiles(version, '../phalanx');
    const declared = extra(version);
    const config = (files['.github/lockstep.yml'] as string).replace(/ {2}extra-reads:[\s\S]*$/, declared ?? '');
    repo.write({ ...files, '.github/lockstep.yml': config }).commit(`release ${version}.0.0`);
    repo.tag(`${version}.0.0`);
  }
  repo.tag('2.0');
  return repo;
}

/** The deployment repository declaring `extra` (YAML under env), whose head stops setting `name` for the service. */
async function removeFromService(service: GitFixture, extra: string, name: string, value: string) {
  const repo = new GitFixture();
  repos.push(repo);
  const config = `${DEPLOYMENT_CONFIG(service.dir)}${extra}`;
  const withIt = SERVICE_ENTRIES.includes(`name: ${name}\n`) ? SERVICE_ENTRIES : SERVICE_ENTRIES + serviceEntry(name, value);
  repo.write({ ...phalanxFiles(service.dir, { serviceEntries: withIt }), '.github/lockstep.yml': config });
  const base = repo.commit('base');
  repo.write({ ...phalanxFiles(service.dir, { serviceEntries: withIt.replace(serviceEntry(name, value), '') }), '.github/lockstep.yml': config });
  const head = repo.commit('head');
  return runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
}

describe('extra-reads per deployed version', () => {
  it('declarations: plain names, since bounds (fail safe when a version cannot be read), optional', () => {
    const declared = ['A', { name: 'B', since: '2.0.0' }, { name: 'C', optional: true }];
    expect(extraReadsAt(declared, '1.0.0')).toEqual([
      { name: 'A', optional: false },
      { name: 'C', optional: true },
    ]);
    expect(extraReadsAt(declared, 'v2.0').map((read) => read.name)).toEqual(['A', 'B', 'C']);
    expect(extraReadsAt(declared, 'main').map((read) => read.name)).toEqual(['A', 'B', 'C']);
    expect(extraReadsAt(declared, undefined).map((read) => read.name)).toEqual(['A', 'B', 'C']);
  });

  it('the config accepts plain names and {name, since, optional}, and names a wrong key', () => {
    const config = parseConfig('env:\n  code: {service: ["*.py"]}\n  extra-reads:\n    service: [A, {name: B, since: 6.9.0}, {name: C, optional: true}]\n', 'x.yml');
    expect(!Array.isArray(config.env) && config.env?.['extra-reads']).toEqual({ service: ['A', { name: 'B', since: '6.9.0' }, { name: 'C', optional: true }] });
    expect(() => parseConfig('env:\n  extra-reads:\n    service: [{name: B, snce: 6.9.0}]\n', 'x.yml')).toThrow(/extra-reads/);
  });

  it('since: an environment running an older release is not blocked for a variable that release never read', async () => {
    const service = serviceRepository(() => null);
    const extra = '  extra-reads:\n    service: [{name: SATTLE_URI_BASE, since: 2.0.0}]\n';
    const report = await removeFromService(service, extra, 'SATTLE_URI_BASE', '{{ .Values.sattle.uriBase }}');
    const sattle = report.data.guidance.find((g) => g.name === 'SATTLE_URI_BASE')!;
    expect(sattle.order).toBe('blocked');
    // usdfprod runs 1.0.0 (before 6.9.0's equivalent here, 2.0.0): only the 2.0.0 environments are held back.
    expect(sattle.environments).toEqual(['prompt-keda-latiss/usdfprod', 'prompt-keda-lsstcam/usdfdev']);
  });

  it('optional: dropping a variable outside code reads with a default warns, never blocks', async () => {
    const service = serviceRepository(() => null);
    const extra = '  extra-reads:\n    service: [{name: LSST_RESOURCES_NUM_WORKERS, optional: true}]\n';
    const report = await removeFromService(service, extra, 'LSST_RESOURCES_NUM_WORKERS', '"4"');
    expect(report.data.guidance.find((g) => g.name === 'LSST_RESOURCES_NUM_WORKERS')).toMatchObject({ order: 'safe' });
    expect(report.findings).toContainEqual(expect.objectContaining({ id: 'env/config-removes-optional', severity: 'warning' }));
    expect(report.verdict).toBe('pass');
  });

  it("a release's own lockstep.yml at its tag decides what that release reads outside the code", async () => {
    // 2.0.0 declares SATTLE_URI_BASE itself; 1.0.0 declares no extra reads; the deployment repository declares it for every version.
    const service = serviceRepository((version) => (version === 2 ? '  extra-reads:\n    service: [SATTLE_URI_BASE]\n' : '  extra-reads: {}\n'));
    const report = await removeFromService(service, '  extra-reads:\n    service: [SATTLE_URI_BASE]\n', 'SATTLE_URI_BASE', '{{ .Values.sattle.uriBase }}');
    const sattle = report.data.guidance.find((g) => g.name === 'SATTLE_URI_BASE')!;
    expect(sattle.environments).toEqual(['prompt-keda-latiss/usdfprod', 'prompt-keda-lsstcam/usdfdev']);
    expect(sattle.message).toMatch(/env\.extra-reads in .*@2\.0(\.0)?:\.github\/lockstep\.yml/);
  });
});
