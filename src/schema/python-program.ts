/**
 * The Python modules of one revision that a message needs, loaded lazily:
 * the message's file, then only the files its bases and field types are
 * imported from. Names are resolved through each module's imports to a class
 * in the repository, a module-level alias, or an external qualified name.
 */
import { InputError } from '../errors.js';
import { parsePython, type PythonModule } from '../python/parse.js';
import { importBindings, starImports, type ImportBinding } from '../python/imports.js';
import { topLevelClasses, type PythonClass } from '../python/classes.js';
import { liftExpression, type PyExpr } from '../python/expressions.js';
import { childrenOf, statementsOf } from '../python/parse.js';
import { BUILTIN_NAMES, EXTERNAL_PACKAGES, canonicalName } from './python-names.js';

/** Reads files of one revision; a missing path maps to undefined. */
export interface SourceFiles {
  read(paths: string[]): Promise<Map<string, string | undefined>>;
}

export interface LoadedModule {
  path: string;
  module: PythonModule;
  imports: Map<string, ImportBinding>;
  /** `from M import *`, later ones first (a later star import shadows an earlier one). */
  stars: ImportBinding[];
  classes: Map<string, PythonClass>;
  /** Module-level `Name = <type expression>` (type aliases). */
  aliases: Map<string, PyExpr>;
}

export type Resolved =
  | { kind: 'class'; module: LoadedModule; cls: PythonClass }
  | { kind: 'alias'; module: LoadedModule; expr: PyExpr }
  /** Something outside the repository, by canonical qualified name (`typing.Optional`, `lsst.x.Y`). */
  | { kind: 'external'; qualified: string; known: boolean };

/** Imports followed from module to module for one name; past it the check stops (exit 2) rather than read the name as unknown. */
export const MAX_RESOLVE_DEPTH = 24;

export class PythonProgram {
  private readonly modules = new Map<string, LoadedModule | null>();

  constructor(private readonly files: SourceFiles) {}

  /** Load one file that must exist and parse; syntax errors are input errors. */
  async loadRequired(path: string, missing: () => InputError): Promise<LoadedModule> {
    const loaded = await this.loadFirst([path]);
    if (!loaded) throw missing();
    return loaded;
  }

  /** The first of several candidate paths that exists, reading the unknown ones in one batch. */
  async loadFirst(candidates: string[]): Promise<LoadedModule | undefined> {
    const unknown = candidates.filter((p) => !this.modules.has(p));
    if (unknown.length) {
      const texts = await this.files.read(unknown);
      for (const path of unknown) {
        const text = texts.get(path);
        this.modules.set(path, text === undefined ? null : loadModule(path, text));
      }
    }
    for (const path of candidates) {
      const loaded = this.modules.get(path);
      if (loaded) return loaded;
    }
    return undefined;
  }

  /** Resolve a dotted name used in `from`, optionally inside a class body (its nested classes first). */
  async resolve(from: LoadedModule, parts: string[], context?: PythonClass[], depth = 0): Promise<Resolved> {
    const [first = '', ...rest] = parts;
    if (depth > MAX_RESOLVE_DEPTH) throw tooManyHops(from, parts);
    for (const cls of context ?? []) {
      const nested = cls.nested.find((n) => n.name === first);
      if (nested) return this.nestedIn(from, nested, rest);
    }
    const local = from.classes.get(first);
    if (local) return this.nestedIn(from, local, rest);
    const alias = from.aliases.get(first);
    if (alias && rest.length === 0) return { kind: 'alias', module: from, expr: alias };
    const binding = from.imports.get(first);
    if (binding) return this.resolveImported(from, binding, rest, depth);
    const star = await this.resolveStar(from, parts, depth);
    if (star) return star;
    if (rest.length === 0 && BUILTIN_NAMES.has(first)) return external(`builtins.${first}`, true);
    if (first === 'None') return external('builtins.None', true);
    return external(parts.join('.'), false);
  }

  /**
   * A name a `from M import *` may have bound: defined in M when M is in the repository; the
   * package's own name when M is outside it (`from typing import *` → typing.Optional) —
   * builtins excepted, which such packages do not export.
   */
  private async resolveStar(from: LoadedModule, parts: string[], depth: number): Promise<Resolved | undefined> {
    const [first = ''] = parts;
    for (const star of from.stars) {
      const target = await this.loadModule(from.path, star.module, star.level);
      if (target) {
        if (target === from || first.startsWith('_')) continue;
        if (target.classes.has(first) || target.aliases.has(first) || target.imports.has(first)) return this.resolve(target, parts, undefined, depth + 1);
      } else if (star.level === 0 && EXTERNAL_PACKAGES.has(star.module.split('.')[0] ?? '') && !BUILTIN_NAMES.has(first) && first !== 'None') {
        return external(`${star.module}.${parts.join('.')}`, true);
      }
    }
    return undefined;
  }

