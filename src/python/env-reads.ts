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
import { childrenOf, statementsOf, type PythonModule } from './parse.js';
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

export function findEnvReads(module: PythonModule): EnvRead[] {
  const bindings = collectBindings(module);
  const reads: EnvRead[] = [];
  if (bindings.os.size > 0 || bindings.environ.size > 0 || bindings.getenv.size > 0) {
    visit(module, module.top, { conditions: [], conditionNodes: [], guarded: false }, bindings, reads);
  }
  for (const field of settingsModelFields(module, (node) => isEnviron(module, node, bindings))) {
    const { name, required, line, statement } = field;
    reads.push({ name, resolved: true, kind: 'model', required, default: field.default, condition: null, guarded: false, statement, file: module.file, line });
  }
  return reads;
}

function collectBindings(module: PythonModule): OsBindings {
  const bindings: OsBindings = { os: new Set(), environ: new Set(), getenv: new Set(), constants: new Map(), derived: new Map() };
  module.tree.iterate({
    enter: (ref) => {
      if (ref.name === 'ImportStatement') {
        readImport(module, ref.node, bindings);
        return false;
      }
      return undefined;
    },
  });
  // Module-level constants and aliases such as `ENV = os.environ`.
  for (const statement of statementsOf(module.top)) {
    if (statement.name !== 'AssignStatement') continue;
    const parts = childrenOf(statement);
    const target = parts[0];
    const value = parts[parts.length - 1];
    if (parts.length !== 3 || target?.name !== 'VariableName' || !value) continue;
    const targetName = module.textOf(target);
    const literal = stringLiteral(module, value);
    if (literal !== null) bindings.constants.set(targetName, literal);
    else if (isEnviron(module, value, bindings)) bindings.environ.add(targetName);
    else if (isGetenv(module, value, bindings)) bindings.getenv.add(targetName);
  }
  // Names computed from env reads, once every alias is known.
  for (const statement of statementsOf(module.top)) {
    const parts = statement.name === 'AssignStatement' ? childrenOf(statement) : [];
    const value = parts[parts.length - 1];
    if (parts.length !== 3 || parts[0].name !== 'VariableName' || !value) continue;
    const names = envNamesIn(module, value, bindings);
    if (names.length) bindings.derived.set(module.textOf(parts[0]), { names, text: module.textOf(value) });
  }
  return bindings;
}

/** Resolved names of the env vars read inside an expression. */
function envNamesIn(module: PythonModule, node: SyntaxNode, bindings: OsBindings): string[] {
  const found: EnvRead[] = [];
  visit(module, node, { conditions: [], conditionNodes: [], guarded: false }, bindings, found);
  return [...new Set(found.filter((read) => read.resolved).map((read) => read.name))];
}

/** `import os [as o]`, `import os.path` (binds os too), `from os import environ [as e], getenv`. */
function readImport(module: PythonModule, statement: SyntaxNode, bindings: OsBindings): void {
  for (const { module: path, level, name, bound, aliased } of importsOf(module, statement)) {
    if (bound === undefined) continue;
    if (name === undefined && (aliased ? path === 'os' : bound === 'os')) bindings.os.add(bound);
    if (name === 'environ' && level === 0 && path === 'os') bindings.environ.add(bound);
    if (name === 'getenv' && level === 0 && path === 'os') bindings.getenv.add(bound);
  }
}

function isEnviron(module: PythonModule, node: SyntaxNode, bindings: OsBindings): boolean {
  return isOsMember(module, node, bindings.environ, bindings, 'environ');
}

function isGetenv(module: PythonModule, node: SyntaxNode, bindings: OsBindings): boolean {
  return isOsMember(module, node, bindings.getenv, bindings, 'getenv');
}

