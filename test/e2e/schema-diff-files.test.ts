/**
 * `lockstep schema-diff --base-file A --head-file B` from the bundled CLI, outside any git
 * repository and with no git on PATH: Python and JSON Schema files, the same JSON, SARIF and
 * exit codes as the git form, and conflicting or missing flags refused with exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder outside any repository holding `files`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockstep-files-'));
  folders.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The CLI in `cwd` with an empty PATH: git cannot run, so nothing may need it. */
function schemaDiff(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'schema-diff', ...args], { cwd, encoding: 'utf8', env: { PATH: '', HOME: cwd, GIT_CEILING_DIRECTORIES: path.dirname(cwd) } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

const EVENT = 'from pydantic import BaseModel\n\n\nclass Event(BaseModel):\n    a: int\n';

describe('lockstep schema-diff --base-file/--head-file (no git)', () => {
  it('judges two Python files as the git form does: JSON field by field, exit 1 on a breaking change', () => {
    const dir = folder({ 'old/event.py': EVENT, 'new/event.py': EVENT + '    b: str\n' });
    const result = schemaDiff(dir, '--base-file', 'old/event.py', '--head-file', 'new/event.py', '--schema-class', 'Event', '--decoder', 'pydantic', '--format', 'json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      verdict: 'fail',
      requiredBump: 'major',
      currentVersion: null,
      proposedVersion: null,
      messages: [
        {
          name: 'Event',
          role: 'consumer',
          decoder: 'pydantic',
          requiredBump: 'major',
          changes: [
            {
              kind: 'field-added',
              field: 'b',
              from: null,
              to: 'str',
              breaking: true,
              rule: 'pydantic-ignore-consumer-field-added-required',
              why: 'old messages lack the new field and it has no default: validation fails',
              decoder: 'pydantic-ignore',
              file: 'new/event.py',
              line: 6,
              witness: { direction: 'old-to-new', payload: { a: 0 }, reader: 'Event.model_validate(message)', error: 'ValidationError: 1 validation error for Event: b: Field required [type=missing]' },
            },
          ],
        },
      ],
      peers: [],
    });
  });

  it('a compatible change passes (exit 0); no change says so', () => {
    const dir = folder({ 'a.py': EVENT, 'b.py': EVENT + '    b: str = ""\n' });
    const minor = schemaDiff(dir, '--base-file', 'a.py', '--head-file', 'b.py', '--schema-class', 'Event', '--decoder', 'pydantic', '--role', 'producer');
    expect(minor.status).toBe(0);
    expect(minor.stdout).toContain('Event — producer, pydantic-ignore decoder: minor bump');
    const same = schemaDiff(dir, '--base-file', 'a.py', '--head-file', 'a.py', '--schema-class', 'Event', '--format', 'json');
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout)).toMatchObject({ verdict: 'pass', requiredBump: 'none', messages: [{ name: 'Event', changes: [] }] });
  });

  it('follows imports under the current folder: a field inherited from another file is read', () => {
    const base = 'from dataclasses import dataclass\n\n\n@dataclass\nclass Bare:\n    instrument: str\n';
    const dir = folder({
      'old/shared/bare.py': base,
      'old/shared/visit.py': 'from dataclasses import dataclass\n\nfrom .bare import Bare\n\n\n@dataclass\nclass Visit(Bare):\n    detector: int\n',
      'new/shared/bare.py': base.replace('instrument: str', 'instrument: int'),
      'new/shared/visit.py': 'from dataclasses import dataclass\n\nfrom .bare import Bare\n\n\n@dataclass\nclass Visit(Bare):\n    detector: int\n',
    });
    const result = schemaDiff(dir, '--base-file', 'old/shared/visit.py', '--head-file', 'new/shared/visit.py', '--schema-class', 'Visit', '--format', 'json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).messages[0].changes).toEqual([
      expect.objectContaining({ kind: 'type-changed', field: 'instrument', from: 'str', to: 'int', rule: 'strict-type-changed', file: 'new/shared/bare.py', line: 6 }),
    ]);
  });

  it('follows a class renamed with the same fields', () => {
    const dir = folder({ 'a.py': EVENT.replace('class Event', 'class OldEvent'), 'b.py': EVENT });
    const result = schemaDiff(dir, '--base-file', 'a.py', '--head-file', 'b.py', '--schema-class', 'Event', '--decoder', 'pydantic');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('class renamed: OldEvent → Event, wire unchanged');
  });

  it('reads two JSON Schema files, and a file outside the current folder', () => {
    const schema = (properties: object, required: string[]) => JSON.stringify({ type: 'object', properties, required, additionalProperties: false }, null, 2);
    const elsewhere = folder({ 'old.json': schema({ a: { type: 'integer' } }, ['a']) });
    const dir = folder({ 'new.json': schema({ a: { type: 'integer' }, b: { type: 'string' } }, ['a', 'b']) });
    const result = schemaDiff(dir, '--base-file', path.join(elsewhere, 'old.json'), '--head-file', 'new.json', '--decoder', 'pydantic', '--format', 'json');
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.messages[0].name).toBe('new.json');
    expect(json.messages[0].changes).toEqual([
      {
        kind: 'field-added',
        field: 'b',
        from: null,
        to: 'str',
        breaking: true,
        rule: 'pydantic-forbid-consumer-field-added-required',
        why: 'old messages lack the new field and it has no default: validation fails',
        decoder: 'pydantic-forbid',
        file: 'new.json',
        line: 7,
        witness: { direction: 'old-to-new', payload: { a: 0 }, reader: 'new.model_validate(message)', error: 'ValidationError: 1 validation error for new: b: Field required [type=missing]' },
      },
    ]);
  });

  it('prints SARIF and markdown like the git form', () => {
    const dir = folder({ 'a.py': EVENT, 'b.py': EVENT + '    b: str\n' });
    const sarif = schemaDiff(dir, '--base-file', 'a.py', '--head-file', 'b.py', '--schema-class', 'Event', '--format', 'sarif');
    expect(sarif.status).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'strict-field-added');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'b.py' }, region: { startLine: 6 } });
    const markdown = schemaDiff(dir, '--base-file', 'a.py', '--head-file', 'b.py', '--schema-class', 'Event', '--format', 'markdown');
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toContain('| field-added | `b` |');
    expect(markdown.stdout).toContain('two files compared without a repository: there is no version to take the break, so a breaking change fails');
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['strict-field-added']);
  });

  it('exit 2: conflicting, missing or misplaced flags, and files that are not there', () => {
    const dir = folder({ 'a.py': EVENT, 'b.json': '{"type": "object"}' });
    const cases: [string[], string][] = [
      [['--base-file', 'a.py', '--head-file', 'a.py', '--schema-class', 'Event', '--base', 'main'], '--base-file/--head-file cannot be combined with --base'],
      [['--base-file', 'a.py', '--head-file', 'a.py', '--schema-class', 'Event', '--head', 'HEAD', '--schema', 'a.py#Event'], 'cannot be combined with --head, --schema'],
      [['--base-file', 'a.py'], '--base-file and --head-file go together'],
      [['--base-file', 'a.py', '--head-file', 'a.py'], '--schema-class is required with a Python file'],
      [['--base-file', 'b.json', '--head-file', 'b.json', '--schema-class', 'X'], '--schema-class goes with Python files'],
      [['--base-file', 'gone.py', '--head-file', 'a.py', '--schema-class', 'Event'], 'gone.py: --base-file: the file does not exist'],
      [['--base-file', 'a.py', '--head-file', 'a.py', '--schema-class', 'Evnet'], 'class Evnet not found in a.py'],
      [['--base', 'main', '--schema-class', 'Event'], '--schema-class goes with --base-file and --head-file'],
    ];
    for (const [args, message] of cases) {
      const result = schemaDiff(dir, ...args);
      expect({ args, status: result.status }).toEqual({ args, status: 2 });
      expect(result.stderr).toContain(message);
    }
  });
});
