/** Several named env pairs → one report: worst verdict, a section per pair, findings that carry their pair. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { combinePairReports } from '../../../src/env/pairs-report.js';
import type { EnvDiffData } from '../../../src/env/model.js';
import { inline, type Finding, type Report } from '../../../src/report/model.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderReportComment } from '../../../src/report/comment-markdown.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { renderText } from '../../../src/report/text.js';
import { renderWorkflowCommands, selectAnnotations } from '../../../src/report/annotations.js';

const blocked: Finding = { id: 'env/blocked', severity: 'error', title: 'SASQUATCH_URL still required', message: 'usdfprod runs 1.0.0', file: 'values.yaml', line: 3 };

function pairReport(verdict: 'pass' | 'fail', headline: string, findings: Finding[] = []): Report<EnvDiffData> {
  return {
    command: 'env-diff',
    verdict,
    headline,
    findings,
    blocks: [{ kind: 'heading', text: inline`Variables` }, { kind: 'paragraph', text: inline`about ${headline}` }],
    data: { verdict, changes: [], guidance: [], parity: [], deployed: [], environments: [] },
  };
}

const combined = combinePairReports([
  { name: 'prompt-keda', report: pairReport('pass', 'no environment variable changes') },
  { name: 'next-visit-fan-out', report: pairReport('fail', 'blocked: SASQUATCH_URL', [blocked]) },
]);

describe('combinePairReports', () => {
  it('fails when any pair fails, names every pair in the headline and keeps each pair\'s JSON under its name', () => {
    expect(combined.verdict).toBe('fail');
    // Failing pairs lead the headline; pairs that say the same thing share it.
    expect(combined.headline).toBe('next-visit-fan-out: blocked: SASQUATCH_URL; prompt-keda: no environment variable changes');
    const quiet = combinePairReports(['a', 'b', 'c'].map((name) => ({ name, report: pairReport('pass', 'no environment variable changes') })));
    expect(quiet.headline).toBe('a, b, c: no environment variable changes');
    expect(combined.data).toEqual({
      verdict: 'fail',
      pairs: [
        { name: 'prompt-keda', verdict: 'pass', changes: [], guidance: [], parity: [], deployed: [], environments: [] },
        { name: 'next-visit-fan-out', verdict: 'fail', changes: [], guidance: [], parity: [], deployed: [], environments: [] },
      ],
    });
    expect(combinePairReports([{ name: 'a', report: pairReport('pass', 'x') }]).verdict).toBe('pass');
  });

  it('renders a section per pair with its own verdict, the pair\'s headings one level below', () => {
    const markdown = renderMarkdown(combined);
    expect(markdown).toContain('### ✅ prompt-keda: no environment variable changes\n\n#### Variables\n\nabout no environment variable changes');
    expect(markdown).toContain('### ❌ next-visit-fan-out: blocked: SASQUATCH_URL\n\n#### Variables');
    expect(renderReportComment(combined)).toContain('#### ❌ next-visit-fan-out: blocked: SASQUATCH_URL\n\n##### Variables');
    const text = renderText(combined);
    expect(text).toContain('next-visit-fan-out: blocked: SASQUATCH_URL — FAIL\n====');
    expect(text).toContain('values.yaml:3: error: next-visit-fan-out: SASQUATCH_URL still required — usdfprod runs 1.0.0 [env/blocked]');
  });

  it('titles annotations with the pair', () => {
    expect(renderWorkflowCommands(selectAnnotations(combined.findings).shown)).toBe('::error file=values.yaml,line=3,title=next-visit-fan-out%3A SASQUATCH_URL still required::usdfprod runs 1.0.0');
  });

  it('gives the same finding in two pairs two SARIF results with their pair, and keeps the fingerprint of an unnamed one', () => {
    const both = combinePairReports([
      { name: 'a', report: pairReport('fail', 'x', [blocked]) },
      { name: 'b', report: pairReport('fail', 'x', [blocked]) },
    ]);
    const results = (report: Report) => JSON.parse(renderSarif([report], { fallbackFile: '.github/lockstep.yml' })).runs[0].results as Array<{ properties?: object; partialFingerprints: Record<string, string> }>;
    const [a, b] = results(both);
    expect([a!.properties, b!.properties]).toEqual([{ pair: 'a' }, { pair: 'b' }]);
    expect(a!.partialFingerprints).not.toEqual(b!.partialFingerprints);
    const [single] = results(pairReport('fail', 'x', [blocked]));
    expect(single!.properties).toBeUndefined();
    // Unnamed findings keep the fingerprints they had: sha256 of [id, file, title], nothing more.
    const before = createHash('sha256').update(JSON.stringify(['env/blocked', 'values.yaml', 'SASQUATCH_URL still required'])).digest('hex').slice(0, 32);
    expect(single!.partialFingerprints['lockstepFinding/v1']).toBe(before);
  });
});
