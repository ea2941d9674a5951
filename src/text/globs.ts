/**
 * Globs written by a user (in .github/lockstep.yml, so by the pull request), matched against
 * paths a pull request also controls. picomatch compiles a glob to a backtracking regular
 * expression: an extglob (`+(a|aa)`), a parenthesised group (`(a|aa)`) or a repeated brace
 * group (`{a,aa}+`) becomes a nested quantifier that takes exponential time on a crafted
 * path. Lockstep's globs have `*`, `**`, `?`, `[abc]` and `{a,b}` only: extglobs are off in
 * every matcher, and the rest is refused at config load (exit 2 with the reason).
 */
import picomatch from 'picomatch';

/** Wildcard runs (`*`, `**`) and brace groups in one glob, at most: each one multiplies the ways a path can be split. */
export const MAX_GLOB_WILDCARDS = 6;
export const MAX_GLOB_BRACES = 4;

/** The syntax a glob may use, as an error says it. */
export const GLOB_EXPECTED = 'a glob with *, **, ?, [abc] and {a,b} only';

/** The options of every matcher: dotfiles match, extglobs are plain characters. */
export const GLOB_OPTIONS = { dot: true, noextglob: true } as const;

/** Why a user glob is refused; undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (/[()|]/.test(glob)) return 'parentheses and | are groups, not file names: write {a,b} for either of two names';
  if (/\}\+/.test(glob)) return 'a + after } repeats the group: list the names, {a,b}';
  const wildcards = glob.match(/\*+/g)?.length ?? 0;
  if (wildcards > MAX_GLOB_WILDCARDS) return `it has ${wildcards} wildcards (* or **), more than ${MAX_GLOB_WILDCARDS}: name more of the path`;
  const braces = glob.match(/\{/g)?.length ?? 0;
  if (braces > MAX_GLOB_BRACES) return `it has ${braces} {…} groups, more than ${MAX_GLOB_BRACES}: split it into several globs`;
  return undefined;
}

/** One test for paths matching any of `globs` (checked at config load, see globProblem). */
export function globMatcher(globs: readonly string[], options: { nocase?: boolean } = {}): (path: string) => boolean {
  return picomatch([...globs], { ...GLOB_OPTIONS, ...options });
}
