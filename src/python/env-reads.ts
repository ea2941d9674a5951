/**
 * Environment-variable reads in one Python module, found on the syntax tree (never by
 * running the code): `os.environ["X"]`, `os.environ.get("X", d)`, `os.getenv("X", d)`,
 * `os.environ.setdefault`, `os.environ.pop`, `"X" in os.environ`, with `environ`/`getenv`
 * imported from os under any alias. A read inside `try: … except KeyError:` with a fallback
 * handler is optional (one whose handler exits, re-raises or is broad stays required); a
 * read inside a branch is required only under the branch's condition, which is kept as text.
 */
import type { SyntaxNode } from '@lezer/common';
import { importsOf } from './imports.js';
import { childrenOf, hasLength, statementsOf, type PythonModule } from './parse.js';
import { settingsModelFields } from './settings-models.js';
import { strLiteralValue } from './strings.js';

/** `model`: a field of a settings model read from the environment (see settings-models.ts). */
export type EnvReadKind = 'subscript' | 'get' | 'getenv' | 'setdefault' | 'pop' | 'contains' | 'model';

export interface EnvRead {
  /** The variable name, or — when `resolved` is false — the source text of the expression that builds it. */
  name: string;
  /** False when the name is built at run time (f-string, a variable that is not a module-level string constant). */
  resolved: boolean;
  kind: EnvReadKind;
  /** True when a missing variable makes the code fail (a plain subscript outside a KeyError guard). */
  required: boolean;
  /** Source text of the default, or null when there is none. */
  default: string | null;
  /** The branch condition(s) the read sits under, joined with ` and `, or null when it always runs. */
  condition: string | null;
  /** The read sits in a `try:` whose KeyError handler goes on with a fallback (so it is optional whatever its syntax). */
  guarded: boolean;
  /**
   * Environment variables the condition is computed from (read in the condition itself, or in
   * the module-level assignment of a name it uses: `flag = os.environ.get("FLAG", "0") == "1"`),
   * and whether every condition is positive (no `not`, `else`, `or` fallback).
   */
  flags?: { names: string[]; positive: boolean };
  /**
   * The statement the read sits in, with the variable's name blanked (`timeout = os.environ[…]`):
   * a read removed and another added in the same statement is a rename.
   */
  statement: string;
  file: string;
  line: number;
}

interface Scope {
  conditions: string[];
  /** The condition expressions, for the variables they are computed from. */
  conditionNodes: Array<{ node: SyntaxNode; positive: boolean }>;
  guarded: boolean;
}

/** Names the module binds to `os`, `os.environ` and `os.getenv`. */
interface OsBindings {
  os: Set<string>;
  environ: Set<string>;
  getenv: Set<string>;
  /** Module-level `NAME = "literal"` constants, used to resolve `os.environ[NAME]`. */
  constants: Map<string, string>;
  /** Module-level `name = <expression reading env vars>`: name → the variables it is computed from, and its text. */
  derived: Map<string, { names: string[]; text: string }>;
}

/** Conditions that are true whenever the service runs; a read under them is not conditional. */
const ALWAYS_TRUE_CONDITIONS = new Set(['__name__ == "__main__"', "__name__ == '__main__'"]);

/** What every step of the walk reads from: the module and the names it binds to os. */
interface Walk {
  module: PythonModule;
  bindings: OsBindings;
}

function topScope(): Scope {
  return { conditions: [], conditionNodes: [], guarded: false };
}

export function findEnvReads(module: PythonModule): EnvRead[] {
  const walk: Walk = { module, bindings: collectBindings(module) };
  const { bindings } = walk;
  const reads = bindings.os.size > 0 || bindings.environ.size > 0 || bindings.getenv.size > 0 ? visit(walk, module.top, topScope()) : [];
  const modelReads = settingsModelFields(module, (node) => isEnviron(walk, node)).map((field): EnvRead => {
    const { name, required, line, statement } = field;
    return { name, resolved: true, kind: 'model', required, default: field.default, condition: null, guarded: false, statement, file: module.file, line };
  });
  return [...reads, ...modelReads];
}

