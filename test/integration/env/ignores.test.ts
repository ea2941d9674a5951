/**
 * Ignores in env-diff on a real service repository (Prompt Processing shape) against a real
 * deployment repository: an inline comment on the Python read, a config entry narrowed to a
 * variable, and `until` judged on an injected clock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitFixture, type FileTree } from '../../support/git-fixture.js';
import { serviceFiles } from '../../fixtures/env/prompt-processing.js';
import { phalanxFiles } from '../../fixtures/env/phalanx.js';
import { runEnvDiff, runEnvDiffAll } from '../../../src/env/run.js';
import { repositoryConfig } from '../../support/check-config.js';
import type { EnvPairsData } from '../../../src/env/pairs-report.js';

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

const CODE = 'python/activator/config.py';
const CONFIG = '.github/lockstep.yml';

/** The service at base, then `code` appended to config.py and `ignore` appended to the configuration at head. */
async function diffService(code: string, ignore = '', now?: Date) {
  const repo = new GitFixture();
  repos.push(repo);
  const files: FileTree = serviceFiles(3, phalanx.dir);
  repo.write(files);
  const base = repo.commit('base');
  repo.write({ [CODE]: `${files[CODE]}${code}`, [CONFIG]: `${files[CONFIG]}${ignore}` });
  const head = repo.commit('head');
  return runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head }, now });
}

describe('ignores in env-diff (service repository)', () => {
  it('an inline comment on the read accepts its finding: marked, no order decided for it', async () => {
    const report = await diffService('raw_topic = os.environ["RAW_TOPIC"]  # lockstep: ignore[env/code-adds-required] set by the Kafka operator, not the chart\n');
    const finding = report.findings.find((f) => f.id === 'env/code-adds-required');
    expect(finding).toMatchObject({ file: CODE, line: 15, ignored: { reason: 'set by the Kafka operator, not the chart', source: 'inline', until: null, file: CODE, line: 15 } });
    expect(report.data.guidance.find((g) => g.name === 'RAW_TOPIC')).toBeUndefined();
    expect(report.data.ignored).toEqual([{ rule: 'env/code-adds-required', variable: 'RAW_TOPIC', file: CODE, line: 15, ignored: { reason: 'set by the Kafka operator, not the chart', source: 'inline', until: null } }]);
    expect(report.headline).toContain('(1 finding ignored)');
  });

  it('a config entry for another variable does not match, and says it matched nothing', async () => {
    const report = await diffService('raw_topic = os.environ["RAW_TOPIC"]\n', 'ignore:\n  - {rule: env/code-adds-required, variable: RAW_TOPC, reason: typo}\n');
    expect(report.findings.find((f) => f.id === 'env/code-adds-required')?.ignored).toBeUndefined();
    expect(report.findings).toContainEqual(expect.objectContaining({ id: 'ignore/unmatched', severity: 'warning', file: CONFIG }));
    expect(report.data.guidance.find((g) => g.name === 'RAW_TOPIC')?.order).toBe('config-first');
  });

  it('`until` is judged on the clock it is given: the last day applies, the day after is expired', async () => {
    const ignore = 'ignore:\n  - {rule: env/code-adds-required, variable: RAW_TOPIC, until: 2030-03-01, reason: chart PR in review}\n';
    const read = 'raw_topic = os.environ["RAW_TOPIC"]\n';
    const onTheDay = await diffService(read, ignore, new Date('2030-03-01T23:00:00Z'));
    expect(onTheDay.findings.find((f) => f.id === 'env/code-adds-required')?.ignored).toMatchObject({ source: 'config', until: '2030-03-01', file: CONFIG });
    const after = await diffService(read, ignore, new Date('2030-03-02T00:00:00Z'));
    expect(after.findings.find((f) => f.id === 'env/code-adds-required')?.ignored).toBeUndefined();
    expect(after.findings).toContainEqual(expect.objectContaining({ id: 'ignore/expired', severity: 'warning', file: CONFIG }));
    expect(after.data.guidance.find((g) => g.name === 'RAW_TOPIC')?.order).toBe('config-first');
  });

  it('named env pairs share one set of ignores: used in one pair is used, and each warning is said once', async () => {
    const config = (ignore: string) =>
      `env:\n  - name: service-a\n    code: {service: ["a/**/*.py"]}\n  - name: service-b\n    code: {service: ["b/**/*.py"]}\n${ignore}`;
    const ignore = 'ignore:\n  - {rule: env/code-adds-required, variable: C_TOPIC, reason: set by the operator}\n  - {rule: env/code-adds-optional, reason: nothing optional here}\n';
    const repo = new GitFixture();
    repos.push(repo);
    repo.write({ [CONFIG]: config(''), 'a/config.py': 'import os\nA = os.environ["A_URL"]\n', 'b/config.py': 'import os\n' });
    const base = repo.commit('base');
    repo.write({ [CONFIG]: config(ignore), 'b/config.py': 'import os\nC = os.environ["C_TOPIC"]  # lockstep: ignore[env/code-adds-required] the trial\n' });
    const report = await runEnvDiffAll({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head: repo.commit('head') } });
    const [a, b] = (report.data as EnvPairsData).pairs;
    expect(a!.ignored).toBeUndefined();
    expect(b!.ignored).toEqual([expect.objectContaining({ variable: 'C_TOPIC', ignored: expect.objectContaining({ source: 'config' }) })]);
    expect(report.findings.filter((finding) => finding.id.startsWith('ignore/')).map((finding) => [finding.id, finding.line])).toEqual([['ignore/unmatched', 8]]);
  });
});
