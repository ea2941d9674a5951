/**
 * A release's revisions: the previous release → the released commit. On a tag push, a
 * release event or `--release-tag`, the base is the newest release tag reachable from
 * the released commit whose version is lower than the new tag's (the new tag, and any
 * higher tag on the same commit, never count). The first release is compared with itself.
 */
import { InputError } from '../errors.js';
import { previousRelease, versionOfTag } from '../schema/semver.js';
import type { RevisionRepository } from './model.js';

export interface ReleaseRevisions {
  /** The previous release (`refs/tags/…`), or the released commit when there is none. */
  base: string;
  /** The released commit. */
  head: string;
  /** The tag being released, without `refs/tags/`. */
  releaseTag: string;
}

/** `9.1.0` or `refs/tags/v9.1.0` → the tag name; exit 2 unless it is a semantic version. */
export function releaseTagName(tag: string): { name: string; version: string } {
  const name = tag.replace(/^refs\/tags\//, '');
  const version = versionOfTag(name);
  if (!version) throw new InputError(`tag ${tag} is not a semantic version`, { hint: 'Release tags look like 2.1.0 or v2.1.0; Lockstep compares schemas between release tags.' });
  return { name, version };
}

/** The revision a release is made from when none is given: the tag when it exists, else HEAD (the tag is about to be made). */
export async function defaultReleaseHead(repository: RevisionRepository, releaseTag: string): Promise<string> {
  const ref = `refs/tags/${releaseTagName(releaseTag).name}`;
  return repository.resolveRevision(ref).then(
    () => ref,
    () => 'HEAD',
  );
}

export async function releaseRevisions(repository: RevisionRepository, releaseTag: string, head: string, base?: string): Promise<ReleaseRevisions> {
  const { name, version } = releaseTagName(releaseTag);
  const headCommit = await repository.resolveRevision(head);
  if (base) return { base, head: headCommit, releaseTag: name };
  const merged = (await repository.git(['tag', `--merged=${headCommit}`])).split('\n').filter(Boolean);
  const previous = previousRelease(merged, version);
  if (!previous && (await repository.isShallow()))
    throw new InputError(`no release before ${name} in this shallow clone`, {
      hint: 'Check out with actions/checkout fetch-depth: 0 (or run git fetch --tags --unshallow) so the previous release tag and its history are present.',
    });
  return { base: previous ? `refs/tags/${previous.name}` : headCommit, head: headCommit, releaseTag: name };
}
