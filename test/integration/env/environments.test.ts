/**
 * environments[] on real Phalanx history: the step from 8ea56e56c to 21b8735c9
 * (test/fixtures/helm) turns `butler_writer.enabled` on in lsstcam prod — the five
 * BUTLER_WRITER_* variables appear there, the password named but not shown — and the job
 * summary lists the change under that environment. (helm-renders.test.ts checks the same
 * changes against real helm renders.)
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitFixture } from '../../support/git-fixture.js';
import { runEnvDiff } from '../../../src/env/run.js';
import { repositoryConfig } from '../../support/check-config.js';
import { renderMarkdown } from '../../../src/report/markdown.js';

const FIXTURES = path.resolve('test/fixtures/helm');
const CONFIG = `env:
  chart:
    path: charts/prompt-keda
    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}
    environments: applications/prompt-keda-*/values-*.yaml
    image-tag: prompt-keda.image.tag
`;
const repo = new GitFixture();
afterAll(() => repo.remove());

function commitFixture(fixture: string): string {
  rmSync(path.join(repo.dir, 'charts'), { recursive: true, force: true });
  rmSync(path.join(repo.dir, 'applications'), { recursive: true, force: true });
  cpSync(path.join(FIXTURES, fixture), repo.dir, { recursive: true });
  repo.write({ '.github/lockstep.yml': CONFIG });
  return repo.commit(fixture);
}

describe('environments[] in the env-diff report', () => {
  it('names what a values file turns on in one environment, with values, secrets named only', async () => {
    const base = commitFixture('phalanx-8ea56e56c');
    const head = commitFixture('phalanx-21b8735c9');
    const report = await runEnvDiff({ repository: repo.dir, config: await repositoryConfig(repo.dir), revisions: { base, head } });
    const prod = report.data.environments.filter((change) => change.environment === 'prompt-keda-lsstcam/usdfprod-prompt-processing' && change.workload === 'service');
    const writer = prod.filter((change) => change.name.startsWith('BUTLER_WRITER_') || change.name === 'USE_KAFKA_BUTLER_WRITER');
    expect(writer.map((change) => change.name)).toEqual(
      expect.arrayContaining(['BUTLER_WRITER_KAFKA_CLUSTER', 'BUTLER_WRITER_KAFKA_PASSWORD', 'BUTLER_WRITER_KAFKA_TOPIC', 'BUTLER_WRITER_KAFKA_USERNAME', 'USE_KAFKA_BUTLER_WRITER']),
    );
    expect(new Set(writer.map((change) => change.change))).toEqual(new Set(['added']));
    const password = writer.find((change) => change.name === 'BUTLER_WRITER_KAFKA_PASSWORD')!;
    expect(password).toMatchObject({ secret: true, before: null, after: null });
    expect(writer.find((change) => change.name === 'BUTLER_WRITER_KAFKA_TOPIC')!.after).toBe('butler-writer');
    const summary = renderMarkdown(report);
    expect(summary).toContain('Per environment');
    expect(summary).toContain('prompt-keda-lsstcam/usdfprod-prompt-processing');
    expect(summary).toContain('secret (not shown)');
    expect(JSON.stringify(report.data.environments)).not.toMatch(/kafka_pp_sasl|butler_writer_password/i);
  });
});
