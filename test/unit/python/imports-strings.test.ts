import { describe, expect, it } from '@jest/globals';
import { parsePython } from '../../../src/python/parse.js';
import { importBindings } from '../../../src/python/imports.js';
import { concatenatedStringValue, pythonStringValue } from '../../../src/python/strings.js';
import { topLevelClasses } from '../../../src/python/classes.js';

describe('importBindings', () => {
  it('binds names from every import form', () => {
    const module = parsePython(
      'python/activator/x.py',
      'import typing as t\nimport lsst.daf.butler\nfrom ..shared.visit import BareVisit as BV, FannedOutVisit\nfrom . import (visit,\n  other)\nfrom ... import up\nfrom x import *\n',
    );
    const bindings = Object.fromEntries(importBindings(module));
    expect(bindings).toEqual({
      t: { module: 'typing', level: 0, line: 1 },
      lsst: { module: 'lsst', level: 0, line: 2 },
      BV: { module: 'shared.visit', level: 2, name: 'BareVisit', line: 3 },
      FannedOutVisit: { module: 'shared.visit', level: 2, name: 'FannedOutVisit', line: 3 },
      visit: { module: '', level: 1, name: 'visit', line: 4 },
      other: { module: '', level: 1, name: 'other', line: 4 },
      up: { module: '', level: 3, name: 'up', line: 6 },
    });
  });
});

describe('classes', () => {
  it('reads decorators, bases, keywords and nested classes', () => {
    const module = parsePython('m.py', '@dataclasses.dataclass(frozen=True)\nclass A(Base, metaclass=M):\n    class Inner(enum.IntEnum):\n        X = 1\n    a: int\n');
    const [cls] = topLevelClasses(module);
    if (!cls) throw new Error('no class read');
    expect(cls.name).toBe('A');
    expect(cls.line).toBe(2);
    expect(cls.bases).toEqual([{ kind: 'name', parts: ['Base'], line: 2 }]);
    expect(Object.keys(cls.keywords)).toEqual(['metaclass']);
    expect(cls.decorators[0]).toMatchObject({ kind: 'call', callee: { kind: 'name', parts: ['dataclasses', 'dataclass'] } });
    expect(cls.nested.map((n) => n.name)).toEqual(['Inner']);
  });
});

describe('string literals', () => {
  it('decodes prefixes, quotes, escapes and implicit concatenation', () => {
    expect(pythonStringValue(String.raw`'a\tb'`)).toBe('a\tb');
    expect(pythonStringValue(String.raw`r'a\tb'`)).toBe(String.raw`a\tb`);
    expect(pythonStringValue('"""x"""')).toBe('x');
    expect(pythonStringValue(String.raw`"\u00e9\x41"`)).toBe('éA');
    expect(concatenatedStringValue(`"int" ' | None'`)).toBe('int | None');
    expect(pythonStringValue('not a string')).toBeUndefined();
  });
});
