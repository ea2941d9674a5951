import { describe, expect, it } from '@jest/globals';
import { diffSchemas } from '../../../src/schema/diff.js';
import type { MessageField, MessageSchema, WireType } from '../../../src/schema/model.js';
import { accepts, formatType, makeUnion, scalar, NONE } from '../../../src/schema/types.js';

const f = (name: string, type: WireType, required = true, line = 1): MessageField => ({ name, type, required, file: 'm.py', line });
const schema = (...fields: MessageField[]): MessageSchema => ({ name: 'M', kind: 'dataclass', file: 'm.py', line: 1, fields, extra: 'forbid', warnings: [] });
const int = scalar('int');
const str = scalar('str');
const float = scalar('float');

describe('diffSchemas', () => {
  it('field order is not a change', () => {
    expect(diffSchemas(schema(f('a', int), f('b', str)), schema(f('b', str), f('a', int)))).toEqual([]);
  });

  it('a removed and an added field of the same type at the same place is a rename', () => {
    const changes = diffSchemas(schema(f('a', int), f('b', str)), schema(f('a2', int, true, 7), f('b', str)));
    expect(changes).toEqual([{ kind: 'field-renamed', field: 'a2', from: 'a', to: 'a2', required: true, file: 'm.py', line: 7 }]);
  });

  it('a removed and an added field of different types are two changes; removals carry the base line', () => {
    const changes = diffSchemas(schema(f('a', int, true, 3)), schema(f('z', str, true, 9)));
    expect(changes.map((c) => [c.kind, c.field, c.line])).toEqual([
      ['field-removed', 'a', 3],
      ['field-added', 'z', 9],
    ]);
  });

  it('type relations: widened, narrowed, incompatible', () => {
    const rel = (a: WireType, b: WireType) => diffSchemas(schema(f('x', a)), schema(f('x', b)))[0]?.relation;
    expect(rel(int, float)).toBe('widened');
    expect(rel(int, makeUnion([int, NONE]))).toBe('widened');
    expect(rel(float, int)).toBe('narrowed');
    expect(rel(int, str)).toBe('incompatible');
    expect(rel({ kind: 'list', item: int }, { kind: 'list', item: float })).toBe('widened');
  });

  it('an IntEnum and an int are the same wire type; enum values are compared by value, not name', () => {
    const dome = (members: [string, number][]): WireType => ({ kind: 'enum', name: 'Dome', base: 'int', members: members.map(([name, value]) => ({ name, value })) });
    expect(diffSchemas(schema(f('dome', int)), schema(f('dome', dome([['OPEN', 1]]))))).toEqual([]);
    expect(diffSchemas(schema(f('dome', dome([['OPEN', 1]]))), schema(f('dome', { ...(dome([['OPENED', 1]]) as Extract<WireType, { kind: 'enum' }>), name: 'DomeState' })))).toEqual([]);
    expect(diffSchemas(schema(f('dome', dome([['OPEN', 1]]))), schema(f('dome', dome([['OPEN', 1], ['EITHER', 3]])))).map((c) => [c.kind, c.to])).toEqual([['enum-value-added', 'EITHER=3']]);
  });

  it('values inside Optional[...] are still compared', () => {
    const lit = (...values: string[]): WireType => ({ kind: 'literal', values });
    const changes = diffSchemas(schema(f('k', makeUnion([lit('a'), NONE]))), schema(f('k', makeUnion([lit('a', 'b'), NONE]))));
    expect(changes.map((c) => [c.kind, c.to])).toEqual([['literal-value-added', "'b'"]]);
  });
});

describe('types', () => {
  it('normalises unions: flattened, sorted, None last, one option unwrapped', () => {
    expect(formatType(makeUnion([NONE, makeUnion([str, int]), int]))).toBe('int | str | None');
    expect(formatType(makeUnion([int]))).toBe('int');
  });

  it('accepts: a literal fits its scalar; list is not dict', () => {
    expect(accepts(str, { kind: 'literal', values: ['a', 'b'] })).toBe(true);
    expect(accepts(int, { kind: 'literal', values: ['a'] })).toBe(false);
    expect(accepts({ kind: 'dict', key: str, value: int }, { kind: 'list', item: int })).toBe(false);
  });
});

describe('size limit', () => {
  it('refuses a schema whose nested paths explode, with an input error', async () => {
    const { InputError } = await import('../../../src/errors.js');
    let type: WireType = int;
    for (let i = 0; i < 20; i++) type = { kind: 'object', name: `D${i}`, fields: [f('x', type), f('y', type)] };
    const a = schema(f('top', type));
    const b = schema(f('top', type));
    expect(() => diffSchemas(a, b)).toThrow(InputError);
  });
});
