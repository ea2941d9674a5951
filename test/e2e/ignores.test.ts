/**
 * Ignores end to end (issue 12 item 1): `ignore:` entries and inline comments through the bundled
 * CLI and the bundled actions, on real git repositories — schema-diff on a Python message,
 * env-diff on a Phalanx-shaped chart — and the SARIF they produce, validated against the
 * SARIF 2.1.0 JSON Schema when LOCKSTEP_TEST_SARIF_SCHEMA names it. Dates are far in the past or
 * the future, so no assertion depends on today.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, repoWithRevisions, shallowClone } from '../support/git-fixture.js';
import { makeServiceRepository } from '../fixtures/env/prompt-processing.js';
import { DEPLOYMENT_CONFIG, phalanxFiles, SERVICE_ENTRIES, serviceEntry } from '../fixtures/env/phalanx.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const schemaFile = process.env.LOCKSTEP_TEST_SARIF_SCHEMA;
const cleanup: GitFixture[] = [];
let service: GitFixture;
beforeAll(() => {
  service = makeServiceRepository();
  cleanup.push(service);
});
afterAll(() => cleanup.forEach((repo) => repo.remove()));

function run(command: 'schema-diff' | 'env-diff', repo: GitFixture, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, command, '--repo', repo.dir, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

const MESSAGES = 'messages:\n  - name: event\n    schema: event.py#Event\n    role: consumer\n    decoder: strict\n';
const EVENT = 'from dataclasses import dataclass\n\n\n@dataclass\nclass Event:\n    a: int\n';

/** A strict consumer whose head adds fields (each breaking, each needing a major bump) with `ignore:` entries and inline comments. */
function schemaRepo(ignore: string, added: string) {
  const config = MESSAGES + ignore;
  const made = repoWithRevisions({ '.github/lockstep.yml': config, 'event.py': EVENT }, { 'event.py': EVENT + added });
  cleanup.push(made.repo);
  return made;
}

interface SchemaChangeJson {
  field: string;
  rule: string;
  ignored?: { reason: string; source: string; until: string | null };
}

