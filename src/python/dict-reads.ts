/**
 * The keys a decoder function reads from the dict it is given (`FannedOutVisit.from_dict(d)`),
 * read from the syntax tree, never run: `d["key"]` is required, `d.get("key"[, default])` and
 * `d.pop("key", default)` optional, and what is done to each value right away says which wire
 * values it takes (`int(...)`, a str method, passed to the constructor, an enum call). Any other
 * use of `d` (`**d`, a loop over it, a computed key, `d` passed on) cannot be read key by key and
 * is refused (exit 2) with its file:line and the forms that are read.
 */
import type { SyntaxNode } from '@lezer/common';
import { InputError } from '../errors.js';
import { childrenOf, hasLength, statementsOf, type PythonModule } from './parse.js';
import { concatenatedStringValue } from './strings.js';
import { liftExpression, type PyConst } from './expressions.js';

/** What the function does to the value of a key, the first thing it does. */
export type ValueUse =
  /** `int(d["k"])`: the builtin decides what it takes. */
  | { kind: 'converted'; conversion: string; enumName?: string }
  /** `d["k"].replace(...)`: only a str has the method. */
  | { kind: 'text'; method: string }
  /** `cls(k=d["k"])`: the value goes to the constructor as it came. */
  | { kind: 'passed'; keyword: string; callee: string; enumName?: string };

export interface KeyRead {
  key: string;
  required: boolean;
  /** Source text of the default of `.get`/`.pop` (`None` when `.get` has none). */
  default?: string;
  /** The default's value when it is a literal (`None`, `0`, `"x"`); absent when it is not. */
  defaultValue?: { value: PyConst };
  use: ValueUse;
  line: number;
}

export interface DecoderFunction {
  /** `Class.method` or `function`. */
  qualifiedName: string;
  line: number;
  /** The name the dict is bound to (`fan_out_visit_dict`). */
  parameter: string;
  reads: KeyRead[];
}

/** Builtins whose call on the value decides the wire types accepted (see src/schema/function-decoder.ts). */
export const CONVERSION_NAMES = new Set(['int', 'float', 'str', 'bool']);
/** Methods only a str has among JSON values: calling one means the value must be a str. */
export const TEXT_METHODS = new Set([
  'replace', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'lower', 'upper', 'casefold', 'startswith', 'endswith',
  'splitlines', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'encode', 'isdigit', 'isnumeric', 'isdecimal',
]);

const READ_FORMS = 'expected `d["key"]`, `d.get("key")`, `d.get("key", default)` or `d.pop("key", default)` with a literal key';
const USE_FORMS =
  'expected the value passed to the constructor as a keyword (`cls(key=d["key"])`), through int()/float()/str()/bool(), an enum of the message (`cls.Dome(int(d["dome"]))`), or a str method (`d["key"].split(",")`)';
const HINT = 'Lockstep reads the decoder function without running it; write the read in one of these forms, or use `decoder: strict` / `pydantic`.';
/** Bounds the walk over a function body (every loop bounded). */
const MAX_NODES = 200_000;

export class FunctionNotFoundError extends InputError {
  constructor(
    readonly qualifiedName: string,
    file: string,
  ) {
    super(`decoder function ${qualifiedName} not found in ${file}`, {
      file,
      hint: 'Check `decoder: {function: PATH.py#Class.method}` (a method of a top-level class, or a module-level function).',
    });
  }
}

/** The function `names` (`['FannedOutVisit', 'from_dict']` or `['decode']`) in a module, and the keys it reads. */
export function readDecoderFunction(module: PythonModule, names: string[]): DecoderFunction {
  const found = findFunction(module, module.top, names);
  if (!found) throw new FunctionNotFoundError(names.join('.'), module.file);
  const { definition, inClass, decorators } = found;
  const parameter = dictParameter(module, definition, inClass && !decorators.includes('staticmethod'), names.join('.'));
  const body = definition.getChild('Body');
  const reads: KeyRead[] = [];
  // Depth first, in source order, with a stack of its own: however deep the nesting, no recursion.
  const pending: SyntaxNode[] = body ? [body] : [];
  for (let seen = 0; pending.length; seen++) {
    if (seen > MAX_NODES) throw new InputError(`decoder function ${names.join('.')} is too large to read (over ${MAX_NODES} syntax nodes)`, { file: module.file, line: module.lineAt(definition.from), hint: HINT });
    const node = pending.pop()!;
    if (node.name === 'VariableName' && module.textOf(node) === parameter && !isKeywordName(node)) reads.push(readOf(module, node));
    pending.push(...childrenOf(node).reverse());
  }
  return { qualifiedName: names.join('.'), line: module.lineAt(definition.from), parameter, reads };
}

