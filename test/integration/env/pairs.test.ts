/**
 * A list of named env pairs on the code side (real git repositories): each pair diffs its own code
 * and its own base declaration of extra-reads; an input error names the pair and points at its entry.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { GitFixture, type FileTree } from '../../support/git-fixture.js';
import { runEnvDiff, runEnvDiffAll, type EnvDiffOptions } from '../../../src/env/run.js';
import { repositoryConfig } from '../../support/check-config.js';
import type { EnvPairsData } from '../../../src/env/pairs-report.js';
import { InputError } from '../../../src/errors.js';

const repos: GitFixture[] = [];
afterAll(() => repos.forEach((repo) => repo.remove()));

/** Two services in one repository, with no counterpart: the code side alone. */
const config = (extraB = '[]', globA = 'a/**/*.py') => `env:
  - name: service-a
    code: {service: ["${globA}"]}
  - name: service-b
    code: {service: ["b/**/*.py"]}
    extra-reads: {service: ${extraB}}
`;

const FILES: FileTree = { 'a/config.py': 'import os\nA = os.environ["A_URL"]\n', 'b/config.py': 'import os\nB = os.environ.get("B_LEVEL", "1")\n' };

async function repository(head: FileTree, base: FileTree = { ...FILES, '.github/lockstep.yml': config() }): Promise<EnvDiffOptions> {
  const repo = new GitFixture();
  repos.push(repo);
  repo.write(base);
  const baseSha = repo.commit('base');
  repo.write(head);
  const revisions = { base: baseSha, head: repo.commit('head') };
  return { repository: repo.dir, config: await repositoryConfig(repo.dir), revisions };
}

async function inputError(run: Promise<unknown>): Promise<InputError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('named env pairs on the code side', () => {
  it('diffs each pair\'s own code: a read added in b is b\'s change only', async () => {
    const options = await repository({ 'b/config.py': `${FILES['b/config.py']}C = os.environ["C_TOPIC"]\n` });
    const report = await runEnvDiffAll(options);
    const data = report.data as EnvPairsData;
    expect(data.pairs.map((pair) => [pair.name, pair.changes.map((change) => change.name)])).toEqual([
      ['service-a', []],
      ['service-b', ['C_TOPIC']],
    ]);
    expect(report.blocks.map((block) => block.kind)).toEqual(['section', 'section']);
  });

  it('reads extra-reads at base from the pair of the same name: a declaration new in b is a new read of b', async () => {
    const report = await runEnvDiffAll(await repository({ '.github/lockstep.yml': config('[SATTLE_URI_BASE]') }));
    const [a, b] = (report.data as EnvPairsData).pairs;
    expect(a!.changes).toEqual([]);
    expect(b!.changes).toEqual([expect.objectContaining({ kind: 'read-added', name: 'SATTLE_URI_BASE', file: '.github/lockstep.yml' })]);
  });

  it('a change of form (one pair at base, a list at head) still reads the base declaration: a declaration the PR adds is a new read', async () => {
    // Before: a change of form left the head's declaration as the base's, so the PR's own new read looked declared all along.
    const single = 'env:\n  code: {service: ["b/**/*.py"]}\n  extra-reads: {service: []}\n';
    const report = await runEnvDiffAll(await repository({ '.github/lockstep.yml': config('[SATTLE_URI_BASE]') }, { ...FILES, '.github/lockstep.yml': single }));
    const b = (report.data as EnvPairsData).pairs[1];
    expect(b!.changes).toEqual([expect.objectContaining({ kind: 'read-added', name: 'SATTLE_URI_BASE', file: '.github/lockstep.yml' })]);
  });

  it('a base configuration that does not parse declares nothing: every head declaration is a new read', async () => {
    const report = await runEnvDiffAll(await repository({ '.github/lockstep.yml': config('[SATTLE_URI_BASE]') }, { ...FILES, '.github/lockstep.yml': 'env: [unclosed\n' }));
    const b = (report.data as EnvPairsData).pairs[1];
    expect(b!.changes).toEqual([expect.objectContaining({ kind: 'read-added', name: 'SATTLE_URI_BASE' })]);
  });

  it('runEnvDiff checks the one pair it is asked for, in the single-pair shape', async () => {
    const report = await runEnvDiff({ ...(await repository({ 'b/config.py': `${FILES['b/config.py']}C = os.environ["C_TOPIC"]\n` })), pair: 'service-b' });
    expect(Object.keys(report.data)).toEqual(['verdict', 'changes', 'guidance', 'parity', 'deployed', 'environments']);
    expect(report.data.changes.map((change) => change.name)).toEqual(['C_TOPIC']);
    await expect(runEnvDiff({ ...(await repository({})), pair: 'nope' })).rejects.toThrow('no env pair named "nope"; the configuration names service-a, service-b');
  });

  it('a glob that matches nothing names the pair, the entry\'s key path and its line', async () => {
    const text = config('[]', 'a/typo/**/*.py');
    const error = await inputError(runEnvDiffAll(await repository({ '.github/lockstep.yml': text })));
    expect(error.message).toBe('env pair "service-a": env[0].code.service[0]: "a/typo/**/*.py" matches no file at head');
    expect(error).toMatchObject({ file: '.github/lockstep.yml', line: 3 });
  });

  it('a pair with neither code nor chart names the pair and its line', async () => {
    const text = `${config()}  - name: service-c\n    parity: [service]\n`;
    const error = await inputError(runEnvDiffAll(await repository({ '.github/lockstep.yml': text })));
    expect(error.message).toBe('env pair "service-c": env[2]: no code or chart section: env-diff has nothing to compare');
    expect(error.line).toBe(7);
  });
});
