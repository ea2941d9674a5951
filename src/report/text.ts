/** Report → plain text for terminals. */
import { findingTitle, ignoredNote, plainText, type Block, type Inline, type Report } from './model.js';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** Where no terminal tells its width (the action log, a pipe): wide enough for a table of three columns. */
export const DEFAULT_TEXT_WIDTH = 120;
/** Items of a list in a folded section (markdown `<details>`) shown in text before the rest is counted. */
const FOLD_LINES = 6;

export function renderText(report: Report, width = DEFAULT_TEXT_WIDTH): string {
  const out: string[] = [`lockstep ${report.command}: ${report.verdict.toUpperCase()} — ${report.headline}`, ''];
  const ignored = report.findings.filter((finding) => finding.ignored).length;
  if (ignored) out.push(`${ignored} finding${ignored === 1 ? ' is' : 's are'} ignored (see Findings, with the reasons); ignores come from this revision, review them like code.`, '');
  for (const block of report.blocks) out.push(...renderBlock(block, width), '');
  if (report.findings.length > 0) {
    out.push('Findings:');
    for (const finding of report.findings) {
      const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
      const ignored = finding.ignored ? ` — ${ignoredNote(finding.ignored)}` : '';
      out.push(`  ${where}${finding.ignored ? 'ignored ' : ''}${SEVERITY_LABEL[finding.severity]}: ${findingTitle(finding)} — ${finding.message} [${finding.id}]${ignored}`);
    }
  }
  return finish(out);
}

/**
 * The text as a terminal gets it: control characters from repository content (an ESC in a field
 * name or a reason) shown as \uXXXX, never sent to the terminal; line breaks and tabs kept.
 */
function finish(lines: string[]): string {
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Blocks alone (`lockstep inspect`), as renderText renders a report's body. */
export function renderBlocksText(blocks: Block[], width = DEFAULT_TEXT_WIDTH): string {
  const out: string[] = [];
  for (const block of blocks) out.push(...renderBlock(block, width), '');
  return finish(out);
}

function renderBlock(block: Block, width: number): string[] {
  switch (block.kind) {
    case 'heading': {
      const heading = oneLine(block.text);
      return [heading, '-'.repeat(Math.min(heading.length, 72))];
    }
    case 'paragraph':
      return [plainText(block.text)];
    case 'list':
      return block.items.map((item) => `  • ${oneLine(item)}`);
    case 'section': {
      const title = `${oneLine(block.title)} — ${block.verdict.toUpperCase()}`;
      return [title, '='.repeat(Math.min(title.length, 72)), '', ...block.blocks.flatMap((inner) => [...renderBlock(inner, width), ''])];
    }
    case 'details':
      return [oneLine(block.summary), ...block.blocks.flatMap((inner) => [...(inner.kind === 'list' ? foldList(inner.items) : renderBlock(inner, width)), ''])];
    case 'table':
      return renderTable(block.headers, block.rows, width);
  }
}

/** Inline content on one line: a line break in repository text becomes a space. */
function oneLine(content: Inline): string {
  return plainText(content).replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/** A long list in a folded section (markdown `<details>`) shows its first items in text; the rest is counted. */
function foldList(items: readonly Inline[]): string[] {
  const shown = items.length <= FOLD_LINES + 1 ? items : items.slice(0, FOLD_LINES);
  const more = items.length - shown.length;
  return [...shown.map((item) => `  • ${oneLine(item)}`), ...(more > 0 ? [`  … ${more} more (--format json or markdown lists them all)`] : [])];
}

const GAP = 2;
const MIN_COLUMN = 12;

function renderTable(headers: readonly string[], rows: readonly Inline[][], width: number): string[] {
  if (rows.length === 0) return [];
  const cells = [headers.map((header) => header.replace(/\s*\n\s*/g, ' ')), ...rows.map((row) => row.map(oneLine))];
  const natural = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const widths = fitWidths(natural, width - GAP * (headers.length - 1));
  const [head = [], ...body] = cells;
  return [...rowLines(head, widths), widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP)), ...body.flatMap((row) => rowLines(row, widths))];
}

/** Column widths that fit the line: the widest column gives way first, none below MIN_COLUMN. */
function fitWidths(natural: number[], budget: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((sum, w) => sum + w, 0);
  while (total() > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    const next = Math.max(MIN_COLUMN, (widths[widest] ?? 0) - (total() - budget));
    if (next === widths[widest]) break;
    widths[widest] = next;
  }
  return widths;
}

/** One table row over as many lines as its widest wrapped cell needs. */
function rowLines(row: string[], widths: number[]): string[] {
  const wrapped = widths.map((w, column) => wrapCell(row[column] ?? '', w));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  return Array.from({ length: height }, (_, index) =>
    wrapped
      .map((lines, column) => (column === wrapped.length - 1 ? (lines[index] ?? '') : (lines[index] ?? '').padEnd(widths[column] ?? 0)))
      .join(' '.repeat(GAP))
      .trimEnd(),
  );
}

/** Word wrap at spaces; a word longer than the column is cut. */
function wrapCell(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    for (let rest = word; ; ) {
      const room = current ? width - current.length - 1 : width;
      if (rest.length <= room) {
        current = current ? `${current} ${rest}` : rest;
        break;
      }
      if (current) {
        lines.push(current);
        current = '';
        continue;
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
  }
  return [...lines, current];
}