/** `d=...` in a call's arguments names a keyword, not the dict. */
function isKeywordName(node: SyntaxNode): boolean {
  return node.parent?.name === 'ArgList' && node.nextSibling?.name === 'AssignOp';
}

interface FoundFunction {
  definition: SyntaxNode;
  inClass: boolean;
  decorators: string[];
}

function findFunction(module: PythonModule, container: SyntaxNode, names: string[], inClass = false): FoundFunction | undefined {
  const [first, ...rest] = names;
  for (const statement of statementsOf(container)) {
    const definition = statement.name === 'DecoratedStatement' ? statement.lastChild : statement;
    const nameNode = definition?.getChild('VariableName');
    if (!definition || !nameNode || module.textOf(nameNode) !== first) continue;
    if (rest.length === 0 && definition.name === 'FunctionDefinition') {
      const decorators = statement.name === 'DecoratedStatement' ? childrenOf(statement).filter((d) => d.name === 'Decorator').map((d) => module.textOf(d).replace(/^@\s*/, '').trim()) : [];
      return { definition, inClass, decorators };
    }
    const body = definition.getChild('Body');
    if (rest.length && definition.name === 'ClassDefinition' && body) return findFunction(module, body, rest, true);
  }
  return undefined;
}

/** The dict parameter: the first one, after `self`/`cls` for a method. */
function dictParameter(module: PythonModule, definition: SyntaxNode, skipFirst: boolean, name: string): string {
  const params = childrenOf(definition.getChild('ParamList') ?? definition).filter((c) => c.name === 'VariableName').map((c) => module.textOf(c));
  const parameter = params[skipFirst ? 1 : 0];
  if (!parameter)
    throw new InputError(`decoder function ${name} takes no dict parameter`, { file: module.file, line: module.lineAt(definition.from), hint: 'The function must take the decoded message (a dict) as its first parameter (after `cls`/`self`).' });
  return parameter;
}

/** One occurrence of the dict parameter in the body: a read of one literal key, or refused. */
function readOf(module: PythonModule, node: SyntaxNode): KeyRead {
  const line = module.lineAt(node.from);
  const parent = node.parent;
  const refuse: Refuse = refuser(module, line);
  if (parent?.name === 'MemberExpression' && parent.firstChild?.from === node.from) {
    const bracket = parent.getChild('[');
    if (bracket) {
      const key = literalKey(module, bracket.nextSibling, parent.getChild(']'));
      if (key === undefined) refuse(`\`${clip(module.textOf(parent))}\` reads a key computed at run time`);
      return { key, required: true, use: useOf(module, parent), line };
    }
    const method = parent.getChild('PropertyName');
    const call = parent.parent;
    const methodName = method ? module.textOf(method) : '';
    if ((methodName === 'get' || methodName === 'pop') && call?.name === 'CallExpression' && call.firstChild?.from === parent.from) return methodRead(module, call, methodName, line);
    refuse(`\`${clip(module.textOf(parent))}\` uses the dict in a way that does not name a key`);
  }
  if (parent?.name === 'ArgList' && (node.prevSibling?.name === '**' || node.prevSibling?.name === 'ArithOp'))
    refuse(`\`**${module.textOf(node)}\` passes every key on: the keys read cannot be known`);
  if (parent?.name === 'ForStatement' || parent?.name === 'ComprehensionExpression' || parent?.name?.endsWith('ComprehensionExpression'))
    refuse(`a loop over \`${module.textOf(node)}\` reads keys only known at run time`);
  return refuse(`\`${clip(module.textOf(parent ?? node))}\` uses the dict in a way that does not name a key`);
}

type Refuse = (what: string) => never;

/** Refusing a read at a line: exit 2 naming the file and line, and the forms a read may take. */
function refuser(module: PythonModule, line: number): Refuse {
  return (what) => {
    throw new InputError(`decoder: ${what}: ${READ_FORMS}`, { file: module.file, line, hint: HINT });
  };
}

