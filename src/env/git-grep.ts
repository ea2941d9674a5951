/**
 * Which files at a revision mention some strings: one `git grep`, no file read into memory, and
 * no argument list that grows with the input (patterns go through a file).
 *
 * git grep tries every pattern at every line, so its cost is patterns × tree. A few needles are
 * searched as fixed strings; past that, one pass lists every token shaped like the needles
 * (`-o` with a single character-class pattern) and the needles are looked up in a set — one
 * pattern whatever the number of needles, so the cost follows the tree, not tree × needles.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GitRepository } from '../git/repository.js';
import { ownString } from '../text/own-string.js';

/** Up to this many needles git's fixed-string search is the cheaper pass. */
export const FIXED_STRING_NEEDLES = 16;

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
  if (needles.length === 0) return new Map();
  const commit = await repository.resolveRevision(revision);
  const pathspecs = globs.some((glob) => /[{}]/.test(glob)) ? [] : globs.map((glob) => `:(glob)${glob}`);
  const search = needles.length <= FIXED_STRING_NEEDLES || !needles.every(isTokenShaped) ? fixedStrings(needles) : tokenPass(needles);
  const found = new Map<string, Set<string>>();
  // Line by line as git prints them: the token pass prints every token of the tree, which is
  // never held in memory whole.
  await grepWithPatternFile(repository, search, [commit, '--', ...pathspecs], (line) => {
    const separator = line.indexOf('\0');
    if (separator < 0) return;
    const hits = search.needlesOf(line.slice(separator + 1));
    if (hits.length === 0) return;
    const file = line.slice(commit.length + 1, separator);
    let matches = found.get(file);
    // A new key is copied out of the line: a slice keeps git's whole output chunk alive.
    if (!matches) found.set(ownString(file), (matches = new Set<string>()));
    for (const hit of hits) matches.add(hit);
  });
  return found;
}

interface Search {
  flag: '-F' | '-E';
  patterns: string[];
  /** The needles a matched text stands for (none, one, or a subscript and its name). */
  needlesOf(match: string): string[];
}

/** git reports the longest needle at a place; the shorter needles inside it are there too. */
function fixedStrings(needles: readonly string[]): Search {
  return { flag: '-F', patterns: [...needles], needlesOf: (match) => needles.filter((needle) => match.includes(needle)) };
}

/** The characters of a token-shaped needle, as a POSIX bracket expression (LC_ALL=C). */
const TOKEN_CHARACTERS = '[A-Za-z0-9_.-]';

/**
 * One extended pattern matching every maximal run of token characters (optionally after
 * `["` or `['`, so a subscript needle `["X"]` is seen as such); a run equal to a needle is a hit
 * (both the subscript and the bare name when both are needles).
 */
function tokenPass(needles: readonly string[]): Search {
  // Hits are the needles' own strings, never slices of git's output (which would keep it alive).
  const subscripts = new Map<string, string>();
  const plain = new Map<string, string>();
  for (const needle of needles) {
    const inner = /^\[(["'])(.*)\1\]$/.exec(needle);
    if (inner) subscripts.set(`[${inner[1]}${inner[2]}`, needle);
    else plain.set(needle, needle);
  }
  return {
    flag: '-E',
    patterns: [`(\\[["'])?${TOKEN_CHARACTERS}+`],
    needlesOf: (match) => {
      const name = match.startsWith('[') ? match.slice(2) : match;
      return [subscripts.get(match), plain.get(name)].filter((hit): hit is string => hit !== undefined);
    },
  };
}

/** Needles made of the characters variable names are made of can be searched as tokens. */
function isTokenShaped(needle: string): boolean {
  return /^(\[(["'])[A-Za-z0-9_.-]+\2\]|[A-Za-z0-9_.-]+)$/.test(needle);
}

/** git grep for the search's patterns (written to a file: there may be thousands), `tail` naming the tree and paths. */
async function grepWithPatternFile(repository: GitRepository, { flag, patterns }: Pick<Search, 'flag' | 'patterns'>, tail: string[], onLine: (line: string) => void): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lockstep-grep-'));
  try {
    const file = path.join(dir, 'patterns');
    await writeFile(file, `${patterns.join('\n')}\n`);
    // Exit 1 is "no line matched".
    await repository.gitLines(['grep', '-z', '-o', flag, '-f', file, ...tail], onLine, [0, 1]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