/** `os.<member>` under any alias of os, or a name imported as it (`from os import environ as env`). */
function isOsMember(module: PythonModule, node: SyntaxNode, importedAs: Set<string>, bindings: OsBindings, member: string): boolean {
  if (node.name === 'VariableName') return importedAs.has(module.textOf(node));
  if (node.name !== 'MemberExpression') return false;
  const parts = childrenOf(node);
  return (
    parts.length === 3 &&
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

function visit(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): void {
  switch (node.name) {
    case 'IfStatement':
      return visitIf(module, node, scope, bindings, reads);
    case 'ConditionalExpression':
      return visitConditionalExpression(module, node, scope, bindings, reads);
    case 'TryStatement':
      return visitTry(module, node, scope, bindings, reads);
    case 'AssignStatement':
    case 'DeleteStatement':
      return visitWrites(module, node, scope, bindings, reads);
    case 'MemberExpression':
      if (recordSubscript(module, node, scope, bindings, reads)) return;
      break;
    case 'CallExpression':
      if (recordCall(module, node, scope, bindings, reads)) {
        // Arguments may hold further reads (`os.getenv("A", os.environ["B"])`).
        const args = childrenOf(node).find((child) => child.name === 'ArgList');
        if (args) visitChildren(module, args, scope, bindings, reads);
        return;
      }
      break;
    case 'BinaryExpression':
      if (recordContains(module, node, scope, bindings, reads)) return;
      if (visitShortCircuit(module, node, scope, bindings, reads)) return;
      break;
    case 'MatchClause':
      return visitMatchClause(module, node, scope, bindings, reads);
  }
  visitChildren(module, node, scope, bindings, reads);
}

function visitChildren(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) visit(module, child, scope, bindings, reads);
}

function underCondition(scope: Scope, condition: string, node?: SyntaxNode, positive = true): Scope {
  if (ALWAYS_TRUE_CONDITIONS.has(condition)) return scope;
  const conditionNodes = node ? [...scope.conditionNodes, { node, positive }] : scope.conditionNodes;
  return { ...scope, conditions: [...scope.conditions, condition], conditionNodes };
}

function negate(conditions: string[]): string {
  const joined = conditions.length === 1 ? conditions[0] : conditions.map((c) => `(${c})`).join(' or ');
  return /^[\w.]+$/.test(joined) ? `not ${joined}` : `not (${joined})`;
}

function visitIf(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): void {
  const parts = childrenOf(node);
  const previous: string[] = [];
  const previousNodes: SyntaxNode[] = [];
  let pending: string | null = null;
  for (const part of parts) {
    if (part.name === 'if' || part.name === 'elif' || part.name === 'else') {
      pending = part.name;
      continue;
    }
    if (part.name === 'Body') {
      if (pending === 'else') {
        visit(module, part, underCondition(scope, negate(previous), previousNodes[0], false), bindings, reads);
      } else {
        const condition = previous[previous.length - 1];
        // Only the first branch holds exactly when its condition does (an elif also needs the earlier ones false).
        const inner = condition === undefined ? scope : underCondition(scope, condition, previousNodes[previousNodes.length - 1], previous.length === 1);
        visit(module, part, inner, bindings, reads);
      }
      pending = null;
      continue;
    }
    if (pending === 'if' || pending === 'elif') {
      // The condition expression itself runs whenever the statement is reached.
      visit(module, part, scope, bindings, reads);
      previous.push(module.textOf(part).replace(/\s+/g, ' '));
      previousNodes.push(part);
    }
  }
}

function visitConditionalExpression(
  module: PythonModule,
  node: SyntaxNode,
  scope: Scope,
  bindings: OsBindings,
  reads: EnvRead[],
): void {
  const parts = childrenOf(node);
  const ifIndex = parts.findIndex((part) => part.name === 'if');
  const elseIndex = parts.findIndex((part) => part.name === 'else');
  const condition = parts[ifIndex + 1];
  if (ifIndex < 1 || elseIndex < 0 || !condition) return visitChildren(module, node, scope, bindings, reads);
  const conditionText = module.textOf(condition).replace(/\s+/g, ' ');
  visit(module, condition, scope, bindings, reads);
  for (const part of parts.slice(0, ifIndex)) visit(module, part, underCondition(scope, conditionText, condition, true), bindings, reads);
  for (const part of parts.slice(elseIndex + 1)) visit(module, part, underCondition(scope, negate([conditionText]), condition, false), bindings, reads);
}

/** `flag and os.environ["X"]` reads X only when flag holds; `a or os.environ["X"]` only when a does not. */
function visitShortCircuit(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): boolean {
  const parts = childrenOf(node);
  if (parts.length !== 3 || (parts[1].name !== 'and' && parts[1].name !== 'or')) return false;
  const left = module.textOf(parts[0]).replace(/\s+/g, ' ');
  visit(module, parts[0], scope, bindings, reads);
  const isAnd = parts[1].name === 'and';
  visit(module, parts[2], underCondition(scope, isAnd ? left : negate([left]), parts[0], isAnd), bindings, reads);
  return true;
}

/** `match subject: case pattern [if guard]:` — the clause body runs only when the pattern matches. */
function visitMatchClause(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): void {
  const statement = node.parent?.parent;
  const subject = statement?.name === 'MatchStatement' ? childrenOf(statement)[1] : undefined;
  const parts = childrenOf(node);
  const pattern = parts[1];
  const guard = parts.find((part) => part.name === 'Guard');
  let condition = `${subject ? module.textOf(subject) : '?'} matches ${pattern ? module.textOf(pattern) : '?'}`;
  if (guard) condition += ` ${module.textOf(guard)}`;
  for (const part of parts) {
    if (part.name === 'Body') visit(module, part, underCondition(scope, condition.replace(/\s+/g, ' '), pattern, false), bindings, reads);
    else visit(module, part, scope, bindings, reads);
  }
}

/**
 * A `try:` body is guarded (its reads optional) only when the first handler that catches a
 * missing variable catches it by name (`KeyError`, `LookupError`) and goes on with a fallback.
 * A broad handler (`except Exception:`, bare `except:`) proves no fallback, and a handler that
 * re-raises, exits or returns an error code keeps the read required: PP's initializer reads
 * CENTRAL_REPO that way, and dropping it from the chart must not read as safe.
 */
function visitTry(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): void {
  const parts = childrenOf(node);
  const handling = keyErrorHandling(module, parts);
  const bodyScope = handling === null ? scope : { ...scope, guarded: handling === 'fallback' };
  let first = true;
  for (const part of parts) {
    if (part.name === 'Body' && first) {
      first = false;
      visit(module, part, bodyScope, bindings, reads);
    } else {
      visit(module, part, scope, bindings, reads);
    }
  }
}

const NARROW_CATCHERS = new Set(['KeyError', 'LookupError']);
const BROAD_CATCHERS = new Set(['Exception', 'BaseException']);
/** Calls that end the process. */
const EXIT_CALLS = new Set(['sys.exit', 'exit', 'quit', 'os._exit', 'os.abort', '_exit']);

/** What the first handler that catches a KeyError does with it; null when none catches it. */
function keyErrorHandling(module: PythonModule, parts: readonly SyntaxNode[]): 'fallback' | 'fails' | null {
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].name !== 'except') continue;
    const body = parts.slice(i + 1).find((part) => part.name === 'Body');
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
function visitWrites(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): void {
  const parts = childrenOf(node);
  const lastAssign = node.name === 'AssignStatement' ? parts.map((p) => p.name).lastIndexOf('AssignOp') : parts.length;
  parts.forEach((part, index) => {
    const isTarget = index < lastAssign && part.name === 'MemberExpression' && subscriptObject(module, part, bindings) !== null;
    if (!isTarget) visit(module, part, scope, bindings, reads);
  });
}

