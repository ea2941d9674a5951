/**
 * env-diff Report: the verdict, a headline, one table row per variable (what changed, the
 * safe order, the environments affected, what to do), parity, deployed versions, and the
 * JSON contract as `data`.
 */
import type { Ignores } from '../ignores/ignores.js';
import { code, inline, messageSpans, strong, type Block, type Finding, type Inline, type Report } from '../report/model.js';
import type { DeployedRow } from './analyze-chart.js';
import type { EnvFindings } from './findings.js';
import type { EnvironmentChange } from './environment-changes.js';
import { mergeGuidance, type DeployedMove, type DeployedVersion, type EnvChange, type EnvDiffData, type Guidance, type ParityEntry, type ShownGuidance } from './model.js';
import { compareDeployed } from './versions.js';
import type { ParityFinding, ParityResult } from './parity.js';
import { RULES } from './rules.js';

const CHANGE_WORDS: Record<EnvChange['kind'], string> = {
  'read-added': 'code reads it',
  'read-removed': 'code stops reading it',
  'read-changed': 'code reads it differently',
  'set-added': 'chart sets it',
  'set-removed': 'chart stops setting it',
  'set-changed': 'chart sets it differently',
};

const ORDER_WORDS: Record<Guidance['order'], string> = {
  safe: 'safe — any order',
  'config-first': 'config first',
  'code-first': 'code first, then config',
  together: 'together',
  blocked: '❌ blocked',
};

export interface EnvReportInput {
  findings: EnvFindings;
  parity?: ParityResult;
  deployed: DeployedRow[];
  /** What was compared, e.g. "code abc123..def456, chart of lsst-sqre/phalanx@main". */
  scope: string;
  /** The effective change per environment (deployment repository). */
  environments?: EnvironmentChange[];
  /** Ignores to apply to the findings (config entries and inline comments); the caller reports their problems once all are matched. */
  ignores?: Ignores;
}

export function buildEnvReport(input: EnvReportInput): Report<EnvDiffData> {
  const { findings, parity } = input;
  const parityHits = (parity?.introduced ?? []).map((problem) => {
    const rule = problem.problem === 'missing' ? RULES.parityMissing : RULES.parityDifferent;
    const finding = findings.hit(
      rule,
      { name: problem.name, workload: problem.having.join(', '), environments: problem.workloads, where: problem.reason ?? '' },
      { file: problem.entry?.file, line: problem.entry?.line },
    );
    return { problem, finding };
  });
  for (const drift of parity?.expected ?? []) {
    const facts = {
      name: drift.name,
      source: drift.problem === 'missing' ? `set for ${drift.having.join(', ')} but not for` : 'set differently in',
      environments: drift.workloads,
      other: drift.readers.map((reader) => reader.workload).join(', '),
      where: drift.readers.map((reader) => reader.where).join('; '),
    };
    findings.hit(RULES.parityExpected, facts, { file: drift.entry?.file, line: drift.entry?.line });
  }
  if (input.ignores) findings.applyIgnores(input.ignores);
  const guidance = mergeGuidance(findings.facts);
  const parityEntries = parityHits.map(({ problem, finding }) => parityEntry(problem, finding));
  const failingParity = parityEntries.filter((entry) => !entry.ignored);
  const counted = findings.findings.filter((f) => !f.ignored);
  const blocked = guidance.filter((g) => g.order === 'blocked');
  // Errors are exactly what fails: a blocked order, a parity break, a deployed version that cannot be read — unless ignored.
  const verdict = blocked.length > 0 || failingParity.length > 0 || counted.some((f) => f.severity === 'error') ? 'fail' : 'pass';
  const data: EnvDiffData = { verdict, changes: findings.changes, guidance: guidance.map(({ spans: _spans, ...plain }) => plain), parity: parityEntries, deployed: input.deployed.map(deployedVersion), environments: input.environments ?? [] };
  const ignored = findings.findings.length - counted.length;
  if (ignored) data.ignored = findings.ignoredList();

  return {
    command: 'env-diff',
    verdict,
    headline: headline(guidance, failingParity, counted) + (ignored ? ` (${ignored} finding${ignored === 1 ? '' : 's'} ignored)` : ''),
    findings: sortFindings(findings.findings),
    blocks: blocks(input, guidance, parityEntries),
    data,
  };
}

function deployedVersion(row: DeployedRow): DeployedVersion {
  return { environment: row.environment, before: row.before, after: row.after, release: row.release, move: moveOf(row), where: row.where };
}

function moveOf(row: DeployedRow): DeployedMove {
  if (row.before === null) return row.after === null ? 'unchanged' : 'new';
  if (row.after === null) return 'unknown';
  const move = compareDeployed(row.before, row.after);
  return move === 'same' ? 'unchanged' : move;
}

