/**
 * Rules for a change to the code (the service repository): what the config must do, and
 * in which order, for each read added, removed or changed — checked against the chart as
 * the counterpart has it now, per environment.
 */
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { CodeDiff, ReadChange } from './code-diff.js';
import type { VariableRead } from './code-reads.js';
import { effectiveEnv, isSet, type EffectiveEnv } from './chart-diff.js';
import { EnvFindings } from './findings.js';
import type { EnvChange } from './model.js';
import { CODE_CHANGES, decide, type CodeChangeSituation, type RenameSituation } from './decisions.js';
import { codeRenames } from './renames.js';
import { RULES } from './rules.js';

export interface ConfigView {
  snapshot: ChartSnapshot;
  /** e.g. "lsst-sqre/phalanx@main", for messages. */
  label: string;
}

export function analyzeCode(diff: CodeDiff, config: ConfigView | undefined): EnvFindings {
  const out = new EnvFindings();
  const effective = new Map<string, EffectiveEnv>();
  for (const environment of config?.snapshot.environments ?? []) effective.set(environment.name, effectiveEnv(config!.snapshot, environment));

  const renamed = codeRenames(diff.changes);
  for (const change of diff.changes) {
    out.changes.push(codeChange(change));
    const read = change.after ?? change.before!;
    out.apply(decide(CODE_CHANGES, codeSituation(change, renamed.get(change), config, effective)), { file: read.file, line: read.line, base: !change.after });
  }
  for (const issue of diff.syntaxIssues) {
    out.hit(RULES.pythonUnreadable, { name: issue.near, workload: issue.file }, { file: issue.file, line: issue.line });
  }
  for (const { read, workloads } of diff.unresolvedAdded) {
    out.hit(RULES.unresolvedRead, { name: read.name, workload: workloads.join(', ') }, { file: read.file, line: read.line });
  }
  return out;
}

const STRICTNESS = { optional: 0, conditional: 1, required: 2 } as const;

/** What the decision table (decisions.ts CODE_CHANGES) needs to know about one changed read. */
function codeSituation(change: ReadChange, pair: ReadChange | undefined, config: ConfigView | undefined, effective: Map<string, EffectiveEnv>): CodeChangeSituation {
  const { after = null, before = null } = change;
  const rename = pair ? renameOf(change, pair, config, effective) : null;
  const newlyRequired =
    after !== null &&
    after.requirement !== 'optional' &&
    (!before ||
      STRICTNESS[after.requirement] > STRICTNESS[before.requirement] ||
      (after.requirement === 'conditional' && before.requirement === 'conditional' && before.condition !== after.condition));
  const missing = newlyRequired ? missingEnvironments(config, effective, after) : [];
  return {
    name: change.name,
    workload: change.workload,
    kind: change.kind,
    rename,
    before,
    after,
    newlyRequired,
    missing,
    setting: change.kind === 'read-removed' ? settingEnvironments(config, effective, change) : [],
    source: newlyRequired ? orderSource(change, config, missing) : null,
    configReady: newlyRequired && config !== undefined && config.snapshot.workloads.has(change.workload) && missing.length === 0,
  };
}

/**
 * A rename is "together" unless the chart already sets the new name wherever the workload runs:
 * then the code can go first, with the chart line as evidence. The environments named in the
 * table and in the message are one list: where the new name is not set.
 */
function renameOf(change: ReadChange, pair: ReadChange, config: ConfigView | undefined, effective: Map<string, EffectiveEnv>): RenameSituation {
  const [gone, added] = change.kind === 'read-removed' ? [change, pair] : [pair, change];
  const missing = missingEnvironments(config, effective, added.after!);
  const ready = config !== undefined && config.snapshot.workloads.has(change.workload) && missing.length === 0;
  const source = ready ? `${config.label} already sets ${added.name} in every environment${settingEvidence(config, added)}` : null;
  return { from: gone.name, to: added.name, missing, source };
}

/** Where the chart sets a variable for the change's workload, e.g. " (charts/x/templates/job.yaml:12)". */
function settingEvidence(config: ConfigView, change: ReadChange): string {
  const entry = config.snapshot.workloads.get(change.workload)?.entries.find((candidate) => candidate.name === change.name);
  return entry ? ` (${entry.file}:${entry.line})` : '';
}

/** For a new requirement: why the order is already met, or why it cannot be checked; null when the missing environments say it. */
function orderSource(change: ReadChange, config: ConfigView | undefined, missing: string[]): string | null {
  if (!config) return 'no env.counterpart is configured to check the chart';
  if (!config.snapshot.workloads.has(change.workload)) return `the chart of ${config.label} has no workload named ${change.workload} to check (env.chart.workloads)`;
  if (missing.length > 0) return null;
  const chartCondition = config.snapshot.workloads.get(change.workload)?.entries.find((entry) => entry.name === change.name)?.condition;
  const mirrored = change.after?.requirement === 'conditional' && chartCondition ? `the chart sets it when \`${chartCondition}\`` : undefined;
  return [`${config.label} already sets it${mirrored ? '' : ' in every environment'}${settingEvidence(config, change)}`, mirrored].filter(Boolean).join('; ');
}

function codeChange(change: ReadChange): EnvChange {
  const read = change.after ?? change.before!;
  return {
    side: 'code',
    kind: change.kind,
    name: change.name,
    workload: change.workload,
    required: read.requirement !== 'optional',
    default: read.default,
    conditional: read.requirement === 'conditional',
    condition: read.condition,
    value: null,
    file: read.file,
    line: read.line ?? null,
  };
}

/** Environments whose chart does not set a variable the code now requires (a chart entry whose condition mirrors the read's counts as set). */
function missingEnvironments(config: ConfigView | undefined, effective: Map<string, EffectiveEnv>, read: VariableRead): string[] {
  if (!config || !config.snapshot.workloads.has(read.workload)) return [];
  if (config.snapshot.environments.length === 0) {
    const entries = config.snapshot.workloads.get(read.workload)?.entries ?? [];
    return entries.some((entry) => entry.name === read.name) ? [] : ['(every environment)'];
  }
  const missing: string[] = [];
  for (const [name, env] of effective) {
    if (isSet(env, read.workload, read.name)) continue;
    const mirrored = read.requirement === 'conditional' && env.get(read.workload)?.has(read.name);
    if (!mirrored) missing.push(name);
  }
  return missing;
}

function settingEnvironments(config: ConfigView | undefined, effective: Map<string, EffectiveEnv>, change: ReadChange): string[] {
  if (!config) return [];
  return [...effective].filter(([, env]) => isSet(env, change.workload, change.name)).map(([name]) => name);
}

