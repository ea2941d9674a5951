/**
 * `lockstep inspect schema|env|chart` from the bundled CLI, on real git repositories: the JSON
 * field by field, the text a maintainer reads, --rev, and bad input (exit 2, no stack trace).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../support/action-harness.js';
import { GitFixture } from '../support/git-fixture.js';
import { makeServiceRepository } from '../fixtures/env/prompt-processing.js';
import { multiServiceFiles } from '../fixtures/env/multi-service.js';
import { phalanxFiles, serviceEntry } from '../fixtures/env/phalanx.js';

const cli = path.join(PROJECT_ROOT, 'dist/cli/index.js');
const cleanup: GitFixture[] = [];
afterAll(() => cleanup.forEach((repo) => repo.remove()));

function inspect(repo: GitFixture, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'inspect', ...args, '--repo', repo.dir], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '' } });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result;
}

const BASE_VISIT = `from dataclasses import dataclass, field
import enum


@dataclass(kw_only=True)
class BareVisit:
    class Dome(enum.IntEnum):
        CLOSED = 1
        OPEN = 2

    instrument: str
    dome: Dome
`;

const VISIT = `from dataclasses import dataclass, field

from .base import BareVisit


@dataclass(kw_only=True)
class FannedOutVisit(BareVisit):
    detector: int
    tags: list[str] = field(default_factory=list)
`;

const CONFIG = `messages:
  - name: next-visit
    schema: python/shared/visit.py#FannedOutVisit
    role: consumer
    decoder: pydantic
    extra: forbid
`;

describe('lockstep inspect schema', () => {
  let repo: GitFixture;
  let first: string;
  let second: string;
  beforeAll(() => {
    repo = new GitFixture();
    cleanup.push(repo);
    first = repo.write({ '.github/lockstep.yml': CONFIG, 'python/shared/base.py': BASE_VISIT, 'python/shared/visit.py': VISIT }).commit('first');
    second = repo.write({ 'python/shared/visit.py': VISIT.replace('    detector: int\n', '    detector: int\n    visit: int | None = None\n') }).commit('second');
  });

  it('prints the fields in wire order with types, defaults, the declaring class and the decoder view (JSON)', () => {
    const result = inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--rev', first, '--format', 'json');
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data.schema).toBe('python/shared/visit.py#FannedOutVisit');
    expect(data.rev).toBe(first);
    expect(data.commit).toBe(first);
    expect(data.name).toBe('FannedOutVisit');
    expect(data.kind).toBe('dataclass');
    expect(data.file).toBe('python/shared/visit.py');
    expect(data.line).toBe(7);
    expect(data.extra).toBe('forbid');
    expect(data.message).toEqual({ name: 'next-visit', role: 'consumer', decoder: 'pydantic', source: 'configuration' });
    expect(data.decoder.kind).toBe('pydantic-forbid');
    expect(data.decoder.ifFieldAdded.required).toEqual({ breaking: true, rule: 'pydantic-forbid-consumer-field-added-required', why: expect.any(String) });
    expect(data.decoder.ifFieldAdded.optional).toMatchObject({ breaking: false, rule: 'pydantic-forbid-consumer-field-added-optional' });
    expect(data.fields.map((f: { name: string }) => f.name)).toEqual(['instrument', 'dome', 'detector', 'tags']);
    expect(data.fields[0]).toEqual({
      name: 'instrument',
      type: 'str',
      required: true,
      default: null,
      file: 'python/shared/base.py',
      line: 11,
      declaredIn: 'BareVisit',
      inherited: true,
      ifRemoved: { breaking: true, rule: 'pydantic-forbid-consumer-field-removed', why: "old messages still carry the key; extra='forbid' rejects them" },
    });
    expect(data.fields[1]).toMatchObject({ name: 'dome', type: 'enum[int]', declaredIn: 'BareVisit', inherited: true });
    expect(data.fields[2]).toMatchObject({ name: 'detector', type: 'int', required: true, file: 'python/shared/visit.py', line: 8, declaredIn: 'FannedOutVisit', inherited: false });
    expect(data.fields[3]).toMatchObject({ name: 'tags', type: 'list[str]', required: false, default: 'list()', inherited: false });
    expect(data.enums).toEqual([{ name: 'Dome', base: 'int', members: [{ name: 'CLOSED', value: 1 }, { name: 'OPEN', value: 2 }] }]);
    expect(data.nested).toEqual([]);
    expect(data.warnings).toEqual([]);
  });

  it('reads the revision asked for (HEAD by default) and says it in the text', () => {
    const result = inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`lockstep inspect schema: python/shared/visit.py#FannedOutVisit at HEAD (${second.slice(0, 12)})`);
    const row = (field: string) => result.stdout.split('\n').find((line) => line.startsWith(`\`${field}\``)) ?? '';
    expect(row('visit')).toMatch(/^`visit` +`int \| None` +optional \(default `None`\) +python\/shared\/visit.py:9 +breaking$/);
    expect(row('instrument')).toMatch(/^`instrument` +`str` +required +python\/shared\/base.py:11 \(inherited from BareVisit\) +breaking$/);
    expect(result.stdout).toContain('removing a field would be breaking (`pydantic-forbid-consumer-field-removed`)');
    expect(result.stdout).toContain('consumer, pydantic → `pydantic-forbid` (configured as `next-visit`)');
    expect(result.stdout).toContain('Dome (int): CLOSED=1, OPEN=2');
  });

  it('names the rule schema-diff then applies: the field added between the two commits meets the rule inspect announced', () => {
    const announced = JSON.parse(inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--rev', first, '--format', 'json').stdout).decoder.ifFieldAdded.optional;
    const check = spawnSync(process.execPath, [cli, 'schema-diff', '--repo', repo.dir, '--base', first, '--head', second, '--format', 'json'], { encoding: 'utf8' });
    const [change] = JSON.parse(check.stdout).messages[0].changes;
    expect(change).toMatchObject({ kind: 'field-added', field: 'visit' });
    expect({ rule: change.rule, breaking: change.breaking, why: change.why }).toEqual(announced);
    const atHead = JSON.parse(inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--format', 'json').stdout);
    expect(atHead.fields.find((f: { name: string }) => f.name === 'visit')).toMatchObject({ type: 'int | None', required: false, default: 'None', line: 9 });
  });

  it('reads a JSON Schema file', () => {
    const json = new GitFixture();
    cleanup.push(json);
    json.write({ 'schemas/event.json': JSON.stringify({ title: 'Event', type: 'object', properties: { a: { type: 'integer' }, b: { enum: ['x', 'y'] } }, required: ['a'] }, null, 2) }).commit('json');
    const data = JSON.parse(inspect(json, 'schema', './schemas/event.json', '--decoder', 'pydantic', '--format', 'json').stdout);
    expect(data).toMatchObject({ schema: 'schemas/event.json', name: 'Event', kind: 'json-schema', extra: 'ignore', message: { name: 'schemas/event.json', role: 'consumer', decoder: 'pydantic', source: 'options' } });
    expect(data.decoder.kind).toBe('pydantic-ignore');
    expect(data.fields).toEqual([
      { name: 'a', type: 'int', required: true, default: null, file: 'schemas/event.json', line: 5, declaredIn: null, inherited: false, ifRemoved: expect.objectContaining({ rule: 'pydantic-ignore-consumer-field-removed', breaking: false }) },
      { name: 'b', type: "Literal['x', 'y']", required: false, default: null, file: 'schemas/event.json', line: 8, declaredIn: null, inherited: false, ifRemoved: expect.objectContaining({ breaking: false }) },
    ]);
  });

  it('a decoder function: what it reads (the keys, required or not, typed by its conversions) is what the check compares', () => {
    const reader = new GitFixture();
    cleanup.push(reader);
    reader.write({
      '.github/lockstep.yml': 'messages:\n  - name: next-visit\n    schema: visit.py#Visit\n    role: consumer\n    decoder: {function: visit.py#Visit.from_dict}\n',
      'visit.py': 'from dataclasses import dataclass\n\n\n@dataclass\nclass Visit:\n    salIndex: int\n    position: list[float]\n    note: str = ""\n\n    @classmethod\n    def from_dict(cls, d):\n        return cls(salIndex=int(d["salIndex"]), position=[float(i) for i in d["position"].split(",")], note=d.get("note", ""))\n',
    }).commit('reader');
    const result = inspect(reader, 'schema', 'visit.py#Visit', '--format', 'json');
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data.message).toEqual({ name: 'next-visit', role: 'consumer', decoder: 'function:visit.py#Visit.from_dict', source: 'configuration' });
    expect(data.decoder.kind).toBe('function');
    expect(data.decoder.ifFieldAdded.required.rule).toBe('function-consumer-field-added-required');
    expect(data.fields.map((f: { name: string; ifRemoved: unknown }) => [f.name, f.ifRemoved])).toEqual([['salIndex', null], ['position', null], ['note', null]]);
    expect(data.reader.function).toBe('visit.py#Visit.from_dict');
    const keys = Object.fromEntries(data.reader.fields.map((f: { name: string }) => [f.name, f]));
    expect(Object.keys(keys).sort()).toEqual(['note', 'position', 'salIndex']);
    expect(keys.salIndex).toMatchObject({ required: true, line: 12, ifRemoved: { rule: 'function-consumer-field-removed', breaking: false } });
    expect(keys.position).toMatchObject({ type: 'str', required: true });
    expect(keys.note).toMatchObject({ required: false });
    const text = inspect(reader, 'schema', 'visit.py#Visit').stdout;
    expect(text).toContain('What visit.py#Visit.from_dict reads (what the check compares)');
  });

  it('--role/--decoder override the configuration, and the rules follow', () => {
    const data = JSON.parse(inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--decoder', 'strict', '--role', 'producer', '--format', 'json').stdout);
    expect(data.message).toEqual({ name: 'next-visit', role: 'producer', decoder: 'strict', source: 'options' });
    expect(data.decoder.kind).toBe('strict');
    expect(data.fields[0].ifRemoved.rule).toBe('strict-field-removed');
  });

  it('exit 2: a class that is not there lists the ones that are; a bad --rev says what a ref is', () => {
    const missing = inspect(repo, 'schema', 'python/shared/visit.py#Visit');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('class Visit not found in python/shared/visit.py');
    expect(missing.stderr).toContain('Classes in that file: FannedOutVisit');
    const badRev = inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--rev=--upload-pack=x');
    expect(badRev.status).toBe(2);
    expect(badRev.stderr).toContain('--rev: expected a branch, tag or ref name');
    const unknownRev = inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--rev', 'nope');
    expect(unknownRev.status).toBe(2);
    expect(unknownRev.stderr).toContain("revision 'nope' is not in this clone");
    const noFile = inspect(repo, 'schema', 'python/shared/gone.py#X');
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain('python/shared/gone.py does not exist at HEAD');
    const wrongOption = inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--workload', 'service');
    expect(wrongOption.status).toBe(2);
    expect(wrongOption.stderr).toContain('inspect schema does not take --workload');
    const markdown = inspect(repo, 'schema', 'python/shared/visit.py#FannedOutVisit', '--format', 'markdown');
    expect(markdown.status).toBe(2);
    expect(markdown.stderr).toContain("--format: expected text | json, got 'markdown'");
    const nothing = inspect(repo);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('say what to inspect: schema, env or chart');
  });
});

describe('lockstep inspect env', () => {
  let service: GitFixture;
  beforeAll(() => {
    service = makeServiceRepository();
    cleanup.push(service);
  });

  it('lists every read of the workload with file:line, requirement and condition (JSON)', () => {
    const result = inspect(service, 'env', '--workload', 'service', '--format', 'json');
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data.workload).toBe('service');
    expect(data.rev).toBe('HEAD');
    expect(data.commit).toBe(service.git('rev-parse', 'HEAD'));
    expect(data.globs).toEqual(['python/activator/**/*.py', 'python/shared/**/*.py']);
    const byName = Object.fromEntries(data.variables.map((v: { name: string }) => [v.name, v]));
    expect(Object.keys(byName).sort()).toEqual([
      'BUTLER_WRITER_TOPIC', 'IMAGE_BUCKET', 'LOCAL_REPOS', 'RUBIN_INSTRUMENT', 'SASQUATCH_URL', 'SATTLE_URI_BASE', 'SERVICE_LOG_LEVELS', 'USE_KAFKA_BUTLER_WRITER', 'WORKER_RESTART_FREQ',
    ]);
    expect(byName.IMAGE_BUCKET).toEqual({
      name: 'IMAGE_BUCKET',
      requirement: 'required',
      condition: null,
      default: null,
      file: 'python/activator/config.py',
      line: 5,
      extra: false,
      via: null,
      reads: [{ file: 'python/activator/config.py', line: 5, kind: 'subscript', required: true, condition: null, default: null, guarded: false }],
    });
    expect(byName.BUTLER_WRITER_TOPIC).toMatchObject({ requirement: 'conditional', condition: 'use_kafka_butler_writer', line: 10 });
    expect(byName.SERVICE_LOG_LEVELS).toMatchObject({ requirement: 'optional', default: '""', reads: [{ kind: 'get', required: false, default: '""' }] });
    expect(byName.WORKER_RESTART_FREQ).toMatchObject({ requirement: 'optional', reads: [{ kind: 'subscript', required: false, guarded: true }] });
    expect(byName.SATTLE_URI_BASE).toMatchObject({ requirement: 'required', extra: true, file: '.github/lockstep.yml', line: null, reads: [] });
    expect(data.unresolved).toEqual([]);
  });

  it('--rev reads an older release; the text names each read and its condition', () => {
    const result = inspect(service, 'env', '--workload', 'service', '--rev', '1.0.0');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('lockstep inspect env: workload service at 1.0.0');
    expect(result.stdout).toMatch(/`LEGACY_BUCKET`\s+required\s+python\/activator\/config.py:8 subscript: required/);
    expect(result.stdout).not.toContain('BUTLER_WRITER_TOPIC');
    const head = inspect(service, 'env', '--workload', 'service').stdout;
    expect(head).toMatch(/^`BUTLER_WRITER_TOPIC`\s+required when `use_kafka_butler_writer`\s+python\/activator\/config.py:10 subscript: required if/m);
  });

  it('lists apart what the check does not count: names built at run time, shared code the workload does not reach', () => {
    const repo = makeServiceRepository('../phalanx', {
      'python/shared/unused.py': 'import os\n\n\ndef bucket():\n    return os.environ["UNUSED_BUCKET"]\n',
      'python/activator/dynamic.py': 'import os\n\n\ndef read(n):\n    return os.environ[f"SLOT_{n}"]\n',
    });
    cleanup.push(repo);
    const data = JSON.parse(inspect(repo, 'env', '--workload', 'service', '--format', 'json').stdout);
    expect(data.variables.map((v: { name: string }) => v.name)).not.toContain('UNUSED_BUCKET');
    expect(data.notReached).toEqual([{ name: 'UNUSED_BUCKET', file: 'python/shared/unused.py', line: 5, kind: 'subscript', required: true, condition: null, default: null, guarded: false }]);
    expect(data.unresolved).toEqual([{ expression: 'f"SLOT_{n}"', file: 'python/activator/dynamic.py', line: 5, kind: 'subscript', required: true, condition: null, default: null, guarded: false }]);
    const text = inspect(repo, 'env', '--workload', 'service').stdout;
    expect(text).toContain('Not counted: shared code this workload does not reach');
    expect(text).toContain('`UNUSED_BUCKET` python/shared/unused.py:5 subscript: required');
    expect(text).toContain('python/activator/dynamic.py:5: subscript of `f"SLOT_{n}"`');
  });

  it('exit 2: an unknown or missing workload lists the known ones', () => {
    const unknown = inspect(service, 'env', '--workload', 'servce');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--workload: no workload (a key of env.code) is named 'servce'");
    expect(unknown.stderr).toContain('Known: initializer, service.');
    const missing = inspect(service, 'env');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--workload is required');
    expect(missing.stderr).toContain('Known: initializer, service.');
  });
});

