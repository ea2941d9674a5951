import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/load.js';
import { InputError } from '../../../src/errors.js';

function errorOf(text: string): InputError {
  try {
    parseConfig(text, '.github/lockstep.yml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseConfig', () => {
  it('reads the full example of DESIGN.md and fills defaults', () => {
    const config = parseConfig(
      [
        'messages:',
        '  - name: next-visit',
        '    schema: python/shared/visit.py#FannedOutVisit',
        '    role: consumer',
        '    decoder: strict',
        '    peer:',
        '      repository: lsst-dm/next_visit_fan_out',
        '      schema: src/shared/visit.py#NextVisitModelKeda',
        '      extra-fields: {detector: int}',
        '      wire-types: {position: str}',
        'env:',
        '  code: {service: ["python/activator/**/*.py"]}',
        '  parity: [service, initializer]',
        'gate:',
        '  upstream: ["lsst/*"]',
        '  image: lsst/scipipe',
        '  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"',
        '  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}',
        '  test-workflow: {file: build-service.yml}',
      ].join('\n'),
      '.github/lockstep.yml',
    );
    expect(config.messages?.[0]?.peer?.ref).toBe('main');
    expect(config.messages?.[0]?.peer?.['extra-fields']).toEqual({ detector: 'int' });
    expect(config.gate?.registry).toBe('ghcr.io');
    expect(config.gate?.['status-context']).toBe('pipelines-gate');
    expect(!Array.isArray(config.env) && config.env?.['extra-reads']).toEqual({});
  });

  it('names the key path, the allowed values, the value given and the line', () => {
    const error = errorOf('messages:\n  - name: a\n    schema: a.py#A\n    role: reader\n    decoder: strict\n');
    expect(error.message).toBe("messages[0].role: expected producer | consumer | both, got \"reader\"");
    expect(error.file).toBe('.github/lockstep.yml');
    expect(error.line).toBe(4);
  });

  it('rejects an unknown key with a did-you-mean and its line', () => {
    const error = errorOf('env:\n  code: {service: ["a/*.py"]}\n  partiy: [service, initializer]\n');
    expect(error.message).toContain("env.partiy: unknown key (did you mean 'parity'?)");
    expect(error.line).toBe(3);
  });

  it('reports a missing required key', () => {
    const error = errorOf('gate:\n  image: lsst/scipipe\n  daily-tag: x\n  base-workflow: {file: a.yml}\n  test-workflow: {file: b.yml}\n');
    expect(error.message).toContain('gate.upstream: required key is missing');
    expect(error.line).toBe(2);
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const error = errorOf(bomb.join('\n'));
    expect(error.message).toMatch(/YAML refused/);
  });

  it('reports YAML syntax errors with a line', () => {
    const error = errorOf('messages:\n  - name: a\n   role: [\n');
    expect(error.message).toMatch(/invalid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects a schema reference that is neither PATH.py#Class nor .json', () => {
    const error = errorOf('messages:\n  - name: a\n    schema: visit.py\n    role: consumer\n    decoder: strict\n');
    expect(error.message).toContain('messages[0].schema: expected PATH.py#ClassName');
    expect(error.line).toBe(3);
  });
});

describe('lockstep.schema.json', () => {
  it('is the JSON Schema of the current zod schema (run `npm run schema` when this fails)', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderConfigJsonSchema } = await import('../../../src/config/json-schema.js');
    expect(readFileSync(new URL('../../../lockstep.schema.json', import.meta.url), 'utf8')).toBe(renderConfigJsonSchema());
  });

  it('describes every key, with an example, so an editor explains it on completion', async () => {
    const { configJsonSchema } = await import('../../../src/config/json-schema.js');
    const undocumented: string[] = [];
    let keys = 0;
    // Every named key of every object, wherever it nests (array items, records' values, union members).
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${at}[${index}]`));
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      for (const [key, child] of Object.entries(schema)) {
        if (key === 'examples' || key === 'default') continue;
        if (key !== 'properties') {
          visit(child, at);
          continue;
        }
        for (const [name, property] of Object.entries(child as Record<string, Record<string, unknown>>)) {
          keys += 1;
          const documented = typeof property.description === 'string' && property.description.length >= 10 && Array.isArray(property.examples) && property.examples.length > 0;
          if (!documented) undocumented.push(`${at}.${name}`);
          visit(property, `${at}.${name}`);
        }
      }
    };
    visit(configJsonSchema(), '');
    expect(keys).toBeGreaterThan(30);
    expect(undocumented).toEqual([]);
  });

  it('lets an editor flag an unknown key and a wrong enum value', async () => {
    const { default: Ajv } = await import('ajv/dist/2020.js');
    const { configJsonSchema } = await import('../../../src/config/json-schema.js');
    const ajv = new (Ajv as unknown as typeof import('ajv').default)({ strict: false });
    const validate = ajv.compile(configJsonSchema());
    expect(validate({ messages: [{ name: 'a', schema: 'a.py#A', role: 'consumer', decoder: 'strict' }] })).toBe(true);
    expect(validate({ messages: [{ name: 'a', schema: 'a.py#A', role: 'reader', decoder: 'strict' }] })).toBe(false);
    expect(validate({ env: { partiy: [] } })).toBe(false);
  });
});
