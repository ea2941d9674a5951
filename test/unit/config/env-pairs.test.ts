/** `env:` as one pair or as a list of named pairs (issue 10 item 9): both forms, unique names, errors at the entry's line. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../support/action-harness.js';
import { parseConfig } from '../../../src/config/load.js';
import { envPairs, pairLabel, pairsToCheck, selectPair } from '../../../src/config/env-pairs.js';
import { InputError } from '../../../src/errors.js';

const FILE = '.github/lockstep.yml';

function errorOf(text: string): InputError {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

/** Phalanx hosting three services' charts (docs/actions/env-diff.md, "Several services in one deployment repository"). */
const PHALANX = `env:
  - name: prompt-keda
    chart:
      path: charts/prompt-keda
      workloads: {service: templates/scaled-job.yaml}
      environments: applications/prompt-keda-*/values-*.yaml
      image-tag: prompt-keda.image.tag
    counterpart: {repository: lsst-dm/prompt_processing}
    parity: [service, initializer]
  - name: next-visit-fan-out
    chart:
      path: applications/next-visit-fan-out
      workloads: {service: templates/deployment.yaml}
      environments: applications/next-visit-fan-out/values-*.yaml
      image-tag: image.tag
    counterpart: {repository: lsst-dm/next_visit_fan_out, code: {service: ["src/**/*.py"]}}
  - name: butler-writer
    chart:
      path: applications/butler-writer-service
      workloads: {service: templates/butler-writer-service.yaml}
      image-tag: image.tag
    counterpart: {repository: lsst-dm/prompt_processing_butler_writer}
`;

describe('env: as one pair', () => {
  it('keeps working unchanged: one unnamed pair at env, defaults filled', () => {
    const config = parseConfig('env:\n  code: {service: ["python/**/*.py"]}\n  counterpart: {repository: lsst-sqre/phalanx}\n', FILE);
    const pairs = envPairs(config.env!);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    if (!pair) throw new Error('no pair read');
    expect(pair).toMatchObject({ name: null, keyPath: ['env'] });
    expect(pair.config).toEqual({ code: { service: ['python/**/*.py'] }, counterpart: { repository: 'lsst-sqre/phalanx', ref: 'main', 'branch-tags': ['latest'] }, 'extra-reads': {}, 'parity-exempt': {} });
    expect(pairLabel(pair)).toBe('env');
  });

  it('still names an unknown key with a did-you-mean and its line', () => {
    const error = errorOf('env:\n  code: {service: ["a/*.py"]}\n  chrt: {path: x}\n');
    expect(error.message).toContain("env.chrt: unknown key (did you mean 'chart'?)");
    expect(error.line).toBe(3);
  });

  it('names a wrong type inside the pair, not the union', () => {
    const error = errorOf('env:\n  code: {service: ["a/*.py"]}\n  parity: service\n');
    expect(error.message).toBe('env.parity: expected array, got string "service"');
    expect(error.line).toBe(3);
  });
});

