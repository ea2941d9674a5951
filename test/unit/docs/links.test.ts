/**
 * Every relative link in the README, CONTRIBUTING.md, CHANGELOG.md and docs/ reaches a file of
 * the repository, and every `#anchor` (on its own or after a markdown file) a heading of that
 * file, as GitHub names it. A section moved to another page breaks links quietly; this fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../support/action-harness.js';

/** The markdown files a reader walks: the top-level pages and everything under docs/. */
function pages(): string[] {
  const top = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].filter((file) => existsSync(path.join(PROJECT_ROOT, file)));
  const walk = (dir: string): string[] =>
    readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(file);
      return entry.name.endsWith('.md') ? [file] : [];
    });
  return [...top, ...walk('docs')];
}

/** The text without fenced blocks (a heading or link inside one is an example); lines kept. */
function withoutFences(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => block.replace(/[^\n]/g, ''));
}

/** The text without fenced blocks and inline code (a link inside them is an example, not a link); lines kept. */
function prose(text: string): string {
  return withoutFences(text).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/** GitHub's anchor for a heading: its rendered text lowercased, punctuation dropped, spaces as dashes. */
export function slug(heading: string): string {
  const rendered = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a markdown text: one per heading outside code blocks, repeats numbered -1, -2, … */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const match of withoutFences(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(match[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count === 0 ? base : `${base}-${count}`);
  }
  return out;
}

/** The broken relative links of `text` (the content of `file`, a path from the repository root). */
export function brokenLinks(file: string, text: string, root = PROJECT_ROOT): string[] {
  const broken: string[] = [];
  const lines = prose(text).split('\n');
  lines.forEach((line, index) => {
    for (const match of line.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [filePart, anchor] = target.split('#', 2) as [string, string | undefined];
      const where = `${file}:${index + 1}: ${target}`;
      if (filePart === '') {
        if (!anchors(text).has(anchor ?? '')) broken.push(`${where} (no heading with that anchor)`);
        continue;
      }
      const resolved = path.resolve(root, path.dirname(file), decodeURIComponent(filePart));
      if (path.relative(root, resolved).startsWith('..')) broken.push(`${where} (outside the repository)`);
      else if (!existsSync(resolved)) broken.push(`${where} (no such file)`);
      else if (anchor !== undefined && resolved.endsWith('.md') && statSync(resolved).isFile() && !anchors(readFileSync(resolved, 'utf8')).has(anchor))
        broken.push(`${where} (no heading with that anchor)`);
    }
  });
  return broken;
}

describe('markdown links', () => {
  it.each(pages())('%s: every relative link reaches a file of the repository, and every anchor a heading', (file) => {
    expect(brokenLinks(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))).toEqual([]);
  });

  it('the pages include the README, CONTRIBUTING.md and the action pages', () => {
    expect(pages()).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/actions/schema-diff.md', 'docs/actions/env-diff.md', 'docs/actions/pipelines-gate.md']));
  });

  it('names anchors as GitHub does', () => {
    expect([...anchors('## What fails a check (`fail-on`)\n### JSON (`--format json`, `result-json`)\n## Rules\n## Rules\n```\n# not a heading\n```\n')]).toEqual([
      'what-fails-a-check-fail-on',
      'json---format-json-result-json',
      'rules',
      'rules-1',
    ]);
    expect(slug('For Prompt Processing (the service repository)')).toBe('for-prompt-processing-the-service-repository');
    expect(slug('At scale: 50,000 modules (issue 13)')).toBe('at-scale-50000-modules-issue-13');
  });

  it('reports a missing file, a missing anchor and a link out of the repository (the check is not blind)', () => {
    const text = [
      '# Title',
      '[ok](README.md) [ok](#title) [ok](README.md#quick-start) [web](https://example.com/x.md)',
      '[gone](docs/nothing-here.md)',
      '[anchor](README.md#no-such-heading) [self](#nowhere)',
      '[out](../../etc/passwd)',
      '`[in code](nothing.md)`',
      '```',
      '[in a block](nothing.md)',
      '```',
    ].join('\n');
    expect(brokenLinks('page.md', text)).toEqual([
      'page.md:3: docs/nothing-here.md (no such file)',
      'page.md:4: README.md#no-such-heading (no heading with that anchor)',
      'page.md:4: #nowhere (no heading with that anchor)',
      'page.md:5: ../../etc/passwd (outside the repository)',
    ]);
  });
});
