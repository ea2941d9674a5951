/**
 * The other repository of the pair: the deployment repository seen from the service, or
 * the service seen from the deployment repository. Its settings come from
 * `env.counterpart.code`/`chart`, else from its own .github/lockstep.yml. Reading its code
 * at an environment's deployed tag fetches just that tag and parses each blob once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { parseConfig } from '../config/load.js';
import { selectPair } from '../config/env-pairs.js';
import { DEFAULT_CONFIG_PATH, type EnvConfig } from '../config/schema.js';
import { isOwnerName, openRemote, type OpenedRemote } from '../git/remote.js';
import type { GitRepository, GitTag } from '../git/repository.js';
import type { ChartSettings } from '../helm/chart-snapshot.js';
import type { DeployedCodeLookup } from './analyze-chart.js';
import { CodeReader, type CodeReads, type CodeSettings } from './code-reads.js';
import { findReleaseTag } from './versions.js';

export interface Counterpart {
  remote: OpenedRemote;
  /** https://github.com/owner/name for a GitHub counterpart (links in messages), else undefined. */
  webUrl?: string;
  /** owner/name@ref, for messages. */
  label: string;
  repositoryLabel: string;
  code?: CodeSettings;
  chart?: ChartSettings;
}

export interface CounterpartAccess {
  token?: string;
  serverUrl?: string;
  /** Folder that relative local paths are resolved against (the repository under check). */
  cwd: string;
}

export function chartSettingsOf(chart: NonNullable<EnvConfig['chart']>): ChartSettings {
  return {
    path: chart.path,
    workloads: chart.workloads,
    environments: chart.environments,
    imageTag: chart['image-tag'],
    valuesPrefix: chart['values-prefix'],
  };
}

export function codeSettingsOf(env: Pick<EnvConfig, 'code' | 'extra-reads'>, configFile: string): CodeSettings | undefined {
  return env.code ? { code: env.code, extraReads: env['extra-reads'] ?? {}, configFile } : undefined;
}

export async function openCounterpart(config: NonNullable<EnvConfig['counterpart']>, own: EnvConfig, access: CounterpartAccess): Promise<Counterpart> {
  const remote = await openRemote({ repository: config.repository, ref: config.ref, token: access.token, serverUrl: access.serverUrl, cwd: access.cwd });
  const label = `${config.repository}@${config.ref}`;
  let code = config.code ? { code: config.code, extraReads: own['extra-reads'] ?? {}, configFile: DEFAULT_CONFIG_PATH } : undefined;
  let chart = config.chart ? chartSettingsOf(config.chart) : undefined;
  if (!code || !chart) {
    const file = await remote.repository.readFile(remote.commit, DEFAULT_CONFIG_PATH);
    if (file) {
      const theirLabel = `${config.repository}:${DEFAULT_CONFIG_PATH}`;
      // In a list of pairs, theirs is the pair with the side we lack (or the one env.counterpart.pair names).
      const wanted = !code && (chart || own.chart) ? 'code' : 'chart';
      const theirs = selectPair(parseConfig(file.text, theirLabel).env, wanted, config.pair, theirLabel);
      // Their extra-reads when they declare some, else ours (a deployment repository may declare them for the service).
      const declared = theirs && Object.keys(theirs['extra-reads'] ?? {}).length ? theirs : { ...theirs, 'extra-reads': own['extra-reads'] };
      if (!code && theirs?.code) code = codeSettingsOf(declared, theirLabel);
      if (!chart && theirs?.chart) chart = chartSettingsOf(theirs.chart);
    }
  }
  // Same rule as openRemote: owner/name is GitHub unless such a folder exists locally.
  const onGitHub = isOwnerName(config.repository) && !existsSync(path.resolve(access.cwd, config.repository));
  const webUrl = onGitHub ? `${(access.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${config.repository}` : undefined;
  return { remote, label, repositoryLabel: config.repository, code: code && { ...code, pair: config.pair }, chart, webUrl };
}

export function missingCounterpartSide(counterpart: Counterpart, side: 'code' | 'chart'): InputError {
  return new InputError(`the counterpart ${counterpart.label} has no ${side} settings`, {
    hint: `Set env.counterpart.${side} in .github/lockstep.yml, or give ${counterpart.repositoryLabel} a .github/lockstep.yml with an env.${side} section.`,
  });
}

