/** Run one git command to completion (@actions/exec, as every one-shot process): its stdout, whole or line by line. */
import { exec, type ExecListeners } from '@actions/exec';
import { existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';
import { assertSafeGitArgs } from './args.js';
import { gitEnvironment } from './environment.js';

/** What each git command is run for, said in an error when the caller gives no purpose. */
const PURPOSES: Record<string, string> = {
  fetch: 'fetching from a remote',
  'ls-remote': "listing a remote's tags",
  'ls-tree': 'listing the files of a commit',
  diff: 'listing the files changed between two commits',
  grep: 'searching the files of a commit',
  tag: 'listing the release tags',
  'for-each-ref': 'listing the tags',
  'rev-parse': 'locating the repository',
  init: 'creating a temporary repository',
  'merge-base': 'comparing two commits',
  'cat-file': 'reading an object',
};

/**
 * The line of git's stderr that says what went wrong: the first one that is not a hint, a
 * warning or the closing advice ("Please make sure you have the correct access rights /
 * and the repository exists." says nothing on its own).
 */
export function meaningfulLine(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => !/^(hint|warning):/i.test(line)) ?? lines[0] ?? '';
}

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    purpose = PURPOSES[args[0] ?? ''] ?? `running git ${args[0]}`,
  ) {
    super(`${purpose} failed: ${meaningfulLine(stderr) || `git exited with ${exitCode}`} (git ${args.join(' ')}, exit ${exitCode})`);
    this.name = 'GitCommandError';
  }
}

export interface RunGitOptions {
  cwd: string;
  /** Extra environment (e.g. GIT_TERMINAL_PROMPT=0 is always set). */
  env?: Record<string, string>;
  /**
   * Extra `key=value` settings, given to git through GIT_CONFIG_COUNT/KEY/VALUE in its
   * environment — never in its argument list, which any process on the machine can read.
   */
  config?: string[];
  /** What the command is for, as an error says it ("fetching lsst/afw at main"). */
  purpose?: string;
}

export async function runGit(args: readonly string[], options: RunGitOptions): Promise<Buffer> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const code = await execGit(args, options, { stdout: (chunk) => out.push(chunk), stderr: (chunk) => err.push(chunk) });
  if (code !== 0) throw new GitCommandError(args, code, Buffer.concat(err).toString('utf8'), options.purpose);
  return Buffer.concat(out);
}

/** git's exit code; never a shell, arguments checked first, its output only to the listeners. */
async function execGit(args: readonly string[], options: RunGitOptions, listeners: ExecListeners): Promise<number> {
  assertSafeGitArgs(args);
  if (!existsSync(options.cwd)) throw missingFolder(options.cwd);
  try {
    return await exec('git', [...args], { cwd: options.cwd, env: gitEnvironment(options.config, options.env), silent: true, ignoreReturnCode: true, listeners });
  } catch (error) {
    // @actions/exec looks git up on PATH before it starts it.
    if (/Unable to locate executable file/.test((error as Error).message)) throw missingGit();
    throw error;
  }
}

function missingFolder(cwd: string): InputError {
  return new InputError('the folder does not exist', { file: cwd, hint: 'Check the path (--repo DIR names a clone of the repository).' });
}

function missingGit(): InputError {
  return new InputError('git is not installed (no `git` on PATH)', { hint: 'Install git, or run where it is on PATH (GitHub runners have it).' });
}

/** `spawn git ENOENT` means a missing folder as often as a missing git: say which. */
export function spawnError(error: NodeJS.ErrnoException, cwd: string): Error {
  if (error.code !== 'ENOENT') return error;
  return existsSync(cwd) ? missingGit() : missingFolder(cwd);
}

export async function gitText(args: readonly string[], options: RunGitOptions): Promise<string> {
  return (await runGit(args, options)).toString('utf8');
}

/**
 * Run one git command and hand each line of its stdout to `onLine` as it arrives, so an output
 * of any size is never held in memory. Resolves with the exit code when it is one of
 * `okExitCodes` (git grep exits 1 for "nothing found").
 */
export async function streamGitLines(args: readonly string[], options: RunGitOptions, onLine: (line: string) => void, okExitCodes: readonly number[] = [0]): Promise<number> {
  const decoder = new StringDecoder('utf8');
  const err: Buffer[] = [];
  let pending = '';
  const take = (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  const code = await execGit(args, options, { stdout: (chunk) => take(decoder.write(chunk)), stderr: (chunk) => err.push(chunk) });
  take(decoder.end());
  if (pending) onLine(pending);
  if (okExitCodes.includes(code)) return code;
  throw new GitCommandError(args, code, Buffer.concat(err).toString('utf8'));
}
