/**
 * Rules for a change to the chart (the deployment repository): entries added, removed or
 * changed, and — per environment — whether the version deployed there (its pinned image
 * tag) still reads what the PR stops setting, or needs what the chart does not set.
 */
import type { ChartEnvEntry, WorkloadEnv } from '../helm/env-entries.js';
import { isFalsyLiteral } from '../python/env-reads.js';
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { ChartEnvironment } from '../helm/environments.js';
import { changeEntry, diffChart, effectiveEnv, isSet, type EffectiveEnv, type SetChange } from './chart-diff.js';
import type { CodeReads, VariableRead } from './code-reads.js';
import { EnvFindings, type Location } from './findings.js';
import type { EnvChange } from './model.js';
import { CHART_CHANGES, CONDITIONS_ON, decide, NEW_VERSION_READS, REMOVALS, VERSION_MOVES } from './decisions.js';
import { valueOf } from './environment-changes.js';
import { chartRenames } from './renames.js';
import { reachedBy, RULES } from './rules.js';
import { compareDeployed } from './versions.js';

export interface DeployedCode {
  tag: string;
  /** What that version reads, or null when no release tag matches the image tag. */
  reads: CodeReads | null;
  /** The code repository, for messages, e.g. lsst-dm/prompt_processing. */
  source: string;
  /** The release tag matched, e.g. 2.0.0 for image tag v2.0. */
  release?: string;
  /** A web link to a line of that release (GitHub counterparts), shown next to file:line. */
  link?(file: string, line?: number): string | undefined;
}

/**
 * Reads of the code at a deployed image tag — all of them, or (with `names`) enough to decide
 * those variables; null when no code repository is configured.
 */
export type DeployedCodeLookup = ((tag: string, names?: readonly string[]) => Promise<DeployedCode>) | null;

export interface DeployedRow {
  environment: string;
  before: string | null;
  after: string | null;
  where: string;
  release: string | null;
}

export interface ChartAnalysis {
  /** The environments whose deployed version was checked. */
  rows: DeployedRow[];
  findings: EnvFindings;
}

/** The chart at base (undefined: none there) and head, and how the code of a deployed version is read. */
interface ChartSides {
  base: ChartSnapshot | undefined;
  head: ChartSnapshot;
  deployed: DeployedCodeLookup;
}

export async function analyzeChart(base: ChartSnapshot | undefined, head: ChartSnapshot, deployed: DeployedCodeLookup): Promise<ChartAnalysis> {
  const sides = { base, head, deployed };
  const baseByFile = new Map((base?.environments ?? []).map((environment) => [environment.file, environment]));
  const results: EnvironmentResult[] = [];
  for (const environment of head.environments) results.push(await analyzeEnvironment(sides, environment, baseByFile.get(environment.file)));
  const findings = EnvFindings.combine([chartChangeFindings(base, head), ...results.map((result) => result.findings)]);
  findings.flushEnvironmentHits();
  for (const [name, { workload, environments, entry }] of uncheckedRemovals(results)) {
    findings.hit(RULES.configRemovesUnchecked, { name, workload, environments }, { file: entry.file, line: entry.line, base: true });
  }
  return { rows: results.flatMap((result) => (result.row ? [result.row] : [])), findings };
}

/** The entries the chart adds, removes or changes, duplicates, and entries that cannot be read statically. */
function chartChangeFindings(base: ChartSnapshot | undefined, head: ChartSnapshot): EnvFindings {
  const out = new EnvFindings();
  const changes = diffChart(base, head);
  const renames = chartRenames(changes);
  for (const change of changes) {
    out.changes.push(chartChange(change));
    const entry = changeEntry(change);
    const location = { file: entry.file, line: entry.line, base: !change.after.length };
    const pair = renames.get(change);
    const rename = pair ? (change.kind === 'set-removed' ? { from: change.name, to: pair.name } : { from: pair.name, to: change.name }) : null;
    const situation = { name: change.name, workload: change.workload, kind: change.kind, rename, previousSetting: describeSetting(change.before), setting: describeSetting(change.after) };
    out.apply(decide(CHART_CHANGES, situation), location);
  }
  for (const { workload, first, second } of head.duplicates) {
    out.hit(RULES.duplicateEntry, { name: second.name, workload, where: `${first.file}:${first.line}` }, { file: second.file, line: second.line });
  }
  for (const [workload, env] of head.workloads) {
    // Entries that cannot be read statically (toYaml, computed names) are reported, added or removed, never dropped.
    const before = unreadableSources(base?.workloads.get(workload));
    const after = unreadableSources(env);
    for (const [text, where] of after) if (!before.has(text)) out.hit(RULES.dynamicEntries, { name: text, workload }, where);
    for (const [text, where] of before) if (!after.has(text)) out.hit(RULES.dynamicEntriesRemoved, { name: text, workload }, { ...where, base: true });
  }
  return out;
}

