/** Issue 14, item 4: a peer problem says which types differ, and who sends and who reads. */
import { describe, expect, it } from '@jest/globals';
import { comparePeer, type PeerSpec } from '../../../src/schema/peers.js';
import { extractPythonSchema } from '../../../src/schema/python-extract.js';
import type { Role } from '../../../src/schema/rules.js';
import { memoryFiles } from './memory-files.js';

const PEER: PeerSpec = { repository: 'lsst-dm/next_visit_fan_out', ref: 'main', schema: 'visit.py#Visit', 'extra-fields': {}, 'wire-types': {} };

async function schema(body: string) {
  return extractPythonSchema(memoryFiles({ 'visit.py': `from dataclasses import dataclass\n\n@dataclass\nclass Visit:\n${body}` }), 'visit.py', 'Visit');
}

async function whys(role: Role, mine: string, theirs: string) {
  const problems = await comparePeer({ role, decoder: 'strict', schema: await schema(mine) }, await schema(theirs), PEER);
  return problems.map((p) => p.why);
}

describe('peer problems name the types and the direction', () => {
  it('a type difference says both types, here and on the peer, and who sends', async () => {
    expect(await whys('consumer', '    position: list[int]\n', '    position: list[float]\n')).toEqual([
      '`position[]` is `int` here and `float` on the peer (lsst-dm/next_visit_fan_out) (the peer sends, this repository reads)',
    ]);
    expect(await whys('producer', '    position: list[int]\n', '    position: list[float]\n')).toEqual([
      '`position[]` is `int` here and `float` on the peer (lsst-dm/next_visit_fan_out) (this repository sends, the peer reads)',
    ]);
  });

  it('a field only one side has: who sends it and who reads it', async () => {
    expect(await whys('consumer', '    a: int\n    detector: int\n', '    a: int\n')).toEqual([
      'this repository reads `detector` (required) but the peer (lsst-dm/next_visit_fan_out), the sender, does not send it',
    ]);
    expect(await whys('producer', '    a: int\n    detector: int\n', '    a: int\n')).toEqual([
      'this repository sends `detector` but the peer (lsst-dm/next_visit_fan_out), the reader, does not have it',
    ]);
    expect(await whys('consumer', '    a: int\n', '    a: int\n    detector: int\n')).toEqual([
      'the peer (lsst-dm/next_visit_fan_out), the sender, sends `detector` but this repository, the reader, does not have it',
    ]);
    expect(await whys('producer', '    a: int\n', '    a: int\n    detector: int\n')).toEqual([
      'the peer (lsst-dm/next_visit_fan_out), the reader, reads `detector` (required) but this repository does not send it',
    ]);
  });

  it('a field required on one side only says which', async () => {
    expect(await whys('consumer', '    a: int\n', '    a: int = 0\n')).toEqual([
      '`a` is required here but optional on the peer (lsst-dm/next_visit_fan_out) (the peer sends, this repository reads)',
    ]);
  });
});
