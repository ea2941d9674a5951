/**
 * The `Depends-On:` parser of the pipelines gate on generated PR bodies: it never throws,
 * every line numbers a real line, and against an oracle built with the body it finds each
 * visible dependency at its line and reports every visible line that looks like one but
 * is not (never silently dropped), while fenced blocks and HTML comments are ignored.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { parseDependsOn, type DependsOnOptions } from '../../src/gate/depends-on.js';
import { runsFor, timeoutFor } from './fuzz-runs.js';

const OPTIONS: DependsOnOptions = { repository: 'lsst-dm/prompt_processing', upstream: ['lsst/*'] };
const LOOKS_LIKE = /depends[\s_-]*on\b/i;

function checkShape(body: string): ReturnType<typeof parseDependsOn> {
  const parsed = parseDependsOn(body, OPTIONS);
  const lineCount = body.split(/\r\n|\r|\n/).length;
  for (const dependency of parsed.dependencies) {
    expect(Number.isInteger(dependency.number) && dependency.number > 0).toBe(true);
    expect(dependency.line).toBeGreaterThanOrEqual(1);
    expect(dependency.line).toBeLessThanOrEqual(lineCount);
    expect(dependency.repository).toMatch(/^[^/\s]+\/[^/\s]+$/);
  }
  for (const problem of parsed.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lineCount);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  return parsed;
}

/** One piece of a PR body and what the parser must make of its lines. */
interface Segment {
  lines: string[];
  /** Per line: a dependency, a problem of this kind, or nothing. */
  expect: (
    | { dependency: { repository: string; number: number } }
    | { problem: 'malformed' | 'not-upstream' | 'self-reference' }
    | undefined
  )[];
}

/**
 * Text without markdown syntax (this property's oracle is the line list, not a renderer:
 * see the CommonMark property below for markup), and not starting a block of its own.
 */
function plain(text: string): string {
  return text.replace(/[\r\n`~<>&\\*_[\]!#=|+-]/g, ' ').replace(/^\s*(\d+[.)])/, 'n$1');
}

const repoName = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);
const prNumber = fc.integer({ min: 1, max: 99_999 });
const decoration = fc.constantFrom('', '- ', '* ', '+ ', '> ', '  ');
const label = fc.constantFrom('Depends-On:', 'depends-on:', 'DEPENDS-ON:', '**Depends-On:**', '__Depends-On:__');

const dependencyLine: fc.Arbitrary<Segment> = fc
  .tuple(decoration, label, repoName, prNumber, fc.boolean(), fc.constantFrom('', ' ', '  '))
  .map(([prefix, name, repo, number, asUrl, trailing]) => ({
    lines: [`${prefix}${name} ${asUrl ? `https://github.com/lsst/${repo}/pull/${number}` : `lsst/${repo}#${number}`}${trailing}`],
    expect: [{ dependency: { repository: `lsst/${repo}`, number } }],
  }));

const notUpstreamLine: fc.Arbitrary<Segment> = fc.tuple(fc.stringMatching(/^[a-k][a-z0-9]{1,10}$/), repoName, prNumber).map(([owner, repo, number]) => ({
  lines: [`Depends-On: ${owner}/${repo}#${number}`],
  expect: [{ problem: 'not-upstream' as const }],
}));

const selfLine: fc.Arbitrary<Segment> = prNumber.map((number) => ({
  lines: [`Depends-On: lsst-dm/prompt_processing#${number}`],
  expect: [{ problem: 'self-reference' as const }],
}));

const malformedLine: fc.Arbitrary<Segment> = fc
  .oneof(
    fc.constantFrom(
      'Depends-On: lsst/pipe_tasks',
      'Depends-On: #1234',
      'Depends-On: lsst/pipe_tasks#0',
      'Depends-On: lsst/pipe_tasks#12, lsst/afw#3',
      'Depends-On: lsst/pipe_tasks#12 lsst/afw#3',
      'Depends-On:',
      'Depends on lsst/pipe_tasks#1234',
      'depends_on: lsst/pipe_tasks#1234',
      'This depends on lsst/afw#9 being merged',
      'Depends-On: https://example.com/lsst/afw/pull/3',
      'Depends-On: https://github.com/lsst/afw/issues/3',
    ),
    fc.string({ maxLength: 30 }).map((junk) => `Depends-On: ${plain(junk)} ~`),
  )
  .map((line) => ({ lines: [line], expect: [{ problem: 'malformed' as const }] }));

