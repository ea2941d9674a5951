/**
 * The README's three-service Phalanx configuration (env: as a list of named pairs) on real
 * history: Phalanx 80bbccb73 (PR #5710) touches the charts of PP, NVFO and the Butler Writer at
 * once; each pair is judged against its own service's release tags. Skipped without the bundles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/load.js';
import { runEnvDiffAll } from '../../../src/env/run.js';
import { givenConfig } from '../../support/check-config.js';
import type { EnvPairsData } from '../../../src/env/pairs-report.js';
import { PROJECT_ROOT } from '../../support/action-harness.js';
import type { GitFixture } from '../../support/git-fixture.js';
import { cloneHistory, describeWithHistory } from '../../support/history.js';

const clones: Partial<Record<'pp' | 'nvfo' | 'writer' | 'phalanx', GitFixture>> = {};
afterAll(() => Object.values(clones).forEach((clone) => clone.remove()));

/** The README's example, each counterpart replaced by the local clone of its bundle. */
function readmeConfig(): string {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'docs/actions/env-diff.md'), 'utf8');
  const block = /```yaml\n(# \.github\/lockstep\.yml \(Phalanx, several services\)\n[\s\S]*?)```/.exec(readme)![1]!;
  return block
    .replace('repository: lsst-dm/prompt_processing_butler_writer', `repository: ${JSON.stringify(clones.writer!.dir)}`)
    .replace('repository: lsst-dm/next_visit_fan_out', `repository: ${JSON.stringify(clones.nvfo!.dir)}`)
    .replace(/repository: lsst-dm\/prompt_processing$/m, `repository: ${JSON.stringify(clones.pp!.dir)}`);
}

describeWithHistory(['pp', 'nvfo', 'writer', 'phalanx'], 'the README three-service Phalanx config on real history', () => {
  beforeAll(() => {
    for (const name of ['pp', 'nvfo', 'writer', 'phalanx'] as const) clones[name] = cloneHistory(name);
  });

  it('Phalanx 80bbccb73 (PR #5710, all three charts): one section per pair, each pair\'s deployed versions read from its own service', async () => {
    const config = parseConfig(readmeConfig(), '.github/lockstep.yml');
    const report = await runEnvDiffAll({ repository: clones.phalanx!.dir, config: await givenConfig(clones.phalanx!.dir, config), revisions: { base: '80bbccb73^1', head: '80bbccb73' } });
    const data = report.data as EnvPairsData;
    expect(data.pairs.map((pair) => pair.name)).toEqual(['prompt-keda', 'next-visit-fan-out', 'butler-writer']);
    expect(report.blocks.map((block) => block.kind)).toEqual(['section', 'section', 'section']);
    const [promptKeda, fanOut, writer] = data.pairs;
    // PR #5710 pinned production back to PP 12.2.1 and the Writer back to 3.0.0: each read at its own service's tag.
    expect(promptKeda!.deployed).toContainEqual(expect.objectContaining({ environment: 'prompt-keda-lsstcam/usdfprod-prompt-processing', before: '13.5.0', after: '12.2.1', release: '12.2.1', move: 'major-downgrade' }));
    expect(writer!.deployed).toEqual([
      expect.objectContaining({ environment: 'usdfdev-prompt-processing', before: '3.1.0', after: '3.0.0', release: '3.0.0', move: 'downgrade', where: expect.stringMatching(/^applications\/butler-writer-service\//) }),
      expect.objectContaining({ environment: 'usdfprod-prompt-processing', before: '3.1.0', after: '3.0.0', release: '3.0.0', move: 'downgrade', where: expect.stringMatching(/^applications\/butler-writer-service\//) }),
    ]);
    expect(fanOut!.deployed).toEqual([]);
    // The downgrades are warnings of their own pair (annotations and SARIF name it).
    const downgrades = report.findings.filter((finding) => finding.id === 'env/downgrade' || finding.id === 'env/major-downgrade');
    expect(downgrades.map((finding) => [finding.pair, finding.id, finding.severity])).toEqual([
      ['prompt-keda', 'env/major-downgrade', 'warning'],
      ['butler-writer', 'env/downgrade', 'warning'],
      ['butler-writer', 'env/downgrade', 'warning'],
    ]);
  }, 120_000);
});
