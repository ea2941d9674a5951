/**
 * Random message modules for the differential test against CPython: dataclass or pydantic
 * classes with inheritance, defaults, nested generics, kw_only, ClassVar, InitVar,
 * field(init=False), statements on one line and conditional class bodies. The message is `M`.
 */
import fc from 'fast-check';

export type Flavor = 'dataclass' | 'pydantic';

// `ﬁeld` and `field` are one identifier to CPython (NFKC).
const NAMES = ['a', 'b', 'c', 'x', 'y', 'field', '\ufb01eld'];
const LEAVES = ['int', 'float', 'str', 'bool', 'bytes', 'Any'];

function typeText(depth: number): fc.Arbitrary<string> {
  const leaf = fc.constantFrom(...LEAVES);
  if (depth <= 0) return leaf;
  const inner = typeText(depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.constantFrom("Literal['a', 'b']", 'Literal[1, 2]', "Literal['a', 1, None]") },
    { weight: 1, arbitrary: inner.map((t) => `list[${t}]`) },
    { weight: 1, arbitrary: inner.map((t) => `List[${t}]`) },
    { weight: 1, arbitrary: inner.map((t) => `dict[str, ${t}]`) },
    { weight: 1, arbitrary: inner.map((t) => `Dict[int, ${t}]`) },
    { weight: 1, arbitrary: inner.map((t) => `set[${t}]`) },
    { weight: 1, arbitrary: inner.map((t) => `tuple[${t}, ...]`) },
    { weight: 1, arbitrary: fc.tuple(inner, inner).map(([a, b]) => `Tuple[${a}, ${b}]`) },
    { weight: 2, arbitrary: inner.map((t) => `Optional[${t}]`) },
    { weight: 1, arbitrary: fc.tuple(inner, inner).map(([a, b]) => `Union[${a}, ${b}]`) },
    { weight: 1, arbitrary: fc.tuple(inner, inner).map(([a, b]) => `${a} | ${b}`) },
    { weight: 1, arbitrary: inner.map((t) => `${t} | None`) },
  );
}

// `dataclasses.field`, not `field`: a field named `field` shadows the function in the class body.
const DATACLASS_DEFAULTS = [
  '', '', '', ' = None', ' = 0', " = 'x'", ' = dataclasses.field(default=0)', ' = dataclasses.field(default=None)', ' = dataclasses.field(default_factory=list)',
  ' = dataclasses.field(init=False, default=0)', ' = dataclasses.field(init=False)', ' = dataclasses.field(compare=False)', ' = dataclasses.field(kw_only=True, default=1)',
];
const PYDANTIC_DEFAULTS = [
  '', '', '', ' = None', ' = 0', " = 'x'", ' = Field(default=0)', ' = Field(0)', ' = Field(...)', ' = Field(default_factory=list)',
  " = Field(alias='wire')", " = Field(default=1, alias='wire2')", ' = Field(description="d")',
];

/** One simple statement (fits on a line with others). */
function simpleStatement(flavor: Flavor): fc.Arbitrary<string> {
  const name = fc.constantFrom(...NAMES);
  const defaults = flavor === 'dataclass' ? DATACLASS_DEFAULTS : PYDANTIC_DEFAULTS;
  const field = fc.tuple(name, typeText(3), fc.constantFrom(...defaults)).map(([n, t, d]) => `${n}: ${t}${d}`);
  const others = [
    fc.tuple(name, typeText(1)).map(([n, t]) => `${n}: ClassVar[${t}] = None`),
    name.map((n) => `${n} = 3`),
    fc.constant('pass'),
    fc.constant('"""A docstring."""'),
    ...(flavor === 'dataclass'
      ? [fc.tuple(name, typeText(1)).map(([n, t]) => `${n}: InitVar[${t}] = None`), fc.constant('_: KW_ONLY')]
      : [name.map((n) => `_${n}: int = 0`)]),
  ];
  return fc.oneof({ weight: 6, arbitrary: field }, ...others.map((arbitrary) => ({ weight: 1, arbitrary })));
}