/** Removals no deployed code could be checked for, by name, with the environments they are in (in order). */
function uncheckedRemovals(results: readonly EnvironmentResult[]): Map<string, { workload: string; environments: string[]; entry: ChartEnvEntry }> {
  const byName = new Map<string, { workload: string; environments: string[]; entry: ChartEnvEntry }>();
  for (const { environment, unchecked } of results) {
    for (const { workload, name, entry } of unchecked) {
      const known = byName.get(name);
      byName.set(name, known ? { ...known, environments: [...known.environments, environment] } : { workload, environments: [environment], entry });
    }
  }
  return byName;
}

/** A workload's env sources that cannot be read statically, by text, with where each is. */
function unreadableSources(env: WorkloadEnv | null | undefined): Map<string, Location> {
  const sources = new Map<string, Location>();
  for (const dynamic of env?.dynamic ?? []) sources.set(dynamic.text, { file: dynamic.file, line: dynamic.line });
  for (const entry of env?.entries ?? []) if (!entry.resolved) sources.set(`- name: ${entry.name}`, { file: entry.file, line: entry.line });
  return sources;
}

interface Removal {
  workload: string;
  name: string;
  entry: ChartEnvEntry;
  stillInChart: boolean;
}

/** What one environment's values and image tag change between base and head. */
interface EnvironmentDelta {
  environment: ChartEnvironment;
  /** The chart's workloads at head. */
  workloads: string[];
  after: EffectiveEnv;
  before: EffectiveEnv | undefined;
  tagBefore: string | null;
  tagAfter: string | null;
  tagChanged: boolean;
  /** The image tag as a reader finds it (file:line). */
  tagWhere: string;
  tagLocation: Location;
  removed: Removal[];
  flagsOn: Map<string, Set<string>>;
  /** The row lists the environments whose deployed version is checked for removals or a move. */
  checked: boolean;
}

interface EnvironmentResult {
  environment: string;
  row: DeployedRow | null;
  findings: EnvFindings;
  /** Removals there was no deployed code to check against (no code repository configured). */
  unchecked: Removal[];
}

function environmentDelta({ base, head }: ChartSides, environment: ChartEnvironment, previous: ChartEnvironment | undefined): EnvironmentDelta {
  const after = effectiveEnv(head, environment);
  const before = base && previous ? effectiveEnv(base, previous) : undefined;
  const tagBefore = previous?.imageTag?.tag ?? null;
  const tagAfter = environment.imageTag?.tag ?? null;
  const removed: Removal[] = [];
  for (const [workload, settings] of before ?? []) {
    for (const [name, setting] of settings) {
      if (setting.on === false || isSet(after, workload, name)) continue;
      removed.push({ workload, name, entry: setting.entries[0], stillInChart: after.get(workload)?.has(name) ?? false });
    }
  }
  // A new environment starts running its version: check it like a version change.
  const tagChanged = previous ? tagBefore !== tagAfter : base !== undefined && tagAfter !== null;
  return {
    environment,
    workloads: [...head.workloads.keys()],
    after,
    before,
    tagBefore,
    tagAfter,
    tagChanged,
    tagWhere: environment.imageTag ? `${environment.imageTag.file}${environment.imageTag.line ? `:${environment.imageTag.line}` : ''}` : environment.file,
    tagLocation: { file: environment.imageTag?.file ?? environment.file, line: environment.imageTag?.line },
    removed,
    flagsOn: before ? newlySet(before, after, environment) : new Map<string, Set<string>>(),
    checked: removed.length > 0 || tagChanged,
  };
}

async function analyzeEnvironment(sides: ChartSides, environment: ChartEnvironment, previous: ChartEnvironment | undefined): Promise<EnvironmentResult> {
  const delta = environmentDelta(sides, environment, previous);
  const { tagBefore, tagAfter, removed } = delta;
  const result = (parts: EnvFindings[], release: string | null = null, unchecked: Removal[] = []): EnvironmentResult => ({
    environment: environment.name,
    row: delta.checked ? { environment: environment.name, before: tagBefore, after: tagAfter, where: delta.tagWhere, release } : null,
    findings: EnvFindings.combine(parts),
    unchecked,
  });
  if (!delta.checked && !delta.flagsOn.size) return { environment: environment.name, row: null, findings: new EnvFindings(), unchecked: [] };
  const moved = new EnvFindings();
  if (delta.tagChanged && tagBefore && tagAfter) {
    const move = compareDeployed(tagBefore, tagAfter);
    moved.apply(decide(VERSION_MOVES, { environment: environment.name, previous: tagBefore, version: tagAfter, move }), delta.tagLocation);
  }
  if (!sides.deployed) return result([moved], null, removed);
  if (!tagAfter) return result([moved, versionUnknownFindings(delta)]);
  // A version change needs every read of the new version; removals alone only the removed names' (and a flag newly set, the reads it guards).
  const flagNames = [...delta.flagsOn.values()].flatMap((names) => [...names]);
  const code = await sides.deployed(tagAfter, delta.tagChanged ? undefined : [...new Set([...removed.map((r) => r.name), ...flagNames])]);
  const release = code.release ?? null;
  if (!code.reads) return result([moved, unreadVersionFindings(delta, code, tagAfter)], release);
  const view = deployedView(delta, { ...code, reads: code.reads }, { deployed: sides.deployed, tag: tagAfter });
  return result([moved, await removalFindings(view), conditionFindings(view), await newReadFindings(view)], release);
}

