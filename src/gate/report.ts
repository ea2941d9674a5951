/** A gate run → the one Report every renderer shows (summary, text, JSON, annotations). */
import type { Block, Finding, Report } from '../report/model.js';
import { code } from '../report/model.js';
import { gateMarkdown } from './comment-body.js';
import type { GateJson } from './model.js';
import type { GateRun } from './modes.js';

export function gateReport(run: GateRun, apiCalls: number, registryRequests: number): Report<GateJson> {
  const data: GateJson = { prs: run.evaluations.map((evaluation) => evaluation.json), apiCalls };
  const failed = run.evaluations.filter((evaluation) => evaluation.json.status === 'failure');
  const pending = run.evaluations.filter((evaluation) => evaluation.json.status === 'pending');
  const unwritten = run.evaluations.filter((evaluation) => evaluation.statusWriteError !== null);
  const findings: Finding[] = [];
  for (const evaluation of run.evaluations) {
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
        message: `${problem.text} — ${problem.message}`,
      });
    }
    for (const action of evaluation.actions.filter((item) => item.startsWith('could not'))) {
      // The PR keeps its old status (a required check stays unmet): worth a warning, not a failed job.
      findings.push({ id: 'gate/write-failed', severity: 'warning', title: `PR #${evaluation.json.number}: GitHub write failed`, message: `${action}. The PR's gate comment is not up to date (its status is); re-run the job, or check the token's pull-requests: write permission.` });
    }
    if (evaluation.json.status === 'failure' && evaluation.problems.length === 0) {
      findings.push({ id: 'gate/failed', severity: 'error', title: `PR #${evaluation.json.number}: gate failed`, message: evaluation.json.description });
    }
  }
  const blocks: Block[] = [];
  if (run.evaluations.length > 0) {
    blocks.push({
      kind: 'table',
      headers: ['PR', 'Head', 'State', 'Status', 'Description'],
      rows: run.evaluations.map((evaluation) => [
        `#${evaluation.json.number}`,
        code(evaluation.json.head.slice(0, 7)),
        evaluation.json.state,
        evaluation.json.status,
        evaluation.json.description,
      ]),
    });
  }
  for (const evaluation of run.evaluations) {
    blocks.push({ kind: 'details', summary: `PR #${evaluation.json.number}: ${evaluation.json.state}`, blocks: [{ kind: 'paragraph', text: gateMarkdown(evaluation, 4).join('\n') }] });
    if (evaluation.actions.length > 0) blocks.push({ kind: 'list', items: evaluation.actions.map((action) => `#${evaluation.json.number}: ${action}`) });
  }
  const perPull = run.mode === 'sweep' && run.evaluations.length > 0 ? ` (${(apiCalls / run.evaluations.length).toFixed(2)} per gated PR)` : '';
  blocks.push({ kind: 'list', items: [...run.notes, `GitHub API calls: ${apiCalls}${perPull}`, `registry requests: ${registryRequests}`] });

  const headline =
    unwritten.length > 0
      ? `could not write the gate status of ${unwritten.map((evaluation) => `PR #${evaluation.json.number}`).join(', ')} (${unwritten[0]!.statusWriteError}); it keeps its previous status`
      : run.evaluations.length === 0
      ? `no gated PR to evaluate (${run.mode})`
      : run.evaluations.length === 1
        ? `PR #${run.evaluations[0]!.json.number}: ${run.evaluations[0]!.json.description}`
        : `${run.evaluations.length} PRs: ${failed.length} failed, ${pending.length} pending, ${run.evaluations.length - failed.length - pending.length} passed`;
  // A sweep reports failures on each PR's status; only a single-PR run fails with its PR.
  // A status the gate could not write fails any run: the PR may still show an older success.
  const verdict = unwritten.length > 0 || (run.mode !== 'sweep' && run.mode !== 'workflow-run' && failed.length > 0) ? 'fail' : 'pass';
  const state = run.evaluations.length === 1 ? run.evaluations[0]!.json.state : run.evaluations.map((evaluation) => `#${evaluation.json.number}:${evaluation.json.state}`).join(' ');
  return { command: 'gate', verdict, headline, findings, blocks, data, outputs: { state } };
}
