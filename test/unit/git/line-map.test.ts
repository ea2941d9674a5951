import { describe, expect, it } from '@jest/globals';
import { headLineOf, parseHunks } from '../../../src/git/line-map.js';

// base: lines 1..10; head: 2 lines inserted after 2, line 5 changed, lines 7–8 removed.
const DIFF = `diff --git a/f b/f
--- a/f
+++ b/f
@@ -2,0 +3,2 @@ x
+new a
+new b
@@ -5 +7 @@ y
-old 5
+new 5
@@ -7,2 +8,0 @@ z
-old 7
-old 8
`;

describe('headLineOf', () => {
  const hunks = parseHunks(DIFF);

  it('parses -U0 hunk headers, counts defaulting to 1', () => {
    expect(hunks).toEqual([
      { baseStart: 2, baseCount: 0, headStart: 3, headCount: 2 },
      { baseStart: 5, baseCount: 1, headStart: 7, headCount: 1 },
      { baseStart: 7, baseCount: 2, headStart: 8, headCount: 0 },
    ]);
  });

  it('moves unchanged lines by what was added and removed above them', () => {
    expect([1, 2, 3, 4, 6, 9, 10].map((line) => headLineOf(hunks, line))).toEqual(
      [1, 2, 5, 6, 8, 9, 10].map((line) => ({ line, removed: false })),
    );
  });

  it('puts a changed line on its replacement and a removed line next to where it was', () => {
    expect(headLineOf(hunks, 5)).toEqual({ line: 7, removed: true });
    expect(headLineOf(hunks, 7)).toEqual({ line: 8, removed: true });
    expect(headLineOf(hunks, 8)).toEqual({ line: 8, removed: true });
    expect(headLineOf(parseHunks('@@ -1,3 +0,0 @@\n'), 2)).toEqual({ line: 1, removed: true });
  });
});