const proseLine: fc.Arbitrary<Segment> = fc
  .string({ maxLength: 60 })
  .map(plain)
  .filter((text) => !LOOKS_LIKE.test(text))
  .map((text) => ({ lines: [text], expect: [undefined] }));

const visibleSegment = fc.oneof(
  { arbitrary: dependencyLine, weight: 4 },
  { arbitrary: notUpstreamLine, weight: 1 },
  { arbitrary: selfLine, weight: 1 },
  { arbitrary: malformedLine, weight: 2 },
  { arbitrary: proseLine, weight: 4 },
);

/** Examples in a fenced block or an HTML comment, as PR templates have them: never read. */
const hiddenSegment: fc.Arbitrary<Segment> = fc
  .tuple(fc.array(visibleSegment, { minLength: 1, maxLength: 4 }), fc.constantFrom('```', '~~~', '````', '<!--'))
  .map(([inner, fence]) => {
    const body = inner.flatMap((segment) => segment.lines);
    const lines = fence === '<!--' ? ['<!--', ...body, '-->'] : [`${fence}text`, ...body, fence];
    return { lines, expect: lines.map(() => undefined) };
  });

const body = fc.tuple(fc.array(fc.oneof({ arbitrary: visibleSegment, weight: 5 }, { arbitrary: hiddenSegment, weight: 1 }), { maxLength: 25 }), fc.boolean());

describe('parseDependsOn on generated PR bodies', () => {
  const runs = runsFor(1);
  it(
    'never throws on arbitrary text, and every line it names exists',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void checkShape(text)), { numRuns: runs });
    },
    timeoutFor(runs),
  );

  it(
    'never throws on random bytes decoded as UTF-8',
    () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => void checkShape(Buffer.from(bytes).toString('utf8'))), { numRuns: runs });
    },
    timeoutFor(runs),
  );

  it(
    'finds each visible dependency at its line, reports every other dependency-like line, and ignores fenced blocks and comments',
    () => {
      fc.assert(
        fc.property(body, ([segments, crlf]) => {
          const lines = segments.flatMap((segment) => segment.lines);
          const expectations = segments.flatMap((segment) => segment.expect);
          const parsed = checkShape(lines.join(crlf ? '\r\n' : '\n'));

          const seen = new Set<string>();
          const dependencies: { repository: string; number: number; line: number }[] = [];
          const problems: { kind: string; line: number }[] = [];
          expectations.forEach((expected, index) => {
            if (expected && 'dependency' in expected) {
              const key = `${expected.dependency.repository}#${expected.dependency.number}`;
              if (!seen.has(key)) dependencies.push({ ...expected.dependency, line: index + 1 });
              seen.add(key);
            } else if (expected) problems.push({ kind: expected.problem, line: index + 1 });
          });
          expect(parsed.dependencies.map((d) => ({ repository: d.repository.toLowerCase(), number: d.number, line: d.line }))).toEqual(dependencies);
          expect(parsed.problems.map((p) => ({ kind: p.kind, line: p.line }))).toEqual(problems);
        }),
        { numRuns: runs },
      );
    },
    timeoutFor(runs, 4),
  );

  const hugeRuns = runsFor(2000);
  it(
    'reads PR bodies up to GitHub’s 65,536-character limit, including one huge line',
    () => {
      const huge = fc
        .tuple(fc.integer({ min: 1000, max: 65_536 - 40 }), fc.constantFrom('spaces', 'word', 'dependency-prefix', 'comment-opener', 'fence'))
        .map(([n, shape]) => {
          if (shape === 'spaces') return `Depends-On: x${' '.repeat(n)}y`;
          if (shape === 'word') return `Depends-On: lsst/${'a'.repeat(Math.min(n, 200))}#1\n${'word '.repeat(Math.floor(n / 5))}`;
          if (shape === 'dependency-prefix') return 'Depends-On: '.repeat(Math.floor(n / 12));
          if (shape === 'comment-opener') return '<!--'.repeat(Math.floor(n / 4));
          return '```\n'.repeat(Math.floor(n / 4));
        });
      fc.assert(fc.property(huge, (text) => void checkShape(text)), { numRuns: hugeRuns });
    },
    timeoutFor(hugeRuns, 2000),
  );

  const markupRuns = runsFor(2);
  it(
    'agrees with CommonMark as micromark renders it: finds exactly the Depends-On lines a reader sees (inline code, indented fences, comments, code blocks)',
    () => {
      fc.assert(
        fc.property(markdownBody, (text) => {
          const parsed = checkShape(text);
          const found = parsed.dependencies.map((dependency) => `${dependency.repository}#${dependency.number}`).sort();
          const rendered = renderedDependencies(text);
          // Problem texts may differ where a code span joins source lines into one shown line.
          expect({ found, problems: parsed.problems.length > 0 }).toEqual({ found: rendered.found, problems: rendered.problems.length > 0 });
        }),
        { numRuns: markupRuns },
      );
    },
    timeoutFor(markupRuns, 20),
  );
});