describe('ignores in schema-diff (bundled CLI)', () => {
  it('a config entry and an inline comment accept their changes: no bump needed, the changes stay listed and marked', () => {
    const ignore = 'ignore:\n  - rule: strict-field-added\n    message: event\n    field: b\n    until: 2999-12-31\n    reason: every producer sends b since 3.1\n';
    const { repo, base, head } = schemaRepo(ignore, '    b: int\n    # lockstep: ignore[strict-field-added] the fan-out adds c at send time\n    c: int\n');
    const json = run('schema-diff', repo, '--base', base, '--head', head, '--format', 'json');
    expect(json.status).toBe(0);
    const data = JSON.parse(json.stdout) as { verdict: string; requiredBump: string; messages: Array<{ requiredBump: string; changes: SchemaChangeJson[] }> };
    expect(data).toMatchObject({ verdict: 'pass', requiredBump: 'none' });
    expect(data.messages[0]!.changes.map((change) => [change.field, change.rule, change.ignored])).toEqual([
      ['b', 'strict-field-added', { reason: 'every producer sends b since 3.1', source: 'config', until: '2999-12-31' }],
      ['c', 'strict-field-added', { reason: 'the fan-out adds c at send time', source: 'inline', until: null }],
    ]);
    const text = run('schema-diff', repo, '--base', base, '--head', head, '--format', 'text').stdout;
    expect(text).toContain('PASS — No bump needed: the 2 changes are ignored');
    expect(text).toContain('event.py:7: ignored error: event: field added b');
    expect(text).toContain('Ignored (.github/lockstep.yml:7, until 2999-12-31): every producer sends b since 3.1');
    expect(text).toContain('Ignored (inline, event.py:8): the fan-out adds c at send time');
    const markdown = run('schema-diff', repo, '--base', base, '--head', head, '--format', 'markdown').stdout;
    expect(markdown).toMatch(/### Ignored \(2\)[\s\S]*`every producer sends b since 3\.1`[\s\S]*### event/);
  });

  it('without the ignores the same change fails: the ignore is what passes it', () => {
    const { repo, base, head } = schemaRepo('', '    b: int\n');
    expect(run('schema-diff', repo, '--base', base, '--head', head).status).toBe(1);
  });

  it('an expired entry no longer applies and says so; unmatched entries and malformed comments are warnings with their line', () => {
    const ignore = [
      'ignore:',
      '  - {rule: strict-field-added, field: b, until: 2020-01-31, reason: until the 3.1 rollout}',
      '  - {rule: strict-field-removed, reason: nothing is removed here}',
      '',
    ].join('\n');
    const { repo, base, head } = schemaRepo(ignore, '    b: int\n    c: int  # lockstep: ignore[strict-field-added]\n    d: int  # lockstep: ignore[strict-feld-added] typo\n');
    const result = run('schema-diff', repo, '--base', base, '--head', head, '--format', 'text');
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('ignored error');
    expect(result.stdout).toContain('.github/lockstep.yml:7: warning: Ignore expired: strict-field-added — The ignore of strict-field-added (field b) ran until 2020-01-31 and no longer applies');
    expect(result.stdout).toContain('.github/lockstep.yml:8: warning: Ignore matched nothing: strict-field-removed');
    expect(result.stdout).toContain('event.py:8: warning: Inline ignore not read — This comment ignores nothing: ignore[strict-field-added] gives no reason');
    expect(result.stdout).toContain("event.py:9: warning: Inline ignore not read — This comment ignores nothing: unknown rule id \"strict-feld-added\" (did you mean 'strict-field-added'?)");
  });

  it('exit 2: an unknown rule id in the configuration names the file, line and the closest rule id', () => {
    const { repo, base, head } = schemaRepo('ignore:\n  - rule: strict-field-add\n    reason: r\n', '    b: int\n');
    const result = run('schema-diff', repo, '--base', base, '--head', head);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.github/lockstep.yml:7');
    expect(result.stderr).toContain('ignore[0].rule: unknown rule id "strict-field-add" (did you mean \'strict-field-added\'?)');
  });
});

/** A Phalanx PR; `config` is appended to the deployment repository's configuration at head. */
function deployment(parts: Parameters<typeof phalanxFiles>[1], config = '') {
  const repo = new GitFixture();
  cleanup.push(repo);
  repo.write(phalanxFiles(service.dir));
  const base = repo.commit('base');
  repo.write({ ...phalanxFiles(service.dir, parts), '.github/lockstep.yml': DEPLOYMENT_CONFIG(service.dir) + config });
  return { repo, base, head: repo.commit('head') };
}

const DROP_LEGACY = { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') };
const IGNORE_LEGACY = 'ignore:\n  - rule: env/config-removes-required\n    variable: LEGACY_BUCKET\n    reason: usdfprod moves to 2.0.0 before the next sync\n';
/** A variable only the service gets (no code reads it): a parity break, accepted by a template comment on the line before. */
const SERVICE_ONLY = (comment: string) => ({ serviceExtra: `${comment}${serviceEntry('TRIAL_FLAG', '"1"')}` });
const PARITY_COMMENT = '              {{- /* lockstep: ignore[env/parity-missing] the trial runs in the service only */}}\n';

describe('ignores in env-diff (bundled CLI)', () => {
  it('a config entry accepts a blocked removal: it decides no order, passes, and is listed with its reason', () => {
    expect(run('env-diff', deployment(DROP_LEGACY).repo, '--base', 'HEAD~1', '--head', 'HEAD').status).toBe(1);
    const { repo, base, head } = deployment(DROP_LEGACY, IGNORE_LEGACY);
    const result = run('env-diff', repo, '--base', base, '--head', head, '--format', 'json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { verdict: string; guidance: Array<{ name: string; order: string }>; ignored: unknown[] };
    expect(json.verdict).toBe('pass');
    expect(json.guidance.filter((entry) => entry.order === 'blocked')).toEqual([]);
    expect(json.ignored).toEqual([
      expect.objectContaining({
        rule: 'env/config-removes-required',
        variable: 'LEGACY_BUCKET',
        file: 'charts/prompt-keda/templates/scaled-job.yaml',
        ignored: { reason: 'usdfprod moves to 2.0.0 before the next sync', source: 'config', until: null },
      }),
    ]);
    const text = run('env-diff', repo, '--base', base, '--head', head, '--format', 'text').stdout;
    expect(text).toContain('(1 finding ignored)');
    expect(text).toMatch(/ignored error: Config drops a variable a deployed version requires: LEGACY_BUCKET — .* — Ignored \(\.github\/lockstep\.yml:\d+\): usdfprod moves to 2\.0\.0 before the next sync/);
  });

  it('a template comment where a removed entry was accepts the removal', () => {
    const comment = '              {{- /* lockstep: ignore[env/config-removes-required] usdfprod moves to 2.0.0 first */}}\n';
    const { repo, base, head } = deployment({ serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), comment) });
    const result = run('env-diff', repo, '--base', base, '--head', head, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).ignored).toEqual([
      expect.objectContaining({ rule: 'env/config-removes-required', variable: 'LEGACY_BUCKET', ignored: { reason: 'usdfprod moves to 2.0.0 first', source: 'inline', until: null } }),
    ]);
  });

  it('a template comment on the line before an entry accepts its parity break', () => {
    const without = deployment(SERVICE_ONLY(''));
    const failing = run('env-diff', without.repo, '--base', without.base, '--head', without.head, '--format', 'json');
    expect(failing.status).toBe(1);
    expect(JSON.parse(failing.stdout).parity).toEqual([expect.objectContaining({ name: 'TRIAL_FLAG', problem: 'missing' })]);

    const { repo, base, head } = deployment(SERVICE_ONLY(PARITY_COMMENT));
    const result = run('env-diff', repo, '--base', base, '--head', head, '--format', 'json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { parity: Array<{ name: string; ignored?: unknown }> };
    expect(json.parity).toEqual([expect.objectContaining({ name: 'TRIAL_FLAG', ignored: { reason: 'the trial runs in the service only', source: 'inline', until: null } })]);
  });
});

interface SarifLog {
  runs: Array<{ results: Array<{ ruleId: string; level: string; suppressions?: Array<{ kind: string; status: string; justification: string }> }> }>;
}

const describeWithSchema = schemaFile && existsSync(schemaFile) ? describe : describe.skip;
if (!schemaFile) console.warn('SARIF schema tests skipped: set LOCKSTEP_TEST_SARIF_SCHEMA (.ci/run does) to the SARIF 2.1.0 JSON Schema.');

describeWithSchema('ignored findings in SARIF, against the SARIF 2.1.0 JSON Schema', () => {
  const validate = (log: unknown) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const check = ajv.compile(JSON.parse(readFileSync(schemaFile!, 'utf8')) as object);
    expect(check(log) ? [] : check.errors).toEqual([]);
  };

  it('config ignore → an external suppression; inline comment → inSource; each with its reason', () => {
    const { repo, base, head } = deployment({ ...DROP_LEGACY, ...SERVICE_ONLY(PARITY_COMMENT) }, IGNORE_LEGACY);
    const log = JSON.parse(run('env-diff', repo, '--base', base, '--head', head, '--format', 'sarif').stdout) as SarifLog;
    validate(log);
    const suppressed = log.runs[0]!.results.filter((result) => result.suppressions);
    expect(suppressed.map((result) => [result.ruleId, result.level, result.suppressions!.map((s) => [s.kind, s.status, s.justification])])).toEqual([
      ['env/config-removes-required', 'error', [['external', 'accepted', 'usdfprod moves to 2.0.0 before the next sync']]],
      ['env/parity-missing', 'error', [['inSource', 'accepted', 'the trial runs in the service only']]],
    ]);
  });
});

