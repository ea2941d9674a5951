/**
 * Message results, peer checks and versions → the Report: the verdict, one finding
 * per change on its head line (base line for removals), a table per message, and
 * `data` in the JSON contract of the README.
 */
import { code, type Block, type Finding, type Report } from '../report/model.js';
import type { JudgedChange, MessageResult } from './message-check.js';
import type { PairedLineProblem, PeerResult } from './peers.js';
import { bumpRank, type Bump } from './rules.js';
import { bumpBetween } from './semver.js';
import type { Versions } from './versioning.js';
import type { SchemaChange } from './diff.js';
import type { Witness } from './witness.js';

export interface PeerOutcome {
  atRef: PeerResult;
  paired?: PeerResult;
  pairedName?: string;
}

export interface SchemaChangeData {
  kind: string;
  field: string | null;
  from: string | null;
  to: string | null;
  breaking: boolean;
  rule: string;
  why: string;
  /** The decoder that judged the change (`strict`, `pydantic-ignore`, `pydantic-forbid`, `function PATH#Class.method`). */
  decoder: string;
  file: string | null;
  line: number | null;
  /** Present when an ignore accepts the change (it then needs no bump). */
  ignored?: { reason: string; source: 'config' | 'inline'; until: string | null };
  /** For a breaking change: a message one side sends and the other's reader rejects; null otherwise. */
  witness: Witness | null;
}

export interface SchemaDiffData {
  verdict: 'pass' | 'fail';
  requiredBump: Bump;
  currentVersion: string | null;
  proposedVersion: string | null;
  messages: { name: string; role: string; decoder: string; requiredBump: Bump; changes: SchemaChangeData[] }[];
  /** `decoder`: the decoder that judged the problems (this message's, as in `messages[].changes[].decoder`). */
  peers: { message: string; repository: string; ref: string; compatible: boolean; decoder: string; problems: PeerResult['problems'] }[];
}

export interface ReportInputs {
  results: MessageResult[];
  peers: PeerOutcome[];
  malformedPairs: PairedLineProblem[];
  requiredBump: Bump;
  versions: Versions;
  approved: boolean;
  approveLabel: string;
  /** Two files compared without a repository (`--base-file/--head-file`): no version to hold the bump against. */
  withoutRepository?: boolean;
}

interface BumpCheck {
  ok: boolean;
  /** What the proposal amounts to, for the reader. */
  actual?: Bump | 'downgrade';
  explanation: string;
}

/** What a version proposal amounts to ("2.2.0 (CHANGELOG.md heading) is a downgrade from 2.2.1"), with the bump it makes. */
function describeProposal(versions: Versions): { text: string; actual?: Bump | 'downgrade' } | undefined {
  const { current, proposed, proposedFrom, declaredBump } = versions;
  if (declaredBump && !current) return { text: `${proposedFrom} declares a ${declaredBump} bump`, actual: declaredBump };
  if (!proposed) return undefined;
  if (!current) return { text: `${proposed} (${proposedFrom})` };
  const actual = bumpBetween(current, proposed);
  const what = actual === 'downgrade' ? 'a downgrade' : actual === 'none' ? 'no bump' : `a ${actual} bump`;
  return { text: `${proposed} (${proposedFrom}) is ${what} from ${current}`, actual };
}

/** "no bump needed" or "needs a minor bump" — never "a none bump". */
export function bumpNeeded(required: Bump): string {
  return required === 'none' ? 'no bump needed' : `needs a ${required} bump`;
}

function checkBump(required: Bump, versions: Versions, { anyIgnored, withoutRepository = false }: { anyIgnored: boolean; withoutRepository?: boolean }): BumpCheck {
  if (withoutRepository && required === 'major')
    return { ok: false, explanation: 'two files compared without a repository: there is no version to take the break, so a breaking change fails' };
  const proposal = describeProposal(versions);
  // No wire change: whatever the version says (a stale changelog, a tag on the same commit) cannot fail the check.
  if (required === 'none')
    return { ok: true, explanation: `no bump needed (${anyIgnored ? 'every wire change is ignored' : 'no wire change'})${proposal ? `; ${proposal.text}` : ''}` };
  if (proposal?.actual) {
    const { actual } = proposal;
    return { ok: actual !== 'downgrade' && bumpRank(actual) >= bumpRank(required), actual, explanation: proposal.text };
  }
  if (proposal && versions.tagsMaybeMissing)
    return { ok: false, explanation: `${proposal.text} cannot be compared: this is a shallow clone without release tags (check out with fetch-depth: 0)` };
  if (proposal) return { ok: true, explanation: `${proposal.text}; no earlier release tag to compare with` };
  if (required === 'major')
    return {
      ok: false,
      explanation: 'no proposed version: declare the major bump (a semver:major label, a CHANGELOG heading or version file as configured under `versioning:`)',
    };
  return { ok: true, explanation: `no proposed version to check; this ${bumpNeeded(required)} when released` };
}

