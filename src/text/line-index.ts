/** Offsets → 1-based lines and columns of one text, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  columnAt(offset: number): number {
    return offset - (this.starts[this.lineAt(offset) - 1] ?? 0) + 1;
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line - 1], (this.starts[line] ?? this.text.length + 1) - 1);
  }
}
