/**
 * A git repository read at revisions, never through its work tree: the files a check
 * needs are read from git's object store, all through one `git cat-file --batch`.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { globMatcher } from '../text/globs.js';
import { firstLineOf, InputError } from '../errors.js';
import { CatFileBatch, type GitObject } from './cat-file-batch.js';
import { checkedRef, OBJECT_ID } from './args.js';
import { gitText, streamGitLines, GitCommandError, runGit } from './run-git.js';
import { parseHunks, type Hunk } from './line-map.js';

/** Files larger than this are refused: no schema, template or module is that big. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Files one check reads from a repository, at most: a change of every file of a 50,000-file
 * repository reads 100,000 (both sides) and a few more. Past it the check stops with exit 2.
 */
export const MAX_FILES_READ = 250_000;

/** Symbolic links followed from one path to the file it names; a longer chain (or a loop) is exit 2. */
export const MAX_SYMLINK_HOPS = 8;

export interface TreeEntry {
  path: string;
  /** git file mode: 100644, 100755, 120000 (symlink), 160000 (submodule). */
  mode: string;
  /** Blob id: the same id at two revisions means the same content. */
  blob: string;
}

export interface FileAtRevision {
  path: string;
  blob: string;
  text: string;
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface FileChange {
  status: ChangeStatus;
  path: string;
  /** The path at base, for renames and copies. */
  oldPath?: string;
  /** Rename/copy similarity, 0–100. */
  similarity?: number;
}

export interface GitTag {
  name: string;
  /** The commit the tag points at (annotated tags peeled). */
  commit: string;
}

export class GitRepository {
  private readonly batch: CatFileBatch;
  private readonly trees = new Map<string, Promise<Map<string, TreeEntry>>>();
  private readonly resolved = new Map<string, Promise<string>>();
  /** Files read so far (see MAX_FILES_READ). */
  private filesRead = 0;

  /** GIT_DIR for a bare repository: git finds none by itself (safe.bareRepository=explicit, see environment.ts). */
  private readonly env: Record<string, string>;

  private constructor(
    readonly dir: string,
    private readonly maxFilesRead = MAX_FILES_READ,
    bare = false,
  ) {
    this.env = bare ? { GIT_DIR: dir } : {};
    this.batch = new CatFileBatch(dir, MAX_FILE_BYTES, this.env);
  }

  /**
   * Open the repository at `dir` (its top level is found by git); `maxFilesRead` lowers
   * MAX_FILES_READ (tests). A bare repository is opened only when `dir` is one itself and
   * `allowBare` (the default) says its folder is not content of a checkout.
   */
  static async open(dir: string, maxFilesRead = MAX_FILES_READ, allowBare = true): Promise<GitRepository> {
    const folder = await stat(dir).catch(() => undefined);
    if (!folder?.isDirectory()) {
      throw new InputError(folder ? 'this is a file, not a folder' : 'the folder does not exist', {
        file: dir,
        hint: 'Pass --repo DIR naming a clone of the repository (or run inside one).',
      });
    }
    try {
      const top = (await gitText(['rev-parse', '--show-toplevel'], { cwd: dir })).trim();
      return new GitRepository(top, maxFilesRead);
    } catch (error) {
      // A bare repository (a mirror, a fetched peer) has no top level but is still a repository.
      try {
        const gitDir = path.resolve(dir);
        const bare = allowBare && (await gitText(['rev-parse', '--is-bare-repository'], { cwd: gitDir, env: { GIT_DIR: gitDir } })).trim();
        if (bare === 'true') return new GitRepository(gitDir, maxFilesRead, true);
      } catch {
        // fall through to the error below
      }
      throw new InputError('not a git repository', {
        file: dir,
        hint: `Run Lockstep inside a clone (actions/checkout), or pass --repo DIR. (${firstLineOf(error)})`,
      });
    }
  }

  /** git processes started for reading objects (not counting one-shot commands). */
  get batchProcesses(): number {
    return this.batch.processesStarted;
  }

