/**
 * The gate's sticky comment: where the PR stands, per dependency, what it waits
 * for and until when at the earliest, and the hidden record a later run reads.
 * Nothing in it depends on the wall clock of this run except the estimate,
 * which is kept in the record, so an unchanged state leaves the comment as is.
 */
import { escapeHtmlOutsideCode } from '../report/markdown.js';
import { code } from '../report/model.js';
import { embedRecord } from '../github/sticky-comment.js';
import { commentMarker } from '../report/pr-comment.js';
import type { PrEvaluation } from './evaluate-pr.js';
import { GATE_STATES } from './model.js';
import { GateRecordSchema, type GateRecord } from './record.js';

export const GATE_MARKER = commentMarker('gate');

const MARK = { pending: '⏳', success: '✅', failure: '❌' } as const;

export function renderGateComment(evaluation: PrEvaluation, record: GateRecord): string {
  // Parsed through the schema so keys come in one order: an unchanged record reads back byte for byte.
  return [GATE_MARKER, ...gateMarkdown(evaluation, 3).map(escapeHtmlOutsideCode), '', embedRecord(GateRecordSchema.parse(record)), ''].join('\n');
}

/** The markdown of one PR's gate, shared by the comment and the job summary. */
export function gateMarkdown(evaluation: PrEvaluation, level: number): string[] {
  const { json } = evaluation;
  const out: string[] = [];
  out.push(`${'#'.repeat(level)} ${MARK[json.status]} Science Pipelines gate: ${json.state}`, '');
  out.push(json.description.replace(/^[a-z-]+: /, ''), '');
  const position = GATE_STATES.indexOf(json.state);
  if (json.state !== 'failed' && json.state !== 'passed') {
    out.push(
      GATE_STATES.slice(0, 5)
        .map((state, index) => (index < position ? `~~${state}~~` : index === position ? `**${state}**` : state))
        .join(' → '),
      '',
    );
  }
  if (evaluation.problems.length > 0) {
    out.push('Depends-On lines the gate cannot follow (fix them in the PR description):', '');
    for (const problem of evaluation.problems) out.push(`- line ${problem.line}: ${code(problem.text)} — ${problem.message}`);
    out.push('');
  }
  if (evaluation.dependencies.length > 0) {
    out.push('| Upstream PR | State | Merged at |', '| --- | --- | --- |');
    for (const dependency of evaluation.dependencies) {
      const label = `${dependency.repository}#${dependency.number}`;
      const link = dependency.url ? `[${label}](${dependency.url})` : label;
      const state = dependency.merged
        ? 'merged'
        : dependency.state === 'missing'
          ? 'no such pull request'
          : dependency.state === 'unknown'
            ? `unreadable: ${dependency.error ?? ''}`
            : dependency.state === 'closed'
              ? 'closed without merging'
              : 'open';
      out.push(`| ${link} | ${state.replace(/\|/g, '\\|')} | ${dependency.mergedAt ?? ''} |`);
    }
    out.push('');
  }
  if (json.daily) out.push(`- Daily image: ${code(json.daily.tag)} created ${json.daily.created}, digest ${code(json.daily.digest)}`);
  else if (evaluation.checkedTags.length > 0) {
    out.push(`- Daily tags asked: ${evaluation.checkedTags.map((item) => `${code(item.tag)} ${item.outcome}${item.created ? ` (created ${item.created})` : ''}`).join(', ')}`);
  }
  if (json.base) out.push(`- Base image build: ${runText(json.base.run, json.base.conclusion, evaluation.baseUrl)}`);
  if (json.tests) out.push(`- Tests of ${code(json.head.slice(0, 7))}: ${runText(json.tests.run, json.tests.conclusion, evaluation.testsUrl)}`);
  if (evaluation.estimate) out.push(`- Earliest merge: ${evaluation.estimate}`);
  return out;
}

function runText(run: number | null, conclusion: string | null, url: string | null): string {
  const name = run === null ? 'dispatched, run not seen yet' : url ? `[run ${run}](${url})` : `run ${run}`;
  return `${name}${run === null ? '' : `: ${conclusion ?? 'in progress'}`}`;
}
