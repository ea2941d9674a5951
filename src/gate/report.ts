/** A gate run → the one Report every renderer shows (summary, text, JSON, annotations). */
import { code, concat, findingMessage, inline, prose, type Block, type Finding, type Report } from '../report/model.js';
import { gateBlocks } from './comment-body.js';
import type { PrEvaluation } from './evaluate-pr.js';
import type { GateJson } from './model.js';
import type { GateRun } from './modes.js';

export function gateReport(run: GateRun, apiCalls: number, registryRequests: number): Report<GateJson> {
  const data: GateJson = { prs: run.evaluations.map((evaluation) => evaluation.json), apiCalls };
  const unwritten = run.evaluations.filter((evaluation) => evaluation.statusWriteError !== null);
  const failed = run.evaluations.filter((evaluation) => evaluation.json.status === 'failure');
  // A sweep reports failures on each PR's status; only a single-PR run fails with its PR.
  // A status the gate could not write fails any run: the PR may still show an older success.
  const verdict = unwritten.length > 0 || (run.mode !== 'sweep' && run.mode !== 'workflow-run' && failed.length > 0) ? 'fail' : 'pass';
  const [only] = run.evaluations.length === 1 ? run.evaluations : [];
  const state = only ? only.json.state : run.evaluations.map((evaluation) => `#${evaluation.json.number}:${evaluation.json.state}`).join(' ');
  return {
    command: 'gate',
    verdict,
    headline: headline(run),
    findings: run.evaluations.flatMap(evaluationFindings),
    blocks: runBlocks(run, apiCalls, registryRequests),
    data,
    outputs: { state },
  };
}

function evaluationFindings(evaluation: PrEvaluation): Finding[] {
  const findings: Finding[] = [];
  if (evaluation.statusWriteError !== null) {
    // The PR keeps whatever status it had, perhaps success: the job must not pass quietly.
    findings.push({
      id: 'gate/status-write-failed',
      severity: 'error',
      title: `PR #${evaluation.json.number}: status not written`,
      message: `could not set the status to ${evaluation.json.status} (${evaluation.json.description}): ${evaluation.statusWriteError}. The PR keeps its previous status, which may be wrong; re-run the job (or check the token's statuses: write permission).`,
    });
  }
  for (const problem of evaluation.problems) {
    findings.push({
      id: `gate/depends-on-${problem.kind}`,
      severity: 'error',
      title: `PR #${evaluation.json.number}: Depends-On line ${problem.line}`,
      ...findingMessage(concat(problem.text, ' — ', prose(problem.message))),
    });
  }
  for (const action of evaluation.actions.filter((item) => item.startsWith('could not'))) {
    // The PR keeps its old status (a required check stays unmet): worth a warning, not a failed job.
    findings.push({ id: 'gate/write-failed', severity: 'warning', title: `PR #${evaluation.json.number}: GitHub write failed`, message: `${action}. The PR's gate comment is not up to date (its status is); re-run the job, or check the token's pull-requests: write permission.` });
  }
  if (evaluation.json.status === 'failure' && evaluation.problems.length === 0) {
    findings.push({ id: 'gate/failed', severity: 'error', title: `PR #${evaluation.json.number}: gate failed`, message: evaluation.json.description });
  }
  return findings;
}

/** A table of the PRs, each PR's gate folded, what the run did, and its cost. */
function runBlocks(run: GateRun, apiCalls: number, registryRequests: number): Block[] {
  const blocks: Block[] = [];
  if (run.evaluations.length > 0) {
    blocks.push({
      kind: 'table',
      headers: ['PR', 'Head', 'State', 'Status', 'Description'],
      rows: run.evaluations.map(({ json }) => [inline`#${json.number}`, [code(json.head.slice(0, 7))], inline`${json.state}`, inline`${json.status}`, inline`${json.description}`]),
    });
  }
  for (const evaluation of run.evaluations) {
    const number = evaluation.json.number;
    blocks.push({ kind: 'details', summary: inline`PR #${number}: ${evaluation.json.state}`, blocks: gateBlocks(evaluation) });
    if (evaluation.actions.length > 0) blocks.push({ kind: 'list', items: evaluation.actions.map((action) => inline`#${number}: ${action}`) });
  }
  const perPull = run.mode === 'sweep' && run.evaluations.length > 0 ? ` (${(apiCalls / run.evaluations.length).toFixed(2)} per gated PR)` : '';
  blocks.push({ kind: 'list', items: [...run.notes, `GitHub API calls: ${apiCalls}${perPull}`, `registry requests: ${registryRequests}`].map((note) => inline`${note}`) });
  return blocks;
}

function headline(run: GateRun): string {
  const { evaluations } = run;
  const unwritten = evaluations.filter((evaluation) => evaluation.statusWriteError !== null);
  const [firstUnwritten] = unwritten;
  if (firstUnwritten)
    return `could not write the gate status of ${unwritten.map((evaluation) => `PR #${evaluation.json.number}`).join(', ')} (${firstUnwritten.statusWriteError}); it keeps its previous status`;
  const [only] = evaluations;
  if (!only) return `no gated PR to evaluate (${run.mode})`;
  if (evaluations.length === 1) return `PR #${only.json.number}: ${only.json.description}`;
  const failed = evaluations.filter((evaluation) => evaluation.json.status === 'failure').length;
  const pending = evaluations.filter((evaluation) => evaluation.json.status === 'pending').length;
  return `${evaluations.length} PRs: ${failed} failed, ${pending} pending, ${evaluations.length - failed - pending} passed`;
}
