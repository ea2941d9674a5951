/**
 * Witnesses against CPython (issue 12 item 6): for every breaking rule of the table, a fixture
 * pair of real Python classes (dataclasses; pydantic models when python3 has pydantic 2) is read
 * by Lockstep, diffed and judged, and the rule's witness is run on CPython — its payload through
 * its reader, on the side it names — which must raise exactly the error the witness names (or
 * accept the message where the witness says so). Test-only: the action never runs code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { extractPythonSchema, ClassNotFoundError } from '../../../src/schema/python-extract.js';
import { diffSchemas } from '../../../src/schema/diff.js';
import { extractDecoderSchema, parseFunctionRef } from '../../../src/schema/function-decoder.js';
import { RULES, judge, type DecoderKind, type Role } from '../../../src/schema/rules.js';
import { buildWitness, type RuledChange, type Witness } from '../../../src/schema/witness.js';
import type { MessageSchema } from '../../../src/schema/model.js';
import { memoryFiles } from '../../unit/schema/memory-files.js';
import { PYTHON_COMMAND, probePython } from '../../support/cpython-oracle.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../support/cpython_witness.py');
const python = probePython();
const pydanticTwo = /^2\./.test(python?.pydantic ?? '');

/** strict: a frozen kw_only dataclass (Prompt Processing's shape); positional: a plain @dataclass. */
type Flavour = 'strict' | 'positional' | 'pydantic-ignore' | 'pydantic-forbid';

interface Body {
  a?: string;
  b?: string;
  n?: string;
  kind?: string;
  colors?: string;
  pos?: string;
  extra?: string;
  /** No decorator / base: a plain class. */
  plain?: boolean;
}

const BASE: Required<Omit<Body, 'extra' | 'plain'>> = {
  a: 'a: int',
  b: 'b: str = "x"',
  n: 'n: float',
  kind: 'kind: Literal["x", "y"] = "x"',
  colors: 'RED = 1\n    GREEN = 2',
  pos: 'ra: float',
};

function source(flavour: Flavour, body: Body | null): string {
  const b = { ...BASE, ...body };
  const pydantic = flavour.startsWith('pydantic');
  const header = pydantic ? 'from pydantic import BaseModel, ConfigDict\n' : 'from dataclasses import dataclass\n';
  const decorator = flavour === 'strict' ? '@dataclass(frozen=True, kw_only=True)\n' : flavour === 'positional' ? '@dataclass\n' : '';
  const config = pydantic ? `    model_config = ConfigDict(extra="${flavour === 'pydantic-forbid' ? 'forbid' : 'ignore'}")\n` : '';
  const base = pydantic ? '(BaseModel)' : '';
  const lines = (fields: (string | undefined)[]) => fields.filter(Boolean).map((l) => `    ${l}\n`).join('');
  const position = `${decorator}class Position${base}:\n${config}${lines([b.pos])}\n`;
  const enums = `import enum\nfrom typing import Literal\n\nclass Color(enum.IntEnum):\n    ${b.colors}\n\n`;
  if (body === null) return header + enums + position;
  const event = `${b.plain ? '' : decorator}class Event${b.plain ? '' : base}:\n${b.plain ? '' : config}${lines([b.a, 'pos: Position', b.n, body?.extra, b.b, b.kind, 'color: Color = Color.RED'])}`;
  return header + enums + position + event;
}

interface Case {
  rule: string;
  flavour: Flavour;
  role: Role;
  /** The head body (null: the class is gone). */
  head: Body | null;
}

const STRICT: Flavour[] = ['strict', 'positional'];
const PYDANTIC: Flavour[] = ['pydantic-ignore', 'pydantic-forbid'];
const ALL: Flavour[] = [...STRICT, ...PYDANTIC];
const each = (flavours: Flavour[], rule: (f: Flavour) => string, role: Role, head: Body | null): Case[] => flavours.map((flavour) => ({ rule: rule(flavour), flavour, role, head }));
const pydanticRule = (suffix: string) => (f: Flavour) => `${f}-${suffix}`;

