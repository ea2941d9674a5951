/**
 * The current and proposed versions of this repository, from the `versioning:`
 * section and the event: current = newest semver tag reachable from base; proposed =
 * --proposed-version, the new tag (tag push / release), or on a pull request a
 * CHANGELOG heading, a version file or a `semver:*` label.
 */
import type { GitRepository } from '../git/repository.js';
import { InputError } from '../errors.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { applyBump, changelogVersion, cleanVersion, fileVersion, labelBump, newestVersion, previousRelease, versionOfTag } from './semver.js';

export interface VersioningSpec {
  source: 'tags' | 'changelog' | 'file' | 'label';
  changelog: string;
  file?: { path: string; pattern: string };
  'approve-label': string;
}

export const DEFAULT_VERSIONING: VersioningSpec = { source: 'tags', changelog: 'CHANGELOG.md', 'approve-label': 'lockstep/approve-breaking' };

export interface VersionInputs {
  repository: GitRepository;
  base: string;
  head: string;
  versioning: VersioningSpec;
  proposedVersion?: string;
  /** The tag being released (tag push / release event). */
  releaseTag?: string;
  labels: string[];
  /** The configuration that holds `versioning:`, as errors name it (`--config other.yml`). */
  configFile?: string;
}

export interface Versions {
  current?: string;
  currentFrom?: string;
  proposed?: string;
  /** Where the proposed version came from, for the report ("label semver:major"). */
  proposedFrom?: string;
  /** No current version found in a shallow clone: the tags may simply not have been fetched. */
  tagsMaybeMissing?: boolean;
  /** A bump declared outright (a semver:* label): held against the requirement even without a current version. */
  declaredBump?: 'major' | 'minor' | 'patch';
}

export async function resolveVersions(inputs: VersionInputs): Promise<Versions> {
  const { repository, base, head, versioning, labels } = inputs;
  const versions: Versions = {};
  const merged = (await repository.git(['tag', `--merged=${await repository.resolveRevision(base)}`])).split('\n').filter(Boolean);
  const releaseVersion = inputs.releaseTag === undefined ? undefined : versionOfTag(inputs.releaseTag);
  // A release is held against the release before it, not against a higher tag on the same commit.
  const current = releaseVersion ? previousRelease(merged, releaseVersion)?.version : newestVersion(merged);
  if (current) Object.assign(versions, { current, currentFrom: releaseVersion ? 'previous release tag' : 'newest release tag reachable from base' });
  else if (await repository.isShallow()) versions.tagsMaybeMissing = true;

  if (inputs.proposedVersion !== undefined) {
    const proposed = cleanVersion(inputs.proposedVersion);
    if (!proposed) {
      throw new InputError(`--proposed-version ${inputs.proposedVersion}: expected a version such as 2.1.0`, {
        hint: 'Write the version as a release tag spells it: 2.1.0, v2.1.0 or 2.1 (a bare number such as 3 needs a v: v3).',
      });
    }
    return { ...versions, proposed, proposedFrom: '--proposed-version' };
  }
  if (inputs.releaseTag) {
    const proposed = releaseVersion;
    if (!proposed) throw new InputError(`tag ${inputs.releaseTag} is not a semantic version`, { hint: 'Release tags look like 2.1.0 or v2.1.0.' });
    return { ...versions, proposed, proposedFrom: `tag ${inputs.releaseTag}` };
  }

  if (versioning.source === 'changelog') {
    const [atHead, atBase] = await Promise.all([repository.readFile(head, versioning.changelog), repository.readFile(base, versioning.changelog)]);
    const headVersion = atHead ? changelogVersion(atHead.text) : undefined;
    const baseVersion = atBase ? changelogVersion(atBase.text) : undefined;
    if (!versions.current && baseVersion) Object.assign(versions, { current: baseVersion, currentFrom: `${versioning.changelog} at base` });
    if (headVersion) return { ...versions, proposed: headVersion, proposedFrom: `${versioning.changelog} heading` };
  } else if (versioning.source === 'file') {
    if (!versioning.file) throw new InputError('versioning.source is file but versioning.file is not set', { file: inputs.configFile ?? DEFAULT_CONFIG_PATH, hint: 'Add versioning.file: {path: pyproject.toml, pattern: \'version = "(.+)"\'}.' });
    const { path, pattern } = versioning.file;
    const [atHead, atBase] = await Promise.all([repository.readFile(head, path), repository.readFile(base, path)]);
    const headVersion = atHead ? fileVersion(atHead.text, pattern) : undefined;
    const baseVersion = atBase ? fileVersion(atBase.text, pattern) : undefined;
    if (!versions.current && baseVersion) Object.assign(versions, { current: baseVersion, currentFrom: `${path} at base` });
    if (headVersion) return { ...versions, proposed: headVersion, proposedFrom: `${path} at head` };
  }
  // A label declares the bump on any source (the only way with `tags` on a pull request).
  const bump = labelBump(labels);
  if (bump) return { ...versions, proposed: applyBump(versions.current ?? '0.0.0', bump), proposedFrom: `label semver:${bump}`, declaredBump: bump };
  return versions;
}
