/**
 * `Depends-On:` lines of a PR body (Zuul's convention): one dependency per line,
 * `owner/repo#N` or the PR's URL. Anything that looks like a dependency but does
 * not parse, names a repository outside `gate.upstream`, or points at the PR's
 * own repository is a problem the report shows: never silently dropped, and the
 * gate fails on it (it cannot wait for what it cannot name).
 *
 * Fenced code blocks and HTML comments are skipped: PR templates put examples
 * there.
 */
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
  return LOOKS_LIKE.test(body) && visibleLines(body).some(looksLikeDependency);
}
// The value is trimmed after matching: a lazy `(.*?)\s*$` backtracks quadratically on long runs of spaces.
const LINE = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?Depends-On:(?:\*\*|__)?(.*)$/i;
const SHORT = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})#([1-9][0-9]{0,9})$/;

function urlPattern(host: string): RegExp {
  const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^<?https?://${escaped}/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/pull/([1-9][0-9]{0,9})(?:/[A-Za-z0-9/_-]*)?(?:[?#]\\S*)?>?$`, 'i');
}

/** The body without fenced code blocks and HTML comments, line numbers kept (blanked, not removed). */
function visibleLines(body: string): string[] {
  const withoutComments = body.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ''));
  const lines = withoutComments.split(/\r?\n/);
  let fence: string | undefined;
  return lines.map((line) => {
    const opener = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1]!.startsWith(fence)) fence = undefined;
      return '';
    }
    if (opener) {
      fence = opener[1]!;
      return '';
    }
    return line;
  });
}

export function parseDependsOn(body: string, options: DependsOnOptions): ParsedDependencies {
  const isUpstream = picomatch(options.upstream.map((pattern) => pattern.toLowerCase()), { nocase: true });
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
