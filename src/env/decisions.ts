/**
 * The env-diff decisions, as tables: for each kind of situation, rows in order, the first
 * whose condition holds gives the rule (./rules.ts) and the facts its message needs. The
 * analyses only build situations; what follows from them is decided here. docs/actions/env-diff.md
 * shows these tables (`npm run docs`); a new case is a new row.
 */
import type { VariableRead } from './code-reads.js';
import type { VersionMove } from './versions.js';
import type { EnvRule, FactName, Facts } from './rules.js';
import { RULES } from './rules.js';

type GivenFacts = Partial<Facts> & { name: string };

/** One row: the words docs/actions/env-diff.md shows for its condition, the test, the rule, and the rule's facts. */
export interface Decision<S> {
  when: string;
  test(situation: S): boolean;
  rule: EnvRule;
  facts(situation: S): GivenFacts;
}

/** A row whose rule is told once per situation. Its facts builder must give every fact the rule needs. */
export function row<S, K extends FactName>(when: string, test: (s: S) => boolean, rule: EnvRule<K>, facts: (s: S) => Pick<Facts, K | 'name'>): Decision<S> {
  return { when, test, rule, facts };
}

/** A row told per environment and grouped (findings.hitInEnvironment): the environments come from the group. */
export function rowPerEnvironment<S, K extends FactName>(
  when: string,
  test: (s: S) => boolean,
  rule: EnvRule<K>,
  facts: (s: S) => Pick<Facts, Exclude<K, 'environment' | 'environments'> | 'name'>,
): Decision<S> {
  return { when, test, rule, facts };
}

export interface Decided {
  rule: EnvRule;
  facts: GivenFacts;
}

/** First match wins; undefined when no row applies (nothing to tell). */
export function decide<S>(table: readonly Decision<S>[], situation: S): Decided | undefined {
  const match = table.find((candidate) => candidate.test(situation));
  return match ? { rule: match.rule, facts: match.facts(situation) } : undefined;
}

// ---------------------------------------------------------------------------------------
// A read changed in the service's code (analyze-code.ts).

/** A read renamed: the names, where the chart does not set the new one, and (when it sets it everywhere) the evidence. */
export interface RenameSituation {
  from: string;
  to: string;
  missing: string[];
  /** Set when the chart already sets the new name in every environment: the code can go first. */
  source: string | null;
}

export interface CodeChangeSituation {
  name: string;
  workload: string;
  kind: 'read-added' | 'read-removed' | 'read-changed';
  /** A rename: the read removed and the one added in its place. */
  rename: RenameSituation | null;
  before: VariableRead | null;
  after: VariableRead | null;
  /** Required now where it was not (or required under a different condition). */
  newlyRequired: boolean;
  /** Environments whose chart does not set it (for a new requirement). */
  missing: string[];
  /** Environments whose chart sets it today (for a read removed). */
  setting: string[];
  /** Why the order is already met or cannot be checked against a chart; null when `missing` says it. */
  source: string | null;
}

type Code = CodeChangeSituation;
const after = (s: Code): VariableRead => s.after!;
const before = (s: Code): VariableRead => s.before!;

export const CODE_CHANGES: readonly Decision<Code>[] = [
  row('a rename whose new name the chart already sets everywhere: the old read removed', (s) => s.rename?.source != null && s.kind === 'read-removed', RULES.codeRemovesRead, (s) => ({
    name: s.name,
    workload: s.workload,
    environments: s.setting,
  })),
  row('a rename whose new name the chart already sets everywhere: the new read', (s) => s.rename?.source != null, RULES.renamedConfigReady, (s) => ({
    name: s.name,
    workload: s.workload,
    previous: s.rename!.from,
    other: s.rename!.to,
    source: s.rename!.source!,
  })),
  row('a read removed and another added in its place (same statement, or nearby with the same default)', (s) => s.rename !== null, RULES.renamed, (s) => ({
    name: s.name,
    workload: s.workload,
    previous: s.rename!.from,
    other: s.rename!.to,
    environments: s.rename!.missing,
  })),
  row('the code stops reading it', (s) => s.kind === 'read-removed', RULES.codeRemovesRead, (s) => ({ name: s.name, workload: s.workload, environments: s.setting })),
  row('the code newly requires it (always, or under a new condition)', (s) => s.newlyRequired, RULES.codeAddsRequired, (s) => ({
    name: s.name,
    workload: s.workload,
    condition: after(s).condition,
    environments: s.missing,
    source: s.source,
    via: after(s).via ?? null,
  })),
  row('the code adds an optional read', (s) => s.before === null, RULES.codeAddsOptional, (s) => ({ name: s.name, workload: s.workload, default: after(s).default })),
  row('a required read becomes optional', (s) => before(s).requirement !== 'optional' && after(s).requirement === 'optional', RULES.codeBecomesOptional, (s) => ({
    name: s.name,
    workload: s.workload,
    default: after(s).default,
  })),
  row('a required read becomes required only under a condition', (s) => before(s).requirement === 'required' && after(s).requirement === 'conditional', RULES.codeBecomesConditional, (s) => ({
    name: s.name,
    workload: s.workload,
    condition: after(s).condition,
  })),
  row('the default of an optional read changes', (s) => before(s).default !== after(s).default, RULES.codeDefaultChanged, (s) => ({
    name: s.name,
    workload: s.workload,
    previous: before(s).default,
    default: after(s).default,
  })),
];

