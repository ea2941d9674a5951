/** Report → plain text for terminals. */
import type { Block, Report } from './model.js';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

export function renderText(report: Report): string {
  const out: string[] = [`lockstep ${report.command}: ${report.verdict.toUpperCase()} — ${report.headline}`, ''];
  for (const block of report.blocks) out.push(...renderBlock(block), '');
  if (report.findings.length > 0) {
    out.push('Findings:');
    for (const finding of report.findings) {
      const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
      out.push(`  ${where}${SEVERITY_LABEL[finding.severity]}: ${finding.title} — ${finding.message} [${finding.id}]`);
    }
  }
  return stripMarkdown(out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()) + '\n';
}

/** Blocks alone (`lockstep inspect`), as renderText renders a report's body. */
export function renderBlocksText(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) out.push(...renderBlock(block), '');
  return stripMarkdown(out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()) + '\n';
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text, '-'.repeat(Math.min(block.text.length, 72))];
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((item) => `  • ${item}`);
    case 'details':
      return [block.summary, ...block.blocks.flatMap((inner) => [...renderBlock(inner), ''])];
    case 'table':
      return renderTable(block.headers, block.rows);
  }
}

function renderTable(headers: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const cells = [headers, ...rows].map((row) => row.map((cell) => stripMarkdown(cell).replace(/\s*\n\s*/g, ' ')));
  const widths = headers.map((_, column) => Math.min(60, Math.max(...cells.map((row) => (row[column] ?? '').length))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
}

/** Terminal text keeps inline code readable but drops emphasis markers and links' syntax. */
function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 <$2>')
    .replace(/<br>/g, ' ');
}
