/** What every `lockstep <command>` provides: its options, its help, and a run that returns a Report. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import { loadCheckConfig, type LoadedConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { GitRepository } from '../git/repository.js';
import { revisionsFromFlags, type RevisionFlags } from '../revisions/from-flags.js';
import type { Revisions } from '../revisions/model.js';
import { Decoder } from '../config/messages-schema.js';
import type { MessageSpec } from '../schema/message-check.js';
import { REF_EXPECTED, refProblem } from '../git/args.js';
import type { Listing } from '../inspect/listing.js';
import type { Report } from '../report/model.js';

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Arguments that are not options (only for commands with `listing: true`). */
  positionals?: string[];
}

export interface CliCommand {
  name: string;
  /** One line for `lockstep --help`. */
  summary: string;
  /** The full `lockstep <command> --help` text (usage line and options). */
  help: string;
  /** Command options; --format, --help and --debug are added by the CLI. */
  options: NonNullable<ParseArgsConfig['options']>;
  /**
   * A command that shows how something was read (`lockstep inspect`) rather than checking it:
   * it takes positional arguments, prints text or JSON, and has no verdict (exit 0, or 2).
   */
  listing?: boolean;
  run(values: OptionValues, context: CliContext): Promise<Report | Listing>;
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

/** `--rev REV` and the like: a ref name or a commit id (never read as an option), else exit 2. */
export function refOption(values: OptionValues, name: string, fallback: string): string {
  const value = stringOption(values, name) ?? fallback;
  const problem = refProblem(value);
  if (problem) throw new InputError(`--${name}: expected ${REF_EXPECTED}, got ${JSON.stringify(value)} (${problem})`, { hint: `For example --${name} HEAD, --${name} main, --${name} 1.2.0 or a full commit id.` });
  return value;
}

/** One of a fixed set of words, or exit 2 naming them. */
export function choice<T extends string>(value: string, choices: readonly T[], option: string): T {
  if (!choices.includes(value as T)) throw new InputError(`${option}: expected ${choices.join(' | ')}, got '${value}'`);
  return value as T;
}

/**
 * `--config FILE` (anywhere) or the repository's own .github/lockstep.yml, which must stay
 * inside `repo` (a link out of it is refused unread): loaded once for the command.
 */
export async function loadCommandConfig(values: OptionValues, context: CliContext, repo: string): Promise<LoadedConfig> {
  const option = stringOption(values, 'config');
  if (option) return loadCheckConfig(path.resolve(context.cwd, option), option);
  return loadCheckConfig(path.join(repo, DEFAULT_CONFIG_PATH), DEFAULT_CONFIG_PATH, repo);
}

/** The configuration, or undefined when it is optional and absent; any other problem is exit 2. */
export async function loadOptionalConfig(values: OptionValues, context: CliContext, repo: string, required: boolean): Promise<LoadedConfig | undefined> {
  try {
    return await loadCommandConfig(values, context, repo);
  } catch (error) {
    if (!required && error instanceof InputError && error.message === 'configuration file not found') return undefined;
    throw error;
  }
}

/** The revisions the flags name (src/revisions/from-flags.ts), worked out in the repository at `repo`. */
export async function flagRevisions(repo: string, flags: RevisionFlags, options: { releases: boolean }): Promise<Revisions> {
  const repository = await GitRepository.open(repo);
  try {
    return await revisionsFromFlags(repository, flags, options);
  } finally {
    repository.close();
  }
}

export const ROLES = ['producer', 'consumer', 'both'] as const;
export const DECODERS = ['strict', 'pydantic'] as const;

/** `--decoder`: a word, or `function:PATH.py#Class.method` (validated as the config's `decoder: {function}`). */
export function cliDecoder(text: string, role: (typeof ROLES)[number]): MessageSpec['decoder'] {
  if (!text.startsWith('function:')) return choice(text, DECODERS, '--decoder');
  const parsed = Decoder.safeParse({ function: text.slice('function:'.length) });
  if (!parsed.success || typeof parsed.data === 'string')
    throw new InputError(`--decoder ${JSON.stringify(text)}: expected function:PATH.py#Class.method or function:PATH.py#function`, { hint: 'Example: --decoder function:python/shared/visit.py#FannedOutVisit.from_dict' });
  if (role !== 'consumer') throw new InputError('--decoder function:… goes with --role consumer', { hint: 'A decoder function is how this repository reads the message.' });
  return parsed.data;
}
