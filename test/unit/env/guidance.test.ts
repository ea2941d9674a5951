import { describe, expect, it } from '@jest/globals';
import { EnvFindings } from '../../../src/env/findings.js';
import { mergeGuidance } from '../../../src/env/model.js';
import { RULES, type Facts } from '../../../src/env/rules.js';
import { code, inline, plainText, text } from '../../../src/report/model.js';

const FULL: Facts = {
  name: 'X',
  workload: 'service',
  other: 'Y',
  condition: 'flag',
  default: '"1"',
  environments: ['prod', 'dev'],
  environment: 'prod, dev',
  version: '1.0.0',
  previous: '0.9.0',
  where: 'a.py:3',
  source: 'lsst-dm/prompt_processing',
  via: 'python/initializer/x.py → shared.raw.get_raw_path',
};

describe('mergeGuidance', () => {
  it('keeps the strictest order per variable, with its environments and messages only', () => {
    const merged = mergeGuidance([
      { name: 'X', order: 'safe', environments: ['dev'], message: [text('dev does not read it.')] },
      { name: 'X', order: 'blocked', environments: ['prod'], message: inline`prod requires it when ${code('a')}.` },
      { name: 'X', order: 'blocked', environments: ['summit'], message: [text('summit requires it.')] },
      { name: 'A', order: 'config-first', environments: [], message: [text('set A first.')] },
    ]);
    expect(merged).toEqual([
      {
        name: 'X',
        order: 'blocked',
        environments: ['prod', 'summit'],
        message: 'prod requires it when `a`. summit requires it.',
        spans: [text('prod requires it when '), code('a'), text('. summit requires it.')],
      },
      { name: 'A', order: 'config-first', environments: [], message: 'set A first.', spans: [text('set A first.')] },
    ]);
  });
});

describe('the rule table', () => {
  it('gives every rule its own id and one message', () => {
    const ids = Object.values(RULES).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of Object.values(RULES)) {
      expect(rule.id).toMatch(/^env\/[a-z-]+$/);
      expect(plainText(rule.message(FULL))).toMatch(/\.$/);
    }
  });

  it('declares every fact its message reads, so `hit` can demand them (no "undefined" in a message)', () => {
    for (const rule of Object.values(RULES)) {
      const read = new Set<string>();
      const spy = new Proxy(FULL, { get: (target, key: string) => (read.add(key), target[key as keyof Facts]) });
      rule.message(spy);
      expect({ id: rule.id, reads: [...read].filter((key) => !(rule.needs as readonly string[]).includes(key)) }).toEqual({ id: rule.id, reads: [] });
    }
  });

  it('writes what comes from a repository as text, never as markup: a default with backticks stays as written', () => {
    const spans = RULES.codeAddsOptional.message({ ...FULL, default: '"`rm -rf`"' });
    expect(spans.filter((span) => span.kind === 'code')).toEqual([]);
    expect(plainText(spans)).toContain('"`rm -rf`"');
    const flagged = RULES.conditionOnMissing.message({ ...FULL, condition: 'A and `B`' });
    expect(flagged.filter((span) => span.kind === 'code')).toEqual([code('A and `B`')]);
  });

  it('makes only blocked orders errors among the order rules', () => {
    for (const rule of Object.values(RULES)) if (rule.order) expect(rule.severity === 'error').toBe(rule.order === 'blocked');
  });
});

describe('a hit without the facts its rule needs', () => {
  it('does not compile, and fails loudly if forced', () => {
    const out = new EnvFindings();
    // @ts-expect-error configChanges needs `other` and `previous`
    expect(() => out.hit(RULES.configChanges, { name: 'X', workload: 'service' })).toThrow('internal error: rule env/config-changes needs other, previous');
    expect(out.findings).toEqual([]);
  });
});
