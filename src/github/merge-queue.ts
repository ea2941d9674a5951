/** GitHub's merge queue names each group's branch after the PR it tests. */

/** `gh-readonly-queue/main/pr-123-<sha>` → 123. */
export function pullNumberOfMergeGroup(headRef: string): number | undefined {
  const match = /(?:^|\/)pr-(\d+)-[0-9a-f]+$/.exec(headRef);
  return match ? Number(match[1]) : undefined;
}