const CASES: Case[] = [
  ...each(ALL, () => 'message-removed', 'consumer', null),
  ...each(ALL, () => 'message-removed', 'producer', null),
  ...each(ALL, () => 'message-kind-changed', 'consumer', { plain: true }),
  ...each(STRICT, () => 'strict-field-added', 'consumer', { extra: 'c: float' }),
  ...each(STRICT, () => 'strict-field-added', 'consumer', { extra: 'c: float = 0.0' }),
  ...each(STRICT, () => 'strict-field-added', 'producer', { pos: 'ra: float\n    dec: float' }),
  ...each(STRICT, () => 'strict-field-removed', 'consumer', { a: '' }),
  ...each(STRICT, () => 'strict-field-removed', 'producer', { a: '' }),
  ...each(STRICT, () => 'strict-field-renamed', 'both', { a: 'a2: int' }),
  ...each(STRICT, () => 'strict-type-changed', 'consumer', { a: 'a: str' }),
  ...each(STRICT, () => 'strict-consumer-became-required', 'consumer', { b: 'b: str' }),
  ...each(PYDANTIC, pydanticRule('consumer-field-added-required'), 'consumer', { extra: 'c: float' }),
  ...each(PYDANTIC, pydanticRule('consumer-field-added-required'), 'consumer', { pos: 'ra: float\n    dec: float' }),
  ...each(PYDANTIC, pydanticRule('field-renamed'), 'consumer', { a: 'a2: int' }),
  ...each(PYDANTIC, pydanticRule('field-renamed'), 'producer', { a: 'a2: int' }),
  ...each(PYDANTIC, pydanticRule('consumer-type-changed'), 'consumer', { a: 'a: str' }),
  ...each(PYDANTIC, pydanticRule('consumer-type-changed'), 'consumer', { n: 'n: int' }),
  ...each(PYDANTIC, pydanticRule('consumer-became-required'), 'consumer', { b: 'b: str' }),
  ...each(['pydantic-forbid'], () => 'pydantic-forbid-consumer-field-removed', 'consumer', { b: '' }),
  ...each(['pydantic-forbid'], () => 'pydantic-forbid-producer-field-added', 'producer', { extra: 'c: float = 0.0' }),
  ...each(PYDANTIC, pydanticRule('producer-field-removed-required'), 'producer', { a: '' }),
  ...each(PYDANTIC, pydanticRule('producer-type-changed'), 'producer', { a: 'a: str' }),
  ...each(PYDANTIC, pydanticRule('producer-type-changed'), 'producer', { a: 'a: list[int]' }),
  ...each(ALL, () => 'producer-enum-value-added', 'producer', { colors: 'RED = 1\n    GREEN = 2\n    BLUE = 3' }),
  ...each(ALL, () => 'consumer-enum-value-removed', 'consumer', { colors: 'RED = 1' }),
  ...each(ALL, () => 'producer-literal-value-added', 'producer', { kind: 'kind: Literal["x", "y", "z"] = "x"' }),
  ...each(ALL, () => 'consumer-literal-value-removed', 'consumer', { kind: 'kind: Literal["x"] = "x"' }),
];

/** A decoder function (`decoder: {function: m.py#Event.from_dict}`): the keys it reads and how it converts them. */
const fromDict = (reads: Partial<Record<'a' | 's' | 'n' | 'dome' | 'opt' | 'c', string>>, colors = 'CLOSED = 1\n        OPEN = 2') => {
  const r = { a: 'int(d["a"])', s: 'str(d["s"])', n: 'float(d["n"])', dome: 'cls.Dome(int(d["dome"]))', opt: 'int(d.get("opt", 0))', ...reads };
  const keywords = Object.entries(r).map(([k, v]) => `            ${k}=${v},`).join('\n');
  return `from dataclasses import dataclass
import enum


@dataclass(frozen=True, kw_only=True)
class Event:
    class Dome(enum.IntEnum):
        ${colors}

    a: int
    s: str
    n: float
    dome: Dome
    opt: int = 0
    c: int = 0

    @classmethod
    def from_dict(cls, d):
        return cls(
${keywords}
        )
`;
};

/** PP's FannedOutVisit.from_dict, trimmed: position parsed from text ("[1.0, 2.0]"), enums through int(). */
const ppFromDict = (extra = '') => `import enum
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class Event:
    class Dome(enum.IntEnum):
        CLOSED = 1
        OPEN = 2

    salIndex: int
    groupId: str
    position: list[float] = field(compare=False)
    dome: Dome
    detector: int

    @classmethod
    def from_dict(cls, d: dict):
        return Event(
            salIndex=int(d["salIndex"]),
            groupId=str(d["groupId"]),
            dome=cls.Dome(int(d["dome"])),
            detector=int(d["detector"]),
            position=[float(i) for i in d["position"].replace(
                "[", "").replace("]", "").split(",")],${extra}
        )
`;

