/**
 * On a tag push or a release, the base is the previous release: the newest
 * semver tag reachable from the released commit whose version is lower than the
 * new tag's. Several tags on one commit are fine; the new tag itself never counts.
 */
import semver from 'semver';
import { InputError } from '../errors.js';
import type { GitRepository } from '../git/repository.js';
import { versionOfTag } from './semver.js';

export async function previousReleaseTag(repository: GitRepository, releaseTag: string, headCommit: string): Promise<string | undefined> {
  const version = versionOfTag(releaseTag);
  if (!version) throw new InputError(`tag ${releaseTag} is not a semantic version`, { hint: 'Release tags look like 2.1.0 or v2.1.0; Lockstep compares schemas between release tags.' });
  const merged = (await repository.git(['tag', `--merged=${await repository.resolveRevision(headCommit)}`])).split('\n').filter(Boolean);
  const older = merged
    .map((name) => ({ name, version: versionOfTag(name) }))
    .filter((t): t is { name: string; version: string } => t.name !== releaseTag && t.version !== undefined && !semver.prerelease(t.version) && semver.lt(t.version, version))
    .sort((a, b) => semver.rcompare(a.version, b.version));
  return older[0]?.name;
}
