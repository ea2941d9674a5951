import { describe, expect, it } from '@jest/globals';
import { extractPythonSchema } from '../../../src/schema/python-extract.js';
import { formatType } from '../../../src/schema/types.js';
import { InputError } from '../../../src/errors.js';
import type { MessageSchema } from '../../../src/schema/model.js';
import { memoryFiles } from './memory-files.js';
import { code, text } from '../../../src/report/model.js';

const BARE_VISIT = `
from __future__ import annotations
import dataclasses
import enum
import typing as t
from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class BareVisit:
    """A visit as the summit announces it."""
    class CoordSys(enum.IntEnum):
        NONE = 1
        ICRS = 2
        OBSERVED = 3

    class Dome(enum.IntEnum):
        CLOSED = 1
        OPEN = 2

    salIndex: int
    instrument: str
    coordinateSystem: CoordSys
    position: list[float] = dataclasses.field(compare=False)
    dome: Dome
    duration: float
    nimages: int
    private_sndStamp: float
    VERSION: t.ClassVar[int] = 2

    def __str__(self):
        return "visit"
`;

const FANNED_OUT = `
from __future__ import annotations
from dataclasses import dataclass, InitVar
from .bare import BareVisit


@dataclass(frozen=True, kw_only=True)
class FannedOutVisit(BareVisit):
    detector: int
    scratch: InitVar[int] = 0

    @classmethod
    def from_dict(cls, message):
        return cls(**message)
`;

function byName(schema: MessageSchema) {
  return Object.fromEntries(schema.fields.map((f) => [f.name, { type: formatType(f.type), required: f.required, line: f.line, file: f.file }]));
}

describe('dataclass extraction', () => {
  it('follows a base class imported from another file, keeps nested IntEnums as value sets, drops ClassVar/InitVar', async () => {
    const files = memoryFiles({ 'python/shared/bare.py': BARE_VISIT, 'python/shared/visit.py': FANNED_OUT });
    const schema = await extractPythonSchema(files, 'python/shared/visit.py', 'FannedOutVisit');
    expect(schema.kind).toBe('dataclass');
    expect(schema.extra).toBe('forbid');
    const fields = byName(schema);
    expect(Object.keys(fields).sort()).toEqual(
      ['coordinateSystem', 'detector', 'dome', 'duration', 'instrument', 'nimages', 'position', 'private_sndStamp', 'salIndex'].sort(),
    );
    expect(fields.position).toEqual({ type: 'list[float]', required: true, line: 24, file: 'python/shared/bare.py' });
    expect(fields.detector!.file).toBe('python/shared/visit.py');
    const coord = schema.fields.find((f) => f.name === 'coordinateSystem')!.type;
    expect(coord).toEqual({ kind: 'enum', name: 'CoordSys', qualname: 'BareVisit.CoordSys', base: 'int', members: [{ name: 'NONE', value: 1 }, { name: 'ICRS', value: 2 }, { name: 'OBSERVED', value: 3 }] });
    expect(schema.warnings).toEqual([]);
    // only the message file and the base's module (as a file or a package) were asked for
    expect(new Set(files.requested)).toEqual(new Set(['python/shared/visit.py', 'python/shared/bare.py', 'python/shared/bare/__init__.py']));
  });

  it('reads defaults from = value and field(default=, default_factory=)', async () => {
    const files = memoryFiles({
      'm.py': `
import dataclasses as dc
@dc.dataclass
class M:
    a: int
    b: int = 3
    c: list[str] = dc.field(default_factory=list)
    d: str = dc.field(default="x", compare=False)
    e: float = dc.field(compare=False)
`,
    });
    const fields = byName(await extractPythonSchema(files, 'm.py', 'M'));
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.required]))).toEqual({ a: true, b: false, c: false, d: false, e: true });
  });

  it('warns when a base class comes from outside the repository', async () => {
    const files = memoryFiles({
      'm.py': `
from dataclasses import dataclass
from lsst.daf.butler import DatasetRef
@dataclass
class M(DatasetRef):
    a: int
`,
    });
    const schema = await extractPythonSchema(files, 'm.py', 'M');
    expect(schema.warnings).toHaveLength(1);
    expect(schema.warnings[0]!.message).toMatch(/lsst\.daf\.butler\.DatasetRef.*fields are unknown/);
    expect(schema.warnings[0]!.line).toBe(5);
  });

  it('keeps the source text a warning quotes in one code span, backticks and all (never read as markup)', async () => {
    const annotation = 'foo("` **x** `")';
    const files = memoryFiles({ 'm.py': `\nfrom dataclasses import dataclass\n@dataclass\nclass M:\n    a: ${annotation}\n` });
    const schema = await extractPythonSchema(files, 'm.py', 'M');
    const [warning] = schema.warnings;
    expect(warning?.spans).toEqual([text('type annotation '), code(annotation), text(' is not understood: read as Any')]);
    expect(warning?.message).toBe(`type annotation \`${annotation}\` is not understood: read as Any`);
  });
});

