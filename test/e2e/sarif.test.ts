/**
 * SARIF 2.1.0 from the bundled CLI (`--format sarif`) and actions (`sarif-file` output), validated
 * against the SARIF 2.1.0 JSON Schema that Microsoft's SARIF Multitool ships
 * (.ci/run extracts it from the npm package @microsoft/sarif-multitool-linux and sets
 * LOCKSTEP_TEST_SARIF_SCHEMA), plus what GitHub code scanning needs beyond the schema.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PROJECT_ROOT, runBundledAction } from '../support/action-harness.js';
import { pullRequestEvent } from '../support/events.js';
import { GitFixture, shallowClone } from '../support/git-fixture.js';
import { makeServiceRepository } from '../fixtures/env/prompt-processing.js';
import { phalanxFiles, SERVICE_ENTRIES, serviceEntry } from '../fixtures/env/phalanx.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const schemaFile = process.env.LOCKSTEP_TEST_SARIF_SCHEMA;
const cleanup: GitFixture[] = [];
let service: GitFixture;
beforeAll(() => {
  service = makeServiceRepository();
  cleanup.push(service);
});
afterAll(() => cleanup.forEach((repo) => repo.remove()));

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string; semanticVersion: string; rules: Array<{ id: string; helpUri: string; defaultConfiguration: { level: string } }> } }; results: SarifResult[] }>;
}

/** A Phalanx PR that drops LEGACY_BUCKET, which production still requires: exit 1 with findings. */
function blockedRemoval(): { repo: GitFixture; base: string; head: string } {
  const repo = new GitFixture();
  cleanup.push(repo);
  repo.write(phalanxFiles(service.dir));
  const base = repo.commit('base');
  repo.write(phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
  return { repo, base, head: repo.commit('head') };
}

function cliSarif(repo: GitFixture, base: string, head: string): { status: number | null; log: SarifLog; json: { guidance: Array<{ name: string }> } } {
  const run = (format: string) => spawnSync(process.execPath, [cli, 'env-diff', '--repo', repo.dir, '--base', base, '--head', head, '--format', format], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  const sarif = run('sarif');
  expect(sarif.stderr).not.toMatch(/\n\s+at /);
  return { status: sarif.status, log: JSON.parse(sarif.stdout) as SarifLog, json: JSON.parse(run('json').stdout) as { guidance: Array<{ name: string }> } };
}

/** What GitHub code scanning needs beyond the schema: rules for every result, a location each, fingerprints. */
function expectUploadable(log: SarifLog): void {
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  const [run] = log.runs;
  const ids = run!.tool.driver.rules.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const result of run!.results) {
    expect(ids[result.ruleIndex]).toBe(result.ruleId);
    expect(['error', 'warning', 'note']).toContain(result.level);
    expect(result.locations).toHaveLength(1);
    const location = result.locations[0]!.physicalLocation;
    expect(location.artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/i);
    expect(location.region.startLine).toBeGreaterThanOrEqual(1);
    expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
  }
}

const describeWithSchema = schemaFile && existsSync(schemaFile) ? describe : describe.skip;
if (!schemaFile) console.warn('SARIF schema tests skipped: set LOCKSTEP_TEST_SARIF_SCHEMA (.ci/run does) to the SARIF 2.1.0 JSON Schema.');

describeWithSchema('SARIF 2.1.0 against the JSON Schema', () => {
  const validate = () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    return ajv.compile(JSON.parse(readFileSync(schemaFile!, 'utf8')) as object);
  };

  it('lockstep env-diff --format sarif: valid, one result per finding, pinned where the finding is', () => {
    const { repo, base, head } = blockedRemoval();
    const { status, log, json } = cliSarif(repo, base, head);
    expect(status).toBe(1);
    const check = validate();
    expect(check(log) ? [] : check.errors).toEqual([]);
    expectUploadable(log);
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'Lockstep', semanticVersion: JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version });
    expect(json.guidance.map((entry) => entry.name)).toContain('LEGACY_BUCKET');
    const blocked = run!.results.filter((result) => result.level === 'error');
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.some((result) => result.message.text.includes('LEGACY_BUCKET'))).toBe(true);
    // A blocked removal is pinned to the chart line that removed it.
    expect(blocked.every((result) => result.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('charts/'))).toBe(true);
  });

  it('keeps every fingerprint across runs', () => {
    const { repo, base, head } = blockedRemoval();
    const first = cliSarif(repo, base, head).log.runs[0]!.results.map((result) => result.partialFingerprints);
    const second = cliSarif(repo, base, head).log.runs[0]!.results.map((result) => result.partialFingerprints);
    expect(second).toEqual(first);
    expect(new Set(first.map((print) => JSON.stringify(print))).size).toBe(first.length);
  });

  it('actions/env-diff writes the same log to the `sarif-file` output', async () => {
    const origin = new GitFixture();
    origin.write(phalanxFiles(service.dir));
    const base = origin.commit('base');
    origin.branch('tickets/DM-1');
    origin.write(phalanxFiles(service.dir, { serviceEntries: SERVICE_ENTRIES.replace(serviceEntry('LEGACY_BUCKET', '{{ .Values.s3.legacyBucket }}'), '') }));
    const head = origin.commit('head');
    const workspace = shallowClone(origin, 'tickets/DM-1');
    cleanup.push(origin, workspace);
    const run = await runBundledAction('env-diff', { workspace: workspace.dir, event: pullRequestEvent({ repository: 'lsst-sqre/phalanx', base: { sha: base }, head: { sha: head } }) });
    expect(run.exitCode).toBe(1);
    const file = run.outputs['sarif-file'];
    expect(file).toMatch(/lockstep-env-diff\.sarif$/);
    const log = JSON.parse(readFileSync(file!, 'utf8')) as SarifLog;
    const check = validate();
    expect(check(log) ? [] : check.errors).toEqual([]);
    expectUploadable(log);
    expect(log.runs[0]!.results.some((result) => result.level === 'error' && result.message.text.includes('LEGACY_BUCKET'))).toBe(true);
  });
});
