// Placeholder until the env-diff command lands; its owner replaces this file.
import { InputError } from '../errors.js';
import type { CliCommand } from './command.js';

export const envDiffCommand: CliCommand = {
  name: 'env-diff',
  summary: '',
  help: 'lockstep env-diff: not built yet',
  options: {},
  async run() {
    throw new InputError('lockstep env-diff is not built yet');
  },
};