const MOVE_WORDS: Record<DeployedMove, string> = {
  upgrade: 'upgrade',
  downgrade: '⚠️ downgrade',
  'major-downgrade': '⚠️ DOWNGRADE ACROSS A MAJOR VERSION',
  unchanged: '—',
  new: 'new environment',
  unknown: 'changed (not comparable as versions)',
};

function parityEntry(problem: ParityFinding, finding: Finding): ParityEntry {
  const entry: ParityEntry = { name: problem.name, workloads: problem.workloads, problem: problem.problem, file: problem.entry?.file ?? null, line: problem.entry?.line ?? null };
  return finding.ignored ? { ...entry, ignored: { reason: finding.ignored.reason, source: finding.ignored.source, until: finding.ignored.until } } : entry;
}

function headline(guidance: Guidance[], parity: ParityEntry[], findings: Finding[]): string {
  const blocked = guidance.filter((g) => g.order === 'blocked');
  const majorDowngrade = findings.some((f) => f.id === RULES.majorDowngrade.id);
  const unreadable = findings.filter((f) => f.id === RULES.versionUnknownForMove.id);
  const parts: string[] = [];
  if (blocked.length) {
    const environments = [...new Set(blocked.flatMap((g) => g.environments))];
    parts.push(`blocked: ${blocked.map((g) => g.name).join(', ')} still needed by ${environments.join(', ') || 'a deployed version'}`);
  }
  const [onlyParity] = parity.length === 1 ? parity : [];
  if (parity.length) parts.push(onlyParity ? `parity broken for ${onlyParity.name}` : `parity broken for ${parity.length} variables`);
  if (unreadable.length) parts.push(`no release tag for ${unreadable.map((f) => f.title.split(': ').pop()).join(', ')}`);
  if (majorDowngrade) parts.push('DOWNGRADE ACROSS A MAJOR VERSION');
  if (parts.length) return parts.join('; ');
  if (guidance.length === 0) return 'no environment variable changes';
  const configFirst = guidance.filter((g) => g.order === 'config-first');
  const together = guidance.filter((g) => g.order === 'together');
  if (together.length) return `merge code and config together (${together.map((g) => g.name).join(', ')})`;
  if (configFirst.length) return `merge the config first for ${configFirst.map((g) => g.name).join(', ')}`;
  const codeFirst = guidance.filter((g) => g.order === 'code-first');
  if (codeFirst.length) return `config may drop ${codeFirst.map((g) => g.name).join(', ')} once every environment runs this version`;
  return `${guidance.length} variable${guidance.length === 1 ? '' : 's'} changed, safe in any order`;
}

function blocks(input: EnvReportInput, guidance: ShownGuidance[], parityEntries: ParityEntry[]): Block[] {
  return [
    { kind: 'paragraph', text: inline`Compared ${input.scope}.` },
    ...variableBlocks(input.findings.changes, guidance),
    ...(input.parity ? parityBlocks(input.parity, parityEntries) : []),
    ...deployedBlocks(input.deployed),
    ...environmentBlocks(input.environments ?? []),
    ...otherFindingBlocks(input.findings.findings),
  ];
}

/** One row per variable: what changed, the safe order, the environments, what to do. */
function variableBlocks(changes: readonly EnvChange[], guidance: readonly ShownGuidance[]): Block[] {
  if (!guidance.length) return [];
  const changesByName = new Map<string, EnvChange[]>();
  for (const change of changes) changesByName.set(change.name, [...(changesByName.get(change.name) ?? []), change]);
  return [
    { kind: 'heading', text: inline`Variables` },
    {
      kind: 'table',
      headers: ['Variable', 'What changed', 'Order', 'Environments', 'What to do'],
      rows: guidance.map((g) => [[code(g.name)], inline`${describeChanges(changesByName.get(g.name) ?? [])}`, inline`${ORDER_WORDS[g.order]}`, inline`${g.environments.join(', ') || '—'}`, g.spans]),
    },
  ];
}

const parityWords = (p: ParityFinding) => (p.problem === 'missing' ? `missing in ${p.workloads.join(', ')}` : `differs between ${p.workloads.join(', ')}`);