/** The key node of `<environ>[key]`, or null. */
function subscriptObject(module: PythonModule, node: SyntaxNode, bindings: OsBindings): SyntaxNode | null {
  const parts = childrenOf(node);
  if (parts.length === 4 && parts[1].name === '[' && parts[3].name === ']' && isEnviron(module, parts[0], bindings)) return parts[2];
  return null;
}

function recordSubscript(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): boolean {
  const key = subscriptObject(module, node, bindings);
  if (!key) return false;
  reads.push(makeRead(module, node, key, 'subscript', !scope.guarded, null, scope, bindings));
  visit(module, key, scope, bindings, reads);
  return true;
}

function recordCall(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): boolean {
  const [callee, args] = childrenOf(node);
  if (!callee || args?.name !== 'ArgList') return false;
  let kind: EnvReadKind | null = null;
  if (isGetenv(module, callee, bindings)) kind = 'getenv';
  else if (callee.name === 'MemberExpression') {
    const parts = childrenOf(callee);
    const method = parts.length === 3 && parts[1].name === '.' ? module.textOf(parts[2]) : '';
    if (isEnviron(module, parts[0], bindings) && (method === 'get' || method === 'setdefault' || method === 'pop')) kind = method;
  }
  if (!kind) return false;
  const { positional, keywords } = splitArguments(module, args);
  const key = positional[0] ?? keywords.get('key');
  if (!key) return false;
  const defaultNode = positional[1] ?? keywords.get('default') ?? keywords.get('value');
  const required = kind === 'pop' && !defaultNode && !scope.guarded;
  const defaultText = defaultNode ? module.textOf(defaultNode) : null;
  reads.push(makeRead(module, node, key, kind, required, defaultText, scope, bindings));
  return true;
}

