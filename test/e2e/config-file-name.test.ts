/**
 * Errors about the configuration name the file the user gave (`--config ci/other.yml`),
 * never the default .github/lockstep.yml: through the bundled CLI.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { GitFixture } from '../support/git-fixture.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const MODEL = 'from pydantic import BaseModel\n\nclass Event(BaseModel):\n    a: int\n';
const MESSAGES = 'messages:\n  - name: event\n    schema: event.py#Event\n    role: consumer\n    decoder: pydantic\n';

const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((fixture) => fixture.remove()));

let peer: GitFixture;
beforeAll(() => {
  peer = new GitFixture();
  fixtures.push(peer);
  peer.write({ 'event.py': MODEL }).commit('peer');
});

/** A repository whose only config is `ci/other.yml`, with a breaking change base → head (so versions are resolved). */
function repositoryWith(config: string): { dir: string; base: string; head: string } {
  const repo = new GitFixture();
  fixtures.push(repo);
  const base = repo.write({ 'ci/other.yml': config, 'event.py': MODEL }).commit('base');
  const head = repo.write({ 'event.py': `${MODEL}    b: str\n` }).commit('required field');
  return { dir: repo.dir, base, head };
}

function schemaDiff(config: string) {
  const { dir, base, head } = repositoryWith(config);
  const result = spawnSync(process.execPath, [cli, 'schema-diff', '--base', base, '--head', head, '--config', 'ci/other.yml'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

describe('errors name the configuration given with --config', () => {
  it('versioning.source: file without versioning.file', () => {
    const result = schemaDiff(`${MESSAGES}versioning:\n  source: file\n`);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('versioning.source is file but versioning.file is not set');
    expect(result.stderr).toContain('ci/other.yml');
    expect(result.stderr).not.toContain('.github/lockstep.yml');
  });

  it("a peer's extra-fields type that is not a Python type", () => {
    const result = schemaDiff(`${MESSAGES}    peer:\n      repository: ${peer.dir}\n      ref: main\n      schema: event.py#Event\n      extra-fields:\n        sent_at: "not a type ("\n`);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a Python type expression');
    expect(result.stderr).toContain('ci/other.yml');
    expect(result.stderr).not.toContain('.github/lockstep.yml');
  });
});
