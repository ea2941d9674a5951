/**
 * Python string literals against CPython (issue 11: one decoder, python/strings.ts, for the
 * schema and env readers): generated literals — every prefix a str literal takes, both quotes,
 * and bodies of escapes, quotes and plain text — are decoded by Lockstep and by
 * `ast.literal_eval` in one python3 process; the values must be the same.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { concatenatedStringValue, pythonStringValue } from '../../src/python/strings.js';
import { FUZZ_RUNS, timeoutFor } from './fuzz-runs.js';

const PYTHON = process.env.LOCKSTEP_PYTHON || 'python3';
const runs = process.env.LOCKSTEP_FUZZ_RUNS ? FUZZ_RUNS : 500;

const PIECES = [
  'a', 'Z', '_', ' ', '0', '7', '{', '}', 'é',
  '\\n', '\\t', '\\r', '\\\\', "\\'", '\\"', '\\a', '\\b', '\\f', '\\v', '\\0', '\\7', '\\12', '\\101', '\\1234',
  '\\x41', '\\x7e', '\\u00e9', '\\u0041', '\\U0001F600', '\\U00000041', '\\q', '\\d', '\\\n',
];

const literal = fc
  .record({
    prefix: fc.constantFrom('', 'r', 'R', 'u', 'U'),
    quote: fc.constantFrom("'", '"', "'''", '"""'),
    body: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join('')),
  })
  // What the tokenizer would not take as one literal: an unescaped quote of its own kind, a
  // newline in a one-line literal, a raw literal ending in an odd backslash.
  .filter(({ prefix, quote, body }) => {
    const raw = /r/i.test(prefix);
    const unescaped = raw ? body : body.replace(/\\[\s\S]/g, '');
    if (quote.length === 1 && (unescaped.includes(quote) || /\n/.test(raw ? body : body.replace(/\\\n/g, '')))) return false;
    if (quote.length === 3 && unescaped.includes(quote[0]!)) return false;
    return !/(^|[^\\])(\\\\)*\\$/.test(body);
  })
  .map(({ prefix, quote, body }) => `${prefix}${quote}${body}${quote}`);

/** What CPython says each literal is (null when it refuses one). */
function cpythonValues(literals: string[]): (string | null)[] {
  const script = [
    'import ast, json, sys, warnings',
    'warnings.simplefilter("ignore")',
    'out = []',
    'for text in json.load(sys.stdin):',
    '    try: out.append(ast.literal_eval(text))',
    '    except Exception: out.append(None)',
    'sys.stdout.write(json.dumps(out))',
  ].join('\n');
  const result = spawnSync(PYTHON, ['-c', script], { input: JSON.stringify(literals), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${PYTHON} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as (string | null)[];
}

describe('python/strings.ts decodes string literals as CPython does', () => {
  it(`${runs} generated literals, one by one and implicitly concatenated`, () => {
    const literals = fc.sample(literal, { numRuns: runs, seed: 11 });
    const pairs = literals.slice(1).map((text, i) => `${literals[i]} ${text}`);
    const expected = cpythonValues([...literals, ...pairs]);
    const ours = [...literals.map(pythonStringValue), ...pairs.map(concatenatedStringValue)];
    const differ = [...literals, ...pairs].map((text, i) => ({ text, cpython: expected[i], lockstep: ours[i] })).filter((row) => row.cpython !== null && row.cpython !== row.lockstep);
    expect(differ.slice(0, 5)).toEqual([]);
    expect(expected.filter((value) => value !== null).length).toBeGreaterThan(runs / 2);
  }, timeoutFor(runs));
});
