import { describe, expect, it } from '@jest/globals';
import { mergeGuidance } from '../../../src/env/model.js';
import { RULES } from '../../../src/env/rules.js';

describe('mergeGuidance', () => {
  it('keeps the strictest order per variable, with its environments and messages only', () => {
    const merged = mergeGuidance([
      { name: 'X', order: 'safe', environments: ['dev'], message: 'dev does not read it.' },
      { name: 'X', order: 'blocked', environments: ['prod'], message: 'prod requires it.' },
      { name: 'X', order: 'blocked', environments: ['summit'], message: 'summit requires it.' },
      { name: 'A', order: 'config-first', environments: [], message: 'set A first.' },
    ]);
    expect(merged).toEqual([
      { name: 'X', order: 'blocked', environments: ['prod', 'summit'], message: 'prod requires it. summit requires it.' },
      { name: 'A', order: 'config-first', environments: [], message: 'set A first.' },
    ]);
  });
});

describe('the rule table', () => {
  it('gives every rule its own id and one message', () => {
    const ids = Object.values(RULES).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of Object.values(RULES)) {
      expect(rule.id).toMatch(/^env\/[a-z-]+$/);
      expect(rule.message({ name: 'X', workload: 'service', environments: ['prod'], environment: 'prod', version: '1.0.0' })).toMatch(/\.$/);
    }
  });

  it('makes only blocked orders errors among the order rules', () => {
    for (const rule of Object.values(RULES)) if (rule.order) expect(rule.severity === 'error').toBe(rule.order === 'blocked');
  });
});
