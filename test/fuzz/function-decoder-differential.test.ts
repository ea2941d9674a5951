/**
 * Decoder functions against CPython (issue 10, item 6): Lockstep reads a generated `from_dict`
 * without running it and predicts, for each generated message, whether the function takes it;
 * python3 runs the same function on the same message. The conversion table must agree exactly
 * (int(), float(), str(), bool() on every kind of JSON value); for a whole function, a message
 * Lockstep says is accepted must be accepted by CPython, and for conversions alone the two agree
 * exactly (an enum around a conversion is read conservatively: `cls.E(int("2"))` works in
 * CPython, Lockstep takes only the member values). One python3 process answers every case.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { CONVERSIONS, extractDecoderSchema, parseFunctionRef } from '../../src/schema/function-decoder.js';
import { extractPythonSchema } from '../../src/schema/python-extract.js';
import type { LiteralValue, MessageSchema, WireType } from '../../src/schema/model.js';
import { accepts, scalar } from '../../src/schema/types.js';
import { PYTHON_COMMAND, probePython } from '../support/cpython-oracle.js';
import { memoryFiles } from '../unit/schema/memory-files.js';
import { FUZZ_RUNS, timeoutFor } from './fuzz-runs.js';

const python = probePython();
const runs = process.env.LOCKSTEP_FUZZ_RUNS ? FUZZ_RUNS : 150;

/** JSON values, each with the wire type Lockstep gives it (strings by what int()/float() parse). */
const VALUES: { value: unknown; type: WireType }[] = [
  { value: 7, type: scalar('int') },
  { value: -3, type: scalar('int') },
  { value: 2, type: scalar('int') },
  { value: 2.5, type: scalar('float') },
  { value: 1e300, type: scalar('float') },
  { value: true, type: scalar('bool') },
  { value: false, type: scalar('bool') },
  { value: '42', type: scalar('int-text') },
  { value: ' -7 ', type: scalar('int-text') },
  { value: '1_000', type: scalar('int-text') },
  { value: '1', type: scalar('int-text') },
  { value: '4.5', type: scalar('float-text') },
  { value: '1e3', type: scalar('float-text') },
  { value: 'nan', type: scalar('float-text') },
  { value: '-inf', type: scalar('float-text') },
  { value: 'abc', type: scalar('str') },
  { value: '', type: scalar('str') },
  { value: '[1.0, 2.0]', type: scalar('str') },
  { value: null, type: scalar('none') },
  { value: [1, 2], type: { kind: 'list', item: scalar('int') } },
  { value: { a: 1 }, type: { kind: 'dict', key: scalar('str'), value: scalar('int') } },
];

/** Runs `calls` in python3: each is [source, [message, ...]]; answers true where `M.from_dict(message)` returned. */
function runInPython(calls: [string, unknown[]][]): boolean[][] {
  const script = [
    'import json, sys',
    'out = []',
    'for source, messages in json.loads(sys.stdin.read()):',
    '    scope = {}',
    '    exec(compile(source, "visit.py", "exec"), scope)',
    '    row = []',
    '    for message in messages:',
    '        try:',
    '            scope["M"].from_dict(dict(message))',
    '            row.append(True)',
    '        except Exception:',
    '            row.append(False)',
    '    out.append(row)',
    'print(json.dumps(out))',
  ].join('\n');
  const result = spawnSync(PYTHON_COMMAND, ['-c', script], { input: JSON.stringify(calls), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout) as boolean[][];
}

const KEYS = ['a', 'b', 'c', 'd'];
type Read = { key: string; how: 'subscript' | 'get'; conversion: 'int' | 'float' | 'str' | 'bool' | 'enum' | 'text' | 'pass' };

function source(reads: Read[]): string {
  const expr = (r: Read) => {
    const value = r.how === 'subscript' ? `d[${JSON.stringify(r.key)}]` : `d.get(${JSON.stringify(r.key)}, 1)`;
    if (r.conversion === 'enum') return `cls.E(int(${value}))`;
    if (r.conversion === 'text') return `${value}.strip()`;
    if (r.conversion === 'pass') return value;
    return `${r.conversion}(${value})`;
  };
  return [
    'import enum',
    'from dataclasses import dataclass',
    '',
    '',
    '@dataclass',
    'class M:',
    '    class E(enum.IntEnum):',
    '        ONE = 1',
    '        TWO = 2',
    '',
    ...reads.map((r) => `    ${r.key}: ${r.conversion === 'enum' ? 'E' : 'float'}`),
    '',
    '    @classmethod',
    '    def from_dict(cls, d):',
    `        return cls(${reads.map((r) => `${r.key}=${expr(r)}`).join(', ')})`,
    '',
  ].join('\n');
}

/** A message the reader view takes, as Lockstep reads it: every required key there, every value of a type the field accepts. */
/** `list[index]`, failing the test when the index is out of range (the answers must line up with the questions). */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`nothing at index ${index} of ${list.length}`);
  return item;
}

