import { describe, expect, it } from '@jest/globals';
import { compareDeployed, findReleaseTag } from '../../../src/env/versions.js';

const tags = [
  { name: '1.0.0', commit: 'a' },
  { name: '2.0.0', commit: 'b' },
  { name: '2.0', commit: 'b' },
  { name: 'v3.1.0', commit: 'c' },
  { name: 'w_2024_10', commit: 'd' },
];

describe('findReleaseTag', () => {
  it.each([
    ['1.0.0', '1.0.0'],
    ['v1.0.0', '1.0.0'],
    ['2.0', '2.0'], // exact spelling wins
    ['v2.0', '2.0'],
    ['2.0.0', '2.0.0'],
    ['3.1.0', 'v3.1.0'],
    ['v3.1', 'v3.1.0'],
    ['w_2024_10', 'w_2024_10'],
  ])('image tag %s → release tag %s', (imageTag, release) => {
    expect(findReleaseTag(imageTag, tags)?.name).toBe(release);
  });

  it.each(['4.0.0', 'latest', 'sha-abc123', ''])('no release for %p', (imageTag) => {
    expect(findReleaseTag(imageTag, tags)).toBeUndefined();
  });
});

describe('compareDeployed', () => {
  it.each([
    ['1.0.0', '1.1.0', 'upgrade'],
    ['v2.0', '2.0.0', 'same'],
    ['2.1.0', '2.0.3', 'downgrade'],
    ['3.0.0', '2.9.9', 'major-downgrade'],
    ['v3', '2.0', 'major-downgrade'],
    ['latest', 'latest', 'same'],
    ['latest', '2.0.0', 'unknown'],
    // One tag parser with schema-diff (git/tag-version.ts): a bare number is a date or a build, not a version.
    ['3', '4', 'unknown'],
    ['20240101', '2.0.0', 'unknown'],
  ])('%s → %s is %s', (before, after, move) => {
    expect(compareDeployed(before, after)).toBe(move);
  });
});