  private nestedIn(module: LoadedModule, cls: PythonClass, rest: string[]): Resolved {
    let current = cls;
    for (const name of rest) {
      const next = current.nested.find((n) => n.name === name);
      if (!next) return external(`${module.path}:${cls.name}.${rest.join('.')}`, false);
      current = next;
    }
    return { kind: 'class', module, cls: current };
  }

  private async resolveImported(from: LoadedModule, binding: ImportBinding, rest: string[], depth: number): Promise<Resolved> {
    if (binding.name !== undefined) {
      // from M import name [as alias]
      const target = await this.loadModule(from.path, binding.module, binding.level);
      if (target) return this.resolve(target, [binding.name, ...rest], undefined, depth + 1);
      // `from pkg import submodule`, then submodule.Name
      const joined = binding.module ? `${binding.module}.${binding.name}` : binding.name;
      if (rest.length) {
        const submodule = await this.loadModule(from.path, joined, binding.level);
        if (submodule) return this.resolve(submodule, rest, undefined, depth + 1);
      }
      return external(qualify(binding, [binding.name, ...rest]), binding.level === 0);
    }
    // import a.b [as x]: the rest names a deeper module then a name inside it.
    for (let split = rest.length - 1; split >= 0; split--) {
      const modulePath = [binding.module, ...rest.slice(0, split)].join('.');
      const target = await this.loadModule(from.path, modulePath, 0);
      if (target && split < rest.length) return this.resolve(target, rest.slice(split), undefined, depth + 1);
    }
    return external(qualify(binding, rest), true);
  }

  /** A module path as a repository file: relative to the importer, or under any of its ancestor folders. */
  private async loadModule(importer: string, modulePath: string, level: number): Promise<LoadedModule | undefined> {
    const dotted = modulePath.split('.').filter(Boolean);
    if (level === 0 && (dotted[0] === undefined || EXTERNAL_PACKAGES.has(dotted[0]))) return undefined;
    const folders = importer.split('/').slice(0, -1);
    const roots: string[] = [];
    if (level > 0) {
      if (level - 1 > folders.length) return undefined;
      roots.push(folders.slice(0, folders.length - (level - 1)).join('/'));
    } else {
      for (let i = folders.length; i >= 0; i--) roots.push(folders.slice(0, i).join('/'));
      for (const conventional of ['src', 'python']) if (!roots.includes(conventional)) roots.push(conventional);
    }
    const relative = dotted.join('/');
    const candidates: string[] = [];
    for (const root of roots) {
      const base = [root, relative].filter(Boolean).join('/');
      if (!base) continue;
      candidates.push(`${base}.py`, `${base}/__init__.py`);
    }
    return this.loadFirst(candidates);
  }
}

function tooManyHops(from: LoadedModule, parts: string[]): InputError {
  const name = parts.join('.');
  const line = from.imports.get(parts[0] ?? '')?.line ?? from.stars[0]?.line;
  return new InputError(
    `\`${name}\` is imported through more than ${MAX_RESOLVE_DEPTH} modules in a row (an import cycle, or a chain of re-exports); Lockstep stops rather than read it as an unknown type, which could hide a change`,
    { file: from.path, line, hint: `Import ${name} from the module that defines it, or break the import cycle.` },
  );
}

function external(qualified: string, known: boolean): Resolved {
  return { kind: 'external', qualified: canonicalName(qualified), known };
}

function qualify(binding: ImportBinding, names: string[]): string {
  return [binding.module, ...names].filter(Boolean).join('.');
}

function loadModule(path: string, text: string): LoadedModule {
  const module = parsePython(path, text).assertValidSyntax();
  const classes = new Map<string, PythonClass>();
  for (const cls of topLevelClasses(module)) classes.set(cls.name, cls);
  return { path, module, imports: importBindings(module), stars: starImports(module).reverse(), classes, aliases: moduleAliases(module) };
}

/** `Position = list[float]` and `Position: TypeAlias = ...` at module level. */
function moduleAliases(module: PythonModule): Map<string, PyExpr> {
  const aliases = new Map<string, PyExpr>();
  for (const statement of statementsOf(module.top)) {
    if (statement.name !== 'AssignStatement') continue;
    const children = childrenOf(statement);
    const assignOps = children.filter((c) => c.name === 'AssignOp');
    const [name] = children;
    if (assignOps.length !== 1 || name?.name !== 'VariableName') continue;
    const value = assignOps[0]?.nextSibling;
    if (!value) continue;
    aliases.set(module.textOf(name), liftExpression(module, value));
  }
  return aliases;
}
