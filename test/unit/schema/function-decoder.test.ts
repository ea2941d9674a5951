import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../src/errors.js';
import { extractDecoderSchema, parseFunctionRef } from '../../../src/schema/function-decoder.js';
import { extractPythonSchema } from '../../../src/schema/python-extract.js';
import { diffSchemas } from '../../../src/schema/diff.js';
import { judge } from '../../../src/schema/rules.js';
import { formatType } from '../../../src/schema/types.js';
import type { MessageSchema } from '../../../src/schema/model.js';
import { memoryFiles } from './memory-files.js';

/** PP's FannedOutVisit.from_dict as in python/shared/visit.py (efd7315 onwards), trimmed to the parts read. */
const visit = (fromDict: string, position = 'list[float]') => `
from dataclasses import dataclass, field
import enum


@dataclass(frozen=True, kw_only=True)
class BareVisit:
    class CoordSys(enum.IntEnum):
        NONE = 1
        ICRS = 2

    class Dome(enum.IntEnum):
        CLOSED = 1
        OPEN = 2
        EITHER = 3

    salIndex: int
    groupId: str
    coordinateSystem: CoordSys
    position: ${position} = field(compare=False)
    startTime: float
    dome: Dome


@dataclass(frozen=True, kw_only=True)
class FannedOutVisit(BareVisit):
    detector: int

    @classmethod
    def from_dict(cls, fan_out_visit_dict: dict):
        """Converts dict to fanned out visit."""
${fromDict}
`;

const PP_FROM_DICT = `        return FannedOutVisit(
            salIndex=int(fan_out_visit_dict["salIndex"]),
            groupId=str(fan_out_visit_dict["groupId"]),
            startTime=float(fan_out_visit_dict["startTime"]),
            coordinateSystem=cls.CoordSys(int(fan_out_visit_dict["coordinateSystem"])),
            dome=cls.Dome(int(fan_out_visit_dict["dome"])),
            detector=int(fan_out_visit_dict["detector"]),
            # Convert position string to list
            position=[float(i) for i in fan_out_visit_dict["position"].replace(
                "[", "").replace("]", "").split(",")],
        )`;

const FN = parseFunctionRef('python/shared/visit.py#FannedOutVisit.from_dict');

async function readerView(source: string): Promise<MessageSchema> {
  const files = memoryFiles({ 'python/shared/visit.py': source });
  const message = await extractPythonSchema(files, 'python/shared/visit.py', 'FannedOutVisit');
  return extractDecoderSchema(files, FN, message);
}

const typesOf = (schema: MessageSchema) => Object.fromEntries(schema.fields.map((f) => [f.name, `${f.required ? '' : '?'}${formatType(f.type)}`]));

