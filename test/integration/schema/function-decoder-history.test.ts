/**
 * Issue 10, item 6 on the real history: PP's own reader, `FannedOutVisit.from_dict`, read from
 * pp.bundle at the commits that touched it, and NVFO's `from_raw_message` at e2f82a4ac (the
 * annotation-only `typing.List[int]` → `list[float]` the strict decoder called breaking).
 * Skipped, saying so, where ../shared/history is not on this machine.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { cloneHistory, describeWithHistory } from '../../support/history.js';
import type { GitFixture } from '../../support/git-fixture.js';
import { runSchemaDiff } from '../../../src/schema/run.js';
import { extractAt, revisionFiles } from '../../../src/schema/sources.js';
import { extractDecoderSchema, parseFunctionRef } from '../../../src/schema/function-decoder.js';
import { GitRepository } from '../../../src/git/repository.js';
import { formatType } from '../../../src/schema/types.js';

const SHARED = 'python/shared/visit.py';
const ACTIVATOR = 'python/activator/visit.py';

async function ppReport(repo: GitFixture, commit: string, path: string) {
  const report = await runSchemaDiff({ repository: repo.dir, config: { messages: [{ name: 'next-visit', schema: `${path}#FannedOutVisit`, role: 'consumer', decoder: { function: `${path}#FannedOutVisit.from_dict` } }] }, revisions: { base: `${commit}^`, head: commit, labels: [] } });
  return { report, changes: report.data.messages[0]!.changes.map((c) => `${c.kind} ${c.field}: ${c.from} → ${c.to} (${c.rule}, ${c.decoder})`) };
}

describeWithHistory(['pp'], "PP's FannedOutVisit.from_dict on the real history (pp.bundle)", () => {
  let pp: GitFixture;
  beforeAll(() => {
    pp = cloneHistory('pp');
  });
  afterAll(() => pp.remove());

  it('at the snapshot: the 17 keys it subscripts, required, each typed by its conversion', async () => {
    const repository = await GitRepository.open(pp.dir);
    try {
      const head = await repository.resolveRevision('main');
      const message = await extractAt(repository, head, { path: SHARED, className: 'FannedOutVisit' });
      const view = await extractDecoderSchema(revisionFiles(repository, head), parseFunctionRef(`${SHARED}#FannedOutVisit.from_dict`), message);
      const types = Object.fromEntries(view.fields.map((f) => [f.name, `${f.required ? '' : '?'}${formatType(f.type)}`]));
      expect(Object.keys(types)).toHaveLength(17);
      expect(types).toMatchObject({
        salIndex: 'bool | float | int | int-text',
        startTime: 'bool | float | float-text | int',
        groupId: 'any',
        coordinateSystem: 'enum[int]',
        dome: 'enum[int]',
        rotationSystem: 'enum[int]',
        position: 'str',
        private_sndStamp: 'bool | float | float-text | int',
      });
    } finally {
      repository.close();
    }
  });

  it('3cd138d (Kafka → Redis, from_dict replaces cls(**message)): position list[float] → str is breaking, the conversions widen the rest', async () => {
    const { report, changes } = await ppReport(pp, '3cd138d', ACTIVATOR);
    expect(changes).toContain(`type-changed position: list[float] → str (function-consumer-type-changed, function ${ACTIVATOR}#FannedOutVisit.from_dict)`);
    expect(report.data.messages[0]!.changes.filter((c) => c.breaking).map((c) => c.field)).toEqual(['position']);
    expect(report.findings.some((f) => f.id === 'schema/followed' && f.message.includes('is not at base'))).toBe(true);
  });

  it('95b5dd4 (visit.py moves to python/shared) and 6768e20 (methods and imports added): no wire change', async () => {
    for (const commit of ['95b5dd4', '6768e20']) {
      const { report, changes } = await ppReport(pp, commit, SHARED);
      expect({ commit, changes }).toEqual({ commit, changes: [] });
      expect(report.data.messages[0]!.requiredBump).toBe('none');
    }
  });
});

describeWithHistory(['nvfo'], "NVFO's NextVisitModel.from_raw_message at e2f82a4ac (nvfo.bundle)", () => {
  let nvfo: GitFixture;
  beforeAll(() => {
    nvfo = cloneHistory('nvfo');
  });
  afterAll(() => nvfo.remove());

  it('typing.List[int] → list[float] on a value passed through unchanged is not breaking; strict still says it is', async () => {
    const run = (decoder: 'strict' | { function: string }) =>
      runSchemaDiff({ repository: nvfo.dir, config: { messages: [{ name: 'next-visit', schema: 'src/main.py#NextVisitModel', role: 'consumer', decoder }] }, revisions: { base: 'e2f82a4ac^', head: 'e2f82a4ac', labels: [] } });
    const strict = await run('strict');
    expect(strict.data.messages[0]!.changes.filter((c) => c.breaking).map((c) => c.field)).toContain('position[]');
    const fn = await run({ function: 'src/main.py#NextVisitModel.from_raw_message' });
    const changes = fn.data.messages[0]!.changes;
    expect(changes.filter((c) => c.breaking)).toEqual([]);
    expect(changes.find((c) => c.field === 'position')).toMatchObject({ kind: 'type-changed', to: 'any', rule: 'function-consumer-type-widened', decoder: 'function src/main.py#NextVisitModel.from_raw_message' });
  });
});
