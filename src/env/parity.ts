/**
 * Parity between workloads that must get the same settings (env.parity): every variable
 * set in one is set in the others with the same value expression and condition. Only
 * differences a PR creates fail; drift already at base is known, and removing drift is fine.
 */
import type { ChartEnvEntry } from '../helm/env-entries.js';
import type { ChartSnapshot } from '../helm/chart-snapshot.js';
import type { DeployedCodeLookup } from './analyze-chart.js';
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
  /** Why an introduced problem matters, when the code tells (`initializer reads it at …`). */
  reason?: string;
}

export interface ParityResult {
  /** Problems this PR creates: errors. */
  introduced: ParityFinding[];
  /** Problems this PR creates that the code explains (only one side's code reads the variable): listed, not failed. */
  expected?: ExpectedDrift[];
  /** Problems already at base and still there: shown, not failed. */
  known: ParityFinding[];
  /** Problems at base that the PR removes. */
  resolved: ParityFinding[];
}

export interface ExpectedDrift extends ParityFinding {
  /** The workloads whose code reads the variable, each with where (file:line at a version). */
  readers: Array<{ workload: string; where: string }>;
}

/**
 * Who reads each variable, over the versions the environments run: name → workload → where
 * (file:line at a version). null when no code can be read (nothing tells).
 */
export type ParityReaders = Map<string, Map<string, string>> | null;

/**
 * Which introduced problems the code explains. A workload left without a variable (or given
 * another value) matters when its code reads the variable; when no known code reads it at all,
 * nothing tells, and it stays an error (code outside the repository may read it).
 */
export function judgeParity(result: ParityResult, readers: ParityReaders): ParityResult {
  if (!readers) return result;
  const introduced: ParityFinding[] = [];
  const expected: ExpectedDrift[] = [...(result.expected ?? [])];
  for (const problem of result.introduced) {
    const reading = readers.get(problem.name) ?? new Map<string, string>();
    const readBy = problem.workloads.filter((workload) => reading.has(workload));
    const matters = reading.size === 0 || (problem.problem === 'missing' ? readBy.length > 0 : readBy.length > 1);
    const reason = readBy.length
      ? readBy.map((workload) => `${workload} reads it at ${reading.get(workload)}`).join('; ')
      : 'no known code reads it, so nothing tells it belongs to one workload';
    if (matters) introduced.push({ ...problem, reason });
    else expected.push({ ...problem, readers: [...reading].map(([workload, where]) => ({ workload, where })) });
  }
  return { ...result, introduced, expected };
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
    const firstEntry = byWorkload.get(having[0]!)!.get(name)![0];
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
    const [first] = after;
    if (first && settingSignature(after) !== settingSignature(before)) return first;
  }
  // Removed from one workload: point at the entry the other workload keeps.
  return null;
}

/**
 * Who reads `names` in the versions the environments run (each distinct image tag read once,
 * only the files that mention the names). null when no version's code can be read.
 */
export async function parityReaders(lookup: DeployedCodeLookup, head: ChartSnapshot, names: readonly string[]): Promise<ParityReaders> {
  if (!lookup || names.length === 0) return null;
  const tags = [...new Set(head.environments.map((environment) => environment.imageTag?.tag).filter((tag): tag is string => !!tag))].sort();
  const readers = new Map<string, Map<string, string>>();
  let readable = false;
  for (const tag of tags) {
    const code = await lookup(tag, names);
    if (!code.reads) continue;
    readable = true;
    for (const [workload, reads] of code.reads.workloads) {
      for (const name of names) {
        const read = reads.get(name);
        if (!read || readers.get(name)?.has(workload)) continue;
        const where = read.extra ? `env.extra-reads in ${read.file}` : `${code.source}@${code.release ?? tag}:${read.file}${read.line ? `:${read.line}` : ''}`;
        readers.set(name, (readers.get(name) ?? new Map<string, string>()).set(workload, where));
      }
    }
  }
  return readable ? readers : null;
}
