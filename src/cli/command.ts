/** What every `lockstep <command>` provides: its options, its help, and a run that returns a Report. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import type { Report } from '../report/model.js';

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  /** One line for `lockstep --help`. */
  summary: string;
  /** The full `lockstep <command> --help` text (usage line and options). */
  help: string;
  /** Command options; --format, --help and --debug are added by the CLI. */
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: OptionValues, context: CliContext): Promise<Report>;
}

/** Read a string option, or throw the InputError the CLI turns into exit 2. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--repo DIR` (default: the current folder), which must be an existing folder: said before anything reads it. */
export function repoOption(values: OptionValues, context: CliContext): string {
  const dir = path.resolve(context.cwd, stringOption(values, 'repo') ?? '.');
  const info = statSync(dir, { throwIfNoEntry: false });
  if (!info?.isDirectory()) {
    throw new InputError(info ? '--repo names a file, not a folder' : '--repo: the folder does not exist', {
      file: dir,
      hint: 'Pass --repo DIR naming a clone of the repository (or run inside one).',
    });
  }
  return dir;
}
