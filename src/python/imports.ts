/**
 * What each top-level name of a module refers to through its imports:
 * `import typing as t` binds t → module typing; `from .visit import BareVisit as B`
 * binds B → name BareVisit of module .visit (relative, level 1).
 */
import type { SyntaxNode } from '@lezer/common';
import { childrenOf, statementsOf, type PythonModule } from './parse.js';

export interface ImportBinding {
  /** Dotted module path as written, without the leading dots. */
  module: string;
  /** Leading dots of a relative import (0 = absolute). */
  level: number;
  /** The imported name for `from M import name`; undefined when the binding is the module itself. */
  name?: string;
  line: number;
}

/**
 * What one import statement binds, the one reader of import syntax (module bindings here,
 * units.ts, env-reads.ts): `import a.b as c`, `from .m import x as y, *`.
 */
export interface ImportEntry {
  /** Dotted module as written, without leading dots. */
  module: string;
  level: number;
  /** `from M import name`: the name (may be a submodule); undefined for `import M`. */
  name?: string;
  /** The name bound in the module (undefined for `from M import *`): `import a.b` binds a. */
  bound?: string;
  star?: boolean;
  /** `import a.b as x`: the alias binds the whole dotted module. */
  aliased?: boolean;
}

export function importsOf(module: PythonModule, statement: SyntaxNode): ImportEntry[] {
  const tokens = childrenOf(statement).map((c) => ({ name: c.name, text: module.textOf(c) }));
  const out: ImportEntry[] = [];
  if (tokens[0]?.name === 'from') {
    const importAt = tokens.findIndex((t) => t.name === 'import');
    if (importAt < 0) return out;
    const written = tokens
      .slice(1, importAt)
      .map((t) => t.text)
      .join('');
    const level = /^\.*/.exec(written)![0].length;
    const modulePath = written.slice(level);
    for (const { name, alias } of importedNames(tokens.slice(importAt + 1))) {
      out.push(name === '*' ? { module: modulePath, level, star: true } : { module: modulePath, level, name, bound: alias ?? name });
    }
  } else if (tokens[0]?.name === 'import') {
    for (const { name, alias } of importedNames(tokens.slice(1))) {
      out.push(alias ? { module: name, level: 0, bound: alias, aliased: true } : { module: name, level: 0, bound: name.split('.')[0] });
    }
  }
  return out;
}

function topLevelImports(module: PythonModule): Array<{ entry: ImportEntry; line: number }> {
  return statementsOf(module.top)
    .filter((statement) => statement.name === 'ImportStatement')
    .flatMap((statement) => importsOf(module, statement).map((entry) => ({ entry, line: module.lineAt(statement.from) })));
}

export function importBindings(module: PythonModule): Map<string, ImportBinding> {
  const bindings = new Map<string, ImportBinding>();
  for (const { entry, line } of topLevelImports(module)) {
    const { module: path, level, name, bound } = entry;
    if (bound === undefined) continue;
    // `import a.b` binds a; `import a.b as x` binds x to a.b.
    if (name !== undefined) bindings.set(bound, { module: path, level, name, line });
    else bindings.set(bound, { module: entry.aliased ? path : bound, level: 0, line });
  }
  return bindings;
}

/** `from M import *` statements, in order: the modules whose public names a module takes in. */
export function starImports(module: PythonModule): ImportBinding[] {
  return topLevelImports(module)
    .filter(({ entry }) => entry.star)
    .map(({ entry, line }) => ({ module: entry.module, level: entry.level, line }));
}

/** `a.b as x, c` → [{a.b, x}, {c}]. */
function importedNames(tokens: { name: string; text: string }[]): { name: string; alias?: string }[] {
  const out: { name: string; alias?: string }[] = [];
  let current: string[] = [];
  let alias: string | undefined;
  let expectAlias = false;
  const flush = () => {
    if (current.length) out.push({ name: current.join(''), alias });
    current = [];
    alias = undefined;
    expectAlias = false;
  };
  for (const token of tokens) {
    if (token.name === ',' ) flush();
    else if (token.name === 'as') expectAlias = true;
    else if (token.name === 'VariableName' && expectAlias) alias = token.text;
    else if (token.name === 'VariableName' || token.name === '.') current.push(token.text);
    else if (token.text === '*') current.push('*');
  }
  flush();
  return out;
}
