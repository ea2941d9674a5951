/**
 * A module as units of code that run at different times: the module level (run on import,
 * class bodies, decorators and default values included), each top-level function and each
 * method (run when called). For each unit: the names it refers to (`raw`, `shared.raw.get`),
 * the modules it imports, and whether it imports by a name built at run time. Reachability
 * (env/reachability.ts) follows these from a workload's own files.
 */
import type { SyntaxNode } from '@lezer/common';
import { importsOf, type ImportEntry } from './imports.js';
import { childrenOf, hasLength, type PythonModule } from './parse.js';

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
  const { code, units: defined } = collect(module, module.top, '');
  const units = new Map<string, Unit>([['', unitOf('', 1, module.lineAt(module.text.length), code)]]);
  // In order, a later definition of a name replacing an earlier one (as Python rebinds it).
  for (const unit of defined) units.set(unit.name, unit);
  const spans = [...units.values()].filter((unit) => unit.name !== '' && unit.to >= unit.from).sort((a, b) => b.from - a.from);
  return {
    units,
    unitAt: (line) => spans.find((unit) => unit.from <= line && line <= unit.to)?.name ?? '',
  };
}

/** What a piece of code refers to and imports, in order. */
interface Code {
  refs: string[];
  imports: UnitImport[];
  dynamic: boolean;
}

/** What a stretch of statements adds to the unit it runs in, and the units it defines, in order. */
interface Collected {
  code: Code;
  units: Unit[];
}

const NO_CODE: Code = { refs: [], imports: [], dynamic: false };

function unitOf(name: string, from: number, to: number, code: Code): Unit {
  return { name, refs: new Set(code.refs), imports: [...code.imports], dynamic: code.dynamic, from, to };
}

function joinCode(parts: Code[]): Code {
  return { refs: parts.flatMap((part) => part.refs), imports: parts.flatMap((part) => part.imports), dynamic: parts.some((part) => part.dynamic) };
}

function joinCollected(parts: Collected[]): Collected {
  return { code: joinCode(parts.map((part) => part.code)), units: parts.flatMap((part) => part.units) };
}

/** The statements of `node`; definitions met at class or module level open new units. */
function collect(module: PythonModule, node: SyntaxNode, prefix: string): Collected {
  return joinCollected(childrenOf(node).map((child) => collectStatement(module, child, prefix)));
}

function collectStatement(module: PythonModule, child: SyntaxNode, prefix: string): Collected {
  if (child.name === 'FunctionDefinition' || child.name === 'ClassDefinition') return definition(module, child, prefix);
  if (child.name === 'DecoratedStatement') {
    return joinCollected(childrenOf(child).map((part) => (part.name === 'Decorator' ? { code: references(module, part), units: [] } : definition(module, part, prefix))));
  }
  if (child.name === 'ImportStatement') return { code: { ...NO_CODE, imports: importsOf(module, child) }, units: [] };
  if (isCompound(child)) return collect(module, child, prefix);
  return { code: references(module, child), units: [] };
}

/** Statements whose bodies still run at the enclosing level (if/try/for/with/while bodies). */
function isCompound(node: SyntaxNode): boolean {
  return /^(If|Try|For|While|With|Match)Statement$|^Body$|^MatchBody$|^MatchClause$/.test(node.name);
}

function definition(module: PythonModule, node: SyntaxNode, prefix: string): Collected {
  if (node.name !== 'FunctionDefinition' && node.name !== 'ClassDefinition') return { code: references(module, node), units: [] };
  const parts = childrenOf(node);
  const nameNode = parts.find((part) => part.name === 'VariableName');
  const body = parts.find((part) => part.name === 'Body');
  const name = `${prefix}${nameNode ? module.textOf(nameNode) : '?'}`;
  // Parameters' defaults, annotations and base classes run where the definition runs.
  const header = joinCode(parts.filter((part) => part !== body && part !== nameNode).map((part) => references(module, part)));
  if (!body) return { code: header, units: [] };
  if (node.name === 'ClassDefinition') {
    const inside = collect(module, body, `${name}.`); // the class body runs with the module
    return { code: joinCode([header, inside.code]), units: [unitOf(name, 0, -1, NO_CODE), ...inside.units] };
  }
  // Functions and methods open units; anything defined inside a function belongs to it.
  return { code: header, units: [unitOf(name, module.lineAt(node.from), module.lineAt(node.to), references(module, body))] };
}

/** Every name a piece of code refers to, imports (anywhere inside) and dynamic imports included. */
function references(module: PythonModule, node: SyntaxNode): Code {
  const refs: string[] = [];
  const imports: UnitImport[] = [];
  let dynamic = false;
  const visit = (current: SyntaxNode): void => {
    if (current.name === 'ImportStatement') {
      imports.push(...importsOf(module, current));
      return;
    }
    if (current.name === 'VariableName') {
      const text = module.textOf(current);
      if (DYNAMIC_IMPORTS.has(text)) dynamic = true;
      refs.push(chainFrom(module, current, text));
      return;
    }
    if (current.name === 'PropertyName' && DYNAMIC_IMPORTS.has(module.textOf(current))) dynamic = true;
    for (let child = current.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(node);
  return { refs, imports, dynamic };
}

/** `a` followed by `.b.c` (plain attributes) → `a.b.c`. */
function chainFrom(module: PythonModule, start: SyntaxNode, text: string): string {
  let chain = text;
  let node = start;
  while (node.parent?.name === 'MemberExpression' && node.parent.firstChild?.from === node.from && node.parent.firstChild.to === node.to) {
    const parts = childrenOf(node.parent);
    if (!hasLength(parts, 3) || parts[1].name !== '.' || parts[2].name !== 'PropertyName') break;
    chain += `.${module.textOf(parts[2])}`;
    node = node.parent;
  }
  return chain;
}
