/**
 * `decoder: {function}` through the bundled CLI (issue 10, item 6): the config form and the
 * `--decoder function:…` flag, the decoder named in the JSON, exit 2 with file:line on a form
 * the function cannot be read in, and no stack trace anywhere.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { GitFixture, repoWithRevisions } from '../support/git-fixture.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const cleanup: GitFixture[] = [];
afterAll(() => cleanup.forEach((r) => r.remove()));

function run(repo: GitFixture, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'schema-diff', '--repo', repo.dir, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

const visit = (position: string, body: string) => `import typing
from dataclasses import dataclass


@dataclass
class Visit:
    salIndex: int
    position: ${position}

    @classmethod
    def from_dict(cls, d):
${body}
`;
const READER = '        return cls(salIndex=int(d["salIndex"]), position=[float(i) for i in d["position"].split(",")])';
const CONFIG = 'messages:\n  - name: next-visit\n    schema: visit.py#Visit\n    role: consumer\n    decoder: {function: visit.py#Visit.from_dict}\n';

function revisions(base: string, head: string) {
  const made = repoWithRevisions({ 'visit.py': base, '.github/lockstep.yml': CONFIG }, { 'visit.py': head });
  cleanup.push(made.repo);
  return made;
}

describe('lockstep schema-diff with a decoder function (bundled CLI)', () => {
  it('an annotation-only change passes (exit 0), and the JSON names the decoder', () => {
    const { repo, base, head } = revisions(visit('typing.List[int]', READER), visit('list[float]', READER));
    const result = run(repo, '--base', base, '--head', head, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).messages).toEqual([{ name: 'next-visit', role: 'consumer', decoder: 'function visit.py#Visit.from_dict', requiredBump: 'none', changes: [] }]);
    // The strict reading of the same change is breaking: the decoder is what decides.
    expect(run(repo, '--base', base, '--head', head, '--schema', 'visit.py#Visit', '--decoder', 'strict').status).toBe(1);
  });

  it('--decoder function:… judges a new required key as breaking (exit 1), naming the rule and the decoder', () => {
    const { repo, base, head } = revisions(visit('list[float]', READER), visit('list[float]', READER.replace('salIndex=', 'detector=int(d["detector"]), salIndex=')));
    const result = run(repo, '--base', base, '--head', head, '--schema', 'visit.py#Visit', '--decoder', 'function:visit.py#Visit.from_dict', '--format', 'json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).messages[0].changes).toEqual([
      expect.objectContaining({ kind: 'field-added', field: 'detector', breaking: true, rule: 'function-consumer-field-added-required', decoder: 'function visit.py#Visit.from_dict', file: 'visit.py', line: 12 }),
    ]);
  });

  it('**d fails closed: exit 2 with file:line and the forms that are read', () => {
    const { repo, base, head } = revisions(visit('list[float]', READER), visit('list[float]', '        return cls(**d)'));
    const result = run(repo, '--base', base, '--head', head);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('visit.py:12: decoder: `**d` passes every key on: the keys read cannot be known');
    expect(result.stderr).toContain('expected `d["key"]`');
  });

  it('refuses --decoder function:… with another role, and a malformed reference (exit 2)', () => {
    const { repo, base, head } = revisions(visit('list[float]', READER), visit('list[float]', READER));
    const producer = run(repo, '--base', base, '--head', head, '--schema', 'visit.py#Visit', '--role', 'producer', '--decoder', 'function:visit.py#Visit.from_dict');
    expect(producer.status).toBe(2);
    expect(producer.stderr).toContain('--decoder function:… goes with --role consumer');
    const malformed = run(repo, '--base', base, '--head', head, '--schema', 'visit.py#Visit', '--decoder', 'function:visit.py');
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('expected function:PATH.py#Class.method');
  });
});
