/**
 * What each top-level name of a module refers to through its imports:
 * `import typing as t` binds t → module typing; `from .visit import BareVisit as B`
 * binds B → name BareVisit of module .visit (relative, level 1).
 */
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

export function importBindings(module: PythonModule): Map<string, ImportBinding> {
  const bindings = new Map<string, ImportBinding>();
  for (const statement of statementsOf(module.top)) {
    if (statement.name !== 'ImportStatement') continue;
    const line = module.lineAt(statement.from);
    const tokens = childrenOf(statement).map((c) => ({ name: c.name, text: module.textOf(c) }));
    if (tokens[0]?.name === 'from') {
      const importAt = tokens.findIndex((t) => t.name === 'import');
      if (importAt < 0) continue;
      const source = tokens.slice(1, importAt);
      const written = source.map((t) => t.text).join('');
      const level = /^\.*/.exec(written)![0].length;
      const modulePath = written.slice(level);
      for (const { name, alias } of importedNames(tokens.slice(importAt + 1))) {
        if (name === '*') continue;
        bindings.set(alias ?? name, { module: modulePath, level, name, line });
      }
    } else if (tokens[0]?.name === 'import') {
      for (const { name, alias } of importedNames(tokens.slice(1))) {
        // `import a.b` binds a; `import a.b as x` binds x to a.b.
        if (alias) bindings.set(alias, { module: name, level: 0, line });
        else bindings.set(name.split('.')[0], { module: name.split('.')[0], level: 0, line });
      }
    }
  }
  return bindings;
}

/** `from M import *` statements, in order: the modules whose public names a module takes in. */
export function starImports(module: PythonModule): ImportBinding[] {
  const stars: ImportBinding[] = [];
  for (const statement of statementsOf(module.top)) {
    if (statement.name !== 'ImportStatement') continue;
    const tokens = childrenOf(statement).map((c) => ({ name: c.name, text: module.textOf(c) }));
    const importAt = tokens.findIndex((t) => t.name === 'import');
    if (tokens[0]?.name !== 'from' || importAt < 0 || !tokens.slice(importAt + 1).some((t) => t.text === '*')) continue;
    const written = tokens.slice(1, importAt).map((t) => t.text).join('');
    const level = /^\.*/.exec(written)![0].length;
    stars.push({ module: written.slice(level), level, line: module.lineAt(statement.from) });
  }
  return stars;
}

/** `a.b as x, c` → [{a.b, x}, {c}]. */
export function importedNames(tokens: { name: string; text: string }[]): { name: string; alias?: string }[] {
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