function predicted(view: MessageSchema, message: Record<string, { value: unknown; type: WireType }>): boolean {
  return view.fields.every((field) => {
    const sent = message[field.name];
    if (!sent) return !field.required;
    const literal = typeof sent.value === 'number' || typeof sent.value === 'string' || typeof sent.value === 'boolean' ? ({ kind: 'literal', values: [sent.value as LiteralValue] } as WireType) : sent.type;
    return accepts(field.type, field.type.kind === 'enum' ? literal : sent.type);
  });
}

const readArb = fc.record({
  how: fc.constantFrom('subscript' as const, 'get' as const),
  conversion: fc.constantFrom('int' as const, 'float' as const, 'str' as const, 'bool' as const, 'enum' as const, 'text' as const, 'pass' as const),
});
const caseArb = fc.record({
  reads: fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: KEYS.length }).chain((keys) => fc.tuple(...keys.map((key) => readArb.map((r): Read => ({ key, ...r }))))),
  messages: fc.array(fc.dictionary(fc.constantFrom(...KEYS), fc.nat(VALUES.length - 1), { maxKeys: KEYS.length }), { minLength: 1, maxLength: 12 }),
});

(python ? describe : describe.skip)(`decoder functions agree with CPython${python ? '' : ` — SKIPPED: ${PYTHON_COMMAND} is not there to ask`}`, () => {
  it('int(), float(), str() and bool() take exactly the JSON values the conversion table says', () => {
    const conversions = Object.entries(CONVERSIONS);
    const names = conversions.map(([name]) => name);
    const sources = names.map((name) => `class M:\n    @staticmethod\n    def from_dict(d):\n        return ${name}(d["x"])\n`);
    const answers = runInPython(sources.map((s) => [s, VALUES.map((v) => ({ x: v.value }))]));
    conversions.forEach(([name, conversion], i) => {
      const table = VALUES.map((v) => `${JSON.stringify(v.value)}: ${accepts(conversion, v.type)}`);
      const cpython = VALUES.map((v, j) => `${JSON.stringify(v.value)}: ${at(at(answers, i), j)}`);
      expect({ name, table }).toEqual({ name, table: cpython });
    });
  });

  it(`generated from_dict functions: what Lockstep accepts, CPython accepts (exactly, without enums) — ${runs} functions`, async () => {
    const cases = fc.sample(caseArb, { numRuns: runs, seed: 20261202 });
    const views: MessageSchema[] = [];
    for (const { reads } of cases) {
      const files = memoryFiles({ 'visit.py': source(reads) });
      views.push(await extractDecoderSchema(files, parseFunctionRef('visit.py#M.from_dict'), await extractPythonSchema(files, 'visit.py', 'M')));
    }
    const answers = runInPython(cases.map(({ reads, messages }) => [source(reads), messages.map((m) => Object.fromEntries(Object.entries(m).map(([k, i]) => [k, at(VALUES, i).value])))]));
    let compared = 0;
    cases.forEach(({ reads, messages }, i) => {
      const exact = !reads.some((r) => r.conversion === 'enum');
      messages.forEach((m, j) => {
        const message = Object.fromEntries(Object.entries(m).map(([k, index]) => [k, at(VALUES, index)]));
        const lockstep = predicted(at(views, i), message);
        const context = { source: source(reads), message: Object.fromEntries(Object.entries(message).map(([k, v]) => [k, v.value])) };
        if (lockstep || exact) expect({ ...context, cpython: at(at(answers, i), j) }).toEqual({ ...context, cpython: lockstep });
        compared += 1;
      });
    });
    expect(compared).toBeGreaterThan(runs);
  }, timeoutFor(runs, 20));
});
