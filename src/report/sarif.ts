/**
 * Reports → one SARIF 2.1.0 log (what GitHub code scanning uploads): one rule per finding id,
 * one result per finding with its file, line and level, and a fingerprint that stays the same
 * across runs while the finding is the same (rule, file, title — not the line, which moves).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '../config/schema.js';
import { LOCKSTEP_VERSION } from '../version.js';
import { findingTitle, type Finding, type Ignored, type Report, type Severity } from './model.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/lsst-dm/lockstep';
/** Where every message of every rule is listed (generated from the rule tables). */
const RULE_HELP_URI = `${INFORMATION_URI}/blob/main/docs/messages.md`;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * The configuration as a repository-relative SARIF location, for findings without a file (the
 * one rule for the CLI's --config and the actions' `config` input): `config` as given, relative
 * to `root` or absolute, in forward slashes and normalised (`./a/../x.yml` → `x.yml`); the
 * default when none is given or when it lies outside `root` (code scanning shows only the
 * repository's files).
 */
export function sarifConfigFile(config: string | undefined, root: string): string {
  if (!config) return DEFAULT_CONFIG_PATH;
  const relative = path.isAbsolute(config) ? path.relative(root, config) : config;
  const normalised = path.posix.normalize(relative.replaceAll('\\', '/'));
  const outside = normalised === '..' || normalised.startsWith('../') || path.isAbsolute(normalised);
  return outside || normalised === '.' ? DEFAULT_CONFIG_PATH : normalised;
}

export interface SarifOptions {
  /**
   * Repository-relative file that findings without a file are pinned to (code scanning needs a
   * location for every result): the configuration that asked for the check.
   */
  fallbackFile: string;
}

/** The SARIF log of `reports` as a JSON string. */
export function renderSarif(reports: readonly Report[], options: SarifOptions): string {
  const findings = reports.flatMap((report) => report.findings);
  const rules = ruleDescriptors(findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Lockstep', semanticVersion: LOCKSTEP_VERSION, informationUri: INFORMATION_URI, rules } },
        automationDetails: { id: `lockstep/${[...new Set(reports.map((report) => report.command))].sort().join('+')}/` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository checked.' } } },
        results: findings.map((finding) => result(finding, ruleIndex.get(finding.id) ?? 0, options)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** One descriptor per rule id, in first-seen order, described by its first finding. */
function ruleDescriptors(findings: readonly Finding[]) {
  const first = new Map<string, Finding>();
  for (const finding of findings) if (!first.has(finding.id)) first.set(finding.id, finding);
  return [...first.values()].map((finding) => ({
    id: finding.id,
    name: ruleName(finding.id),
    shortDescription: { text: finding.id },
    helpUri: `${RULE_HELP_URI}#${finding.id.replace(/[^a-z0-9-]/gi, '').toLowerCase()}`,
    help: { text: `Every message of ${finding.id} and what to do about it: ${RULE_HELP_URI}` },
    defaultConfiguration: { level: LEVEL[finding.severity] },
  }));
}

function result(finding: Finding, ruleIndex: number, options: SarifOptions) {
  const pinned = finding.file !== undefined;
  const title = findingTitle(finding);
  const text = pinned ? `${title}: ${finding.message}` : `${title}: ${finding.message} (this finding has no line of its own; it is shown on the configuration)`;
  return {
    ruleId: finding.id,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(finding.file ?? options.fallbackFile), uriBaseId: '%SRCROOT%' },
          region: { startLine: pinned && finding.line && finding.line > 0 ? finding.line : 1 },
        },
      },
    ],
    partialFingerprints: { 'lockstepFinding/v1': fingerprint(finding) },
    ...(finding.pair === undefined ? {} : { properties: { pair: finding.pair } }),
    ...(finding.ignored ? { suppressions: [suppression(finding.ignored)] } : {}),
  };
}

/** An ignore as SARIF sees it: `external` (the configuration) or `inSource` (a comment on the line), with its reason. */
function suppression(ignored: Ignored) {
  return {
    kind: ignored.source === 'config' ? 'external' : 'inSource',
    status: 'accepted',
    justification: ignored.reason,
    location: {
      physicalLocation: {
        artifactLocation: { uri: encodeUri(ignored.file), uriBaseId: '%SRCROOT%' },
        ...(ignored.line ? { region: { startLine: ignored.line } } : {}),
      },
    },
  };
}

/** Stable while the finding is the same: rule, file, title and pair (when named), not the line or the wording. */
function fingerprint(finding: Finding): string {
  const key = [finding.id, finding.file ?? '', finding.title, ...(finding.pair === undefined ? [] : [finding.pair])];
  return createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32);
}

/** "env/blocked" → "EnvBlocked" (SARIF's rule name is PascalCase by convention). */
function ruleName(id: string): string {
  return id
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
