/**
 * The limits of docs/benchmarks.md ("Limits: everything a repository or GitHub can make large"),
 * each overrun through the bundled CLI (dist/cli) and, where cheap, the bundled action: exit 2,
 * the file (and line where there is one), the limit, and what to do — never a stack trace, never
 * a pass on something not read. Inputs are made just over the real limit.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, repoWithRevisions, type FileTree } from '../support/git-fixture.js';

const CLI = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const CONFIG_FILE = '.github/lockstep.yml';
const VISIT = 'python/shared/visit.py';
const STACK_TRACE = /\n\s+at .+[(:]\d+/;

const messagesConfig = (schema: string) => ['messages:', '  - name: next-visit', `    schema: ${schema}`, '    role: consumer', '    decoder: strict', ''].join('\n');
const MESSAGES_CONFIG = messagesConfig(`${VISIT}#FannedOutVisit`);

const VISIT_SOURCE = ['from dataclasses import dataclass', '', '', '@dataclass(frozen=True, kw_only=True)', 'class FannedOutVisit:', '    instrument: str', '    detector: int', ''].join('\n');

const CHART_CONFIG = [
  'env:',
  '  chart:',
  '    path: charts/svc',
  '    workloads: {service: templates/job.yaml}',
  '    environments: applications/svc-*/values-*.yaml',
  '    image-tag: svc.image.tag',
  '',
].join('\n');

const CHART: FileTree = {
  [CONFIG_FILE]: CHART_CONFIG,
  'charts/svc/Chart.yaml': 'apiVersion: v2\nname: svc\nversion: 1.0.0\nappVersion: 1.0.0\n',
  'charts/svc/values.yaml': 'image:\n  tag: ""\n',
  'charts/svc/templates/job.yaml': 'spec:\n  containers:\n  - name: svc\n    env: [{name: X, value: "1"}]\n',
  'applications/svc-dev/values-dev.yaml': 'svc:\n  image:\n    tag: 1.0.0\n',
};

type Command = 'schema-diff' | 'env-diff';

interface Scenario {
  dir: string;
  base: string;
  head: string;
}

interface LimitCase {
  name: string;
  command: Command;
  make(): Scenario;
  file: string;
  line?: number;
  /** The message: what is wrong, with the limit. */
  says: RegExp;
  /** The hint: what to do. */
  todo: RegExp;
  /** Also through the bundled action (skipped where the input is costly to read twice). */
  action?: boolean;
}

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function revisions(base: FileTree, head: FileTree): Scenario {
  const made = repoWithRevisions(base, head);
  cleanups.push(() => made.repo.remove());
  return { dir: made.repo.dir, base: made.base, head: made.head };
}

