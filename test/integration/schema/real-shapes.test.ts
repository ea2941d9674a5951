/**
 * The shapes of the real repositories: PP's BareVisit/FannedOutVisit (nested IntEnums,
 * field(compare=False)), the move python/activator/visit.py → python/shared/visit.py with
 * Visit → FannedOutVisit, NVFO's NextVisitModelKeda (position: str, detector added at
 * send time), and the Butler Writer's pydantic event (dataset_types via default_factory).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitFixture } from '../../support/git-fixture.js';
import { runSchemaDiff, type SchemaDiffMessage } from '../../../src/schema/run.js';
import { fixture } from './fixture-files.js';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repo(): GitFixture {
  const r = new GitFixture();
  cleanup.push(r.dir);
  return r;
}

/** A repository in a folder named like the real one, so `Paired-With: owner/<name>#N` can name it. */
function namedRepo(name: string): GitFixture {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'lockstep-peer-'));
  cleanup.push(parent);
  const dir = path.join(parent, name);
  mkdirSync(dir);
  for (const args of [['init', '--quiet', '--initial-branch=main'], ['config', 'user.email', 't@lockstep.invalid'], ['config', 'user.name', 'T'], ['config', 'commit.gpgsign', 'false']])
    execFileSync('git', args, { cwd: dir });
  return new GitFixture(dir);
}

const NEXT_VISIT: SchemaDiffMessage = { name: 'next-visit', schema: 'python/shared/visit.py#FannedOutVisit', role: 'consumer', decoder: 'strict' };

describe('Prompt Processing: nextVisit (strict consumer)', () => {
  it('a moved file and a renamed class with the same fields are no change', async () => {
    const pp = repo();
    pp.write({ 'python/activator/visit.py': fixture('prompt_processing/activator_visit.py') });
    const base = pp.commit('visit in activator');
    pp.move('python/activator/visit.py', 'python/shared/visit.py');
    pp.write({ 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py') });
    const head = pp.commit('move visit to shared; Visit → FannedOutVisit');
    const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [NEXT_VISIT] }, revisions: { base, head, labels: [] } });
    expect(report.verdict).toBe('pass');
    expect(report.data.requiredBump).toBe('none');
    expect(report.data.messages[0]!.changes).toEqual([]);
    const notes = report.findings.filter((f) => f.id === 'schema/followed').map((f) => f.message);
    expect(notes).toEqual(['file moved: python/activator/visit.py → python/shared/visit.py (followed)', 'class renamed: Visit → FannedOutVisit, wire unchanged']);
  });

  it('a class moved to a rewritten file (beyond git rename detection) is still followed', async () => {
    const pp = repo();
    pp.write({ 'python/activator/visit.py': fixture('prompt_processing/shared_visit.py') });
    const base = pp.commit('base');
    const rewritten = fixture('prompt_processing/shared_visit.py')
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n')
      .replace('    nimages: int ', '    nimages: float ') +
      Array.from({ length: 150 }, (_, i) => `\n\ndef unrelated_helper_${i}(value):\n    return value * ${i}\n`).join('');
    pp.write({ 'python/activator/visit.py': null, 'python/shared/visit.py': rewritten });
    const head = pp.commit('rewrite and move');
    const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [NEXT_VISIT] }, revisions: { base, head, labels: ['semver:major'] } });
    expect(report.data.messages[0]!.changes.map((c) => [c.kind, c.field])).toEqual([['type-changed', 'nimages']]);
    expect(report.findings.map((f) => f.message)).toContain('FannedOutVisit was in python/activator/visit.py at base (deleted at head): followed');
  });

  it('a renamed class that also changed is followed (not confused with BareVisit, still there) and its change listed', async () => {
    const pp = repo();
    pp.write({ 'python/activator/visit.py': fixture('prompt_processing/activator_visit.py') });
    const base = pp.commit('base');
    pp.move('python/activator/visit.py', 'python/shared/visit.py');
    const renamed = fixture('prompt_processing/shared_visit.py').replace('    detector: int\n', '    detector: int\n    group: str = ""\n');
    pp.write({ 'python/shared/visit.py': renamed });
    const head = pp.commit('move, rename, and add a field');
    const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [NEXT_VISIT] }, revisions: { base, head, labels: ['semver:major'] } });
    expect(report.data.messages[0]!.changes.map((c) => [c.kind, c.field])).toEqual([['field-added', 'group']]);
    expect(report.findings.map((f) => f.message)).toContain('class renamed: Visit → FannedOutVisit (followed; its field changes are listed)');
  });

  it('a new IntEnum member, a new field, and a changed field type, each on its own line', async () => {
    const pp = repo();
    const before = fixture('prompt_processing/shared_visit.py');
    pp.write({ 'python/shared/visit.py': before });
    const base = pp.commit('base');
    const after = before
      .replace('        EITHER = 3\n', '        EITHER = 3\n        PARTIAL = 4\n')
      .replace('    survey: str                     # survey name\n', '    survey: str                     # survey name\n    exposureTime: float\n')
      .replace('    nimages: int ', '    nimages: float ');
    pp.write({ 'python/shared/visit.py': after });
    const head = pp.commit('head');
    const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [NEXT_VISIT] }, revisions: { base, head, labels: [] }, proposedVersion: '2.0.0' });
    const lines = after.split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    const changes = report.data.messages[0]!.changes.map((c) => ({ kind: c.kind, field: c.field, breaking: c.breaking, rule: c.rule, line: c.line, from: c.from, to: c.to }));
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'enum-value-added', field: 'dome', breaking: false, rule: 'consumer-enum-value-added', line: lineOf('dome: Dome'), from: null, to: 'PARTIAL=4' },
        { kind: 'field-added', field: 'exposureTime', breaking: true, rule: 'strict-field-added', line: lineOf('exposureTime'), from: null, to: 'float' },
        { kind: 'type-changed', field: 'nimages', breaking: true, rule: 'strict-type-changed', line: lineOf('nimages: float'), from: 'int', to: 'float' },
      ]),
    );
    expect(changes).toHaveLength(3);
    expect(report.data.requiredBump).toBe('major');
  });
});

