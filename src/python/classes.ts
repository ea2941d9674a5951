/**
 * Class definitions of a module: name, line, base-class expressions, decorators,
 * keyword arguments (`metaclass=`, pydantic's `extra=`) and the body statements.
 */
import type { SyntaxNode } from '@lezer/common';
import { InputError } from '../errors.js';
import { childrenOf, parsePython, statementsOf, type PythonModule } from './parse.js';
import { liftArguments, liftExpression, type PyExpr } from './expressions.js';

export interface PythonClass {
  name: string;
  line: number;
  bases: PyExpr[];
  keywords: Record<string, PyExpr>;
  decorators: PyExpr[];
  /**
   * Statements of the body as the class runs them, in order (docstrings, assignments, methods,
   * nested classes): one-line statements flattened, the taken branch of an `if` whose condition
   * is a constant, every branch of one that is not.
   */
  body: SyntaxNode[];
  /** Lines of `if` statements in the body whose condition is not known statically (all branches read). */
  undecidedConditions: number[];
  /** Classes defined directly inside this one (nested enums). */
  nested: PythonClass[];
}

/** Top-level classes of a module, in source order. */
export function topLevelClasses(module: PythonModule): PythonClass[] {
  return classesIn(module, module.top);
}

function classesIn(module: PythonModule, container: SyntaxNode): PythonClass[] {
  const out: PythonClass[] = [];
  for (const statement of executedStatements(module, container).statements) {
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
  const executed = executedStatements(module, body);
  return {
    name: module.textOf(nameNode),
    line: module.lineAt(nameNode.from),
    bases: args,
    keywords,
    decorators: decoratorNodes.map((d) => decoratorExpression(module, d)),
    body: executed.statements,
    undecidedConditions: executed.undecided,
    nested: classesIn(module, body),
  };
}

/** `if` blocks nested deeper are not followed: the check stops (exit 2) rather than miss what they define. */
export const MAX_BLOCK_DEPTH = 32;

/** The statements of a block as they run (see PythonClass.body), with the lines of undecided `if`s. */
export function executedStatements(module: PythonModule, block: SyntaxNode, depth = 0): { statements: SyntaxNode[]; undecided: number[] } {
  const statements: SyntaxNode[] = [];
  const undecided: number[] = [];
  for (const statement of statementsOf(block)) {
    if (statement.name === ':') continue;
    if (statement.name !== 'IfStatement') {
      statements.push(statement);
      continue;
    }
    if (depth >= MAX_BLOCK_DEPTH) throw tooDeep(module, statement);
    const branches = ifBranches(module, statement);
    // Every branch that may run: not known false, up to the first known true one.
    const firstTrue = branches.findIndex((b) => b.value === true);
    const chosen = branches.slice(0, firstTrue < 0 ? branches.length : firstTrue + 1).filter((b) => b.value !== false);
    if (chosen.some((b) => b.value === undefined)) undecided.push(module.lineAt(statement.from));
    for (const branch of chosen) {
      const inner = executedStatements(module, branch.body, depth + 1);
      statements.push(...inner.statements);
      undecided.push(...inner.undecided);
    }
  }
  return { statements, undecided };
}

function tooDeep(module: PythonModule, statement: SyntaxNode): InputError {
  return new InputError(`\`if\` blocks nested more than ${MAX_BLOCK_DEPTH} levels deep; Lockstep does not read past that, so what they define could be missed`, {
    file: module.file,
    line: module.lineAt(statement.from),
    hint: 'Flatten the nested conditions (or move the class out of them); Lockstep stops here rather than read the class without them.',
  });
}

/** `if`/`elif`/`else` branches with the static value of their condition (`else` is true; undefined: unknown). */
function ifBranches(module: PythonModule, statement: SyntaxNode): { value: boolean | undefined; body: SyntaxNode }[] {
  const branches: { value: boolean | undefined; body: SyntaxNode }[] = [];
  const parts = childrenOf(statement);
  parts.forEach((part, i) => {
    const [next, body] = [parts[i + 1], parts[i + 2]];
    if (part.name === 'else' && next?.name === 'Body') branches.push({ value: true, body: next });
    else if ((part.name === 'if' || part.name === 'elif') && next && body?.name === 'Body') branches.push({ value: staticTruth(module, next), body });
  });
  return branches;
}

/** The truth of a condition made of constants (`True`, `0`, `None`, `"x"`, `not …`, `TYPE_CHECKING`), else undefined. */
function staticTruth(module: PythonModule, node: SyntaxNode, depth = 0): boolean | undefined {
  if (depth > 16) return undefined;
  const text = module.textOf(node);
  switch (node.name) {
    case 'Boolean':
      return text === 'True';
    case 'None':
      return false;
    case 'Number':
      return Number(text.replace(/_/g, '')) !== 0;
    case 'String':
      return !/^[a-zA-Z]*(''|""||"""""")$/.test(text);
    case 'ParenthesizedExpression': {
      const inner = childrenOf(node).find((c) => c.name !== '(' && c.name !== ')');
      return inner ? staticTruth(module, inner, depth + 1) : undefined;
    }
    case 'UnaryExpression': {
      const [op, operand] = childrenOf(node);
      const value = op?.name === 'not' && operand ? staticTruth(module, operand, depth + 1) : undefined;
      return value === undefined ? undefined : !value;
    }
    case 'VariableName':
    case 'MemberExpression':
      // typing.TYPE_CHECKING is False when the code runs.
      return text === 'TYPE_CHECKING' || /^[\w.]+\.TYPE_CHECKING$/.test(text) ? false : undefined;
    default:
      return undefined;
  }
}

/** `@dataclass(frozen=True)` → the call; `@dataclasses.dataclass` → the name. */
function decoratorExpression(module: PythonModule, decorator: SyntaxNode): PyExpr {
  const written = module.decoratorExpressions.get(decorator.from);
  if (written !== undefined) return anyExpressionDecorator(module, decorator, written);
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

/**
 * A PEP 614 decorator (`@(dataclass)`, `@[dataclass][0]`): the expression parsed on its own, at
 * its own line, with constant subscripts of a list or tuple display taken statically.
 */
function anyExpressionDecorator(module: PythonModule, decorator: SyntaxNode, written: string): PyExpr {
  const line = module.lineAt(decorator.from);
  const inner = parsePython(module.file, '\n'.repeat(line - 1) + `(${written})`);
  const statement = statementsOf(inner.top)[0];
  const expression = statement?.name === 'ExpressionStatement' ? statement.firstChild : null;
  if (!expression || inner.syntaxErrors().length) return { kind: 'other', text: written, line };
  return liftExpression(inner, constantSubscript(inner, expression));
}

/** `[a, b][1]` / `(a, b)[0]` → `b` / `a`; anything else is itself. Parentheses are looked through. */
function constantSubscript(module: PythonModule, node: SyntaxNode, depth = 0): SyntaxNode {
  if (depth > 16) return node;
  if (node.name === 'ParenthesizedExpression') {
    const inner = childrenOf(node).find((c) => c.name !== '(' && c.name !== ')');
    return inner ? constantSubscript(module, inner, depth + 1) : node;
  }
  if (node.name !== 'MemberExpression') return node;
  const [target, open, index, close] = childrenOf(node);
  if (open?.name !== '[' || close?.name !== ']' || index?.name !== 'Number' || !target) return node;
  const container = constantSubscript(module, target, depth + 1);
  if (container.name !== 'ArrayExpression' && container.name !== 'TupleExpression') return node;
  const items = childrenOf(container).filter((c) => !['[', ']', '(', ')', ','].includes(c.name));
  const at = Number(module.textOf(index));
  const item = Number.isInteger(at) ? items.at(at) : undefined;
  return item ? constantSubscript(module, item, depth + 1) : node;
}