function collectBindings(module: PythonModule): OsBindings {
  const bindings: OsBindings = { os: new Set(), environ: new Set(), getenv: new Set(), constants: new Map(), derived: new Map() };
  const walk: Walk = { module, bindings };
  module.tree.iterate({
    enter: (ref) => {
      if (ref.name === 'ImportStatement') {
        for (const { as, bound } of osImports(module, ref.node)) bindings[as].add(bound);
        return false;
      }
      return undefined;
    },
  });
  // Module-level constants and aliases such as `ENV = os.environ`.
  for (const statement of statementsOf(module.top)) {
    const assignment = simpleAssignment(statement);
    if (!assignment) continue;
    const targetName = module.textOf(assignment.target);
    const literal = stringLiteral(module, assignment.value);
    if (literal !== null) bindings.constants.set(targetName, literal);
    else if (isEnviron(walk, assignment.value)) bindings.environ.add(targetName);
    else if (isGetenv(walk, assignment.value)) bindings.getenv.add(targetName);
  }
  // Names computed from env reads, once every alias is known.
  for (const statement of statementsOf(module.top)) {
    const assignment = simpleAssignment(statement);
    if (!assignment) continue;
    const names = envNamesIn(walk, assignment.value);
    if (names.length) bindings.derived.set(module.textOf(assignment.target), { names, text: module.textOf(assignment.value) });
  }
  return bindings;
}

/** `name = value` (one plain name on the left): its two sides, else null. */
function simpleAssignment(statement: SyntaxNode): { target: SyntaxNode; value: SyntaxNode } | null {
  if (statement.name !== 'AssignStatement') return null;
  const parts = childrenOf(statement);
  if (!hasLength(parts, 3) || parts[0].name !== 'VariableName') return null;
  return { target: parts[0], value: parts[2] };
}

/** Resolved names of the env vars read inside an expression. */
function envNamesIn(walk: Walk, node: SyntaxNode): string[] {
  const found = visit(walk, node, topScope());
  return [...new Set(found.filter((read) => read.resolved).map((read) => read.name))];
}

/** The names an import binds to os, environ or getenv: `import os [as o]`, `import os.path` (binds os too), `from os import environ [as e], getenv`. */
function osImports(module: PythonModule, statement: SyntaxNode): Array<{ as: 'os' | 'environ' | 'getenv'; bound: string }> {
  const found: Array<{ as: 'os' | 'environ' | 'getenv'; bound: string }> = [];
  for (const { module: path, level, name, bound, aliased } of importsOf(module, statement)) {
    if (bound === undefined) continue;
    if (name === undefined && (aliased ? path === 'os' : bound === 'os')) found.push({ as: 'os', bound });
    if (name === 'environ' && level === 0 && path === 'os') found.push({ as: 'environ', bound });
    if (name === 'getenv' && level === 0 && path === 'os') found.push({ as: 'getenv', bound });
  }
  return found;
}

function isEnviron(walk: Walk, node: SyntaxNode): boolean {
  return isOsMember(walk, node, 'environ');
}

function isGetenv(walk: Walk, node: SyntaxNode): boolean {
  return isOsMember(walk, node, 'getenv');
}

/** `os.<member>` under any alias of os, or a name imported as it (`from os import environ as env`). */
function isOsMember({ module, bindings }: Walk, node: SyntaxNode, member: 'environ' | 'getenv'): boolean {
  if (node.name === 'VariableName') return bindings[member].has(module.textOf(node));
  if (node.name !== 'MemberExpression') return false;
  const parts = childrenOf(node);
  return (
    hasLength(parts, 3) &&
    parts[0].name === 'VariableName' &&
    bindings.os.has(module.textOf(parts[0])) &&
    parts[1].name === '.' &&
    module.textOf(parts[2]) === member
  );
}

/**
 * The value of a str literal (implicit concatenation included; no f-string, no bytes), else
 * null. Decoding is python/strings.ts's, the one decoder of Python string literals.
 */
export function stringLiteral(module: PythonModule, node: SyntaxNode): string | null {
  // `"S3_" "BUCKET"` is a ContinuedString node: one str known before run time unless a part is an f-string.
  if (node.name !== 'String' && node.name !== 'ContinuedString') return null;
  return strLiteralValue(module.textOf(node)) ?? null;
}

