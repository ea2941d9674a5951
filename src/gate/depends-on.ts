/**
 * `Depends-On:` lines of a PR body (Zuul's convention): one dependency per line,
 * `owner/repo#N` or the PR's URL. Anything that looks like a dependency but does
 * not parse, names a repository outside `gate.upstream`, or points at the PR's
 * own repository is a problem the report shows: never silently dropped, and the
 * gate fails on it (it cannot wait for what it cannot name).
 *
 * The body is read as a reader sees it rendered: it is parsed as CommonMark
 * (mdast-util-from-markdown) and each line keeps the text shown on it. Code blocks
 * (fenced or indented) and HTML comments are skipped, as PR templates put examples
 * there; inline code, other HTML and everything else stay visible. So `<!--` inside
 * inline code or a 4-space-indented ``` hides nothing that follows.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import picomatch from 'picomatch';

export interface DependencyRef {
  /** owner/name as written (GitHub names are case-insensitive; compared lower-cased). */
  repository: string;
  number: number;
  /** 1-based line in the PR body. */
  line: number;
}

export type DependencyProblemKind = 'malformed' | 'not-upstream' | 'self-reference';

export interface DependencyProblem {
  kind: DependencyProblemKind;
  line: number;
  text: string;
  message: string;
}

export interface ParsedDependencies {
  dependencies: DependencyRef[];
  problems: DependencyProblem[];
}

export interface DependsOnOptions {
  /** owner/name of the PR's own repository. */
  repository: string;
  /** `gate.upstream` patterns, e.g. ["lsst/*"]. */
  upstream: string[];
  /** Web host of PR URLs (GITHUB_SERVER_URL's host); github.com by default. */
  serverHost?: string;
}

const LOOKS_LIKE = /depends[\s_-]*on\b/i;
const LEADING = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?depends[\s_-]*on\b/i;
const REFERENCE = /[A-Za-z0-9-]+\/[A-Za-z0-9._-]+#\d+|\/pull\/\d+/;

/**
 * A line that looks like a dependency: it starts with Depends-On (in any spelling),
 * or says "depends on" and names a PR. Prose such as "this depends on the new API"
 * is not one; "this depends on lsst/afw#9" is, and gets reported if it does not parse.
 */
function looksLikeDependency(line: string): boolean {
  return LEADING.test(line) || (LOOKS_LIKE.test(line) && REFERENCE.test(line));
}

/** Whether any visible line of a body looks like a dependency (the sweep evaluates only those PRs). */
export function mentionsDependencies(body: string): boolean {
  return visibleLines(body).some(looksLikeDependency);
}
// The value is trimmed after matching: a lazy `(.*?)\s*$` backtracks quadratically on long runs of spaces.
const LINE = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?Depends-On:(?:\*\*|__)?(.*)$/i;
const SHORT = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})#([1-9][0-9]{0,9})$/;

function urlPattern(host: string): RegExp {
  const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^<?https?://${escaped}/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/pull/([1-9][0-9]{0,9})(?:/[A-Za-z0-9/_-]*)?(?:[?#]\\S*)?>?$`, 'i');
}

/** CommonMark's line endings: how mdast numbers lines. */
const LINE_ENDING = /\r\n|\r|\n/;

/**
 * Raw HTML as it shows: comments and tags blanked, line breaks kept; linear time. A comment
 * left open hides everything after it, in this node and the ones that follow, until raw HTML
 * closes it (`-->`, `--!>`; escaped text cannot), as a browser reads the rendered page.
 */
function shownHtml(html: string, inComment: boolean): { shown: string; inComment: boolean } {
  let shown = '';
  let from = 0;
  const blank = (to: number) => html.slice(from, to).replace(/[^\r\n]/g, '');
  if (inComment) {
    const end = commentEnd(html, 0);
    if (end < 0) return { shown: blank(html.length), inComment: true };
    shown = blank(end);
    from = end;
  }
  for (let at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
    const comment = html.startsWith('<!--', at);
    if (!comment && !/^<\/?[A-Za-z]/.test(html.slice(at, at + 3))) continue;
    const end = comment ? commentEnd(html, at + 4, true) : html.indexOf('>', at) + 1;
    if (end <= 0 && !comment) break; // no tag closes after here, so none of the rest is a tag
    shown += html.slice(from, at);
    from = at;
    if (end < 0) return { shown: shown + blank(html.length), inComment: true };
    shown += blank(end);
    from = end;
    at = end - 1;
  }
  return { shown: shown + html.slice(from), inComment: false };
}

