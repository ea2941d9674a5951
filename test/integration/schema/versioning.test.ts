/** The required bump held against the proposed version, from each `versioning.source`. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitFixture } from '../../support/git-fixture.js';
import { runSchemaDiff } from '../../../src/schema/run.js';
import { DEFAULT_VERSIONING, type VersioningSpec } from '../../../src/schema/versioning.js';

const MODEL = (extra: string) => `from pydantic import BaseModel\n\nclass Event(BaseModel):\n    a: int\n${extra}`;
let repo: GitFixture;
let base: string;
let breakingHead: string;
let minorHead: string;

beforeAll(() => {
  repo = new GitFixture();
  repo.write({ 'event.py': MODEL(''), 'CHANGELOG.md': '# Changelog\n\n## [1.2.0] - 2026-01-01\n- things\n', 'pyproject.toml': '[project]\nversion = "1.2.0"\n' });
  repo.commit('old');
  repo.tag('v1.0.0');
  repo.write({ 'event.py': MODEL('') });
  base = repo.commit('1.2.0', '2026-01-02T00:00:00Z');
  repo.tag('1.2.0', true).tag('not-a-version');
  repo.branch('breaking', base);
  repo.write({ 'event.py': MODEL('    b: str\n') }); // consumer adds a required field: breaking
  breakingHead = repo.commit('breaking');
  repo.branch('minor', base);
  repo.write({ 'event.py': MODEL('    b: str = ""\n') }); // optional field: compatible
  minorHead = repo.commit('minor');
});
afterAll(() => repo.remove());

/** The check of base → head; `extra` adds to the revisions (labels, releaseTag), the config (versioning) or the options. */
function run(head: string, extra: { labels?: string[]; releaseTag?: string; versioning?: VersioningSpec; proposedVersion?: string } = {}) {
  const { labels = [], releaseTag, versioning, proposedVersion } = extra;
  return runSchemaDiff({
    repository: repo.dir,
    config: { messages: [{ name: 'event', schema: 'event.py#Event', role: 'consumer', decoder: 'pydantic' }], versioning },
    revisions: { base, head, labels, releaseTag },
    proposedVersion,
  });
}

describe('semver', () => {
  it('current version: the newest semver tag reachable from base (1.2.0 and v1.0.0 spellings)', async () => {
    const report = await run(minorHead, { proposedVersion: '1.3.0' });
    expect(report.data.currentVersion).toBe('1.2.0');
    expect(report.data.proposedVersion).toBe('1.3.0');
    expect(report.verdict).toBe('pass');
  });

  it('too small a bump fails and names the change that needs more, on its line', async () => {
    const report = await run(breakingHead, { proposedVersion: '1.3.0' });
    expect(report.verdict).toBe('fail');
    const finding = report.findings.find((f) => f.id === 'semver/bump-too-small')!;
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('1.3.0 (--proposed-version) is a minor bump from 1.2.0');
    expect(finding.message).toContain('field `b` added (`str`)');
    expect(finding.message).toContain('requires a major bump');
    expect([finding.file, finding.line]).toEqual(['event.py', 5]);
    expect(report.outputs).toEqual({ 'required-bump': 'major' });
    expect((await run(breakingHead, { proposedVersion: '2.0.0' })).verdict).toBe('pass');
  });

  it('a downgrade with no wire change passes (issue 10 item 7: no wire change, whatever the version says), saying no bump is needed — never "a none bump"', async () => {
    const report = await run(base, { proposedVersion: '1.1.0' });
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f) => f.id)).not.toContain('semver/bump-too-small');
    expect(JSON.stringify(report.blocks)).toMatch(/no bump needed/i);
    expect(JSON.stringify(report)).not.toMatch(/none bump/);
  });

  it('a downgrade never satisfies a bump', async () => {
    expect((await run(minorHead, { proposedVersion: '1.1.0' })).verdict).toBe('fail');
  });

  it('labels: semver:major passes a breaking change, semver:minor does not; the approve label passes with findings kept', async () => {
    expect((await run(breakingHead, { labels: ['semver:major'] })).verdict).toBe('pass');
    expect((await run(breakingHead, { labels: ['semver:minor'] })).verdict).toBe('fail');
    const approved = await run(breakingHead, { labels: ['semver:minor', 'lockstep/approve-breaking'] });
    expect(approved.verdict).toBe('pass');
    expect(approved.findings.map((f) => f.id)).toContain('semver/bump-too-small');
    expect(approved.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('no declared version: a breaking change fails closed, a compatible one passes', async () => {
    expect((await run(breakingHead)).verdict).toBe('fail');
    expect((await run(minorHead)).verdict).toBe('pass');
  });

  it('changelog: the newest heading at head is the proposed version', async () => {
    const versioning = { ...DEFAULT_VERSIONING, source: 'changelog' as const };
    repo.branch('changelog', breakingHead);
    repo.write({ 'CHANGELOG.md': '# Changelog\n\n## [2.0.0] - 2026-02-01\n- b\n\n## [1.2.0] - 2026-01-01\n' });
    const head = repo.commit('changelog 2.0.0');
    const report = await run(head, { versioning });
    expect([report.data.proposedVersion, report.verdict]).toEqual(['2.0.0', 'pass']);
    // no new heading: proposed = current, no bump: fails
    const unchanged = await run(breakingHead, { versioning });
    expect([unchanged.data.proposedVersion, unchanged.verdict]).toEqual(['1.2.0', 'fail']);
  });

  it('file: the version a regex finds in the version file at head', async () => {
    const versioning = { ...DEFAULT_VERSIONING, source: 'file' as const, file: { path: 'pyproject.toml', pattern: 'version = "(.+)"' } };
    repo.branch('file', breakingHead);
    repo.write({ 'pyproject.toml': '[project]\nversion = "1.3.0"\n' });
    const head = repo.commit('1.3.0');
    const report = await run(head, { versioning });
    expect([report.data.proposedVersion, report.verdict]).toEqual(['1.3.0', 'fail']);
  });

  it('a release: the new tag against the previous release tag', async () => {
    repo.branch('release', breakingHead);
    repo.tag('2.0.0');
    const report = await run(breakingHead, { releaseTag: '2.0.0' });
    expect([report.data.currentVersion, report.data.proposedVersion, report.verdict]).toEqual(['1.2.0', '2.0.0', 'pass']);
    repo.tag('1.3.0');
    expect((await run(breakingHead, { releaseTag: '1.3.0' })).verdict).toBe('fail');
  });
});
