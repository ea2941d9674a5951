/** Which files at a revision mention some strings: one `git grep`, no file read into memory. */
import type { GitRepository } from '../git/repository.js';
import { GitCommandError } from '../git/run-git.js';

/**
 * What each file at `revision` contains of `needles` (fixed strings; where two overlap at one
 * place, the earlier-starting one is reported): path → the needles found.
 */
export async function grepMatches(
  repository: GitRepository,
  revision: string,
  needles: readonly string[],
  globs: readonly string[],
): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  if (needles.length === 0) return found;
  const commit = await repository.resolveRevision(revision);
  const pathspecs = globs.some((glob) => /[{}]/.test(glob)) ? [] : globs.map((glob) => `:(glob)${glob}`);
  const args = ['grep', '-z', '-o', '-F', ...needles.flatMap((needle) => ['-e', needle]), commit, '--', ...pathspecs];
  let out: string;
  try {
    out = await repository.git(args);
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode === 1) return found;
    throw error;
  }
  for (const line of out.split('\n')) {
    const separator = line.indexOf('\0');
    if (separator < 0) continue;
    const file = line.slice(commit.length + 1, separator);
    const match = line.slice(separator + 1);
    const matches = found.get(file) ?? new Set<string>();
    matches.add(match);
    found.set(file, matches);
  }
  return found;
}