// ---------------------------------------------------------------------------------------
// An entry changed in the chart (analyze-chart.ts), before looking at environments.

export interface ChartChangeSituation {
  name: string;
  workload: string;
  kind: 'set-added' | 'set-removed' | 'set-changed';
  rename: { from: string; to: string } | null;
  /** The settings as a reader compares them (`value` when `condition`). */
  previousSetting: string;
  setting: string;
}

export const CHART_CHANGES: readonly Decision<ChartChangeSituation>[] = [
  row('an entry removed and one added with the same value from the values or a secret', (s) => s.rename !== null, RULES.renamed, (s) => ({
    name: s.name,
    workload: s.workload,
    previous: s.rename!.from,
    other: s.rename!.to,
    environments: [],
  })),
  row('the chart sets a new variable', (s) => s.kind === 'set-added', RULES.configAdds, (s) => ({ name: s.name, workload: s.workload })),
  row('the chart sets a variable differently', (s) => s.kind === 'set-changed', RULES.configChanges, (s) => ({
    name: s.name,
    workload: s.workload,
    previous: s.previousSetting,
    other: s.setting,
  })),
  // set-removed: decided per environment, against the version deployed there (REMOVALS).
];

// ---------------------------------------------------------------------------------------
// A variable the chart stops setting in one environment, against the version deployed there.

export interface RemovalSituation {
  name: string;
  workload: string;
  /** The deployed version, e.g. "v2.0 (release 2.0.0)". */
  version: string;
  /** The code repository. */
  source: string;
  /** The deployed code's settings name this workload. */
  hasWorkload: boolean;
  read: VariableRead | null;
  /** file:line (and link) of that read. */
  where: string | null;
  /** The chart still has the entry, behind a condition now off here. */
  stillInChart: boolean;
  /** The read is behind flags that are unset here and default to off. */
  flagsOff: boolean;
}

type Removal = RemovalSituation;
const read = (s: Removal): VariableRead => s.read!;
const requirement = (s: Removal) => s.read?.requirement;

export const REMOVALS: readonly Decision<Removal>[] = [
  rowPerEnvironment('the deployed code names no such workload', (s) => !s.hasWorkload, RULES.configRemovesNoWorkload, (s) => ({ name: s.name, workload: s.workload, source: s.source })),
  rowPerEnvironment('the deployed version does not read it', (s) => s.read === null, RULES.configRemovesUnread, (s) => ({ name: s.name, workload: s.workload })),
  rowPerEnvironment('the deployed version requires it', (s) => requirement(s) === 'required', RULES.configRemovesRequired, (s) => ({
    name: s.name,
    workload: s.workload,
    version: s.version,
    condition: null,
    where: s.where!,
  })),
  rowPerEnvironment(
    'it reads it under flags dropped too, which default to off',
    (s) => requirement(s) === 'conditional' && !s.stillInChart && s.flagsOff,
    RULES.configFlagOff,
    (s) => ({ name: s.name, workload: s.workload, version: s.version, condition: read(s).condition, where: s.where!, other: read(s).flags!.names.join(', ') }),
  ),
  rowPerEnvironment('it requires it under a condition, and the entry is gone', (s) => requirement(s) === 'conditional' && !s.stillInChart, RULES.configRemovesRequired, (s) => ({
    name: s.name,
    workload: s.workload,
    version: s.version,
    condition: read(s).condition,
    where: s.where!,
  })),
  rowPerEnvironment('it requires it under a condition; the entry stays, its chart condition is off here', (s) => requirement(s) === 'conditional', RULES.configConditionOff, (s) => ({
    name: s.name,
    workload: s.workload,
    version: s.version,
    condition: read(s).condition,
    where: s.where!,
  })),
  rowPerEnvironment('it reads it optionally', () => true, RULES.configRemovesOptional, (s) => ({
    name: s.name,
    workload: s.workload,
    version: s.version,
    default: read(s).default,
    where: s.where!,
  })),
];

