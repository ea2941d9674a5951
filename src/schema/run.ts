/**
 * `runSchemaDiff`: every configured message base → head, its peers, and the
 * required bump held against the proposed version → one Report. The CLI command
 * and the action entry only map their options onto this.
 */
import { GitRepository, type FileChange } from '../git/repository.js';
import type { Report } from '../report/model.js';
import { checkMessage, type MessageResult, type MessageSpec } from './message-check.js';
import { checkPeer, pairFor, pairedPullRequests, pairsWithoutPeer, type PairedPullRequest, type PeerResult, type PeerSpec } from './peers.js';
import { maxBump, type Bump } from './rules.js';
import { DEFAULT_VERSIONING, resolveVersions, type VersionInputs, type Versions, type VersioningSpec } from './versioning.js';
import type { IgnoreEntry } from '../config/ignore-schema.js';
import { schemaIgnores, withIgnores } from './ignores.js';
import type { Revisions } from '../revisions/model.js';
import { buildSchemaReport, type PeerOutcome, type SchemaDiffData } from './report.js';

export interface SchemaDiffMessage extends MessageSpec {
  peer?: PeerSpec;
}

/** The configuration's part schema-diff reads: the messages (the configuration's, or the CLI's --schema), versioning, ignores. */
export interface SchemaDiffConfig {
  messages: SchemaDiffMessage[];
  versioning?: VersioningSpec;
  /** `ignore:` entries of the configuration, and the configuration's repository-relative path. */
  ignore?: readonly IgnoreEntry[];
  file?: string;
}

export interface SchemaDiffOptions {
  /** Folder of the repository (a clone; its work tree is never read). */
  repository: string;
  config: SchemaDiffConfig;
  /** Base → head, the release tag on tag pushes and releases, the PR's labels and body (src/revisions/). */
  revisions: Revisions;
  /** Declared new version (CLI --proposed-version, the `proposed-version` input). */
  proposedVersion?: string;
  /** For peers given as owner/name. */
  token?: string;
  serverUrl?: string;
  /** Resolve local peer paths against this folder. */
  cwd?: string;
  /** Today, for ignores' `until` (tests inject it). */
  now?: Date;
}

export async function runSchemaDiff(options: SchemaDiffOptions): Promise<Report<SchemaDiffData>> {
  const { config, revisions } = options;
  const repository = await GitRepository.open(options.repository);
  try {
    const [base, head] = await Promise.all([repository.resolveRevision(revisions.base), repository.resolveRevision(revisions.head)]);
    let changed: Promise<FileChange[]> | undefined;
    const atRevisions = { repository, base, head, changedFiles: () => (changed ??= repository.changedFiles(base, head)) };

    const checked: MessageResult[] = [];
    for (const message of config.messages) checked.push(await checkMessage(message, atRevisions));
    const ignores = await schemaIgnores(repository, { base, head }, checked, { entries: config.ignore, configFile: config.file, now: options.now });
    const results = checked.map((result) => withIgnores(result, ignores));
    const { pairs, malformed } = pairedPullRequests(revisions.pullRequestBody ?? '');
    const peers = await checkPeers(options, results, pairs);

    const versioning = config.versioning ?? DEFAULT_VERSIONING;
    const pairedBump: Bump[] = peers.filter((p) => !p.atRef.compatible && p.paired?.compatible).map(() => 'major');
    const requiredBump = maxBump([...results.map((r) => r.requiredBump), ...pairedBump]);
    const versions = await versionsOf({ repository, base, head, versioning, labels: revisions.labels, configFile: config.file }, requiredBump, options);
    const report = buildSchemaReport({
      results,
      peers,
      malformedPairs: [...malformed, ...pairsWithoutPeer(pairs, config.messages.flatMap((m) => (m.peer ? [m.peer] : [])))].sort((a, b) => a.line - b.line),
      requiredBump,
      versions,
      approved: revisions.labels.includes(versioning['approve-label']),
      approveLabel: versioning['approve-label'],
    });
    return { ...report, findings: [...report.findings, ...ignores.problems()] };
  } finally {
    repository.close();
  }
}

/** Each message's peer at its ref, and at the paired pull request when the PR body names one. */
async function checkPeers(options: SchemaDiffOptions, results: readonly MessageResult[], pairs: PairedPullRequest[]): Promise<PeerOutcome[]> {
  const peers: PeerOutcome[] = [];
  const access = { token: options.token, serverUrl: options.serverUrl, cwd: options.cwd ?? options.repository, configFile: options.config.file };
  for (const [index, message] of options.config.messages.entries()) {
    const result = results[index];
    if (!message.peer || !result?.head) continue;
    const mine = { role: message.role, decoder: result.decoder, schema: result.head };
    const atRef = await checkPeer(message.name, mine, { peer: message.peer, access });
    const pair = pairFor(message.peer, pairs);
    const paired: PeerResult | undefined = pair ? await checkPeer(message.name, mine, { peer: message.peer, access }, { ref: `refs/pull/${pair.number}/head`, pairedPullRequest: pair.number }) : undefined;
    peers.push({ atRef, paired, pairedName: pair ? `${pair.repository}#${pair.number}` : undefined });
  }
  return peers;
}

/** The versions held against the required bump; with no wire change and no version declared, a version that cannot be read is no error. */
async function versionsOf(known: Omit<VersionInputs, 'proposedVersion' | 'releaseTag'>, requiredBump: Bump, options: SchemaDiffOptions): Promise<Versions> {
  const { proposedVersion } = options;
  const { releaseTag } = options.revisions;
  if (requiredBump === 'none' && proposedVersion === undefined && !releaseTag) return resolveVersions(known).catch(() => ({}));
  return resolveVersions({ ...known, proposedVersion, releaseTag });
}
