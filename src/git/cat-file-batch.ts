/**
 * One long-lived `git cat-file --batch` process per repository: requests are written to
 * its stdin and answers parsed from its stdout in order, so reading a thousand files
 * costs one process, not a thousand.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitEnvironment } from './environment.js';
import { spawnError } from './run-git.js';

export interface GitObject {
  oid: string;
  type: string;
  /** The size git's header gives, whether or not the content was kept. */
  size: number;
  /** Empty when the object is larger than the reader's limit (see `oversized`). */
  content: Buffer;
  /** Larger than the limit: its bytes were skipped as they streamed, never held in memory. */
  oversized?: boolean;
}

interface Pending {
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
}

export class CatFileBatch {
  private child?: ChildProcessWithoutNullStreams;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly queue: Pending[] = [];
  private failure?: Error;
  /** An object whose header announces more than `maxContentBytes`: the bytes still to skip. */
  private skipping?: { object: GitObject; remaining: number };
  /** Number of git processes started; the benchmarks and tests read it. */
  processesStarted = 0;

  /** Objects larger than `maxContentBytes` (by git's header) come back `oversized`, their content unread. */
  constructor(
    private readonly cwd: string,
    private readonly maxContentBytes = Number.POSITIVE_INFINITY,
    /** Extra environment (GIT_DIR for a bare repository). */
    private readonly env: Record<string, string> = {},
  ) {}

  /** Read objects by name (`<rev>:<path>` or an object id); undefined where missing. */
  read(names: readonly string[]): Promise<(GitObject | undefined)[]> {
    if (names.length === 0) return Promise.resolve([]);
    const child = this.start();
    const answers = names.map(
      (name) =>
        new Promise<GitObject | undefined>((resolve, reject) => {
          if (name.includes('\n')) throw new Error('object name contains a newline');
          this.queue.push({ resolve, reject });
        }),
    );
    this.keepAlive(true);
    child.stdin.write(names.map((name) => `${name}\n`).join(''));
    return Promise.all(answers);
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.failure) throw this.failure;
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      env: gitEnvironment([], this.env),
    });
    this.processesStarted++;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const pending of this.queue.splice(0)) pending.reject(error);
    };
    child.on('error', (error: NodeJS.ErrnoException) => fail(spawnError(error, this.cwd)));
    child.on('close', (code) => {
      if (this.queue.length) fail(new Error(`git cat-file --batch exited (${code}): ${stderr.trim()}`));
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
    return child;
  }

  /** An idle reader must not keep the process alive; a busy one must. */
  private keepAlive(active: boolean): void {
    const child = this.child;
    if (!child) return;
    const streams = [child.stdout, child.stderr, child.stdin] as unknown as { ref?(): void; unref?(): void }[];
    if (active) {
      child.ref();
      for (const stream of streams) stream.ref?.();
    } else {
      child.unref();
      for (const stream of streams) stream.unref?.();
    }
  }

  private drain(): void {
    while (this.queue.length) {
      if (this.skipping && !this.skip()) return;
      const newline = this.buffer.indexOf(10);
      if (newline < 0) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift()!.resolve(undefined);
        if (this.queue.length === 0) this.keepAlive(false);
        continue;
      }
      const [oid = '', type = '', sizeText] = header.split(' ');
      const size = Number(sizeText);
      if (size > this.maxContentBytes) {
        // Decided from the header alone: the content and git's trailing newline are dropped as they arrive.
        this.buffer = this.buffer.subarray(newline + 1);
        this.skipping = { object: { oid, type, size, content: Buffer.alloc(0), oversized: true }, remaining: size + 1 };
        continue;
      }
      // Header, content, and the newline git writes after the content.
      if (this.buffer.length < newline + 1 + size + 1) return;
      const content = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.queue.shift()!.resolve({ oid, type, size, content });
    }
    if (this.queue.length === 0) this.keepAlive(false);
  }

  /** Drop the bytes of an oversized object; true once all are dropped (and the object answered). */
  private skip(): boolean {
    const skipping = this.skipping!;
    const dropped = Math.min(skipping.remaining, this.buffer.length);
    skipping.remaining -= dropped;
    this.buffer = this.buffer.subarray(dropped);
    if (skipping.remaining > 0) return false;
    this.skipping = undefined;
    this.queue.shift()!.resolve(skipping.object);
    return true;
  }
}