describe('lockstep inspect chart', () => {
  let phalanx: GitFixture;
  beforeAll(() => {
    phalanx = new GitFixture();
    cleanup.push(phalanx);
    phalanx.write(phalanxFiles('../service')).commit('chart');
  });

  it('prints the effective env of each workload in the environment, entries switched off included (JSON)', () => {
    const result = inspect(phalanx, 'chart', '--environment', 'prompt-keda-lsstcam/usdfprod', '--format', 'json');
    expect(result.status).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data.environment).toBe('prompt-keda-lsstcam/usdfprod');
    expect(data.valuesFile).toBe('applications/prompt-keda-lsstcam/values-usdfprod.yaml');
    expect(data.commit).toBe(phalanx.git('rev-parse', 'HEAD'));
    expect(data.imageTag).toMatchObject({ tag: '1.0.0', source: 'environment values', file: 'applications/prompt-keda-lsstcam/values-usdfprod.yaml' });
    expect(data.workloads.map((w: { workload: string }) => w.workload)).toEqual(['service', 'initializer']);
    const service = data.workloads[0];
    expect(service).toMatchObject({ template: 'charts/prompt-keda/templates/scaled-job.yaml', templateMissing: false });
    const byName = Object.fromEntries(service.entries.map((e: { name: string }) => [e.name, e]));
    expect(byName.RUBIN_INSTRUMENT).toEqual({
      name: 'RUBIN_INSTRUMENT',
      state: 'set',
      value: 'LSSTCam',
      secret: false,
      resolved: true,
      condition: null,
      conditionHolds: true,
      file: 'charts/prompt-keda/templates/scaled-job.yaml',
      line: byName.RUBIN_INSTRUMENT.line,
      via: [],
    });
    expect(byName.BUTLER_WRITER_TOPIC).toMatchObject({ state: 'off', condition: '.Values.butler_writer.enabled', conditionHolds: false });
    expect(byName.PLATFORM).toMatchObject({ state: 'set', value: 'keda' });
    const dev = JSON.parse(inspect(phalanx, 'chart', '--environment', 'prompt-keda-lsstcam/usdfdev', '--format', 'json').stdout);
    expect(dev.workloads[0].entries.find((e: { name: string }) => e.name === 'BUTLER_WRITER_TOPIC')).toMatchObject({ state: 'set', value: 'butler-writer', conditionHolds: true });
  });

  it('text: one table per workload with value, condition, where and state', () => {
    const result = inspect(phalanx, 'chart', '--environment', 'prompt-keda-lsstcam/usdfprod');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Deployed image tag: `1.0.0` (environment values');
    expect(result.stdout).toMatch(/^`BUTLER_WRITER_TOPIC` +`butler-writer` +`\.Values\.butler_writer\.enabled`: off +line \d+ +not set$/m);
    expect(result.stdout).toMatch(/^`S3_ENDPOINT_URL` +`https:\/\/s3.example` +always +_helpers.tpl:5 via +set$/m);
    expect(result.stdout).toContain("prompt-keda.s3-env");
    expect(result.stdout).toMatch(/^`AWS_ACCESS_KEY_ID` +\(secret\) +`\.Values\.s3\.auth_env`: on/m);
  });

  it('a later entry of the same name is shadowed by the first, as the container gets it', () => {
    const repo = new GitFixture();
    cleanup.push(repo);
    repo.write(phalanxFiles('../service', { serviceExtra: serviceEntry('PLATFORM', 'kubernetes') })).commit('duplicate');
    const data = JSON.parse(inspect(repo, 'chart', '--environment', 'prompt-keda-lsstcam/usdfprod', '--format', 'json').stdout);
    const platform = data.workloads[0].entries.filter((e: { name: string }) => e.name === 'PLATFORM');
    expect(platform.map((e: { state: string; value: string }) => [e.state, e.value])).toEqual([['set', 'keda'], ['shadowed', 'kubernetes']]);
  });

  it('on the real Phalanx chart: the Butler writer variables on in lsstcam prod once its values turn them on, off where they stay off', () => {
    const repo = new GitFixture();
    cleanup.push(repo);
    repo.write({ '.github/lockstep.yml': 'env:\n  chart:\n    path: charts/prompt-keda\n    workloads: {service: templates/scaled-job.yaml, initializer: templates/_service-init.tpl}\n    environments: applications/prompt-keda-*/values-*.yaml\n    image-tag: prompt-keda.image.tag\n' });
    const commitFixture = (fixture: string) => {
      for (const folder of ['charts', 'applications']) rmSync(path.join(repo.dir, folder), { recursive: true, force: true });
      cpSync(path.join(PROJECT_ROOT, 'test/fixtures/helm', fixture), repo.dir, { recursive: true });
      return repo.commit(fixture);
    };
    const before = commitFixture('phalanx-8ea56e56c');
    const after = commitFixture('phalanx-21b8735c9');
    const writerEntries = (environment: string, rev: string) => {
      const result = inspect(repo, 'chart', '--environment', environment, '--rev', rev, '--format', 'json');
      expect(result.status).toBe(0);
      const service = JSON.parse(result.stdout).workloads.find((w: { workload: string }) => w.workload === 'service');
      return service.entries.filter((e: { name: string }) => e.name.startsWith('BUTLER_WRITER_KAFKA_'));
    };
    const prod = 'prompt-keda-lsstcam/usdfprod-prompt-processing';
    expect(writerEntries(prod, before).filter((e: { state: string }) => e.state === 'set')).toEqual([]);
    const on = writerEntries(prod, after);
    expect(on.map((e: { name: string }) => e.name).sort()).toEqual(['BUTLER_WRITER_KAFKA_CLUSTER', 'BUTLER_WRITER_KAFKA_PASSWORD', 'BUTLER_WRITER_KAFKA_TOPIC', 'BUTLER_WRITER_KAFKA_USERNAME']);
    expect(new Set(on.map((e: { state: string }) => e.state))).toEqual(new Set(['set']));
    expect(on.find((e: { name: string }) => e.name === 'BUTLER_WRITER_KAFKA_PASSWORD')).toMatchObject({ secret: true, value: null });
    expect(on.find((e: { name: string }) => e.name === 'BUTLER_WRITER_KAFKA_TOPIC')).toMatchObject({ value: 'butler-writer', conditionHolds: true });
    const off = writerEntries('prompt-keda-hsc/usdfdev-prompt-processing', after);
    expect(off.length).toBe(4);
    expect(new Set(off.map((e: { state: string; conditionHolds: boolean }) => `${e.state} ${e.conditionHolds}`))).toEqual(new Set(['off false']));
  });

  it('env: as a list of named pairs: --pair chooses the chart; without it, several charts are exit 2 naming the pairs', () => {
    const repo = new GitFixture();
    cleanup.push(repo);
    repo.write(multiServiceFiles('../pp', '../nvfo')).commit('pairs');
    const ambiguous = inspect(repo, 'chart', '--environment', 'usdfprod');
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('the configuration has several env pairs with env.chart: which one?');
    expect(ambiguous.stderr).toContain('Pass --pair NAME: prompt-keda, next-visit-fan-out.');
    const unknown = inspect(repo, 'chart', '--environment', 'usdfprod', '--pair', 'fan-out');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--pair: no env pair is named 'fan-out'");
    const result = inspect(repo, 'chart', '--environment', 'usdfprod', '--pair', 'next-visit-fan-out', '--format', 'json');
    expect(result.stderr).toBe('');
    const data = JSON.parse(result.stdout);
    expect(data.workloads.map((w: { workload: string }) => w.workload)).toEqual(['service']);
    expect(data.workloads[0].entries.find((e: { name: string }) => e.name === 'SASQUATCH_URL')).toMatchObject({ state: 'set', value: 'https://sasquatch.example' });
    const single = inspect(phalanx, 'chart', '--environment', 'prompt-keda-lsstcam/usdfprod', '--pair', 'prompt-keda');
    expect(single.status).toBe(2);
    expect(single.stderr).toContain("--pair: the configuration's env: is one pair, without names");
  });

  it('exit 2: an unknown environment lists the known ones; a service repository has no env.chart', () => {
    const unknown = inspect(phalanx, 'chart', '--environment', 'usdfprod');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("--environment: no environment at HEAD is named 'usdfprod'");
    expect(unknown.stderr).toContain('Known: prompt-keda-latiss/usdfprod, prompt-keda-lsstcam/usdfdev, prompt-keda-lsstcam/usdfprod.');
    const service = makeServiceRepository();
    cleanup.push(service);
    const noChart = inspect(service, 'chart', '--environment', 'x');
    expect(noChart.status).toBe(2);
    expect(noChart.stderr).toContain('inspect chart reads env.chart, and the configuration has none');
  });
});
