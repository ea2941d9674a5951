/**
 * Where a line of the base revision sits at head, from `git diff -U0` hunks: an unchanged
 * line moves by the lines added and removed above it; a removed line maps to the head line
 * next to where it was (annotations only land on the head side of a pull request).
 */
export interface Hunk {
  baseStart: number;
  baseCount: number;
  headStart: number;
  headCount: number;
}

export interface HeadLine {
  line: number;
  /** The base line is gone at head: `line` is the nearest head line, not the same text. */
  removed: boolean;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export function parseHunks(diff: string): Hunk[] {
  const hunks: Hunk[] = [];
  for (const line of diff.split('\n')) {
    const match = HUNK_HEADER.exec(line);
    if (!match) continue;
    hunks.push({ baseStart: Number(match[1]), baseCount: Number(match[2] ?? 1), headStart: Number(match[3]), headCount: Number(match[4] ?? 1) });
  }
  return hunks;
}

export function headLineOf(hunks: readonly Hunk[], baseLine: number): HeadLine {
  let shift = 0;
  for (const hunk of hunks) {
    // With -U0 a pure insertion (baseCount 0) sits after baseStart; a removal or change covers baseStart…+count-1.
    const end = hunk.baseCount === 0 ? hunk.baseStart : hunk.baseStart + hunk.baseCount - 1;
    if (hunk.baseCount > 0 && baseLine >= hunk.baseStart && baseLine <= end) {
      // Replaced lines: the first replacement line; removed lines: the head line just above the removal (or line 1).
      return { line: hunk.headCount > 0 ? hunk.headStart : Math.max(1, hunk.headStart), removed: true };
    }
    if (end >= baseLine) break;
    shift += hunk.headCount - hunk.baseCount;
  }
  return { line: baseLine + shift, removed: false };
}
