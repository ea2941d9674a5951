/**
 * Rules for a change to the code (the service repository): what the config must do, and
 * in which order, for each read added, removed or changed — checked against the chart as
 * the counterpart has it now, per environment.
 */
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { CodeDiff, ReadChange } from './code-diff.js';
import type { VariableRead } from './code-reads.js';
import { effectiveEnv, isSet, type EffectiveEnv } from './chart-diff.js';
import type { EnvFindings } from './findings.js';
import type { EnvChange } from './model.js';
import { RULES } from './rules.js';

export interface ConfigView {
  snapshot: ChartSnapshot;
  /** e.g. "lsst-sqre/phalanx@main", for messages. */
  label: string;
}

export function analyzeCode(diff: CodeDiff, config: ConfigView | undefined, out: EnvFindings): void {
  const effective = new Map<string, EffectiveEnv>();
  for (const environment of config?.snapshot.environments ?? []) effective.set(environment.name, effectiveEnv(config!.snapshot, environment));

  const renamed = findRenames(diff.changes);
  for (const change of diff.changes) {
    out.changes.push(codeChange(change));
    const read = change.after ?? change.before!;
    const location = { file: read.file, line: read.line, base: !change.after };
    const pair = renamed.get(change);
    if (pair) {
      const [from, to] = change.kind === 'read-removed' ? [change.name, pair.name] : [pair.name, change.name];
      out.hit(RULES.renamed, { name: change.name, previous: from, other: to, workload: change.workload }, location);
      continue;
    }
    const facts = { name: change.name, workload: change.workload, condition: change.after?.condition, default: change.after?.default, via: change.after?.via };
    if (change.kind === 'read-removed') {
      out.hit(RULES.codeRemovesRead, { ...facts, environments: settingEnvironments(config, effective, change) }, location);
      continue;
    }
    const after = change.after!;
    const before = change.before;
    const newlyRequired =
      after.requirement !== 'optional' &&
      (!before ||
        STRICTNESS[after.requirement] > STRICTNESS[before.requirement] ||
        (after.requirement === 'conditional' && before.requirement === 'conditional' && before.condition !== after.condition));
    if (newlyRequired) {
      const missing = missingEnvironments(config, effective, after);
      const chartCondition = config?.snapshot.workloads.get(change.workload)?.entries.find((entry) => entry.name === change.name)?.condition;
      const mirrored = after.requirement === 'conditional' && chartCondition ? `the chart sets it when \`${chartCondition}\`` : undefined;
      const source = !config
        ? 'no env.counterpart is configured to check the chart'
        : !config.snapshot.workloads.has(change.workload)
          ? `the chart of ${config.label} has no workload named ${change.workload} to check (env.chart.workloads)`
          : missing.length === 0
          ? [`${config.label} already sets it${mirrored ? '' : ' everywhere'}, so the order is met`, mirrored].filter(Boolean).join('; ')
          : undefined;
      out.hit(RULES.codeAddsRequired, { ...facts, environments: missing, source }, location, missing);
    } else if (!before) {
      out.hit(RULES.codeAddsOptional, facts, location);
    } else if (before.requirement !== 'optional' && after.requirement === 'optional') {
      out.hit(RULES.codeBecomesOptional, facts, location);
    } else if (before.requirement === 'required' && after.requirement === 'conditional') {
      out.hit(RULES.codeBecomesConditional, facts, location);
    } else if (before.default !== after.default) {
      out.hit(RULES.codeDefaultChanged, { ...facts, previous: before.default }, location);
    }
  }
  for (const issue of diff.syntaxIssues) {
    out.hit(RULES.pythonUnreadable, { name: issue.near, workload: issue.file }, { file: issue.file, line: issue.line });
  }
  for (const { read, workloads } of diff.unresolvedAdded) {
    out.hit(RULES.unresolvedRead, { name: read.name, workload: workloads.join(', ') }, { file: read.file, line: read.line });
  }
}

const STRICTNESS = { optional: 0, conditional: 1, required: 2 } as const;

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

/**
 * A read removed and another added in the same workload and file, in the same statement
 * (only the name changed) or nearby with the same default: a rename, which no order of
 * merges makes safe.
 */
function findRenames(changes: readonly ReadChange[]): Map<ReadChange, ReadChange> {
  const pairs = new Map<ReadChange, ReadChange>();
  const removed = changes.filter((c) => c.kind === 'read-removed' && !c.before!.extra);
  const added = changes.filter((c) => c.kind === 'read-added' && !c.after!.extra);
  for (const gone of removed) {
    const before = gone.before!;
    const match = added.find((candidate) => {
      if (pairs.has(candidate) || candidate.workload !== gone.workload) return false;
      const after = candidate.after!;
      if (after.file !== before.file || after.requirement !== before.requirement) return false;
      // The same statement with only the name changed (`calib = os.environ[…]`) is a rename;
      // two unrelated reads that happen to sit near each other are not.
      const sameStatement = before.reads.some((old) => after.reads.some((now) => now.file === old.file && now.statement === old.statement));
      const nearby = Math.abs((after.line ?? 0) - (before.line ?? 0)) <= 2;
      const sameDefault = after.default !== null && after.default === before.default;
      return sameStatement || (nearby && sameDefault);
    });
    if (match) {
      pairs.set(gone, match);
      pairs.set(match, gone);
    }
  }
  return pairs;
}
