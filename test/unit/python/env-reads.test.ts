import { describe, expect, it } from '@jest/globals';
import { parsePython } from '../../../src/python/parse.js';
import { findEnvReads, type EnvRead } from '../../../src/python/env-reads.js';

function reads(source: string): EnvRead[] {
  return findEnvReads(parsePython('python/activator/config.py', source));
}
function byName(source: string): Record<string, Omit<EnvRead, 'file'>> {
  return Object.fromEntries(reads(source).map(({ file: _file, ...read }) => [read.name, read]));
}
/** The read of one variable; fails the test when there is none. */
function named(found: Record<string, Omit<EnvRead, 'file'>>, name: string): Omit<EnvRead, 'file'> {
  const read = found[name];
  if (!read) throw new Error(`no read of ${name}`);
  return read;
}

describe('findEnvReads', () => {
  it('reads each syntax with its default, file and line', () => {
    const found = byName(
      [
        'import os',
        'a = os.environ["REQUIRED"]',
        'b = os.environ.get("OPTIONAL", "fallback")',
        'c = os.getenv("GETENV", default="1")',
        'd = os.environ.get("NO_DEFAULT")',
        'e = os.environ.setdefault("SETDEFAULT", "x")',
        'if "PRESENT" in os.environ:',
        '    pass',
        'f = os.environ.pop("POPPED")',
        '',
      ].join('\n'),
    );
    expect(found.REQUIRED).toMatchObject({ kind: 'subscript', required: true, default: null, line: 2, condition: null });
    expect(found.OPTIONAL).toMatchObject({ kind: 'get', required: false, default: '"fallback"', line: 3 });
    expect(found.GETENV).toMatchObject({ kind: 'getenv', required: false, default: '"1"', line: 4 });
    expect(found.NO_DEFAULT).toMatchObject({ kind: 'get', required: false, default: null });
    expect(found.SETDEFAULT).toMatchObject({ kind: 'setdefault', required: false, default: '"x"' });
    expect(found.PRESENT).toMatchObject({ kind: 'contains', required: false, condition: null, line: 7 });
    expect(found.POPPED).toMatchObject({ kind: 'pop', required: true });
  });

  it('follows environ and getenv imported from os under aliases', () => {
    const found = byName(
      [
        'from os import environ as env, getenv',
        'import os as operating_system',
        'ENVIRONMENT = operating_system.environ',
        'a = env["A"]',
        'b = getenv("B")',
        'c = operating_system.environ["C"]',
        'd = ENVIRONMENT.get("D", 3)',
      ].join('\n'),
    );
    expect(Object.keys(found).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(named(found, 'A').required).toBe(true);
    expect(named(found, 'D').default).toBe('3');
  });

  it('binds os through `import os.path` but not through `import os.path as p` or a relative `from .os import environ`', () => {
    expect(reads('import os.path\na = os.environ["A"]\n').map((read) => read.name)).toEqual(['A']);
    expect(reads('import os.path as os\na = os.environ["A"]\n')).toEqual([]);
    expect(reads('from .os import environ\na = environ["A"]\n')).toEqual([]);
  });

  it('ignores lookalikes that are not os.environ', () => {
    expect(reads('environ = {}\nx = environ["A"]\nimport json\njson.environ["B"]\n')).toEqual([]);
  });

  it('makes a read inside try/except KeyError optional, whatever its syntax', () => {
    const found = byName(
      [
        'import os',
        'try:',
        '    a = os.environ["GUARDED"]',
        'except KeyError:',
        '    a = None',
        'try:',
        '    b = os.environ["TUPLE_GUARDED"]',
        'except (ValueError, KeyError) as e:',
        '    pass',
        'try:',
        '    c = os.environ["NOT_GUARDED"]',
        'except ValueError:',
        '    pass',
      ].join('\n'),
    );
    expect(found.GUARDED).toMatchObject({ required: false, guarded: true });
    expect(found.TUPLE_GUARDED).toMatchObject({ required: false, guarded: true });
    expect(found.NOT_GUARDED).toMatchObject({ required: true, guarded: false });
  });

  it('keeps a read required when its handler is broad, re-raises, exits or returns an error code (PP initializer shape)', () => {
    // python/initializer/write_init_outputs.py in PP: the whole main() sits in `try: … except Exception:`
    // that logs and returns 1, so a missing CENTRAL_REPO or CONFIG_APDB stops the initializer.
    const found = byName(
      [
        'import os',
        'import sys',
        'def main(args=None):',
        '    instrument_name = os.environ["RUBIN_INSTRUMENT"]',
        '    try:',
        '        repo = os.environ["CENTRAL_REPO"]',
        '        pre_pipelines = _config_from_yaml(os.environ["PREPROCESSING_PIPELINES_CONFIG"])',
        '        apdb = os.environ["CONFIG_APDB"]',
        '        return 0',
        '    except Exception:',
        '        _log.exception("Failed to prepare init-outputs for %s in %s.", instrument_name, repo)',
        '        return 1',
        'try:',
        '    b = os.environ["BARE"]',
        'except:',
        '    b = None',
        'try:',
        '    c = os.environ["RERAISED"]',
        'except KeyError as err:',
        '    raise RuntimeError("RERAISED must be set") from err',
        'try:',
        '    d = os.environ["EXITS"]',
        'except (KeyError, ValueError):',
        '    log.error("EXITS is not set")',
        '    sys.exit(2)',
        'def get():',
        '    try:',
        '        return os.environ["ERROR_CODE"]',
        '    except LookupError:',
        '        return -1',
        'try:',
        '    e = os.environ["FIRST_HANDLER_DECIDES"]',
        'except KeyError:',
        '    e = "fallback"',
        'except Exception:',
        '    raise',
        'try:',
        '    try:',
        '        f = os.environ["INNER_FAILS"]',
        '    except KeyError:',
        '        raise SystemExit(1)',
        'except KeyError:',
        '    f = None',
        'try:',
        '    g = os.environ["NESTED_DEF_RAISES"]',
        'except KeyError:',
        '    def later():',
        '        raise ValueError()',
        '    g = None',
        '',
      ].join('\n'),
    );
    for (const name of ['CENTRAL_REPO', 'PREPROCESSING_PIPELINES_CONFIG', 'CONFIG_APDB', 'BARE', 'RERAISED', 'EXITS', 'ERROR_CODE', 'INNER_FAILS']) {
      expect([name, found[name]]).toEqual([name, expect.objectContaining({ required: true, guarded: false })]);
    }
    expect(found.FIRST_HANDLER_DECIDES).toMatchObject({ required: false, guarded: true });
    expect(found.NESTED_DEF_RAISES).toMatchObject({ required: false, guarded: true });
  });

  it('keeps the branch condition of a read behind a flag', () => {
    const found = byName(
      [
        'import os',
        'use_kafka_butler_writer = os.environ.get("USE_KAFKA_BUTLER_WRITER", "0") == "1"',
        'if use_kafka_butler_writer:',
        '    topic = os.environ["BUTLER_WRITER_TOPIC"]',
        'elif platform == "keda":',
        '    x = os.environ["KEDA_ONLY"]',
        'else:',
        '    y = os.environ["FALLBACK"]',
        'z = os.environ["A"] if flag else os.environ["B"]',
        'if __name__ == "__main__":',
        '    main = os.environ["MAIN"]',
      ].join('\n'),
    );
    expect(found.BUTLER_WRITER_TOPIC).toMatchObject({ required: true, condition: 'use_kafka_butler_writer' });
    expect(found.KEDA_ONLY).toMatchObject({ condition: 'platform == "keda"' });
    expect(found.FALLBACK).toMatchObject({ condition: 'not ((use_kafka_butler_writer) or (platform == "keda"))' });
    expect(named(found, 'A').condition).toBe('flag');
    expect(named(found, 'B').condition).toBe('not flag');
    expect(named(found, 'MAIN').condition).toBeNull();
    expect(named(found, 'USE_KAFKA_BUTLER_WRITER').condition).toBeNull();
  });

  it('records the variables a condition is computed from, and whether an unset falsy flag turns it off', () => {
    const found = byName(
      [
        'import os',
        'use_writer = os.environ.get("USE_WRITER", "0") == "1"',
        'inverted = os.environ.get("LEGACY", "0") == "0"',
        'if use_writer:',
        '    t = os.environ["TOPIC"]',
        'if os.getenv("DIRECT"):',
        '    d = os.environ["D"]',
        'if not use_writer:',
        '    n = os.environ["N"]',
        'if inverted:',
        '    i = os.environ["I"]',
        'if use_writer:',
        '    pass',
        'else:',
        '    e = os.environ["E"]',
      ].join('\n'),
    );
    expect(named(found, 'TOPIC').flags).toEqual({ names: ['USE_WRITER'], positive: true });
    expect(named(found, 'D').flags).toEqual({ names: ['DIRECT'], positive: true });
    expect(named(found, 'N').flags).toEqual({ names: ['USE_WRITER'], positive: false });
    expect(named(found, 'I').flags).toEqual({ names: ['LEGACY'], positive: false });
    expect(named(found, 'E').flags).toEqual({ names: ['USE_WRITER'], positive: false });
    expect(named(found, 'USE_WRITER').flags).toBeUndefined();
  });

  it('treats short-circuit operands and match cases as conditions', () => {
    const found = byName(
      [
        'import os',
        'a = use_s3 and os.environ["S3_BUCKET"]',
        'b = override or os.getenv("FALLBACK_NAME", "x")',
        'match platform:',
        '    case "keda" if ready:',
        '        k = os.environ["REDIS_STREAM_HOST"]',
        '    case _:',
        '        pass',
      ].join('\n'),
    );
    expect(found.S3_BUCKET).toMatchObject({ required: true, condition: 'use_s3' });
    expect(found.FALLBACK_NAME).toMatchObject({ required: false, condition: 'not override' });
    expect(found.REDIS_STREAM_HOST).toMatchObject({ required: true, condition: 'platform matches "keda" if ready' });
  });

  it('reports names built at run time as unresolved instead of dropping them', () => {
    const found = reads(['import os', 'PREFIX = "S3_"', 'NAME = "RESOLVED"', 'a = os.environ[f"{PREFIX}URL"]', 'b = os.environ[NAME]', 'c = os.getenv(name)'].join('\n'));
    expect(found.map((read) => [read.name, read.resolved])).toEqual([
      ['f"{PREFIX}URL"', false],
      ['RESOLVED', true],
      ['name', false],
    ]);
  });

  it('decodes a name literal as Python does: every escape, implicit concatenation; bytes and f-strings stay unresolved', () => {
    // env-reads had its own decoder that kept `\x41` as written; python/strings.ts is the one decoder now.
    const found = reads(
      ['import os', String.raw`a = os.environ["\x41PI_URL"]`, String.raw`b = os.environ["\u0042ASE"]`, 'c = os.environ["S3_" "BUCKET"]', 'd = os.environ[b"BYTES"]', 'e = os.environ["X" f"{y}"]'].join('\n'),
    );
    expect(found.map((read) => [read.name, read.resolved])).toEqual([
      ['API_URL', true],
      ['BASE', true],
      ['S3_BUCKET', true],
      ['b"BYTES"', false],
      ['"X" f"{y}"', false],
    ]);
  });

  it('does not count writes and deletions as reads, but does count reads on the value side', () => {
    const found = reads('import os\nos.environ["WRITTEN"] = os.environ["SOURCE"]\ndel os.environ["DELETED"]\n');
    expect(found.map((read) => read.name)).toEqual(['SOURCE']);
  });

  it('finds reads nested in the arguments of another read', () => {
    expect(reads('import os\nx = os.getenv("A", os.environ["B"])\n').map((r) => [r.name, r.required])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });
});
