/** Report → GitHub-flavoured markdown, for the job summary and the PR comment. */
import type { Block, Finding, Report } from './model.js';

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
  for (const block of report.blocks) out.push(...renderBlock(block, level + 1), '');
  if (options.overflow && options.overflow.length > 0) {
    out.push(`${'#'.repeat(level + 1)} More findings`, '');
    out.push('GitHub shows at most 10 annotations of each kind per step; these are the rest.', '');
    out.push(...renderBlock(findingsTable(options.overflow), level + 1), '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export function findingsTable(findings: Finding[]): Block {
  return {
    kind: 'table',
    headers: ['', 'Where', 'Finding'],
    rows: findings.map((finding) => [
      SEVERITY_MARK[finding.severity],
      finding.file ? `\`${finding.file}${finding.line ? `:${finding.line}` : ''}\`` : '',
      `**${finding.title}** — ${finding.message}`,
    ]),
  };
}

function renderBlock(block: Block, level: number): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(Math.min(level, 6))} ${escapeInline(block.text)}`];
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((item) => `- ${item.replace(/\n/g, ' ')}`);
    case 'table':
      if (block.rows.length === 0) return [];
      return [
        `| ${block.headers.map(escapeCell).join(' | ')} |`,
        `| ${block.headers.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
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
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function escapeInline(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
