/**
 * Inline spans through every renderer: code is shown as written (PP's `cls(**message)` keeps its
 * stars in every format), text is never read as markup, and hostile repository text (backticks in
 * code, `|` in a table cell, `**`, `<`, line breaks) stays what it was. Oracle for markdown:
 * micromark with GFM, what GitHub renders.
 */
import { describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { renderWorkflowCommands, selectAnnotations } from '../../../src/report/annotations.js';
import { renderBlocksMarkdown, renderMarkdown } from '../../../src/report/markdown.js';
import { code, concat, findingMessage, inline, joinInline, link, plainText, prose, strong, struck, text, type Block, type Finding, type Report } from '../../../src/report/model.js';
import { renderReport } from '../../../src/report/render.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { renderText } from '../../../src/report/text.js';
import { parseAnnotations } from '../../support/action-harness.js';

function html(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** The text of every <code> element, entities decoded. */
function codeTexts(rendered: string): string[] {
  return [...rendered.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((match) => decode(match[1] ?? ''));
}

function decode(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The HTML of markdown without its tags: what a reader sees. */
function shown(markdown: string): string {
  return decode(html(markdown).replace(/<[^>]*>/g, ''));
}

const STRICT = inline`Breaking for a reader (consumer), strict decoding, ${code('cls(**message)')}: it needs a major release.`;
const finding: Finding = { id: 'strict-field-added', severity: 'error', title: 'next-visit: field added visitId', ...findingMessage(STRICT), file: 'visit.py', line: 4 };
const report: Report = {
  command: 'schema-diff',
  verdict: 'fail',
  headline: 'Needs a major bump',
  findings: [finding],
  blocks: [{ kind: 'paragraph', text: inline`The reader: ${code('cls(**message)')}.` }],
  data: { why: plainText(STRICT) },
};

describe('inline content', () => {
  it('merges text, splices spans and content, drops nothing-values', () => {
    expect(inline`a ${'b'} ${code('c')}${[text('d'), strong('e')]}${undefined}${false} ${3}`).toEqual([text('a b '), code('c'), text('d'), strong('e'), text(' 3')]);
    expect(joinInline([[code('x')], 'y', text('z')], ', ')).toEqual([code('x'), text(', y, z')]);
    expect(concat('a', undefined, [code('b')], ' c')).toEqual([text('a'), code('b'), text(' c')]);
  });

  it('reads fixed prose with code between backticks', () => {
    expect(prose('fails `cls(**message)` here')).toEqual([text('fails '), code('cls(**message)'), text(' here')]);
  });

  it('is plain text with code as written between backticks, emphasis without markers, links with their address', () => {
    expect(plainText(inline`${strong('Decoder:')} ${code('cls(**message)')}, ${struck('old')} see ${link('docs', 'https://x.test/a')}`)).toBe(
      'Decoder: `cls(**message)`, old see docs <https://x.test/a>',
    );
  });
});

describe('cls(**message) in every format', () => {
  it('text', () => {
    const out = renderText(report);
    expect(out).toContain('The reader: `cls(**message)`.');
    expect(out).toContain('strict decoding, `cls(**message)`: it needs');
    expect(out).not.toContain('cls(message)');
  });

  it('markdown: a code element with the stars, in the body and in the findings table', () => {
    const out = renderMarkdown(report, { overflow: [finding] });
    expect(codeTexts(html(out)).filter((value) => value === 'cls(**message)')).toHaveLength(2);
    expect(shown(out)).not.toContain('cls(message)');
  });

  it('GitHub annotations and SARIF: the message as written', () => {
    const { shown: annotations } = selectAnnotations(report.findings);
    const [annotation] = parseAnnotations(renderWorkflowCommands(annotations));
    expect(annotation?.message).toBe('Breaking for a reader (consumer), strict decoding, `cls(**message)`: it needs a major release.');
    const sarif = JSON.parse(renderSarif([report], { fallbackFile: '.github/lockstep.yml' })) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]?.results[0]?.message.text).toContain('strict decoding, `cls(**message)`: it needs');
  });

  it('JSON: the data as given', () => {
    expect(JSON.parse(renderReport(report, 'json'))).toEqual({ why: 'Breaking for a reader (consumer), strict decoding, `cls(**message)`: it needs a major release.' });
  });
});

describe('markdown of hostile spans', () => {
  const render = (blocks: Block[]) => renderBlocksMarkdown(blocks, 3);

  it('fences code by a backtick run longer than any inside it, and pads code that starts or ends with one', () => {
    for (const value of ['a`b', '``x``', '`lead', 'trail`', ' both ', 'cls(**message)', '<img src=x>', '|pipe|', '']) {
      const out = render([{ kind: 'paragraph', text: inline`x ${code(value)} y` }]);
      expect(codeTexts(html(out))).toEqual([value === '' ? ' ' : value]);
    }
  });

  it('shows text with markdown characters as written: no emphasis, no code, no link, no tag, no strikethrough', () => {
    const hostile = '**bold** _em_ `tick` [a](http://x) <img src=x onerror=alert(1)> ~~del~~ a~b~ \\* # not a heading';
    const out = render([{ kind: 'paragraph', text: inline`${hostile}` }, { kind: 'list', items: [inline`${hostile}`] }, { kind: 'heading', text: inline`${hostile}` }]);
    // GitHub links a bare address as written (GFM autolink literal); nothing else becomes markup.
    const rendered = html(out).replaceAll('<a href="http://x">http://x</a>', 'http://x');
    expect(rendered).not.toMatch(/<(strong|em|code|a|img|del)\b/);
    expect(shown(out).split('\n').filter((line) => line.includes('bold'))).toEqual([hostile, hostile, hostile]);
  });

  it('keeps a name with underscores as it is written in the markdown source', () => {
    expect(render([{ kind: 'paragraph', text: inline`SKY_MAP and LEGACY_MODE` }])).toBe('SKY_MAP and LEGACY_MODE\n');
  });

  it('starts no block from a paragraph or a list item (a heading, a list, a fence, a quote)', () => {
    const out = render([{ kind: 'paragraph', text: inline`# h\n- item\n1. one\n~~~\n> quote` }, { kind: 'list', items: [inline`# h2`, inline`- nested`] }]);
    expect(html(out)).not.toMatch(/<(h\d|ol|pre|blockquote)\b/);
    expect((html(out).match(/<li>/g) ?? []).length).toBe(2);
  });

  it('keeps a table cell in its cell: `|` in text and in code, a line break as <br>', () => {
    const out = render([{ kind: 'table', headers: ['a|b', 'c'], rows: [[inline`x | y\nz`, inline`${code('p|q')} **s**`]] }]);
    const rendered = html(out);
    expect((rendered.match(/<td>/g) ?? []).length).toBe(2);
    expect(rendered).toContain('<td>x | y<br>z</td>');
    expect(codeTexts(rendered)).toEqual(['p|q']);
    expect(rendered).not.toContain('<strong>');
    expect((rendered.match(/<th>/g) ?? []).length).toBe(2);
  });

  it('keeps code with a backslash before `|` in its cell: no cell split, no raw HTML or comment after it', () => {
    // GFM reads `\\` before the escaped pipe as an escaped backslash, so `\\|` would end the cell
    // mid-code-span and the rest of the cell (a config ignore reason, a file name) would be raw HTML.
    for (const value of ['a\\| <img src=x> <!-- hide', 'a\\\\\\| <img src=x>', '\\|<details>']) {
      const out = render([{ kind: 'table', headers: ['a', 'b'], rows: [[[code(value)], inline`z`]] }]);
      const rendered = html(out);
      expect((rendered.match(/<td>/g) ?? []).length).toBe(2);
      expect(rendered).not.toMatch(/<(img|details)\b|<!--/);
      expect(codeTexts(rendered)).toEqual([value]);
    }
  });

  it('keeps an ignore reason from the PR\'s config in its cell of the Ignored table', () => {
    const reason = 'ok\\| <img src=x> <!-- hidden -->';
    const ignored: Finding = { ...finding, ignored: { reason, source: 'config', until: null, file: '.github/lockstep.yml', line: 3 } };
    const out = renderMarkdown({ ...report, findings: [ignored] });
    expect(html(out)).not.toMatch(/<img|<!--/);
    expect(shown(out)).toContain(reason);
  });

  it('keeps code after an address in text as code: a GFM autolink literal would take its opening backtick', () => {
    // A Python default `"http://x.y`<img src=x>`"` reaches an env message read through prose: text ending in an
    // address, then code. GitHub's autolink runs to the next space or `<`, so the backtick went into the link and the
    // code's content was read as HTML.
    for (const before of [text('default http://x.y'), text('see www.example.com/a'), strong('HTTPS://x.y/a')]) {
      for (const kind of ['paragraph', 'list', 'heading', 'table'] as const) {
        const content = [before, code('<img src=x> <!-- c --> **b**')];
        const block: Block =
          kind === 'list' ? { kind, items: [content] } : kind === 'table' ? { kind, headers: ['a', 'b'], rows: [[content, inline`z`]] } : { kind, text: content };
        const rendered = html(render([block]));
        expect(rendered).not.toMatch(/<img|<!--|<strong>b/);
        expect(codeTexts(rendered)).toEqual(['<img src=x> <!-- c --> **b**']);
      }
    }
  });

  it('keeps a schema warning quoting a hostile annotation inert (prose with an address before code)', () => {
    // python-extract warns "type annotation `<source text>` is not understood"; the PR writes the annotation.
    const annotation = 'foo("` http://x.y`<img src=x>`")';
    const warning: Finding = { id: 'schema/unknown-fields', severity: 'warning', title: 'next-visit: incomplete schema', ...findingMessage(prose(`type annotation \`${annotation}\` is not understood: read as Any`)) };
    const out = renderMarkdown({ ...report, findings: [warning] }, { overflow: [warning] });
    expect(html(out)).not.toMatch(/<img/);
  });

  it('keeps two code spans side by side apart: the first one\'s closing backtick would join the second one\'s fence', () => {
    const out = render([{ kind: 'paragraph', text: [code('a'), code('b`<img src=x>'), code('``c')] }]);
    expect(html(out)).not.toMatch(/<img/);
    expect(codeTexts(html(out))).toEqual(['a', 'b`<img src=x>', '``c']);
  });

  it('opens no fence from struck text that starts with a tilde (the rest of the report would become code)', () => {
    const out = render([{ kind: 'paragraph', text: [struck('~x')] }, { kind: 'paragraph', text: inline`after` }]);
    expect(html(out)).not.toMatch(/<pre/);
    expect(html(out)).toContain('<p>after</p>');
  });

  it('marks strong, struck and links, with their text escaped', () => {
    const out = render([{ kind: 'paragraph', text: inline`${strong('a*b')} ${struck('old')} ${link('x](y', 'https://example.com/a b(c)')}` }]);
    const rendered = html(out);
    expect(rendered).toContain('<strong>a*b</strong>');
    expect(rendered).toContain('<del>old</del>');
    expect(rendered).toContain('<a href="https://example.com/a%20b(c)">x](y</a>');
  });

  it('folds a summary as text, never as HTML', () => {
    const out = render([{ kind: 'details', summary: inline`</summary><img src=x> ${code('a')}`, blocks: [{ kind: 'paragraph', text: inline`inner` }] }]);
    expect(out).toContain('<summary>&lt;/summary&gt;&lt;img src=x&gt; `a`</summary>');
  });
});

describe('text of hostile spans', () => {
  it('prints code as written, keeps a table row on its lines, and shows markup characters as they are', () => {
    const hostile: Report = {
      ...report,
      findings: [],
      blocks: [
        { kind: 'table', headers: ['field', 'why'], rows: [[[code('a`b|c')], inline`**x** | y\nz`]] },
        { kind: 'list', items: [inline`line one\nline two`] },
      ],
    };
    const out = renderText(hostile);
    expect(out).toMatch(/^`a`b\|c`\s+\*\*x\*\* \| y z$/m);
    expect(out).toContain('  • line one line two');
  });
});
