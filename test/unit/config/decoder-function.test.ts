import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/load.js';
import { InputError } from '../../../src/errors.js';
import { messagesFromConfig } from '../../../src/schema/config-messages.js';

const message = (decoder: string, role = 'consumer') =>
  `messages:\n  - name: next-visit\n    schema: python/shared/visit.py#FannedOutVisit\n    role: ${role}\n    decoder: ${decoder}\n`;

function errorOf(text: string): InputError {
  try {
    parseConfig(text, '.github/lockstep.yml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('messages[].decoder: {function: PATH#Class.method}', () => {
  it('is read and handed to schema-diff as it is written', () => {
    const config = parseConfig(message('{function: python/shared/visit.py#FannedOutVisit.from_dict}'), '.github/lockstep.yml');
    expect(messagesFromConfig(config)[0]).toMatchObject({ decoder: { function: 'python/shared/visit.py#FannedOutVisit.from_dict' }, role: 'consumer' });
    expect(parseConfig(message('{function: src/decode.py#decode}'), '.github/lockstep.yml').messages?.[0]?.decoder).toEqual({ function: 'src/decode.py#decode' });
  });

  it.each([
    ['no #', '{function: python/shared/visit.py}'],
    ['not a .py file', '{function: visit.txt#FannedOutVisit.from_dict}'],
    ['too deep a name', '{function: visit.py#A.B.c}'],
    ['a path starting with -', '{function: -x.py#f}'],
  ])('refuses a reference with %s, naming the key and its line', (_what, decoder) => {
    const error = errorOf(message(decoder));
    expect(error.message).toContain('messages[0].decoder');
    expect(error.line).toBe(5);
  });

  it('refuses an unknown key in the decoder object, naming the keys it takes', () => {
    expect(errorOf(message('{function: a.py#f, extra: ignore}')).message).toContain('messages[0].decoder.extra: unknown key; known keys here: function');
  });

  it('still names the words a decoder may be', () => {
    expect(errorOf(message('strikt')).message).toBe('messages[0].decoder: expected strict | pydantic, got "strikt"');
  });

  it.each(['producer', 'both'])('refuses role %s: a decoder function is how this repository reads the message', (role) => {
    const error = errorOf(message('{function: python/shared/visit.py#FannedOutVisit.from_dict}', role));
    expect(error.message).toContain('messages[0].role');
    expect(error.message).toContain('use it with role: consumer');
  });
});

describe('lockstep.schema.json (editors) and the decoder function', () => {
  it('takes {function: …} and flags an unknown key in it', async () => {
    const { default: Ajv } = await import('ajv/dist/2020.js');
    const { configJsonSchema } = await import('../../../src/config/json-schema.js');
    const ajv = new (Ajv as unknown as typeof import('ajv').default)({ strict: false });
    const validate = ajv.compile(configJsonSchema());
    const accepts = (decoder: unknown) => validate({ messages: [{ name: 'a', schema: 'a.py#A', role: 'consumer', decoder }] });
    expect(accepts({ function: 'python/shared/visit.py#FannedOutVisit.from_dict' })).toBe(true);
    expect(accepts('strict')).toBe(true);
    expect(accepts({ function: 'a.py#f', extra: 'ignore' })).toBe(false);
    expect(accepts('strikt')).toBe(false);
  });
});
