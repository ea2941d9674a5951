/**
 * Witnesses without python3: every breaking rule's change kind has a builder, compatible changes
 * get none, and repository text in a witness (field names, values) stays inside its code span in
 * the summary. CPython checks the witnesses themselves (test/integration/schema/witness-cpython.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { RULES, findRule } from '../../../src/schema/rules.js';
import { WITNESS_BUILDERS, buildWitness, initError, parsePath, type RuledChange, type Witness } from '../../../src/schema/witness.js';
import { witnessBlock } from '../../../src/schema/report.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import type { MessageField, MessageSchema, WireType } from '../../../src/schema/model.js';
import { plainText, type Report } from '../../../src/report/model.js';

/** CommonMark code spans: a backtick run closed by the next run of the same length (the field name holds a backtick). */
const CODE_SPANS = /(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g;

const field = (name: string, type: WireType, required = true): MessageField => ({ name, type, required, file: 'm.py', line: 1 });
const schema = (name: string, fields: MessageField[]): MessageSchema => ({ name, kind: 'dataclass', file: 'm.py', line: 1, fields, extra: 'forbid', warnings: [] });
const int: WireType = { kind: 'scalar', name: 'int' };

describe('witness builders', () => {
  it('every breaking rule of the table maps to a builder of its change kind', () => {
    for (const rule of RULES.filter((r) => r.breaking)) expect({ rule: rule.id, builder: typeof WITNESS_BUILDERS[rule.kind] }).toEqual({ rule: rule.id, builder: 'function' });
  });

  it('a compatible change has no witness', () => {
    const change = { kind: 'field-added', field: 'b', required: false } as const;
    const rule = findRule(change, 'pydantic-ignore', 'consumer');
    expect(rule.breaking).toBe(false);
    const judged: RuledChange = { ...change, rule, breaking: false };
    expect(buildWitness(judged, { base: schema('E', [field('a', int)]), head: schema('E', [field('a', int), field('b', int, false)]), decoder: 'pydantic-ignore', role: 'consumer' })).toBeUndefined();
  });

  it("each witness shows its own break: another change's key is left out of the payload", () => {
    const str: WireType = { kind: 'scalar', name: 'str' };
    const base = schema('Visit', [field('startTime', int), field('groupId', str)]);
    const head = schema('Visit', [field('startTime', int), field('group', str), field('exposureTime', int)]);
    const added = { kind: 'field-added', field: 'exposureTime', required: true } as const;
    const rule = findRule(added, 'strict', 'consumer');
    const witness = buildWitness({ ...added, rule, breaking: true }, { base, head, decoder: 'strict', role: 'consumer' });
    // Not "unexpected keyword argument 'groupId'" (the rename's break, which CPython meets first).
    expect(witness).toEqual({
      direction: 'old-to-new',
      payload: { startTime: 0 },
      reader: 'Visit(**message)',
      error: "TypeError: Visit.__init__() missing 2 required positional arguments: 'group' and 'exposureTime'",
    });
  });

  it('a field whose own name has a dot or a line break (JSON Schema allows both) is that field, not a path; no crash', () => {
    for (const name of ['x.y', 'a\nb', 'c\u2028d', 'e[]']) {
      const added = { kind: 'field-added', field: name, required: true } as const;
      const rule = findRule(added, 'pydantic-ignore', 'consumer');
      const witness = buildWitness({ ...added, rule, breaking: true }, { base: schema('E', [field('a', int)]), head: schema('E', [field('a', int), field(name, int)]), decoder: 'pydantic-ignore', role: 'consumer' });
      expect(witness?.payload).toEqual({ a: 0 });
      expect(witness?.error).toContain('Field required [type=missing]');
    }
  });

  it('reads dotted paths with list items and dict values', () => {
    expect(parsePath('datasets[].run')).toEqual([{ kind: 'field', name: 'datasets' }, { kind: 'item' }, { kind: 'field', name: 'run' }]);
    expect(parsePath('m{}.x')).toEqual([{ kind: 'field', name: 'm' }, { kind: 'value' }, { kind: 'field', name: 'x' }]);
  });

  it("words CPython's missing-argument TypeError for one, two and three fields", () => {
    const fields = ['a', 'b', 'c'].map((n) => field(n, int));
    expect(initError('E', fields, { a: 0, b: 0 })).toBe("TypeError: E.__init__() missing 1 required positional argument: 'c'");
    expect(initError('E', fields, { a: 0 })).toBe("TypeError: E.__init__() missing 2 required positional arguments: 'b' and 'c'");
    expect(initError('E', fields, {})).toBe("TypeError: E.__init__() missing 3 required positional arguments: 'a', 'b', and 'c'");
    expect(initError('E', fields, { a: 0, b: 0, c: 0, d: 0 })).toBe("TypeError: E.__init__() got an unexpected keyword argument 'd'");
  });
});

describe('witnesses in the summary', () => {
  const hostile = 'x<img src=x onerror=alert(1)>`|\ny';
  const rule = findRule({ kind: 'field-added', field: hostile }, 'strict', 'consumer');
  const change: RuledChange & { witness: Witness } = {
    kind: 'field-added',
    field: hostile,
    rule,
    breaking: true,
    witness: { direction: 'new-to-old', payload: { [hostile]: '</details><script>' }, reader: 'E(**message)', error: `TypeError: E.__init__() got an unexpected keyword argument '${hostile}'` },
  };
  const block = witnessBlock([change, { kind: 'became-optional', field: 'b' }])!;
  const report: Report = { command: 'schema-diff', verdict: 'fail', headline: 'h', findings: [], blocks: [block], data: {} };

  it('folds one line per witness under <details>, with the message, the reader and the error', () => {
    expect(block.kind).toBe('details');
    expect(block.kind === 'details' && plainText(block.summary)).toBe('Witnesses: a message each breaking change fails on (1)');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('<details>\n<summary>Witnesses: a message each breaking change fails on (1)</summary>');
    expect(markdown).toContain('the new side sends `');
    // The error holds a backtick (the field name's): its code span is fenced by two.
    expect(markdown).toContain('the old reader `E(**message)` → ``TypeError:');
  });

  it('keeps repository text inside code spans: no tag, no broken fold, no line break', () => {
    const markdown = renderMarkdown(report);
    const item = markdown.split('\n').find((l) => l.startsWith('- field-added'))!;
    // Outside code spans nothing can open a tag; inside them, HTML is shown as written.
    const outside = item.replace(CODE_SPANS, '');
    expect(outside).not.toMatch(/[<>]/);
    expect(item).not.toContain('\n');
    expect(markdown.replace(CODE_SPANS, '').match(/<\/details>/g)).toHaveLength(1);
    expect(markdown).not.toContain('onerror=alert(1)>`|\ny');
  });

  it('shows in the text report too', () => {
    expect(renderText(report)).toContain('Witnesses: a message each breaking change fails on (1)');
    expect(renderText(report)).toContain('the old reader `E(**message)` → `TypeError:');
  });
});
