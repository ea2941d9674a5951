import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { LOCKSTEP_VERSION } from '../../src/version.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT });

describe('the bundled CLI (dist/cli/index.js)', () => {
  it('prints help listing every command', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    for (const command of ['schema-diff', 'env-diff', 'inspect', 'gate']) expect(result.stdout).toContain(`  ${command}`);
    expect(result.stdout).toContain('Exit codes: 0 pass, 1 check failed, 2 usage/config/input error.');
  });

  it('prints each command help with exit 0', () => {
    for (const command of ['schema-diff', 'env-diff', 'inspect', 'gate']) {
      const result = run(command, '--help');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`lockstep ${command}`);
      expect(result.stdout).toContain('--format F');
    }
  });

  it('exits 2 on an unknown command, an unknown option and a bad --format, without a stack trace', () => {
    const unknown = run('schema-dif');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'schema-dif'");
    const option = run('env-diff', '--no-such-option');
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("Run 'lockstep env-diff --help'");
    const format = run('env-diff', '--format', 'yaml');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format: expected text | json | markdown | github');
    for (const result of [unknown, option, format]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('is an executable with a node shebang and reports the package version', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(LOCKSTEP_VERSION).toBe(pkg.version);
    expect(run('--version').stdout.trim()).toBe(pkg.version);
  });
});