/** With no image tag, the version deployed is not known: each removal says so. */
function versionUnknownFindings({ environment, removed }: EnvironmentDelta): EnvFindings {
  const out = new EnvFindings();
  for (const { name, entry } of removed) {
    out.hit(
      RULES.versionUnknown,
      { name, environment: environment.name, version: '(no image tag and no appVersion)', where: environment.file, source: 'the chart', environments: [environment.name] },
      { file: entry.file, line: entry.line, base: true },
    );
  }
  return out;
}

/** No release of the code matches the deployed tag: each removal, and a move, say so. */
function unreadVersionFindings({ environment, removed, tagChanged, tagWhere, tagLocation }: EnvironmentDelta, code: DeployedCode, version: string): EnvFindings {
  const out = new EnvFindings();
  for (const { name, entry } of removed) {
    out.hitInEnvironment(RULES.versionUnknown, { name, version, where: tagWhere, source: code.source }, { file: entry.file, line: entry.line, base: true }, environment.name);
  }
  if (tagChanged) out.hitInEnvironment(RULES.versionUnknownForMove, { name: version, version, where: tagWhere, source: code.source }, tagLocation, environment.name);
  return out;
}

/** An environment with the code of the version deployed there. */
interface DeployedView {
  delta: EnvironmentDelta;
  code: DeployedCode & { reads: CodeReads };
  deployed: NonNullable<DeployedCodeLookup>;
  /** The version as messages name it (with its release when that differs from the tag). */
  version: string;
  tag: string;
  /** Where a read is, as messages show it. */
  where: (read: VariableRead) => string;
}

function deployedView(delta: EnvironmentDelta, code: DeployedCode & { reads: CodeReads }, { deployed, tag }: { deployed: NonNullable<DeployedCodeLookup>; tag: string }): DeployedView {
  const where = (read: VariableRead) => {
    if (read.extra) return `env.extra-reads in ${read.file}`;
    const link = code.link?.(read.file, read.line);
    const path = read.via ? `; ${reachedBy(read)}` : '';
    return `${code.source}@${code.release ?? tag}:${read.file}${read.line ? `:${read.line}` : ''}${link ? `, ${link}` : ''}${path}`;
  };
  const version = code.release && code.release !== tag ? `${tag} (release ${code.release})` : tag;
  return { delta, code, deployed, version, tag, where };
}

/**
 * A read behind a flag (`if use_writer:` with `use_writer = os.environ.get("USE_WRITER", "0") == "1"`)
 * cannot happen where the flag is unset and defaults to falsy: the condition is off there.
 */
async function flagsOff({ delta, deployed, tag }: DeployedView, read: VariableRead, workload: string): Promise<boolean> {
  const flags = read.flags;
  if (!flags?.positive || flags.names.length === 0) return false;
  if (flags.names.some((flag) => isSet(delta.after, workload, flag))) return false;
  const flagCode = await deployed(tag, flags.names);
  return flags.names.every((flag) => {
    const flagRead = flagCode.reads?.workloads.get(workload)?.get(flag);
    return flagRead?.requirement === 'optional' && (flagRead.default === null || isFalsyLiteral(flagRead.default));
  });
}

/** What the deployed version does with each variable the chart stops setting there. */
async function removalFindings(view: DeployedView): Promise<EnvFindings> {
  const { delta, code, version, where } = view;
  const out = new EnvFindings();
  for (const { workload, name, entry, stillInChart } of delta.removed) {
    const read = code.reads.workloads.get(workload)?.get(name) ?? null;
    const flagged = read?.requirement === 'conditional' && !stillInChart && (await flagsOff(view, read, workload));
    const situation = { name, workload, version, source: code.source, hasWorkload: code.reads.workloads.has(workload), read, where: read ? where(read) : null, stillInChart, flagsOff: flagged };
    out.apply(decide(REMOVALS, situation), { file: entry.file, line: entry.line, base: true }, delta.environment.name);
  }
  return out;
}

