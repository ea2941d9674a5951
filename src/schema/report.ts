/**
 * Message results, peer checks and versions → the Report: the verdict, one finding
 * per change on its head line (base line for removals), a table per message, and
 * `data` in the JSON contract of the README.
 */
import { code, findingMessage, inline, joinInline, plainText, prose, strong, text, type Block, type Finding, type Inline, type Report, type Verdict } from '../report/model.js';
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
  explanation: Inline;
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
    return { ok: false, explanation: inline`two files compared without a repository: there is no version to take the break, so a breaking change fails` };
  const proposal = describeProposal(versions);
  // No wire change: whatever the version says (a stale changelog, a tag on the same commit) cannot fail the check.
  if (required === 'none')
    return { ok: true, explanation: inline`no bump needed (${anyIgnored ? 'every wire change is ignored' : 'no wire change'})${proposal ? `; ${proposal.text}` : ''}` };
  if (proposal?.actual) {
    const { actual } = proposal;
    return { ok: actual !== 'downgrade' && bumpRank(actual) >= bumpRank(required), actual, explanation: inline`${proposal.text}` };
  }
  if (proposal && versions.tagsMaybeMissing)
    return { ok: false, explanation: inline`${proposal.text} cannot be compared: this is a shallow clone without release tags (check out with fetch-depth: 0)` };
  if (proposal) return { ok: true, explanation: inline`${proposal.text}; no earlier release tag to compare with` };
  if (required === 'major')
    return {
      ok: false,
      explanation: inline`no version is proposed (declare the major bump with a semver:major label, a CHANGELOG heading or the version file, as configured under ${code('versioning:')})`,
    };
  return { ok: true, explanation: inline`no proposed version to check; this ${bumpNeeded(required)} when released` };
}

/** The verdict of a run, before any presentation: what is required, what is proposed, what fails. */
interface SchemaVerdict {
  verdict: Verdict;
  requiredBump: Bump;
  bump: BumpCheck;
  /** Changes accepted by an ignore. */
  ignored: number;
  /** Peers incompatible at their ref and not fixed by a paired PR. */
  peerFailures: number;
  /** A check failed (the bump or a peer), whether or not the approve label lets it pass. */
  failedChecks: boolean;
  approved: boolean;
}

function judge(inputs: ReportInputs): SchemaVerdict {
  const { results, peers, versions, approved, requiredBump } = inputs;
  const ignored = results.reduce((count, r) => count + r.changes.filter((c) => c.ignored).length, 0);
  const bump = checkBump(requiredBump, versions, { anyIgnored: ignored > 0, withoutRepository: inputs.withoutRepository });
  const peerFailures = peers.filter((p) => !p.atRef.compatible && !p.paired?.compatible).length;
  const failedChecks = !bump.ok || peerFailures > 0;
  return { verdict: failedChecks && !approved ? 'fail' : 'pass', requiredBump, bump, ignored, peerFailures, failedChecks, approved };
}

/** A change the proposed version does not cover (and no ignore accepts). */
function needsMore(change: JudgedChange, { bump }: SchemaVerdict): boolean {
  const proposed = bump.actual === undefined || bump.actual === 'downgrade' ? 'none' : bump.actual;
  return !change.ignored && !bump.ok && bumpRank(change.rule.bump) > bumpRank(proposed);
}

export function buildSchemaReport(inputs: ReportInputs): Report<SchemaDiffData> {
  const judged = judge(inputs);
  return {
    command: 'schema-diff',
    verdict: judged.verdict,
    headline: makeHeadline(judged),
    findings: [
      ...inputs.results.flatMap((result) => messageFindings(result, judged, firstWarnings(inputs.results, result))),
      ...inputs.peers.flatMap((peer) => peerFindings(peer, judged.approved)),
      ...inputs.malformedPairs.map(malformedPairFinding),
      ...bumpFindings(inputs, judged),
    ],
    blocks: [...inputs.results.flatMap(messageBlocks), ...peerBlocks(inputs.peers), ...versionBlocks(inputs, judged)],
    data: schemaData(inputs, judged.verdict),
    outputs: { 'required-bump': judged.requiredBump },
  };
}

