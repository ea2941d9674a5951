/**
 * Parity between workloads that must get the same settings (env.parity): every variable
 * set in one is set in the others with the same value expression and condition. Only
 * differences a PR creates fail; drift already at base is known, and removing drift is fine.
 */
import type { ChartEnvEntry } from '../helm/env-entries.js';
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import { entriesByName, settingSignature } from './chart-diff.js';
import type { ParityProblem } from './model.js';

export interface ParityFinding {
  name: string;
  problem: ParityProblem;
  /** missing: workloads lacking it; different: all compared workloads. */
  workloads: string[];
  /** Workloads that set the variable. */
  having: string[];
  /** The entry to point at (the one this PR added or changed when there is one). */
  entry: ChartEnvEntry | null;
  key: string;
}

export interface ParityResult {
  /** Problems this PR creates: errors. */
  introduced: ParityFinding[];
  /** Problems already at base and still there: shown, not failed. */
  known: ParityFinding[];
  /** Problems at base that the PR removes. */
  resolved: ParityFinding[];
}

export function parityProblems(snapshot: ChartSnapshot | undefined, workloads: readonly string[], exempt: ReadonlySet<string>): ParityFinding[] {
  if (!snapshot) return [];
  const present = workloads.filter((workload) => snapshot.workloads.get(workload));
  if (present.length < 2) return [];
  const byWorkload = new Map(present.map((workload) => [workload, entriesByName(snapshot.workloads.get(workload)!.entries)]));
  const names = new Set([...byWorkload.values()].flatMap((entries) => [...entries.keys()]));
  const problems: ParityFinding[] = [];
  for (const name of [...names].sort()) {
    if (exempt.has(name)) continue;
    const having = present.filter((workload) => byWorkload.get(workload)!.has(name));
    const firstEntry = byWorkload.get(having[0])!.get(name)![0];
    if (having.length < present.length) {
      const missing = present.filter((workload) => !having.includes(workload));
      problems.push({ name, problem: 'missing', workloads: missing, having, entry: firstEntry, key: `${name}\0missing\0${missing.join(',')}` });
      continue;
    }
    const signatures = new Set(present.map((workload) => settingSignature(byWorkload.get(workload)!.get(name)!)));
    if (signatures.size > 1) problems.push({ name, problem: 'different', workloads: [...present], having, entry: firstEntry, key: `${name}\0different` });
  }
  return problems;
}

export function compareParity(
  base: ChartSnapshot | undefined,
  head: ChartSnapshot,
  workloads: readonly string[],
  exempt: ReadonlySet<string>,
): ParityResult {
  const before = parityProblems(base, workloads, exempt);
  const after = parityProblems(head, workloads, exempt);
  const beforeKeys = new Set(before.map((problem) => problem.key));
  const afterKeys = new Set(after.map((problem) => problem.key));
  const introduced = after
    .filter((problem) => !beforeKeys.has(problem.key))
    .map((problem) => ({ ...problem, entry: changedEntry(base, head, problem) ?? problem.entry }));
  return {
    introduced,
    known: after.filter((problem) => beforeKeys.has(problem.key)),
    resolved: before.filter((problem) => !afterKeys.has(problem.key)),
  };
}

/** Point at the entry the PR added or changed for this variable, in whichever workload it was. */
function changedEntry(base: ChartSnapshot | undefined, head: ChartSnapshot, problem: ParityFinding): ChartEnvEntry | null {
  for (const [workload, env] of head.workloads) {
    const after = entriesByName(env?.entries).get(problem.name) ?? [];
    const before = entriesByName(base?.workloads.get(workload)?.entries).get(problem.name) ?? [];
    if (after.length && settingSignature(after) !== settingSignature(before)) return after[0];
  }
  // Removed from one workload: point at the entry the other workload keeps.
  return null;
}
