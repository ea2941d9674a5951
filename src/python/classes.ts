/**
 * Class definitions of a module: name, line, base-class expressions, decorators,
 * keyword arguments (`metaclass=`, pydantic's `extra=`) and the body statements.
 */
import type { SyntaxNode } from '@lezer/common';
import { childrenOf, type PythonModule } from './parse.js';
import { liftArguments, liftExpression, type PyExpr } from './expressions.js';

export interface PythonClass {
  name: string;
  line: number;
  bases: PyExpr[];
  keywords: Record<string, PyExpr>;
  decorators: PyExpr[];
  /** Statements of the body, in order (docstrings, assignments, methods, nested classes). */
  body: SyntaxNode[];
  /** Classes defined directly inside this one (nested enums). */
  nested: PythonClass[];
}

/** Top-level classes of a module, in source order. */
export function topLevelClasses(module: PythonModule): PythonClass[] {
  return classesIn(module, module.top);
}

function classesIn(module: PythonModule, container: SyntaxNode): PythonClass[] {
  const out: PythonClass[] = [];
  for (const statement of childrenOf(container)) {
    const found = classOf(module, statement);
    if (found) out.push(found);
  }
  return out;
}

function classOf(module: PythonModule, statement: SyntaxNode): PythonClass | undefined {
  let decoratorNodes: SyntaxNode[] = [];
  let definition: SyntaxNode | null = statement;
  if (statement.name === 'DecoratedStatement') {
    decoratorNodes = childrenOf(statement).filter((c) => c.name === 'Decorator');
    definition = statement.getChild('ClassDefinition');
  }
  if (!definition || definition.name !== 'ClassDefinition') return undefined;
  const nameNode = definition.getChild('VariableName');
  const body = definition.getChild('Body');
  if (!nameNode || !body) return undefined;
  const argList = definition.getChild('ArgList');
  const { args, keywords } = argList ? liftArguments(module, argList) : { args: [], keywords: {} };
  return {
    name: module.textOf(nameNode),
    line: module.lineAt(nameNode.from),
    bases: args,
    keywords,
    decorators: decoratorNodes.map((d) => decoratorExpression(module, d)),
    body: childrenOf(body).filter((c) => c.name !== ':'),
    nested: classesIn(module, body),
  };
}

/** `@dataclass(frozen=True)` → the call; `@dataclasses.dataclass` → the name. */
function decoratorExpression(module: PythonModule, decorator: SyntaxNode): PyExpr {
  const parts = childrenOf(decorator).filter((c) => c.name !== 'At');
  const line = module.lineAt(decorator.from);
  const names = parts.filter((c) => c.name === 'VariableName' || c.name === 'PropertyName').map((c) => module.textOf(c));
  const argList = parts.find((c) => c.name === 'ArgList');
  // Decorators come as a flat list of tokens (VariableName . PropertyName ArgList) or one expression.
  const expression = parts.find((c) => c.name === 'CallExpression' || c.name === 'MemberExpression');
  if (expression) return liftExpression(module, expression);
  const callee: PyExpr = { kind: 'name', parts: names, line };
  if (!argList) return callee;
  const { args, keywords } = liftArguments(module, argList);
  return { kind: 'call', callee, args, keywords, line, text: module.textOf(decorator) };
}