type ExtractWarning = NonNullable<MessageResult['head']>['warnings'][number];

/** The extraction warnings of `result` that no earlier message (or earlier side) gave already: each is said once. */
function firstWarnings(results: readonly MessageResult[], result: MessageResult): ExtractWarning[] {
  const all = results.flatMap((r) => [...(r.base?.warnings ?? []), ...(r.head?.warnings ?? [])].map((warning) => ({ r, warning })));
  return all.filter(({ r, warning }, index) => r === result && all.findIndex((other) => other.warning.message === warning.message) === index).map(({ warning }) => warning);
}

/** A message's extraction warnings (those not given before), the notes on how it was followed, and one finding per change. */
function messageFindings(result: MessageResult, judged: SchemaVerdict, warnings: readonly ExtractWarning[]): Finding[] {
  const { spec } = result;
  // Warnings and notes write code between backticks (python-extract, message-check) until they carry spans.
  return [
    ...warnings.map((w): Finding => ({ id: 'schema/unknown-fields', severity: 'warning', title: `${spec.name}: incomplete schema`, ...findingMessage(w.spans), file: w.file, line: w.line })),
    ...result.notes.map((note): Finding => ({ id: 'schema/followed', severity: 'notice', title: `${spec.name}: followed`, ...findingMessage(note.text), ...located(note) })),
    ...result.changes.map((change): Finding => ({
      ...(change.ignored ? { ignored: change.ignored } : {}),
      id: change.rule.id,
      // The rule's severity while the release does not cover the change; a warning once it does, or when approved.
      severity: change.rule.severity === 'error' && !change.ignored && (!needsMore(change, judged) || judged.approved) ? 'warning' : change.rule.severity,
      title: `${spec.name}: ${change.kind.replace(/-/g, ' ')}${change.field ? ` ${change.field}` : ''}`,
      ...findingMessage(changeFindingMessage(change, spec.role, result.decoderLabel)),
      ...located(change),
    })),
  ];
}

function located(where: { file?: string; line?: number }): { file?: string; line?: number } {
  return { ...(where.file ? { file: where.file } : {}), ...(where.line ? { line: where.line } : {}) };
}

function peerFindings({ atRef, paired, pairedName }: PeerOutcome, approved: boolean): Finding[] {
  if (atRef.compatible) {
    if (!paired || paired.compatible) return [];
    return [
      {
        id: 'peer/paired-incompatible',
        severity: 'warning',
        title: `${atRef.message}: ${pairedName} does not fit this head`,
        message: `Compatible with ${atRef.repository}@${atRef.ref}, but the paired PR ${pairedName} is not: ${paired.problems.map((p) => p.why).join('; ')}. Merging it would break this contract: fix that PR, or drop its Paired-With line if the two are not related.`,
      },
    ];
  }
  const problemText = atRef.problems.map((p) => p.why).join('; ');
  if (paired?.compatible)
    return [
      {
        id: 'peer/paired',
        severity: 'warning',
        title: `${atRef.message}: pair with ${pairedName}`,
        message: `Incompatible with ${atRef.repository}@${atRef.ref} (${problemText}) but compatible with the paired PR ${pairedName}: neither works without the other, so merge both together, deploy together, both bump major.`,
      },
    ];
  return [
    {
      id: 'peer/incompatible',
      severity: approved ? 'warning' : 'error',
      title: `${atRef.message}: incompatible with ${atRef.repository}`,
      message: `Incompatible with ${atRef.repository}@${atRef.ref}: ${problemText}; messages between them would fail to decode.${pairedName ? ` The paired PR ${pairedName} does not fix it either: change this PR or that one until they fit.` : ' Make this side match the peer, or, if a PR there makes them fit, name it in this PR body: Paired-With: owner/repo#N.'}`,
    },
  ];
}