/**
 * The oracle: micromark's HTML (raw HTML passed through, as GitHub passes comments),
 * with what a browser does not show taken out — comments (an unclosed one hides the
 * rest), code blocks (`<pre>`) — then tags dropped and entities decoded; each shown
 * line that reads `Depends-On: owner/repo#N` (after a bullet, in raw HTML) is a dependency, any other shown line
 * naming Depends-On must be reported as a problem (never dropped).
 */
function renderedDependencies(markdown: string): { found: string[]; problems: string[] } {
  const html = micromark(markdown, { allowDangerousHtml: true });
  const shown = html
    .replace(/<!--(?:->|>|[\s\S]*?(?:--!?>|$))/g, '\n')
    .replace(/<pre>[\s\S]*?<\/pre>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const found = new Set<string>();
  const problems: string[] = [];
  for (const line of shown.split('\n')) {
    // Inside raw HTML a list or quote marker shows as written; a reader still reads the line.
    const match = /^\s*(?:[-*+]\s+|>\s*)?Depends-On: (lsst\/[a-z_]+#\d+)\s*$/.exec(line);
    if (match) found.add(match[1]!);
    else if (line.includes('Depends-On')) problems.push(line.trim());
  }
  return { found: [...found].sort(), problems: problems.sort() };
}

const dependency = fc.tuple(fc.constantFrom('pipe_tasks', 'afw', 'daf_butler'), fc.integer({ min: 1, max: 60 })).map(([repo, number]) => `Depends-On: lsst/${repo}#${number}`);
const words = fc.constantFrom('Fixes the thing.', 'See the notes', 'Tested locally', 'and more text', '');
/** Markup that once hid (or must hide) the lines after it. */
const markupSegment: fc.Arbitrary<string[]> = fc.oneof(
  dependency.map((line) => [line]),
  words.map((line) => [line]),
  fc.constantFrom(
    ['Use `<!--` to hide text.'],
    ['Use ``<!--`` or `-->` in text.'],
    ['Write ``` ``` ``` for a fence.'],
    ['a <!-- b'],
    ['text `with code'],
    ['Escaped \\`<!--'],
    ['', '    ```'],
    ['    ```'],
    ['   ```'],
    [''],
    ['<details>', '<summary>more</summary>', ''],
    ['</details>'],
    ['<div>', '<!-->', '</div>', ''],
    ['<!--->'],
    ['<p>', '<!-- x --!>', '</p>', ''],
    ['> quoted'],
    ['- item'],
  ).map((lines) => [...lines]),
  fc.tuple(dependency, fc.constantFrom('<!-- x ', 'a <!-- ')).map(([line, open]) => [`${open}${line.replace(/^/, '')} -->`]),
  fc.tuple(fc.array(dependency, { minLength: 1, maxLength: 2 }), fc.constantFrom('```', '~~~', '````')).map(([lines, fence]) => ['', `${fence}text`, ...lines, fence, '']),
  fc.array(dependency, { minLength: 1, maxLength: 2 }).map((lines) => ['', ...lines.map((line) => `    ${line}`), '']),
  fc.array(dependency, { minLength: 1, maxLength: 2 }).map((lines) => ['', '<!--', ...lines, '-->', '']),
  dependency.map((line) => [`\`${line}\``]),
  dependency.map((line) => [`- ${line}`]),
  dependency.map((line) => [`> ${line}`]),
);
const markdownBody = fc.array(markupSegment, { maxLength: 14 }).map((segments) => segments.flat().join('\n'));
