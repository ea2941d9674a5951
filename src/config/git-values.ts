/**
 * Config values that reach a git argument list (refs, repositories) or name a file in the
 * repository: checked at load, so a value shaped like an option (`--upload-pack=CMD`) is an
 * error with its key path and line before anything runs. The rules are src/git/args.ts's.
 */
import { z } from 'zod';
import { userRegexProblem } from '../text/user-regex.js';
import { GLOB_EXPECTED, globProblem } from '../text/globs.js';
import { REF_EXPECTED, REPOSITORY_EXPECTED, refProblem, repositoryProblem } from '../git/args.js';

function checked(problemOf: (value: string) => string | undefined, expected: string) {
  return (value: string, context: z.RefinementCtx) => {
    const problem = problemOf(value);
    if (problem) context.addIssue({ code: 'custom', message: `expected ${expected}, got ${JSON.stringify(value)} (${problem})` });
  };
}

export const GitRef = z.string().min(1).superRefine(checked(refProblem, REF_EXPECTED));

export const GitRepositoryLocation = z.string().min(1).superRefine(checked(repositoryProblem, REPOSITORY_EXPECTED));

/** Why a repository-relative path or glob is refused; undefined when it is fine. */
export function pathProblem(value: string): string | undefined {
  if (value.startsWith('-')) return 'it starts with "-"';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(value)) return 'it contains a control character';
  return undefined;
}

/** A path or glob inside the repository. */
export const RepositoryPath = z.string().min(1).superRefine(checked(pathProblem, 'a path inside the repository (not starting with "-")'));

/** A glob of paths inside the repository: only the syntax that compiles to a bounded match (see src/text/globs.ts). */
export const RepositoryGlob = RepositoryPath.superRefine(checked(globProblem, GLOB_EXPECTED));

/** A glob of names (repositories): the same bounded syntax. */
export const UserGlob = z.string().min(1).superRefine(checked(globProblem, GLOB_EXPECTED));

/** A regular expression run on the linear-time engine (RE2 syntax: no backreferences or lookaround). */
export const UserRegex = z.string().min(1).superRefine(checked(userRegexProblem, 'a regular expression in RE2 syntax (no backreferences or lookaround)'));