/** The reads under a node, in source order. */
function visit(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] {
  switch (node.name) {
    case 'IfStatement':
      return visitIf(walk, node, scope);
    case 'ConditionalExpression':
      return visitConditionalExpression(walk, node, scope);
    case 'TryStatement':
      return visitTry(walk, node, scope);
    case 'AssignStatement':
    case 'DeleteStatement':
      return visitWrites(walk, node, scope);
    case 'MemberExpression':
      return recordSubscript(walk, node, scope) ?? visitChildren(walk, node, scope);
    case 'CallExpression':
      return recordCall(walk, node, scope) ?? visitChildren(walk, node, scope);
    case 'BinaryExpression':
      return recordContains(walk, node, scope) ?? visitShortCircuit(walk, node, scope) ?? visitChildren(walk, node, scope);
    case 'MatchClause':
      return visitMatchClause(walk, node, scope);
  }
  return visitChildren(walk, node, scope);
}

/** No reads: shared, so the many nodes without any allocate nothing. */
const NONE: readonly EnvRead[] = Object.freeze([]);

function visitChildren(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] {
  let found: Array<readonly EnvRead[]> | null = null;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const reads = visit(walk, child, scope);
    if (reads.length) (found ??= []).push(reads);
  }
  if (!found) return NONE;
  return found.length === 1 ? (found[0] ?? NONE) : found.flat();
}

function underCondition(scope: Scope, condition: string, node?: SyntaxNode, positive = true): Scope {
  if (ALWAYS_TRUE_CONDITIONS.has(condition)) return scope;
  const conditionNodes = node ? [...scope.conditionNodes, { node, positive }] : scope.conditionNodes;
  return { ...scope, conditions: [...scope.conditions, condition], conditionNodes };
}

function negate(conditions: string[]): string {
  const joined = conditions.length === 1 ? (conditions[0] ?? '') : conditions.map((c) => `(${c})`).join(' or ');
  return /^[\w.]+$/.test(joined) ? `not ${joined}` : `not (${joined})`;
}

function visitIf(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] {
  const reads: EnvRead[] = [];
  const previous: string[] = [];
  const previousNodes: SyntaxNode[] = [];
  let pending: string | null = null;
  for (const part of childrenOf(node)) {
    if (part.name === 'if' || part.name === 'elif' || part.name === 'else') {
      pending = part.name;
      continue;
    }
    if (part.name === 'Body') {
      reads.push(...visit(walk, part, branchScope(scope, pending === 'else', previous, previousNodes)));
      pending = null;
      continue;
    }
    if (pending === 'if' || pending === 'elif') {
      // The condition expression itself runs whenever the statement is reached.
      reads.push(...visit(walk, part, scope));
      previous.push(walk.module.textOf(part).replace(/\s+/g, ' '));
      previousNodes.push(part);
    }
  }
  return reads;
}

/** The scope of an if/elif/else body, given the conditions met so far. */
function branchScope(scope: Scope, isElse: boolean, previous: string[], previousNodes: SyntaxNode[]): Scope {
  if (isElse) return underCondition(scope, negate(previous), previousNodes[0], false);
  const condition = previous[previous.length - 1];
  // Only the first branch holds exactly when its condition does (an elif also needs the earlier ones false).
  return condition === undefined ? scope : underCondition(scope, condition, previousNodes[previousNodes.length - 1], previous.length === 1);
}

function visitConditionalExpression(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] {
  const parts = childrenOf(node);
  const ifIndex = parts.findIndex((part) => part.name === 'if');
  const elseIndex = parts.findIndex((part) => part.name === 'else');
  const condition = parts[ifIndex + 1];
  if (ifIndex < 1 || elseIndex < 0 || !condition) return visitChildren(walk, node, scope);
  const conditionText = walk.module.textOf(condition).replace(/\s+/g, ' ');
  return [
    ...visit(walk, condition, scope),
    ...parts.slice(0, ifIndex).flatMap((part) => visit(walk, part, underCondition(scope, conditionText, condition, true))),
    ...parts.slice(elseIndex + 1).flatMap((part) => visit(walk, part, underCondition(scope, negate([conditionText]), condition, false))),
  ];
}

