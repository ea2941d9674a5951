/**
 * A CLI command's revisions, from its flags: `--base` and `--head` (default HEAD), or with
 * `--release-tag` the previous release → the tag (HEAD when the tag is not made yet) unless
 * `--base` is given. Commits given by full id are fetched when the clone lacks them.
 */
import { InputError } from '../errors.js';
import { ensureCommits, type RevisionRepository, type Revisions } from './model.js';
import { defaultReleaseHead, releaseRevisions } from './release.js';

export interface RevisionFlags {
  base?: string;
  head?: string;
  /** `--release-tag` (only for commands that compare releases). */
  releaseTag?: string;
  /** `--label` and `--pr-body-file`'s text: what a pull request would say. */
  labels?: string[];
  pullRequestBody?: string;
}

export async function revisionsFromFlags(repository: RevisionRepository, flags: RevisionFlags, options: { releases: boolean }): Promise<Revisions> {
  const pull = { labels: flags.labels ?? [], pullRequestBody: flags.pullRequestBody };
  if (flags.releaseTag) {
    const head = flags.head ?? (await defaultReleaseHead(repository, flags.releaseTag));
    return { ...(await releaseRevisions(repository, flags.releaseTag, head, flags.base)), ...pull };
  }
  if (!flags.base) {
    if (options.releases) throw new InputError('--base is required', { hint: 'Pass the base revision, e.g. --base origin/main, or --release-tag TAG to compare a release with the one before it.' });
    throw new InputError('--base is required', { hint: 'Pass the base revision, e.g. --base origin/main.' });
  }
  const revisions = { base: flags.base, head: flags.head ?? 'HEAD', ...pull };
  await ensureCommits(repository, [revisions.base, revisions.head]);
  return revisions;
}
