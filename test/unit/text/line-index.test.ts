import { describe, expect, it } from '@jest/globals';
import { LineIndex } from '../../../src/text/line-index.js';

describe('LineIndex', () => {
  const index = new LineIndex('ab\ncd\n\nlast');
  it('maps offsets to 1-based lines and columns', () => {
    expect([0, 1, 2, 3, 5, 6, 7, 10].map((offset) => index.lineAt(offset))).toEqual([1, 1, 1, 2, 2, 3, 4, 4]);
    expect(index.columnAt(4)).toBe(2);
    expect(index.columnAt(7)).toBe(1);
  });
  it('returns the text of a line without its newline', () => {
    expect([1, 2, 3, 4].map((line) => index.lineText(line))).toEqual(['ab', 'cd', '', 'last']);
  });
});
