/**
 * Renames: a variable removed and another added that stand for the same setting. One pairing
 * serves both sides; what makes two changes "the same setting" differs by side and is kept
 * here too, so every rename rule is in this file.
 */
import type { SetChange } from './chart-diff.js';
import type { ReadChange } from './code-diff.js';

/** Pairs each removed change with the first unpaired added one `isRename` accepts; both directions are in the map. */
function pairRenames<T>(removed: readonly T[], added: readonly T[], isRename: (gone: T, candidate: T) => boolean): Map<T, T> {
  const pairs = new Map<T, T>();
  for (const gone of removed) {
    const match = added.find((candidate) => !pairs.has(candidate) && isRename(gone, candidate));
    if (match) {
      pairs.set(gone, match);
      pairs.set(match, gone);
    }
  }
  return pairs;
}

/** An entry removed and another added in the same workload with the same value: a rename. */
export function chartRenames(changes: readonly SetChange[]): Map<SetChange, SetChange> {
  const valueOf = (entries: SetChange['before']) => entries.map((e) => e.comparable).join('\n');
  return pairRenames(
    changes.filter((c) => c.kind === 'set-removed'),
    changes.filter((c) => c.kind === 'set-added'),
    (gone, candidate) => {
      const value = valueOf(gone.before);
      // A literal such as "1" is set by many variables; only a value taken from the values or a secret identifies one.
      return /\.Values|valueFrom/.test(value) && candidate.workload === gone.workload && valueOf(candidate.after) === value;
    },
  );
}

/**
 * A read removed and another added in the same workload and file, in the same statement
 * (only the name changed) or nearby with the same default: a rename, which no order of
 * merges makes safe.
 */
export function codeRenames(changes: readonly ReadChange[]): Map<ReadChange, ReadChange> {
  return pairRenames(
    changes.filter((c) => c.kind === 'read-removed' && !c.before!.extra),
    changes.filter((c) => c.kind === 'read-added' && !c.after!.extra),
    (gone, candidate) => {
      const before = gone.before!;
      const after = candidate.after!;
      if (candidate.workload !== gone.workload || after.file !== before.file || after.requirement !== before.requirement) return false;
      // The same statement with only the name changed (`calib = os.environ[…]`) is a rename;
      // two unrelated reads that happen to sit near each other are not.
      const sameStatement = before.reads.some((old) => after.reads.some((now) => now.file === old.file && now.statement === old.statement));
      const nearby = Math.abs((after.line ?? 0) - (before.line ?? 0)) <= 2;
      const sameDefault = after.default !== null && after.default === before.default;
      return sameStatement || (nearby && sameDefault);
    },
  );
}