interface Block {
  lines: string[];
  /** Only simple statements: the block may be written on one line. */
  simple: boolean;
}

const CONSTANT_CONDITIONS = ['True', 'False', '0', '1', 'not False', 'None', "'x'", 'TYPE_CHECKING'];

/** A class body (or branch body) of 1–5 statements, some joined with `;`, some under `if`/`else`. */
function block(flavor: Flavor, depth: number): fc.Arbitrary<Block> {
  const line = fc.array(simpleStatement(flavor), { minLength: 1, maxLength: 3 }).map((s) => s.join('; '));
  const simple = line.map((l): Block => ({ lines: [l], simple: true }));
  const method = fc.constant<Block>({ lines: ['def method(self):', '    return 1'], simple: false });
  const conditional =
    depth <= 0
      ? simple
      : fc
          .tuple(fc.constantFrom(...CONSTANT_CONDITIONS), block(flavor, depth - 1), fc.option(block(flavor, depth - 1), { nil: undefined }))
          .map(([condition, then, otherwise]): Block => ({
            lines: [`if ${condition}:`, ...indent(then.lines), ...(otherwise ? ['else:', ...indent(otherwise.lines)] : [])],
            simple: false,
          }));
  const item = fc.oneof({ weight: 5, arbitrary: simple }, { weight: 1, arbitrary: method }, { weight: 2, arbitrary: conditional });
  return fc.array(item, { minLength: 1, maxLength: 5 }).map((items) => ({ lines: items.flatMap((i) => i.lines), simple: items.every((i) => i.simple) }));
}

function indent(lines: string[]): string[] {
  return lines.map((l) => `    ${l}`);
}

const DECORATORS = ['@dataclass', '@dataclass()', '@dataclass(kw_only=True)', '@dataclasses.dataclass', '@(dataclass)', '@[dataclass][0]', '@dataclass(kw_only=True)', ''];

function classText(flavor: Flavor, name: string, parent: string | undefined, decorator: string, body: Block, oneLine: boolean): string {
  const bases = flavor === 'pydantic' ? `(${parent ?? 'BaseModel'})` : parent ? `(${parent})` : '';
  const head = `${flavor === 'dataclass' && decorator ? `${decorator}\n` : ''}class ${name}${bases}:`;
  if (oneLine && body.simple) return `${head} ${body.lines.join('; ')}\n`;
  return `${head}\n${indent(body.lines).join('\n')}\n`;
}

const HEADER = [
  'from __future__ import annotations',
  'import dataclasses',
  'from dataclasses import dataclass, field, InitVar, KW_ONLY',
  'from typing import TYPE_CHECKING, Any, ClassVar, Dict, List, Literal, Optional, Set, Tuple, Union',
].join('\n');

/** A module whose last class `M` is the message, with 0–3 ancestors defined before it. */
export function messageModule(flavor: Flavor): fc.Arbitrary<string> {
  const cls = fc.record({ body: block(flavor, 2), decorator: fc.constantFrom(...DECORATORS), oneLine: fc.boolean() });
  return fc.array(cls, { minLength: 1, maxLength: 4 }).map((classes) => {
    const nameOf = (i: number) => (i === classes.length - 1 ? 'M' : `P${i}`);
    // The message itself is always declared a message; its ancestors may not be.
    const text = classes.map((c, i) => classText(flavor, nameOf(i), i > 0 ? nameOf(i - 1) : undefined, i === classes.length - 1 && !c.decorator ? '@dataclass' : c.decorator, c.body, c.oneLine));
    const imports = flavor === 'pydantic' ? `${HEADER}\nfrom pydantic import BaseModel, Field\n` : `${HEADER}\n`;
    return `${imports}\n\n${text.join('\n\n')}`;
  });
}
