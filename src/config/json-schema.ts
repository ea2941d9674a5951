/** The JSON Schema of .github/lockstep.yml, generated from the zod schema, for editors. */
import { z } from 'zod';
import { LockstepConfigSchema } from './schema.js';

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(LockstepConfigSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://raw.githubusercontent.com/lsst-dm/lockstep/main/lockstep.schema.json',
    title: 'Lockstep configuration (.github/lockstep.yml)',
  };
}

export function renderConfigJsonSchema(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}
