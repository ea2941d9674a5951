/** The one tag → version parser (git/tag-version.ts): which spellings count, for releases and image tags alike. */
import { describe, expect, it } from '@jest/globals';
import { tagVersion, withoutV } from '../../../src/git/tag-version.js';

describe('tagVersion', () => {
  it.each([
    ['9.1.0', '9.1.0'],
    ['v9.1.0', '9.1.0'],
    ['V9.1.0', '9.1.0'],
    ['refs/tags/v9.1.0', '9.1.0'],
    [' 9.1.0 ', '9.1.0'],
    ['10.0.0-rc1', '10.0.0-rc1'],
    ['v2.1', '2.1.0'],
    ['2.1', '2.1.0'],
    ['v3', '3.0.0'],
  ])('%p is version %p', (tag, version) => {
    expect(tagVersion(tag)?.version).toBe(version);
  });

  it.each(['3', '20240101', 'latest', 'w.2026.10', 'w_2024_10', 'sha-abc123', 'vault', '', 'v'])('%p is no version', (tag) => {
    expect(tagVersion(tag)).toBeNull();
  });

  it('strips a v only before a digit', () => {
    expect(withoutV('v2.0')).toBe('2.0');
    expect(withoutV('vault')).toBe('vault');
  });
});