function runCli(command: Command, scenario: Scenario) {
  return spawnSync(process.execPath, [CLI, command, '--repo', scenario.dir, '--base', scenario.base, '--head', scenario.head], {
    cwd: scenario.dir,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_TOKEN: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Dataclasses M0 … M{levels}, each with two fields of the next: 2^levels field paths. */
function doublingModels(levels: number, leaf: string): string {
  const lines = ['from dataclasses import dataclass', ''];
  lines.push('', '@dataclass', `class M${levels}:`, `    ${leaf}`);
  for (let i = levels - 1; i >= 0; i--) lines.push('', '@dataclass', `class M${i}:`, `    left: M${i + 1}`, `    right: M${i + 1}`);
  lines.push('', '@dataclass(frozen=True, kw_only=True)', 'class FannedOutVisit:', '    instrument: str', '    tree: M0', '');
  return lines.join('\n');
}

/** A JSON Schema whose field `a` holds `a` holds … `levels` objects deep. */
function nestedJsonSchema(levels: number): string {
  let inner: object = { type: 'integer' };
  for (let i = 0; i < levels; i++) inner = { type: 'object', properties: { a: inner } };
  return JSON.stringify({ title: 'Deep', ...inner }, null, 1);
}

/** python/shared/m1.py … m{count}.py, each importing Position from the next; the last defines it. */
function importChain(count: number): FileTree {
  const files: FileTree = {};
  for (let i = 1; i < count; i++) files[`python/shared/m${i}.py`] = `from .m${i + 1} import Position\n`;
  files[`python/shared/m${count}.py`] = 'Position = list[float]\n';
  return files;
}

/** The message class with its last field inside `levels` nested `if` blocks. */
function nestedIfs(levels: number): string {
  const lines = ['from dataclasses import dataclass', '', 'FLAG = bool(len(__name__))', '', '', '@dataclass(frozen=True, kw_only=True)', 'class FannedOutVisit:', '    instrument: str'];
  for (let i = 0; i < levels; i++) lines.push(`${'    '.repeat(i + 1)}if FLAG:`);
  lines.push(`${'    '.repeat(levels + 1)}detector: int`, '');
  return lines.join('\n');
}

/** `count` one-line functions (`def f0(): 0` …), one reachability unit each. */
function manyFunctions(prefix: string, count: number): string {
  return Array.from({ length: count }, (_, i) => `def ${prefix}${i}(): 0\n`).join('');
}

const CASES: LimitCase[] = [
  {
    name: 'a configuration file of 1 MB and one byte',
    command: 'schema-diff',
    make: () => {
      const padding = `# ${'x'.repeat(1022)}\n`;
      const config = MESSAGES_CONFIG + padding.repeat(1024);
      return revisions({ [CONFIG_FILE]: config.slice(0, 1024 * 1024 + 1), [VISIT]: VISIT_SOURCE }, { [VISIT]: `${VISIT_SOURCE}\n` });
    },
    file: CONFIG_FILE,
    says: /the configuration is 1\.0 MB; files over 1 MB are refused unread/,
    todo: /a few kilobytes/,
    action: true,
  },
  {
    name: 'a flow-style env list of 64 KB and more',
    command: 'env-diff',
    make: () =>
      revisions(CHART, {
        'charts/svc/templates/job.yaml': `spec:\n  containers:\n  - name: svc\n    env: [{name: X, value: "${'y'.repeat(64 * 1024)}"}]\n`,
      }),
    file: 'charts/svc/templates/job.yaml',
    line: 4,
    says: /a flow-style env list of 65 KB; Lockstep reads at most 64 KB in one, and does not skip the entries in it/,
    todo: /block style/,
    action: true,
  },
  {
    name: 'a message whose nested models make more than 50,000 field paths',
    command: 'schema-diff',
    // 2^15 leaves, each diffed on both sides: past 50,000 paths, though the file is a few lines.
    make: () => revisions({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: doublingModels(15, 'value: int') }, { [VISIT]: doublingModels(15, 'value: float') }),
    file: VISIT,
    says: /more than 50,000 nested field paths; Lockstep stops rather than diff part of it/,
    todo: /smaller message/,
    action: true,
  },
  {
    name: 'a chain of 9 symbolic links to the schema',
    command: 'schema-diff',
    make: () => {
      const repo = new GitFixture();
      cleanups.push(() => repo.remove());
      repo.write({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE });
      const base = repo.commit('base');
      repo.write({ [VISIT]: null, 'python/shared/real.py': VISIT_SOURCE.replace('    detector: int', '    detector: float') });
      repo.symlink(VISIT, 'link1.py');
      for (let i = 1; i < 8; i++) repo.symlink(`python/shared/link${i}.py`, `link${i + 1}.py`);
      repo.symlink('python/shared/link8.py', 'real.py');
      const head = repo.commit('head: visit.py → link1.py → … → link8.py → real.py, 9 links');
      return { dir: repo.dir, base, head };
    },
    file: VISIT,
    says: /more than 8 symbolic links in a row \(or a loop of links\)/,
    todo: /Point the link at the real file/,
    action: true,
  },
  {
    name: 'a loop of symbolic links where the schema is expected',
    command: 'schema-diff',
    make: () => {
      const repo = new GitFixture();
      cleanups.push(() => repo.remove());
      repo.write({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE });
      const base = repo.commit('base');
      repo.write({ [VISIT]: null });
      repo.symlink(VISIT, 'other.py');
      repo.symlink('python/shared/other.py', 'visit.py');
      const head = repo.commit('head: visit.py → other.py → visit.py');
      return { dir: repo.dir, base, head };
    },
    file: VISIT,
    says: /more than 8 symbolic links in a row \(or a loop of links\)/,
    todo: /Point the link at the real file/,
  },
  {
    name: 'a counterpart ref of 256 characters in the configuration',
    command: 'env-diff',
    make: () =>
      revisions(
        {
          [CONFIG_FILE]: `env:\n  code:\n    service: ["python/**/*.py"]\n  counterpart:\n    repository: lsst-sqre/phalanx\n    ref: ${'r'.repeat(256)}\n`,
          'python/app.py': 'import os\nX = os.environ["X"]\n',
        },
        { 'python/app.py': 'import os\nX = os.environ["X"]\nY = os.environ["Y"]\n' },
      ),
    file: CONFIG_FILE,
    line: 6,
    says: /env\.counterpart\.ref: expected a branch, tag or ref name .* \(it is longer than 255 characters\)/,
    todo: /See the README, "Configuration"/,
    action: true,
  },
  {
    name: 'a JSON Schema nested 101 levels deep',
    command: 'schema-diff',
    make: () => revisions({ [CONFIG_FILE]: messagesConfig('schemas/visit.json'), 'schemas/visit.json': nestedJsonSchema(3) }, { 'schemas/visit.json': nestedJsonSchema(101) }),
    file: 'schemas/visit.json',
    // The 101st "a" key: the file has one line for the title, then three a level.
    line: 5 + 3 * 100,
    says: new RegExp(`the schema is nested more than 100 levels deep at \`${Array(101).fill('a').join('\\.')}\`; Lockstep does not read deeper`),
    todo: /Flatten the schema/,
    action: true,
  },
  {
    name: 'a field type imported through 25 modules',
    command: 'schema-diff',
    make: () =>
      revisions(
        { [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE, ...importChain(3) },
        { [VISIT]: `from .m1 import Position\n${VISIT_SOURCE}    position: Position\n`, ...importChain(30) },
      ),
    // visit.py → m1 → … → m25: the 25th import is one too many.
    file: 'python/shared/m25.py',
    line: 1,
    says: /`Position` is imported through more than 24 modules in a row \(an import cycle, or a chain of re-exports\)/,
    todo: /Import Position from the module that defines it, or break the import cycle/,
    action: true,
  },
  {
    name: 'a field type in an import cycle',
    command: 'schema-diff',
    make: () =>
      revisions(
        { [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE },
        {
          [VISIT]: `from .m1 import Position\n${VISIT_SOURCE}    position: Position\n`,
          'python/shared/m1.py': 'from .m2 import Position\n',
          'python/shared/m2.py': 'from .m1 import Position\n',
        },
      ),
    file: 'python/shared/m1.py',
    line: 1,
    says: /`Position` is imported through more than 24 modules in a row/,
    todo: /break the import cycle/,
  },
  {
    name: 'a message field inside 33 nested `if` blocks',
    command: 'schema-diff',
    make: () => revisions({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: nestedIfs(3) }, { [VISIT]: nestedIfs(33) }),
    // The 33rd `if`: lines 1-8 are the class head, the ifs follow one a line.
    file: VISIT,
    line: 8 + 33,
    says: /`if` blocks nested more than 32 levels deep; Lockstep does not read past that/,
    todo: /Flatten the nested conditions/,
    action: true,
  },
  {
    name: 'shared code with more than 200,000 functions reachable from a workload',
    command: 'env-diff',
    make: () => {
      const config = ['env:', '  code:', '    service: ["python/service/**/*.py", "python/shared/**/*.py"]', '    initializer: ["python/initializer/**/*.py", "python/shared/**/*.py"]', ''].join('\n');
      const service = 'import os\nfrom shared.big0 import *\nfrom shared.big1 import *\nfrom shared.big2 import *\nX = os.environ["X"]\n';
      return revisions(
        {
          [CONFIG_FILE]: config,
          'python/service/main.py': service,
          'python/initializer/main.py': 'import os\nX = os.environ["X"]\n',
          'python/shared/settings.py': 'import os\nY = os.environ.get("Y", "")\n',
          // 3 × 67,000 = 201,000 functions, each file well under the 2 MB a file may have.
          'python/shared/big0.py': manyFunctions('a', 67_000),
          'python/shared/big1.py': manyFunctions('b', 67_000),
          'python/shared/big2.py': manyFunctions('c', 67_000),
        },
        { 'python/service/main.py': `${service}Z = os.environ["Z"]\n` },
      );
    },
    file: 'python/shared/big2.py',
    says: /more than 200,000 functions, methods and modules reachable from a workload's own files through shared code; Lockstep follows at most that many/,
    todo: /Narrow the globs under env\.code/,
  },
  {
    name: 'a function of shared code imported through 10 modules in a row',
    command: 'env-diff',
    make: () => {
      const config = ['env:', '  code:', '    service: ["python/service/**/*.py", "python/shared/**/*.py"]', '    initializer: ["python/initializer/**/*.py", "python/shared/**/*.py"]', ''].join('\n');
      const chain: FileTree = {};
      for (let i = 0; i < 10; i++) chain[`python/shared/r${i}.py`] = `from .r${i + 1} import setting\n`;
      chain['python/shared/r10.py'] = 'import os\n\n\ndef setting():\n    return os.environ["Y"]\n';
      const service = 'import os\nfrom shared.r0 import setting\n\nX = os.environ["X"]\nsetting()\n';
      return revisions(
        { [CONFIG_FILE]: config, 'python/service/main.py': service, 'python/initializer/main.py': 'import os\nX = os.environ["X"]\n', ...chain },
        { 'python/service/main.py': `${service}Z = os.environ["Z"]\n` },
      );
    },
    // main.py → r0 → … → r8: the name is followed through 8 modules, r8 is one too many.
    file: 'python/shared/r8.py',
    says: /`setting` is imported through more than 8 modules in a row \(an import cycle, or a chain of re-exports\); Lockstep stops rather than leave what it names unreached/,
    todo: /Import setting from the module that defines it, or break the import cycle/,
  },
];

describe.each(CASES)('limit: $name', (limit) => {
  it(`${limit.command} CLI → exit 2 naming the file${limit.line ? ' and line' : ''}, the limit and what to do`, () => {
    const result = runCli(limit.command, limit.make());
    expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 2 });
    expect(result.stderr).toContain(`${limit.file}${limit.line ? `:${limit.line}:` : ':'}`);
    expect(result.stderr).toMatch(limit.says);
    expect(result.stderr).toMatch(limit.todo);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(STACK_TRACE);
  });

  if (!limit.action) return;
  it(`${limit.command} action → exit 2 with an error annotation on the file${limit.line ? ' and line' : ''}`, async () => {
    const scenario = limit.make();
    const run = await runBundledAction(limit.command, { workspace: scenario.dir, event: pullRequestEvent({ base: { sha: scenario.base }, head: { sha: scenario.head } }) });
    expect({ exitCode: run.exitCode, failure: run.failure }).toMatchObject({ exitCode: 2 });
    const annotation = run.annotations.find((a) => a.level === 'error' && /input error/.test(a.title ?? ''));
    expect(annotation).toMatchObject({ file: limit.file, ...(limit.line ? { line: limit.line } : {}) });
    expect(annotation?.message).toMatch(limit.says);
    expect(annotation?.message).toMatch(limit.todo);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_TRACE);
  });
});

describe('just under the limits, the same inputs are read', () => {
  it('8 symbolic links in a row, a 1 MB configuration, a 100-level JSON Schema, 24 imports and 32 nested ifs are read through the CLI', () => {
    const repo = new GitFixture();
    cleanups.push(() => repo.remove());
    repo.write({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE });
    const base = repo.commit('base');
    repo.write({ [VISIT]: null, 'python/shared/real.py': VISIT_SOURCE.replace('    detector: int', '    detector: float') });
    repo.symlink(VISIT, 'link1.py');
    for (let i = 1; i < 7; i++) repo.symlink(`python/shared/link${i}.py`, `link${i + 1}.py`);
    repo.symlink('python/shared/link7.py', 'real.py');
    const head = repo.commit('head: visit.py → link1.py → … → link7.py → real.py, 8 links');
    const links = runCli('schema-diff', { dir: repo.dir, base, head });
    // Read through the links: the change of detector's type is found (a failed check, not an input error).
    expect({ status: links.status, stderr: links.stderr }).toMatchObject({ status: 1 });
    expect(links.stdout).toMatch(/detector/);

    // A configuration of exactly 1 MB is read.
    const padding = `# ${'x'.repeat(1022)}\n`;
    const config = revisions(
      { [CONFIG_FILE]: (MESSAGES_CONFIG + padding.repeat(1024)).slice(0, 1024 * 1024), [VISIT]: VISIT_SOURCE },
      { [VISIT]: VISIT_SOURCE.replace('    detector: int', '    detector: float') },
    );
    const configRun = runCli('schema-diff', config);
    expect({ status: configRun.status, stderr: configRun.stderr }).toMatchObject({ status: 1 });

    // 100 levels: the type at the bottom changes from integer to string, and that change is found.
    const json = revisions(
      { [CONFIG_FILE]: messagesConfig('schemas/visit.json'), 'schemas/visit.json': nestedJsonSchema(100) },
      { 'schemas/visit.json': nestedJsonSchema(100).replace('"integer"', '"string"') },
    );
    const jsonRun = runCli('schema-diff', json);
    expect({ status: jsonRun.status, stderr: jsonRun.stderr }).toMatchObject({ status: 1 });
    expect(jsonRun.stdout).toMatch(/int → str|integer|str/);

    // 24 imports: Position is read as list[float] (a field added, not an unknown type).
    const imports = revisions(
      { [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: VISIT_SOURCE, ...importChain(3) },
      { [VISIT]: `from .m1 import Position\n${VISIT_SOURCE}    position: Position\n`, ...importChain(24) },
    );
    const importRun = runCli('schema-diff', imports);
    expect(importRun.status).not.toBe(2);
    expect(importRun.stdout).toMatch(/position/);
    expect(importRun.stdout).toMatch(/list\[float\]/);

    // 32 nested ifs: the field inside them is read, so removing it is found.
    const ifs = revisions({ [CONFIG_FILE]: MESSAGES_CONFIG, [VISIT]: nestedIfs(32) }, { [VISIT]: nestedIfs(32).replace('detector: int', 'pass') });
    const ifRun = runCli('schema-diff', ifs);
    expect(ifRun.status).not.toBe(2);
    expect(ifRun.stdout).toMatch(/detector/);
  });
});
