// Placeholder until the gate command lands; its owner replaces this file.
import { InputError } from '../errors.js';
import type { CliCommand } from './command.js';

export const gateCommand: CliCommand = {
  name: 'gate',
  summary: '',
  help: 'lockstep gate: not built yet',
  options: {},
  async run() {
    throw new InputError('lockstep gate is not built yet');
  },
};