const FUNCTION_CASES: { rule: string; head: string; error: string; base?: string }[] = [
  {
    rule: 'function-consumer-field-added-required',
    base: ppFromDict(),
    head: ppFromDict('\n            exposureTime=float(d["exposureTime"]),').replace('    detector: int\n', '    detector: int\n    exposureTime: float = 0.0\n'),
    error: "KeyError: 'exposureTime'",
  },
  { rule: 'function-consumer-field-added-required', head: fromDict({ c: 'int(d["c"])' }), error: "KeyError: 'c'" },
  { rule: 'function-consumer-field-renamed', head: fromDict({ a: 'int(d["a2"])' }), error: "KeyError: 'a2'" },
  { rule: 'function-consumer-type-changed', head: fromDict({ n: 'int(d["n"])' }), error: "ValueError: invalid literal for int() with base 10: '0.5'" },
  { rule: 'function-consumer-became-required', head: fromDict({ opt: 'int(d["opt"])' }), error: "KeyError: 'opt'" },
  { rule: 'consumer-enum-value-removed', head: fromDict({}, 'CLOSED = 1'), error: 'ValueError: 2 is not a valid Event.Dome' },
];

const decoderOf = (flavour: Flavour): DecoderKind => (STRICT.includes(flavour) ? 'strict' : (flavour as DecoderKind));

async function extract(src: string, className = 'Event'): Promise<MessageSchema | undefined> {
  try {
    return await extractPythonSchema(memoryFiles({ 'm.py': src }), 'm.py', className);
  } catch (error) {
    if (error instanceof ClassNotFoundError) return undefined;
    throw error;
  }
}

/** Lockstep's witness for the case's rule, from the extracted model. */
async function witnessOf(c: Case): Promise<{ change: RuledChange; witness: Witness | undefined; sources: { base: string; head: string } }> {
  const sources = { base: source(c.flavour, {}), head: source(c.flavour, c.head) };
  const [base, head] = [await extract(sources.base), await extract(sources.head)];
  const decoder = decoderOf(c.flavour);
  const changes = diffSchemas(base, head).map((change): RuledChange => ({ ...change, ...judge(change, decoder, c.role) }));
  const change = changes.find((ch) => ch.rule.id === c.rule);
  if (!change) throw new Error(`${c.rule}: not produced by this fixture (got ${changes.map((ch) => ch.rule.id).join(', ')})`);
  return { change, witness: buildWitness(change, { base, head, decoder, role: c.role }), sources };
}

interface PythonAnswer {
  raised: boolean;
  type?: string;
  message?: string;
  title?: string;
  errors?: { loc: string; type: string; msg: string }[];
}

