/**
 * Chart side of the diff, base → head: entries set, removed or changed per workload, and
 * what each environment effectively gets once its values decide the chart's conditions.
 */
import { comparableCondition, type ChartEnvEntry } from '../helm/env-entries.js';
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { ChartEnvironment } from '../helm/environments.js';
import { evaluateClauses, type Truth } from '../helm/values.js';

export type SetChangeKind = 'set-added' | 'set-removed' | 'set-changed';

export interface SetChange {
  kind: SetChangeKind;
  workload: string;
  name: string;
  before: ChartEnvEntry[];
  after: ChartEnvEntry[];
}

/** A variable's entries in a workload: one at least. */
export type VariableEntries = [ChartEnvEntry, ...ChartEnvEntry[]];

export function entriesByName(entries: readonly ChartEnvEntry[] | undefined): Map<string, VariableEntries> {
  const out = new Map<string, VariableEntries>();
  for (const entry of entries ?? []) {
    if (!entry.resolved) continue;
    const known = out.get(entry.name);
    out.set(entry.name, known ? [...known, entry] : [entry]);
  }
  return out;
}

/** The entry a change is shown at: its first at head, else its first at base (a change has entries on one side at least). */
export function changeEntry(change: SetChange): ChartEnvEntry {
  return change.after[0] ?? change.before[0]!;
}

/** What a variable's entries amount to, without locations. */
export function settingSignature(entries: readonly ChartEnvEntry[]): string {
  return entries
    .map((entry) => `${comparableCondition(entry.clauses)}\0${entry.comparable}`)
    .sort()
    .join('\n');
}

export function diffChart(base: ChartSnapshot | undefined, head: ChartSnapshot): SetChange[] {
  const changes: SetChange[] = [];
  for (const [workload, headEnv] of head.workloads) {
    const before = entriesByName(base?.workloads.get(workload)?.entries);
    const after = entriesByName(headEnv?.entries);
    for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const b = before.get(name) ?? [];
      const a = after.get(name) ?? [];
      if (!b.length && a.length) changes.push({ kind: 'set-added', workload, name, before: b, after: a });
      else if (b.length && !a.length) changes.push({ kind: 'set-removed', workload, name, before: b, after: a });
      else if (settingSignature(b) !== settingSignature(a)) changes.push({ kind: 'set-changed', workload, name, before: b, after: a });
    }
  }
  return changes;
}

export interface EffectiveSetting {
  /** Whether the environment gets the variable: unknown when a condition cannot be evaluated statically. */
  on: Truth;
  entries: VariableEntries;
}

/** workload → variable → whether this environment's values turn its entries on. */
export type EffectiveEnv = Map<string, Map<string, EffectiveSetting>>;

export function effectiveEnv(snapshot: ChartSnapshot, environment: ChartEnvironment): EffectiveEnv {
  const out: EffectiveEnv = new Map();
  for (const [workload, env] of snapshot.workloads) {
    const settings = new Map<string, EffectiveSetting>();
    for (const [name, entries] of entriesByName(env?.entries)) {
      const truths = entries.map((entry) => evaluateClauses(entry.clauses, environment.values));
      const on: Truth = truths.includes(true) ? true : truths.includes('unknown') ? 'unknown' : false;
      settings.set(name, { on, entries });
    }
    out.set(workload, settings);
  }
  return out;
}

/** Set (or possibly set) in this environment. */
export function isSet(effective: EffectiveEnv, workload: string, name: string): boolean {
  const setting = effective.get(workload)?.get(name);
  return !!setting && setting.on !== false;
}