describe('peers', () => {
  function makeNvfo(): { dir: string; nvfo: GitFixture } {
    const nvfo = namedRepo('next_visit_fan_out');
    nvfo.write({ 'src/shared/visit.py': fixture('next_visit_fan_out/visit.py') });
    nvfo.commit('NVFO main');
    return { dir: nvfo.dir, nvfo };
  }
  const peerOf = (dir: string, extra: Record<string, string> = { detector: 'int' }) => ({
    repository: dir,
    ref: 'main',
    schema: 'src/shared/visit.py#NextVisitModelKeda',
    'extra-fields': extra,
    'wire-types': { position: 'str' },
  });

  it('PP head reads what NVFO main sends, given detector added at send time and position as str', async () => {
    const { dir } = makeNvfo();
    const pp = repo();
    pp.write({ 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py') });
    const sha = pp.commit('pp');
    const ok = await runSchemaDiff({ repository: pp.dir, config: { messages: [{ ...NEXT_VISIT, peer: peerOf(dir) }] }, revisions: { base: sha, head: sha, labels: [] } });
    expect(ok.data.peers).toEqual([{ message: 'next-visit', repository: dir, ref: 'main', compatible: true, decoder: 'strict', problems: [] }]);
    expect(ok.verdict).toBe('pass');

    const missingExtra = await runSchemaDiff({ repository: pp.dir, config: { messages: [{ ...NEXT_VISIT, peer: peerOf(dir, {}) }] }, revisions: { base: sha, head: sha, labels: [] } });
    expect(missingExtra.verdict).toBe('fail');
    expect(missingExtra.data.peers[0]!.problems).toEqual([
      { kind: 'field-added', field: 'detector', to: 'int', rule: 'strict-field-added', why: `this repository reads \`detector\` (required) but the peer (${dir}), the sender, does not send it` },
    ]);
    expect(missingExtra.findings.find((f) => f.id === 'peer/incompatible')?.message).toMatch(/Paired-With: owner\/repo#N/);
  });

  it('a peer given as a git URL is fetched shallowly at its ref', async () => {
    const { dir } = makeNvfo();
    const pp = repo();
    pp.write({ 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py') });
    const sha = pp.commit('pp');
    const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [{ ...NEXT_VISIT, peer: { ...peerOf(dir), repository: `file://${dir}` } }] }, revisions: { base: sha, head: sha, labels: [] } });
    expect(report.data.peers).toEqual([{ message: 'next-visit', repository: `file://${dir}`, ref: 'main', compatible: true, decoder: 'strict', problems: [] }]);
  });

  it("NVFO as producer: PP's FannedOutVisit reads what NVFO sends once detector is added at send time", async () => {
    const pp = repo();
    pp.write({ 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py') });
    pp.commit('PP main');
    const { nvfo } = makeNvfo();
    const sha = nvfo.git('rev-parse', 'HEAD');
    const message: SchemaDiffMessage = {
      name: 'next-visit',
      schema: 'src/shared/visit.py#NextVisitModelKeda',
      role: 'producer',
      decoder: 'strict',
      peer: { repository: pp.dir, ref: 'main', schema: 'python/shared/visit.py#FannedOutVisit', 'extra-fields': { detector: 'int' }, 'wire-types': { position: 'str' } },
    };
    const report = await runSchemaDiff({ repository: nvfo.dir, config: { messages: [message] }, revisions: { base: sha, head: sha, labels: [] } });
    expect(report.data.peers).toEqual([expect.objectContaining({ compatible: true, problems: [] })]);
    const without = await runSchemaDiff({ repository: nvfo.dir, config: { messages: [{ ...message, peer: { ...message.peer!, 'extra-fields': {} } }] }, revisions: { base: sha, head: sha, labels: [] } });
    expect(without.data.peers[0]!.problems.map((p) => [p.kind, p.field])).toEqual([['field-removed', 'detector']]);
  });

  it('a pair of PRs compatible only together: merge both, deploy together, both bump major', async () => {
    const { nvfo } = makeNvfo();
    const mainSha = nvfo.git('rev-parse', 'HEAD');
    nvfo.branch('add-exposure', mainSha);
    nvfo.write({ 'src/shared/visit.py': fixture('next_visit_fan_out/visit.py').replace('    survey: str\n', '    survey: str\n    exposureTime: float\n') });
    const prHead = nvfo.commit('NVFO: send exposureTime');
    nvfo.git('update-ref', 'refs/pull/7/head', prHead);
    nvfo.branch('main');
    nvfo.git('reset', '--quiet', '--hard', mainSha);

    const pp = repo();
    const visit = fixture('prompt_processing/shared_visit.py');
    pp.write({ 'python/shared/visit.py': visit });
    const base = pp.commit('base');
    pp.write({ 'python/shared/visit.py': visit.replace('    survey: str                     # survey name\n', '    survey: str                     # survey name\n    exposureTime: float\n') });
    const head = pp.commit('PP: read exposureTime');
    const message = { ...NEXT_VISIT, peer: peerOf(nvfo.dir) };
    const body = 'Reads the new field.\n\nPaired-With: lsst-dm/next_visit_fan_out#7\n';

    const alone = await runSchemaDiff({ repository: pp.dir, config: { messages: [message] }, revisions: { base, head, labels: ['semver:major'] } });
    expect(alone.verdict).toBe('fail');
    expect(alone.data.peers.map((p) => p.compatible)).toEqual([false]);

    const paired = await runSchemaDiff({ repository: pp.dir, config: { messages: [message] }, revisions: { base, head, pullRequestBody: body, labels: ['semver:major'] } });
    expect(paired.data.peers.map((p) => [p.ref, p.compatible])).toEqual([
      ['main', false],
      ['refs/pull/7/head', true],
    ]);
    expect(paired.verdict).toBe('pass');
    const pairFinding = paired.findings.find((f) => f.id === 'peer/paired');
    expect(pairFinding?.message).toContain('merge both together, deploy together, both bump major');
    expect(paired.data.requiredBump).toBe('major');

    const minorOnly = await runSchemaDiff({ repository: pp.dir, config: { messages: [message] }, revisions: { base, head, pullRequestBody: body, labels: ['semver:minor'] } });
    expect(minorOnly.verdict).toBe('fail');

    // PP's base fits NVFO main, but the paired NVFO PR would break it: a warning says so.
    const baseOnly = await runSchemaDiff({ repository: pp.dir, config: { messages: [message] }, revisions: { base, head: base, pullRequestBody: body, labels: [] } });
    expect(baseOnly.data.peers.map((p) => p.compatible)).toEqual([true, false]);
    expect(baseOnly.findings.find((f) => f.id === 'peer/paired-incompatible')?.message).toContain('Merging it would break this contract');
  });

  it('reports a malformed Paired-With line instead of dropping it', async () => {
    const pp = repo();
    pp.write({ 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py') });
    const sha = pp.commit('pp');
    const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [NEXT_VISIT] }, revisions: { base: sha, head: sha, pullRequestBody: 'Paired-With: next_visit_fan_out PR 7', labels: [] } });
    expect(report.findings.find((f) => f.id === 'peer/malformed-paired-with')?.message).toContain('Paired-With: next_visit_fan_out PR 7');
  });

  it('a Paired-With line without a colon, or naming a repository that is no peer, is a finding with its line (issue 10, item 10)', async () => {
    const { dir } = makeNvfo();
    const pp = repo();
    pp.write({ 'python/shared/visit.py': fixture('prompt_processing/shared_visit.py') });
    const sha = pp.commit('pp');
    const body = ['Pairs with the fan-out change.', '', 'Paired-With lsst-dm/next_visit_fan_out#7', 'Paired-With: lsst-dm/unrelated#3', '<!-- Paired-With nothing -->', 'Paired-With: a#b', '```', 'Paired-With in a fence', '```'].join('\n');
    const report = await runSchemaDiff({ repository: pp.dir, config: { messages: [{ ...NEXT_VISIT, peer: peerOf(dir) }] }, revisions: { base: sha, head: sha, pullRequestBody: body, labels: [] } });
    const found = report.findings.filter((f) => f.id === 'peer/malformed-paired-with').map((f) => f.message);
    expect(found).toEqual([
      'PR body line 3: `Paired-With lsst-dm/next_visit_fan_out#7` was not used: no colon: write it as `Paired-With: owner/repo#N`, one per line.',
      `PR body line 4: \`Paired-With: lsst-dm/unrelated#3\` was not used: lsst-dm/unrelated is not a peer of any message here (peers: ${dir}).`,
      'PR body line 6: `Paired-With: a#b` was not used: expected `owner/repo#N` after `Paired-With:`.',
    ]);
  });
});

describe('Butler Writer event (pydantic)', () => {
  const EVENT = 'python/activator/kafka_butler_writer.py';

  it('PP as producer adding dataset_types with a default_factory: compatible, minor; the writer as consumer: the same', async () => {
    const withTypes = fixture('butler_writer/kafka_event.py');
    const without = withTypes.replace('    dataset_types: list[str] = pydantic.Field(default_factory=list)\n', '');
    const r = repo();
    r.write({ [EVENT]: without });
    const base = r.commit('base');
    r.write({ [EVENT]: withTypes });
    const head = r.commit('add dataset_types');
    for (const role of ['producer', 'consumer'] as const) {
      const report = await runSchemaDiff({ repository: r.dir, config: { messages: [{ name: 'butler-writer-event', schema: `${EVENT}#PromptProcessingOutputEvent`, role, decoder: 'pydantic' }] }, revisions: { base, head, labels: [] }, proposedVersion: '1.1.0' });
      r.tag(`v1.0.${role === 'producer' ? 0 : 1}`);
      expect(report.data.messages[0]!.changes).toEqual([
        expect.objectContaining({ kind: 'field-added', field: 'dataset_types', to: 'list[str]', breaking: false }),
      ]);
      expect(report.data.requiredBump).toBe('minor');
      expect(report.verdict).toBe('pass');
    }
  });

  it("messages[].extra sets the reader's policy when model_config does not: forbid makes a removal breaking", async () => {
    const event = fixture('butler_writer/kafka_event.py');
    const r = repo();
    r.write({ [EVENT]: event });
    const base = r.commit('base');
    r.write({ [EVENT]: event.replace('    visit_id: Optional[int] = None\n', '') });
    const head = r.commit('drop visit_id');
    const message = { name: 'event', schema: `${EVENT}#PromptProcessingOutputEvent`, role: 'consumer' as const, decoder: 'pydantic' as const };
    const ignore = await runSchemaDiff({ repository: r.dir, config: { messages: [message] }, revisions: { base, head, labels: [] } });
    expect(ignore.data.messages[0]!.changes.map((c) => [c.kind, c.rule, c.breaking])).toEqual([['field-removed', 'pydantic-ignore-consumer-field-removed', false]]);
    const forbid = await runSchemaDiff({ repository: r.dir, config: { messages: [{ ...message, extra: 'forbid' }] }, revisions: { base, head, labels: [] } });
    expect(forbid.data.messages[0]!.changes.map((c) => [c.kind, c.rule, c.breaking])).toEqual([['field-removed', 'pydantic-forbid-consumer-field-removed', true]]);
  });

  it('a nested model field change is reported by its dotted path', async () => {
    const event = fixture('butler_writer/kafka_event.py');
    const r = repo();
    r.write({ [EVENT]: event });
    const base = r.commit('base');
    r.write({ [EVENT]: event.replace('    run: str\n', '    run: int\n') });
    const head = r.commit('run becomes int');
    const report = await runSchemaDiff({ repository: r.dir, config: { messages: [{ name: 'event', schema: `${EVENT}#PromptProcessingOutputEvent`, role: 'consumer', decoder: 'pydantic' }] }, revisions: { base, head, labels: [] } });
    expect(report.data.messages[0]!.changes.map((c) => [c.kind, c.field, c.from, c.to, c.breaking])).toEqual([['type-changed', 'datasets[].run', 'str', 'int', true]]);
    // no proposed version and a breaking change: fail closed, saying how to declare it
    expect(report.verdict).toBe('fail');
    expect(report.headline).toMatch(/semver:major/);
  });
});

describe('warnings', () => {
  it('a base class from outside the repository is a warning on its line, never silence', async () => {
    const r = repo();
    const source = 'from dataclasses import dataclass\nfrom lsst.daf.butler import DimensionRecord\n\n@dataclass\nclass Event(DimensionRecord):\n    a: int\n';
    r.write({ 'event.py': source });
    const sha = r.commit('event');
    const report = await runSchemaDiff({ repository: r.dir, config: { messages: [{ name: 'event', schema: 'event.py#Event', role: 'producer', decoder: 'strict' }] }, revisions: { base: sha, head: sha, labels: [] } });
    const warning = report.findings.find((f) => f.id === 'schema/unknown-fields');
    expect(warning).toMatchObject({ severity: 'warning', file: 'event.py', line: 5 });
    expect(warning?.message).toContain('lsst.daf.butler.DimensionRecord');
    expect(report.verdict).toBe('pass');
  });
});