describe('type normalisation', () => {
  const variants: [string, string][] = [
    ['typing.List[float]', 'list[float]'],
    ['t.List[float]', 'list[float]'],
    ['List[float]', 'list[float]'],
    ['"list[float]"', 'list[float]'],
    ['Optional[int]', 'int | None'],
    ['t.Optional[int]', 'int | None'],
    ['Union[int, None]', 'int | None'],
    ['None | int', 'int | None'],
    ['"int | None"', 'int | None'],
    ['Union[str, Union[int, None]]', 'int | str | None'],
    ['Annotated[int, Field(gt=0)]', 'int'],
    ['Dict[str, List[int]]', 'dict[str, list[int]]'],
    ['tuple[int, ...]', 'tuple[int, ...]'],
    ['Literal["a", \'b\', 3]', "Literal['a', 'b', 3]"],
    ['Position', 'list[float]'],
    ['datetime.datetime', 'datetime'],
    ['Any', 'any'],
  ];
  it.each(variants)('%s → %s', async (annotation, expected) => {
    const source = `
import typing
import typing as t
import datetime
from typing import List, Optional, Union, Annotated, Dict, Literal, Any
from pydantic import BaseModel, Field
Position = list[float]
class M(BaseModel):
    x: ${annotation}
`;
    const schema = await extractPythonSchema(memoryFiles({ 'm.py': source }), 'm.py', 'M');
    expect(formatType(schema.fields[0]!.type)).toBe(expected);
  });
});

describe('pydantic extraction', () => {
  it('reads Field defaults, default_factory, aliases, nested models and model_config extra', async () => {
    const files = memoryFiles({
      'python/activator/kafka_butler_writer.py': `
from pydantic import BaseModel, ConfigDict, Field
from typing import Optional, Literal

class DatasetRef(BaseModel):
    id: str
    run: str

class PromptProcessingOutputEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["prompt-processing-output"] = "prompt-processing-output"
    root: str
    datasets: list[DatasetRef]
    dataset_types: list[str] = Field(default_factory=list)
    note: Optional[str] = None
    visit_id: int = Field(..., alias="visitId")
    _secret: int = 0
`,
    });
    const schema = await extractPythonSchema(files, 'python/activator/kafka_butler_writer.py', 'PromptProcessingOutputEvent');
    expect(schema.kind).toBe('pydantic');
    expect(schema.extra).toBe('forbid');
    const fields = byName(schema);
    expect(Object.keys(fields)).toEqual(['type', 'root', 'datasets', 'dataset_types', 'note', 'visitId']);
    expect(fields.dataset_types!.required).toBe(false);
    expect(fields.visitId!.required).toBe(true);
    expect(fields.note).toMatchObject({ type: 'str | None', required: false });
    const datasets = schema.fields.find((f) => f.name === 'datasets')!.type;
    expect(datasets.kind === 'list' && datasets.item.kind === 'object' && datasets.item.fields.map((f) => f.name)).toEqual(['id', 'run']);
  });

  it('defaults extra to ignore', async () => {
    const schema = await extractPythonSchema(memoryFiles({ 'm.py': 'from pydantic import BaseModel\nclass M(BaseModel):\n    a: int\n' }), 'm.py', 'M');
    expect(schema.extra).toBe('ignore');
  });
});

describe('cycles', () => {
  it('a recursive model refers to itself by name; a class that inherits itself terminates', async () => {
    const files = memoryFiles({
      'm.py': `
from pydantic import BaseModel
class Node(BaseModel):
    name: str
    children: list[Node] = []
class M(M):
    a: int
`,
    });
    const node = await extractPythonSchema(files, 'm.py', 'Node');
    expect(byName(node).children).toMatchObject({ type: 'list[Node]', required: false });
    const m = await extractPythonSchema(files, 'm.py', 'M');
    expect(m.fields.map((f) => f.name)).toEqual(['a']);
  });

  it('modules that import each other terminate', async () => {
    const files = memoryFiles({
      'a.py': 'from b import B\nfrom dataclasses import dataclass\n@dataclass\nclass A(B):\n    a: int\n',
      'b.py': 'from a import A\nfrom dataclasses import dataclass\n@dataclass\nclass B(A):\n    b: int\n',
    });
    const a = await extractPythonSchema(files, 'a.py', 'A');
    expect(a.fields.map((f) => f.name).sort()).toEqual(['a', 'b']);
  });
});

describe('bad input', () => {
  it('names the classes that exist when the class is not found', async () => {
    const files = memoryFiles({ 'm.py': 'class A: pass\nclass B: pass\n' });
    const error = await extractPythonSchema(files, 'm.py', 'C').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).hint).toContain('A, B');
  });

  it('names file and line of a syntax error', async () => {
    const files = memoryFiles({ 'm.py': 'class A:\n    x: int\n    def f(:\n' });
    const error = (await extractPythonSchema(files, 'm.py', 'A').catch((e: unknown) => e)) as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe('m.py');
    expect(error.line).toBe(3);
  });
});
