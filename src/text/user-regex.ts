/**
 * Regular expressions written by a user (in .github/lockstep.yml, so by the pull request) run
 * on RE2's linear-time engine: `^(a|aa)+$` on a long line takes as long as the line, not
 * longer than the universe. RE2 has no backreferences or lookaround; a pattern that uses them
 * is refused at config load with the reason.
 */
import { RE2JS } from 're2js';

/** Why `pattern` cannot be compiled (RE2 syntax), or undefined. */
export function userRegexProblem(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern, RE2JS.MULTILINE);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The first match of a user pattern in `text` (`^`/`$` match at line ends): its groups, [0] the whole match. */
export function firstUserMatch(pattern: string, text: string): (string | null)[] | undefined {
  const matcher = RE2JS.compile(pattern, RE2JS.MULTILINE).matcher(text);
  if (!matcher.find()) return undefined;
  return Array.from({ length: matcher.groupCount() + 1 }, (_unused, index) => matcher.group(index));
}
