/**
 * The Prompt Processing and Phalanx configurations of the env-diff page (docs/actions/env-diff.md,
 * linked from the README) are what `npm run replay` and the real-history tests check with
 * (replay/readme-config.mjs reads them from that page): they must
 * stay valid configurations, and say the outside reads per release and workload (docs/outside-reads.md).
 */
import { describe, expect, it } from '@jest/globals';
import YAML from 'yaml';
import { parseConfig } from '../../../src/config/load.js';
import { readmeConfigs, readmeEnv } from '../../../replay/readme-config.mjs';

describe("the README's env configurations", () => {
  const { pp, phalanx } = readmeConfigs();

  it('both parse as .github/lockstep.yml', () => {
    for (const env of [pp, phalanx]) expect(() => parseConfig(YAML.stringify({ env }), 'README.md')).not.toThrow();
  });

  it('declare the outside reads alike on both sides: SATTLE_URI_BASE from 7.0.0, the others optional, MP_SKY_URL and DAX_APDB_MONITOR_CONFIG for the service only', () => {
    expect(pp['extra-reads']).toEqual(phalanx['extra-reads']);
    const reads = phalanx['extra-reads']!;
    expect(reads.service).toEqual(
      expect.arrayContaining([{ name: 'SATTLE_URI_BASE', since: '7.0.0' }, { name: 'LSST_RESOURCES_NUM_WORKERS', optional: true }, { name: 'MP_SKY_URL', optional: true }]),
    );
    expect(JSON.stringify(reads.initializer)).not.toMatch(/MP_SKY_URL|DAX_APDB_MONITOR_CONFIG/);
    expect(phalanx['parity-exempt']).toBeUndefined();
  });

  it('a README without the block, or with env as a list of pairs, is read or refused by name', () => {
    expect(() => readmeEnv('For Nothing', '# x\n')).toThrow('docs/actions/env-diff.md has no heading "### For Nothing"');
    const listed = '### Pairs\n\n```yaml\nenv:\n  - name: nvfo\n    chart: {path: applications/next-visit-fan-out}\n  - name: pp\n    chart: {path: charts/prompt-keda}\n    parity: [service, initializer]\n```\n';
    expect(readmeEnv('Pairs', listed)).toMatchObject({ name: 'pp', parity: ['service', 'initializer'] });
  });
});