function runOnCPython(runs: { source: string; reader: string; payload: unknown }[]): PythonAnswer[] {
  const result = spawnSync(PYTHON_COMMAND, [SCRIPT], { input: JSON.stringify(runs), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as PythonAnswer[];
}

/** CPython's answer in the witness's words: `Type: message`, pydantic's errors on one line. */
function asWitnessError(answer: PythonAnswer): string {
  if (!answer.raised) return 'no exception';
  if (answer.errors) {
    const n = answer.errors.length;
    return `ValidationError: ${n} validation error${n === 1 ? '' : 's'} for ${answer.title}: ${answer.errors.map((e) => `${e.loc}: ${e.msg} [type=${e.type}]`).join('; ')}`;
  }
  return `${answer.type}: ${answer.message}`;
}

const runnable = CASES.filter((c) => pydanticTwo || STRICT.includes(c.flavour));

describe('a witness for every breaking rule, run on CPython', () => {
  it('python3 is there to run them', () => {
    expect(python?.python).toMatch(/^3\.(1[0-9]|[2-9][0-9])/);
  });

  it('every breaking rule of the table has a case here (a new breaking rule needs one)', () => {
    for (const rule of RULES.filter((r) => r.breaking)) {
      const cases = CASES.filter((c) => c.rule === rule.id);
      const functionCases = FUNCTION_CASES.filter((c) => c.rule === rule.id);
      expect({ rule: rule.id, cases: cases.length + functionCases.length > 0 }).toEqual({ rule: rule.id, cases: true });
      // A rule of any decoder is witnessed for dataclasses and for pydantic.
      if (rule.decoder === 'any') expect(new Set(cases.map((c) => decoderOf(c.flavour).split('-')[0]))).toEqual(new Set(['strict', 'pydantic']));
    }
  });

  const skipped = pydanticTwo ? '' : ` — pydantic cases SKIPPED: ${PYTHON_COMMAND} has no pydantic 2`;
  it(`each witness is raised by the reader it names (${runnable.length} cases${skipped})`, async () => {
    const built = await Promise.all(runnable.map(witnessOf));
    for (const [i, b] of built.entries()) expect({ case: runnable[i], witness: b.witness !== undefined }).toEqual({ case: runnable[i], witness: true });
    const answers = runOnCPython(
      built.map(({ witness, sources }) => ({ source: witness!.direction === 'old-to-new' ? sources.head : sources.base, reader: witness!.reader, payload: witness!.payload })),
    );
    for (const [i, { witness }] of built.entries()) {
      const c = runnable[i]!;
      const expected = witness!.error.startsWith('no exception') ? 'no exception' : witness!.error;
      expect({ rule: c.rule, flavour: c.flavour, role: c.role, reader: witness!.reader, payload: witness!.payload, error: asWitnessError(answers[i]!) }).toEqual({
        rule: c.rule,
        flavour: c.flavour,
        role: c.role,
        reader: witness!.reader,
        payload: witness!.payload,
        error: expected,
      });
    }
  });

  it('the payload is a valid message of the side that sends it (its own reader takes it)', async () => {
    const built = await Promise.all(runnable.map(witnessOf));
    const answers = runOnCPython(
      built.map(({ witness, sources }) => ({ source: witness!.direction === 'old-to-new' ? sources.base : sources.head, reader: witness!.reader, payload: witness!.payload })),
    );
    for (const [i, answer] of answers.entries()) expect({ case: runnable[i], answer }).toEqual({ case: runnable[i], answer: { raised: false } });
  });
});

const fixture = (name: string) => readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/schema', name), 'utf8');

/** The served repositories' shapes (test/fixtures/schema), changed as their PRs change them. */
const REAL: { what: string; file: string; cls: string; decoder: DecoderKind; role: Role; edit: (s: string) => string; rule: string; error: string; reader: string }[] = [
  {
    what: 'PP FannedOutVisit (frozen kw_only dataclass) gains exposureTime',
    file: 'prompt_processing/shared_visit.py',
    cls: 'FannedOutVisit',
    decoder: 'strict',
    role: 'consumer',
    edit: (s) => s.replace('    survey: str                     # survey name\n', '    survey: str                     # survey name\n    exposureTime: float\n'),
    rule: 'strict-field-added',
    reader: 'FannedOutVisit(**message)',
    error: "TypeError: FannedOutVisit.__init__() missing 1 required keyword-only argument: 'exposureTime'",
  },
  {
    what: 'PP drops the nested enum member BareVisit.CoordSys.MOUNT',
    file: 'prompt_processing/shared_visit.py',
    cls: 'FannedOutVisit',
    decoder: 'strict',
    role: 'consumer',
    edit: (s) => s.replace('        OBSERVED = 3\n        MOUNT = 4\n', '        OBSERVED = 3\n'),
    rule: 'consumer-enum-value-removed',
    reader: 'BareVisit.CoordSys(message["coordinateSystem"])',
    error: 'ValueError: 4 is not a valid BareVisit.CoordSys',
  },
  {
    what: 'next_visit_fan_out NextVisitModel (plain dataclass) stops sending totalCheckpoints',
    file: 'next_visit_fan_out/visit.py',
    cls: 'NextVisitModel',
    decoder: 'strict',
    role: 'producer',
    edit: (s) => s.replace('    totalCheckpoints: int\n', ''),
    rule: 'strict-field-removed',
    reader: 'NextVisitModel(**message)',
    error: "TypeError: NextVisitModel.__init__() missing 1 required positional argument: 'totalCheckpoints'",
  },
  ...(pydanticTwo
    ? [
        {
          what: "Butler Writer's event renames datasets[].run (pydantic, a list of nested models)",
          file: 'butler_writer/kafka_event.py',
          cls: 'PromptProcessingOutputEvent',
          decoder: 'pydantic-ignore' as const,
          role: 'consumer' as const,
          edit: (s: string) => s.replace('    run: str\n', '    run_name: str\n'),
          rule: 'pydantic-ignore-field-renamed',
          reader: 'PromptProcessingOutputEvent.model_validate(message)',
          error: 'ValidationError: 1 validation error for PromptProcessingOutputEvent: datasets.0.run_name: Field required [type=missing]',
        },
        {
          what: "a pydantic model read with cls(**message) (strict decoder) validates as the model says: the Butler Writer's event gains a required key",
          file: 'butler_writer/kafka_event.py',
          cls: 'PromptProcessingOutputEvent',
          decoder: 'strict' as const,
          role: 'consumer' as const,
          edit: (s: string) => s.replace('    root: str\n', '    root: str\n    instrument: str\n'),
          rule: 'strict-field-added',
          reader: 'PromptProcessingOutputEvent(**message)',
          error: 'ValidationError: 1 validation error for PromptProcessingOutputEvent: instrument: Field required [type=missing]',
        },
        {
          what: 'PP sends visit_id as a string (pydantic producer, Optional[int] → Optional[str])',
          file: 'butler_writer/kafka_event.py',
          cls: 'PromptProcessingOutputEvent',
          decoder: 'pydantic-ignore' as const,
          role: 'producer' as const,
          edit: (s: string) => s.replace('    visit_id: Optional[int] = None\n', '    visit_id: Optional[str] = None\n'),
          rule: 'pydantic-ignore-producer-type-changed',
          reader: 'PromptProcessingOutputEvent.model_validate(message)',
          error: 'ValidationError: 1 validation error for PromptProcessingOutputEvent: visit_id: Input should be a valid integer, unable to parse string as an integer [type=int_parsing]',
        },
      ]
    : []),
];

describe('witnesses on the served repositories\' shapes, run on CPython', () => {
  it.each(REAL)('$what', async (r) => {
    const base = fixture(r.file);
    const head = r.edit(base);
    expect(head).not.toBe(base);
    const [b, h] = [await extract(base, r.cls), await extract(head, r.cls)];
    const change = diffSchemas(b, h)
      .map((c): RuledChange => ({ ...c, ...judge(c, r.decoder, r.role) }))
      .find((c) => c.rule.id === r.rule);
    const witness = change && buildWitness(change, { base: b, head: h, decoder: r.decoder, role: r.role });
    expect({ reader: witness?.reader, error: witness?.error }).toEqual({ reader: r.reader, error: r.error });
    const [rejected, accepted] = runOnCPython([
      { source: witness!.direction === 'old-to-new' ? head : base, reader: witness!.reader, payload: witness!.payload },
      { source: witness!.direction === 'old-to-new' ? base : head, reader: witness!.reader, payload: witness!.payload },
    ]);
    expect(asWitnessError(rejected!)).toBe(r.error);
    expect(accepted).toEqual({ raised: false });
  });
});

describe('witnesses of a decoder function (decoder: {function: …}), run on CPython', () => {
  const fn = parseFunctionRef('m.py#Event.from_dict');
  const view = async (src: string) => extractDecoderSchema(memoryFiles({ 'm.py': src }), fn, (await extract(src))!);
  it.each(FUNCTION_CASES)('$rule: $error', async (c) => {
    const base = c.base ?? fromDict({});
    const [b, h] = [await view(base), await view(c.head)];
    const change = diffSchemas(b, h)
      .map((ch): RuledChange => ({ ...ch, ...judge(ch, 'function', 'consumer') }))
      .find((ch) => ch.rule.id === c.rule);
    const witness = change && buildWitness(change, { base: b, head: h, decoder: 'function', role: 'consumer' });
    expect({ direction: witness?.direction, reader: witness?.reader, error: witness?.error }).toEqual({ direction: 'old-to-new', reader: 'Event.from_dict(message)', error: c.error });
    const [rejected, accepted] = runOnCPython([
      { source: c.head, reader: witness!.reader, payload: witness!.payload },
      { source: base, reader: witness!.reader, payload: witness!.payload },
    ]);
    expect(asWitnessError(rejected!)).toBe(c.error);
    expect(accepted).toEqual({ raised: false });
  });
});
