import { afterAll, describe, expect, it } from '@jest/globals';
import { GitRepository } from '../../../src/git/repository.js';
import { CodeReader } from '../../../src/env/code-reads.js';
import { findEnvReads } from '../../../src/python/env-reads.js';
import { parsePython } from '../../../src/python/parse.js';
import { InputError } from '../../../src/errors.js';
import { ownString } from '../../../src/text/own-string.js';
import { GitFixture } from '../../support/git-fixture.js';

// CodeReader reads and parses files a chunk at a time (several chunks read ahead): the answer
// must be the one a file-by-file parse gives, in order, whatever the number of files.
const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((fixture) => fixture.remove()));

const FILES = 700; // past ten chunks and the read-ahead

function moduleText(i: number): string {
  return [
    'import os',
    '',
    `REQUIRED = os.environ["VAR_${i}_REQUIRED_NAME"]`,
    `OPTIONAL = os.environ.get("VAR_${i % 7}_OPTIONAL", "default-${i}")`,
    i % 3 === 0 ? `if os.getenv("FLAG_${i % 5}") == "1":\n    EXTRA = os.environ["EXTRA_${i}_UNDER_FLAG"]` : 'EXTRA = None',
    i % 50 === 0 ? 'def broken(:\n    pass' : '',
    '',
  ].join('\n');
}

async function readerFor(files: Record<string, string | Buffer>, maxFilesRead?: number): Promise<{ reader: CodeReader; repository: GitRepository; head: string }> {
  const repo = new GitFixture();
  fixtures.push(repo);
  repo.write(files);
  const head = repo.commit('c');
  const repository = await GitRepository.open(repo.dir, maxFilesRead);
  return { reader: new CodeReader(repository), repository, head };
}

describe('CodeReader.readsOf over many chunks', () => {
  it('gives every file the reads a one-file parse gives, and each syntax issue once, in file order', async () => {
    const files = Object.fromEntries(Array.from({ length: FILES }, (_, i) => [`pkg/m${String(i).padStart(4, '0')}.py`, moduleText(i)]));
    const { reader, repository, head } = await readerFor(files);
    try {
      const entries = [...(await repository.tree(head)).values()].filter((entry) => entry.path.endsWith('.py'));
      const reads = await reader.readsOf(entries, true);
      expect([...reads.keys()]).toEqual(entries.map((entry) => entry.path));
      for (const [file, fileReads] of reads) expect(fileReads).toEqual(findEnvReads(parsePython(file, files[file]!)));
      expect(reader.syntaxIssues.map((issue) => issue.file)).toEqual(entries.map((entry) => entry.path).filter((_, i) => i % 50 === 0));
      expect(reader.parsed).toBe(FILES);
    } finally {
      repository.close();
    }
  });

  it('fails with the unreadable file (exit 2) when it sits in a chunk read ahead, and nothing is left unhandled', async () => {
    const files: Record<string, string | Buffer> = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`pkg/m${String(i).padStart(4, '0')}.py`, moduleText(i)]));
    files['pkg/m0390.py'] = Buffer.from([0x6f, 0x73, 0x00, 0x01, 0x02]);
    const { reader, repository, head } = await readerFor(files);
    try {
      const entries = [...(await repository.tree(head)).values()].filter((entry) => entry.path.endsWith('.py'));
      const failure = await reader.readsOf(entries, false).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InputError);
      expect((failure as InputError).file).toBe('pkg/m0390.py');
      expect((failure as InputError).message).toMatch(/binary file/);
    } finally {
      repository.close();
    }
  });
});

describe('files read: bounded (MAX_FILES_READ, lowered here)', () => {
  it('a check that would read more files than the limit stops with an InputError (exit 2) naming the limit and what to do', async () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`pkg/m${String(i).padStart(4, '0')}.py`, moduleText(i)]));
    const { reader, repository, head } = await readerFor(files, 250);
    try {
      const entries = [...(await repository.tree(head)).values()].filter((entry) => entry.path.endsWith('.py'));
      await expect(reader.readsOf(entries.slice(0, 250), false)).resolves.toBeInstanceOf(Map);
      const failure = await reader.readsOf(entries, false).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InputError);
      expect((failure as InputError).message).toBe('more than 250 files to read in this repository; Lockstep reads at most that many in one check');
      expect((failure as InputError).hint).toMatch(/Narrow the globs under env\.code/);
    } finally {
      repository.close();
    }
  });
});

describe('ownString', () => {
  it('is the same string, code unit for code unit (lone surrogates, non-ASCII, short and long)', () => {
    const text = `prefix ${'é'.repeat(20)} \ud800 ${'x'.repeat(100)} suffix`;
    for (const sample of [text, text.slice(3, 40), text.slice(0, 5), `${text.slice(1, 30)}${text.slice(50, 90)}`, '']) {
      expect(ownString(sample)).toBe(sample);
    }
  });
});
