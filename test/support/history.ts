/**
 * The real history bundles (`../shared/history/*.bundle`, see its README): cloned once per
 * test file into a temp folder. Where the bundles are not on this machine, `historyBundle`
 * returns undefined and the tests that need them say so by being skipped (`describeWithHistory`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from '@jest/globals';
import { PROJECT_ROOT } from './action-harness.js';
import { GitFixture } from './git-fixture.js';

/** LOCKSTEP_HISTORY, else `shared/history` beside the checkout (or beside a worktree's parent). */
export function historyDir(): string | undefined {
  const candidates = [process.env.LOCKSTEP_HISTORY, path.resolve(PROJECT_ROOT, '../shared/history'), path.resolve(PROJECT_ROOT, '../../shared/history')];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(path.join(dir, 'README.md')));
}

export function historyBundle(name: 'pp' | 'nvfo' | 'writer' | 'phalanx'): string | undefined {
  const dir = historyDir();
  const bundle = dir && path.join(dir, `${name}.bundle`);
  return bundle && existsSync(bundle) ? bundle : undefined;
}

/** A full clone (all tags) of a history bundle in a temp folder; remove() it when done. */
export function cloneHistory(name: 'pp' | 'nvfo' | 'writer' | 'phalanx'): GitFixture {
  const bundle = historyBundle(name);
  if (!bundle) throw new Error(`${name}.bundle is not on this machine`);
  const dir = mkdtempSync(path.join(os.tmpdir(), `lockstep-${name}-`));
  execFileSync('git', ['clone', '--quiet', bundle, dir]);
  return new GitFixture(dir);
}

/** `describe` when every named bundle is present, `describe.skip` otherwise. */
export function describeWithHistory(names: ReadonlyArray<'pp' | 'nvfo' | 'writer' | 'phalanx'>, title: string, body: () => void): void {
  const present = names.every((name) => historyBundle(name) !== undefined);
  (present ? describe : describe.skip)(`${title}${present ? '' : ' (history bundles not on this machine)'}`, body);
}
