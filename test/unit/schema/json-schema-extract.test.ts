import { describe, expect, it } from '@jest/globals';
import { extractJsonSchema } from '../../../src/schema/json-schema-extract.js';
import { formatType } from '../../../src/schema/types.js';
import { InputError } from '../../../src/errors.js';

describe('JSON Schema source', () => {
  it('reads properties, required, defaults, enums, $refs and additionalProperties', () => {
    const text = JSON.stringify(
      {
        title: 'NextVisit',
        type: 'object',
        additionalProperties: false,
        required: ['salIndex', 'position', 'dome'],
        properties: {
          salIndex: { type: 'integer' },
          position: { type: 'array', items: { type: 'number' } },
          dome: { enum: [1, 2, 3] },
          survey: { type: ['string', 'null'], default: null },
          target: { $ref: '#/$defs/Target' },
        },
        $defs: { Target: { type: 'object', properties: { ra: { type: 'number' } }, required: ['ra'] } },
      },
      null,
      2,
    );
    const schema = extractJsonSchema('schemas/next_visit.json', text);
    expect(schema).toMatchObject({ name: 'NextVisit', kind: 'json-schema', extra: 'forbid' });
    expect(schema.fields.map((f) => [f.name, formatType(f.type), f.required])).toEqual([
      ['salIndex', 'int', true],
      ['position', 'list[float]', true],
      ['dome', 'Literal[1, 2, 3]', true],
      ['survey', 'str | None', false],
      ['target', 'object', false],
    ]);
    expect(schema.fields[1]!.line).toBe(text.split('\n').findIndex((l) => l.includes('"position":')) + 1);
  });

  it('bad JSON is an input error with a line', () => {
    const error = (() => {
      try {
        extractJsonSchema('s.json', '{\n  "a": ,\n}');
      } catch (e) {
        return e;
      }
    })() as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe('s.json');
  });
});

describe('JSON Schema references', () => {
  it('a recursive schema stays finite; a chain of shared definitions is read once each', () => {
    const recursive = extractJsonSchema('r.json', JSON.stringify({ type: 'object', properties: { a: { $ref: '#' }, b: { $ref: '#' } } }));
    expect(recursive.fields.map((f) => f.name)).toEqual(['a', 'b']);
    const defs: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) defs[`D${i}`] = { type: 'object', properties: { x: { $ref: `#/$defs/D${i + 1}` }, y: { $ref: `#/$defs/D${i + 1}` } } };
    defs.D40 = { type: 'integer' };
    const chain = extractJsonSchema('c.json', JSON.stringify({ type: 'object', properties: { top: { $ref: '#/$defs/D0' } }, $defs: defs }));
    expect(chain.fields).toHaveLength(1);
  });
});