/** `flag and os.environ["X"]` reads X only when flag holds; `a or os.environ["X"]` only when a does not. Null for another operator. */
function visitShortCircuit(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] | null {
  const parts = childrenOf(node);
  if (!hasLength(parts, 3) || (parts[1].name !== 'and' && parts[1].name !== 'or')) return null;
  const [leftNode, operator, right] = parts;
  const left = walk.module.textOf(leftNode).replace(/\s+/g, ' ');
  const isAnd = operator.name === 'and';
  return [...visit(walk, leftNode, scope), ...visit(walk, right, underCondition(scope, isAnd ? left : negate([left]), leftNode, isAnd))];
}

/** `match subject: case pattern [if guard]:` — the clause body runs only when the pattern matches. */
function visitMatchClause(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] {
  const { module } = walk;
  const statement = node.parent?.parent;
  const subject = statement?.name === 'MatchStatement' ? childrenOf(statement)[1] : undefined;
  const parts = childrenOf(node);
  const pattern = parts[1];
  const guard = parts.find((part) => part.name === 'Guard');
  let condition = `${subject ? module.textOf(subject) : '?'} matches ${pattern ? module.textOf(pattern) : '?'}`;
  if (guard) condition += ` ${module.textOf(guard)}`;
  return parts.flatMap((part) =>
    part.name === 'Body' ? visit(walk, part, underCondition(scope, condition.replace(/\s+/g, ' '), pattern, false)) : visit(walk, part, scope),
  );
}

/**
 * A `try:` body is guarded (its reads optional) only when the first handler that catches a
 * missing variable catches it by name (`KeyError`, `LookupError`) and goes on with a fallback.
 * A broad handler (`except Exception:`, bare `except:`) proves no fallback, and a handler that
 * re-raises, exits or returns an error code keeps the read required: PP's initializer reads
 * CENTRAL_REPO that way, and dropping it from the chart must not read as safe.
 */
function visitTry(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] {
  const parts = childrenOf(node);
  const handling = keyErrorHandling(walk.module, parts);
  const bodyScope = handling === null ? scope : { ...scope, guarded: handling === 'fallback' };
  const firstBody = parts.findIndex((part) => part.name === 'Body');
  return parts.flatMap((part, index) => visit(walk, part, index === firstBody ? bodyScope : scope));
}

const NARROW_CATCHERS = new Set(['KeyError', 'LookupError']);
const BROAD_CATCHERS = new Set(['Exception', 'BaseException']);
/** Calls that end the process. */
const EXIT_CALLS = new Set(['sys.exit', 'exit', 'quit', 'os._exit', 'os.abort', '_exit']);

/** What the first handler that catches a KeyError does with it; null when none catches it. */
function keyErrorHandling(module: PythonModule, parts: readonly SyntaxNode[]): 'fallback' | 'fails' | null {
  for (const [i, part] of parts.entries()) {
    if (part.name !== 'except') continue;
    const body = parts.slice(i + 1).find((next) => next.name === 'Body');
    const caught = caughtNames(module, parts.slice(i + 1, body ? parts.indexOf(body, i) : parts.length));
    const narrow = caught.some((name) => NARROW_CATCHERS.has(name));
    const broad = caught.length === 0 || caught.some((name) => BROAD_CATCHERS.has(name));
    if (!narrow && !broad) continue;
    return narrow && body && !handlerFails(module, body) ? 'fallback' : 'fails';
  }
  return null;
}

/** The class names an `except` clause lists (before `as`), without a `builtins.` prefix; [] for a bare except. */
function caughtNames(module: PythonModule, clause: readonly SyntaxNode[]): string[] {
  const asIndex = clause.findIndex((part) => part.name === 'as');
  const listed = asIndex < 0 ? clause : clause.slice(0, asIndex);
  const names = listed.flatMap((part) => (part.name === 'TupleExpression' || part.name === 'ParenthesizedExpression' ? childrenOf(part) : [part]));
  return names.filter((part) => !['(', ')', ',', '*'].includes(part.name)).map((part) => module.textOf(part).replace(/^builtins\./, ''));
}

