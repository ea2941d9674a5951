/** What a check compares: base → head, and what the pull request or release says about it. */
import { OBJECT_ID } from '../git/args.js';
import type { GitRepository } from '../git/repository.js';

export interface Revisions {
  base: string;
  head: string;
  /** The tag being released (tag push, release event, `--release-tag`), without `refs/tags/`. */
  releaseTag?: string;
  /** The pull request's labels (semver:*, the approve label); none outside a pull request. */
  labels: string[];
  /** The pull request's body (its Paired-With: lines). */
  pullRequestBody?: string;
}

/** The part of a repository revisions are worked out with (tests pass a stand-in). */
export type RevisionRepository = Pick<GitRepository, 'ensureCommit' | 'resolveRevision' | 'git' | 'isShallow'>;

/** A shallow checkout lacks the commits it did not fetch: fetch those given by full id (depth 1); names are resolved as they are. */
export async function ensureCommits(repository: RevisionRepository, revisions: readonly string[]): Promise<void> {
  for (const revision of revisions) if (OBJECT_ID.test(revision)) await repository.ensureCommit(revision);
}