  git(args: readonly string[], config?: string[]): Promise<string> {
    return gitText(args, { cwd: this.dir, config, env: this.env });
  }

  /** A command whose output can be large, line by line as it comes (see streamGitLines). */
  gitLines(args: readonly string[], onLine: (line: string) => void, okExitCodes?: readonly number[]): Promise<number> {
    return streamGitLines(args, { cwd: this.dir, env: this.env }, onLine, okExitCodes);
  }

  /** The commit id of a revision; an InputError that says how to fetch it when missing. */
  resolveRevision(revision: string): Promise<string> {
    let answer = this.resolved.get(revision);
    if (!answer) {
      // Asked of the cat-file process already running (no `git rev-parse` per revision).
      // A name with a newline or one starting with '-' is no revision: refuse it like a missing one.
      const lookup = /[\n\0]/.test(revision) || revision.startsWith('-') ? Promise.resolve([undefined]) : this.batch.read([`${revision}^{commit}`]);
      answer = lookup.then(([object]) => {
        if (object?.type === 'commit') return object.oid;
        throw new Error('missing');
      }).then(
        (oid) => oid,
        async () => {
          const shallow = await this.isShallow();
          throw new InputError(`revision '${revision}' is not in this clone${shallow ? ' (a shallow clone)' : ''}`, {
            file: this.dir,
            hint: `${shallow ? 'Fetch it first' : 'Check the name, or fetch it'}: ${fetchAdvice(revision, shallow)}${shallow ? ' (or use actions/checkout with fetch-depth: 0)' : ''}.`,
          });
        },
      );
      this.resolved.set(revision, answer);
      answer.catch(() => this.resolved.delete(revision));
    }
    return answer;
  }

