/**
 * A module as units of code that run at different times: the module level (run on import,
 * class bodies, decorators and default values included), each top-level function and each
 * method (run when called). For each unit: the names it refers to (`raw`, `shared.raw.get`),
 * the modules it imports, and whether it imports by a name built at run time. Reachability
 * (env/reachability.ts) follows these from a workload's own files.
 */
import type { SyntaxNode } from '@lezer/common';
import { importsOf, type ImportEntry } from './imports.js';
import { childrenOf, type PythonModule } from './parse.js';

/** One import in a unit: what it loads, and the name it binds. */
export type UnitImport = ImportEntry;

export interface Unit {
  /** '' for the module level, `f` for a function, `C.m` for a method, `C` for a class (no code of its own). */
  name: string;
  /** Names referred to, as dotted chains of plain attributes (`shared.raw.get_raw_path`). */
  refs: Set<string>;
  imports: UnitImport[];
  /** The unit imports by a run-time name (`importlib.import_module`, `__import__`). */
  dynamic: boolean;
  /** Lines the unit's own code spans (functions and methods; the module level owns the rest). */
  from: number;
  to: number;
}

export interface ModuleUnits {
  units: Map<string, Unit>;
  /** The unit whose code holds a line. */
  unitAt: (line: number) => string;
}

const DYNAMIC_IMPORTS = new Set(['import_module', '__import__']);

export function moduleUnits(module: PythonModule): ModuleUnits {
  const units = new Map<string, Unit>();
  const top = newUnit('', 1, module.lineAt(module.text.length));
  units.set('', top);
  collect(module, module.top, top, '', units);
  const spans = [...units.values()].filter((unit) => unit.name !== '' && unit.to >= unit.from).sort((a, b) => b.from - a.from);
  return {
    units,
    unitAt: (line) => spans.find((unit) => unit.from <= line && line <= unit.to)?.name ?? '',
  };
}

function newUnit(name: string, from: number, to: number): Unit {
  return { name, refs: new Set(), imports: [], dynamic: false, from, to };
}

/** Walks statements of `node` into `unit`; definitions met at class or module level open new units. */
function collect(module: PythonModule, node: SyntaxNode, unit: Unit, prefix: string, units: Map<string, Unit>): void {
  for (const child of childrenOf(node)) {
    if (child.name === 'FunctionDefinition' || child.name === 'ClassDefinition') {
      definition(module, child, unit, prefix, units);
    } else if (child.name === 'DecoratedStatement') {
      for (const part of childrenOf(child)) {
        if (part.name === 'Decorator') references(module, part, unit);
        else definition(module, part, unit, prefix, units);
      }
    } else if (child.name === 'ImportStatement') {
      unit.imports.push(...importsOf(module, child));
    } else if (isCompound(child)) {
      collect(module, child, unit, prefix, units);
    } else {
      references(module, child, unit);
    }
  }
}

/** Statements whose bodies still run at the enclosing level (if/try/for/with/while bodies). */
function isCompound(node: SyntaxNode): boolean {
  return /^(If|Try|For|While|With|Match)Statement$|^Body$|^MatchBody$|^MatchClause$/.test(node.name);
}

function definition(module: PythonModule, node: SyntaxNode, unit: Unit, prefix: string, units: Map<string, Unit>): void {
  if (node.name !== 'FunctionDefinition' && node.name !== 'ClassDefinition') return references(module, node, unit);
  const parts = childrenOf(node);
  const nameNode = parts.find((part) => part.name === 'VariableName');
  const body = parts.find((part) => part.name === 'Body');
  const name = `${prefix}${nameNode ? module.textOf(nameNode) : '?'}`;
  // Parameters' defaults, annotations and base classes run where the definition runs.
  for (const part of parts) if (part !== body && part !== nameNode) references(module, part, unit);
  if (!body) return;
  if (node.name === 'ClassDefinition') {
    units.set(name, newUnit(name, 0, -1));
    collect(module, body, unit, `${name}.`, units); // the class body runs with the module
    return;
  }
  // Functions and methods open units; anything defined inside a function belongs to it.
  const own = newUnit(name, module.lineAt(node.from), module.lineAt(node.to));
  units.set(name, own);
  references(module, body, own);
}

/** Every name a piece of code refers to, imports (anywhere inside) and dynamic imports included. */
function references(module: PythonModule, node: SyntaxNode, unit: Unit): void {
  if (node.name === 'ImportStatement') {
    unit.imports.push(...importsOf(module, node));
    return;
  }
  if (node.name === 'VariableName') {
    const text = module.textOf(node);
    if (DYNAMIC_IMPORTS.has(text)) unit.dynamic = true;
    unit.refs.add(chainFrom(module, node, text));
    return;
  }
  if (node.name === 'PropertyName' && DYNAMIC_IMPORTS.has(module.textOf(node))) unit.dynamic = true;
  for (let child = node.firstChild; child; child = child.nextSibling) references(module, child, unit);
}

/** `a` followed by `.b.c` (plain attributes) → `a.b.c`. */
function chainFrom(module: PythonModule, start: SyntaxNode, text: string): string {
  let chain = text;
  let node = start;
  while (node.parent?.name === 'MemberExpression' && node.parent.firstChild?.from === node.from && node.parent.firstChild.to === node.to) {
    const parts = childrenOf(node.parent);
    if (parts.length !== 3 || parts[1].name !== '.' || parts[2].name !== 'PropertyName') break;
    chain += `.${module.textOf(parts[2])}`;
    node = node.parent;
  }
  return chain;
}
