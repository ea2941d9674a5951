/**
 * The gate's sticky comment: where the PR stands, per dependency, what it waits
 * for and until when at the earliest, and the hidden record a later run reads.
 * Nothing in it depends on the wall clock of this run except the estimate,
 * which is kept in the record, so an unchanged state leaves the comment as is.
 * The gate says it in blocks; report/ renders them (here and in the job summary).
 */
import { embedRecord } from '../github/sticky-comment.js';
import { renderBlocksComment, commentMarker } from '../report/comment-markdown.js';
import { code, inline, joinInline, link, prose, strong, struck, text, type Block, type Inline } from '../report/model.js';
import type { DependencyView, PrEvaluation } from './evaluate-pr.js';
import { GATE_STATES } from './model.js';
import { GateRecordSchema, type GateRecord } from './record.js';

export const GATE_MARKER = commentMarker('gate');

const MARK = { pending: '⏳', success: '✅', failure: '❌' } as const;

export function renderGateComment(evaluation: PrEvaluation, record: GateRecord): string {
  // Parsed through the schema so keys come in one order: an unchanged record reads back byte for byte.
  return renderBlocksComment('gate', gateBlocks(evaluation), embedRecord(GateRecordSchema.parse(record)));
}

/** One PR's gate as blocks, shared by the comment and the job summary. */
export function gateBlocks(evaluation: PrEvaluation): Block[] {
  const { json } = evaluation;
  return [
    { kind: 'heading', text: inline`${MARK[json.status]} Science Pipelines gate: ${json.state}` },
    { kind: 'paragraph', text: inline`${json.description.replace(/^[a-z-]+: /, '')}` },
    ...progressBlocks(json.state),
    ...problemBlocks(evaluation),
    ...dependencyBlocks(evaluation.dependencies),
    ...imageBlocks(evaluation),
  ];
}

/** "~~waiting~~ → **building** → testing …" while the PR is on its way. */
function progressBlocks(state: (typeof GATE_STATES)[number]): Block[] {
  if (state === 'failed' || state === 'passed') return [];
  const position = GATE_STATES.indexOf(state);
  const steps = GATE_STATES.slice(0, 5).map((step, index) => (index < position ? struck(step) : index === position ? strong(step) : text(step)));
  return [{ kind: 'paragraph', text: joinInline(steps, ' → ') }];
}

function problemBlocks(evaluation: PrEvaluation): Block[] {
  if (evaluation.problems.length === 0) return [];
  return [
    { kind: 'paragraph', text: inline`Depends-On lines the gate cannot follow (fix them in the PR description):` },
    // The messages are the gate's own words around a repository name it has matched as owner/name.
    { kind: 'list', items: evaluation.problems.map((problem) => inline`line ${problem.line}: ${code(problem.text)} — ${prose(problem.message)}`) },
  ];
}

function dependencyBlocks(dependencies: readonly DependencyView[]): Block[] {
  if (dependencies.length === 0) return [];
  const rows = dependencies.map((dependency): Inline[] => {
    const label = `${dependency.repository}#${dependency.number}`;
    return [dependency.url ? [link(label, dependency.url)] : [text(label)], [text(dependencyState(dependency))], [text(dependency.mergedAt ?? '')]];
  });
  return [{ kind: 'table', headers: ['Upstream PR', 'State', 'Merged at'], rows }];
}

function dependencyState(dependency: DependencyView): string {
  if (dependency.merged) return 'merged';
  switch (dependency.state) {
    case 'missing':
      return 'no such pull request';
    case 'unknown':
      return `unreadable: ${dependency.error ?? ''}`;
    case 'closed':
      return 'closed without merging';
    case 'open':
      return 'open';
  }
}

/** The daily image, the base image build, the tests and the earliest merge, as far as known. */
function imageBlocks(evaluation: PrEvaluation): Block[] {
  const { json } = evaluation;
  const items: Inline[] = [];
  if (json.daily) items.push(inline`Daily image: ${code(json.daily.tag)} created ${json.daily.created}, digest ${code(json.daily.digest)}`);
  else if (evaluation.checkedTags.length > 0) {
    const asked = evaluation.checkedTags.map((item) => inline`${code(item.tag)} ${item.outcome}${item.created ? ` (created ${item.created})` : ''}`);
    items.push(inline`Daily tags asked: ${joinInline(asked, ', ')}`);
  }
  if (json.base) items.push(inline`Base image build: ${runText(json.base.run, json.base.conclusion, evaluation.baseUrl)}`);
  if (json.tests) items.push(inline`Tests of ${code(json.head.slice(0, 7))}: ${runText(json.tests.run, json.tests.conclusion, evaluation.testsUrl)}`);
  if (evaluation.estimate) items.push(inline`Earliest merge: ${evaluation.estimate}`);
  return items.length ? [{ kind: 'list', items }] : [];
}

function runText(run: number | null, conclusion: string | null, url: string | null): Inline {
  if (run === null) return inline`dispatched, run not seen yet`;
  const name = url ? link(`run ${run}`, url) : text(`run ${run}`);
  return inline`${name}: ${conclusion ?? 'in progress'}`;
}
