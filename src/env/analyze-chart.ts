/**
 * Rules for a change to the chart (the deployment repository): entries added, removed or
 * changed, and — per environment — whether the version deployed there (its pinned image
 * tag) still reads what the PR stops setting, or needs what the chart does not set.
 */
import type { ChartEnvEntry, WorkloadEnv } from '../helm/env-entries.js';
import { isFalsyLiteral } from '../python/env-reads.js';
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { ChartEnvironment } from '../helm/environments.js';
import { diffChart, effectiveEnv, isSet, type EffectiveEnv, type SetChange } from './chart-diff.js';
import type { CodeReads, VariableRead } from './code-reads.js';
import type { EnvFindings, Location } from './findings.js';
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

export async function analyzeChart(
  base: ChartSnapshot | undefined,
  head: ChartSnapshot,
  deployed: DeployedCodeLookup,
  out: EnvFindings,
): Promise<DeployedRow[]> {
  const changes = diffChart(base, head);
  const renames = chartRenames(changes);
  for (const change of changes) {
    out.changes.push(chartChange(change));
    const entry = change.after[0] ?? change.before[0];
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

  const rows: DeployedRow[] = [];
  const baseByFile = new Map((base?.environments ?? []).map((environment) => [environment.file, environment]));
  const removalsWithoutCode = new Map<string, { workload: string; environments: string[]; entry: ChartEnvEntry }>();
  for (const environment of head.environments) {
    const previous = baseByFile.get(environment.file);
    const row = await analyzeEnvironment(base, head, environment, previous, deployed, out, removalsWithoutCode);
    if (row) rows.push(row);
  }
  out.flushEnvironmentHits();
  for (const [name, { workload, environments, entry }] of removalsWithoutCode) {
    out.hit(RULES.configRemovesUnchecked, { name, workload, environments }, { file: entry.file, line: entry.line, base: true });
  }
  return rows;
}

/** A workload's env sources that cannot be read statically, by text, with where each is. */
function unreadableSources(env: WorkloadEnv | null | undefined): Map<string, Location> {
  const sources = new Map<string, Location>();
  for (const dynamic of env?.dynamic ?? []) sources.set(dynamic.text, { file: dynamic.file, line: dynamic.line });
  for (const entry of env?.entries ?? []) if (!entry.resolved) sources.set(`- name: ${entry.name}`, { file: entry.file, line: entry.line });
  return sources;
}

async function analyzeEnvironment(
  base: ChartSnapshot | undefined,
  head: ChartSnapshot,
  environment: ChartEnvironment,
  previous: ChartEnvironment | undefined,
  deployed: DeployedCodeLookup,
  out: EnvFindings,
  removalsWithoutCode: Map<string, { workload: string; environments: string[]; entry: ChartEnvEntry }>,
): Promise<DeployedRow | null> {
  const after = effectiveEnv(head, environment);
  const before = base && previous ? effectiveEnv(base, previous) : undefined;
  const tagBefore = previous?.imageTag?.tag ?? null;
  const tagAfter = environment.imageTag?.tag ?? null;
  // A new environment starts running its version: check it like a version change.
  const tagChanged = previous ? tagBefore !== tagAfter : base !== undefined && tagAfter !== null;
  const tagWhere = environment.imageTag ? `${environment.imageTag.file}${environment.imageTag.line ? `:${environment.imageTag.line}` : ''}` : environment.file;
  const tagLocation = { file: environment.imageTag?.file ?? environment.file, line: environment.imageTag?.line };

  const removed: Array<{ workload: string; name: string; entry: ChartEnvEntry; stillInChart: boolean }> = [];
  for (const [workload, settings] of before ?? []) {
    for (const [name, setting] of settings) {
      if (setting.on === false || isSet(after, workload, name)) continue;
      removed.push({ workload, name, entry: setting.entries[0], stillInChart: after.get(workload)?.has(name) ?? false });
    }
  }
  const flagsOn = before ? newlySet(before, after, environment) : new Map<string, Set<string>>();
  // The row lists the environments whose deployed version is checked for removals or a move.
  const checked = removed.length > 0 || tagChanged;
  if (!checked && !flagsOn.size) return null;

  const row: DeployedRow = { environment: environment.name, before: tagBefore, after: tagAfter, where: tagWhere, release: null };
  if (tagChanged && tagBefore && tagAfter) {
    const move = compareDeployed(tagBefore, tagAfter);
    out.apply(decide(VERSION_MOVES, { environment: environment.name, previous: tagBefore, version: tagAfter, move }), tagLocation);
  }
  if (!deployed) {
    for (const { workload, name, entry } of removed) {
      const pending = removalsWithoutCode.get(name) ?? { workload, environments: [], entry };
      pending.environments.push(environment.name);
      removalsWithoutCode.set(name, pending);
    }
    return checked ? row : null;
  }
  if (!tagAfter) {
    for (const { name, entry } of removed) {
      out.hit(
        RULES.versionUnknown,
        { name, environment: environment.name, version: '(no image tag and no appVersion)', where: environment.file, source: 'the chart', environments: [environment.name] },
        { file: entry.file, line: entry.line, base: true },
      );
    }
    return checked ? row : null;
  }
  // A version change needs every read of the new version; removals alone only the removed names' (and a flag newly set, the reads it guards).
  const flagNames = [...flagsOn.values()].flatMap((names) => [...names]);
  const code = await deployed(tagAfter, tagChanged ? undefined : [...new Set([...removed.map((r) => r.name), ...flagNames])]);
  row.release = code.release ?? null;
  if (!code.reads) {
    for (const { name, entry } of removed) {
      out.hitInEnvironment(RULES.versionUnknown, { name, version: tagAfter, where: tagWhere, source: code.source }, { file: entry.file, line: entry.line, base: true }, environment.name);
    }
    if (tagChanged) out.hitInEnvironment(RULES.versionUnknownForMove, { name: tagAfter, version: tagAfter, where: tagWhere, source: code.source }, tagLocation, environment.name);
    return checked ? row : null;
  }
  const version = code.release && code.release !== tagAfter ? `${tagAfter} (release ${code.release})` : tagAfter;
  const readOf = (workload: string, name: string): VariableRead | undefined => code.reads!.workloads.get(workload)?.get(name);
  const where = (read: VariableRead) => {
    if (read.extra) return `env.extra-reads in ${read.file}`;
    const link = code.link?.(read.file, read.line);
    const path = read.via ? `; ${reachedBy(read)}` : '';
    return `${code.source}@${code.release ?? tagAfter}:${read.file}${read.line ? `:${read.line}` : ''}${link ? `, ${link}` : ''}${path}`;
  };

  // A read behind a flag (`if use_writer:` with `use_writer = os.environ.get("USE_WRITER", "0") == "1"`)
  // cannot happen where the flag is unset and defaults to falsy: the condition is off there.
  const flagsOff = async (read: VariableRead, workload: string): Promise<boolean> => {
    const flags = read.flags;
    if (!flags?.positive || flags.names.length === 0) return false;
    if (flags.names.some((flag) => isSet(after, workload, flag))) return false;
    const flagCode = await deployed(tagAfter, flags.names);
    return flags.names.every((flag) => {
      const flagRead = flagCode.reads?.workloads.get(workload)?.get(flag);
      return flagRead?.requirement === 'optional' && (flagRead.default === null || isFalsyLiteral(flagRead.default));
    });
  };
  for (const { workload, name, entry, stillInChart } of removed) {
    const read = readOf(workload, name) ?? null;
    const flagged = read?.requirement === 'conditional' && !stillInChart && (await flagsOff(read, workload));
    const situation = { name, workload, version, source: code.source, hasWorkload: code.reads.workloads.has(workload), read, where: read ? where(read) : null, stillInChart, flagsOff: flagged };
    out.apply(decide(REMOVALS, situation), { file: entry.file, line: entry.line, base: true }, environment.name);
  }

  for (const { read, entry, ...situation } of conditionsTurnedOn(code.reads, after, flagsOn)) {
    out.apply(decide(CONDITIONS_ON, { ...situation, version, where: where(read) }), { file: entry.file, line: entry.line }, environment.name);
  }

  if (tagChanged) {
    const alreadyReported = new Set(removed.map((r) => `${r.workload}\0${r.name}`));
    const unset: Array<{ workload: string; read: VariableRead }> = [];
    for (const workload of head.workloads.keys()) {
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
      out.apply(decide(NEW_VERSION_READS, situation), tagLocation, environment.name);
    }
  }
  return checked ? row : null;
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
      if (read.requirement !== 'conditional' || !flags.length) continue;
      const entry = after.get(workload)!.get(flags[0])!.entries[0];
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
  const entry = change.after[0] ?? change.before[0];
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