  async isShallow(): Promise<boolean> {
    return (await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  async hasCommit(sha: string): Promise<boolean> {
    try {
      await this.git(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Make sure a commit is present. In a shallow clone (actions/checkout's default depth 1)
   * the PR's base is usually missing: fetch just that commit, depth 1 — a tree diff
   * between two commits needs no history in between.
   */
  async ensureCommit(sha: string, remote = 'origin'): Promise<void> {
    if (await this.hasCommit(sha)) return;
    try {
      await this.git(['fetch', '--no-tags', '--depth=1', '--end-of-options', remote, checkedRef(sha, 'commit')]);
    } catch (error) {
      throw new InputError(`commit ${sha} is not in this clone and could not be fetched from '${remote}'`, {
        file: this.dir,
        hint: `Use actions/checkout with fetch-depth: 0, or run: git fetch --depth=1 ${remote} ${sha}. (${firstLineOf(error)})`,
      });
    }
    this.resolved.clear();
  }

  /** Every file at a revision (cached per commit): path, mode and blob id. */
  async tree(revision: string): Promise<Map<string, TreeEntry>> {
    const commit = await this.resolveRevision(revision);
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = runGit(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit], { cwd: this.dir, env: this.env }).then((out) => {
        const entries = new Map<string, TreeEntry>();
        for (const record of out.toString('utf8').split('\0')) {
          if (!record) continue;
          const tab = record.indexOf('\t');
          const [mode = '', , blob = ''] = record.slice(0, tab).split(' ');
          const file = record.slice(tab + 1);
          entries.set(file, { path: file, mode, blob });
        }
        return entries;
      });
      this.trees.set(commit, tree);
    }
    return tree;
  }

  /** Files at a revision whose path matches any of the globs (all files without globs). */
  async listFiles(revision: string, globs?: readonly string[]): Promise<TreeEntry[]> {
    const tree = await this.tree(revision);
    const entries = [...tree.values()].filter((entry) => entry.mode !== '160000');
    if (!globs || globs.length === 0) return entries;
    const matches = globMatcher(globs);
    return entries.filter((entry) => matches(entry.path));
  }

  /**
   * Read files at a revision, all through the one cat-file process. A path absent at
   * that revision maps to undefined. Binary, oversized, non-UTF-8 files and symlinks
   * leading out of the repository are refused with an InputError naming the file.
   */
  async readFiles(revision: string, paths: readonly string[]): Promise<Map<string, FileAtRevision | undefined>> {
    const tree = await this.tree(revision);
    const wanted = paths.map((file) => ({ file, entry: this.followSymlinks(tree, file, revision) }));
    // Symlinks need their target's blob: resolved in followSymlinks through the tree.
    const entries = await Promise.all(wanted.map(async ({ file, entry }) => ({ file, entry: await entry })));
    const present = entries.filter((item) => item.entry !== undefined);
    this.countReads(present.length);
    const objects = await this.batch.read(present.map((item) => item.entry!.blob));
    const result = new Map<string, FileAtRevision | undefined>();
    for (const { file } of entries) result.set(file, undefined);
    present.forEach((item, index) => {
      const object = objects[index];
      if (!object) return;
      result.set(item.file, { path: item.file, blob: object.oid, text: decodeText(object, item.file, revision) });
    });
    return result;
  }

  async readFile(revision: string, file: string): Promise<FileAtRevision | undefined> {
    return (await this.readFiles(revision, [file])).get(file);
  }

  /** Read blobs by id (for callers that already hold a tree). */
  async readBlobs(blobs: ReadonlyArray<{ blob: string; path: string }>): Promise<string[]> {
    this.countReads(blobs.length);
    const objects = await this.batch.read(blobs.map((item) => item.blob));
    return blobs.map((item, index) => {
      const object = objects[index];
      if (!object) throw new InputError(`blob ${item.blob} is missing from this clone`, { file: item.path, hint: 'The clone is incomplete (a partial or shallow clone): fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) and run again.' });
      return decodeText(object, item.path, item.blob);
    });
  }

  /** Files changed between two revisions, with renames detected (git's -M). */
  async changedFiles(base: string, head: string): Promise<FileChange[]> {
    const [from, to] = await Promise.all([this.resolveRevision(base), this.resolveRevision(head)]);
    const out = (await runGit(['diff', '--name-status', '-z', '-M', '--end-of-options', from, to], { cwd: this.dir, env: this.env })).toString('utf8');
    const fields = out.split('\0');
    const changes: FileChange[] = [];
    for (let i = 0; i < fields.length - 1; ) {
      const code = fields[i++] ?? '';
      const letter = code[0];
      if (letter === 'R' || letter === 'C') {
        const oldPath = fields[i++] ?? '';
        const newPath = fields[i++] ?? '';
        changes.push({ status: letter === 'R' ? 'renamed' : 'copied', path: newPath, oldPath, similarity: Number(code.slice(1)) });
      } else {
        const file = fields[i++] ?? '';
        const status: ChangeStatus =
          letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : letter === 'T' ? 'type-changed' : 'modified';
        changes.push({ status, path: file });
      }
    }
    return changes;
  }

  /** The `-U0` hunks of one file between two revisions; null when the file is absent at head. */
  async diffHunks(base: string, head: string, file: string): Promise<Hunk[] | null> {
    const [from, to] = await Promise.all([this.resolveRevision(base), this.resolveRevision(head)]);
    if (!(await this.tree(to)).has(file)) return null;
    const out = await runGit(['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', from, to, '--', file], { cwd: this.dir, env: this.env });
    return parseHunks(out.toString('utf8'));
  }

  /** Tags with the commits they point at (annotated tags peeled). */
  async tags(): Promise<GitTag[]> {
    const out = await this.git(['for-each-ref', '--format=%(refname:short)%00%(objectname)%00%(*objectname)', 'refs/tags']);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name = '', object = '', peeled] = line.split('\0');
        return { name, commit: peeled || object };
      });
  }

  /** Whether `ancestor` is reachable from `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
      return true;
    } catch (error) {
      if (error instanceof GitCommandError && error.exitCode === 1) return false;
      throw error;
    }
  }

  close(): void {
    this.batch.close();
  }

  /** Every file read counts against MAX_FILES_READ: a repository past it stops the check (exit 2). */
  private countReads(files: number): void {
    this.filesRead += files;
    if (this.filesRead <= this.maxFilesRead) return;
    throw new InputError(`more than ${this.maxFilesRead.toLocaleString('en-US')} files to read in this repository; Lockstep reads at most that many in one check`, {
      file: this.dir,
      hint: 'Narrow the globs under env.code (or the chart paths) to the code and charts the check is about, or check a smaller range of commits.',
    });
  }

  private async followSymlinks(tree: Map<string, TreeEntry>, file: string, revision: string): Promise<TreeEntry | undefined> {
    let entry = tree.get(file);
    for (let hops = 0; entry && entry.mode === '120000'; hops++) {
      if (hops >= MAX_SYMLINK_HOPS) {
        throw new InputError(`more than ${MAX_SYMLINK_HOPS} symbolic links in a row (or a loop of links) at ${revision}; Lockstep follows at most ${MAX_SYMLINK_HOPS}`, {
          file,
          hint: 'Point the link at the real file (or configure the real file instead of the link).',
        });
      }
      const [object] = await this.batch.read([entry.blob]);
      const target = object?.content.toString('utf8') ?? '';
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(entry.path), target));
      if (path.posix.isAbsolute(target) || resolved.startsWith('../') || resolved === '..') {
        throw new InputError(`symbolic link to '${target}' points outside the repository (at ${revision})`, {
          file,
          hint: 'Lockstep reads only files stored in the repository; configure the real file instead of the link.',
        });
      }
      entry = tree.get(resolved);
    }
    return entry;
  }
}