export function buildSchemaReport(inputs: ReportInputs): Report<SchemaDiffData> {
  const { results, peers, versions, approved } = inputs;
  const { requiredBump } = inputs;
  const ignored = results.reduce((count, r) => count + r.changes.filter((c) => c.ignored).length, 0);
  const bump = checkBump(requiredBump, versions, { anyIgnored: ignored > 0, withoutRepository: inputs.withoutRepository });
  const peerFailures = peers.filter((p) => !p.atRef.compatible && !p.paired?.compatible);
  const failedChecks = !bump.ok || peerFailures.length > 0;
  const verdict = failedChecks && !approved ? 'fail' : 'pass';

  const findings: Finding[] = [];
  const blocks: Block[] = [];
  const needsMore = (c: JudgedChange) => !c.ignored && !bump.ok && bumpRank(c.rule.bump) > bumpRank(bump.actual === 'downgrade' ? 'none' : (bump.actual ?? 'none'));

  for (const result of results) {
    const { spec } = result;
    for (const w of [...(result.base?.warnings ?? []), ...(result.head?.warnings ?? [])]) {
      if (findings.some((f) => f.id === 'schema/unknown-fields' && f.message === w.message)) continue;
      findings.push({ id: 'schema/unknown-fields', severity: 'warning', title: `${spec.name}: incomplete schema`, message: w.message, file: w.file, line: w.line });
    }
    for (const note of result.notes)
      findings.push({ id: 'schema/followed', severity: 'notice', title: `${spec.name}: followed`, message: note.text, ...(note.file ? { file: note.file } : {}), ...(note.line ? { line: note.line } : {}) });
    for (const change of result.changes) {
      // The rule's severity while the release does not cover the change; a warning once it does, or when approved.
      const severity = change.rule.severity === 'error' && !change.ignored && (!needsMore(change) || approved) ? 'warning' : change.rule.severity;
      findings.push({
        ...(change.ignored ? { ignored: change.ignored } : {}),
        id: change.rule.id,
        severity,
        title: `${spec.name}: ${change.kind}${change.field ? ` ${change.field}` : ''}`,
        message: changeFindingMessage(change, spec.role, result.decoderLabel),
        ...(change.file ? { file: change.file } : {}),
        ...(change.line ? { line: change.line } : {}),
      });
    }
    const bumpText = result.requiredBump !== 'none' ? `${result.requiredBump} bump` : result.changes.length ? 'no bump (its changes are ignored)' : 'no wire change';
    blocks.push({ kind: 'heading', text: `${spec.name} — ${spec.role}, ${result.decoderLabel} decoder: ${bumpText}` });
    const source = result.head ?? result.base;
    if (source) blocks.push({ kind: 'paragraph', text: `${code(`${source.file}#${source.name}`)} (${source.kind}, ${source.fields.length} fields)` });
    if (result.notes.length) blocks.push({ kind: 'list', items: result.notes.map((n) => n.text) });
    if (result.changes.length === 0) blocks.push({ kind: 'paragraph', text: 'No wire change.' });
    else
      blocks.push({
        kind: 'table',
        headers: ['change', 'field', 'from → to', 'why', 'verdict', 'bump'],
        rows: result.changes.map((c) => [
          c.kind,
          c.field ? code(c.field) : '',
          [c.from, c.to].filter((v) => v !== undefined).map((v) => code(v!)).join(' → '),
          `${c.rule.why} (${code(c.rule.id)})`,
          `${c.breaking ? '**breaking**' : 'compatible'}${c.ignored ? ' (ignored)' : ''}`,
          c.rule.bump,
        ]),
      });
    const witnesses = witnessBlock(result.changes);
    if (witnesses) blocks.push(witnesses);
  }

  for (const peer of peers) {
    const { atRef, paired, pairedName } = peer;
    if (atRef.compatible) {
      if (paired && !paired.compatible)
        findings.push({
          id: 'peer/paired-incompatible',
          severity: 'warning',
          title: `${atRef.message}: ${pairedName} does not fit this head`,
          message: `Compatible with ${atRef.repository}@${atRef.ref}, but the paired PR ${pairedName} is not: ${paired.problems.map((p) => `${p.kind}${p.field ? ` \`${p.field}\`` : ''}: ${p.why}`).join('; ')}. Merging it would break this contract.`,
        });
      continue;
    }
    const problemText = atRef.problems.map((p) => `${p.kind}${p.field ? ` ${code(p.field)}` : ''}: ${p.why}`).join('; ');
    if (paired?.compatible) {
      findings.push({
        id: 'peer/paired',
        severity: 'warning',
        title: `${atRef.message}: pair with ${pairedName}`,
        message: `Incompatible with ${atRef.repository}@${atRef.ref} (${problemText}) but compatible with ${pairedName}: merge both together, deploy together, both bump major.`,
      });
    } else {
      findings.push({
        id: 'peer/incompatible',
        severity: approved ? 'warning' : 'error',
        title: `${atRef.message}: incompatible with ${atRef.repository}`,
        message: `Incompatible with ${atRef.repository}@${atRef.ref}: ${problemText}.${pairedName ? ` The paired PR ${pairedName} does not fix it either.` : ' If a PR there makes them fit, name it in this PR body: Paired-With: owner/repo#N.'}`,
      });
    }
  }
  for (const problem of inputs.malformedPairs)
    findings.push({
      id: 'peer/malformed-paired-with',
      severity: 'warning',
      title: `Paired-With line ${problem.line} not used`,
      message: `PR body line ${problem.line}: \`${problem.text}\` was not used: ${problem.message}.`,
    });

  const peerRows = peers.flatMap(({ atRef, paired, pairedName }) =>
    [atRef, ...(paired ? [paired] : [])].map((p) => [
      p.message,
      `${p.repository}@${p === paired ? pairedName : p.ref}`,
      p.compatible ? 'compatible' : '**incompatible**',
      p.problems.map((x) => `${x.kind}${x.field ? ` ${code(x.field)}` : ''}`).join(', '),
    ]),
  );
  if (peerRows.length) {
    blocks.push({ kind: 'heading', text: 'Peers' });
    blocks.push({ kind: 'table', headers: ['message', 'peer', 'result', 'problems'], rows: peerRows });
  }
  if (peers.some((p) => !p.atRef.compatible && p.paired?.compatible))
    blocks.push({ kind: 'paragraph', text: '**Merge both together, deploy together, both bump major.**' });

  blocks.push({ kind: 'heading', text: 'Version' });
  blocks.push({ kind: 'paragraph', text: `Required bump: **${requiredBump}**. ${capitalize(bump.explanation)}${bump.ok ? '.' : ' — too small.'}` });

  // Without a repository there is no version to propose: the breaking changes' own findings say it all.
  if (!bump.ok && !inputs.withoutRepository) {
    const culprit = results.flatMap((r) => r.changes.map((c) => ({ r, c }))).find(({ c }) => needsMore(c));
    findings.push({
      id: 'semver/bump-too-small',
      severity: approved ? 'warning' : 'error',
      title: capitalize(bumpNeeded(requiredBump)),
      message: culprit
        ? `${capitalize(bump.explanation)}, but ${culprit.r.spec.name}: ${describeChange(culprit.c)} (${culprit.c.rule.id}) requires a ${culprit.c.rule.bump} bump. Propose a version with at least that bump, or add the \`${inputs.approveLabel}\` label if the break is intended and its peers move with it.`
        : `${capitalize(bump.explanation)}, but a ${requiredBump} bump is required; propose a version with at least that bump.`,
      ...(culprit?.c.file ? { file: culprit.c.file } : {}),
      ...(culprit?.c.line ? { line: culprit.c.line } : {}),
    });
  }
  if (approved && failedChecks)
    blocks.push({ kind: 'paragraph', text: `Approved with the ${code(inputs.approveLabel)} label: the findings stay visible, the check passes.` });

  const headline =
    requiredBump === 'none' && ignored && verdict === 'pass'
      ? `No bump needed: the ${ignored === 1 ? 'one change is' : `${ignored} changes are`} ignored`
      : makeHeadline(verdict, requiredBump, bump, peerFailures.length, approved && failedChecks) + (ignored ? ` (${ignored} change${ignored === 1 ? '' : 's'} ignored)` : '');
  return {
    command: 'schema-diff',
    verdict,
    headline,
    findings,
    blocks,
    data: {
      verdict,
      requiredBump,
      currentVersion: versions.current ?? null,
      proposedVersion: versions.proposed ?? null,
      messages: results.map((r) => ({
        name: r.spec.name,
        role: r.spec.role,
        decoder: typeof r.spec.decoder === 'object' ? `function ${r.spec.decoder.function}` : r.spec.decoder,
        requiredBump: r.requiredBump,
        changes: r.changes.map((c) => ({
          kind: c.kind,
          field: c.field ?? null,
          from: c.from ?? null,
          to: c.to ?? null,
          breaking: c.breaking,
          rule: c.rule.id,
          why: c.rule.why,
          decoder: c.decoder,
          file: c.file ?? null,
          line: c.line ?? null,
          witness: c.witness ?? null,
          ...(c.ignored ? { ignored: { reason: c.ignored.reason, source: c.ignored.source, until: c.ignored.until } } : {}),
        })),
      })),
      peers: peers.flatMap(({ atRef, paired }) => [atRef, ...(paired ? [paired] : [])]).map((p) => ({
        message: p.message,
        repository: p.repository,
        ref: p.ref,
        compatible: p.compatible,
        decoder: results.find((r) => r.spec.name === p.message)?.decoderLabel ?? '',
        problems: p.problems,
      })),
    },
    outputs: { 'required-bump': requiredBump },
  };
}

const DIRECTION_WORDS = { 'old-to-new': ['the old side sends', 'the new reader'], 'new-to-old': ['the new side sends', 'the old reader'] } as const;

/** Repository text (field names, enum values) on one line, so it stays inside its code span. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/** The witnesses of a message's breaking changes, folded: the message, who reads it, what it raises. */
export function witnessBlock(changes: (SchemaChange & { breaking?: boolean; witness?: Witness })[]): Block | undefined {
  const items = changes.flatMap((c) => {
    if (!c.witness) return [];
    const [sends, reader] = DIRECTION_WORDS[c.witness.direction];
    const what = `${c.kind}${c.field ? ` ${code(oneLine(c.field))}` : ''}`;
    return [`${what}: ${sends} ${code(JSON.stringify(c.witness.payload))}; ${reader} ${code(oneLine(c.witness.reader))} → ${code(oneLine(c.witness.error))}`];
  });
  if (!items.length) return undefined;
  const breaking = changes.filter((c) => c.breaking).length;
  const count = breaking > items.length ? `the first ${items.length} of ${breaking}` : `${items.length}`;
  return { kind: 'details', summary: `Witnesses: a message each breaking change fails on (${count})`, blocks: [{ kind: 'list', items }] };
}

/** The finding on one changed field: what changed, why it matters for this reader, the release it needs. */
export function changeFindingMessage(change: Pick<JudgedChange, 'kind' | 'field' | 'from' | 'to' | 'breaking' | 'rule'>, role: string, decoder: string): string {
  return `${describeChange(change)}: ${change.rule.why}. ${change.breaking ? 'Breaking for a ' : 'Compatible for a '}${role} (${decoder}): ${change.rule.bump} bump.`;
}

function describeChange(change: Pick<JudgedChange, 'kind' | 'field' | 'from' | 'to'>): string {
  const field = change.field ? ` \`${change.field}\`` : '';
  const fromTo = change.from !== undefined && change.to !== undefined ? ` (${change.from} → ${change.to})` : change.from !== undefined ? ` (${change.from})` : change.to !== undefined ? ` (${change.to})` : '';
  return `${change.kind}${field}${fromTo}`;
}

function makeHeadline(verdict: 'pass' | 'fail', required: Bump, bump: BumpCheck, peerFailures: number, approvedOverride: boolean): string {
  if (approvedOverride) return `Approved: required ${required} bump not met or peer incompatible; findings kept visible`;
  if (verdict === 'fail' && !bump.ok) return `${capitalize(bumpNeeded(required))}: ${bump.explanation}`;
  if (verdict === 'fail') return `${peerFailures} peer contract${peerFailures === 1 ? '' : 's'} incompatible`;
  if (required === 'none') return 'No wire change in the message schemas';
  return `Required bump: ${required}; ${bump.explanation}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
