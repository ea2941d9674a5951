/**
 * Repository content and PR bodies reach the runner's log (reports quote defaults, literal
 * values, file paths, PR lines). A line of that content starting with `::` must never
 * become a workflow command: no planted `::error::` annotation, no `::add-mask::`.
 * Run through the bundled root action, as the runner runs it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundledAction, type ActionRun } from '../../support/action-harness.js';
import { pullRequestEvent } from '../../support/events.js';
import { GitFixture, repoWithRevisions } from '../../support/git-fixture.js';
import { startGitHubStandin } from '../../support/github-standin/index.js';

const PAYLOAD = (tag: string) => `\n::error::PLANTED-${tag}\n::add-mask::PLANTED-${tag}-MASK\n::warning file=x.py,line=1::PLANTED-${tag}-WARNING\n`;

const CONFIG = [
  'messages:',
  '  - name: next-visit',
  '    schema: python/shared/visit.py#Visit',
  '    role: consumer',
  '    decoder: pydantic',
  'env:',
  '  code:',
  '    service: ["python/**/*.py"]',
  '',
].join('\n');

function visit(planted: boolean): string {
  return [
    'import os',
    'from typing import Literal',
    'from pydantic import BaseModel',
    '',
    `MODE = os.environ.get("MODE", ${planted ? `"""${PAYLOAD('ENV-DEFAULT')}"""` : '"x"'})`,
    '',
    '',
    'class Visit(BaseModel):',
    '    instrument: str',
    `    level: Literal["info"${planted ? `, """${PAYLOAD('LITERAL')}"""` : ''}] = "info"`,
    ...(planted ? [`    note: str = """${PAYLOAD('FIELD-DEFAULT')}"""`] : []),
    '',
  ].join('\n');
}

/** A workflow command whose message starts with planted text: exactly what must never appear. */
function forgedCommands(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => /^\s*::[a-z-]+(?: [^:]*)?::\s*PLANTED/.test(line) || /^\s*::add-mask::/.test(line));
}

let repo: GitFixture | undefined;
afterEach(() => repo?.remove());

describe('file contents and PR bodies in the log cannot emit workflow commands', () => {
  it('defuses :: lines from Python defaults, literal values and the PR body', async () => {
    const made = repoWithRevisions({ '.github/lockstep.yml': CONFIG, 'python/shared/visit.py': visit(false) }, { 'python/shared/visit.py': visit(true) });
    repo = made.repo;
    const body = ['Adds a note field.', '::error::PLANTED-BODY', '::add-mask::PLANTED-BODY-MASK', 'Paired-With: ::error::PLANTED-PAIRED', 'Paired-With: lsst-dm/x#1', '::warning::PLANTED-BODY-WARNING'].join('\n');
    const run = await runBundledAction('lockstep', {
      workspace: repo.dir,
      event: pullRequestEvent({ base: { sha: made.base }, head: { sha: made.head }, body }),
    });
    expect(run.outputs.checks).toBe('schema-diff,env-diff');
    expect([0, 1]).toContain(run.exitCode);
    // The planted lines did reach the log as lines of their own (else this test would prove nothing)…
    expect(run.stdout).toMatch(/^\s*:.?:error::PLANTED-/m);
    // …but as text, never as a command.
    expect(forgedCommands(run)).toEqual([]);
    expect(run.annotations.filter((annotation) => annotation.message.trimStart().startsWith('PLANTED'))).toEqual([]);
  });

  it('defuses :: lines in a file path that holds newlines', async () => {
    const trapped = `python/a${PAYLOAD('PATH')}.py`;
    const made = repoWithRevisions(
      { '.github/lockstep.yml': CONFIG, 'python/shared/visit.py': visit(false) },
      { [trapped]: 'import os\nTOKEN = os.environ["PLANTED_PATH_READ"]\n' },
    );
    repo = made.repo;
    const run = await runBundledAction('lockstep', { workspace: repo.dir, event: pullRequestEvent({ base: { sha: made.base }, head: { sha: made.head } }) });
    expect([0, 1]).toContain(run.exitCode);
    expect(run.outputs['env-diff-result-json']).toContain('PLANTED_PATH_READ');
    expect(run.stdout).toMatch(/^\s*:.?:error::PLANTED-PATH/m);
    expect(forgedCommands(run)).toEqual([]);
    expect(run.annotations.filter((annotation) => annotation.message.trimStart().startsWith('PLANTED'))).toEqual([]);
  });

  it('defuses :: text from a gated PR body in the pipelines-gate log', async () => {
    const github = await startGitHubStandin();
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'lockstep-gate-log-'));
    try {
      const token = 'ghs_log_injection_token';
      github.addToken(token, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
      github.setBranch('lsst-dm', 'prompt_processing', 'main', 'c'.repeat(40));
      const body = ['Depends-On: ::error::PLANTED-DEPENDS', '::error::PLANTED-GATE-BODY', '::add-mask::PLANTED-GATE-MASK', 'Depends-On: lsst/afw#1 ::warning::PLANTED-TAIL'].join('\n');
      const head = '5'.repeat(40);
      github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 3, body, headSha: head, headRef: 'tickets/DM-3' });
      mkdirSync(path.join(workspace, '.github'));
      writeFileSync(
        path.join(workspace, '.github/lockstep.yml'),
        [
          'gate:',
          '  upstream: ["lsst/*"]',
          '  registry: http://127.0.0.1:9',
          '  image: lsst/scipipe',
          '  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"',
          '  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}',
          '  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}',
          '',
        ].join('\n'),
      );
      const run = await runBundledAction('pipelines-gate', {
        workspace,
        eventName: 'pull_request',
        event: pullRequestEvent({ number: 3, action: 'edited', base: { sha: 'c'.repeat(40) }, head: { sha: head, ref: 'tickets/DM-3' }, body }),
        apiUrl: github.url,
        token,
      });
      expect([0, 1]).toContain(run.exitCode);
      // The malformed lines are reported (their text reaches the log and the summary)…
      expect(`${run.stdout}${run.summary}`).toContain('PLANTED-DEPENDS');
      // …as text only.
      expect(forgedCommands(run)).toEqual([]);
      expect(run.annotations.filter((annotation) => annotation.message.trimStart().startsWith('PLANTED'))).toEqual([]);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
