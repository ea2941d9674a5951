/** Ignores: the config entries (rule ids checked, lines kept), matching, expiry on an injected clock, inline comments, and what the renderers do with an ignored finding. */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/load.js';
import type { IgnoreEntry } from '../../../src/config/ignore-schema.js';
import { InputError } from '../../../src/errors.js';
import { Ignores } from '../../../src/ignores/ignores.js';
import { parseInlineIgnore, type InlineIgnore } from '../../../src/ignores/inline.js';
import { readWorkloadEnv } from '../../../src/helm/env-entries.js';
import { buildTemplateSet } from '../../../src/helm/template-set.js';
import { selectAnnotations } from '../../../src/report/annotations.js';
import { applyFailOn, findingsFailingAt } from '../../../src/report/fail-on.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import type { Finding, Report } from '../../../src/report/model.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { renderText } from '../../../src/report/text.js';

const FILE = '.github/lockstep.yml';

function configError(text: string): InputError {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('ignore: in the configuration', () => {
  it('reads entries and keeps the line each starts on', () => {
    const config = parseConfig(
      [
        'ignore:',
        '  - rule: strict-field-added',
        '    message: next-visit',
        '    field: detector',
        '    until: 2026-12-31',
        '    reason: NVFO sends it since 3.1',
        '  - {rule: env/config-removes-optional, variable: OLD_FLAG, reason: dropped on purpose}',
      ].join('\n'),
      FILE,
    );
    expect(config.ignore).toEqual([
      { rule: 'strict-field-added', message: 'next-visit', field: 'detector', until: '2026-12-31', reason: 'NVFO sends it since 3.1', line: 2 },
      { rule: 'env/config-removes-optional', variable: 'OLD_FLAG', reason: 'dropped on purpose', line: 7 },
    ]);
  });

  it('refuses an unknown rule id with its line and the closest known id', () => {
    const error = configError(['ignore:', '  - rule: strict-feld-added', '    reason: x'].join('\n'));
    expect(error.message).toContain('ignore[0].rule: unknown rule id "strict-feld-added" (did you mean \'strict-field-added\'?)');
    expect(error.line).toBe(2);
  });

  it('requires a reason, an ISO date, and the narrowing keys of the rule’s own check', () => {
    expect(configError('ignore: [{rule: strict-field-added}]').message).toContain('ignore[0].reason: required key is missing');
    expect(configError('ignore: [{rule: strict-field-added, reason: "  "}]').message).toContain('ignore[0].reason');
    expect(configError('ignore: [{rule: strict-field-added, reason: r, until: 31/12/2026}]').message).toContain('ignore[0].until: expected an ISO date YYYY-MM-DD');
    expect(configError('ignore: [{rule: strict-field-added, reason: r, until: 2026-02-30}]').message).toContain('2026-02-30 is not a calendar date');
    expect(configError('ignore: [{rule: strict-field-added, reason: r, variable: X}]').message).toContain('ignore[0].variable: strict-field-added is a schema-diff rule');
    expect(configError('ignore: [{rule: env/config-adds, reason: r, field: x}]').message).toContain('ignore[0].field: env/config-adds is an env-diff rule');
    expect(configError('ignore: [{rule: strict-field-added, reason: r, feild: x}]').message).toContain("did you mean 'field'");
  });

  it('refuses a message name the configuration does not have, on its line', () => {
    const messages = 'messages:\n  - {name: next-visit, schema: a.py#A, role: consumer, decoder: strict}\n';
    const error = configError(`${messages}ignore:\n  - rule: strict-field-added\n    message: next-vist\n    reason: r\n`);
    expect(error.message).toBe('ignore[0].message: no message is named "next-vist" (did you mean \'next-visit\'?); the names are next-visit');
    expect(error.line).toBe(5);
  });
});

const entry = (fields: Partial<IgnoreEntry>): IgnoreEntry => ({ rule: 'strict-field-added', reason: 'accepted', line: 4, ...fields });
const inline = (fields: Partial<InlineIgnore>): InlineIgnore => ({ rule: 'env/config-adds', reason: 'why', file: 'python/a.py', line: 10, alone: false, old: false, ...fields });
const NOW = new Date('2026-06-15T23:59:00Z');

describe('Ignores', () => {
  it('matches by rule, narrowed by message, field and variable', () => {
    const ignores = new Ignores({ check: 'schema-diff', configFile: FILE, now: NOW, entries: [entry({ message: 'next-visit', field: 'detector' })] });
    expect(ignores.match({ rule: 'strict-field-added', message: 'next-visit', field: 'other' })).toBeUndefined();
    expect(ignores.match({ rule: 'strict-field-added', message: 'output', field: 'detector' })).toBeUndefined();
    expect(ignores.match({ rule: 'strict-field-removed', message: 'next-visit', field: 'detector' })).toBeUndefined();
    expect(ignores.match({ rule: 'strict-field-added', message: 'next-visit', field: 'detector' })).toEqual({ reason: 'accepted', source: 'config', until: null, file: FILE, line: 4 });
    expect(ignores.problems()).toEqual([]);
  });

  it('shows a reason on one line, at most 500 characters', () => {
    const ignores = new Ignores({ check: 'schema-diff', configFile: FILE, now: NOW, entries: [entry({ reason: 'first line\nsecond   line\n' }), entry({ rule: 'strict-field-removed', reason: 'x'.repeat(600) })] });
    expect(ignores.match({ rule: 'strict-field-added' })?.reason).toBe('first line second line');
    expect(ignores.match({ rule: 'strict-field-removed' })?.reason).toBe(`${'x'.repeat(500)}…`);
  });

  it('applies through the day of `until` and not after it: expired is a warning on the entry line', () => {
    const entries = [entry({ until: '2026-06-15' })];
    const onTheDay = new Ignores({ check: 'schema-diff', configFile: FILE, now: NOW, entries });
    expect(onTheDay.match({ rule: 'strict-field-added' })?.until).toBe('2026-06-15');
    const dayAfter = new Ignores({ check: 'schema-diff', configFile: FILE, now: new Date('2026-06-16T00:00:01Z'), entries });
    expect(dayAfter.match({ rule: 'strict-field-added' })).toBeUndefined();
    expect(dayAfter.problems()).toEqual([expect.objectContaining({ id: 'ignore/expired', severity: 'warning', file: FILE, line: 4 })]);
    expect(dayAfter.problems()[0]!.message).toContain('ran until 2026-06-15 and no longer applies');
  });

  it('warns about an entry of its own check that matched nothing, not about the other check’s', () => {
    const ignores = new Ignores({ check: 'env-diff', configFile: FILE, now: NOW, entries: [entry({}), entry({ rule: 'env/config-adds', variable: 'X', line: 9 })] });
    expect(ignores.match({ rule: 'env/config-adds', variable: 'Y' })).toBeUndefined();
    expect(ignores.problems()).toEqual([expect.objectContaining({ id: 'ignore/unmatched', file: FILE, line: 9, title: 'Ignore matched nothing: env/config-adds' })]);
  });

  it('inline: on the finding’s line, or alone on the line before; never on a base line', () => {
    const scan = { ignores: [inline({ line: 10 }), inline({ line: 20, alone: true }), inline({ line: 30, alone: false })], problems: [] };
    const ignores = new Ignores({ check: 'env-diff', configFile: FILE, now: NOW, inline: scan });
    const at = (line: number, more = {}) => ignores.match({ rule: 'env/config-adds', variable: 'X', file: 'python/a.py', line, ...more });
    expect(at(10)?.source).toBe('inline');
    expect(at(11)).toBeUndefined();
    expect(at(21)).toEqual({ reason: 'why', source: 'inline', until: null, file: 'python/a.py', line: 20 });
    expect(at(31)).toBeUndefined();
    expect(at(10, { base: true })).toBeUndefined();
    expect(ignores.match({ rule: 'env/config-changes', file: 'python/a.py', line: 10 })).toBeUndefined();
    expect(ignores.problems().map((p) => [p.id, p.line])).toEqual([['ignore/unmatched', 30]]);
  });

  it('an unmatched inline ignore already at base is left alone; malformed ones are reported', () => {
    const scan = { ignores: [inline({ old: true })], problems: [{ file: 't.yaml', line: 3, problem: 'no reason' }] };
    const ignores = new Ignores({ check: 'env-diff', configFile: FILE, now: NOW, inline: scan });
    expect(ignores.problems()).toEqual([expect.objectContaining({ id: 'ignore/malformed', severity: 'warning', file: 't.yaml', line: 3, message: 'This comment ignores nothing: no reason.' })]);
  });
});

describe('parseInlineIgnore', () => {
  it('reads the Python and the template forms, and whether the comment is alone on its line', () => {
    expect(parseInlineIgnore('a.py', '    detector: int  # lockstep: ignore[strict-field-added] NVFO sends it')).toEqual({ rule: 'strict-field-added', reason: 'NVFO sends it', alone: false });
    expect(parseInlineIgnore('a.py', '    # lockstep: ignore[ env/config-adds ]  set by hand ')).toEqual({ rule: 'env/config-adds', reason: 'set by hand', alone: true });
    expect(parseInlineIgnore('t/scaled-job.yaml', '  {{- /* lockstep: ignore[env/parity-missing] service only */ -}}')).toEqual({ rule: 'env/parity-missing', reason: 'service only', alone: true });
    expect(parseInlineIgnore('t/x.tpl', '  - name: X  {{/* lockstep: ignore[env/config-adds] r */}}')).toMatchObject({ alone: false });
  });

  it('says what is wrong with a malformed one', () => {
    expect(parseInlineIgnore('a.py', 'x = 1  # lockstep: ignore[strict-field-added]')).toEqual({ problem: expect.stringContaining('gives no reason') });
    expect(parseInlineIgnore('a.py', 'x = 1  # lockstep: ignore[strict-feld-added] r')).toEqual({ problem: expect.stringContaining("did you mean 'strict-field-added'") });
    expect(parseInlineIgnore('a.py', 'x = 1  # lockstep: ignore strict-field-added r')).toEqual({ problem: expect.stringContaining('# lockstep: ignore[RULE] REASON') });
    expect(parseInlineIgnore('t/a.yaml', '  # lockstep: ignore[env/config-adds] r')).toEqual({ problem: expect.stringContaining('{{/* lockstep: ignore[RULE] REASON */}}') });
  });
});

describe('a template comment on an env entry', () => {
  it('renders nothing, as in helm: the entry keeps its name and value', () => {
    const text = [
      'spec:',
      '  containers:',
      '    - name: a',
      '      env:',
      '        {{- /* lockstep: ignore[env/config-adds] before */}}',
      '        - name: A  {{/* lockstep: ignore[env/config-adds] on the name */}}',
      '          value: x',
      '        - name: B',
      '          value: "y" {{/* lockstep: ignore[env/config-adds] on the value */}}',
      '',
    ].join('\n');
    const env = readWorkloadEnv(buildTemplateSet([{ path: 'templates/a.yaml', text }]), 'templates/a.yaml');
    expect(env.entries.map((entry) => [entry.name, entry.value, entry.line])).toEqual([
      ['A', 'x', 6],
      ['B', '"y"', 8],
    ]);
  });
});

describe('an ignored finding in the reports', () => {
  const ignored: Finding = {
    id: 'env/config-removes-required',
    severity: 'error',
    title: 'Config drops a variable a deployed version requires: X',
    message: 'prod runs 1.0',
    file: 'charts/c/templates/job.yaml',
    line: 12,
    ignored: { reason: 'prod <b>is</b> retired', source: 'inline', until: null, file: 'charts/c/templates/job.yaml', line: 11 },
  };
  const report: Report = { command: 'env-diff', verdict: 'pass', headline: 'h', findings: [ignored], blocks: [], data: { verdict: 'pass' } };

  it('never fails the check, at any fail-on level', () => {
    expect(findingsFailingAt([ignored], 'note')).toEqual([]);
    expect(applyFailOn(report, 'note').verdict).toBe('pass');
    expect(findingsFailingAt([{ ...ignored, ignored: undefined }], 'warning')).toHaveLength(1);
  });

  it('is listed first in the summary, its reason escaped; marked in text; a notice annotation', () => {
    const markdown = renderMarkdown(report);
    expect(markdown.indexOf('### Ignored (1)')).toBeGreaterThan(0);
    expect(markdown).toContain('`prod <b>is</b> retired`');
    expect(markdown).toContain('inline `charts/c/templates/job.yaml:11`');
    expect(renderText(report)).toContain('ignored error: Config drops a variable a deployed version requires: X — prod runs 1.0 [env/config-removes-required] — Ignored (inline, charts/c/templates/job.yaml:11): prod <b>is</b> retired');
    expect(selectAnnotations([ignored]).shown).toEqual([expect.objectContaining({ level: 'notice', title: `Ignored: ${ignored.title}` })]);
  });

  it('carries a SARIF suppression: inSource for a comment, external for the configuration', () => {
    const results = (finding: Finding) => (JSON.parse(renderSarif([{ ...report, findings: [finding] }], { fallbackFile: FILE })) as { runs: Array<{ results: Array<{ suppressions?: unknown[] }> }> }).runs[0]!.results;
    expect(results(ignored)[0]!.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'prod <b>is</b> retired', location: { physicalLocation: { artifactLocation: { uri: 'charts/c/templates/job.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 11 } } } },
    ]);
    expect(results({ ...ignored, ignored: { ...ignored.ignored!, source: 'config', file: FILE, line: 3 } })[0]!.suppressions).toEqual([expect.objectContaining({ kind: 'external' })]);
    expect(results({ ...ignored, ignored: undefined })[0]!.suppressions).toBeUndefined();
  });
});