describe('env: as a list of named pairs', () => {
  it('reads every pair with its name, its key path and its defaults', () => {
    const pairs = envPairs(parseConfig(PHALANX, FILE).env!);
    expect(pairs.map((pair) => pair.name)).toEqual(['prompt-keda', 'next-visit-fan-out', 'butler-writer']);
    expect(pairs.map((pair) => pair.keyPath)).toEqual([['env', 0], ['env', 1], ['env', 2]]);
    const [, second, third] = pairs;
    if (!second || !third) throw new Error('fewer than three pairs read');
    expect(second.config.chart?.path).toBe('applications/next-visit-fan-out');
    expect(second.config.counterpart).toEqual({ repository: 'lsst-dm/next_visit_fan_out', ref: 'main', 'branch-tags': ['latest'], code: { service: ['src/**/*.py'] } });
    expect(third.config['extra-reads']).toEqual({});
    expect(pairLabel(second)).toBe('env[1] (next-visit-fan-out)');
  });

  it('refuses a duplicate name on the second one\'s line, naming the first', () => {
    const error = errorOf(PHALANX.replace('name: butler-writer', 'name: prompt-keda'));
    expect(error.message).toBe('env[2].name: duplicate pair name "prompt-keda" (also env[0].name); each pair needs its own name');
    expect(error.line).toBe(PHALANX.split('\n').indexOf('  - name: butler-writer') + 1);
  });

  it('requires a name on each entry, at the entry\'s line', () => {
    const error = errorOf('env:\n  - name: a\n    code: {service: ["a/*.py"]}\n  - code: {service: ["b/*.py"]}\n');
    expect(error.message).toBe('env[1].name: required key is missing (expected string)');
    expect(error.line).toBe(4);
  });

  it('refuses a name that could not head a report section', () => {
    const error = errorOf('env:\n  - name: "bad name`"\n    code: {service: ["a/*.py"]}\n');
    expect(error.message).toContain('env[0].name: expected a name of letters, digits');
    expect(error.line).toBe(2);
  });

  it('branch-tags refuses a version-like tag: a release is checked as that release (or fails closed), never read at a branch', () => {
    for (const tag of ['2.0.0', 'v2', 'V9.1.0']) {
      const error = errorOf(PHALANX.replace('counterpart: {repository: lsst-dm/next_visit_fan_out,', `counterpart: {repository: lsst-dm/next_visit_fan_out, branch-tags: [latest, "${tag}"],`));
      expect(error.message).toContain('a version-like tag names a release, not a branch build');
    }
    expect(() => parseConfig(PHALANX.replace('counterpart: {repository: lsst-dm/next_visit_fan_out,', 'counterpart: {repository: lsst-dm/next_visit_fan_out, branch-tags: [latest, main],'), 'lockstep.yml')).not.toThrow();
  });

  it('names an unknown key inside an entry with its path, a did-you-mean and its line', () => {
    const error = errorOf(PHALANX.replace('    parity: [service, initializer]', '    partiy: [service, initializer]'));
    expect(error.message).toContain("env[0].partiy: unknown key (did you mean 'parity'?)");
    expect(error.message).toContain('known keys here: name, code, chart');
    expect(error.line).toBe(PHALANX.split('\n').indexOf('    parity: [service, initializer]') + 1);
  });

  it('names a wrong value deep in an entry with its line', () => {
    const text = PHALANX.replace('counterpart: {repository: lsst-dm/next_visit_fan_out,', 'counterpart: {repository: --upload-pack=x,');
    const error = errorOf(text);
    expect(error.message).toContain('env[1].counterpart.repository: expected');
    expect(error.line).toBe(text.split('\n').findIndex((line) => line.includes('--upload-pack')) + 1);
  });

  it('refuses an empty list and a value of neither form', () => {
    expect(errorOf('env: []\n').message).toContain('env: Too small');
    const error = errorOf('env: prompt-keda\n');
    expect(error.message).toBe('env: expected a list or a mapping, got string "prompt-keda"');
    expect(error.line).toBe(1);
  });

  it('refuses a list entry that is not a mapping', () => {
    const error = errorOf('env:\n  - name: a\n    code: {service: ["a/*.py"]}\n  - b\n');
    expect(error.message).toBe('env[1]: expected object, got string "b"');
    expect(error.line).toBe(4);
  });
});

describe('selectPair (the counterpart\'s configuration holds a list)', () => {
  const env = parseConfig(PHALANX, FILE).env;

  it('takes the pair env.counterpart.pair names', () => {
    expect(selectPair(env, 'chart', 'next-visit-fan-out', 'lsst-sqre/phalanx')?.chart?.path).toBe('applications/next-visit-fan-out');
  });

  it('without a name, takes the only pair with the side needed, and refuses to guess among several', () => {
    const service = parseConfig('env:\n  - name: a\n    code: {service: ["a/*.py"]}\n  - name: b\n    chart: {path: c, workloads: {service: t.yaml}}\n', FILE).env;
    expect(selectPair(service, 'code', undefined, 'x')?.code).toEqual({ service: ['a/*.py'] });
    expect(() => selectPair(env, 'chart', undefined, 'lsst-sqre/phalanx:.github/lockstep.yml')).toThrow(
      'lsst-sqre/phalanx:.github/lockstep.yml holds several env pairs with a chart section (prompt-keda, next-visit-fan-out, butler-writer)',
    );
  });

  it('names the pairs there are when the named one is not among them', () => {
    expect(() => selectPair(env, 'chart', 'nvfo', 'lsst-sqre/phalanx')).toThrow('has no env pair named "nvfo"; its pairs: prompt-keda, next-visit-fan-out, butler-writer');
  });

  it('passes the single-object form through', () => {
    const single = parseConfig('env:\n  chart: {path: c, workloads: {service: t.yaml}}\n', FILE).env;
    expect(selectPair(single, 'chart', 'anything', 'x')).toBe(single);
  });
});

