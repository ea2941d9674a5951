/**
 * `runSchemaDiff`: every configured message base → head, its peers, and the
 * required bump held against the proposed version → one Report. The CLI command
 * and the action entry only map their options onto this.
 */
import { GitRepository, type FileChange } from '../git/repository.js';
import type { Report } from '../report/model.js';
import { checkMessage, type MessageResult, type MessageSpec } from './message-check.js';
import { checkPeer, pairFor, pairedPullRequests, pairsWithoutPeer, type PeerResult, type PeerSpec } from './peers.js';
import { maxBump, type Bump } from './rules.js';
import { DEFAULT_VERSIONING, resolveVersions, type Versions, type VersioningSpec } from './versioning.js';
import type { IgnoreEntry } from '../config/ignore-schema.js';
import { schemaIgnores, withIgnores } from './ignores.js';
import { buildSchemaReport, type PeerOutcome, type SchemaDiffData } from './report.js';

export interface SchemaDiffMessage extends MessageSpec {
  peer?: PeerSpec;
}

export interface SchemaDiffOptions {
  /** Folder of the repository (a clone; its work tree is never read). */
  repository: string;
  base: string;
  head: string;
  messages: SchemaDiffMessage[];
  versioning?: VersioningSpec;
  /** Declared new version (CLI --proposed-version). */
  proposedVersion?: string;
  /** The tag being released, on tag pushes and releases. */
  releaseTag?: string;
  /** PR labels (semver:*, the approve label). */
  labels?: string[];
  /** PR body (Paired-With: lines). */
  pullRequestBody?: string;
  /** For peers given as owner/name. */
  token?: string;
  serverUrl?: string;
  /** Resolve local peer paths against this folder. */
  cwd?: string;
  /** `ignore:` entries of the configuration, and the configuration's repository-relative path. */
  ignore?: readonly IgnoreEntry[];
  configFile?: string;
  /** Today, for ignores' `until` (tests inject it). */
  now?: Date;
}

export async function runSchemaDiff(options: SchemaDiffOptions): Promise<Report<SchemaDiffData>> {
  const repository = await GitRepository.open(options.repository);
  try {
    const [base, head] = await Promise.all([repository.resolveRevision(options.base), repository.resolveRevision(options.head)]);
    let changed: Promise<FileChange[]> | undefined;
    const revisions = { repository, base, head, changedFiles: () => (changed ??= repository.changedFiles(base, head)) };

    const checked: MessageResult[] = [];
    for (const message of options.messages) checked.push(await checkMessage(message, revisions));
    const ignores = await schemaIgnores(repository, { base, head }, checked, { entries: options.ignore, configFile: options.configFile, now: options.now });
    const results = checked.map((result) => withIgnores(result, ignores));

    const { pairs, malformed } = pairedPullRequests(options.pullRequestBody ?? '');
    const peers: PeerOutcome[] = [];
    const access = { token: options.token, serverUrl: options.serverUrl, cwd: options.cwd ?? options.repository };
    for (const [index, message] of options.messages.entries()) {
      const result = results[index];
      if (!message.peer || !result.head) continue;
      const mine = { role: message.role, decoder: result.decoder, schema: result.head };
      const atRef = await checkPeer(message.name, mine, { peer: message.peer, access });
      let paired: PeerResult | undefined;
      const pair = pairFor(message.peer, pairs);
      if (pair) paired = await checkPeer(message.name, mine, { peer: message.peer, access }, { ref: `refs/pull/${pair.number}/head`, pairedPullRequest: pair.number });
      peers.push({ atRef, paired, pairedName: pair ? `${pair.repository}#${pair.number}` : undefined });
    }

    const versioning = options.versioning ?? DEFAULT_VERSIONING;
    const labels = options.labels ?? [];
    const pairedBump: Bump[] = peers.filter((p) => !p.atRef.compatible && p.paired?.compatible).map(() => 'major');
    const requiredBump = maxBump([...results.map((r) => r.requiredBump), ...pairedBump]);
    const versions: Versions =
      requiredBump === 'none' && options.proposedVersion === undefined && !options.releaseTag
        ? await resolveVersions({ repository, base, head, versioning, labels }).catch(() => ({}))
        : await resolveVersions({ repository, base, head, versioning, labels, proposedVersion: options.proposedVersion, releaseTag: options.releaseTag });
    const report = buildSchemaReport({
      results,
      peers,
      malformedPairs: [...malformed, ...pairsWithoutPeer(pairs, options.messages.flatMap((m) => (m.peer ? [m.peer] : [])))].sort((a, b) => a.line - b.line),
      requiredBump,
      versions,
      approved: labels.includes(versioning['approve-label']),
      approveLabel: versioning['approve-label'],
    });
    return { ...report, findings: [...report.findings, ...ignores.problems()] };
  } finally {
    repository.close();
  }
}
