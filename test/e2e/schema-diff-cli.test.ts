/** `lockstep schema-diff` from the bundled CLI: JSON contract, exit codes, bad input without stack traces. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { PROJECT_ROOT, parseAnnotations } from '../support/action-harness.js';
import { GitFixture, repoWithRevisions } from '../support/git-fixture.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const cleanup: GitFixture[] = [];
afterAll(() => cleanup.forEach((r) => r.remove()));

function run(repo: GitFixture, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'schema-diff', '--repo', repo.dir, ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

function revisions(base: Record<string, string | Buffer | null>, head: Record<string, string | Buffer | null>) {
  const made = repoWithRevisions(base, head);
  cleanup.push(made.repo);
  return made;
}

const MODEL = 'from pydantic import BaseModel\n\nclass Event(BaseModel):\n    a: int\n';

describe('lockstep schema-diff (bundled CLI)', () => {
  it('prints the JSON contract and exits 1 when the bump is too small', () => {
    const { repo, base, head } = revisions({ 'event.py': MODEL }, { 'event.py': MODEL + '    b: str\n' });
    repo.git('tag', '1.4.0', base);
    const result = run(repo, '--base', base, '--head', head, '--schema', 'event.py#Event', '--role', 'consumer', '--decoder', 'pydantic', '--proposed-version', '1.5.0', '--format', 'json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      verdict: 'fail',
      requiredBump: 'major',
      currentVersion: '1.4.0',
      proposedVersion: '1.5.0',
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
              file: 'event.py',
              line: 5,
              witness: {
                direction: 'old-to-new',
                payload: { a: 0 },
                reader: 'Event.model_validate(message)',
                error: 'ValidationError: 1 validation error for Event: b: Field required [type=missing]',
              },
            },
          ],
        },
      ],
      peers: [],
    });
    expect(run(repo, '--base', base, '--head', head, '--schema', 'event.py#Event', '--decoder', 'pydantic', '--proposed-version', '2.0.0').status).toBe(0);
  });

  it('uses the messages of the configuration without --schema', () => {
    const config = 'messages:\n  - name: event\n    schema: event.py#Event\n    role: producer\n    decoder: pydantic\n';
    const { repo, base, head } = revisions({ '.github/lockstep.yml': config, 'event.py': MODEL }, { 'event.py': MODEL + '    b: str = ""\n' });
    const result = run(repo, '--base', base, '--head', head, '--format', 'text');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('event — producer, pydantic-ignore decoder: minor bump');
  });

  it("prints a strict reader's `cls(**message)` as written in every format", () => {
    const strict = 'from dataclasses import dataclass\n\n@dataclass\nclass Visit:\n    a: int\n';
    const { repo, base, head } = revisions({ 'visit.py': strict }, { 'visit.py': strict + '    b: str\n' });
    const out = (format: string) => run(repo, '--base', base, '--head', head, '--schema', 'visit.py#Visit', '--role', 'consumer', '--decoder', 'strict', '--format', format).stdout;
    const sentence = 'a key only one side knows fails `cls(**message)`';
    expect(out('text')).toContain(sentence);
    expect(out('text')).not.toContain('cls(message)');
    const markdown = micromark(out('markdown'), { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(markdown).toContain('a key only one side knows fails <code>cls(**message)</code>');
    const [annotation] = parseAnnotations(out('github'));
    expect(annotation?.message).toContain(`${sentence}. Breaking for a reader (consumer), strict decoding, \`cls(**message)\``);
    const sarif = JSON.parse(out('sarif')) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]?.results[0]?.message.text).toContain(sentence);
    const json = JSON.parse(out('json')) as { messages: { changes: { why: string }[] }[] };
    expect(json.messages[0]?.changes[0]?.why).toBe('a strict reader maps keys one to one: a key only one side knows fails `cls(**message)`');
  });

  it('exit 2: a syntax error names file:line', () => {
    const { repo, base, head } = revisions({ 'event.py': MODEL }, { 'event.py': MODEL + '    def f(:\n' });
    const result = run(repo, '--base', base, '--head', head, '--schema', 'event.py#Event');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('event.py:5: Python syntax error');
  });

  it('exit 2: a class that is not there lists the classes that are', () => {
    const { repo, base, head } = revisions({ 'event.py': MODEL }, { 'event.py': MODEL + '\nclass Other:\n    pass\n' });
    const result = run(repo, '--base', base, '--head', head, '--schema', 'event.py#Evnet');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('class Evnet not found in event.py');
    expect(result.stderr).toContain('Classes in that file: Event, Other');
  });

  it('exit 2: a missing revision says how to fetch it', () => {
    const { repo, head } = revisions({ 'event.py': MODEL }, {});
    const result = run(repo, '--base', 'origin/main', '--head', head, '--schema', 'event.py#Event');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("revision 'origin/main' is not in this clone");
    expect(result.stderr).toContain('git fetch origin +main:refs/remotes/origin/main, then pass origin/main');
  });

  it('exit 2: files over 2 MB and binary files are refused', () => {
    const big = MODEL + '#' + 'x'.repeat(2 * 1024 * 1024) + '\n';
    const large = revisions({ 'event.py': MODEL }, { 'event.py': big });
    const tooBig = run(large.repo, '--base', large.base, '--head', large.head, '--schema', 'event.py#Event');
    expect(tooBig.status).toBe(2);
    expect(tooBig.stderr).toContain('files over 2 MB are refused');
    const binary = revisions({ 'event.py': MODEL }, { 'event.py': Buffer.from([0x63, 0x6c, 0, 1, 2, 3]) });
    const refused = run(binary.repo, '--base', binary.base, '--head', binary.head, '--schema', 'event.py#Event');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('binary file');
  });

  it('exit 2: a malformed configuration names the key path and line', () => {
    const config = 'messages:\n  - name: event\n    schema: event.py#Event\n    role: producer\n    decoder: protobuf\n';
    const { repo, base, head } = revisions({ '.github/lockstep.yml': config, 'event.py': MODEL }, {});
    const result = run(repo, '--base', base, '--head', head);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.github/lockstep.yml:5');
    expect(result.stderr).toContain('messages[0].decoder');
  });
});
