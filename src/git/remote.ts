/**
 * Peer and counterpart repositories: `owner/name` on GitHub (fetched shallowly with the
 * token), a local path, or a git URL — opened at one ref with the least history needed.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstLineOf, InputError } from '../errors.js';
import { checkedRef, checkedRepository, isOwnerName } from './args.js';
import { GitRepository, type GitTag } from './repository.js';
import { GitCommandError, gitText, meaningfulLine } from './run-git.js';

export { isOwnerName } from './args.js';

export interface RemoteSource {
  /** owner/name, a local path, or an https:// or file:// URL (see git/args.ts: nothing else reaches git). */
  repository: string;
  /** Branch, tag, full commit id, or a ref such as refs/pull/12/head. */
  ref: string;
  /** Token for github.com-style HTTPS (never written into a URL or a log). */
  token?: string;
  /** Server for owner/name, default https://github.com (GITHUB_SERVER_URL). */
  serverUrl?: string;
  /** Resolve relative local paths against this folder. */
  cwd?: string;
}

export interface OpenedRemote {
  repository: GitRepository;
  /** Commit id of the ref. */
  commit: string;
  /** Remove the temporary clone (a no-op for local repositories). */
  dispose(): Promise<void>;
  /** Release tags of the repository (a remote is asked with `git ls-remote`, nothing fetched). */
  tags(): Promise<GitTag[]>;
  /** Make a tag's commit readable (a remote fetches just that tag, depth 1) and return the commit id. */
  fetchTag(tag: string): Promise<string>;
}

/** Transports a configured repository may use (`ext::`, `fd::`, ssh… never); http only for a test server URL. */
const ALLOWED_PROTOCOLS = 'https:http:file';

export async function openRemote(source: RemoteSource): Promise<OpenedRemote> {
  checkedRepository(source.repository, 'repository');
  checkedRef(source.ref, `ref for ${source.repository}`);
  const local = await localRepositoryPath(source);
  if (local) {
    // A bare repository inside the checked-out one is pull-request content, never opened.
    const repository = await GitRepository.open(local, undefined, !isInside(local, source.cwd ?? process.cwd()));
    const commit = await repository.resolveRevision(source.ref).catch(async () => {
      // A local clone may only have the ref on its remote.
      return repository.resolveRevision(`origin/${source.ref}`).catch(() => {
        throw new InputError(`ref '${source.ref}' not found in ${source.repository}`, {
          file: source.repository,
          hint: 'Check the ref in the configuration (a branch, tag or commit of that repository).',
        });
      });
    });
    return {
      repository,
      commit,
      dispose: () => {
        repository.close();
        return Promise.resolve();
      },
      tags: () => repository.tags(),
      fetchTag: async (tag) => repository.resolveRevision(`refs/tags/${tag}`),
    };
  }
  return fetchShallow(source);
}

/** `folder` is `parent` or lies under it. */
function isInside(folder: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), folder);
  return !path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`);
}

async function localRepositoryPath(source: RemoteSource): Promise<string | undefined> {
  const { repository } = source;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repository)) return undefined;
  const candidate = path.resolve(source.cwd ?? process.cwd(), repository);
  const exists = await stat(candidate).then((s) => s.isDirectory(), () => false);
  if (exists) return candidate;
  if (isOwnerName(repository)) return undefined;
  throw new InputError(`repository '${repository}' is neither owner/name, a git URL, nor an existing folder`, {
    hint: 'Use owner/name for a GitHub repository, a git URL, or a path to a local clone.',
  });
}

async function fetchShallow(source: RemoteSource): Promise<OpenedRemote> {
  const url = isOwnerName(source.repository)
    ? `${(source.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${source.repository}.git`
    : source.repository;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lockstep-remote-'));
  const config: string[] = [];
  // The temporary repository is bare: named through GIT_DIR (git finds no bare repository by itself).
  const env = { GIT_ALLOW_PROTOCOL: ALLOWED_PROTOCOLS, GIT_DIR: dir };
  if (source.token && url.startsWith('https://')) {
    const basic = Buffer.from(`x-access-token:${source.token}`).toString('base64');
    config.push(`http.extraheader=AUTHORIZATION: basic ${basic}`);
  }
  try {
    await gitText(['init', '--quiet', '--bare', dir], { cwd: os.tmpdir() });
    await gitText(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, source.ref], { cwd: dir, config, env });
    const repository = await GitRepository.open(dir);
    const commit = await repository.resolveRevision('FETCH_HEAD');
    return {
      repository,
      commit,
      dispose: async () => {
        repository.close();
        await rm(dir, { recursive: true, force: true });
      },
      tags: () => remoteTags(dir, url, { config, env }, source.repository),
      fetchTag: async (tag) => {
        try {
          const ref = checkedRef(`refs/tags/${tag}`, `tag of ${source.repository}`);
          await gitText(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, `+${ref}:${ref}`], { cwd: dir, config, env });
        } catch (error) {
          throw fetchError(source, `tag '${tag}'`, error);
        }
        return repository.resolveRevision(`refs/tags/${tag}`);
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof InputError) throw error;
    throw fetchError(source, `'${source.ref}'`, error);
  }
}

function fetchError(source: RemoteSource, what: string, error: unknown): InputError {
  // git's own words (its first meaningful line), not our command line around them.
  const reason = error instanceof GitCommandError ? meaningfulLine(error.stderr) || error.message : firstLineOf(error);
  return new InputError(`cannot fetch ${source.repository} at ${what}: ${reason.replace(/AUTHORIZATION: basic \S+/g, '***')}`, {
    file: source.repository,
    hint: 'Check the repository and ref, and that the token can read it (a private repository needs a token with contents: read).',
  });
}

/** Tags of a remote, peeled, without fetching any object. */
async function remoteTags(dir: string, url: string, settings: { config: string[]; env: Record<string, string> }, label: string): Promise<GitTag[]> {
  let out: string;
  try {
    out = await gitText(['ls-remote', '--tags', '--end-of-options', url], { cwd: dir, ...settings });
  } catch (error) {
    throw fetchError({ repository: label, ref: 'tags' }, 'its tags', error);
  }
  const tags = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [commit, ref] = line.split('\t');
    if (!commit || !ref?.startsWith('refs/tags/')) continue;
    const peeled = ref.endsWith('^{}');
    const name = ref.slice('refs/tags/'.length).replace(/\^\{\}$/, '');
    if (peeled || !tags.has(name)) tags.set(name, commit);
  }
  return [...tags].map(([name, commit]) => ({ name, commit }));
}
