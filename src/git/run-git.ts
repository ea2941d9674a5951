/** Run one git command to completion and return its stdout. */
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { assertSafeGitArgs } from './args.js';
import { gitEnvironment } from './environment.js';

export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
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
}

export async function runGit(args: readonly string[], options: RunGitOptions): Promise<Buffer> {
  assertSafeGitArgs(args);
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: gitEnvironment(options.config, options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitCommandError(args, code, Buffer.concat(err).toString('utf8')));
    });
  });
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
  assertSafeGitArgs(args);
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: options.cwd, env: gitEnvironment(options.config, options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const decoder = new StringDecoder('utf8');
    const err: Buffer[] = [];
    let pending = '';
    const take = (text: string) => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', (chunk: Buffer) => take(decoder.write(chunk)));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      take(decoder.end());
      if (pending) onLine(pending);
      if (code !== null && okExitCodes.includes(code)) resolve(code);
      else reject(new GitCommandError(args, code, Buffer.concat(err).toString('utf8')));
    });
  });
}