/** `d.get("k"[, default])` or `d.pop("k"[, default])`, read at `line`. */
function methodRead(module: PythonModule, call: SyntaxNode, method: string, line: number): KeyRead {
  const refuse: Refuse = refuser(module, line);
  const argList = call.getChild('ArgList');
  const args = argList ? childrenOf(argList).filter((c) => !['(', ')', ','].includes(c.name)) : [];
  const key = args[0] ? stringValue(module, args[0]) : undefined;
  if (key === undefined || args.length > 2 || args.some((a) => a.name === 'AssignOp' || a.name === '**' || a.name === 'ArithOp'))
    refuse(`\`${clip(module.textOf(call))}\` does not name one literal key`);
  const fallback = args[1] ? module.textOf(args[1]) : undefined;
  if (method === 'pop' && fallback === undefined) return { key, required: true, use: useOf(module, call), line };
  const lifted = args[1] ? liftExpression(module, args[1]) : undefined;
  const defaultValue = !lifted ? { value: null } : lifted.kind === 'const' || lifted.kind === 'string' ? { value: lifted.value } : undefined;
  return { key, required: false, default: fallback ?? 'None', ...(defaultValue ? { defaultValue } : {}), use: useOf(module, call), line };
}

/** What is done to the value at `read` (the subscript or the `.get` call), or refused. */
function useOf(module: PythonModule, node: SyntaxNode): ValueUse {
  const line = module.lineAt(node.from);
  const read = outerParentheses(node);
  const parent = read.parent;
  const keyword = keywordOf(module, read);
  if (keyword) return passedTo(module, read, keyword);
  if (parent?.name === 'ArgList' && onlyArgument(parent, read)) {
    const call = parent.parent;
    const callee = call?.firstChild ? module.textOf(call.firstChild) : '';
    if (call?.name === 'CallExpression' && CONVERSION_NAMES.has(callee)) {
      const converted = outerParentheses(call);
      const enumCall = converted.parent?.name === 'ArgList' && onlyArgument(converted.parent, converted) ? converted.parent.parent : undefined;
      if (enumCall?.name === 'CallExpression' && enumCall.firstChild && isEnumCallee(module, enumCall.firstChild))
        return { kind: 'converted', conversion: callee, enumName: lastName(module, enumCall.firstChild) };
      return { kind: 'converted', conversion: callee };
    }
    if (call?.name === 'CallExpression' && call.firstChild && isEnumCallee(module, call.firstChild)) {
      const kw = keywordOf(module, call);
      if (kw) return { ...passedTo(module, call, kw), enumName: lastName(module, call.firstChild) };
    }
  }
  if (parent?.name === 'MemberExpression' && parent.getChild('.')) {
    const method = parent.getChild('PropertyName');
    const name = method ? module.textOf(method) : '';
    if (TEXT_METHODS.has(name) && parent.parent?.name === 'CallExpression') return { kind: 'text', method: name };
  }
  throw new InputError(`decoder: \`${clip(module.textOf(parent ?? read))}\` does something to the value Lockstep does not read: ${USE_FORMS}`, { file: module.file, line, hint: HINT });
}

/** `((d["k"]))` is `d["k"]`: the outermost parentheses around a node (a loop up the tree, no recursion). */
function outerParentheses(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent?.name === 'ParenthesizedExpression') current = current.parent;
  return current;
}

/** `name=<node>` inside an argument list → name. */
function keywordOf(module: PythonModule, node: SyntaxNode): string | undefined {
  if (node.parent?.name !== 'ArgList') return undefined;
  const op = node.prevSibling;
  const name = op?.prevSibling;
  return op?.name === 'AssignOp' && name?.name === 'VariableName' ? module.textOf(name) : undefined;
}

function passedTo(module: PythonModule, node: SyntaxNode, keyword: string): Extract<ValueUse, { kind: 'passed' }> {
  const call = node.parent?.parent;
  const callee = call?.name === 'CallExpression' && call.firstChild ? module.textOf(call.firstChild) : '';
  return { kind: 'passed', keyword, callee };
}

function onlyArgument(argList: SyntaxNode, node: SyntaxNode): boolean {
  const args = childrenOf(argList).filter((c) => !['(', ')', ','].includes(c.name));
  return hasLength(args, 1) && args[0].from === node.from;
}

/** `Dome`, `cls.Dome`, `BareVisit.Dome`: a capitalised name, checked against the message's enums by the caller. */
function isEnumCallee(module: PythonModule, callee: SyntaxNode): boolean {
  if (callee.name !== 'VariableName' && callee.name !== 'MemberExpression') return false;
  return /^[A-Z]/.test(lastName(module, callee)) && !/[[(]/.test(module.textOf(callee));
}

function lastName(module: PythonModule, node: SyntaxNode): string {
  return module.textOf(node).split('.').pop()!.trim();
}

function literalKey(module: PythonModule, from: SyntaxNode | null, close: SyntaxNode | null): string | undefined {
  if (!from || !close || from.nextSibling?.from !== close.from) return undefined;
  return stringValue(module, from);
}

function stringValue(module: PythonModule, node: SyntaxNode): string | undefined {
  if (node.name !== 'String') return undefined;
  return concatenatedStringValue(module.textOf(node));
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
