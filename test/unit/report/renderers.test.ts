import { describe, expect, it } from '@jest/globals';
import { code, inline, link, strong, type Finding, type Report } from '../../../src/report/model.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { renderReport } from '../../../src/report/render.js';
import { renderWorkflowCommands, selectAnnotations } from '../../../src/report/annotations.js';
import { renderReportComment, commentMarker } from '../../../src/report/comment-markdown.js';
import { defuseWorkflowCommands } from '../../../src/report/log-safety.js';
import { parseAnnotations } from '../../support/action-harness.js';

const finding = (i: number, severity: Finding['severity'] = 'error'): Finding => ({
  id: 'strict-field-added',
  severity,
  title: `Field added ${i}`,
  message: `field f${i} | added`,
  file: 'python/shared/visit.py',
  line: i,
});

const report: Report = {
  command: 'schema-diff',
  verdict: 'fail',
  headline: 'next-visit needs a major bump',
  findings: [finding(1)],
  blocks: [
    { kind: 'heading', text: inline`next-visit (consumer, strict)` },
    { kind: 'table', headers: ['Change', 'Why'], rows: [[inline`${code('visitId')} added`, inline`a strict reader | breaks\non new keys`]] },
    { kind: 'list', items: [inline`merge both together`] },
  ],
  data: { verdict: 'fail', requiredBump: 'major' },
};

describe('renderers', () => {
  it('renders markdown with the verdict, a table with escaped pipes and newlines', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('## ❌ Lockstep schema-diff: next-visit needs a major bump');
    expect(markdown).toContain('| Change | Why |');
    expect(markdown).toContain('| `visitId` added | a strict reader \\| breaks<br>on new keys |');
    expect(markdown).toContain('- merge both together');
  });

  it('renders aligned plain text with findings and their ids', () => {
    const text = renderText(report);
    expect(text.split('\n')[0]).toBe('lockstep schema-diff: FAIL — next-visit needs a major bump');
    expect(text).toContain('python/shared/visit.py:1: error: Field added 1 — field f1 | added [strict-field-added]');
    expect(text).not.toContain('<br>');
  });

  it('prints inline code as written in text (`cls(**message)` keeps its stars) and emphasis and links without markup', () => {
    const withCode: Report = {
      ...report,
      blocks: [
        { kind: 'paragraph', text: inline`${strong('Decoder:')} strict ${code('cls(**message)')} reads it; see ${link('docs', 'https://example.com')}` },
        { kind: 'table', headers: ['Reader'], rows: [[inline`${code('cls(**message)')} and ${strong('bold')} and **stars**`]] },
      ],
    };
    const text = renderText(withCode);
    expect(text).toContain('Decoder: strict `cls(**message)` reads it; see docs <https://example.com>');
    // Text is text: stars a repository wrote stay.
    expect(text).toContain('`cls(**message)` and bold and **stars**');
  });

  it('wraps wide table cells to the width in text, keeping every word, and folds long sections', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const wide: Report = {
      ...report,
      findings: [],
      blocks: [
        { kind: 'table', headers: ['Variable', 'Environments'], rows: [[[code('CENTRAL_REPO')], inline`${long}`]] },
        { kind: 'details', summary: inline`Drift already at base (9, not failed)`, blocks: [{ kind: 'list', items: Array.from({ length: 9 }, (_, i) => inline`V${i}`) }] },
      ],
    };
    const lines = renderText(wide, 60).split('\n');
    const table = lines.slice(2, lines.indexOf('', 2));
    expect(Math.max(...table.map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(table.length).toBeGreaterThan(3);
    expect(table.join(' ').split(/\s+/).filter((word) => word.startsWith('word'))).toEqual(long.split(' '));
    expect(table[2]).toMatch(/^`CENTRAL_REPO`\s+word0 /);
    expect(lines).toContain('  • V5');
    expect(lines).not.toContain('  • V6');
    expect(lines).toContain('  … 3 more (--format json or markdown lists them all)');
  });

  it('never sends a control character from repository content to the terminal in text', () => {
    const hostile: Report = { ...report, headline: 'field \u001b[31mred\u001b[0m', blocks: [{ kind: 'paragraph', text: inline`reason\rover\u009bx\ttab` }], findings: [] };
    const text = renderText(hostile);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('field \\u001b[31mred\\u001b[0m');
    expect(text).toContain('reason\\u000dover\\u009bx\ttab');
  });

  it('renders JSON as the command data, exactly', () => {
    expect(JSON.parse(renderReport(report, 'json'))).toEqual({ verdict: 'fail', requiredBump: 'major' });
  });

  it('caps annotations at 10 per type and lists the rest in the summary', () => {
    const many: Finding[] = [...Array.from({ length: 13 }, (_, i) => finding(i + 1)), ...Array.from({ length: 3 }, (_, i) => finding(i + 100, 'warning'))];
    const { shown, overflow } = selectAnnotations(many);
    expect(shown.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(shown.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(overflow.map((f) => f.line)).toEqual([11, 12, 13]);
    const markdown = renderMarkdown({ ...report, findings: many }, { overflow });
    expect(markdown).toContain('### More findings');
    expect(markdown).toContain('`python/shared/visit.py:13`');
  });

  it('escapes workflow commands so they parse back to the same annotation', () => {
    const commands = renderWorkflowCommands([{ level: 'error', title: 'a: b, c', message: 'line one\nline two 100%', file: 'x,y.py', line: 3 }]);
    expect(commands.split('\n')).toHaveLength(1);
    expect(parseAnnotations(commands)).toEqual([{ level: 'error', title: 'a: b, c', message: 'line one\nline two 100%', file: 'x,y.py', line: 3 }]);
  });

  it('puts a hidden marker on the PR comment', () => {
    expect(renderReportComment(report).startsWith(`${commentMarker('schema-diff')}\n### ❌`)).toBe(true);
  });

  it('defuses lines of repository content that look like workflow commands', () => {
    const hostile: Report = { ...report, blocks: [{ kind: 'paragraph', text: inline`::add-mask::secret\n  ::error::fake` }] };
    for (const format of ['text', 'markdown', 'github'] as const) {
      const out = renderReport(hostile, format);
      expect(out).not.toMatch(/^\s*::(add-mask|error::fake)/m);
    }
    expect(defuseWorkflowCommands('a\n::x::y')).toBe('a\n:\u200b:x::y');
  });

  it('defuses the runner\'s legacy `##[command]` form, which it reads anywhere in a line', () => {
    // actions/runner still parses `##[error]…`, `##[add-mask]…`, `##[group]…` (ActionCommand.TryParse) wherever the line has it.
    const hostile: Report = { ...report, blocks: [{ kind: 'paragraph', text: inline`default x ##[error]PLANTED ##[add-mask]secret
##[group]fold` }] };
    for (const format of ['text', 'markdown', 'github'] as const) expect(renderReport(hostile, format)).not.toContain('##[');
    expect(defuseWorkflowCommands('a ##[warning]b')).toBe('a #\u200b#[warning]b');
  });
});