function malformedPairFinding(problem: PairedLineProblem): Finding {
  return {
    id: 'peer/malformed-paired-with',
    severity: 'warning',
    title: `Paired-With line ${problem.line} not used`,
    ...findingMessage(inline`PR body line ${problem.line}: ${code(problem.text)} was not used: ${problem.message}.`),
  };
}

/** The bump the changes need and the proposal does not give, on the first change that needs more. */
function bumpFindings(inputs: ReportInputs, judged: SchemaVerdict): Finding[] {
  // Without a repository there is no version to propose: the breaking changes' own findings say it all.
  if (judged.bump.ok || inputs.withoutRepository) return [];
  const { requiredBump, bump, approved } = judged;
  const culprit = inputs.results.flatMap((r) => r.changes.map((c) => ({ r, c }))).find(({ c }) => needsMore(c, judged));
  return [
    {
      id: 'semver/bump-too-small',
      severity: approved ? 'warning' : 'error',
      title: capitalize(bumpNeeded(requiredBump)),
      ...findingMessage(
        culprit
          ? inline`${culprit.r.spec.name}: ${describeChange(culprit.c)} (rule ${culprit.c.rule.id}) requires a ${culprit.c.rule.bump} bump, but ${bump.explanation}. Propose a version with at least a ${culprit.c.rule.bump} bump, or, if the break is intended and its peers move with it, add the ${code(inputs.approveLabel)} label.`
          : inline`A ${requiredBump} bump is required, but ${bump.explanation}. Propose a version with at least a ${requiredBump} bump.`,
      ),
      ...(culprit ? located(culprit.c) : {}),
    },
  ];
}