/**
 * Where a comment whose text starts at `from` ends (just after its closer), or -1: the HTML
 * parser closes it at `-->` or `--!>`, and right after the opener also at `>` or `->`
 * (`<!-->` and `<!--->` are empty comments).
 */
function commentEnd(html: string, from: number, afterOpener = false): number {
  if (afterOpener && html.startsWith('>', from)) return from + 1;
  if (afterOpener && html.startsWith('->', from)) return from + 2;
  const closer = /--!?>/g;
  closer.lastIndex = from;
  const found = closer.exec(html);
  return found ? found.index + found[0].length : -1;
}

/**
 * Per line of the body (1-based line n at index n-1), the text a reader sees on it.
 * Markers of lists, quotes and emphasis are gone, escapes and entities decoded.
 */
export function visibleLines(body: string): string[] {
  const lines = body.split(LINE_ENDING).map(() => '');
  // A code span over several lines shows on one: what follows it joins its first line.
  const shownOn = lines.map((_, index) => index);
  const add = (value: string, line: number) => {
    value.split(LINE_ENDING).forEach((part, index) => {
      const at = line - 1 + index;
      if (at < lines.length) lines[shownOn[at]!] += part;
    });
  };
  let inComment = false;
  const visit = (node: Nodes): void => {
    if (inComment && (node.type === 'text' || node.type === 'inlineCode')) return;
    if (node.type === 'code' || node.type === 'definition' || node.type === 'image' || node.type === 'imageReference') return;
    if (node.type === 'html') {
      // Comments hide what they hold; the text between other tags shows.
      if (node.position) {
        const html = shownHtml(node.value, inComment);
        inComment = html.inComment;
        add(html.shown, node.position.start.line);
      }
    } else if (node.type === 'text') {
      if (node.position) add(node.value, node.position.start.line);
    } else if (node.type === 'inlineCode') {
      if (!node.position) return;
      add(node.value.replace(/\r\n|\r|\n/g, ' '), node.position.start.line);
      shownOn[node.position.end.line - 1] = shownOn[node.position.start.line - 1]!;
    } else if ('children' in node) {
      // Every other node shows what it holds.
      for (const child of node.children) visit(child);
    }
  };
  visit(fromMarkdown(body));
  return lines;
}

export function parseDependsOn(body: string, options: DependsOnOptions): ParsedDependencies {
  const isUpstream = picomatch(options.upstream.map((pattern) => pattern.toLowerCase()), { nocase: true, noextglob: true });
  const byUrl = urlPattern(options.serverHost ?? 'github.com');
  const own = options.repository.toLowerCase();
  const dependencies: DependencyRef[] = [];
  const problems: DependencyProblem[] = [];
  const seen = new Set<string>();

  visibleLines(body).forEach((text, index) => {
    const line = index + 1;
    if (!looksLikeDependency(text)) return;
    const trimmed = text.trim();
    const value = LINE.exec(text)?.[1]?.trim();
    if (value === undefined) {
      problems.push({ kind: 'malformed', line, text: trimmed, message: 'write it as `Depends-On: owner/repo#N` (or the PR URL), one per line' });
      return;
    }
    const found = SHORT.exec(value) ?? byUrl.exec(value);
    if (!found) {
      const why = /[\s,;]/.test(value) ? 'one dependency per line' : 'expected `owner/repo#N` or a pull request URL';
      problems.push({ kind: 'malformed', line, text: trimmed, message: why });
      return;
    }
    const repository = `${found[1]}/${found[2]}`;
    const number = Number(found[3]);
    if (repository.toLowerCase() === own) {
      problems.push({ kind: 'self-reference', line, text: trimmed, message: `${repository} is this repository: the gate waits for upstream (${options.upstream.join(', ')}) work only` });
      return;
    }
    if (!isUpstream(repository.toLowerCase())) {
      problems.push({ kind: 'not-upstream', line, text: trimmed, message: `${repository} is not an upstream repository (gate.upstream: ${options.upstream.join(', ')})` });
      return;
    }
    const key = `${repository.toLowerCase()}#${number}`;
    if (seen.has(key)) return;
    seen.add(key);
    dependencies.push({ repository, number, line });
  });
  return { dependencies, problems };
}