/**
 * A command that really brings `revision` into this clone, by its shape: a full commit id is
 * fetched by id; `X~N`/`X^` needs N more commits of history (`--deepen`); a short id cannot be
 * fetched (a fetch needs the full id); a branch or tag name is fetched into origin/NAME, which
 * is then the name to pass.
 */
export function fetchAdvice(revision: string, shallow: boolean): string {
  const depth = shallow ? ' --depth=1' : '';
  if (OBJECT_ID.test(revision)) return `git fetch${depth} origin ${revision}`;
  const ancestry = /^([^~^]+)((?:[~^]\d*)+)$/.exec(revision);
  if (ancestry) {
    const steps = [...(ancestry[2] ?? '').matchAll(/([~^])(\d*)/g)].reduce((sum, [, kind, count]) => sum + (kind === '~' ? Number(count || 1) : 1), 0);
    return shallow ? `git fetch --deepen=${steps} origin` : `git fetch origin, then check that ${ancestry[1]} has ${steps} commits of history`;
  }
  if (/^[0-9a-f]{7,39}$/i.test(revision)) return `a fetch needs the full commit id: git fetch${depth} origin <the 40-character id of ${revision}>`;
  const name = revision.replace(/^(?:refs\/remotes\/)?origin\//, '').replace(/^refs\/heads\//, '');
  return `git fetch${depth} origin +${name}:refs/remotes/origin/${name}, then pass origin/${name}`;
}

function decodeText(object: GitObject, file: string, revision: string): string {
  const { content } = object;
  if (object.oversized || object.size > MAX_FILE_BYTES) {
    throw new InputError(`file is ${(object.size / 1024 / 1024).toFixed(1)} MB at ${shortRevision(revision)}; files over ${MAX_FILE_BYTES / 1024 / 1024} MB are refused`, {
      file,
      hint: 'Point the configuration at the source file that defines the schema or settings, not a generated or data file.',
    });
  }
  if (content.subarray(0, 8000).includes(0)) {
    throw new InputError(`binary file at ${shortRevision(revision)}; expected text`, {
      file,
      hint: 'Point the configuration at a text source file.',
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new InputError(`file is not valid UTF-8 at ${shortRevision(revision)}`, {
      file,
      hint: 'Save the file as UTF-8 (Python source is UTF-8 by default).',
    });
  }
}

function shortRevision(revision: string): string {
  return /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 12) : revision;
}

