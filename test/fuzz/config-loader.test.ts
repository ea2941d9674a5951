/**
 * The config loader (`parseConfig`) on generated and mutated input: whatever the text,
 * it returns a config or throws an InputError that names the file (and a line inside
 * it, when it gives one) — never another exception, never a crash.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { runsFor, timeoutFor } from './fuzz-runs.js';

const FILE = '.github/lockstep.yml';

/** The README's full example: every section and most keys. */
const VALID = `messages:
  - name: next-visit
    schema: python/shared/visit.py#FannedOutVisit
    role: consumer
    decoder: strict
    peer:
      repository: lsst-dm/next_visit_fan_out
      ref: main
      schema: src/shared/visit.py#NextVisitModelKeda
      extra-fields: {detector: int}
      wire-types: {position: str}
versioning:
  source: tags
  changelog: CHANGELOG.md
  file: {path: pyproject.toml, pattern: 'version = "(.+)"'}
  approve-label: lockstep/approve-breaking
env:
  code:
    service: ["python/activator/**/*.py", "python/shared/**/*.py", "config/*.py"]
    initializer: ["python/initializer/**/*.py", "python/shared/**/*.py"]
  chart:
    path: charts/prompt-keda
    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}
    environments: applications/prompt-keda-*/values-*.yaml
    image-tag: prompt-keda.image.tag
  counterpart:
    repository: lsst-sqre/phalanx
    ref: main
  extra-reads: {service: [SATTLE_URI_BASE], initializer: [SATTLE_URI_BASE]}
  parity: [service, initializer]
  parity-exempt: {service: [WORKER_RESTART_FREQ, REDIS_STREAM_HOST]}
gate:
  upstream: ["lsst/*"]
  registry: ghcr.io
  image: lsst/scipipe
  daily-tag: "al9-d_{YYYY}_{MM}_{DD}"
  base-workflow: {file: build-base.yml, ref: main, inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}}
  test-workflow: {file: build-service.yml, inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}}
  status-context: pipelines-gate
`;

/** Runs the loader; anything but a value or a well-formed InputError fails the property. */
function loadOrInputError(text: string): { ok: true } | { ok: false; error: InputError } {
  try {
    parseConfig(text, FILE);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.file).toBe(FILE);
    expect(error.message.length).toBeGreaterThan(0);
    if (error.line !== undefined) {
      expect(Number.isInteger(error.line)).toBe(true);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length + 1);
    }
    expect(error.describe()).not.toMatch(/\n\s+at /);
    return { ok: false, error };
  }
}

/** Lines after which an unknown key lands in a strict mapping (top level: -1, before the first line). */
const KEY_SITES = [-1, ...['    decoder: strict', '      ref: main', '  source: tags', '    image-tag:', '  registry: ghcr.io'].map((start) => VALID.split('\n').findIndex((line) => line.startsWith(start)))];

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, insert]) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, length]) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + text.slice(i + length);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(':', '-', '[', ']', '{', '}', '&a', '*a', '!!binary', '|', '>', '"', "'", '#', '\t', '\0', '\r', '%YAML 1.1', '---', '...', '? ', '<<: *a')).map(
    ([at, token]) => (text: string) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + token + text.slice(i + 1);
    },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (text: string) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? '']; // i and j are in range (a % length)
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -6, max: 6 })).map(([a, shift]) => (text: string) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    const line = lines[i] ?? '';
    lines[i] = shift >= 0 ? ' '.repeat(shift) + line : line.slice(-shift);
    return lines.join('\n');
  }),
  fc.nat().map((a) => (text: string) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  }),
);

const KNOWN_KEYS = [
  'messages', 'versioning', 'env', 'gate', 'name', 'schema', 'role', 'decoder', 'peer', 'repository', 'ref', 'extra-fields',
  'wire-types', 'source', 'changelog', 'file', 'path', 'pattern', 'approve-label', 'code', 'chart', 'workloads', 'environments',
  'image-tag', 'counterpart', 'extra-reads', 'parity', 'parity-exempt', 'upstream', 'registry', 'image', 'daily-tag',
  'base-workflow', 'test-workflow', 'status-context', 'inputs', 'extra', '__proto__', 'constructor', 'toString', '',
];

/** Trees built from the config's own keys (and a few hostile ones), so validation goes deep. */
const configLike = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('producer', 'consumer', 'strict', 'pydantic', 'a.py#A', 'x.json')),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 8 })), tie('node'), { maxKeys: 5 }),
  ),
})).node;

