/**
 * Issue 9, item 2: schema changes that passed as "no wire change" on a strict consumer, each on a
 * real git repository through runSchemaDiff. Every case here passed (or refused valid Python) before.
 * What CPython makes of each module is the truth; the differential property test checks the same
 * against CPython itself on generated modules.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { repoWithRevisions, type GitFixture } from '../../support/git-fixture.js';
import { runSchemaDiff } from '../../../src/schema/run.js';
import { InputError } from '../../../src/errors.js';

const repos: GitFixture[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

const DC = 'from __future__ import annotations\nfrom dataclasses import dataclass\n';

async function strictConsumer(base: string, head: string) {
  const { repo, base: b, head: h } = repoWithRevisions({ 'python/msg.py': base }, { 'python/msg.py': head });
  repos.push(repo);
  const report = await runSchemaDiff({ repository: repo.dir, config: { messages: [{ name: 'msg', schema: 'python/msg.py#M', role: 'consumer', decoder: 'strict' }] }, revisions: { base: b, head: h, labels: [] }, proposedVersion: '2.0.0' });
  const message = report.data.messages[0]!;
  return { changes: message.changes.map((c) => ({ kind: c.kind, field: c.field, from: c.from, to: c.to, breaking: c.breaking })), bump: message.requiredBump };
}

function chain(depth: number, rootType: string): string {
  let source = `${DC}\n@dataclass\nclass C0:\n    root: ${rootType}\n`;
  for (let i = 1; i < depth; i++) source += `\n@dataclass\nclass C${i}(C${i - 1}):\n    f${i}: int = ${i}\n`;
  return source + `\n@dataclass\nclass M(C${depth - 1}):\n    pass\n`;
}

describe('wrong passes on a strict consumer (issue 9, item 2)', () => {
  it('a type change deep inside a nested annotation under `from typing import *` is a type change at its path', async () => {
    const header = 'from dataclasses import dataclass\nfrom typing import *\n\n@dataclass\nclass M:\n';
    const result = await strictConsumer(`${header}    x: Optional[list[dict[str, int]]]\n`, `${header}    x: Optional[list[dict[str, str]]]\n`);
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'x[]{}', from: 'int', to: 'str', breaking: true }]);
    expect(result.bump).toBe('major');
  });

  it('a generic from outside the repository is compared with all its arguments, however nested', async () => {
    const header = `${DC}from outside import Box\n\n@dataclass\nclass M:\n`;
    const result = await strictConsumer(`${header}    x: Box[list[dict[str, int]]]\n`, `${header}    x: Box[list[dict[str, str]]]\n`);
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'x', from: 'outside.Box[list[dict[str, int]]]', to: 'outside.Box[list[dict[str, str]]]', breaking: true }]);
  });

  it.each([16, 20, 40])('a type change at the root of an inheritance chain %i classes deep is found', async (depth) => {
    const result = await strictConsumer(chain(depth, 'int'), chain(depth, 'str'));
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'root', from: 'int', to: 'str', breaking: true }]);
  });

  it('an inheritance chain past the bound is refused with the file and line (exit 2), never cut short', async () => {
    const error = await strictConsumer(chain(101, 'int'), chain(101, 'str')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/nests more than 100 levels/);
    expect((error as InputError).file).toBe('python/msg.py');
    expect((error as InputError).line).toBeGreaterThan(1);
  });

  it('fields written on one line (`a: int; b: str`) are fields', async () => {
    const result = await strictConsumer(`${DC}\n@dataclass\nclass M:\n    a: int; b: str\n`, `${DC}\n@dataclass\nclass M:\n    a: int; b: bytes\n`);
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'b', from: 'str', to: 'bytes', breaking: true }]);
  });

  it('a one-line class body is read', async () => {
    const result = await strictConsumer(`${DC}\n@dataclass\nclass M: a: int; b: str\n`, `${DC}\n@dataclass\nclass M: a: int\n`);
    expect(result.changes).toEqual([{ kind: 'field-removed', field: 'b', from: 'str', to: null, breaking: true }]);
  });

  it('annotated fields inside `if`/`else` in a class body are fields: the branch taken when the condition is a constant', async () => {
    const body = (t: string) => `${DC}\n@dataclass\nclass M:\n    if True:\n        a: ${t}\n    else:\n        b: int\n`;
    const result = await strictConsumer(body('int'), body('str'));
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'a', from: 'int', to: 'str', breaking: true }]);
  });

  it('under a condition not known statically, every branch is read (and said)', async () => {
    const body = (t: string) => `${DC}import sys\n\n@dataclass\nclass M:\n    if sys.version_info >= (3, 10):\n        a: int\n    else:\n        b: ${t}\n`;
    const result = await strictConsumer(body('int'), body('str'));
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'b', from: 'int', to: 'str', breaking: true }]);
  });

  it('removing @dataclass from the message class fails: the class is no longer a message', async () => {
    const result = await strictConsumer(`${DC}\n@dataclass\nclass M:\n    a: int\n`, `${DC}\nclass M:\n    a: int\n`);
    expect(result.changes).toEqual([{ kind: 'message-kind-changed', field: null, from: 'dataclass', to: 'class', breaking: true }]);
    expect(result.bump).toBe('major');
  });

  it.each(['@(dataclass)', '@[dataclass][0]', '@(dataclass, 1)[0]', '@(\n    dataclass\n)'])('the PEP 614 decorator `%s` is read as @dataclass', async (decorator) => {
    const result = await strictConsumer(`${DC}\n${decorator}\nclass M:\n    a: int\n`, `${DC}\n${decorator}\nclass M:\n    a: str\n`);
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'a', from: 'int', to: 'str', breaking: true }]);
  });

  it('identifiers are compared after NFKC normalisation (`ﬁeld` is `field`, as CPython reads it)', async () => {
    const result = await strictConsumer(`${DC}\n@dataclass\nclass M:\n    field: int\n`, `${DC}\n@dataclass\nclass M:\n    \ufb01eld: int\n`);
    expect(result.changes).toEqual([]);
  });
});

describe('type aliases (issue 9, item 5)', () => {
  const aliases = (depth: number, step: (previous: string) => string) => {
    let source = `${DC}from typing import Union\n\nT0 = Union[int, str]\n`;
    for (let i = 1; i <= depth; i++) source += `T${i} = ${step(`T${i - 1}`)}\n`;
    return (leaf: string) => `${source.replace('Union[int, str]', leaf)}\n@dataclass\nclass M:\n    a: T${depth}\n`;
  };

  it('an alias used many times is resolved once: 8 deep, each using the previous three times, reads in full', async () => {
    const module = aliases(8, (t) => `Union[${t}, ${t}, ${t}]`);
    const result = await strictConsumer(module('Union[int, str]'), module('Union[int, bytes]'));
    expect(result.changes).toEqual([{ kind: 'type-changed', field: 'a', from: 'int | str', to: 'bytes | int', breaking: true }]);
  });

  it('aliases that double in size at each level are refused past the bound (exit 2, with the alias line)', async () => {
    const module = aliases(24, (t) => `Union[list[${t}], dict[str, ${t}]]`);
    const error = await strictConsumer(module('Union[int, str]'), module('Union[int, bytes]')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/expands to more than 5,000 parts/);
    expect((error as InputError).line).toBeGreaterThan(3);
  });
});

describe('PEP 614 decorators stay Python', () => {
  it('an unterminated decorator expression is a syntax error with its line, not a decorator swallowing the file', async () => {
    const error = await strictConsumer(`${DC}\n@dataclass\nclass M:\n    a: int\n`, `${DC}\n@(dataclass\nclass M:\n    a: str\n`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/Python syntax error/);
  });
});