// ---------------------------------------------------------------------------------------
// An environment's pinned version moves.

export interface VersionMoveSituation {
  environment: string;
  previous: string;
  version: string;
  move: VersionMove;
}

export const VERSION_MOVES: readonly Decision<VersionMoveSituation>[] = [
  row('the pinned version goes down across a major version', (s) => s.move === 'major-downgrade', RULES.majorDowngrade, (s) => ({
    name: s.environment,
    environment: s.environment,
    previous: s.previous,
    version: s.version,
  })),
  row('the pinned version goes down', (s) => s.move === 'downgrade', RULES.downgrade, (s) => ({ name: s.environment, environment: s.environment, previous: s.previous, version: s.version })),
];

// ---------------------------------------------------------------------------------------
// A read of the newly deployed version that the chart does not set in that environment.

export interface NewVersionReadSituation {
  name: string;
  workload: string;
  version: string;
  where: string;
  condition: string | null;
  required: boolean;
  /** The chart has an entry for it (behind a condition off here). */
  entryInChart: boolean;
}

export const NEW_VERSION_READS: readonly Decision<NewVersionReadSituation>[] = [
  rowPerEnvironment('the new version requires it', (s) => s.required, RULES.newVersionMissing, (s) => ({ name: s.name, workload: s.workload, version: s.version, where: s.where })),
  rowPerEnvironment('the new version requires it under a condition, and the chart has no entry for it', (s) => !s.entryInChart, RULES.newVersionConditional, (s) => ({
    name: s.name,
    workload: s.workload,
    version: s.version,
    where: s.where,
    condition: s.condition,
  })),
];

// ---------------------------------------------------------------------------------------
// A flag the deployed version reads is newly set in an environment (a values file turns a chart
// condition on, or a new entry): the reads required under the conditions it turns on.

export interface ConditionOnSituation {
  name: string;
  workload: string;
  version: string;
  where: string;
  /** The condition the read sits under. */
  condition: string;
  /** The flag variables newly set there, e.g. USE_KAFKA_BUTLER_WRITER. */
  flags: string;
  /** The chart sets the variable there (or may: a condition it cannot decide). */
  set: boolean;
}

export const CONDITIONS_ON: readonly Decision<ConditionOnSituation>[] = [
  rowPerEnvironment('the chart newly sets a flag the deployed version reads, and not a variable it then requires', (s) => !s.set, RULES.conditionOnMissing, (s) => ({
    name: s.name,
    workload: s.workload,
    version: s.version,
    where: s.where,
    condition: s.condition,
    other: s.flags,
  })),
  rowPerEnvironment('the chart newly sets the flag and the variables it then requires', () => true, RULES.conditionOnSet, (s) => ({
    name: s.name,
    workload: s.workload,
    version: s.version,
    condition: s.condition,
    other: s.flags,
  })),
];

/** Every table, named as docs/actions/env-diff.md shows them. */
export const DECISION_TABLES = [
  { title: 'A read changes in the code', table: CODE_CHANGES },
  { title: 'An entry changes in the chart', table: CHART_CHANGES },
  { title: 'The chart stops setting a variable in an environment (per deployed version)', table: REMOVALS },
  { title: "An environment's pinned version moves", table: VERSION_MOVES },
  { title: 'The new version reads a variable the chart does not set there', table: NEW_VERSION_READS },
  { title: 'A flag the deployed version reads is newly set in an environment (per deployed version)', table: CONDITIONS_ON },
] as const;
