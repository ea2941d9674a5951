/**
 * The slice of Python expressions a schema is written in (names, attribute
 * access, subscripts, `|` unions, calls, constants), lifted from the syntax tree
 * into a small tree of its own so the schema code never touches grammar nodes.
 */
import type { SyntaxNode } from '@lezer/common';
import { childrenOf, hasLength, type PythonModule } from './parse.js';
import { concatenatedStringValue } from './strings.js';

export type PyConst = string | number | boolean | null;

export type PyExpr =
  | { kind: 'name'; parts: string[]; line: number }
  | { kind: 'subscript'; target: PyExpr; args: PyExpr[]; line: number }
  | { kind: 'union'; left: PyExpr; right: PyExpr; line: number }
  | { kind: 'call'; callee: PyExpr; args: PyExpr[]; keywords: Record<string, PyExpr>; line: number; text: string }
  | { kind: 'const'; value: PyConst; line: number; text: string }
  | { kind: 'string'; value: string; line: number; text: string }
  | { kind: 'ellipsis'; line: number }
  | { kind: 'other'; text: string; line: number };

const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.', 'Comment']);

/** Lift one expression node; anything outside the supported slice becomes `other` with its text. */
export function liftExpression(module: PythonModule, node: SyntaxNode, depth = 0): PyExpr {
  const line = module.lineAt(node.from);
  const text = module.textOf(node);
  if (depth > 64) return { kind: 'other', text, line };
  const at: Site = { line, text };
  switch (node.name) {
    case 'VariableName':
      return { kind: 'name', parts: [text], line };
    case 'None':
      return { kind: 'const', value: null, line, text };
    case 'Boolean':
      return { kind: 'const', value: text === 'True', line, text };
    case 'Number': {
      const value = Number(text.replace(/_/g, ''));
      return Number.isFinite(value) ? { kind: 'const', value, line, text } : { kind: 'other', text, line };
    }
    case 'String':
    case 'FormatString': {
      const value = concatenatedStringValue(text);
      return value === undefined ? { kind: 'other', text, line } : { kind: 'string', value, line, text };
    }
    case 'Ellipsis':
      return { kind: 'ellipsis', line };
    case 'ParenthesizedExpression': {
      const [inner] = childrenOf(node).filter((c) => !PUNCTUATION.has(c.name));
      return inner ? liftExpression(module, inner, depth + 1) : { kind: 'other', text, line };
    }
    case 'UnaryExpression':
      return liftUnary(module, node, depth, at);
    case 'BinaryExpression':
      return liftUnion(module, node, depth, at);
    case 'MemberExpression':
      return liftMember(module, node, depth, at);
    case 'CallExpression':
      return liftCall(module, node, depth, at);
    default:
      return { kind: 'other', text, line };
  }
}

/** The line and source text of the node being lifted (what `other` keeps). */
interface Site {
  line: number;
  text: string;
}

/** `-1` is a negative number; any other unary expression is `other`. */
function liftUnary(module: PythonModule, node: SyntaxNode, depth: number, { line, text }: Site): PyExpr {
  const [op, operand] = childrenOf(node);
  const lifted = operand ? liftExpression(module, operand, depth + 1) : undefined;
  if (op && module.textOf(op) === '-' && lifted?.kind === 'const' && typeof lifted.value === 'number') return { kind: 'const', value: -lifted.value, line, text };
  return { kind: 'other', text, line };
}

/** `A | B` is a union; any other binary expression is `other`. */
function liftUnion(module: PythonModule, node: SyntaxNode, depth: number, { line, text }: Site): PyExpr {
  const children = childrenOf(node);
  const op = children.find((c) => c.name === 'BitOp' && module.textOf(c) === '|');
  if (op && hasLength(children, 3))
    return { kind: 'union', left: liftExpression(module, children[0], depth + 1), right: liftExpression(module, children[2], depth + 1), line };
  return { kind: 'other', text, line };
}

/** `a.b` (a dotted name) or `a[x, y]` (a subscript). */
function liftMember(module: PythonModule, node: SyntaxNode, depth: number, { line, text }: Site): PyExpr {
  const children = childrenOf(node);
  const target = children[0];
  if (!target) return { kind: 'other', text, line };
  const lifted = liftExpression(module, target, depth + 1);
  if (children[1]?.name === '.') {
    const property = children[2];
    if (lifted.kind === 'name' && property?.name === 'PropertyName') return { kind: 'name', parts: [...lifted.parts, module.textOf(property)], line };
    return { kind: 'other', text, line };
  }
  if (children[1]?.name === '[') {
    const args = children.slice(2).filter((c) => !PUNCTUATION.has(c.name));
    return { kind: 'subscript', target: lifted, args: flattenTuple(module, args, depth), line };
  }
  return { kind: 'other', text, line };
}

function liftCall(module: PythonModule, node: SyntaxNode, depth: number, { line, text }: Site): PyExpr {
  const [callee, argList] = childrenOf(node);
  if (!callee || argList?.name !== 'ArgList') return { kind: 'other', text, line };
  const { args, keywords } = liftArguments(module, argList, depth);
  return { kind: 'call', callee: liftExpression(module, callee, depth + 1), args, keywords, line, text };
}

/** `x[a, b]` may arrive as one TupleExpression; subscripts want the items. */
function flattenTuple(module: PythonModule, nodes: SyntaxNode[], depth: number): PyExpr[] {
  if (hasLength(nodes, 1) && nodes[0].name === 'TupleExpression')
    return childrenOf(nodes[0]).filter((c) => !PUNCTUATION.has(c.name)).map((c) => liftExpression(module, c, depth + 1));
  return nodes.map((c) => liftExpression(module, c, depth + 1));
}

/** Positional and keyword arguments of an ArgList (`f(a, b=1)`); `*x`/`**y` are skipped. */
export function liftArguments(module: PythonModule, argList: SyntaxNode, depth = 0): { args: PyExpr[]; keywords: Record<string, PyExpr> } {
  const args: PyExpr[] = [];
  const keywords: Record<string, PyExpr> = Object.create(null) as Record<string, PyExpr>;
  const children = childrenOf(argList).filter((c) => !PUNCTUATION.has(c.name));
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const value = children[i + 2];
    if (!child) continue;
    if (child.name === 'VariableName' && children[i + 1]?.name === 'AssignOp' && value) {
      keywords[module.textOf(child)] = liftExpression(module, value, depth + 1);
      i += 2;
    } else if (child.name === 'ArithOp' || child.name === '*' || child.name === '**') {
      i += 1; // *args / **kwargs: value unknown statically
    } else args.push(liftExpression(module, child, depth + 1));
  }
  return { args, keywords };
}

export function dottedName(expr: PyExpr): string | undefined {
  return expr.kind === 'name' ? expr.parts.join('.') : undefined;
}
