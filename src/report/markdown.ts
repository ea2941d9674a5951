/** Report → GitHub-flavoured markdown, for the job summary and the PR comment. */
import { code, findingTitle, type Block, type Finding, type Report } from './model.js';

const VERDICT_MARK = { pass: '✅', fail: '❌' } as const;
const SEVERITY_MARK = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

export interface MarkdownOptions {
  /** Findings not shown as annotations (GitHub caps them): listed in a table at the end. */
  overflow?: Finding[];
  /** Heading level of the report title (2 = "##"). */
  level?: number;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const level = options.level ?? 2;
  const out: string[] = [`${'#'.repeat(level)} ${VERDICT_MARK[report.verdict]} Lockstep ${report.command}: ${escapeInline(report.headline)}`, ''];
  for (const block of [...ignoredBlocks(report.findings), ...report.blocks]) out.push(...renderBlock(block, level + 1), '');
  if (options.overflow && options.overflow.length > 0) {
    out.push(`${'#'.repeat(level + 1)} More findings`, '');
    out.push('GitHub shows at most 10 annotations of each kind per step; these are the rest.', '');
    out.push(...renderBlock(findingsTable(options.overflow), level + 1), '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * Ignored findings first, where a reviewer looks: an ignore comes from the PR's own head, so a
 * PR can accept its own findings, and that must be seen in review.
 */
function ignoredBlocks(findings: readonly Finding[]): Block[] {
  const ignored = findings.filter((finding) => finding.ignored);
  if (ignored.length === 0) return [];
  return [
    { kind: 'heading', text: `Ignored (${ignored.length})` },
    { kind: 'paragraph', text: "Accepted by ignores in this revision's configuration or code: they do not fail the check. Review them like code." },
    {
      kind: 'table',
      headers: ['Where', 'Finding', 'Reason', 'Ignored by'],
      rows: ignored.map((finding) => {
        const by = finding.ignored!;
        return [
          finding.file ? code(`${finding.file}${finding.line ? `:${finding.line}` : ''}`) : '',
          `**${findingTitle(finding)}** — ${finding.message} (${code(finding.id)})`,
          code(by.reason),
          `${by.source === 'config' ? 'config' : 'inline'} ${code(`${by.file}${by.line ? `:${by.line}` : ''}`)}${by.until ? `, until ${by.until}` : ''}`,
        ];
      }),
    },
  ];
}

export function findingsTable(findings: Finding[]): Block {
  return {
    kind: 'table',
    headers: ['', 'Where', 'Finding'],
    rows: findings.map((finding) => [
      SEVERITY_MARK[finding.severity],
      finding.file ? code(`${finding.file}${finding.line ? `:${finding.line}` : ''}`) : '',
      `**${findingTitle(finding)}** — ${finding.message}`,
    ]),
  };
}

function renderBlock(block: Block, level: number): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(Math.min(level, 6))} ${escapeInline(block.text)}`];
    case 'paragraph':
      return [escapeHtmlOutsideCode(block.text)];
    case 'list':
      return block.items.map((item) => `- ${escapeInline(item)}`);
    case 'table':
      if (block.rows.length === 0) return [];
      return [
        `| ${block.headers.map(escapeCell).join(' | ')} |`,
        `| ${block.headers.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
      ];
    case 'section':
      return [
        `${'#'.repeat(Math.min(level, 6))} ${VERDICT_MARK[block.verdict]} ${escapeInline(block.title)}`,
        '',
        ...block.blocks.flatMap((inner) => [...renderBlock(inner, level + 1), '']),
      ];
    case 'details':
      return [
        '<details>',
        `<summary>${escapeHtml(block.summary)}</summary>`,
        '',
        ...block.blocks.flatMap((inner) => [...renderBlock(inner, level + 1), '']),
        '</details>',
      ];
  }
}

function escapeCell(text: string): string {
  return escapeHtmlOutsideCode(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function escapeInline(text: string): string {
  return escapeHtmlOutsideCode(text.replace(/\r?\n/g, ' '));
}

/**
 * Lockstep's markdown carries repository text (names, defaults, PR lines). Outside code spans
 * `<` and `>` become entities, so no tag, comment (`<!--`), HTML block or autolink can start from
 * it; inside a code span (CommonMark: a backtick run closed by the next run of the same length)
 * HTML is shown as written. Scanned line by line: a span that CommonMark would carry over a line
 * break is escaped inside (shown as `&lt;`), which is ugly but never unsafe. Idempotent (`&` is
 * left alone: an entity in repository text renders as its character, never as markup).
 */
export function escapeHtmlOutsideCode(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function escapeLine(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === '\\' && i + 1 < line.length && ASCII_PUNCTUATION.test(line[i + 1])) {
      out += line.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      const run = backtickRun(line, i);
      const close = closingRun(line, i + run, run);
      const end = close === -1 ? i + run : close + run;
      out += line.slice(i, end);
      i = end;
    } else {
      out += char === '<' ? '&lt;' : char === '>' ? '&gt;' : char;
      i++;
    }
  }
  return out;
}

function backtickRun(line: string, start: number): number {
  let end = start;
  while (line[end] === '`') end++;
  return end - start;
}

/** Start of the next backtick run of exactly `length` at or after `from`, or -1. */
function closingRun(line: string, from: number, length: number): number {
  for (let i = from; i < line.length; ) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    const run = backtickRun(line, i);
    if (run === length) return i;
    i += run;
  }
  return -1;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
