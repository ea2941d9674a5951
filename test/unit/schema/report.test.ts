/** The schema-diff Report from judged messages: findings said once, spans for repository text, the verdict apart from the words. */
import { describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { plainText, prose } from '../../../src/report/model.js';
import { renderText } from '../../../src/report/text.js';
import type { MessageResult } from '../../../src/schema/message-check.js';
import type { MessageSchema } from '../../../src/schema/model.js';
import { buildSchemaReport, type ReportInputs } from '../../../src/schema/report.js';
import { findRule } from '../../../src/schema/rules.js';

const OUTSIDE = 'base class `lib.Base` of A comes from outside the repository (lib.Base): its fields are unknown and not checked';

function schema(name: string, warnings: MessageSchema['warnings']): MessageSchema {
  return { name, kind: 'dataclass', file: 'm.py', line: 1, fields: [], extra: 'forbid', warnings };
}

function result(name: string, field: string | undefined, warnings: MessageSchema['warnings'] = []): MessageResult {
  const changes = field === undefined ? [] : [{ kind: 'field-added' as const, field, to: 'int', file: 'm.py', line: 3, breaking: true, rule: findRule({ kind: 'field-added', field }, 'strict', 'consumer'), decoder: 'strict' }];
  return {
    spec: { name, schema: `m.py#${name}`, role: 'consumer', decoder: 'strict' },
    head: schema(name, warnings),
    decoder: 'strict',
    decoderLabel: 'strict',
    changes,
    notes: [],
    requiredBump: changes.length ? 'major' : 'none',
  };
}

function inputs(results: MessageResult[]): ReportInputs {
  const requiredBump = results.some((r) => r.requiredBump === 'major') ? 'major' : 'none';
  return { results, peers: [], malformedPairs: [], requiredBump, versions: { current: '1.0.0', proposed: '2.0.0', proposedFrom: 'CHANGELOG.md' }, approved: false, approveLabel: 'approve-break' };
}

describe('buildSchemaReport', () => {
  it('says an extraction warning once, on the first message that meets it', () => {
    const warning = { message: OUTSIDE, spans: prose(OUTSIDE), file: 'm.py', line: 2 };
    const report = buildSchemaReport(inputs([result('a', undefined, [warning]), result('b', undefined, [warning, { ...warning, message: 'other', spans: prose('other') }])]));
    const warnings = report.findings.filter((f) => f.id === 'schema/unknown-fields');
    expect(warnings.map((f) => [f.title, f.message])).toEqual([
      ['a: incomplete schema', OUTSIDE],
      ['b: incomplete schema', 'other'],
    ]);
    // The warning's code (between backticks in its words) is a code span in markdown.
    expect(warnings[0]?.messageSpans?.filter((span) => span.kind === 'code').map((span) => span.text)).toEqual(['lib.Base']);
  });

  it('keeps a hostile field name inside its code span in every place it is shown, and cls(**message) as written', () => {
    const field = 'x`y|z**';
    const report = buildSchemaReport(inputs([result('visit', field)]));
    const [change] = report.findings;
    expect(change?.message).toBe(
      'Field `x`y|z**` added (`int`): a strict reader maps keys one to one: a key only one side knows fails `cls(**message)`. Breaking for a reader (consumer), strict decoding, `cls(**message)`: it needs a major release, and the peers must move with it.',
    );
    expect(change?.messageSpans?.filter((span) => span.kind === 'code').map((span) => span.text)).toEqual([field, 'int', 'cls(**message)', 'cls(**message)']);
    const html = micromark(renderMarkdown(report, { overflow: report.findings }), { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    const codes = [...html.matchAll(/<code>([^<]*)<\/code>/g)].map((match) => match[1]);
    // The changes table's field cell and the finding's message; the title shows it as text.
    expect(codes.filter((text) => text === field)).toHaveLength(2);
    expect(codes.filter((text) => text === 'cls(**message)').length).toBeGreaterThanOrEqual(3);
    expect(html).toContain(`<strong>visit: field added ${field}</strong>`);
    expect(renderText(report)).toContain(`\`${field}\``);
  });

  it('passes a major bump proposed for a major change, and says why in the Version paragraph', () => {
    const report = buildSchemaReport(inputs([result('visit', 'b')]));
    expect(report.verdict).toBe('pass');
    expect(report.headline).toBe('Required bump: major; 2.0.0 (CHANGELOG.md) is a major bump from 1.0.0');
    const version = report.blocks.flatMap((block) => (block.kind === 'paragraph' ? [plainText(block.text)] : [])).at(-1);
    expect(version).toBe('Required bump: major. 2.0.0 (CHANGELOG.md) is a major bump from 1.0.0.');
  });
});
