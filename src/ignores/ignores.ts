/**
 * Ignores at the grain of one finding, for every check that judges by rule tables: config
 * entries (`ignore:` in .github/lockstep.yml: a rule, narrowed to a message, field or variable,
 * with a reason and an optional `until`) and inline comments on the finding's line or the line
 * before. A check asks `match` for each finding it makes; a match marks the finding ignored
 * (shown with its reason, never failing the check). What did not work is said, so ignores do
 * not rot: an expired entry (it no longer applies), an entry or a new inline comment that
 * matched nothing, a malformed comment.
 */
import type { IgnoreEntry } from '../config/ignore-schema.js';
import type { Finding, Ignored } from '../report/model.js';
import { EMPTY_SCAN, MAX_REASON, type InlineIgnore, type InlineScan } from './inline.js';
import { checkOfRule, type IgnorableCheck } from './rule-ids.js';

/** What a check knows about one finding, for matching. */
export interface IgnoreSubject {
  rule: string;
  /** schema-diff: the message's configured name, and the field (nested as parent.child). */
  message?: string;
  field?: string;
  /** env-diff: the variable. */
  variable?: string;
  file?: string;
  line?: number;
  /** The file and line are in the base revision (a removal): no inline comment at head can be on it. */
  base?: boolean;
}

export interface IgnoreOptions {
  check: IgnorableCheck;
  entries?: readonly IgnoreEntry[];
  /** The configuration the entries come from, repository-relative. */
  configFile: string;
  inline?: InlineScan;
  /** Today, for `until` (injected in tests). */
  now?: Date;
}

interface Tracked<T> {
  ignore: T;
  used: boolean;
}

export class Ignores {
  private readonly check: IgnorableCheck;
  private readonly configFile: string;
  private readonly entries: Tracked<IgnoreEntry>[];
  private readonly expired: IgnoreEntry[];
  private readonly inline: Tracked<InlineIgnore>[];
  private readonly inlineProblems: InlineScan['problems'];

  constructor(options: IgnoreOptions) {
    this.check = options.check;
    this.configFile = options.configFile;
    const today = (options.now ?? new Date()).toISOString().slice(0, 10);
    const own = (options.entries ?? []).filter((entry) => checkOfRule(entry.rule) === options.check);
    this.expired = own.filter((entry) => entry.until !== undefined && entry.until < today);
    this.entries = own.filter((entry) => !this.expired.includes(entry)).map((ignore) => ({ ignore, used: false }));
    const scan = options.inline ?? EMPTY_SCAN;
    this.inline = scan.ignores.filter((ignore) => checkOfRule(ignore.rule) === options.check).map((ignore) => ({ ignore, used: false }));
    this.inlineProblems = scan.problems;
  }

  static none(check: IgnorableCheck): Ignores {
    return new Ignores({ check, configFile: '' });
  }

  /** The ignore that accepts this finding (config entries first), or undefined. Every matching ignore counts as used. */
  match(subject: IgnoreSubject): Ignored | undefined {
    const entries = this.entries.filter(({ ignore }) => entryMatches(ignore, subject));
    const inline = this.inline.filter(({ ignore }) => inlineMatches(ignore, subject));
    for (const tracked of [...entries, ...inline]) tracked.used = true;
    const entry = entries[0]?.ignore;
    if (entry) return { reason: oneLine(entry.reason), source: 'config', until: entry.until ?? null, file: this.configFile, line: entry.line ?? null };
    const comment = inline[0]?.ignore;
    if (comment) return { reason: comment.reason, source: 'inline', until: null, file: comment.file, line: comment.line };
    return undefined;
  }

  /** Warnings about the ignores themselves; ask once every finding has been matched. */
  problems(): Finding[] {
    const where = (entry: IgnoreEntry) => ({ file: this.configFile, ...(entry.line ? { line: entry.line } : {}) });
    return [
      ...this.expired.map((entry): Finding => ({
        id: 'ignore/expired',
        severity: 'warning',
        title: `Ignore expired: ${entry.rule}`,
        message: `The ignore of ${describeEntry(entry)} ran until ${entry.until} and no longer applies (reason given: ${oneLine(entry.reason)}). Remove it, or move \`until\` if the reason still holds.`,
        ...where(entry),
      })),
      ...this.entries
        .filter(({ used }) => !used)
        .map(({ ignore: entry }): Finding => ({
          id: 'ignore/unmatched',
          severity: 'warning',
          title: `Ignore matched nothing: ${entry.rule}`,
          message: `No ${this.check} finding matches the ignore of ${describeEntry(entry)}. Remove it if the change it accepted has merged, or correct its rule, message, field or variable.`,
          ...where(entry),
        })),
      ...this.inline
        .filter(({ used, ignore }) => !used && !ignore.old)
        .map(({ ignore }): Finding => ({
          id: 'ignore/unmatched',
          severity: 'warning',
          title: `Inline ignore matched nothing: ${ignore.rule}`,
          message: `This PR adds an inline ignore of ${ignore.rule}, but no ${this.check} finding of that rule is on this line or the next. Put it on the line the finding names (or the line before), or remove it.`,
          file: ignore.file,
          line: ignore.line,
        })),
      ...this.inlineProblems.map((problem): Finding => ({
        id: 'ignore/malformed',
        severity: 'warning',
        title: 'Inline ignore not read',
        message: `This comment ignores nothing: ${problem.problem}.`,
        file: problem.file,
        line: problem.line,
      })),
    ];
  }
}

/** Reports show a reason on one line (a YAML block scalar may span several), at most MAX_REASON characters. */
function oneLine(reason: string): string {
  const text = reason.replace(/\s+/g, ' ').trim();
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON)}…` : text;
}

function entryMatches(entry: IgnoreEntry, subject: IgnoreSubject): boolean {
  return (
    entry.rule === subject.rule &&
    (entry.message === undefined || entry.message === subject.message) &&
    (entry.field === undefined || entry.field === subject.field) &&
    (entry.variable === undefined || entry.variable === subject.variable)
  );
}

/** On the finding's line, or alone on the line before it. */
function inlineMatches(ignore: InlineIgnore, subject: IgnoreSubject): boolean {
  if (subject.base || ignore.rule !== subject.rule || ignore.file !== subject.file || subject.line === undefined) return false;
  return ignore.line === subject.line || (ignore.alone && ignore.line === subject.line - 1);
}

/** "strict-field-added (message next-visit, field detector)". */
function describeEntry(entry: IgnoreEntry): string {
  const narrowing = (['message', 'field', 'variable'] as const).filter((key) => entry[key] !== undefined).map((key) => `${key} ${entry[key]}`);
  return `${entry.rule}${narrowing.length ? ` (${narrowing.join(', ')})` : ''}`;
}

/** The findings marked ignored, for a report's summary. */
export function ignoredFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.ignored !== undefined);
}
