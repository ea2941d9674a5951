/**
 * Issue 10, item 6: `decoder: {function: …}` on real git repositories through runSchemaDiff —
 * the message as PP's FannedOutVisit.from_dict reads it, base → head, judged by the
 * function-consumer rules, and held against a peer; the report says which decoder judged each change.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitFixture, repoWithRevisions } from '../../support/git-fixture.js';
import { runSchemaDiff, type SchemaDiffMessage } from '../../../src/schema/run.js';
import { InputError } from '../../../src/errors.js';

const repos: GitFixture[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

const FUNCTION = 'python/shared/visit.py#FannedOutVisit.from_dict';

const visit = (opts: { position?: string; fromDict?: string } = {}) => `import enum
import typing
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class FannedOutVisit:
    class Dome(enum.IntEnum):
        CLOSED = 1
        OPEN = 2

    salIndex: int
    groupId: str
    position: ${opts.position ?? 'list[float]'} = field(compare=False)
    dome: Dome
    detector: int
${opts.fromDict ?? ''}`;

const FROM_DICT = (extra = '') => `
    @classmethod
    def from_dict(cls, fan_out_visit_dict: dict):
        return FannedOutVisit(
            salIndex=int(fan_out_visit_dict["salIndex"]),
            groupId=str(fan_out_visit_dict["groupId"]),
            dome=cls.Dome(int(fan_out_visit_dict["dome"])),
            detector=int(fan_out_visit_dict["detector"]),${extra}
            position=[float(i) for i in fan_out_visit_dict["position"].replace(
                "[", "").replace("]", "").split(",")],
        )
`;

const message = (peer?: SchemaDiffMessage['peer']): SchemaDiffMessage => ({
  name: 'next-visit',
  schema: 'python/shared/visit.py#FannedOutVisit',
  role: 'consumer',
  decoder: { function: FUNCTION },
  ...(peer ? { peer } : {}),
});

async function run(base: string, head: string, peer?: SchemaDiffMessage['peer']) {
  const { repo, base: b, head: h } = repoWithRevisions({ 'python/shared/visit.py': base }, { 'python/shared/visit.py': head });
  repos.push(repo);
  return runSchemaDiff({ repository: repo.dir, config: { messages: [message(peer)] }, revisions: { base: b, head: h, labels: [] }, proposedVersion: '2.0.0', cwd: repo.dir });
}

describe('decoder: {function} on a real repository', () => {
  it('an annotation-only change behind the conversions is no wire change (typing.List[int] → list[float])', async () => {
    const report = await run(visit({ position: 'typing.List[int]', fromDict: FROM_DICT() }), visit({ position: 'list[float]', fromDict: FROM_DICT() }));
    expect(report.data.messages[0]).toMatchObject({ decoder: `function ${FUNCTION}`, requiredBump: 'none', changes: [] });
    expect(report.headline).not.toMatch(/breaking/i);
  });

  it('a new key read with d[...] is breaking, judged by the function decoder at the line that reads it', async () => {
    const head = visit({ fromDict: FROM_DICT('\n            exposureTime=float(fan_out_visit_dict["exposureTime"]),') });
    const report = await run(visit({ fromDict: FROM_DICT() }), head);
    expect(report.data.messages[0]!.changes).toEqual([
      {
        kind: 'field-added',
        field: 'exposureTime',
        from: null,
        to: 'bool | float | float-text | int',
        breaking: true,
        rule: 'function-consumer-field-added-required',
        why: 'the new decoder reads the key as `d[key]`: old messages without it raise KeyError',
        decoder: `function ${FUNCTION}`,
        file: 'python/shared/visit.py',
        line: head.split('\n').findIndex((l) => l.includes('"exposureTime"')) + 1,
        witness: {
          direction: 'old-to-new',
          payload: { salIndex: 0, groupId: null, dome: 1, detector: 0, position: '0' },
          reader: 'FannedOutVisit.from_dict(message)',
          error: "KeyError: 'exposureTime'",
        },
      },
    ]);
    expect(report.verdict).toBe('pass'); // 2.0.0 declares the major bump
    expect(report.findings.find((f) => f.id === 'function-consumer-field-added-required')?.message).toContain(`Breaking for a reader (consumer), decoded by ${FUNCTION}`);
  });

  it('where the function is not yet at base, the base is the class (PP efd7315: cls(**message) → from_dict, position list → str is breaking)', async () => {
    const report = await run(visit(), visit({ fromDict: FROM_DICT() }));
    const changes = report.data.messages[0]!.changes.map((c) => [c.kind, c.field, c.rule]);
    expect(changes).toContainEqual(['type-changed', 'position', 'function-consumer-type-changed']);
    expect(changes).toContainEqual(['type-changed', 'salIndex', 'function-consumer-type-widened']);
    expect(report.findings.some((f) => f.id === 'schema/followed' && f.message.includes('is not at base'))).toBe(true);
  });

  it('the peer is held against what the function reads: a string position passes, a key the peer does not send fails', async () => {
    const peerRepo = new GitFixture().write({
      'src/shared/visit.py': `from dataclasses import dataclass\n\n\n@dataclass\nclass NextVisitModelKeda:\n    salIndex: int\n    groupId: str\n    position: str\n    dome: int\n    survey: str\n`,
    });
    peerRepo.commit('peer');
    repos.push(peerRepo);
    const peer = { repository: peerRepo.dir, ref: 'main', schema: 'src/shared/visit.py#NextVisitModelKeda', 'extra-fields': { detector: 'int' }, 'wire-types': {} };
    const passing = await run(visit({ fromDict: FROM_DICT() }), visit({ fromDict: FROM_DICT() }), peer);
    expect(passing.data.peers).toEqual([expect.objectContaining({ compatible: true, problems: [] })]);
    const failing = await run(visit({ fromDict: FROM_DICT() }), visit({ fromDict: FROM_DICT('\n            exposureTime=float(fan_out_visit_dict["exposureTime"]),') }), peer);
    expect(failing.data.peers[0]).toMatchObject({ compatible: false, decoder: `function ${FUNCTION}`, problems: [{ kind: 'field-added', field: 'exposureTime', rule: 'function-consumer-field-added-required' }] });
  });

  it('an unreadable form at head fails closed (exit 2) with file:line', async () => {
    const head = visit({ fromDict: `\n    @classmethod\n    def from_dict(cls, fan_out_visit_dict: dict):\n        return cls(**fan_out_visit_dict)\n` });
    const error = await run(visit({ fromDict: FROM_DICT() }), head).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).describe()).toMatch(/^python\/shared\/visit\.py:\d+: decoder: `\*\*fan_out_visit_dict` passes every key on/);
  });

  it('a function missing at head fails closed, naming it', async () => {
    const error = await run(visit({ fromDict: FROM_DICT() }), visit()).catch((e: unknown) => e);
    expect((error as InputError).message).toBe('decoder function FannedOutVisit.from_dict not found in python/shared/visit.py');
  });
});