/** The handler re-raises, exits, or returns an error code (a non-zero integer), outside any nested definition. */
function handlerFails(module: PythonModule, body: SyntaxNode): boolean {
  let fails = false;
  body.toTree().iterate({
    enter: (ref) => {
      if (fails || ref.name === 'FunctionDefinition' || ref.name === 'ClassDefinition' || ref.name === 'LambdaExpression') return false;
      const text = () => module.text.slice(body.from + ref.from, body.from + ref.to);
      if (ref.name === 'RaiseStatement') fails = true;
      else if (ref.name === 'CallExpression') fails = EXIT_CALLS.has(/^[\w.]+/.exec(text())?.[0] ?? '');
      else if (ref.name === 'ReturnStatement') fails = /^return\s+(?:-\s*)?[1-9]\d*\s*$/.test(text().replace(/\s+/g, ' '));
      return undefined;
    },
  });
  return fails;
}

/** `os.environ["X"] = v` and `del os.environ["X"]` write the environment; only the value side is visited. */
function visitWrites(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] {
  const parts = childrenOf(node);
  const lastAssign = node.name === 'AssignStatement' ? parts.map((p) => p.name).lastIndexOf('AssignOp') : parts.length;
  return parts.flatMap((part, index) => {
    const isTarget = index < lastAssign && part.name === 'MemberExpression' && subscriptObject(walk, part) !== null;
    return isTarget ? [] : visit(walk, part, scope);
  });
}

/** The key node of `<environ>[key]`, or null. */
function subscriptObject(walk: Walk, node: SyntaxNode): SyntaxNode | null {
  const parts = childrenOf(node);
  if (hasLength(parts, 4) && parts[1].name === '[' && parts[3].name === ']' && isEnviron(walk, parts[0])) return parts[2];
  return null;
}

/** `os.environ[key]`: its read and the reads in the key; null when the node is another subscript. */
function recordSubscript(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] | null {
  const key = subscriptObject(walk, node);
  if (!key) return null;
  const read = makeRead(walk, scope, { node, key, kind: 'subscript', required: !scope.guarded, defaultText: null });
  return [read, ...visit(walk, key, scope)];
}

/** `os.getenv(…)`, `os.environ.get/setdefault/pop(…)`: its read and the reads in its arguments; null for another call. */
function recordCall(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] | null {
  const { module } = walk;
  const [callee, args] = childrenOf(node);
  if (!callee || args?.name !== 'ArgList') return null;
  const kind = callKind(walk, callee);
  if (!kind) return null;
  const { positional, keywords } = splitArguments(module, args);
  const key = positional[0] ?? keywords.get('key');
  if (!key) return null;
  const defaultNode = positional[1] ?? keywords.get('default') ?? keywords.get('value');
  const required = kind === 'pop' && !defaultNode && !scope.guarded;
  const defaultText = defaultNode ? module.textOf(defaultNode) : null;
  // Arguments may hold further reads (`os.getenv("A", os.environ["B"])`).
  return [makeRead(walk, scope, { node, key, kind, required, defaultText }), ...visitChildren(walk, args, scope)];
}

/** Which env-reading call a callee makes, or null. */
function callKind(walk: Walk, callee: SyntaxNode): 'getenv' | 'get' | 'setdefault' | 'pop' | null {
  if (isGetenv(walk, callee)) return 'getenv';
  if (callee.name !== 'MemberExpression') return null;
  const parts = childrenOf(callee);
  const [object] = parts;
  const method = hasLength(parts, 3) && parts[1].name === '.' ? walk.module.textOf(parts[2]) : '';
  if (object && isEnviron(walk, object) && (method === 'get' || method === 'setdefault' || method === 'pop')) return method;
  return null;
}

function splitArguments(module: PythonModule, args: SyntaxNode): { positional: SyntaxNode[]; keywords: Map<string, SyntaxNode> } {
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  const parts = childrenOf(args).filter((part) => part.name !== '(' && part.name !== ')');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const value = parts[i + 2];
    if (!part || part.name === ',') continue;
    if (part.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp' && value) {
      keywords.set(module.textOf(part), value);
      i += 2;
      continue;
    }
    positional.push(part);
  }
  return { positional, keywords };
}

