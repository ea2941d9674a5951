// Lockstep released as an action people pin and a package people install: the release checks
// (scripts/release-notes.mjs, run by .github/workflows/release.yml), the packed tarball and the
// `lockstep` bin installed from it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../support/action-harness.js';

const script = path.join(PROJECT_ROOT, 'scripts/release-notes.mjs');
const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string; private?: boolean; bin: Record<string, string> };
const temp = mkdtempSync(path.join(os.tmpdir(), 'lockstep-release-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function folderWith(version: string, changelog: string): string {
  const folder = mkdtempSync(path.join(temp, 'repo-'));
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: 'lockstep', version }));
  writeFileSync(path.join(folder, 'CHANGELOG.md'), changelog);
  return folder;
}
const notes = (tag: string, folder: string) => spawnSync(process.execPath, [script, tag, folder], { encoding: 'utf8' });

describe('release notes and release checks (scripts/release-notes.mjs)', () => {
  const changelog = '# Changelog\n\n## 1.2.0 (2026-12-01)\n\n- new: ignores\n- fix: SARIF\n\n## [1.1.0]\n\n- older\n';

  it('prints the section of the tag, up to the next release', () => {
    const result = notes('v1.2.0', folderWith('1.2.0', changelog));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('- new: ignores\n- fix: SARIF\n');
    const older = notes('v1.1.0', folderWith('1.1.0', changelog));
    expect(older.stdout).toBe('- older\n');
  });

  it('refuses, with exit 2 and what to do, a tag that is not vX.Y.Z, a package.json that disagrees, a missing or empty section', () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['v1.2', '1.2.0', changelog, /is not vX\.Y\.Z/],
      ['v1.2.0-rc.1', '1.2.0', changelog, /is not vX\.Y\.Z/],
      ['--upload-pack=x', '1.2.0', changelog, /is not vX\.Y\.Z/],
      ['v1.3.0', '1.2.0', changelog, /package\.json says version 1\.2\.0, the tag says 1\.3\.0/],
      ['v1.3.0', '1.3.0', changelog, /no "## 1\.3\.0" section/],
      ['v1.2.0', '1.2.0', '## 1.2.0\n\n## 1.1.0\n- x\n', /section is empty/],
      // "## 1.2.00" or "## 1.2.0.1" is not the section of 1.2.0.
      ['v1.2.0', '1.2.0', '## 1.2.01\n- no\n', /no "## 1\.2\.0" section/],
    ];
    for (const [tag, version, text, message] of cases) {
      const result = notes(tag, folderWith(version, text));
      expect({ tag, status: result.status }).toEqual({ tag, status: 2 });
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("this repository's own version can be released: CHANGELOG.md has its section", () => {
    const result = notes(`v${pkg.version}`, PROJECT_ROOT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(20);
  });
});

describe('the release workflow (.github/workflows/release.yml)', () => {
  const workflow = parse(readFileSync(path.join(PROJECT_ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Array<{ run?: string; uses?: string; env?: Record<string, string> }> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs on vX.Y.Z tags only, with contents: write and nothing more', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  it('never expands an expression inside a shell script (the tag goes through env:)', () => {
    for (const step of steps) if (step.run) expect(step.run).not.toContain('${{');
  });

  it('checks dist/, checks the tag with scripts/release-notes.mjs, publishes, then moves the major tag', () => {
    const scripts = steps.map((step) => step.run ?? '').join('\n---\n');
    const order = ['npm run bundle', 'scripts/release-notes.mjs "$TAG"', 'gh release create "$TAG" --verify-tag', 'git push --force origin "refs/tags/$major"'];
    const positions = order.map((text) => scripts.indexOf(text));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('the packed package', () => {
  // One `npm pack` for both tests (npm itself is slow to start; the tarball is what gets published).
  let packed: { tarball: string; files: string[] } | undefined;
  const pack = () => {
    if (packed) return packed;
    const packs = path.join(temp, 'packs');
    mkdirSync(packs);
    const result = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packs], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/npm error/);
    const [entry] = JSON.parse(result.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    packed = { tarball: path.join(packs, entry!.filename), files: entry!.files.map((file) => file.path) };
    return packed;
  };

  it('is publishable and holds only what runs: dist/, the action files, the config schema, the docs', () => {
    expect(pkg.private).toBeUndefined();
    const { files } = pack();
    const allowed = /^(dist\/.+|action\.yml|actions\/[a-z-]+\/action\.yml|lockstep\.schema\.json|README\.md|CHANGELOG\.md|package\.json)$/;
    expect(files.filter((file) => !allowed.test(file))).toEqual([]);
    for (const needed of ['dist/cli/index.js', 'dist/lockstep/index.js', 'action.yml', 'actions/env-diff/action.yml', 'lockstep.schema.json']) expect(files).toContain(needed);
    expect(files.some((file) => file.startsWith('src/') || file.startsWith('test/'))).toBe(false);
  });

  it('needs nothing from the registry: dist/ is self-contained, so every package is a devDependency', () => {
    expect((pkg as { dependencies?: object }).dependencies ?? {}).toEqual({});
  });

  it('installs from the tarball, offline, and `lockstep` runs through npx', () => {
    const consumer = path.join(temp, 'consumer');
    mkdirSync(consumer);
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', pack().tarball], { cwd: consumer, encoding: 'utf8' });
    expect(install.stderr).not.toMatch(/npm error/);
    expect(install.status).toBe(0);
    const version = spawnSync('npx', ['--no-install', 'lockstep', '--version'], { cwd: consumer, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const help = spawnSync('npx', ['--no-install', 'lockstep', '--help'], { cwd: consumer, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('schema-diff');
  });
});
