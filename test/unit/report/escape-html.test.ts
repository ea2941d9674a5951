/**
 * escapeHtmlOutsideCode against micromark + GFM (the renderer GitHub follows): whatever the
 * repository text, the rendered HTML has no element but the paragraph and code spans, and
 * what the reader sees is the text as written.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { escapeHtmlOutsideCode } from '../../../src/report/markdown.js';

const render = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
const pieces = fc.constantFrom('<', '>', '`', '``', '\\', '<!--', '-->', '<img src=x>', '</details>', '<br>', 'a', ' ', '&', '&lt;', 'x');
const line = fc.array(pieces, { maxLength: 24 }).map((parts) => 'w ' + parts.join(''));

describe('escapeHtmlOutsideCode', () => {
  it('leaves no tag from the input in the rendered HTML (property, micromark + GFM as oracle)', () => {
    fc.assert(
      fc.property(line, (text) => {
        const tags = [...render(escapeHtmlOutsideCode(text)).matchAll(/<!--|<\/?[a-zA-Z][\w-]*/g)].map((m) => m[0]);
        expect(tags.filter((tag) => !['<p', '</p', '<code', '</code'].includes(tag))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent, so a summary that embeds escaped markdown stays as it was', () => {
    fc.assert(fc.property(line, (text) => expect(escapeHtmlOutsideCode(escapeHtmlOutsideCode(text))).toBe(escapeHtmlOutsideCode(text))));
  });

  it('keeps HTML inside code spans as written and escapes it outside', () => {
    expect(escapeHtmlOutsideCode('`<img>` then <img> and ``a`<b>`` \\`<i>`')).toBe('`<img>` then &lt;img&gt; and ``a`<b>`` \\`&lt;i&gt;`');
    expect(render(escapeHtmlOutsideCode('<!-- hides the rest'))).toBe('<p>&lt;!-- hides the rest</p>');
  });
});
