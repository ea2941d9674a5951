/** `--fail-on` / `fail-on`: which severities fail a check, held against a rank oracle. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyFailOn, parseFailOn, type FailOn } from '../../../src/report/fail-on.js';
import { inline, type Finding, type Report, type Severity } from '../../../src/report/model.js';

function report(verdict: 'pass' | 'fail', severities: Severity[]): Report<{ verdict: string }> {
  const findings: Finding[] = severities.map((severity, i) => ({ id: `rule-${i}`, severity, title: `t${i}`, message: `m${i}` }));
  return { command: 'schema-diff', verdict, headline: 'No wire change', findings, blocks: [], data: { verdict } };
}

/** The oracle: `error` keeps the check's verdict; a lower level also fails on any finding at or above it. */
function expected(verdict: 'pass' | 'fail', severities: Severity[], level: FailOn): 'pass' | 'fail' {
  const rank = { notice: 0, warning: 1, error: 2 } as const;
  const threshold = { note: 0, warning: 1, error: Infinity }[level];
  return verdict === 'fail' || severities.some((s) => rank[s] >= threshold) ? 'fail' : 'pass';
}

describe('fail-on', () => {
  it('each level against the oracle, for any findings and verdict', () => {
    const severity = fc.constantFrom<Severity>('error', 'warning', 'notice');
    fc.assert(
      fc.property(fc.constantFrom<'pass' | 'fail'>('pass', 'fail'), fc.array(severity, { maxLength: 6 }), fc.constantFrom<FailOn>('error', 'warning', 'note'), (verdict, severities, level) => {
        const held = applyFailOn(report(verdict, severities), level);
        expect(held.verdict).toBe(expected(verdict, severities, level));
        expect(held.data.verdict).toBe(held.verdict); // the JSON contract agrees with the exit code
        expect(held.findings).toEqual(report(verdict, severities).findings); // findings are never dropped or changed
      }),
    );
  });

  it('error (the default) keeps a pass with errors the check itself passed (approve label, gate sweep)', () => {
    expect(applyFailOn(report('pass', ['error', 'warning']), 'error').verdict).toBe('pass');
  });

  it('warning: a warning fails, a note does not; the headline and the body say why', () => {
    const failed = applyFailOn(report('pass', ['warning', 'warning', 'notice']), 'warning');
    expect(failed.headline).toBe('No wire change — failed on 2 warnings (fail-on: warning)');
    expect(failed.blocks).toEqual([{ kind: 'paragraph', text: inline`The check failed on 2 warnings (fail-on: warning): with fail-on warning, a warning fails it.` }]);
    expect(applyFailOn(report('pass', ['notice']), 'warning').verdict).toBe('pass');
  });

  it('note: any finding fails', () => {
    expect(applyFailOn(report('pass', ['notice']), 'note').headline).toBe('No wire change — failed on 1 note (fail-on: note)');
    expect(applyFailOn(report('pass', []), 'note').verdict).toBe('pass');
  });

  it('parses the three levels, empty as the default, and refuses anything else naming where it came from', () => {
    expect(['error', 'warning', 'note', ' Warning ', ''].map((v) => parseFailOn(v, '--fail-on'))).toEqual(['error', 'warning', 'note', 'warning', 'error']);
    expect(() => parseFailOn('notice', "input 'fail-on'")).toThrow("input 'fail-on': expected error | warning | note, got 'notice'");
  });
});
