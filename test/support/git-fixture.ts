/**
 * Real git repositories in temp folders, for tests: write files, commit, tag, and get
 * the commit ids back. Content `null` deletes a file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type FileTree = Record<string, string | Buffer | null>;

export class GitFixture {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(path.join(os.tmpdir(), 'lockstep-test-'));
    if (!dir) {
      this.git('init', '--quiet', '--initial-branch=main');
      this.git('config', 'user.email', 'test@lockstep.invalid');
      this.git('config', 'user.name', 'Lockstep Test');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }).trim();
  }

  write(files: FileTree): this {
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(this.dir, file);
      if (content === null) {
        rmSync(full, { force: true });
        continue;
      }
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    return this;
  }

  symlink(file: string, target: string): this {
    const full = path.join(this.dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    try {
      unlinkSync(full);
    } catch {
      // not there yet
    }
    symlinkSync(target, full);
    return this;
  }

  /** `git mv` keeps rename detection honest. */
  move(from: string, to: string): this {
    mkdirSync(path.dirname(path.join(this.dir, to)), { recursive: true });
    this.git('mv', from, to);
    return this;
  }

  /** Stage everything and commit; returns the commit id. */
  commit(message: string, date?: string): string {
    this.git('add', '-A');
    const env = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
    execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: { ...process.env, ...env },
    });
    return this.git('rev-parse', 'HEAD');
  }

  tag(name: string, annotated = false): this {
    if (annotated) this.git('tag', '-a', name, '-m', name);
    else this.git('tag', name);
    return this;
  }

  branch(name: string, from?: string): this {
    this.git('checkout', '--quiet', '-B', name, ...(from ? [from] : []));
    return this;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A repository with a base commit and a head commit on top of it. */
export function repoWithRevisions(base: FileTree, head: FileTree): { repo: GitFixture; base: string; head: string } {
  const repo = new GitFixture();
  repo.write(base);
  const baseSha = repo.commit('base');
  repo.write(head);
  const headSha = repo.commit('head');
  return { repo, base: baseSha, head: headSha };
}

/** A depth-1 clone of `source` at `branch`, as actions/checkout makes by default. */
export function shallowClone(source: GitFixture, branch = 'main'): GitFixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-shallow-'));
  execFileSync('git', ['clone', '--quiet', '--depth=1', '--branch', branch, `file://${source.dir}`, dir]);
  return new GitFixture(dir);
}