describe('the JSON Schema of the list form', () => {
  it('lets an editor accept a list of named pairs and flag an unknown key in one', async () => {
    const { default: Ajv } = await import('ajv/dist/2020.js');
    const { configJsonSchema } = await import('../../../src/config/json-schema.js');
    const validate = new (Ajv as unknown as typeof import('ajv').default)({ strict: false }).compile(configJsonSchema());
    expect(validate({ env: [{ name: 'a', code: { service: ['a/*.py'] } }] })).toBe(true);
    expect(validate({ env: [{ name: 'a', chrt: {} }] })).toBe(false);
    expect(validate({ env: [{ code: { service: ['a/*.py'] } }] })).toBe(false);
    expect(validate({ env: { code: { service: ['a/*.py'] } } })).toBe(true);
  });
});

describe("the README's three-service Phalanx example", () => {
  it('is a valid configuration with the real chart folders of PP, NVFO and the Butler Writer', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'docs/actions/env-diff.md'), 'utf8');
    const block = /```yaml\n(# \.github\/lockstep\.yml \(Phalanx, several services\)\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const pairs = envPairs(parseConfig(block!, FILE).env!);
    expect(pairs.map((pair) => [pair.name, pair.config.chart?.path, pair.config.counterpart?.repository])).toEqual([
      ['prompt-keda', 'charts/prompt-keda', 'lsst-dm/prompt_processing'],
      ['next-visit-fan-out', 'applications/next-visit-fan-out', 'lsst-dm/next_visit_fan_out'],
      ['butler-writer', 'applications/butler-writer-service', 'lsst-dm/prompt_processing_butler_writer'],
    ]);
  });
});

describe('errors inside other unions', () => {
  it('an extra read written as a mapping names its unknown key and the keys allowed there', () => {
    const error = errorOf('env:\n  code: {service: ["a/*.py"]}\n  extra-reads:\n    service: [A, {name: B, snce: 6.9.0}]\n');
    expect(error.message).toContain("env.extra-reads.service[1].snce: unknown key (did you mean 'since'?); known keys here: name, since, optional");
    expect(error.line).toBe(4);
  });
});

describe('pairsToCheck (--pair, the pair input)', () => {
  const list = envPairs([
    { name: 'prompt-keda', chart: { path: 'charts/a', workloads: { service: 't.yaml' } } },
    { name: 'fan-out', code: { service: ['a.py'] } },
  ] as never);
  const single = envPairs({ code: { service: ['a.py'] } } as never);

  it('every pair without a name, the named one with it', () => {
    expect(pairsToCheck(list, undefined, FILE).map((pair) => pair.name)).toEqual(['prompt-keda', 'fan-out']);
    expect(pairsToCheck(list, 'fan-out', FILE).map((pair) => pair.name)).toEqual(['fan-out']);
    expect(pairsToCheck(single, undefined, FILE)).toHaveLength(1);
  });

  it('an unknown name, or a name for the single-object env:, is exit 2 naming what is configured', () => {
    expect(() => pairsToCheck(list, 'nvfo', FILE)).toThrow('no env pair named "nvfo"; the configuration names prompt-keda, fan-out');
    let error: unknown;
    try {
      pairsToCheck(single, 'nvfo', 'ci/other.yml');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: 'ci/other.yml', message: expect.stringContaining('env: is a single pair') });
  });
});
