/**
 * Image tags vs git tags: `v2.0`, `2.0` and `2.0.0` name the same release, and several
 * release tags may point at one commit. An exact spelling wins; then the same version
 * with or without `v`; then the same version once both are completed to X.Y.Z.
 */
import type { GitTag } from '../git/repository.js';
import { tagVersion, withoutV } from '../git/tag-version.js';

export function findReleaseTag(imageTag: string, tags: readonly GitTag[]): GitTag | undefined {
  const exact = tags.find((tag) => tag.name === imageTag);
  if (exact) return exact;
  const bare = withoutV(imageTag);
  const sameSpelling = tags.find((tag) => withoutV(tag.name) === bare);
  if (sameSpelling) return sameSpelling;
  const wanted = tagVersion(imageTag);
  if (!wanted) return undefined;
  const matches = tags.filter((tag) => tagVersion(tag.name)?.compare(wanted) === 0);
  // Several spellings of one version usually share a commit; prefer the longest (most specific) name.
  return matches.sort((a, b) => b.name.length - a.name.length)[0];
}

export type VersionMove = 'upgrade' | 'downgrade' | 'major-downgrade' | 'same' | 'unknown';

export function compareDeployed(before: string, after: string): VersionMove {
  const a = tagVersion(before);
  const b = tagVersion(after);
  if (!a || !b) return before === after ? 'same' : 'unknown';
  const order = b.compare(a);
  if (order === 0) return 'same';
  if (order > 0) return 'upgrade';
  return b.major < a.major ? 'major-downgrade' : 'downgrade';
}
