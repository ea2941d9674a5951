/** The closest known name to a misspelt one, or undefined when nothing is close. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  // Farther than about a third of the word is a different word, not a typo.
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(cell(previous, j) + 1, cell(current, j - 1) + 1, cell(previous, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return cell(previous, b.length);
}

/** One cell of a row of the distance table (every cell read is filled). */
function cell(row: readonly number[], index: number): number {
  return row[index] ?? Infinity;
}