/** `"X" in os.environ`: its read and the reads in the key; null for another binary expression. */
function recordContains(walk: Walk, node: SyntaxNode, scope: Scope): readonly EnvRead[] | null {
  const parts = childrenOf(node);
  const inIndex = parts.findIndex((part) => part.name === 'in');
  const [key] = parts;
  const container = parts[inIndex + 1];
  if (inIndex < 1 || !key || !container || inIndex + 2 !== parts.length || !isEnviron(walk, container)) return null;
  const read = makeRead(walk, scope, { node, key, kind: 'contains', required: false, defaultText: null });
  return [read, ...visit(walk, key, scope)];
}

/**
 * What a conditional read's condition is computed from. `positive` says the condition can only
 * hold when those variables are set to something truthy: every branch taken when its test is
 * true, and no test (nor the assignment of a name it uses) negates, compares with `!=`/`is`,
 * falls back with `or`, or compares with a falsy literal. Only then does "the flag is unset and
 * its default is falsy" mean "the condition is off" (see analyze-chart).
 */
function flagsOf(walk: Walk, scope: Scope): { names: string[]; positive: boolean } {
  const { module, bindings } = walk;
  const names = new Set<string>();
  const texts: string[] = [];
  for (const { node } of scope.conditionNodes) {
    texts.push(module.textOf(node));
    for (const name of envNamesIn(walk, node)) names.add(name);
    node.toTree().iterate({
      enter: (ref) => {
        if (ref.name !== 'VariableName') return;
        const derived = bindings.derived.get(module.text.slice(node.from + ref.from, node.from + ref.to));
        if (!derived) return;
        texts.push(derived.text);
        for (const name of derived.names) names.add(name);
      },
    });
  }
  const branchesPositive = scope.conditionNodes.length === scope.conditions.length && scope.conditionNodes.every((condition) => condition.positive);
  return { names: [...names].sort(), positive: branchesPositive && texts.every(isMonotone) };
}

/** Python literals that make a flag false: "0", "", "false", False, None, 0 (the one list; analyze-chart asks isFalsyLiteral). */
const FALSY_LITERAL = String.raw`(?:"0"|'0'|""|''|"false"|'false'|"False"|'False'|False|None|0)`;
const FALSY_ONLY = new RegExp(`^${FALSY_LITERAL}$`);

/** True when a default's source text is one of the falsy literals. */
export function isFalsyLiteral(text: string): boolean {
  return FALSY_ONLY.test(text.trim());
}
const NON_MONOTONE = new RegExp(String.raw`\bnot\b|!=|\bor\b|\bis\b|==\s*${FALSY_LITERAL}(?![\w.])|(?<![\w.])${FALSY_LITERAL}\s*==`);

function isMonotone(text: string): boolean {
  return !NON_MONOTONE.test(text);
}

/** Where and how a read is written: the expression, its key, its syntax, whether it is required, and its default's text. */
interface ReadSite {
  node: SyntaxNode;
  key: SyntaxNode;
  kind: EnvReadKind;
  required: boolean;
  defaultText: string | null;
}

function makeRead(walk: Walk, scope: Scope, { node, key, kind, required, defaultText }: ReadSite): EnvRead {
  const { module, bindings } = walk;
  let name = stringLiteral(module, key);
  if (name === null && key.name === 'VariableName') name = bindings.constants.get(module.textOf(key)) ?? null;
  return {
    name: name ?? module.textOf(key).replace(/\s+/g, ' '),
    resolved: name !== null,
    kind,
    required,
    default: defaultText,
    condition: scope.conditions.length ? scope.conditions.join(' and ') : null,
    guarded: scope.guarded,
    ...(scope.conditions.length ? { flags: flagsOf(walk, scope) } : {}),
    statement: statementPattern(module, node, key),
    file: module.file,
    line: module.lineAt(node.from),
  };
}

/** The enclosing statement's text with the key blanked and white space folded. */
function statementPattern(module: PythonModule, node: SyntaxNode, key: SyntaxNode): string {
  let statement: SyntaxNode = node;
  while (statement.parent && !/Statement$/.test(statement.name) && statement.parent.name !== 'Body' && statement.parent.name !== 'Script') {
    statement = statement.parent;
  }
  const text = module.text.slice(statement.from, key.from) + '…' + module.text.slice(key.to, statement.to);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