function splitArguments(module: PythonModule, args: SyntaxNode): { positional: SyntaxNode[]; keywords: Map<string, SyntaxNode> } {
  const positional: SyntaxNode[] = [];
  const keywords = new Map<string, SyntaxNode>();
  const parts = childrenOf(args).filter((part) => part.name !== '(' && part.name !== ')');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.name === ',') continue;
    if (part.name === 'VariableName' && parts[i + 1]?.name === 'AssignOp' && parts[i + 2]) {
      keywords.set(module.textOf(part), parts[i + 2]);
      i += 2;
      continue;
    }
    positional.push(part);
  }
  return { positional, keywords };
}

function recordContains(module: PythonModule, node: SyntaxNode, scope: Scope, bindings: OsBindings, reads: EnvRead[]): boolean {
  const parts = childrenOf(node);
  const inIndex = parts.findIndex((part) => part.name === 'in');
  const container = parts[inIndex + 1];
  if (inIndex < 1 || !container || inIndex + 2 !== parts.length || !isEnviron(module, container, bindings)) return false;
  reads.push(makeRead(module, node, parts[0], 'contains', false, null, scope, bindings));
  visit(module, parts[0], scope, bindings, reads);
  return true;
}

/**
 * What a conditional read's condition is computed from. `positive` says the condition can only
 * hold when those variables are set to something truthy: every branch taken when its test is
 * true, and no test (nor the assignment of a name it uses) negates, compares with `!=`/`is`,
 * falls back with `or`, or compares with a falsy literal. Only then does "the flag is unset and
 * its default is falsy" mean "the condition is off" (see analyze-chart).
 */
function flagsOf(module: PythonModule, scope: Scope, bindings: OsBindings): { names: string[]; positive: boolean } {
  const names = new Set<string>();
  const texts: string[] = [];
  for (const { node } of scope.conditionNodes) {
    texts.push(module.textOf(node));
    for (const name of envNamesIn(module, node, bindings)) names.add(name);
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

function makeRead(
  module: PythonModule,
  node: SyntaxNode,
  key: SyntaxNode,
  kind: EnvReadKind,
  required: boolean,
  defaultText: string | null,
  scope: Scope,
  bindings: OsBindings,
): EnvRead {
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
    ...(scope.conditions.length ? { flags: flagsOf(module, scope, bindings) } : {}),
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