describe('ignores in the bundled actions', () => {
  it('actions/schema-diff: an ignored breaking change passes, the summary shows it first with its reason, its annotation is a notice', async () => {
    const origin = new GitFixture();
    origin.write({ '.github/lockstep.yml': MESSAGES, 'event.py': EVENT });
    const base = origin.commit('base');
    origin.branch('tickets/DM-1');
    origin.write({ '.github/lockstep.yml': MESSAGES + 'ignore:\n  - {rule: strict-field-added, field: b, reason: "every producer sends b since 3.1"}\n', 'event.py': EVENT + '    b: int\n' });
    const head = origin.commit('head');
    const workspace = shallowClone(origin, 'tickets/DM-1');
    cleanup.push(origin, workspace);
    const result = await runBundledAction('schema-diff', { workspace: workspace.dir, event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }) });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs['required-bump']).toBe('none');
    expect(JSON.parse(result.outputs['result-json']!).messages[0].changes[0].ignored).toEqual({ reason: 'every producer sends b since 3.1', source: 'config', until: null });
    expect(result.summary).toMatch(/### Ignored \(1\)[\s\S]*`every producer sends b since 3\.1`[\s\S]*config `\.github\/lockstep\.yml:7`/);
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'notice', file: 'event.py', line: 7, title: 'Ignored: event: field added b' })]);
  });

  it('actions/env-diff: an ignored blocked removal passes, listed first in the summary, with no error annotation', async () => {
    const origin = new GitFixture();
    origin.write(phalanxFiles(service.dir));
    const base = origin.commit('base');
    origin.branch('tickets/DM-2');
    origin.write({ ...phalanxFiles(service.dir, DROP_LEGACY), '.github/lockstep.yml': DEPLOYMENT_CONFIG(service.dir) + IGNORE_LEGACY });
    const head = origin.commit('head');
    const workspace = shallowClone(origin, 'tickets/DM-2');
    cleanup.push(origin, workspace);
    const event = pullRequestEvent({ repository: 'lsst-sqre/phalanx', base: { sha: base }, head: { sha: head } });
    const passing = await runBundledAction('env-diff', { workspace: workspace.dir, event });
    expect(passing.exitCode).toBe(0);
    expect(passing.summary).toContain('### Ignored (1)');
    expect(passing.annotations.filter((annotation) => annotation.level === 'error')).toEqual([]);
  });

  it('the root action: one ignore list, each check takes its own rules, and neither reports the other’s comments', async () => {
    const config = [
      MESSAGES.replace('event.py#Event', 'python/event.py#Event'),
      'env:\n  code: {service: ["python/**/*.py"]}',
      'ignore:',
      '  - {rule: env/code-adds-required, variable: URL, reason: "set by the platform, not the chart"}',
      '',
    ].join('\n');
    const event = (extra: string) => `import os\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass Event:\n    a: int\n${extra}`;
    const repo = new GitFixture();
    cleanup.push(repo);
    repo.write({ '.github/lockstep.yml': config, 'python/event.py': event('') });
    const base = repo.commit('base');
    repo.write({ 'python/event.py': event('    b: int  # lockstep: ignore[strict-field-added] every producer sends b\n\nURL = os.environ["URL"]\n') });
    const head = repo.commit('head');
    const result = await runBundledAction('lockstep', { workspace: repo.dir, event: pullRequestEvent({ base: { sha: base }, head: { sha: head } }) });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.checks).toBe('schema-diff,env-diff');
    expect(JSON.parse(result.outputs['schema-diff-result-json']!).messages[0].changes[0].ignored).toMatchObject({ source: 'inline' });
    expect(JSON.parse(result.outputs['env-diff-result-json']!).ignored).toEqual([expect.objectContaining({ rule: 'env/code-adds-required', variable: 'URL', ignored: expect.objectContaining({ source: 'config' }) })]);
    expect(result.annotations.filter((annotation) => annotation.level !== 'notice')).toEqual([]);
    expect(result.annotations.map((annotation) => annotation.title).sort()).toEqual(['Ignored: Code requires a new variable: URL', 'Ignored: event: field added b']);
  });
});