/** Parity between workloads: what this change breaks, the expected drift, what it fixes, the drift already there. */
function parityBlocks(parity: ParityResult, parityEntries: readonly ParityEntry[]): Block[] {
  if (!(parity.introduced.length || parity.known.length || parity.resolved.length || parity.expected?.length)) return [];
  const out: Block[] = [{ kind: 'heading', text: inline`Parity between workloads` }];
  if (parity.introduced.length) {
    out.push({
      kind: 'table',
      headers: ['Variable', 'Problem', 'Workloads', 'Where'],
      rows: parity.introduced.map((p, index) => [
        [code(p.name)],
        inline`${p.problem === 'missing' ? 'missing in' : 'differs between'}${parityEntries[index]?.ignored ? ' (ignored)' : ''}`,
        inline`${p.workloads.join(', ')}`,
        p.entry ? [code(`${p.entry.file}:${p.entry.line}`)] : inline`—`,
      ]),
    });
  } else {
    out.push({ kind: 'paragraph', text: inline`This change keeps the workloads in parity.` });
  }
  if (parity.expected?.length) {
    out.push({
      kind: 'list',
      items: parity.expected.map(
        (p) => inline`${code(p.name)}: ${parityWords(p)} — expected drift, only ${p.readers.map((r) => r.workload).join(', ')} ${p.readers.length === 1 ? 'reads' : 'read'} it (not failed)`,
      ),
    });
  }
  if (parity.resolved.length) out.push({ kind: 'list', items: parity.resolved.map((p) => inline`${code(p.name)}: drift removed by this change`) });
  if (parity.known.length) {
    out.push({
      kind: 'details',
      summary: inline`Drift already at base (${parity.known.length}, not failed)`,
      blocks: [{ kind: 'list', items: parity.known.map((p) => inline`${code(p.name)}: ${parityWords(p)}`) }],
    });
  }
  return out;
}

function deployedBlocks(deployed: readonly DeployedRow[]): Block[] {
  if (!deployed.length) return [];
  return [
    { kind: 'heading', text: inline`Deployed versions checked` },
    {
      kind: 'table',
      headers: ['Environment', 'Image tag', 'Move', 'Release read', 'Pinned at'],
      rows: deployed.map((row) => [
        inline`${row.environment}`,
        inline`${row.before && row.after && row.before !== row.after ? `${row.before} → ${row.after}` : (row.after ?? row.before ?? '—')}`,
        inline`${MOVE_WORDS[moveOf(row)]}`,
        inline`${row.release ?? '—'}`,
        [code(row.where)],
      ]),
    },
  ];
}

/** Findings without an order of their own (no variable row says them): listed once. */
function otherFindingBlocks(findings: readonly Finding[]): Block[] {
  const other = findings.filter((f) => !RULES_WITH_ORDER.has(f.id) && !f.id.startsWith('env/parity'));
  if (!other.length) return [];
  return [
    { kind: 'heading', text: inline`Also` },
    { kind: 'list', items: other.map((f) => inline`${strong(f.title)} — ${messageSpans(f)}${f.file ? inline` (${code(`${f.file}${f.line ? `:${f.line}` : ''}`)})` : ''}`) },
  ];
}

const ENVIRONMENT_CHANGE_WORDS: Record<EnvironmentChange['change'], string> = { added: 'added', removed: 'removed', 'value-changed': 'value changed' };
const MAX_CELL = 200;

/** One section per environment: what its containers get that they did not before (values shown, secrets named only). */
function environmentBlocks(changes: readonly EnvironmentChange[]): Block[] {
  if (!changes.length) return [];
  const byEnvironment = new Map<string, EnvironmentChange[]>();
  for (const change of changes) byEnvironment.set(change.environment, [...(byEnvironment.get(change.environment) ?? []), change]);
  const cell = (change: EnvironmentChange, value: string | null): Inline => {
    if (change.secret) return inline`secret (not shown)`;
    if (value === null) return inline`—`;
    return [code(value.length > MAX_CELL ? `${value.slice(0, MAX_CELL)}…` : value)];
  };
  return [
    { kind: 'heading', text: inline`Per environment` },
    ...[...byEnvironment].map(([environment, rows]): Block => ({
      kind: 'details',
      summary: inline`${environment}: ${rows.length} change${rows.length === 1 ? '' : 's'}`,
      blocks: [
        {
          kind: 'table',
          headers: ['Variable', 'Workload', 'Change', 'Before', 'After'],
          rows: rows.map((change) => [[code(change.name)], inline`${change.workload}`, inline`${ENVIRONMENT_CHANGE_WORDS[change.change]}`, cell(change, change.before), cell(change, change.after)]),
        },
      ],
    })),
  ];
}

const RULES_WITH_ORDER = new Set(Object.values(RULES).filter((rule) => rule.order !== null).map((rule) => rule.id));

function describeChanges(changes: EnvChange[]): string {
  if (!changes.length) return '—';
  const byKind = new Map<string, string[]>();
  for (const change of changes) {
    const detail = change.side === 'code' ? (change.required ? (change.conditional ? `required when ${change.condition}` : 'required') : 'optional') : change.condition ? `when ${change.condition}` : '';
    const key = `${CHANGE_WORDS[change.kind]}${detail ? ` (${detail})` : ''}`;
    byKind.set(key, [...(byKind.get(key) ?? []), change.workload]);
  }
  return [...byKind].map(([words, workloads]) => `${words}: ${[...new Set(workloads)].join(', ')}`).join('; ');
}

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const;
function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