async function refusal(body: string): Promise<InputError> {
  const error = await readerView(visit(body)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('decoder function: PP FannedOutVisit.from_dict', () => {
  it('reads every subscripted key as required, typed by its conversion', async () => {
    const view = await readerView(visit(PP_FROM_DICT));
    expect(view).toMatchObject({ kind: 'function', name: 'FannedOutVisit.from_dict', extra: 'ignore', file: 'python/shared/visit.py' });
    expect(typesOf(view)).toEqual({
      salIndex: 'bool | float | int | int-text',
      groupId: 'any',
      startTime: 'bool | float | float-text | int',
      coordinateSystem: 'enum[int]',
      dome: 'enum[int]',
      detector: 'bool | float | int | int-text',
      position: 'str',
    });
    const dome = view.fields.find((f) => f.name === 'dome')!;
    expect(dome.type).toMatchObject({ kind: 'enum', name: 'Dome', members: [{ value: 1 }, { value: 2 }, { value: 3 }] });
    // Each field points at the line that reads it.
    expect(dome.line).toBe(visit(PP_FROM_DICT).split('\n').findIndex((l) => l.includes('fan_out_visit_dict["dome"]')) + 1);
  });

  it('an annotation-only change behind a conversion is no change (List[int] → list[float] behind float(...))', async () => {
    const base = await readerView(visit(PP_FROM_DICT, 'typing.List[int]'));
    const head = await readerView(visit(PP_FROM_DICT, 'list[float]'));
    expect(diffSchemas(base, head)).toEqual([]);
  });

  it('a value passed through to a dataclass takes anything: its annotation does not matter', async () => {
    const body = `        return cls(position=fan_out_visit_dict["position"], salIndex=fan_out_visit_dict["salIndex"])`;
    const base = await readerView(visit(body, 'typing.List[int]'));
    const head = await readerView(visit(body, 'list[float]'));
    expect(typesOf(head)).toEqual({ position: 'any', salIndex: 'any' });
    expect(diffSchemas(base, head)).toEqual([]);
  });

  it('.get is optional with its default; other keys are ignored (removing a read is compatible)', async () => {
    const base = await readerView(visit(`        return cls(salIndex=int(fan_out_visit_dict["salIndex"]), groupId=fan_out_visit_dict.get("groupId", "none"))`));
    expect(base.fields.find((f) => f.name === 'groupId')).toMatchObject({ required: false, default: '"none"' });
    const head = await readerView(visit(`        return cls(salIndex=int(fan_out_visit_dict["salIndex"]), detector=int(fan_out_visit_dict["detector"]))`));
    const changes = diffSchemas(base, head).map((c) => ({ kind: c.kind, field: c.field, rule: judge(c, 'function', 'consumer').rule.id }));
    expect(changes).toEqual([
      { kind: 'field-removed', field: 'groupId', rule: 'function-consumer-field-removed' },
      { kind: 'field-added', field: 'detector', rule: 'function-consumer-field-added-required' },
    ]);
  });

  it('float(...) → int(...) narrows (a "4.5" int() cannot parse): breaking; int(...) → float(...) widens: compatible', async () => {
    const asFloat = await readerView(visit(`        return cls(startTime=float(fan_out_visit_dict["startTime"]))`));
    const asInt = await readerView(visit(`        return cls(startTime=int(fan_out_visit_dict["startTime"]))`));
    const narrowed = diffSchemas(asFloat, asInt)[0]!;
    expect(judge(narrowed, 'function', 'consumer')).toMatchObject({ breaking: true, rule: { id: 'function-consumer-type-changed' } });
    const widened = diffSchemas(asInt, asFloat)[0]!;
    expect(judge(widened, 'function', 'consumer')).toMatchObject({ breaking: false, rule: { id: 'function-consumer-type-widened' } });
  });

  it('a keyword named like the dict is not a use of the dict', async () => {
    const view = await readerView(visit(`        return cls(fan_out_visit_dict=int(fan_out_visit_dict["salIndex"]))`));
    expect(view.fields.map((f) => f.name)).toEqual(['salIndex']);
  });

  it('.get whose default the conversion rejects is required after all (int(d.get("n")) raises on None); a literal default it takes stays optional', async () => {
    const view = await readerView(
      visit(`        return cls(salIndex=int(fan_out_visit_dict.get("salIndex")), detector=int(fan_out_visit_dict.get("detector", 0)), groupId=fan_out_visit_dict.get("groupId", "x").strip(), dome=cls.Dome(int(fan_out_visit_dict.get("dome", 1))), startTime=float(fan_out_visit_dict.get("startTime", DEFAULT)))`),
    );
    expect(Object.fromEntries(view.fields.map((f) => [f.name, [f.required, f.default]]))).toEqual({
      salIndex: [true, undefined],
      detector: [false, '0'],
      groupId: [false, '"x"'],
      dome: [false, '1'],
      startTime: [true, undefined], // not a literal: not known, so required
    });
  });

  it('a module-level function and d.pop with and without a default', async () => {
    const source = `${visit(PP_FROM_DICT)}

def decode(message):
    return FannedOutVisit(salIndex=int(message.pop("salIndex")), groupId=str(message.pop("groupId", "")))
`;
    const files = memoryFiles({ 'python/shared/visit.py': source });
    const message = await extractPythonSchema(files, 'python/shared/visit.py', 'FannedOutVisit');
    const view = await extractDecoderSchema(files, parseFunctionRef('python/shared/visit.py#decode'), message);
    expect(view.fields.map((f) => [f.name, f.required])).toEqual([
      ['salIndex', true],
      ['groupId', false],
    ]);
  });
});

describe('decoder function: unreadable forms fail closed (exit 2) with file:line and what is read', () => {
  it.each([
    ['**d', `        return cls(**fan_out_visit_dict)`, /passes every key on/],
    ['a loop over the keys', `        for key in fan_out_visit_dict:\n            pass\n        return cls()`, /a loop over `fan_out_visit_dict`/],
    ['.items()', `        return cls(**{k: v for k, v in fan_out_visit_dict.items()})`, /does not name a key/],
    ['a computed key', `        key = "salIndex"\n        return cls(salIndex=int(fan_out_visit_dict[key]))`, /a key computed at run time/],
    ['d passed on', `        return make(fan_out_visit_dict)`, /does not name a key/],
    ['an unknown function on the value', `        return cls(salIndex=parse(fan_out_visit_dict["salIndex"]))`, /does something to the value Lockstep does not read/],
    ['passed to another constructor', `        return Other(salIndex=fan_out_visit_dict["salIndex"])`, /passed to `Other\(\.\.\.\)`/],
    ['an enum the message does not use', `        return cls(salIndex=cls.Missing(int(fan_out_visit_dict["salIndex"])))`, /`Missing\(\.\.\.\)` around "salIndex" is not an enum/],
  ])('%s', async (_name, body, message) => {
    const error = await refusal(body);
    expect(error.message).toMatch(message);
    expect(error.file).toBe('python/shared/visit.py');
    expect(error.line).toBeGreaterThan(30);
    expect(error.hint).toBeTruthy();
  });

  it('names the function when it is not in the file', async () => {
    const files = memoryFiles({ 'python/shared/visit.py': visit(PP_FROM_DICT) });
    const message = await extractPythonSchema(files, 'python/shared/visit.py', 'FannedOutVisit');
    await expect(extractDecoderSchema(files, parseFunctionRef('python/shared/visit.py#FannedOutVisit.to_dict'), message)).rejects.toThrow(
      'decoder function FannedOutVisit.to_dict not found in python/shared/visit.py',
    );
  });
});

describe('decoder function: bounded', () => {
  it('a read inside parentheses is the read (150 deep: the parser of CPython stops at 200), and 5,000 deep is an input error, never a crash', async () => {
    const nested = (depth: number) => `${'('.repeat(depth)}fan_out_visit_dict["salIndex"]${')'.repeat(depth)}`;
    const view = await readerView(visit(`        return cls(salIndex=int(${nested(150)}), dome=(cls.Dome((int((fan_out_visit_dict["dome"]))))))`));
    expect(typesOf(view)).toEqual({ salIndex: 'bool | float | int | int-text', dome: 'enum[int]' });
    await expect(readerView(visit(`        return cls(salIndex=int(${nested(5000)}))`))).rejects.toBeInstanceOf(InputError);
  });
});

describe('decoder function: a key read twice', () => {
  it('is required when either read is, and takes the narrower conversion', async () => {
    const view = await readerView(visit(`        if fan_out_visit_dict.get("startTime", 0.0):\n            pass\n        return cls(startTime=int(fan_out_visit_dict["startTime"]), detector=float(fan_out_visit_dict.get("detector", 0)), salIndex=int(fan_out_visit_dict.get("detector", 0)))`)).catch((e: unknown) => e);
    // `if d.get(...)` is a use Lockstep does not read: refused, naming it.
    expect((view as InputError).message).toMatch(/does something to the value Lockstep does not read/);
    const twice = await readerView(visit(`        return cls(startTime=int(fan_out_visit_dict["startTime"]), cameraAngle=float(fan_out_visit_dict.get("startTime", 0)), detector=float(fan_out_visit_dict.get("detector", 0)), salIndex=int(fan_out_visit_dict.get("detector", 0)))`));
    expect(Object.fromEntries(twice.fields.map((f) => [f.name, [f.required, formatType(f.type), f.default]]))).toEqual({
      startTime: [true, 'bool | float | int | int-text', undefined],
      detector: [false, 'bool | float | int | int-text', '0'],
    });
  });

  it('two conversions neither of which takes the other are refused', async () => {
    const error = await refusal(`        return cls(salIndex=int(fan_out_visit_dict["salIndex"]), groupId=fan_out_visit_dict["salIndex"].strip())`);
    expect(error.message).toMatch(/"salIndex" is read twice with different conversions/);
  });
});
