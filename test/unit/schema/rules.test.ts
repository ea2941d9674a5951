import { describe, expect, it } from '@jest/globals';
import { RULES, findRule, judge, maxBump, type DecoderKind, type Direction } from '../../../src/schema/rules.js';
import type { ChangeKind, SchemaChange } from '../../../src/schema/diff.js';

const KINDS: ChangeKind[] = [
  'field-added', 'field-removed', 'field-renamed', 'type-changed', 'became-optional', 'became-required',
  'enum-value-added', 'enum-value-removed', 'literal-value-added', 'literal-value-removed', 'message-added', 'message-removed',
  'message-kind-changed',
];
const DECODERS: DecoderKind[] = ['strict', 'pydantic-ignore', 'pydantic-forbid'];
const DIRECTIONS: Direction[] = ['consumer', 'producer'];
const VARIANTS: Partial<SchemaChange>[] = [{ required: true }, { required: false }, { relation: 'widened' }, { relation: 'narrowed' }, { relation: 'incompatible' }];

describe('the rule table', () => {
  it('covers every decoder × direction × change kind (no fallback rule is ever used)', () => {
    for (const decoder of DECODERS)
      for (const direction of DIRECTIONS)
        for (const kind of KINDS)
          for (const variant of VARIANTS) {
            const rule = findRule({ kind, ...variant }, decoder, direction);
            expect(rule.id).not.toMatch(/^unknown-/);
          }
  });

  it('covers a decoder function as consumer (its only role) for every change kind, each function row naming the function', () => {
    for (const kind of KINDS)
      for (const variant of VARIANTS) {
        const rule = findRule({ kind, ...variant }, 'function', 'consumer');
        expect(rule.id).not.toMatch(/^unknown-/);
        if (rule.decoder === 'function') expect(rule.id).toMatch(/^function-consumer-/);
      }
    expect(findRule({ kind: 'field-removed', required: true }, 'function', 'consumer')).toMatchObject({ breaking: false, bump: 'minor', severity: 'notice' });
    expect(findRule({ kind: 'type-changed', relation: 'incompatible' }, 'function', 'consumer')).toMatchObject({ breaking: true, bump: 'major', severity: 'error' });
  });

  it('has one id per rule, and a one-line why for each', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.why).not.toContain('\n');
      expect(rule.why.length).toBeGreaterThan(15);
    }
  });

  it('judges `both` as the stricter of consumer and producer', () => {
    const added: SchemaChange = { kind: 'enum-value-added', field: 'dome' };
    expect(judge(added, 'strict', 'consumer').breaking).toBe(false);
    expect(judge(added, 'strict', 'producer').breaking).toBe(true);
    expect(judge(added, 'strict', 'both')).toMatchObject({ breaking: true, rule: { id: 'producer-enum-value-added' } });
  });

  it('bumps: the max over changes', () => {
    expect(maxBump([])).toBe('none');
    expect(maxBump(['minor', 'none'])).toBe('minor');
    expect(maxBump(['minor', 'major', 'patch'])).toBe('major');
  });
});