describe('parseConfig on generated and mutated input', () => {
  it('loads the README example (the seed of the mutations)', () => {
    expect(loadOrInputError(VALID)).toEqual({ ok: true });
  });

  const mutatedRuns = runsFor(2);
  it(
    'returns or throws an InputError for any mutation of a valid config (truncation, insertions, deletions, swapped and re-indented lines)',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
          loadOrInputError(mutations.reduce((text, mutate) => mutate(text), VALID));
        }),
        { numRuns: mutatedRuns },
      );
    },
    timeoutFor(mutatedRuns),
  );

  const cheapRuns = runsFor(1);
  it(
    'returns or throws an InputError for arbitrary Unicode text',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void loadOrInputError(text)), { numRuns: cheapRuns });
    },
    timeoutFor(cheapRuns),
  );

  it(
    'returns or throws an InputError for random bytes decoded as UTF-8 and as Latin-1',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 500 }), fc.boolean(), (bytes, utf8) => {
          loadOrInputError(Buffer.from(bytes).toString(utf8 ? 'utf8' : 'latin1'));
        }),
        { numRuns: cheapRuns },
      );
    },
    timeoutFor(cheapRuns),
  );

  it(
    'returns or throws an InputError for YAML documents built from the config keys and hostile keys',
    () => {
      fc.assert(
        fc.property(configLike, (value) => {
          loadOrInputError(stringify(value));
        }),
        { numRuns: cheapRuns },
      );
    },
    timeoutFor(cheapRuns),
  );

  it(
    'names an unknown key, on its own line, wherever it is added',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...KEY_SITES), fc.stringMatching(/^[a-z][a-z-]{0,11}[a-z]$/), (lineIndex, key) => {
          fc.pre(!KNOWN_KEYS.includes(key));
          const lines = VALID.split('\n');
          const indent = lineIndex < 0 ? '' : /^\s*(?:- )?/.exec(lines[lineIndex] ?? '')![0].replace('-', ' ');
          lines.splice(lineIndex + 1, 0, `${indent}${key}: 1`);
          const result = loadOrInputError(lines.join('\n'));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.message).toContain(`${key}: unknown key`);
          expect(result.error.line).toBe(lineIndex + 2);
        }),
        { numRuns: cheapRuns },
      );
    },
    timeoutFor(cheapRuns),
  );

  const deepRuns = runsFor(100);
  it(
    'refuses deep nesting with an InputError, even many times in one process',
    () => {
      const nested = fc.oneof(
        fc.integer({ min: 1, max: 6000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
        fc.integer({ min: 1, max: 6000 }).map((n) => `messages: ${'['.repeat(n)}`),
        fc.integer({ min: 1, max: 6000 }).map((n) => `env: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`),
        fc.integer({ min: 1, max: 1500 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n')),
        fc.integer({ min: 1, max: 6000 }).map((n) => `${'- '.repeat(n)}x`),
        fc.integer({ min: 1, max: 3000 }).map((n) => `gate:\n  upstream: ${'[{a: '.repeat(n)}`),
      );
      fc.assert(fc.property(nested, (text) => void loadOrInputError(text)), { numRuns: deepRuns });
    },
    timeoutFor(deepRuns, 50),
  );

  const hugeRuns = runsFor(500);
  it(
    'refuses or reads huge lines (up to 3 MB) with an InputError, never a crash',
    () => {
      const huge = fc
        .tuple(fc.integer({ min: 1000, max: 3 * 1024 * 1024 }), fc.constantFrom('value', 'key', 'comment', 'flow', 'anchor'))
        .map(([n, where]) => {
          const filler = 'x'.repeat(n);
          if (where === 'value') return `versioning:\n  changelog: "${filler}"\n`;
          if (where === 'key') return `${filler}: 1\n`;
          if (where === 'comment') return `# ${filler}\nmessages: []\n`;
          if (where === 'anchor') return `a: &${filler} 1\nb: *${filler}\n`;
          return `env: {parity: [${'a, '.repeat(Math.floor(n / 3))}b]}\n`;
        });
      fc.assert(fc.property(huge, (text) => void loadOrInputError(text)), { numRuns: hugeRuns });
    },
    timeoutFor(hugeRuns, 200),
  );

  it(
    'loads every well-formed messages section it is given',
    () => {
      const message = fc.record({
        name: fc.string({ minLength: 1, maxLength: 20 }),
        schema: fc.tuple(fc.stringMatching(/^[a-z_][a-z0-9_/]{0,20}$/), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/)).map(([file, cls]) => `${file}.py#${cls}`),
        role: fc.constantFrom('producer', 'consumer', 'both'),
        decoder: fc.constantFrom('strict', 'pydantic'),
      });
      fc.assert(
        fc.property(fc.array(message, { maxLength: 5 }), (messages) => {
          const config = parseConfig(stringify({ messages }), FILE);
          expect(config.messages?.map((m) => ({ name: m.name, schema: m.schema, role: m.role, decoder: m.decoder }))).toEqual(messages);
        }),
        { numRuns: cheapRuns },
      );
    },
    timeoutFor(cheapRuns),
  );
});