/** The image tag that names no release but the newest build of the branch, unless env.counterpart.branch-tags says otherwise. */
export const LATEST_TAG = 'latest';

/** The image tags that run the newest build of a branch (no release), and that branch's commit. */
export interface BranchBuild {
  tags: readonly string[];
  head: () => Promise<{ commit: string; ref: string }>;
}

/** Where deployed versions' code is read: the repository, its release tags, and its branch builds. */
export interface DeployedCodeSource {
  /** The code repository, for messages, e.g. lsst-dm/prompt_processing. */
  source: string;
  repository: GitRepository;
  settings: CodeSettings;
  tags: () => Promise<GitTag[]>;
  /** The commit of a release tag, fetched on first use. */
  fetchTag: (tag: string) => Promise<string>;
  branch?: BranchBuild;
  /** The repository's web address, for links to lines of a release. */
  webUrl?: string;
}

/** Reads of the code at each deployed image tag, one full scan per release (cached). */
export function deployedCodeLookup(code: DeployedCodeSource): DeployedCodeLookup {
  const { source, repository, tags, fetchTag, branch, webUrl } = code;
  const reader = new CodeReader(repository);
  const linkTo = (revision: string) => (webUrl ? (file: string, line?: number) => `${webUrl}/blob/${encodeURIComponent(revision)}/${file}${line ? `#L${line}` : ''}` : undefined);
  let tagList: Promise<GitTag[]> | undefined;
  const revisions = new Map<string, Promise<{ commit: string; release: string; linkRevision: string } | null>>();
  const snapshots = new Map<string, Promise<CodeReads>>();
  // Which commit an image tag runs: a release tag (fetched on first use), or the branch for a branch tag (`latest`).
  const revisionOf = (imageTag: string) => {
    let answer = revisions.get(imageTag);
    if (!answer) {
      answer = (async () => {
        tagList ??= tags();
        const release = findReleaseTag(imageTag, await tagList);
        if (release) return { commit: await fetchTag(release.name), release: release.name, linkRevision: release.name };
        if (branch?.tags.includes(imageTag)) {
          const { commit, ref } = await branch.head();
          return { commit, release: ref, linkRevision: commit };
        }
        return null;
      })();
      revisions.set(imageTag, answer);
    }
    return answer;
  };
  const readsAt = (commit: string, release: string, names?: readonly string[]) => {
    const full = snapshots.get(commit);
    if (full) return full; // a full scan answers any question about that commit
    const key = names ? `${commit}\0${[...names].sort().join('\0')}` : commit;
    let answer = snapshots.get(key);
    if (!answer) {
      answer = settingsAtRelease(code, { commit, release }).then((atRelease) => reader.snapshot(commit, atRelease, names));
      snapshots.set(key, answer);
    }
    return answer;
  };
  return async (imageTag: string, names?: readonly string[]) => {
    const revision = await revisionOf(imageTag);
    if (!revision) return { tag: imageTag, reads: null, source };
    const link = linkTo(revision.linkRevision);
    return { tag: imageTag, reads: await readsAt(revision.commit, revision.release, names), source, release: revision.release, link };
  };
}

/**
 * The code settings a release is judged with: its own .github/lockstep.yml's env.extra-reads
 * when it declares them there (what that version says it reads), else the configured
 * ones; `since` bounds apply to the release's version.
 */
async function settingsAtRelease({ repository, source, settings }: DeployedCodeSource, { commit, release }: { commit: string; release: string }): Promise<CodeSettings> {
  const file = await repository.readFile(commit, DEFAULT_CONFIG_PATH);
  const label = `${source}@${release}:${DEFAULT_CONFIG_PATH}`;
  let theirs: EnvConfig | undefined;
  try {
    theirs = file ? selectPair(parseConfig(file.text, label).env, 'code', settings.pair, label) : undefined;
  } catch {
    theirs = undefined; // a config that release could not parse: the configured declaration decides
  }
  // Only a declaration the release makes itself wins (the key defaults to {} when absent).
  const declares = file !== undefined && /^\s+extra-reads\s*:/m.test(file.text);
  if (!theirs || !declares) return { ...settings, version: release };
  return { ...settings, extraReads: theirs['extra-reads'] ?? {}, configFile: label, version: release };
}
