/**
 * One Report model for every command. Core modules build a Report; renderers in
 * this folder turn it into a job summary, annotations, JSON, text or a PR comment.
 */
export type Severity = 'error' | 'warning' | 'notice';
export type Verdict = 'pass' | 'fail';
export type CommandName = 'schema-diff' | 'env-diff' | 'gate' | 'init';

/** One thing worth telling the reader, optionally pinned to a file and line. */
export interface Finding {
  /** Stable rule or change id, e.g. "strict-field-added" or "env/blocked". */
  id: string;
  severity: Severity;
  /** Short title, shown as the annotation title. */
  title: string;
  /**
   * One or two sentences: what changed, why it matters, what to do — as plain text (code as
   * written between backticks), which is what annotations, SARIF and the terminal print.
   */
  message: string;
  /** The same message as spans, for the formats that mark code (markdown); set with `findingMessage`. */
  messageSpans?: Inline;
  /** Repository-relative path. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** Accepted by an ignore (config or inline comment): shown, marked, never failing the check. */
  ignored?: Ignored;
  /** The named env pair the finding belongs to, when the configuration lists several (shown before the title). */
  pair?: string;
}

/** The title as readers see it: prefixed with its pair when there is one ("nvfo: …"). */
export function findingTitle(finding: Finding): string {
  return finding.pair === undefined ? finding.title : `${finding.pair}: ${finding.title}`;
}

/** A finding's `message` and `messageSpans` from its spans. */
export function findingMessage(content: Inline): { message: string; messageSpans: Inline } {
  return { message: plainText(content), messageSpans: content };
}

/** A finding's message as spans: its spans, or its plain text when it has none. */
export function messageSpans(finding: Finding): Inline {
  return finding.messageSpans ?? [text(finding.message)];
}

/** Why a finding is ignored and where that was said. */
export interface Ignored {
  reason: string;
  /** `config`: an `ignore:` entry of .github/lockstep.yml; `inline`: a comment on the line. */
  source: 'config' | 'inline';
  /** Last day a config ignore applies (YYYY-MM-DD), or null. */
  until: string | null;
  /** Where the ignore is written. */
  file: string;
  line: number | null;
}

/**
 * A run of inline content: plain text, code (shown as written), strong emphasis, a link or
 * struck-through text. Spans carry no markup: each renderer escapes the text and marks the
 * kinds its own way, so repository text (names, paths, values) is never read as markup.
 */
export type Span =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'struck'; text: string }
  | { kind: 'link'; text: string; url: string };

/** Inline content: a line of spans. */
export type Inline = readonly Span[];

/** A piece of the human-readable body, rendered as markdown or plain text. */
export type Block =
  | { kind: 'heading'; text: Inline }
  | { kind: 'paragraph'; text: Inline }
  | { kind: 'table'; headers: string[]; rows: Inline[][] }
  | { kind: 'list'; items: Inline[] }
  | { kind: 'details'; summary: Inline; blocks: Block[] }
  /** A titled part of a report with its own verdict (one env pair of several): its headings sit one level below the title. */
  | { kind: 'section'; title: Inline; verdict: Verdict; blocks: Block[] };

export interface Report<Data extends object = object> {
  command: CommandName;
  verdict: Verdict;
  /** One line: the headline a contributor reads first, in plain text (code between backticks, as `plainText` writes it; `prose` reads it back). */
  headline: string;
  findings: Finding[];
  /** Body of the summary, in reading order. */
  blocks: Block[];
  /** The command's JSON contract (each command's page under docs/actions/); rendered as-is by --format json. */
  data: Data;
  /** Extra action outputs, e.g. {"required-bump": "major"}. */
  outputs?: Record<string, string>;
}

export const text = (value: string): Span => ({ kind: 'text', text: value });
export const code = (value: string): Span => ({ kind: 'code', text: value });
export const strong = (value: string): Span => ({ kind: 'strong', text: value });
export const struck = (value: string): Span => ({ kind: 'struck', text: value });
export const link = (label: string, url: string): Span => ({ kind: 'link', text: label, url });

/** What a template may interpolate: text, a number, a span, inline content or nothing. */
export type InlinePart = string | number | Span | Inline | undefined | null | false;

/**
 * Inline content from a template: the literal parts and interpolated strings are text, spans
 * and inline content are spliced in as they are — `inline`Field ${code(name)} added.``.
 */
export function inline(strings: TemplateStringsArray, ...parts: InlinePart[]): Span[] {
  return concat(...strings.flatMap((literal, index): InlinePart[] => (index < parts.length ? [literal, parts[index]] : [literal])));
}

/** Inline content of the parts in order (strings become text, spans are spliced in, adjacent text merges). */
export function concat(...parts: InlinePart[]): Span[] {
  return mergeText(parts.flatMap(spansOf));
}

/** The items with `separator` between them. */
export function joinInline(items: readonly InlinePart[], separator: string): Span[] {
  return concat(...items.flatMap((item, index) => (index === 0 ? [item] : [separator, item])));
}

function spansOf(part: InlinePart): readonly Span[] {
  if (part === undefined || part === null || part === false) return [];
  if (typeof part === 'string' || typeof part === 'number') return [text(String(part))];
  return isSpan(part) ? [part] : part;
}

function isSpan(part: Span | Inline): part is Span {
  return !Array.isArray(part);
}

/** Adjacent text merges into one span; empty text adds none. */
function mergeText(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (span.kind !== 'text') merged.push(span);
    else if (!span.text) continue;
    else if (last?.kind === 'text') merged[merged.length - 1] = text(last.text + span.text);
    else merged.push(span);
  }
  return merged;
}

/**
 * Lockstep's own fixed prose (a rule's `why`) writes code between single backticks, as the
 * README tables show it: "a key only one side knows fails `cls(**message)`"; a headline is
 * stored so too, and the gate's Depends-On problems (their only interpolation is a repository
 * name validated as owner/repo). Never pass repository text through here: build spans, where it
 * is a `text` or `code` span (a backtick in it would move where a code span ends).
 */
export function prose(value: string): Span[] {
  return value.split('`').map((part, index) => (index % 2 === 1 ? code(part) : text(part))).filter((span) => span.text !== '');
}

/**
 * Inline content as plain text, the one way every plain format shows it (terminal, annotation,
 * SARIF message, JSON string): code as written between backticks, a link as "text <url>".
 */
export function plainText(content: Inline): string {
  return content
    .map((span) => {
      switch (span.kind) {
        case 'code':
          return `\`${span.text}\``;
        case 'link':
          return `${span.text} <${span.url}>`;
        case 'text':
        case 'strong':
        case 'struck':
          return span.text;
      }
    })
    .join('');
}

/** "Ignored (.github/lockstep.yml:12, until 2026-12-31): the reason." — the same words in every format. */
export function ignoredNote(ignored: Ignored): string {
  const where = `${ignored.file}${ignored.line ? `:${ignored.line}` : ''}`;
  return `Ignored (${ignored.source === 'config' ? where : `inline, ${where}`}${ignored.until ? `, until ${ignored.until}` : ''}): ${ignored.reason}`;
}
