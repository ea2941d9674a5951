import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GitRepository } from '../../../src/git/repository.js';
import { FIXED_STRING_NEEDLES, grepMatches } from '../../../src/env/git-grep.js';
import { GitFixture } from '../../support/git-fixture.js';

// The oracle: a needle is found in a file when it occurs there as a whole token (a run of
// letters, digits, `_`, `.`, `-`) — and a subscript needle `["X"]` as `["X` + token end (which also
// counts as a mention of `X`).
function oracle(files: Record<string, string>, needles: string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [file, text] of Object.entries(files)) {
    const tokens = new Set(text.match(/[A-Za-z0-9_.-]+/g) ?? []);
    const subscripted = new Set([...text.matchAll(/\[(["'])([A-Za-z0-9_.-]+)/g)].map((m) => `[${m[1]}${m[2]}${m[1]}]`));
    const hits = new Set(needles.filter((needle) => tokens.has(needle) || subscripted.has(needle)));
    if (hits.size) found.set(file, hits);
  }
  return found;
}

const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((fixture) => fixture.remove()));

describe('grepMatches', () => {
  it('agrees with a token oracle past the fixed-string threshold (one pattern, any number of needles)', async () => {
    const name = fc.constantFrom('A', 'B_1', 'CC', 'DB_URL', 'X-Y', 'a.b', 'LONG_NAME_2');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.oneof(name, fc.constantFrom(' ', '\n', '"', "'", '[', ']', '(', 'os.environ', '_', '=')), { maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        async (contents) => {
          const files = Object.fromEntries(contents.map((parts, i) => [`pkg/m${i}.py`, `${parts.join('')}\n`]));
          const repo = new GitFixture();
          fixtures.push(repo);
          repo.write(files);
          const head = repo.commit('c');
          const names = ['A', 'B_1', 'CC', 'DB_URL', 'X-Y', 'a.b', 'LONG_NAME_2'];
          // Padding needles that never occur push the search past the fixed-string threshold.
          const padding = Array.from({ length: FIXED_STRING_NEEDLES }, (_, i) => `ABSENT_${i}`);
          const needles = [...names, ...names.flatMap((n) => [`["${n}"]`, `['${n}']`]), ...padding];
          const repository = await GitRepository.open(repo.dir);
          try {
            const got = await grepMatches(repository, head, needles, ['pkg/**/*.py']);
            const expected = oracle(files, needles);
            // Token hits must equal the oracle's; a whole-token needle is always seen.
            expect(new Map([...got].map(([f, s]) => [f, [...s].sort()]))).toEqual(new Map([...expected].map(([f, s]) => [f, [...s].sort()])));
          } finally {
            repository.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds a few needles as fixed strings and never passes them as arguments', async () => {
    const repo = new GitFixture();
    fixtures.push(repo);
    repo.write({ 'app/a.py': 'x = os.environ["--output=/tmp/pwned"]\ny = "FOO_BAR"\n', 'app/b.py': 'z = 1\n' });
    const head = repo.commit('c');
    const repository = await GitRepository.open(repo.dir);
    try {
      const got = await grepMatches(repository, head, ['--output=/tmp/pwned', 'FOO'], ['app/*.py']);
      expect(got).toEqual(new Map([['app/a.py', new Set(['--output=/tmp/pwned', 'FOO'])]]));
    } finally {
      repository.close();
    }
  });
});
