// Placeholder until the schema-diff command lands; its owner replaces this file.
import { InputError } from '../errors.js';
import type { CliCommand } from './command.js';

export const schemaDiffCommand: CliCommand = {
  name: 'schema-diff',
  summary: '',
  help: 'lockstep schema-diff: not built yet',
  options: {},
  async run() {
    throw new InputError('lockstep schema-diff is not built yet');
  },
};
