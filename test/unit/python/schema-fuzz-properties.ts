/**
 * Properties shared by the short run (test/unit/python) and the long one (test/fuzz):
 * arbitrary text, Python-looking class bodies, config type strings and JSON never
 * make extraction throw anything but an InputError.
 */
import fc from 'fast-check';
import { InputError } from '../../../src/errors.js';
import { extractPythonSchema, parseTypeText } from '../../../src/schema/python-extract.js';
import { extractJsonSchema } from '../../../src/schema/json-schema-extract.js';

async function onlyInputErrors(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (error instanceof InputError) return true;
    throw error;
  }
}

const files = (sources: Record<string, string>) => ({ read: async (paths: string[]) => new Map(paths.map((p) => [p, sources[p]])) });

const TOKENS = [
  'class M(BaseModel):', 'class M:', '@dataclass', '@dataclass(kw_only=True, frozen=True)', 'class E(enum.IntEnum):', 'class M(Base):',
  'from pydantic import BaseModel, Field', 'from dataclasses import dataclass, field', 'import typing as t', 'from .base import Base',
  'from __future__ import annotations', 'import enum', '    a: int', '    b: "list[float]" = field(default_factory=list)',
  '    c: t.Optional[Union[int, str]] = None', '    d: Literal["x", 1, -2, None]', '    e: Annotated[int, Field(gt=0)]',
  '    X = 1', '    Y = auto()', '    model_config = ConfigDict(extra="forbid")', '    def f(self): pass', '    f: dict[str, M]',
  '    g: "M | None"', '    h: E', '    class Inner(enum.Enum):', '        A = "a"', '    i: ClassVar[int] = 3', '    j: tuple[int, ...]',
  '    k: Field(', '    l: [', '    m: "unterminated', '    n: x[y][z]', '    o: t.', 'M = list[M]', '    p: M', '"""doc"""',
];

const pythonish = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 20 })), { maxLength: 30 }).map((lines) => lines.join('\n') + '\n');

export const extractionProperties: Record<string, (runs: number) => Promise<void>> = {
  'arbitrary text as a module': (runs) =>
    fc.assert(fc.asyncProperty(fc.string({ maxLength: 400 }), (text) => onlyInputErrors(() => extractPythonSchema(files({ 'm.py': text }), 'm.py', 'M'))), { numRuns: runs }),
  'Python-looking class bodies, with a base module': (runs) =>
    fc.assert(
      fc.asyncProperty(pythonish, pythonish, (main, base) => onlyInputErrors(() => extractPythonSchema(files({ 'pkg/m.py': main, 'pkg/base.py': base }), 'pkg/m.py', 'M'))),
      { numRuns: runs },
    ),
  'type strings from the configuration': (runs) =>
    fc.assert(fc.asyncProperty(fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('int', 'list[float]', 'int | None', 'Literal["a"]', 'x[', '"s"')), (text) => onlyInputErrors(() => parseTypeText(text, { file: 'c.yml' }))), { numRuns: runs }),
  'JSON Schema documents': (runs) =>
    fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 5 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ type: 'object', properties: { a: v, b: { $ref: '#/x' } } }))), (text) =>
        onlyInputErrors(async () => extractJsonSchema('s.json', text)),
      ),
      { numRuns: runs },
    ),
};
