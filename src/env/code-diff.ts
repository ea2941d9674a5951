/**
 * Code side of the diff, base → head. Cost grows with the change, not the repository: a
 * file whose blob is the same at base and head cannot change what is read, so only the
 * changed files are parsed; for the variables whose reads changed there, `git grep` finds
 * the unchanged files that mention them (one git process), and only those are parsed too.
 */
import type { TreeEntry } from '../git/repository.js';
import type { EnvRead } from '../python/env-reads.js';
import {
  aggregate,
  readsDeciding,
  signature,
  workloadMatchers,
  type CodeReader,
  type CodeSettings,
  type Reachability,
  type VariableRead,
} from './code-reads.js';

export type ReadChangeKind = 'read-added' | 'read-removed' | 'read-changed';

export interface ReadChange {
  kind: ReadChangeKind;
  workload: string;
  name: string;
  before?: VariableRead;
  after?: VariableRead;
}

export interface CodeDiff {
  changes: ReadChange[];
  /** Reads with a run-time name that the head adds (in changed files), with the workloads that run them. */
  unresolvedAdded: Array<{ read: EnvRead; workloads: string[] }>;
  /** Changed files at head the Python grammar could not fully read. */
  syntaxIssues: Array<{ file: string; line: number; near: string }>;
}

export async function diffCode(reader: CodeReader, base: string, head: string, settings: CodeSettings): Promise<CodeDiff> {
  const repository = reader.repository;
  const matchers = workloadMatchers(settings.code);
  const relevant = (file: string) => file.endsWith('.py') && [...matchers.values()].some((matches) => matches(file));
  const changes = await repository.changedFiles(base, head);
  const basePaths = changes.filter((c) => c.status !== 'added' && relevant(c.oldPath ?? c.path)).map((c) => c.oldPath ?? c.path);
  const headPaths = changes.filter((c) => c.status !== 'deleted' && relevant(c.path)).map((c) => c.path);

  const [baseTree, headTree] = await Promise.all([repository.tree(base), repository.tree(head)]);
  const entriesOf = (tree: Map<string, TreeEntry>, paths: string[]) => paths.map((p) => tree.get(p)).filter((e): e is TreeEntry => !!e && e.mode !== '160000');
  const baseReads = await reader.readsOf(entriesOf(baseTree, basePaths), false);
  const headReads = await reader.readsOf(entriesOf(headTree, headPaths), true);

  // A PR may declare new extra-reads in the config: the base side counts the base config's.
  const baseSettings: CodeSettings = { ...settings, extraReads: settings.baseExtraReads ?? settings.extraReads };
  const partialBase = aggregate(baseReads, baseSettings);
  const partialHead = aggregate(headReads, settings);
  const candidates = new Set<string>();
  for (const workload of matchers.keys()) {
    const before = partialBase.workloads.get(workload)!;
    const after = partialHead.workloads.get(workload)!;
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      if (signature(before.get(name)) !== signature(after.get(name))) candidates.add(name);
    }
  }

  // A shared file whose reachability changed (an own file now imports it, or calls one more of
  // its functions) can change what a workload reads without changing itself: its names are candidates.
  const [baseReach, headReach] = await Promise.all([
    reader.reachability(base, baseSettings, baseReads, true),
    reader.reachability(head, settings, headReads, true),
  ]);
  const moved = movedFiles(baseReach, headReach);
  const [movedBase, movedHead] = await Promise.all([
    reader.readsOf(entriesOf(baseTree, moved), false),
    reader.readsOf(entriesOf(headTree, moved), false),
  ]);
  for (const read of [...movedBase.values(), ...movedHead.values()].flat()) if (read.resolved) candidates.add(read.name);

  // Unchanged files count the same at base and head. A candidate that an unchanged file reads
  // as always required is required on both sides, so it cannot have changed: it is dropped as
  // soon as such a read turns up, and files mentioning only dropped names are never parsed.
  const changedHead = new Set(headPaths);
  const unchanged = (file: string) => !changedHead.has(file) && relevant(file) && baseTree.get(file)?.blob === headTree.get(file)?.blob;
  const sharedReads = candidates.size ? await readsDeciding(reader, { revision: head, names: [...candidates], code: settings.code, include: unchanged }) : new Map<string, EnvRead[]>();
  const fullBase = aggregate(new Map([...movedBase, ...baseReads, ...sharedReads]), baseSettings, baseReach);
  const fullHead = aggregate(new Map([...movedHead, ...headReads, ...sharedReads]), settings, headReach);

  const readChanges: ReadChange[] = [];
  for (const workload of matchers.keys()) {
    const before = fullBase.workloads.get(workload)!;
    const after = fullHead.workloads.get(workload)!;
    for (const name of [...candidates].sort()) {
      const b = before.get(name);
      const a = after.get(name);
      if (!b && a) readChanges.push({ kind: 'read-added', workload, name, after: a });
      else if (b && !a) readChanges.push({ kind: 'read-removed', workload, name, before: b });
      else if (b && a && signature(b) !== signature(a)) readChanges.push({ kind: 'read-changed', workload, name, before: b, after: a });
    }
  }

  const baseUnresolved = new Set([...baseReads.values()].flat().filter((r) => !r.resolved).map((r) => `${r.file}\0${r.name}`));
  const unresolvedAdded = [...headReads.values()]
    .flat()
    .filter((r) => !r.resolved && !baseUnresolved.has(`${r.file}\0${r.name}`))
    .map((read) => ({ read, workloads: [...matchers].filter(([, matches]) => matches(read.file)).map(([workload]) => workload) }));
  return { changes: readChanges, unresolvedAdded, syntaxIssues: [...reader.syntaxIssues] };
}


/** Shared files of which a workload reaches something different at base and head. */
function movedFiles(base: Reachability, head: Reachability): string[] {
  const moved = new Set<string>();
  for (const workload of new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(workload);
    const after = head.get(workload);
    for (const file of new Set([...(before?.shared ?? []), ...(after?.shared ?? [])])) {
      if ((before?.signature(file) ?? '*') !== (after?.signature(file) ?? '*')) moved.add(file);
    }
  }
  return [...moved].sort();
}
