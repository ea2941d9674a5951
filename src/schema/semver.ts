/**
 * Versions: the current release (newest semver tag reachable from base), the
 * proposed one (a new tag, a CHANGELOG heading, a version file, a semver:* label,
 * or --proposed-version), and whether the bump between them covers what the
 * schema changes require.
 */
import semver from 'semver';
import type { Bump } from './rules.js';
import { bumpRank } from './rules.js';
import { firstUserMatch } from '../text/user-regex.js';
import { tagVersion } from '../git/tag-version.js';

/** `9.3.0`, `v1.0.0`, `v2.1` → the version; anything else → undefined (git/tag-version.ts says which spellings count). */
export function versionOfTag(name: string): string | undefined {
  return tagVersion(name)?.version;
}

/** The newest release version among tag names (pre-releases count only when nothing else does). */
export function newestVersion(tagNames: string[]): string | undefined {
  const versions = tagNames.map(versionOfTag).filter((v): v is string => v !== undefined);
  const releases = versions.filter((v) => !semver.prerelease(v));
  const pool = releases.length ? releases : versions;
  return pool.sort(semver.rcompare)[0];
}

/**
 * The release before `version` among tag names: the newest release (no pre-release)
 * lower than it. Several tags on one commit are fine: 9.1.0's previous release is
 * 9.0.0 even where 9.0.0, 9.1.0 and 9.2.0 share a commit.
 */
export function previousRelease(tagNames: readonly string[], version: string): { name: string; version: string } | undefined {
  return tagNames
    .map((name) => ({ name, version: versionOfTag(name) }))
    .filter((t): t is { name: string; version: string } => t.version !== undefined && !semver.prerelease(t.version) && semver.lt(t.version, version))
    .sort((a, b) => semver.rcompare(a.version, b.version))[0];
}

/** The newest version heading of a changelog (`## [1.2.0] - date`, `# v1.2.0`, `## 1.2.0`). */
export function changelogVersion(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const match = /^#{1,4}\s*\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?/.exec(line.trim());
    if (match && semver.valid(match[1])) return match[1];
  }
  return undefined;
}

/** The version a version file declares, through the configured regular expression (first group). */
export function fileVersion(text: string, pattern: string): string | undefined {
  const match = firstUserMatch(pattern, text);
  const found = match?.[1] ?? match?.[0];
  return found ? cleanVersion(found) : undefined;
}

/** `semver:major|minor|patch` among the labels. */
export function labelBump(labels: string[]): Exclude<Bump, 'none'> | undefined {
  const bumps = labels.map((l) => /^semver:\s*(major|minor|patch)$/i.exec(l.trim())?.[1]?.toLowerCase() as Exclude<Bump, 'none'> | undefined);
  const found = bumps.filter((b): b is Exclude<Bump, 'none'> => b !== undefined);
  return found.sort((a, b) => bumpRank(b) - bumpRank(a))[0];
}

export function applyBump(current: string, bump: Bump): string {
  return bump === 'none' ? current : (semver.inc(current, bump) ?? current);
}

/** The bump from current to proposed; 'downgrade' when proposed is lower. */
export function bumpBetween(current: string, proposed: string): Bump | 'downgrade' {
  if (semver.lt(proposed, current)) return 'downgrade';
  if (semver.major(proposed) > semver.major(current)) return 'major';
  if (semver.minor(proposed) > semver.minor(current)) return 'minor';
  if (semver.patch(proposed) > semver.patch(current)) return 'patch';
  return 'none';
}

/**
 * A version as written in a file or by hand, read as a release tag is (git/tag-version.ts, the one
 * parser): `2.1.0`, `v2.1.0`, `2.1` and `v2.1` all mean 2.1.0; a bare number (`3`) or a word is none.
 */
export function cleanVersion(text: string): string | undefined {
  return versionOfTag(text);
}