/** Reads of the deployed version that a flag the chart newly sets turns on. */
function conditionFindings({ delta, code, version, where }: DeployedView): EnvFindings {
  const out = new EnvFindings();
  for (const { read, entry, ...situation } of conditionsTurnedOn(code.reads, delta.after, delta.flagsOn)) {
    out.apply(decide(CONDITIONS_ON, { ...situation, version, where: where(read) }), { file: entry.file, line: entry.line }, delta.environment.name);
  }
  return out;
}

/** A version move: what the new version requires that the environment does not set. */
async function newReadFindings({ delta, code, deployed, version, where }: DeployedView): Promise<EnvFindings> {
  const out = new EnvFindings();
  if (!delta.tagChanged) return out;
  const { after, before, tagBefore, removed } = delta;
  const alreadyReported = new Set(removed.map((r) => `${r.workload}\0${r.name}`));
  const unset: Array<{ workload: string; read: VariableRead }> = [];
  for (const workload of delta.workloads) {
    for (const read of code.reads.workloads.get(workload)?.values() ?? []) {
      if (read.requirement === 'optional' || isSet(after, workload, read.name) || alreadyReported.has(`${workload}\0${read.name}`)) continue;
      unset.push({ workload, read });
    }
  }
  // A gap the environment already ran with (the old version required it too, and the chart did
  // not set it) is not this PR's doing: the version change is judged by what it newly requires.
  const old = unset.length && tagBefore && before ? await deployed(tagBefore, [...new Set(unset.map((u) => u.read.name))]) : undefined;
  for (const { workload, read } of unset) {
    const oldRead = old?.reads?.workloads.get(workload)?.get(read.name);
    const alreadyRan = oldRead && oldRead.requirement === read.requirement && oldRead.condition === read.condition && !isSet(before!, workload, read.name);
    if (alreadyRan) continue;
    const situation = { name: read.name, workload, version, where: where(read), condition: read.condition, required: read.requirement === 'required', entryInChart: after.get(workload)?.has(read.name) ?? false };
    out.apply(decide(NEW_VERSION_READS, situation), delta.tagLocation, delta.environment.name);
  }
  return out;
}

/**
 * workload → variables set in this environment now that were not before (a values file turned a
 * chart condition on, or an entry was added), except those set to a plain "off" value ("0", "false").
 */
function newlySet(before: EffectiveEnv, after: EffectiveEnv, environment: ChartEnvironment): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [workload, settings] of after) {
    for (const [name, setting] of settings) {
      if (setting.on === false || isSet(before, workload, name)) continue;
      const value = valueOf(setting.entries[0], environment.values);
      if (value.resolved && !value.secret && OFF_VALUE.test(value.text.trim())) continue;
      out.set(workload, (out.get(workload) ?? new Set<string>()).add(name));
    }
  }
  return out;
}

/** A value that leaves a flag off: "", "0", "false", "no", "off" (any case). */
const OFF_VALUE = /^(?:0|false|no|off|)$/i;

/**
 * The deployed version's reads required under a condition computed from a newly set flag (only
 * positive conditions: set can only turn them on), with whether the chart sets them there.
 */
function conditionsTurnedOn(reads: CodeReads, after: EffectiveEnv, flagsOn: Map<string, Set<string>>) {
  const out: Array<{ name: string; workload: string; condition: string; flags: string; set: boolean; read: VariableRead; entry: ChartEnvEntry }> = [];
  for (const [workload, names] of flagsOn) {
    for (const read of reads.workloads.get(workload)?.values() ?? []) {
      const flags = read.flags?.positive ? read.flags.names.filter((flag) => names.has(flag)) : [];
      const [flag] = flags;
      if (read.requirement !== 'conditional' || flag === undefined) continue;
      const entry = after.get(workload)!.get(flag)!.entries[0];
      out.push({ name: read.name, workload, condition: read.condition ?? '', flags: flags.join(', '), set: isSet(after, workload, read.name), read, entry });
    }
  }
  return out;
}

/** `= value` and, when conditional, `when condition` — as a reader compares two settings. */
function describeSetting(entries: readonly ChartEnvEntry[]): string {
  return entries.map((entry) => `\`${entry.value.replace(/\s+/g, ' ')}\`${entry.condition ? ` when \`${entry.condition}\`` : ''}`).join(' or ');
}

function chartChange(change: SetChange): EnvChange {
  const entry = changeEntry(change);
  return {
    side: 'chart',
    kind: change.kind,
    name: change.name,
    workload: change.workload,
    required: null,
    default: null,
    conditional: entry.condition !== null,
    condition: entry.condition,
    value: entry.value,
    file: entry.file,
    line: entry.line,
  };
}

