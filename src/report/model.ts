/**
 * One Report model for every command. Core modules build a Report; renderers in
 * this folder turn it into a job summary, annotations, JSON, text or a PR comment.
 */
export type Severity = 'error' | 'warning' | 'notice';
export type Verdict = 'pass' | 'fail';
export type CommandName = 'schema-diff' | 'env-diff' | 'gate';

/** One thing worth telling the reader, optionally pinned to a file and line. */
export interface Finding {
  /** Stable rule or change id, e.g. "strict-field-added" or "env/blocked". */
  id: string;
  severity: Severity;
  /** Short title, shown as the annotation title. */
  title: string;
  /** One or two sentences: what changed, why it matters, what to do. */
  message: string;
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

/** A piece of the human-readable body, rendered as markdown or plain text. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; headers: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'details'; summary: string; blocks: Block[] }
  /** A titled part of a report with its own verdict (one env pair of several): its headings sit one level below the title. */
  | { kind: 'section'; title: string; verdict: Verdict; blocks: Block[] };

export interface Report<Data extends object = object> {
  command: CommandName;
  verdict: Verdict;
  /** One line: the headline a contributor reads first. */
  headline: string;
  findings: Finding[];
  /** Body of the summary, in reading order. */
  blocks: Block[];
  /** The command's JSON contract (documented in README); rendered as-is by --format json. */
  data: Data;
  /** Extra action outputs, e.g. {"required-bump": "major"}. */
  outputs?: Record<string, string>;
}

/** Markdown cells and text cells both use inline `code`; keep these few helpers shared. */
export function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

/** "Ignored (.github/lockstep.yml:12, until 2026-12-31): the reason." — the same words in every format. */
export function ignoredNote(ignored: Ignored): string {
  const where = `${ignored.file}${ignored.line ? `:${ignored.line}` : ''}`;
  return `Ignored (${ignored.source === 'config' ? where : `inline, ${where}`}${ignored.until ? `, until ${ignored.until}` : ''}): ${ignored.reason}`;
}