/** A message's heading, where it was read, its notes, its changes and their witnesses. */
function messageBlocks(result: MessageResult): Block[] {
  const { spec } = result;
  const bumpText = result.requiredBump !== 'none' ? `${result.requiredBump} bump` : result.changes.length ? 'no bump (its changes are ignored)' : 'no wire change';
  const source = result.head ?? result.base;
  const witnesses = witnessBlock(result.changes);
  return [
    { kind: 'heading', text: inline`${spec.name} — ${spec.role}, ${result.decoderLabel} decoder: ${bumpText}` },
    ...(source ? [{ kind: 'paragraph', text: inline`${code(`${source.file}#${source.name}`)} (${source.kind}, ${source.fields.length} fields)` } as const] : []),
    ...(result.notes.length ? [{ kind: 'list', items: result.notes.map((n) => n.text) } as const] : []),
    result.changes.length === 0 ? { kind: 'paragraph', text: inline`No wire change.` } : changesTable(result.changes),
    ...(witnesses ? [witnesses] : []),
  ];
}

function changesTable(changes: readonly JudgedChange[]): Block {
  return {
    kind: 'table',
    headers: ['change', 'field', 'from → to', 'why', 'verdict', 'bump'],
    rows: changes.map((c) => [
      inline`${c.kind}`,
      c.field ? [code(c.field)] : [],
      joinInline([c.from, c.to].flatMap((v) => (v === undefined ? [] : [code(v)])), ' → '),
      inline`${prose(c.rule.why)} (${code(c.rule.id)})`,
      inline`${c.breaking ? strong('breaking') : 'compatible'}${c.ignored ? ' (ignored)' : ''}`,
      inline`${c.rule.bump}`,
    ]),
  };
}

function peerBlocks(peers: readonly PeerOutcome[]): Block[] {
  const rows = peers.flatMap(({ atRef, paired, pairedName }) =>
    [atRef, ...(paired ? [paired] : [])].map((p) => [
      inline`${p.message}`,
      inline`${p.repository}@${p === paired ? pairedName : p.ref}`,
      p.compatible ? inline`compatible` : [strong('incompatible')],
      joinInline(p.problems.map((x) => inline`${x.kind}${x.field ? inline` ${code(x.field)}` : ''}`), ', '),
    ]),
  );
  const blocks: Block[] = [];
  if (rows.length) blocks.push({ kind: 'heading', text: inline`Peers` }, { kind: 'table', headers: ['message', 'peer', 'result', 'problems'], rows });
  if (peers.some((p) => !p.atRef.compatible && p.paired?.compatible)) blocks.push({ kind: 'paragraph', text: [strong('Merge both together, deploy together, both bump major.')] });
  return blocks;
}

function versionBlocks(inputs: ReportInputs, { requiredBump, bump, approved, failedChecks }: SchemaVerdict): Block[] {
  return [
    { kind: 'heading', text: inline`Version` },
    { kind: 'paragraph', text: inline`Required bump: ${strong(requiredBump)}. ${capitalizeInline(bump.explanation)}${bump.ok ? '.' : ' — too small.'}` },
    ...(approved && failedChecks
      ? [{ kind: 'paragraph', text: inline`Approved with the ${code(inputs.approveLabel)} label: the findings stay visible, the check passes.` } as const]
      : []),
  ];
}

/** `data`: the JSON contract of the README. */
function schemaData(inputs: ReportInputs, verdict: Verdict): SchemaDiffData {
  const { results, peers, versions, requiredBump } = inputs;
  return {
    verdict,
    requiredBump,
    currentVersion: versions.current ?? null,
    proposedVersion: versions.proposed ?? null,
    messages: results.map((r) => ({
      name: r.spec.name,
      role: r.spec.role,
      decoder: typeof r.spec.decoder === 'object' ? `function ${r.spec.decoder.function}` : r.spec.decoder,
      requiredBump: r.requiredBump,
      changes: r.changes.map(changeData),
    })),
    peers: peers.flatMap(({ atRef, paired }) => [atRef, ...(paired ? [paired] : [])]).map((p) => ({
      message: p.message,
      repository: p.repository,
      ref: p.ref,
      compatible: p.compatible,
      decoder: results.find((r) => r.spec.name === p.message)?.decoderLabel ?? '',
      problems: p.problems,
    })),
  };
}

function changeData(c: JudgedChange): SchemaChangeData {
  return {
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
  };
}

const DIRECTION_WORDS = { 'old-to-new': ['the old side sends', 'the new reader'], 'new-to-old': ['the new side sends', 'the old reader'] } as const;

/** The witnesses of a message's breaking changes, folded: the message, who reads it, what it raises. */
export function witnessBlock(changes: readonly (SchemaChange & { breaking?: boolean; witness?: Witness })[]): Block | undefined {
  const items = changes.flatMap((c) => {
    if (!c.witness) return [];
    const [sends, reader] = DIRECTION_WORDS[c.witness.direction];
    return [inline`${c.kind}${c.field ? inline` ${code(c.field)}` : ''}: ${sends} ${code(JSON.stringify(c.witness.payload))}; ${reader} ${code(c.witness.reader)} → ${code(c.witness.error)}`];
  });
  if (!items.length) return undefined;
  const breaking = changes.filter((c) => c.breaking).length;
  const count = breaking > items.length ? `the first ${items.length} of ${breaking}` : `${items.length}`;
  return { kind: 'details', summary: inline`Witnesses: a message each breaking change fails on (${count})`, blocks: [{ kind: 'list', items }] };
}

/** The finding on one changed field: what changed, why it matters for this reader, the release it needs. */
export function changeFindingMessage(change: Pick<JudgedChange, 'kind' | 'field' | 'from' | 'to' | 'breaking' | 'rule'>, role: string, decoder: string): Inline {
  const decoderWords = DECODER_WORDS[decoder] ?? [text(decoder.replace(/^function /, 'decoded by '))];
  const who = inline`${ROLE_WORDS[role] ?? role}, ${decoderWords}`;
  const release = { none: 'no release is needed', patch: 'a patch release is enough', minor: 'a minor release is enough', major: 'it needs a major release' }[change.rule.bump];
  const verdict = change.breaking ? inline`Breaking for ${who}: ${release}, and the peers must move with it.` : inline`Compatible for ${who}: ${release}.`;
  return inline`${capitalizeInline(describeChange(change))}: ${prose(change.rule.why)}. ${verdict}`;
}

const ROLE_WORDS: Record<string, string> = { consumer: 'a reader (consumer)', producer: 'a sender (producer)', both: 'a service that sends and reads it' };
const DECODER_WORDS: Record<string, Inline> = {
  strict: inline`strict decoding, ${code('cls(**message)')}`,
  'pydantic-ignore': inline`pydantic, extra='ignore'`,
  'pydantic-forbid': inline`pydantic, extra='forbid'`,
  pydantic: inline`pydantic`,
};

const KIND_WORDS: Record<string, string> = { dataclass: 'a dataclass', pydantic: 'a pydantic model', class: 'a plain class', 'json-schema': 'a JSON Schema' };

/** What changed, in words: "field `a` added (`int`)", "`a` changes type from `int` to `float`". */
function describeChange(change: Pick<JudgedChange, 'kind' | 'field' | 'from' | 'to'>): Inline {
  const field = change.field ? code(change.field) : 'the message';
  const { from, to } = change;
  const ticked = (value: string | undefined) => (value === undefined ? [] : inline` ${code(value)}`);
  switch (change.kind) {
    case 'message-added':
      return inline`message class${ticked(to)} added`;
    case 'message-removed':
      return inline`message class${ticked(from)} removed`;
    case 'message-kind-changed':
      return inline`the message class changes from ${KIND_WORDS[from ?? ''] ?? from} to ${KIND_WORDS[to ?? ''] ?? to}`;
    case 'field-added':
      return inline`field ${field} added${to === undefined ? '' : inline` (${code(to)})`}`;
    case 'field-removed':
      return inline`field ${field} removed${from === undefined ? '' : inline` (was ${code(from)})`}`;
    case 'field-renamed':
      return inline`field${ticked(from)} renamed to${ticked(to)}`;
    case 'type-changed':
      return inline`${field} changes type from${ticked(from)} to${ticked(to)}`;
    case 'became-optional':
      return inline`${field} becomes optional${to ? ` (${to})` : ''}`;
    case 'became-required':
      return inline`${field} becomes required${from ? ` (had ${from})` : ''}`;
    case 'enum-value-added':
      return inline`enum value${ticked(to)} added to ${field}`;
    case 'literal-value-added':
      return inline`literal value${ticked(to)} added to ${field}`;
    case 'enum-value-removed':
      return inline`enum value${ticked(from)} removed from ${field}`;
    case 'literal-value-removed':
      return inline`literal value${ticked(from)} removed from ${field}`;
  }
}

function makeHeadline({ verdict, requiredBump, bump, peerFailures, approved, failedChecks, ignored }: SchemaVerdict): string {
  if (requiredBump === 'none' && ignored && verdict === 'pass') return `No bump needed: the ${ignored === 1 ? 'one change is' : `${ignored} changes are`} ignored`;
  return verdictHeadline({ verdict, requiredBump, bump, peerFailures, approvedOverride: approved && failedChecks }) + (ignored ? ` (${ignored} change${ignored === 1 ? '' : 's'} ignored)` : '');
}

function verdictHeadline(judged: Pick<SchemaVerdict, 'verdict' | 'requiredBump' | 'bump' | 'peerFailures'> & { approvedOverride: boolean }): string {
  const { verdict, requiredBump: required, bump, peerFailures } = judged;
  if (judged.approvedOverride) return `Approved: required ${required} bump not met or peer incompatible; findings kept visible`;
  if (verdict === 'fail' && !bump.ok) return `${capitalize(bumpNeeded(required))}: ${plainText(bump.explanation)}`;
  if (verdict === 'fail') return `${peerFailures} peer contract${peerFailures === 1 ? '' : 's'} incompatible`;
  if (required === 'none') return 'No wire change in the message schemas';
  return `Required bump: ${required}; ${plainText(bump.explanation)}`;
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Inline content starting with a capital, when it starts with text. */
function capitalizeInline(content: Inline): Inline {
  const [first, ...rest] = content;
  return first?.kind === 'text' ? [text(capitalize(first.text)), ...rest] : content;
}
