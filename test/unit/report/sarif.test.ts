/** The SARIF renderer on findings with and without a place, hostile paths and moved lines. */
import { describe, expect, it } from '@jest/globals';
import type { Finding, Report } from '../../../src/report/model.js';
import { renderSarif, sarifConfigFile } from '../../../src/report/sarif.js';

const report = (findings: Finding[]): Report => ({ command: 'env-diff', verdict: 'fail', headline: 'h', findings, blocks: [], data: {} });
const sarif = (findings: Finding[], fallbackFile = '.github/lockstep.yml') =>
  JSON.parse(renderSarif([report(findings)], { fallbackFile })) as {
    runs: Array<{ tool: { driver: { rules: Array<{ id: string; name: string; defaultConfiguration: { level: string } }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>; partialFingerprints: Record<string, string> }> }>;
  };

describe('renderSarif', () => {
  const blocked: Finding = { id: 'env/blocked', severity: 'error', title: 'LEGACY_BUCKET still required', message: 'prod runs 6.14.0', file: 'charts/prompt-keda/templates/deployment.yaml', line: 40 };

  it('maps severities to SARIF levels and rules to one descriptor per id', () => {
    const log = sarif([blocked, { ...blocked, title: 'OTHER still required' }, { id: 'env/drift', severity: 'notice', title: 'drift', message: 'm' }, { id: 'schema/unknown-fields', severity: 'warning', title: 'w', message: 'm', file: 'a.py', line: 3 }]);
    const [run] = log.runs;
    expect(run!.tool.driver.rules.map((rule) => [rule.id, rule.name, rule.defaultConfiguration.level])).toEqual([
      ['env/blocked', 'EnvBlocked', 'error'],
      ['env/drift', 'EnvDrift', 'note'],
      ['schema/unknown-fields', 'SchemaUnknownFields', 'warning'],
    ]);
    expect(run!.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['env/blocked', 0, 'error'],
      ['env/blocked', 0, 'error'],
      ['env/drift', 1, 'note'],
      ['schema/unknown-fields', 2, 'warning'],
    ]);
  });

  it('pins a finding without a file to the configuration, line 1, and says so', () => {
    const [result] = sarif([{ id: 'env/drift', severity: 'notice', title: 'drift', message: 'm' }], 'ci/lockstep.yml').runs[0]!.results;
    expect(result!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'ci/lockstep.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } });
    expect(result!.message.text).toContain('shown on the configuration');
  });

  it('keeps the fingerprint when the line moves, changes it when the rule, file or title does', () => {
    const print = (finding: Finding) => sarif([finding]).runs[0]!.results[0]!.partialFingerprints['lockstepFinding/v1'];
    expect(print({ ...blocked, line: 99 })).toBe(print(blocked));
    expect(print({ ...blocked, message: 'prod runs 7.0.0' })).toBe(print(blocked));
    for (const changed of [{ ...blocked, id: 'env/other' }, { ...blocked, file: 'x.yaml' }, { ...blocked, title: 'OTHER still required' }]) expect(print(changed)).not.toBe(print(blocked));
  });

  it('percent-encodes each path segment (spaces, #, %) so the URI names the file', () => {
    const [result] = sarif([{ ...blocked, file: 'python/my dir/a#b%c.py' }]).runs[0]!.results;
    expect(result!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('python/my%20dir/a%23b%25c.py');
  });
});

describe('sarifConfigFile (one rule for the CLI and the actions)', () => {
  it.each([
    [undefined, '.github/lockstep.yml'],
    ['', '.github/lockstep.yml'],
    ['.github/lockstep.yml', '.github/lockstep.yml'],
    ['./ci/../.github/other.yml', '.github/other.yml'], // the action kept ./ and .. as written
    ['ci\\lockstep.yml', 'ci/lockstep.yml'],
    ['/repo/ci/lockstep.yml', 'ci/lockstep.yml'], // the CLI gave the default for any absolute path
    ['/elsewhere/lockstep.yml', '.github/lockstep.yml'],
    ['../lockstep.yml', '.github/lockstep.yml'],
    ['..config/lockstep.yml', '..config/lockstep.yml'], // the action took any `..` prefix for outside
  ])('%p → %p', (config, expected) => {
    expect(sarifConfigFile(config, '/repo')).toBe(expected);
  });
});
