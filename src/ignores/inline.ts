/**
 * Inline ignores: `# lockstep: ignore[RULE] REASON` at the end of (or on the line before) a
 * Python line, `{{/* lockstep: ignore[RULE] REASON *\/}}` on (or before) a template's env entry.
 * Found with one `git grep` at each revision; a comment that names the marker but is not
 * well formed is a problem to report, never silently dropped.
 */
import type { GitRepository } from '../git/repository.js';
import { unknownRuleProblem } from './rule-ids.js';

export interface InlineIgnore {
  rule: string;
  reason: string;
  file: string;
  line: number;
  /** Nothing but the comment on its line: then it covers the next line too. */
  alone: boolean;
  /** The same comment is in the same file at base: an older ignore (not reported when it matches nothing). */
  old: boolean;
}

export interface InlineProblem {
  file: string;
  line: number;
  problem: string;
}

export interface InlineScan {
  ignores: InlineIgnore[];
  problems: InlineProblem[];
}

export const EMPTY_SCAN: InlineScan = { ignores: [], problems: [] };

/** Comments read at one revision; past this many the rest are not read, and that is said. */
export const MAX_INLINE_IGNORES = 1000;
/** Longer reasons are cut here in reports. */
export const MAX_REASON = 500;

const MARKER_PATTERN = 'lockstep:[[:space:]]*ignore';
const PYTHON = /#\s*lockstep:\s*ignore\[([^\]]*)\](.*)$/;
const TEMPLATE = /\{\{-?\s*\/\*\s*lockstep:\s*ignore\[([^\]]*)\](.*?)\*\/\s*-?\}\}/;
const PYTHON_FORM = '`# lockstep: ignore[RULE] REASON`';
const TEMPLATE_FORM = '`{{/* lockstep: ignore[RULE] REASON */}}`';

/** One line holding the marker → the ignore it writes, or why it is not one. */
export function parseInlineIgnore(file: string, text: string): { rule: string; reason: string; alone: boolean } | { problem: string } {
  const python = file.endsWith('.py');
  const form = python ? PYTHON_FORM : TEMPLATE_FORM;
  const parts = (python ? PYTHON : TEMPLATE).exec(text);
  if (!parts) return { problem: `not an inline ignore Lockstep can read: write ${form}${python ? '' : ' (a template comment)'}` };
  const rule = (parts[1] ?? '').trim();
  const reason = (parts[2] ?? '').trim();
  const unknown = unknownRuleProblem(rule);
  if (unknown) return { problem: `${unknown}; write ${form}` };
  if (!reason) return { problem: `ignore[${rule}] gives no reason: write ${form}, saying why the finding is accepted` };
  const alone = text.slice(0, parts.index).trim() === '' && text.slice(parts.index + parts[0].length).trim() === '';
  return { rule, reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason, alone };
}

/**
 * Every inline ignore at head in the files `pathspecs` name (git pathspecs, after `--`), each
 * marked `old` when base has the same comment in the same file.
 */
export async function scanInlineIgnores(repository: GitRepository, base: string, head: string, pathspecs: readonly string[]): Promise<InlineScan> {
  if (pathspecs.length === 0) return EMPTY_SCAN;
  const [atHead, atBase] = await Promise.all([markerLines(repository, head, pathspecs), markerLines(repository, base, pathspecs)]);
  const baseKeys = new Set(atBase.lines.map((hit) => `${hit.file}\0${hit.text.trim()}`));
  const scan: InlineScan = { ignores: [], problems: [] };
  for (const hit of atHead.lines) {
    const parsed = parseInlineIgnore(hit.file, hit.text);
    if ('problem' in parsed) scan.problems.push({ file: hit.file, line: hit.line, problem: parsed.problem });
    else scan.ignores.push({ ...parsed, file: hit.file, line: hit.line, old: baseKeys.has(`${hit.file}\0${hit.text.trim()}`) });
  }
  if (atHead.truncated)
    scan.problems.push({ file: atHead.truncated.file, line: atHead.truncated.line, problem: `more than ${MAX_INLINE_IGNORES} inline ignores; the ones after this line were not read` });
  return scan;
}

interface MarkerLine {
  file: string;
  line: number;
  text: string;
}

/** Lines holding the marker at `revision` (`git grep -z -n`: `commit:path\0line\0text`), at most MAX_INLINE_IGNORES. */
async function markerLines(repository: GitRepository, revision: string, pathspecs: readonly string[]): Promise<{ lines: MarkerLine[]; truncated?: MarkerLine }> {
  const commit = await repository.resolveRevision(revision);
  const lines: MarkerLine[] = [];
  let truncated: MarkerLine | undefined;
  // Exit 1 is "no line matched".
  await repository.gitLines(
    ['grep', '-z', '-n', '-I', '-E', '-e', MARKER_PATTERN, commit, '--', ...pathspecs],
    (output) => {
      const [where, number, ...rest] = output.split('\0');
      if (!where || !number || truncated) return;
      const hit = { file: where.slice(commit.length + 1), line: Number(number), text: rest.join('\0').slice(0, 4 * MAX_REASON) };
      if (lines.length >= MAX_INLINE_IGNORES) truncated = lines[lines.length - 1];
      else lines.push(hit);
    },
    [0, 1],
  );
  return { lines, truncated };
}
