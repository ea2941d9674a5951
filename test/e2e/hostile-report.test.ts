/**
 * Repository text that reaches a report (an env variable name, a Python default, a Literal
 * value, a PR body's Depends-On line) must never become markup in the job summary or the
 * sticky comment. Oracle: micromark with GFM (what GitHub renders) on the bundled CLI's and
 * action's markdown. The HTML of a report built from hostile strings has exactly the tags of
 * the same report built from plain names, and none of them (no <img>, no comment) came from
 * the input; the hostile text is shown as text.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, shallowClone } from '../support/git-fixture.js';
import { startGitHubStandin } from '../support/github-standin/index.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const HOSTILE = '</details></table><!-- --> <img src=x onerror=alert(1)>';
const HOSTILE_DEFAULT = '--></td></tr></table><details open><summary>x</summary><script>alert(1)</script>';
const cleanup: GitFixture[] = [];
afterAll(() => cleanup.forEach((repo) => repo.remove()));

/** What GitHub would render: GFM, raw HTML passed through (GitHub then filters it, but tags it lets by must not come from us). */
function html(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** Every tag and comment in the HTML, in order, without attributes (text holds `<` only as `&lt;`). */
function tags(markdown: string): string[] {
  return [...html(markdown).matchAll(/<!--[\s\S]*?-->|<\/?[a-zA-Z][\w-]*/g)].map((match) => match[0]);
}

/** The rendered text with tags removed and entities decoded: what a reader sees. */
function visibleText(markdown: string): string {
  return html(markdown)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function expectInert(hostile: string, plain: string, ...shown: string[]): void {
  expect(tags(hostile)).toEqual(tags(plain));
  expect(tags(hostile).filter((tag) => /^<!--|^<\/?(img|script|table)$/.test(tag) && !tags(plain).includes(tag))).toEqual([]);
  expect(html(hostile)).not.toMatch(/<img|<script|<!-- -->/);
  for (const text of shown) expect(visibleText(hostile)).toContain(text);
}

/** A service repository whose head reads a required variable and an optional one with a default. */
function serviceRepo(name: string, fallback: string) {
  const repo = new GitFixture();
  cleanup.push(repo);
  repo.write({ '.github/lockstep.yml': 'env:\n  code:\n    service: ["svc/**/*.py"]\n', 'svc/app.py': 'import os\n' });
  const base = repo.commit('base');
  repo.branch('tickets/DM-1');
  repo.write({ 'svc/app.py': `import os\na = os.environ[${JSON.stringify(name)}]\nb = os.environ.get("OPT", ${JSON.stringify(fallback)})\n` });
  const head = repo.commit('head');
  return { repo, base, head };
}

function cliMarkdown(repo: GitFixture, ...args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args, '--repo', repo.dir, '--format', 'markdown'], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('hostile repository text in reports (bundled CLI and action, micromark + GFM as oracle)', () => {
  it('env-diff --format markdown: a variable name and a default holding HTML stay text', () => {
    const hostile = serviceRepo(HOSTILE, HOSTILE_DEFAULT);
    const plain = serviceRepo('PLAIN_NAME', 'plain default');
    const out = cliMarkdown(hostile.repo, 'env-diff', '--base', hostile.base, '--head', hostile.head);
    expect(out).toContain('<img'); // inside a code span, as written
    expectInert(out, cliMarkdown(plain.repo, 'env-diff', '--base', plain.base, '--head', plain.head), HOSTILE, HOSTILE_DEFAULT);
  });

  it('schema-diff --format markdown: a Literal value and a default holding HTML stay text', () => {
    const model = (value: string, fallback: string) =>
      `from typing import Literal\nfrom pydantic import BaseModel\n\nclass Event(BaseModel):\n    a: Literal["x", ${JSON.stringify(value)}]\n    c: str = ${JSON.stringify(fallback)}\n`;
    const run = (value: string, fallback: string) => {
      const repo = new GitFixture();
      cleanup.push(repo);
      repo.write({ 'ev.py': model('x', fallback).replace(`, "x"]`, ']') });
      const base = repo.commit('base');
      repo.write({ 'ev.py': model(value, fallback).replace('c: str', 'c: int') });
      const head = repo.commit('head');
      return cliMarkdown(repo, 'schema-diff', '--base', base, '--head', head, '--schema', 'ev.py#Event', '--role', 'producer', '--decoder', 'pydantic');
    };
    expectInert(run(HOSTILE, HOSTILE_DEFAULT), run('plain', 'plain default'), HOSTILE);
  });

  it('actions/env-diff: the job summary and the sticky comment keep hostile names as text', async () => {
    const github = await startGitHubStandin();
    try {
      const token = 'ghs_hostile_installation_token';
      github.addToken(token, { login: 'github-actions[bot]', type: 'Bot' }, { installation: true });
      github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 1 });
      const runAction = async (name: string, fallback: string) => {
        const { repo, base, head } = serviceRepo(name, fallback);
        const workspace = shallowClone(repo, 'tickets/DM-1');
        cleanup.push(workspace);
        const event = pullRequestEvent({ repository: 'lsst-dm/prompt_processing', base: { sha: base }, head: { sha: head } });
        const run = await runBundledAction('env-diff', { workspace: workspace.dir, event, apiUrl: github.url, token, repository: 'lsst-dm/prompt_processing', inputs: { comment: 'true' } });
        expect(run.exitCode).toBe(0);
        return { summary: run.summary, comment: github.comments[0]!.body };
      };
      const plain = await runAction('PLAIN_NAME', 'plain default');
      const hostile = await runAction(HOSTILE, HOSTILE_DEFAULT);
      expect(github.comments).toHaveLength(1);
      expectInert(hostile.summary, plain.summary, HOSTILE, HOSTILE_DEFAULT);
      expectInert(hostile.comment, plain.comment, HOSTILE, HOSTILE_DEFAULT);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('gate --format markdown: a Depends-On line holding HTML stays text', async () => {
    // The Depends-On line is judged before the registry is asked: no registry is needed (none listens there).
    const github = await startGitHubStandin();
    const dir = mkdtempSync(path.join(tmpdir(), 'lockstep-hostile-gate-'));
    try {
      github.addToken('ghp_cli', { login: 'octo-maintainer', type: 'User' });
      github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 3, body: `Depends-On: ${HOSTILE}`, headSha: 'd'.repeat(40) });
      github.addPull({ owner: 'lsst-dm', repo: 'prompt_processing', number: 4, body: 'Depends-On:', headSha: 'e'.repeat(40) });
      writeFileSync(
        path.join(dir, 'lockstep.yml'),
        `gate:\n  upstream: ["lsst/*"]\n  registry: http://127.0.0.1:9\n  image: lsst/scipipe\n  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"\n  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}\n  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}\n`,
      );
      const gate = (pr: string) =>
        new Promise<string>((resolve, reject) => {
          const args = [cli, 'gate', '--repository', 'lsst-dm/prompt_processing', '--pr', pr, '--config', 'lockstep.yml', '--dry-run', '--format', 'markdown'];
          const child = spawn(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'ghp_cli', GITHUB_API_URL: github.url } });
          let stdout = '';
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.on('error', reject);
          child.on('close', () => resolve(stdout));
        });
      const hostile = await gate('3');
      expect(hostile).toContain('Depends-On');
      // The gate reads the PR body as GitHub renders it (CommonMark): the raw HTML on the line is
      // not visible text, so the report quotes the line as a reader sees it — and nothing of the HTML.
      expectInert(hostile.replace(/#3\b/g, '#4').replace(/d{7}/g, 'eeeeeee'), await gate('4'));
      expect(hostile).not.toMatch(/<img|onerror|<\/table>/);
    } finally {
      await github.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
