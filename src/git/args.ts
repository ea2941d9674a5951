/**
 * What may reach a git argument list. `.github/lockstep.yml` comes from the pull request, so
 * a ref or a repository written there is an operand, never an option: `--upload-pack=CMD`
 * as a ref or a repository would make `git fetch` run CMD. The rules live here once, used
 * both by the config schema (an error with the file and line) and by `runGit`, which refuses
 * any option it does not know before a process starts.
 */
import { InputError } from '../errors.js';

/** A full object id (SHA-1 or SHA-256). */
export const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+$/;

/** Longer refs are refused (git's own limit is the file system's; no real ref comes close). */
const MAX_REF_LENGTH = 255;

export const REF_EXPECTED = 'a branch, tag or ref name (git check-ref-format rules, not starting with "-") or a full commit id';
export const REPOSITORY_EXPECTED = 'owner/name, an https:// or file:// URL, or a local path (not starting with "-")';

export function isOwnerName(repository: string): boolean {
  return OWNER_NAME.test(repository) && !repository.startsWith('.');
}

/** Why `ref` is not a ref name (git check-ref-format --allow-onelevel) nor an object id; undefined when it is. */
export function refProblem(ref: string): string | undefined {
  if (OBJECT_ID.test(ref)) return undefined;
  if (ref.length === 0) return 'it is empty';
  if (ref.length > MAX_REF_LENGTH) return `it is longer than ${MAX_REF_LENGTH} characters`;
  if (ref.startsWith('-')) return 'it starts with "-", so git would read it as an option';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref)) return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (ref.includes('..') || ref.includes('@{') || ref === '@') return 'it contains "..", "@{" or is "@"';
  if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//')) return 'it starts or ends with "/" or has an empty component';
  if (ref.endsWith('.')) return 'it ends with "."';
  if (ref.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))) return 'a component starts with "." or ends with ".lock"';
  return undefined;
}

/** Why `repository` is not owner/name, an https:// or file:// URL, or a local path; undefined when it is. */
export function repositoryProblem(repository: string): string | undefined {
  if (repository.length === 0) return 'it is empty';
  if (repository.startsWith('-')) return 'it starts with "-", so git would read it as an option';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(repository)) return 'it contains a control character';
  if (isOwnerName(repository)) return undefined;
  if (/^(https|file):\/\//i.test(repository)) return urlProblem(repository);
  // Anything else with a colon is a transport git would pick from the text (scp-like ssh, `ext::`, `fd::`).
  if (repository.includes(':')) return 'it is neither owner/name nor an https:// or file:// URL, and a local path may not contain ":"';
  return undefined;
}

function urlProblem(repository: string): string | undefined {
  let url: URL;
  try {
    url = new URL(repository);
  } catch {
    return 'it is not a valid URL';
  }
  if (/\s/.test(repository)) return 'the URL contains whitespace';
  if (url.username || url.password) return 'the URL carries credentials (the token is passed to git separately)';
  return undefined;
}

/** A ref for a git argument list, or an InputError naming what was expected. */
export function checkedRef(ref: string, what: string): string {
  const problem = refProblem(ref);
  if (problem) throw unsafe(what, ref, problem, REF_EXPECTED);
  return ref;
}

/** A repository for a git argument list, or an InputError naming what was expected. */
export function checkedRepository(repository: string, what: string): string {
  const problem = repositoryProblem(repository);
  if (problem) throw unsafe(what, repository, problem, REPOSITORY_EXPECTED);
  return repository;
}

function unsafe(what: string, value: string, problem: string, expected: string): InputError {
  return new InputError(`${what} ${JSON.stringify(value)} was refused before running git: ${problem}; expected ${expected}`, {
    hint: 'Fix the value in .github/lockstep.yml; Lockstep never passes a value that could read as an option to git.',
  });
}

/**
 * The options Lockstep itself writes, exactly (or with a value of a known shape). An option
 * before `--end-of-options`/`--` that is not here came from somewhere else: refused.
 */
const KNOWN_OPTIONS = new Set([
  '--quiet', '--bare', '--no-tags', '--tags', '--batch', '--show-toplevel', '--is-bare-repository', '--is-shallow-repository',
  '--full-tree', '--name-status', '--is-ancestor', '-e', '-r', '-z', '-M', '-o', '-F', '-E', '-f', '-s', '-t',
  '-U0', '--no-color', '--no-ext-diff', '--no-renames', // GitRepository.changedLines
  '-n', '-I', // git grep for inline ignores (src/ignores/inline.ts)
]);
const KNOWN_OPTION_VALUES = [/^--depth=\d+$/, /^--deepen=\d+$/, /^--format=[%()A-Za-z0-9*:]+$/, /^--merged=[0-9a-f]{40,64}$/];

/** Throws before spawning when an argument that git would read as an option is not one Lockstep writes. */
export function assertSafeGitArgs(args: readonly string[]): void {
  for (const arg of args) {
    if (arg === '--end-of-options' || arg === '--') return;
    if (arg.includes('\0')) throw new Error(`git argument contains a NUL byte: ${JSON.stringify(arg)}`);
    if (!arg.startsWith('-') || KNOWN_OPTIONS.has(arg) || KNOWN_OPTION_VALUES.some((pattern) => pattern.test(arg))) continue;
    throw new InputError(`refused to run git with ${JSON.stringify(arg)}: it reads as an option Lockstep does not use`, {
      hint: 'A value from the configuration reached git where an option goes; check refs and repositories in .github/lockstep.yml.',
    });
  }
}
