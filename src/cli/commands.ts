/**
 * The commands `lockstep` knows. Each is loaded only when run, so `--help` and the
 * other commands don't pay for its dependencies.
 */
import type { CliCommand } from './command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'schema-diff',
    summary: 'diff message schemas between two revisions, judge them by role and decoder, enforce the semver bump',
    load: async () => (await import('./schema-diff-command.js')).schemaDiffCommand,
  },
  {
    name: 'env-diff',
    summary: 'diff env vars read by the code and set by the Helm chart; say the safe merge/sync order',
    load: async () => (await import('./env-diff-command.js')).envDiffCommand,
  },
  {
    name: 'inspect',
    summary: "show how a message class, a workload's env reads or an environment's chart env were read",
    load: async () => (await import('./inspect-command.js')).inspectCommand,
  },
  {
    name: 'gate',
    summary: 'advance the Science Pipelines gate of one PR (--pr N) or of every gated PR (--sweep)',
    load: async () => (await import('./gate-command.js')).gateCommand,
  },
];
