import { describe, expect, it } from '@jest/globals';
import { applyBump, bumpBetween, changelogVersion, cleanVersion, fileVersion, labelBump, newestVersion, previousRelease, versionOfTag } from '../../../src/schema/semver.js';

describe('semver helpers', () => {
  it('reads release tags in both spellings and ignores the rest', () => {
    expect(versionOfTag('9.3.0')).toBe('9.3.0');
    expect(versionOfTag('v1.0.0')).toBe('1.0.0');
    expect(versionOfTag('w.2026.10')).toBeUndefined();
    expect(newestVersion(['v1.0.0', '9.3.0', '10.0.0-rc1', 'latest'])).toBe('9.3.0');
  });

  it('reads the short and capitalised release tags env-diff reads (one tag parser, git/tag-version.ts)', () => {
    // schema-diff used to refuse these: nvfo tags its releases v2.0, v2.1, v2.2.
    expect(versionOfTag('v2.1')).toBe('2.1.0');
    expect(versionOfTag('V9.1.0')).toBe('9.1.0');
    expect(versionOfTag('refs/tags/v3')).toBe('3.0.0');
    expect(previousRelease(['v2.0', 'v2.1', 'v2.2'], '2.2.0')).toEqual({ name: 'v2.1', version: '2.1.0' });
    // A bare number is a date or a build, never a release.
    expect(versionOfTag('20240101')).toBeUndefined();
    expect(newestVersion(['9.3.0', '20240101', '3'])).toBe('9.3.0');
  });

  it('finds the newest changelog heading, skipping Unreleased', () => {
    expect(changelogVersion('# Changelog\n\n## [Unreleased]\n\n## [2.1.0] - 2026-03-01\n\n## [2.0.0]\n')).toBe('2.1.0');
    expect(changelogVersion('# v3.0.0 (2026-01-01)\n')).toBe('3.0.0');
    expect(changelogVersion('nothing here')).toBeUndefined();
  });

  it('reads a version file through its pattern', () => {
    expect(fileVersion('[project]\nversion = "1.2.3"\n', 'version = "(.+)"')).toBe('1.2.3');
  });

  it('reads a proposed version and a version file as a release tag is read (one parser)', () => {
    expect(cleanVersion('2.1')).toBe('2.1.0');
    expect(cleanVersion('v2.1')).toBe('2.1.0');
    expect(cleanVersion('v2.1.0')).toBe('2.1.0');
    expect(cleanVersion('2.1.0-rc1')).toBe('2.1.0-rc1');
    expect(cleanVersion('v3')).toBe('3.0.0');
    // A bare number or a word is no version.
    expect(cleanVersion('3')).toBeUndefined();
    expect(cleanVersion('next')).toBeUndefined();
    expect(fileVersion('__version__ = "v2.1"\n', '__version__ = "(.+)"')).toBe('2.1.0');
  });

  it('labels and bumps', () => {
    expect(labelBump(['bug', 'semver:minor', 'semver:major'])).toBe('major');
    expect(labelBump(['semver: patch'])).toBe('patch');
    expect(labelBump(['semver'])).toBeUndefined();
    expect(applyBump('1.2.3', 'major')).toBe('2.0.0');
    expect(bumpBetween('1.2.3', '1.3.0')).toBe('minor');
    expect(bumpBetween('1.2.3', '1.2.3')).toBe('none');
    expect(bumpBetween('1.2.3', '1.2.0')).toBe('downgrade');
  });

  it('the previous release: the newest release below the version, whatever else shares its commit', () => {
    const pp = ['8.0.0', '9.0.0', '9.1.0', '9.2.0', '10.0.0-rc1', 'latest'];
    expect(previousRelease(pp, '9.1.0')).toEqual({ name: '9.0.0', version: '9.0.0' });
    expect(previousRelease(pp, '9.0.0')).toEqual({ name: '8.0.0', version: '8.0.0' });
    expect(previousRelease(pp, '10.0.0')).toEqual({ name: '9.2.0', version: '9.2.0' }); // pre-releases are not releases
    expect(previousRelease(['v1.0.0', '2.0.0'], '2.0.0')).toEqual({ name: 'v1.0.0', version: '1.0.0' });
    expect(previousRelease(pp, '8.0.0')).toBeUndefined();
  });
});
