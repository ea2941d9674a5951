/** Which files at a revision mention some strings: one `git grep`, no file read into memory. */
import type { GitRepository } from '../git/repository.js';
import { GitCommandError } from '../git/run-git.js';

/**
 * Paths at `revision` whose text contains any of `needles` (fixed strings), limited to the
 * globs when git's glob pathspecs can express them (callers filter with the globs anyway).
 */
export async function grepFiles(repository: GitRepository, revision: string, needles: readonly string[], globs: readonly string[]): Promise<string[]> {
  if (needles.length === 0) return [];
  const commit = await repository.resolveRevision(revision);
  const pathspecs = globs.some((glob) => /[{}]/.test(glob)) ? [] : globs.map((glob) => `:(glob)${glob}`);
  const args = ['grep', '-l', '-z', '-F', ...needles.flatMap((needle) => ['-e', needle]), commit, '--', ...pathspecs];
  try {
    const out = await repository.git(args);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => line.slice(commit.length + 1));
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return [];
    throw error;
  }
}
