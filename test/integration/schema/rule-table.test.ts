/**
 * Every cell of the rule table on a real git repository: one base commit, one branch
 * per change kind, judged for each role. The expectations are written out by hand
 * (not read from the rule table) so a wrong rule fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GitFixture } from '../../support/git-fixture.js';
import { runSchemaDiff } from '../../../src/schema/run.js';

type Decoder = 'strict' | 'pydantic-ignore' | 'pydantic-forbid';
type Role = 'consumer' | 'producer' | 'both';
type V = 'B' | 'C' | 'P'; // breaking | compatible (minor) | compatible, same wire (patch)
const BUMP = { B: 'major', C: 'minor', P: 'patch' } as const;

interface Body {
  a: string; // required int
  b: string; // str with a default
  n: string; // float
  kind: string; // Literal
  colors: string; // enum members
  extraLines?: string;
}

const BASE: Body = { a: 'a: int', b: 'b: str = "x"', n: 'n: float', kind: 'kind: Literal["x", "y"] = "x"', colors: 'RED = 1\n    GREEN = 2' };

function source(decoder: Decoder, body: Body | null): string {
  const header =
    decoder === 'strict'
      ? 'from dataclasses import dataclass\n'
      : 'from pydantic import BaseModel, ConfigDict\n';
  const enumDef = `import enum\nfrom typing import Literal\n\nclass Color(enum.IntEnum):\n    ${(body ?? BASE).colors}\n\n`;
  if (!body) return header + enumDef;
  const fields = [body.a, body.b, body.n, body.kind, 'color: Color = Color.RED', body.extraLines].filter(Boolean).map((l) => `    ${l}`).join('\n');
  const cls =
    decoder === 'strict'
      ? `@dataclass(frozen=True, kw_only=True)\nclass Event:\n${fields}\n`
      : `class Event(BaseModel):\n    model_config = ConfigDict(extra="${decoder === 'pydantic-ignore' ? 'ignore' : 'forbid'}")\n${fields}\n`;
  return header + enumDef + cls;
}

// change name → the head body (null: class gone) and the expected verdict per decoder × direction.
// Columns: strict consumer, strict producer, ignore consumer, ignore producer, forbid consumer, forbid producer.
const CELLS: { change: string; kind: string; head: Body | null | 'deleted'; expect: [V, V, V, V, V, V] }[] = [
  { change: 'required field added', kind: 'field-added', head: { ...BASE, extraLines: 'c: float' }, expect: ['B', 'B', 'B', 'C', 'B', 'B'] },
  { change: 'optional field added', kind: 'field-added', head: { ...BASE, extraLines: 'c: float = 0.0' }, expect: ['B', 'B', 'C', 'C', 'C', 'B'] },
  { change: 'required field removed', kind: 'field-removed', head: { ...BASE, a: '' }, expect: ['B', 'B', 'C', 'B', 'B', 'B'] },
  { change: 'optional field removed', kind: 'field-removed', head: { ...BASE, b: '' }, expect: ['B', 'B', 'C', 'C', 'B', 'C'] },
  { change: 'field renamed', kind: 'field-renamed', head: { ...BASE, a: 'a2: int' }, expect: ['B', 'B', 'B', 'B', 'B', 'B'] },
  { change: 'type widened int → float', kind: 'type-changed', head: { ...BASE, a: 'a: float' }, expect: ['B', 'B', 'C', 'B', 'C', 'B'] },
  { change: 'type widened T → T | None', kind: 'type-changed', head: { ...BASE, a: 'a: int | None' }, expect: ['B', 'B', 'C', 'B', 'C', 'B'] },
  { change: 'type narrowed float → int', kind: 'type-changed', head: { ...BASE, n: 'n: int' }, expect: ['B', 'B', 'B', 'C', 'B', 'C'] },
  { change: 'type changed int → str', kind: 'type-changed', head: { ...BASE, a: 'a: str' }, expect: ['B', 'B', 'B', 'B', 'B', 'B'] },
  { change: 'became optional', kind: 'became-optional', head: { ...BASE, a: 'a: int = 0' }, expect: ['C', 'P', 'C', 'P', 'C', 'P'] },
  { change: 'became required', kind: 'became-required', head: { ...BASE, b: 'b: str' }, expect: ['B', 'P', 'B', 'P', 'B', 'P'] },
  { change: 'enum value added', kind: 'enum-value-added', head: { ...BASE, colors: 'RED = 1\n    GREEN = 2\n    BLUE = 3' }, expect: ['C', 'B', 'C', 'B', 'C', 'B'] },
  { change: 'enum value removed', kind: 'enum-value-removed', head: { ...BASE, colors: 'RED = 1' }, expect: ['B', 'C', 'B', 'C', 'B', 'C'] },
  { change: 'literal value added', kind: 'literal-value-added', head: { ...BASE, kind: 'kind: Literal["x", "y", "z"] = "x"' }, expect: ['C', 'B', 'C', 'B', 'C', 'B'] },
  { change: 'literal value removed', kind: 'literal-value-removed', head: { ...BASE, kind: 'kind: Literal["x"] = "x"' }, expect: ['B', 'C', 'B', 'C', 'B', 'C'] },
  { change: 'message removed (file deleted)', kind: 'message-removed', head: 'deleted', expect: ['B', 'B', 'B', 'B', 'B', 'B'] },
];

const DECODERS: Decoder[] = ['strict', 'pydantic-ignore', 'pydantic-forbid'];
const repos = new Map<Decoder, { repo: GitFixture; base: string; heads: Map<string, string>; added: { base: string; head: string } }>();

beforeAll(() => {
  for (const decoder of DECODERS) {
    const repo = new GitFixture();
    repo.write({ 'python/events.py': source(decoder, BASE) });
    const base = repo.commit('base');
    const heads = new Map<string, string>();
    for (const cell of CELLS) {
      repo.branch(`cell-${heads.size}`, base);
      repo.write({ 'python/events.py': cell.head === 'deleted' ? null : source(decoder, cell.head) });
      heads.set(cell.change, repo.commit(cell.change));
    }
    // message added: the class appears in a file that had none.
    repo.branch('added-base', base);
    repo.write({ 'python/events.py': source(decoder, null) });
    const addedBase = repo.commit('no class yet');
    repo.write({ 'python/events.py': source(decoder, BASE) });
    const addedHead = repo.commit('class added');
    repos.set(decoder, { repo, base, heads, added: { base: addedBase, head: addedHead } });
  }
});

afterAll(() => {
  for (const { repo } of repos.values()) repo.remove();
});

function expected(cell: (typeof CELLS)[number], decoder: Decoder, role: Role): V {
  const column = DECODERS.indexOf(decoder) * 2;
  const consumer = cell.expect[column]!;
  const producer = cell.expect[column + 1]!;
  if (role === 'consumer') return consumer;
  if (role === 'producer') return producer;
  return consumer === 'B' || producer === 'B' ? 'B' : consumer === 'C' || producer === 'C' ? 'C' : 'P';
}

const cases = DECODERS.flatMap((decoder) =>
  (['consumer', 'producer', 'both'] as Role[]).flatMap((role) => CELLS.map((cell) => ({ decoder, role, cell, name: `${decoder} ${role}: ${cell.change}` }))),
);

describe('rule table on real repositories', () => {
  it.each(cases)('$name', async ({ decoder, role, cell }) => {
    const { repo, base, heads } = repos.get(decoder)!;
    const report = await runSchemaDiff({ repository: repo.dir, config: { messages: [{ name: 'event', schema: 'python/events.py#Event', role, decoder: decoder === 'strict' ? 'strict' : 'pydantic' }] }, revisions: { base, head: heads.get(cell.change)!, labels: [] }, proposedVersion: '2.0.0' });
    const message = report.data.messages[0]!;
    const kinds = message.changes.map((c) => c.kind);
    expect(kinds).toContain(cell.kind);
    const change = message.changes.find((c) => c.kind === cell.kind)!;
    const want = expected(cell, decoder, role);
    expect({ rule: change.rule, breaking: change.breaking }).toEqual({ rule: change.rule, breaking: want === 'B' });
    expect(change.why.length).toBeGreaterThan(10);
    // Every breaking change carries a witness (issue 12 item 6); a compatible one none.
    expect({ rule: change.rule, witness: change.witness !== null }).toEqual({ rule: change.rule, witness: change.breaking });
    if (message.changes.length === 1) expect({ rule: change.rule, bump: message.requiredBump }).toEqual({ rule: change.rule, bump: BUMP[want] });
    else expect(message.requiredBump).toBe(message.changes.some((c) => c.breaking) ? 'major' : 'minor');
  });

  it.each(DECODERS)('%s: a class added to a file is message-added, compatible, a minor bump', async (decoder) => {
    const { repo, added } = repos.get(decoder)!;
    const report = await runSchemaDiff({ repository: repo.dir, config: { messages: [{ name: 'event', schema: 'python/events.py#Event', role: 'producer', decoder: decoder === 'strict' ? 'strict' : 'pydantic' }] }, revisions: { base: added.base, head: added.head, labels: [] } });
    expect(report.data.messages[0]!.changes.map((c) => [c.kind, c.breaking])).toEqual([['message-added', false]]);
    expect(report.data.requiredBump).toBe('minor');
  });
});
