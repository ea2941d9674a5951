/** Report → GitHub-flavoured markdown, for the job summary and the PR comment. */
import { code, concat, prose, findingTitle, inline, messageSpans, plainText, strong, type Block, type Finding, type Inline, type Report, type Span } from './model.js';

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
  const out: string[] = [`${'#'.repeat(level)} ${VERDICT_MARK[report.verdict]} Lockstep ${report.command}: ${markdownLine(prose(report.headline))}`, ''];
  for (const block of [...ignoredBlocks(report.findings), ...report.blocks]) out.push(...renderBlock(block, level + 1), '');
  if (options.overflow && options.overflow.length > 0) {
    out.push(`${'#'.repeat(level + 1)} More findings`, '');
    out.push('GitHub shows at most 10 annotations of each kind per step; these are the rest.', '');
    out.push(...renderBlock(findingsTable(options.overflow), level + 1), '');
  }
  return tidy(out);
}

/** Blocks alone, their headings starting at `level` (the gate's comment, a report's parts). */
export function renderBlocksMarkdown(blocks: readonly Block[], level: number): string {
  return tidy(blocks.flatMap((block) => [...renderBlock(block, level), '']));
}

function tidy(lines: string[]): string {
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * Ignored findings first, where a reviewer looks: an ignore comes from the PR's own head, so a
 * PR can accept its own findings, and that must be seen in review.
 */
function ignoredBlocks(findings: readonly Finding[]): Block[] {
  const ignored = findings.flatMap((finding) => (finding.ignored ? [{ finding, by: finding.ignored }] : []));
  if (ignored.length === 0) return [];
  return [
    { kind: 'heading', text: inline`Ignored (${ignored.length})` },
    { kind: 'paragraph', text: inline`Accepted by ignores in this revision's configuration or code: they do not fail the check. Review them like code.` },
    {
      kind: 'table',
      headers: ['Where', 'Finding', 'Reason', 'Ignored by'],
      rows: ignored.map(({ finding, by }) => [
        finding.file ? [code(`${finding.file}${finding.line ? `:${finding.line}` : ''}`)] : [],
        inline`${strong(findingTitle(finding))} — ${messageSpans(finding)} (${code(finding.id)})`,
        [code(by.reason)],
        inline`${by.source === 'config' ? 'config' : 'inline'} ${code(`${by.file}${by.line ? `:${by.line}` : ''}`)}${by.until ? `, until ${by.until}` : ''}`,
      ]),
    },
  ];
}

export function findingsTable(findings: Finding[]): Block {
  return {
    kind: 'table',
    headers: ['', 'Where', 'Finding'],
    rows: findings.map((finding) => [
      inline`${SEVERITY_MARK[finding.severity]}`,
      finding.file ? [code(`${finding.file}${finding.line ? `:${finding.line}` : ''}`)] : [],
      concat(strong(findingTitle(finding)), ' — ', messageSpans(finding)),
    ]),
  };
}

function renderBlock(block: Block, level: number): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(Math.min(level, 6))} ${markdownLine(block.text)}`];
    case 'paragraph':
      return [markdownParagraph(block.text)];
    case 'list':
      return block.items.map((item) => `- ${markdownLine(item)}`);
    case 'table':
      if (block.rows.length === 0) return [];
      return [
        `| ${block.headers.map((header) => markdownCell([{ kind: 'text', text: header }])).join(' | ')} |`,
        `| ${block.headers.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
      ];
    case 'section':
      return [
        `${'#'.repeat(Math.min(level, 6))} ${VERDICT_MARK[block.verdict]} ${markdownLine(block.title)}`,
        '',
        ...block.blocks.flatMap((inner) => [...renderBlock(inner, level + 1), '']),
      ];
    case 'details':
      return [
        '<details>',
        `<summary>${escapeHtml(plainText(block.summary).replace(/[\r\n\u2028\u2029]+/g, ' '))}</summary>`,
        '',
        ...block.blocks.flatMap((inner) => [...renderBlock(inner, level + 1), '']),
        '</details>',
      ];
  }
}

/** Inline content on one line (a heading, a list item): line breaks become spaces. */
export function markdownLine(content: Inline): string {
  return escapeLineStart(content.map((span) => markdownSpan(span, { breaks: ' ', cell: false })).join(''));
}

/** A paragraph: line breaks kept, each line escaped where a block could start. */
function markdownParagraph(content: Inline): string {
  return content
    .map((span) => markdownSpan(span, { breaks: '\n', cell: false }))
    .join('')
    .split('\n')
    .map(escapeLineStart)
    .join('\n');
}

/** A table cell: `|` escaped (GFM splits cells before it reads code), line breaks as `<br>`. */
export function markdownCell(content: Inline): string {
  return content.map((span) => markdownSpan(span, { breaks: '<br>', cell: true })).join('');
}

interface SpanContext {
  /** What a line break in text becomes. */
  breaks: string;
  cell: boolean;
}

function markdownSpan(span: Span, context: SpanContext): string {
  const pipes = (value: string) => (context.cell ? value.replace(/\|/g, '\\|') : value);
  switch (span.kind) {
    case 'text':
      return pipes(escapeText(span.text, context.breaks));
    case 'code':
      return pipes(codeSpan(span.text));
    case 'strong':
      return span.text.trim() ? `**${pipes(escapeText(span.text, ' '))}**` : pipes(escapeText(span.text, ' '));
    case 'struck':
      return span.text.trim() ? `~~${pipes(escapeText(span.text, ' '))}~~` : pipes(escapeText(span.text, ' '));
    case 'link':
      return `[${pipes(escapeText(span.text, ' '))}](${pipes(span.url.replace(/[\s()<>\\]/g, (char) => encodeURIComponent(char)))})`;
  }
}

/**
 * Text shown as written: the characters that would start markup are escaped (`\\`, `\*`,
 * `` \` ``, `\[`, `\]`, and a `~` that could close a strikethrough: one after a non-space),
 * `<` and `>` become entities so no tag, comment or autolink can start from repository text,
 * and `_` is escaped where it could open or close emphasis (not inside a word, as in SKY_MAP).
 * `&` is left alone: an entity renders as its character, never as markup.
 */
function escapeText(value: string, breaks: string): string {
  return value
    .replace(/[\\`*[\]]|(?<=\S)~/g, (char) => `\\${char}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|[\n\u2028\u2029]/g, breaks);
}

/** A line that would start a heading, a list, a quote or a thematic break starts escaped. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * Code shown as written: fenced by a backtick run longer than any inside it (CommonMark), padded
 * with a space when it starts or ends with a backtick or a space; on one line (empty: a space).
 */
export function codeSpan(value: string): string {
  const content = value.replace(/\r\n?|[\n\u2028\u2029]/g, ' ');
  if (content === '') return '` `';
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * For markdown already written with code between backticks (docs/messages.md, generated by
 * src/docs/messages.ts; reports escape span by span above instead). Outside code spans
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
    if (char === '\\' && i + 1 < line.length && ASCII_PUNCTUATION.test(line.charAt(i + 1))) {
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
