/**
 * `--proposed-version` is read as a release tag is (one parser, git/tag-version.ts): `2.0` and
 * `v2.0.0` mean 2.0.0; a non-version is exit 2 saying what to write. Through the bundled CLI.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { GitFixture } from '../support/git-fixture.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const MODEL = 'from pydantic import BaseModel\n\nclass Event(BaseModel):\n    a: int\n';
const CONFIG = 'messages:\n  - name: event\n    schema: event.py#Event\n    role: consumer\n    decoder: pydantic\n';

let repo: GitFixture;
let base: string;
let breaking: string;
beforeAll(() => {
  repo = new GitFixture();
  base = repo.write({ '.github/lockstep.yml': CONFIG, 'event.py': MODEL }).commit('base');
  repo.tag('1.0.0');
  breaking = repo.write({ 'event.py': `${MODEL}    b: str\n` }).commit('required field');
});
afterAll(() => repo.remove());

function schemaDiff(proposed: string) {
  const args = [cli, 'schema-diff', '--repo', repo.dir, '--base', base, '--head', breaking, '--proposed-version', proposed, '--format', 'json'];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

describe('--proposed-version (bundled CLI)', () => {
  it.each([['2.0'], ['v2.0.0'], ['v2']])('%s is 2.0.0: a major bump covers the breaking change', (proposed) => {
    const result = schemaDiff(proposed);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"proposedVersion": "2.0.0"');
  });

  it('1.1 is 1.1.0: a minor bump does not', () => {
    const result = schemaDiff('1.1');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('"proposedVersion": "1.1.0"');
  });

  it('a non-version is exit 2 saying how to write one', () => {
    const result = schemaDiff('next');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--proposed-version next: expected a version such as 2.1.0');
    expect(result.stderr).toMatch(/\n {2}Write the version as a release tag spells it/);
  });
});
