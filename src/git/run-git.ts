/** Run one git command to completion and return its stdout. */
import { spawn } from 'node:child_process';

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
  /** Extra `-c key=value` settings placed before the command (kept out of logs). */
  config?: string[];
}

export function runGit(args: readonly string[], options: RunGitOptions): Promise<Buffer> {
  const fullArgs = [...(options.config ?? []).flatMap((setting) => ['-c', setting]), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('git', fullArgs, {
      cwd: options.cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
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
