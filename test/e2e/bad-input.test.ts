/**
 * The bad-input catalogue (docs/security.md, "Bad input"): each case through the bundled CLI
 * (dist/cli) and the bundled action (as the runner runs it) → exit 2, the file (and line
 * where there is one), what is wrong and what to do — never a stack trace.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, repoWithRevisions, shallowClone, type FileTree } from '../support/git-fixture.js';

const CLI = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const CONFIG_FILE = '.github/lockstep.yml';
const VISIT = 'python/shared/visit.py';

const MESSAGES_CONFIG = ['messages:', '  - name: next-visit', `    schema: ${VISIT}#FannedOutVisit`, '    role: consumer', '    decoder: strict', ''].join('\n');

const VISIT_SOURCE = [
  'from dataclasses import dataclass',
  '',
  '',
  '@dataclass(frozen=True, kw_only=True)',
  'class FannedOutVisit:',
  '    instrument: str',
  '    detector: int',
  '',
].join('\n');

type Command = 'schema-diff' | 'env-diff';

interface Scenario {
  /** The repository the command runs in (the workspace of the action). */
  dir: string;
  base: string;
  head: string;
  env?: Record<string, string>;
}

interface BadInputCase {
  name: string;
  command: Command;
  make(): Scenario;
  /** The file the error must name (repository-relative), if the case has one. */
  file?: string;
  line?: number;
  /** What the message must say. */
  says: RegExp;
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function revisions(base: FileTree, head: FileTree): Scenario {
  const made = repoWithRevisions(base, head);
  cleanups.push(() => made.repo.remove());
  return { dir: made.repo.dir, base: made.base, head: made.head };
}

function outsideFile(name: string, content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-outside-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

function aliasBomb(key: string): string {
  const levels = 'abcdefghi'.split('');
  const lines = [`${levels[0]}: &${levels[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let i = 1; i < levels.length; i++) lines.push(`${levels[i]}: &${levels[i]} [${Array(9).fill(`*${levels[i - 1]}`).join(',')}]`);
  lines.push(`${key}: *${levels[levels.length - 1]}`, '');
  return lines.join('\n');
}

const CASES: BadInputCase[] = [
  {
    name: 'Python syntax error in a message schema',
    command: 'schema-diff',
    make: () =>
      revisions(
        { [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE },
        { [VISIT]: VISIT_SOURCE.replace('    detector: int', '    detector: int =\n    position: list[float]') },
      ),
    file: VISIT,
    line: 7,
    says: /syntax/i,
  },
  {
    name: 'message class not found (the classes that exist are named)',
    command: 'schema-diff',
    make: () =>
      revisions({ [CONFIG_FILE]: MESSAGES_CONFIG.replace('#FannedOutVisit', '#NextVisit'), [VISIT]: VISIT_SOURCE }, { [VISIT]: `${VISIT_SOURCE}\n# touched\n` }),
    file: VISIT,
    says: /NextVisit[\s\S]*FannedOutVisit/,
  },
  {
    name: 'base revision missing in a shallow clone with no network',
    command: 'schema-diff',
    make: () => {
      const source = new GitFixture();
      source.write({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE });
      const base = source.commit('base');
      source.write({ [VISIT]: VISIT_SOURCE.replace('    detector: int', '    detector: int\n    focusZ: float = 0.0') });
      const head = source.commit('head');
      const clone = shallowClone(source);
      // The origin is gone: no fetch can bring the base back.
      clone.git('remote', 'set-url', 'origin', `file://${path.join(os.tmpdir(), 'lockstep-no-such-origin')}`);
      source.remove();
      cleanups.push(() => clone.remove());
      return { dir: clone.dir, base, head };
    },
    says: /fetch/i,
  },
  {
    name: 'binary file where a schema is expected',
    command: 'schema-diff',
    make: () => revisions({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE }, { [VISIT]: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0xff, 0xfe]) }),
    file: VISIT,
    says: /binary/i,
  },
  {
    name: 'a 10 MB file where a schema is expected',
    command: 'schema-diff',
    make: () => revisions({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE }, { [VISIT]: `${VISIT_SOURCE}${'# padding padding padding padding padding padding\n'.repeat(200_000)}` }),
    file: VISIT,
    says: /MB/,
  },
  {
    name: 'a 10 MB Python file under the env-diff code globs',
    command: 'env-diff',
    make: () =>
      revisions(
        { [CONFIG_FILE]: 'env:\n  code:\n    service: ["python/**/*.py"]\n', 'python/app.py': 'import os\nX = os.environ["X"]\n' },
        { 'python/app.py': `import os\nX = os.environ["X"]\n${'# padding padding padding padding padding padding\n'.repeat(200_000)}` },
      ),
    file: 'python/app.py',
    says: /MB/,
  },
  {
    name: 'YAML alias bomb in .github/lockstep.yml',
    command: 'schema-diff',
    make: () => revisions({ [CONFIG_FILE]: aliasBomb('versioning'), [VISIT]: VISIT_SOURCE }, { [VISIT]: `${VISIT_SOURCE}\n` }),
    file: CONFIG_FILE,
    says: /alias/i,
  },
  {
    name: 'YAML alias bomb in a Helm values file',
    command: 'env-diff',
    make: () => {
      const chart = {
        [CONFIG_FILE]: [
          'env:',
          '  chart:',
          '    path: charts/svc',
          '    workloads: {service: templates/job.yaml}',
          '    environments: applications/svc-*/values-*.yaml',
          '    image-tag: svc.image.tag',
          '',
        ].join('\n'),
        'charts/svc/Chart.yaml': 'apiVersion: v2\nname: svc\nversion: 1.0.0\nappVersion: 1.0.0\n',
        'charts/svc/values.yaml': 'image:\n  tag: ""\n',
        'charts/svc/templates/job.yaml': 'spec:\n  containers:\n  - name: svc\n    env:\n    - name: X\n      value: "1"\n',
        'applications/svc-dev/values-dev.yaml': 'svc:\n  image:\n    tag: 1.0.0\n',
      };
      return revisions(chart, { 'applications/svc-dev/values-dev.yaml': aliasBomb('svc') });
    },
    file: 'applications/svc-dev/values-dev.yaml',
    says: /alias/i,
  },
  {
    // Two of them in one process used to abort node outright (a V8 fatal error, not an exception).
    name: 'YAML nested 5,000 levels deep in two Helm values files',
    command: 'env-diff',
    make: () => {
      const deep = `svc:\n  image:\n    tag: 1.0.0\n  extra: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
      return revisions(
        {
          [CONFIG_FILE]: [
            'env:',
            '  chart:',
            '    path: charts/svc',
            '    workloads: {service: templates/job.yaml}',
            '    environments: applications/svc-*/values-*.yaml',
            '    image-tag: svc.image.tag',
            '',
          ].join('\n'),
          'charts/svc/Chart.yaml': 'apiVersion: v2\nname: svc\nversion: 1.0.0\nappVersion: 1.0.0\n',
          'charts/svc/values.yaml': 'image:\n  tag: ""\n',
          'charts/svc/templates/job.yaml': 'spec:\n  containers:\n  - name: svc\n    env:\n    - name: X\n      value: "1"\n',
          'applications/svc-dev/values-dev.yaml': 'svc:\n  image:\n    tag: 1.0.0\n',
          'applications/svc-prod/values-prod.yaml': 'svc:\n  image:\n    tag: 1.0.0\n',
        },
        { 'applications/svc-dev/values-dev.yaml': deep, 'applications/svc-prod/values-prod.yaml': deep },
      );
    },
    file: 'applications/svc-dev/values-dev.yaml',
    line: 4,
    says: /nested more than 100 levels/,
  },
  {
    name: 'non-UTF-8 text in a schema file',
    command: 'schema-diff',
    make: () =>
      revisions({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE }, { [VISIT]: Buffer.from(`# Caf\xe9 visit\n${VISIT_SOURCE}`, 'latin1') }),
    file: VISIT,
    says: /UTF-8/,
  },
  {
    name: 'a symlink pointing outside the repository, where a schema is expected',
    command: 'schema-diff',
    make: () => {
      const repo = new GitFixture();
      cleanups.push(() => repo.remove());
      repo.write({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE });
      const base = repo.commit('base');
      repo.symlink(VISIT, outsideFile('visit.py', VISIT_SOURCE));
      const head = repo.commit('head: the schema is a link to a file outside');
      return { dir: repo.dir, base, head };
    },
    file: VISIT,
    says: /symbolic link|symlink/i,
  },
  {
    name: 'a .github/lockstep.yml that is a symlink pointing outside the repository',
    command: 'schema-diff',
    make: () => {
      const repo = new GitFixture();
      cleanups.push(() => repo.remove());
      repo.write({ [VISIT]: VISIT_SOURCE });
      repo.symlink(CONFIG_FILE, outsideFile('lockstep.yml', MESSAGES_CONFIG));
      const base = repo.commit('base');
      repo.write({ [VISIT]: `${VISIT_SOURCE}\n` });
      const head = repo.commit('head');
      return { dir: repo.dir, base, head };
    },
    file: CONFIG_FILE,
    says: /symbolic link|symlink|outside/i,
  },
  {
    name: 'a .github/lockstep.yml with an env section that is a symlink pointing outside the repository',
    command: 'env-diff',
    make: () => {
      const repo = new GitFixture();
      cleanups.push(() => repo.remove());
      repo.write({ 'python/app.py': 'import os\nX = os.environ["X"]\n' });
      repo.symlink(CONFIG_FILE, outsideFile('lockstep.yml', 'env:\n  code:\n    service: ["python/**/*.py"]\n'));
      const base = repo.commit('base');
      repo.write({ 'python/app.py': 'import os\nX = os.environ["X"]\nY = os.environ["Y"]\n' });
      const head = repo.commit('head');
      return { dir: repo.dir, base, head };
    },
    file: CONFIG_FILE,
    says: /symbolic link to a file outside the repository/,
  },
  {
    name: 'a malformed config value (with its key path and line)',
    command: 'schema-diff',
    make: () => revisions({ [CONFIG_FILE]: MESSAGES_CONFIG.replace('role: consumer', 'role: reader'), [VISIT]: VISIT_SOURCE }, { [VISIT]: `${VISIT_SOURCE}\n` }),
    file: CONFIG_FILE,
    line: 4,
    says: /messages\[0\]\.role: expected producer \| consumer \| both/,
  },
  {
    name: 'an unknown config key, with a "did you mean"',
    command: 'schema-diff',
    make: () => revisions({ [CONFIG_FILE]: MESSAGES_CONFIG.replace('decoder: strict', 'decodr: strict'), [VISIT]: VISIT_SOURCE }, { [VISIT]: `${VISIT_SOURCE}\n` }),
    file: CONFIG_FILE,
    line: 5,
    says: /messages\[0\]\.decodr: unknown key \(did you mean 'decoder'\?\)/,
  },
  {
    name: 'a glob that compiles to a backtracking match (a repeated group) in env.code',
    command: 'env-diff',
    make: () =>
      revisions(
        { [CONFIG_FILE]: 'env:\n  code:\n    service:\n      - "python/((a+)+)+b/*.py"\n', 'python/app.py': 'import os\nX = os.environ["X"]\n' },
        { 'python/app.py': 'import os\nX = os.environ["Y"]\n' },
      ),
    file: CONFIG_FILE,
    line: 4,
    says: /env\.code\.service\[0\]: expected a glob with \*, \*\*, \?, \[abc\] and \{a,b\} only.*write \{a,b\}/,
  },
  {
    name: 'a counterpart repository that cannot be fetched',
    command: 'env-diff',
    make: () => ({
      ...revisions(
        {
          [CONFIG_FILE]: 'env:\n  code:\n    service: ["python/**/*.py"]\n  counterpart:\n    repository: lsst-sqre/phalanx\n    ref: main\n',
          'python/app.py': 'import os\nX = os.environ["X"]\n',
        },
        { 'python/app.py': 'import os\nX = os.environ["X"]\nY = os.environ["Y"]\n' },
      ),
      // Nothing listens on port 9: the fetch fails at once, as with no network.
      env: { GITHUB_SERVER_URL: 'http://127.0.0.1:9', GITHUB_TOKEN: 'not-a-token', GIT_TERMINAL_PROMPT: '0' },
    }),
    file: 'lsst-sqre/phalanx',
    says: /lsst-sqre\/phalanx/,
  },
];

const STACK_TRACE = /\n\s+at .+[(:]\d+/;

describe.each(CASES)('bad input: $name', (badCase) => {
  it(`${badCase.command} CLI → exit 2 naming the file${badCase.line ? ' and line' : ''}, what is wrong and what to do`, () => {
    const scenario = badCase.make();
    const result = spawnSync(process.execPath, [CLI, badCase.command, '--repo', scenario.dir, '--base', scenario.base, '--head', scenario.head], {
      cwd: scenario.dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_TOKEN: '', ...scenario.env },
    });
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 2 });
    const where = badCase.file ? `${badCase.file}${badCase.line ? `:${badCase.line}` : ''}` : '';
    expect(result.stderr).toContain(where);
    expect(result.stderr).toMatch(badCase.says);
    // What to do: the hint line under the error.
    expect(result.stderr).toMatch(/\n {2}\S/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(STACK_TRACE);
  });

  it(`${badCase.command} action → exit 2 with an error annotation on the file${badCase.line ? ' and line' : ''} that says what to do`, async () => {
    const scenario = badCase.make();
    const run = await runBundledAction(badCase.command, {
      workspace: scenario.dir,
      event: pullRequestEvent({ base: { sha: scenario.base }, head: { sha: scenario.head } }),
      env: scenario.env,
    });
    expect({ exitCode: run.exitCode, failure: run.failure }).toMatchObject({ exitCode: 2 });
    const annotation = run.annotations.find((a) => a.level === 'error' && /input error/.test(a.title ?? ''));
    expect(annotation).toBeDefined();
    if (badCase.file) expect(annotation?.file).toBe(badCase.file);
    if (badCase.line) expect(annotation?.line).toBe(badCase.line);
    expect(annotation?.message).toMatch(badCase.says);
    // The message is followed by what to do.
    expect(annotation?.message.split('\n').length).toBeGreaterThan(1);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_TRACE);
  });
});

describe('an event payload that is not JSON (read by @actions/github when the action starts)', () => {
  it('exits 2 naming GITHUB_EVENT_PATH and what it must hold, never a stack trace', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'lockstep-event-'));
    const eventFile = path.join(folder, 'event.json');
    writeFileSync(eventFile, '{"pull_request": ');
    try {
      const run = await runBundledAction('env-diff', { workspace: folder, env: { GITHUB_EVENT_PATH: eventFile } });
      expect(run.exitCode).toBe(2);
      const annotation = run.annotations.find((a) => a.level === 'error' && /input error/.test(a.title ?? ''));
      expect(annotation?.message).toMatch(/^cannot read the event payload: .*JSON/);
      expect(annotation?.file).toBe(eventFile);
      expect(annotation?.message).toMatch(/GITHUB_EVENT_PATH must name the JSON event payload the runner wrote/);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_TRACE);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
