export const id = 150;
export const ids = [150];
export const modules = {

/***/ 1282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   D3: () => (/* binding */ mergeValues),
/* harmony export */   TL: () => (/* binding */ splitKeyPath),
/* harmony export */   me: () => (/* binding */ evaluateClauses),
/* harmony export */   pi: () => (/* binding */ isMapping)
/* harmony export */ });
/* unused harmony export evaluateClause */
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function splitKeyPath(keyPath) {
    return keyPath.split('.').filter(Boolean);
}
function lookup(values, path) {
    let current = values;
    for (const step of path) {
        if (!isMapping(current))
            return undefined;
        current = current[step];
    }
    return current;
}
/** Helm's coalescing: maps merge key by key, anything else in `override` replaces; null deletes. */
function mergeValues(base, override) {
    const out = { ...base };
    for (const [key, value] of Object.entries(override)) {
        if (value === null)
            delete out[key];
        else if (isMapping(value) && isMapping(out[key]))
            out[key] = mergeValues(out[key], value);
        else
            out[key] = value;
    }
    return out;
}
/** Go template truthiness: false, 0, nil, "" and empty collections are false. */
function truthy(value) {
    if (value === undefined || value === null || value === false || value === 0 || value === '')
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    if (isMapping(value))
        return Object.keys(value).length > 0;
    return true;
}
const UNKNOWN = Symbol('unknown');
function evaluateClauses(clauses, values) {
    let result = true;
    for (const clause of clauses) {
        const truth = evaluateClause(clause, values);
        if (truth === false)
            return false;
        if (truth === 'unknown')
            result = 'unknown';
    }
    return result;
}
function evaluateClause(clause, values) {
    let value;
    try {
        value = evaluatePipeline(tokenize(clause.expression), values);
    }
    catch {
        value = UNKNOWN;
    }
    if (value === UNKNOWN)
        return 'unknown';
    const truth = truthy(value);
    return clause.negated ? !truth : truth;
}
function tokenize(expression) {
    const tokens = [];
    const pattern = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\(|\)|\||[^\s()|]+)/gy;
    for (let match = pattern.exec(expression); match; match = pattern.exec(expression))
        tokens.push(match[1] ?? '');
    if (tokens.join('').replace(/\s/g, '') !== expression.replace(/\s/g, ''))
        throw new Error('untokenizable');
    return tokens;
}
/** Supports a single command (no `|` pipes, no variables); anything else is unknown. */
function evaluatePipeline(tokens, values) {
    if (tokens.includes('|'))
        return UNKNOWN;
    let position = 0;
    const parseOperand = () => {
        const token = tokens[position++];
        if (token === undefined)
            throw new Error('missing operand');
        if (token === '(') {
            const args = [];
            while (tokens[position] !== ')') {
                if (position >= tokens.length)
                    throw new Error('unclosed');
                args.push(parseOperand());
            }
            position++;
            return apply(args);
        }
        return atom(token, values);
    };
    const args = [];
    while (position < tokens.length)
        args.push(parseOperand());
    return apply(args);
}
const FUNCTION = Symbol('function');
function atom(token, values) {
    if (/^".*"$/.test(token))
        return JSON.parse(token);
    if (/^`.*`$/.test(token))
        return token.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(token))
        return Number(token);
    if (token === 'true')
        return true;
    if (token === 'false')
        return false;
    if (token === 'nil')
        return null;
    const field = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(token);
    if (field)
        return lookup(values, splitKeyPath(field[1] ?? ''));
    if (['not', 'and', 'or', 'eq', 'ne', 'empty'].includes(token))
        return { [FUNCTION]: token };
    return UNKNOWN;
}
function apply(args) {
    const [head, ...rest] = args;
    if (args.length === 0)
        return UNKNOWN;
    if (!(typeof head === 'object' && head !== null && FUNCTION in head))
        return args.length === 1 ? head : UNKNOWN;
    const name = head[FUNCTION];
    // `and`/`or` short-circuit like Go templates: a known deciding operand wins over an unknown one.
    switch (name) {
        case 'not':
            return rest.length !== 1 || rest[0] === UNKNOWN ? UNKNOWN : !truthy(rest[0]);
        case 'empty':
            return rest.length !== 1 || rest[0] === UNKNOWN ? UNKNOWN : !truthy(rest[0]);
        case 'and': {
            if (rest.some((v) => v !== UNKNOWN && !truthy(v)))
                return false;
            return rest.some((v) => v === UNKNOWN) ? UNKNOWN : rest.length > 0 && rest.every(truthy);
        }
        case 'or': {
            if (rest.some((v) => v !== UNKNOWN && truthy(v)))
                return true;
            return rest.some((v) => v === UNKNOWN) ? UNKNOWN : false;
        }
        case 'eq':
        case 'ne': {
            if (rest.length < 2 || rest.includes(UNKNOWN))
                return UNKNOWN;
            const equal = rest.slice(1).some((v) => v === rest[0]);
            return name === 'eq' ? equal : !equal;
        }
    }
    return UNKNOWN;
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wu: () => (/* binding */ findEnvReads),
  hR: () => (/* binding */ isFalsyLiteral)
});

// UNUSED EXPORTS: stringLiteral

// EXTERNAL MODULE: ./build/src/python/imports.js
var imports = __webpack_require__(9658);
// EXTERNAL MODULE: ./build/src/python/parse.js
var parse = __webpack_require__(615);
// EXTERNAL MODULE: ./build/src/python/classes.js
var python_classes = __webpack_require__(2488);
// EXTERNAL MODULE: ./build/src/python/expressions.js
var expressions = __webpack_require__(8219);
;// CONCATENATED MODULE: ./build/src/python/settings-models.js



const VALIDATORS = new Set(['model_validate_strings', 'model_validate', 'parse_obj', 'validate']);
const SETTINGS_BASES = /(^|\.)BaseSettings$/;
const FIELD_CALLS = /(^|\.)(Field|field)$/;
/**
 * Fields read from the environment, per class: settings classes always, other classes when
 * some call in the module builds them from the environment (`isEnviron` says which
 * expressions are `os.environ` under the module's names).
 */
function settingsModelFields(module, isEnviron) {
    const classes = (0,python_classes/* topLevelClasses */.As)(module);
    const validated = classesBuiltFromEnviron(module, isEnviron);
    const out = [];
    for (const cls of classes) {
        const settings = cls.bases.some((base) => SETTINGS_BASES.test((0,expressions/* dottedName */._P)(base) ?? ''));
        if (!settings && !validated.has(cls.name))
            continue;
        const config = settings ? settingsConfig(module, cls) : { prefix: '', caseSensitive: true };
        out.push(...fieldsOf(module, cls, settings, config));
    }
    return out;
}
/** Names of classes some call builds from the environment: `C.model_validate_strings(dict(os.environ))`, `C(**os.environ)`. */
function classesBuiltFromEnviron(module, isEnviron) {
    const names = new Set();
    const environLike = (node) => {
        if (!node)
            return false;
        if (isEnviron(node))
            return true;
        // dict(os.environ), os.environ.copy(), {**os.environ}
        const parts = (0,parse/* childrenOf */.LU)(node);
        if (node.name === 'CallExpression') {
            const callee = parts[0];
            const args = parts[1] ? (0,parse/* childrenOf */.LU)(parts[1]).filter((c) => !['(', ')', ','].includes(c.name)) : [];
            if (callee?.name === 'VariableName' && module.textOf(callee) === 'dict' && args.length === 1)
                return environLike(args[0]);
            if (callee?.name === 'MemberExpression' && module.textOf((0,parse/* childrenOf */.LU)(callee)[2] ?? callee) === 'copy')
                return environLike((0,parse/* childrenOf */.LU)(callee)[0]);
        }
        if (node.name === 'DictionaryExpression')
            return parts.some((part, i) => part.name === '**' && environLike(parts[i + 1]));
        return false;
    };
    module.tree.iterate({
        enter: (ref) => {
            if (ref.name !== 'CallExpression')
                return;
            const [callee, argList] = (0,parse/* childrenOf */.LU)(ref.node);
            if (!callee || argList?.name !== 'ArgList')
                return;
            const args = (0,parse/* childrenOf */.LU)(argList).filter((c) => !['(', ')', ','].includes(c.name));
            if (callee.name === 'MemberExpression') {
                const parts = (0,parse/* childrenOf */.LU)(callee);
                const [object] = parts;
                const method = (0,parse/* hasLength */.JT)(parts, 3) ? module.textOf(parts[2]) : '';
                if (object?.name === 'VariableName' && VALIDATORS.has(method) && environLike(args[0]))
                    names.add(module.textOf(object));
            }
            else if (callee.name === 'VariableName') {
                const spread = args.findIndex((arg) => arg.name === '**');
                if (spread >= 0 && environLike(args[spread + 1]))
                    names.add(module.textOf(callee));
            }
        },
    });
    return names;
}
/** env_prefix and case_sensitive from `model_config = SettingsConfigDict(…)`, class keywords or `class Config`. */
function settingsConfig(module, cls) {
    const options = { ...cls.keywords };
    for (const statement of cls.body) {
        const assignment = assignmentOf(module, statement);
        if (assignment?.target === 'model_config' && assignment.value?.kind === 'call')
            Object.assign(options, assignment.value.keywords);
    }
    for (const inner of cls.nested.filter((nested) => nested.name === 'Config')) {
        for (const statement of inner.body) {
            const assignment = assignmentOf(module, statement);
            if (assignment?.value)
                options[assignment.target] = assignment.value;
        }
    }
    const prefix = options.env_prefix?.kind === 'string' ? options.env_prefix.value : '';
    const caseSensitive = options.case_sensitive?.kind === 'const' && options.case_sensitive.value === true;
    return { prefix, caseSensitive };
}
function fieldsOf(module, cls, settings, config) {
    const out = [];
    for (const statement of cls.body) {
        const assignment = assignmentOf(module, statement);
        if (!assignment?.annotated || assignment.target.startsWith('_') || assignment.target === 'model_config')
            continue;
        if (/^(typing\.)?ClassVar\b/.test(assignment.annotation))
            continue;
        const { required, defaultText, alias } = defaultOf(assignment.value);
        const envName = alias ?? `${config.prefix}${assignment.target}`;
        out.push({
            name: settings && !config.caseSensitive ? envName.toUpperCase() : envName,
            required,
            default: defaultText,
            line: module.lineAt(statement.from),
            statement: `${module.textOf(statement).replace(assignment.target, '…').replace(/\s+/g, ' ')}`.slice(0, 300),
        });
    }
    return out;
}
/** Required or not, the default's text, and the alias of a field whose value is `value`. */
function defaultOf(value) {
    if (!value)
        return { required: true, defaultText: null };
    if (value.kind === 'call' && FIELD_CALLS.test((0,expressions/* dottedName */._P)(value.callee) ?? '')) {
        const explicit = value.keywords.default ?? value.args[0];
        const factory = value.keywords.default_factory;
        const aliasExpr = value.keywords.validation_alias ?? value.keywords.alias;
        const alias = aliasExpr?.kind === 'string' ? aliasExpr.value : undefined;
        if (factory)
            return { required: false, defaultText: `${textOf(factory)}()`, alias };
        if (explicit && explicit.kind !== 'ellipsis')
            return { required: false, defaultText: textOf(explicit), alias };
        return { required: true, defaultText: null, alias };
    }
    return { required: false, defaultText: textOf(value) };
}
function textOf(expr) {
    if ('text' in expr)
        return expr.text;
    return (0,expressions/* dottedName */._P)(expr) ?? '…';
}
/** `name: annotation = value`, `name: annotation` or `name = value` at class level. */
function assignmentOf(module, statement) {
    if (statement.name !== 'AssignStatement')
        return undefined;
    const parts = (0,parse/* childrenOf */.LU)(statement);
    if (parts[0]?.name !== 'VariableName')
        return undefined;
    const typeDef = parts[1]?.name === 'TypeDef' ? parts[1] : undefined;
    const assignAt = parts.findIndex((part) => part.name === 'AssignOp');
    const valueNode = assignAt >= 0 ? parts[assignAt + 1] : undefined;
    if (assignAt >= 0 && parts.filter((part) => part.name === 'AssignOp').length > 1)
        return undefined;
    return {
        target: module.textOf(parts[0]),
        annotated: typeDef !== undefined,
        annotation: typeDef ? module.textOf(typeDef).replace(/^:\s*/, '') : '',
        value: valueNode ? (0,expressions/* liftExpression */.AW)(module, valueNode) : undefined,
    };
}

// EXTERNAL MODULE: ./build/src/python/strings.js
var strings = __webpack_require__(782);
;// CONCATENATED MODULE: ./build/src/python/env-reads.js




/** Conditions that are true whenever the service runs; a read under them is not conditional. */
const ALWAYS_TRUE_CONDITIONS = new Set(['__name__ == "__main__"', "__name__ == '__main__'"]);
function topScope() {
    return { conditions: [], conditionNodes: [], guarded: false };
}
function findEnvReads(module) {
    const walk = { module, bindings: collectBindings(module) };
    const { bindings } = walk;
    const reads = bindings.os.size > 0 || bindings.environ.size > 0 || bindings.getenv.size > 0 ? visit(walk, module.top, topScope()) : [];
    const modelReads = settingsModelFields(module, (node) => isEnviron(walk, node)).map((field) => {
        const { name, required, line, statement } = field;
        return { name, resolved: true, kind: 'model', required, default: field.default, condition: null, guarded: false, statement, file: module.file, line };
    });
    return [...reads, ...modelReads];
}
function collectBindings(module) {
    const bindings = { os: new Set(), environ: new Set(), getenv: new Set(), constants: new Map(), derived: new Map() };
    const walk = { module, bindings };
    module.tree.iterate({
        enter: (ref) => {
            if (ref.name === 'ImportStatement') {
                for (const { as, bound } of osImports(module, ref.node))
                    bindings[as].add(bound);
                return false;
            }
            return undefined;
        },
    });
    // Module-level constants and aliases such as `ENV = os.environ`.
    for (const statement of (0,parse/* statementsOf */.GX)(module.top)) {
        const assignment = simpleAssignment(statement);
        if (!assignment)
            continue;
        const targetName = module.textOf(assignment.target);
        const literal = stringLiteral(module, assignment.value);
        if (literal !== null)
            bindings.constants.set(targetName, literal);
        else if (isEnviron(walk, assignment.value))
            bindings.environ.add(targetName);
        else if (isGetenv(walk, assignment.value))
            bindings.getenv.add(targetName);
    }
    // Names computed from env reads, once every alias is known.
    for (const statement of (0,parse/* statementsOf */.GX)(module.top)) {
        const assignment = simpleAssignment(statement);
        if (!assignment)
            continue;
        const names = envNamesIn(walk, assignment.value);
        if (names.length)
            bindings.derived.set(module.textOf(assignment.target), { names, text: module.textOf(assignment.value) });
    }
    return bindings;
}
/** `name = value` (one plain name on the left): its two sides, else null. */
function simpleAssignment(statement) {
    if (statement.name !== 'AssignStatement')
        return null;
    const parts = (0,parse/* childrenOf */.LU)(statement);
    if (!(0,parse/* hasLength */.JT)(parts, 3) || parts[0].name !== 'VariableName')
        return null;
    return { target: parts[0], value: parts[2] };
}
/** Resolved names of the env vars read inside an expression. */
function envNamesIn(walk, node) {
    const found = visit(walk, node, topScope());
    return [...new Set(found.filter((read) => read.resolved).map((read) => read.name))];
}
/** The names an import binds to os, environ or getenv: `import os [as o]`, `import os.path` (binds os too), `from os import environ [as e], getenv`. */
function osImports(module, statement) {
    const found = [];
    for (const { module: path, level, name, bound, aliased } of (0,imports/* importsOf */.c5)(module, statement)) {
        if (bound === undefined)
            continue;
        if (name === undefined && (aliased ? path === 'os' : bound === 'os'))
            found.push({ as: 'os', bound });
        if (name === 'environ' && level === 0 && path === 'os')
            found.push({ as: 'environ', bound });
        if (name === 'getenv' && level === 0 && path === 'os')
            found.push({ as: 'getenv', bound });
    }
    return found;
}
function isEnviron(walk, node) {
    return isOsMember(walk, node, 'environ');
}
function isGetenv(walk, node) {
    return isOsMember(walk, node, 'getenv');
}
/** `os.<member>` under any alias of os, or a name imported as it (`from os import environ as env`). */
function isOsMember({ module, bindings }, node, member) {
    if (node.name === 'VariableName')
        return bindings[member].has(module.textOf(node));
    if (node.name !== 'MemberExpression')
        return false;
    const parts = (0,parse/* childrenOf */.LU)(node);
    return ((0,parse/* hasLength */.JT)(parts, 3) &&
        parts[0].name === 'VariableName' &&
        bindings.os.has(module.textOf(parts[0])) &&
        parts[1].name === '.' &&
        module.textOf(parts[2]) === member);
}
/**
 * The value of a str literal (implicit concatenation included; no f-string, no bytes), else
 * null. Decoding is python/strings.ts's, the one decoder of Python string literals.
 */
function stringLiteral(module, node) {
    // `"S3_" "BUCKET"` is a ContinuedString node: one str known before run time unless a part is an f-string.
    if (node.name !== 'String' && node.name !== 'ContinuedString')
        return null;
    return (0,strings/* strLiteralValue */.k7)(module.textOf(node)) ?? null;
}
/** The reads under a node, in source order. */
function visit(walk, node, scope) {
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
const NONE = Object.freeze([]);
function visitChildren(walk, node, scope) {
    let found = null;
    for (let child = node.firstChild; child; child = child.nextSibling) {
        const reads = visit(walk, child, scope);
        if (reads.length)
            (found ??= []).push(reads);
    }
    if (!found)
        return NONE;
    return found.length === 1 ? (found[0] ?? NONE) : found.flat();
}
function underCondition(scope, condition, node, positive = true) {
    if (ALWAYS_TRUE_CONDITIONS.has(condition))
        return scope;
    const conditionNodes = node ? [...scope.conditionNodes, { node, positive }] : scope.conditionNodes;
    return { ...scope, conditions: [...scope.conditions, condition], conditionNodes };
}
function negate(conditions) {
    const joined = conditions.length === 1 ? (conditions[0] ?? '') : conditions.map((c) => `(${c})`).join(' or ');
    return /^[\w.]+$/.test(joined) ? `not ${joined}` : `not (${joined})`;
}
function visitIf(walk, node, scope) {
    const reads = [];
    const previous = [];
    const previousNodes = [];
    let pending = null;
    for (const part of (0,parse/* childrenOf */.LU)(node)) {
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
function branchScope(scope, isElse, previous, previousNodes) {
    if (isElse)
        return underCondition(scope, negate(previous), previousNodes[0], false);
    const condition = previous[previous.length - 1];
    // Only the first branch holds exactly when its condition does (an elif also needs the earlier ones false).
    return condition === undefined ? scope : underCondition(scope, condition, previousNodes[previousNodes.length - 1], previous.length === 1);
}
function visitConditionalExpression(walk, node, scope) {
    const parts = (0,parse/* childrenOf */.LU)(node);
    const ifIndex = parts.findIndex((part) => part.name === 'if');
    const elseIndex = parts.findIndex((part) => part.name === 'else');
    const condition = parts[ifIndex + 1];
    if (ifIndex < 1 || elseIndex < 0 || !condition)
        return visitChildren(walk, node, scope);
    const conditionText = walk.module.textOf(condition).replace(/\s+/g, ' ');
    return [
        ...visit(walk, condition, scope),
        ...parts.slice(0, ifIndex).flatMap((part) => visit(walk, part, underCondition(scope, conditionText, condition, true))),
        ...parts.slice(elseIndex + 1).flatMap((part) => visit(walk, part, underCondition(scope, negate([conditionText]), condition, false))),
    ];
}
/** `flag and os.environ["X"]` reads X only when flag holds; `a or os.environ["X"]` only when a does not. Null for another operator. */
function visitShortCircuit(walk, node, scope) {
    const parts = (0,parse/* childrenOf */.LU)(node);
    if (!(0,parse/* hasLength */.JT)(parts, 3) || (parts[1].name !== 'and' && parts[1].name !== 'or'))
        return null;
    const [leftNode, operator, right] = parts;
    const left = walk.module.textOf(leftNode).replace(/\s+/g, ' ');
    const isAnd = operator.name === 'and';
    return [...visit(walk, leftNode, scope), ...visit(walk, right, underCondition(scope, isAnd ? left : negate([left]), leftNode, isAnd))];
}
/** `match subject: case pattern [if guard]:` — the clause body runs only when the pattern matches. */
function visitMatchClause(walk, node, scope) {
    const { module } = walk;
    const statement = node.parent?.parent;
    const subject = statement?.name === 'MatchStatement' ? (0,parse/* childrenOf */.LU)(statement)[1] : undefined;
    const parts = (0,parse/* childrenOf */.LU)(node);
    const pattern = parts[1];
    const guard = parts.find((part) => part.name === 'Guard');
    let condition = `${subject ? module.textOf(subject) : '?'} matches ${pattern ? module.textOf(pattern) : '?'}`;
    if (guard)
        condition += ` ${module.textOf(guard)}`;
    return parts.flatMap((part) => part.name === 'Body' ? visit(walk, part, underCondition(scope, condition.replace(/\s+/g, ' '), pattern, false)) : visit(walk, part, scope));
}
/**
 * A `try:` body is guarded (its reads optional) only when the first handler that catches a
 * missing variable catches it by name (`KeyError`, `LookupError`) and goes on with a fallback.
 * A broad handler (`except Exception:`, bare `except:`) proves no fallback, and a handler that
 * re-raises, exits or returns an error code keeps the read required: PP's initializer reads
 * CENTRAL_REPO that way, and dropping it from the chart must not read as safe.
 */
function visitTry(walk, node, scope) {
    const parts = (0,parse/* childrenOf */.LU)(node);
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
function keyErrorHandling(module, parts) {
    for (const [i, part] of parts.entries()) {
        if (part.name !== 'except')
            continue;
        const body = parts.slice(i + 1).find((next) => next.name === 'Body');
        const caught = caughtNames(module, parts.slice(i + 1, body ? parts.indexOf(body, i) : parts.length));
        const narrow = caught.some((name) => NARROW_CATCHERS.has(name));
        const broad = caught.length === 0 || caught.some((name) => BROAD_CATCHERS.has(name));
        if (!narrow && !broad)
            continue;
        return narrow && body && !handlerFails(module, body) ? 'fallback' : 'fails';
    }
    return null;
}
/** The class names an `except` clause lists (before `as`), without a `builtins.` prefix; [] for a bare except. */
function caughtNames(module, clause) {
    const asIndex = clause.findIndex((part) => part.name === 'as');
    const listed = asIndex < 0 ? clause : clause.slice(0, asIndex);
    const names = listed.flatMap((part) => (part.name === 'TupleExpression' || part.name === 'ParenthesizedExpression' ? (0,parse/* childrenOf */.LU)(part) : [part]));
    return names.filter((part) => !['(', ')', ',', '*'].includes(part.name)).map((part) => module.textOf(part).replace(/^builtins\./, ''));
}
/** The handler re-raises, exits, or returns an error code (a non-zero integer), outside any nested definition. */
function handlerFails(module, body) {
    let fails = false;
    body.toTree().iterate({
        enter: (ref) => {
            if (fails || ref.name === 'FunctionDefinition' || ref.name === 'ClassDefinition' || ref.name === 'LambdaExpression')
                return false;
            const text = () => module.text.slice(body.from + ref.from, body.from + ref.to);
            if (ref.name === 'RaiseStatement')
                fails = true;
            else if (ref.name === 'CallExpression')
                fails = EXIT_CALLS.has(/^[\w.]+/.exec(text())?.[0] ?? '');
            else if (ref.name === 'ReturnStatement')
                fails = /^return\s+(?:-\s*)?[1-9]\d*\s*$/.test(text().replace(/\s+/g, ' '));
            return undefined;
        },
    });
    return fails;
}
/** `os.environ["X"] = v` and `del os.environ["X"]` write the environment; only the value side is visited. */
function visitWrites(walk, node, scope) {
    const parts = (0,parse/* childrenOf */.LU)(node);
    const lastAssign = node.name === 'AssignStatement' ? parts.map((p) => p.name).lastIndexOf('AssignOp') : parts.length;
    return parts.flatMap((part, index) => {
        const isTarget = index < lastAssign && part.name === 'MemberExpression' && subscriptObject(walk, part) !== null;
        return isTarget ? [] : visit(walk, part, scope);
    });
}
/** The key node of `<environ>[key]`, or null. */
function subscriptObject(walk, node) {
    const parts = (0,parse/* childrenOf */.LU)(node);
    if ((0,parse/* hasLength */.JT)(parts, 4) && parts[1].name === '[' && parts[3].name === ']' && isEnviron(walk, parts[0]))
        return parts[2];
    return null;
}
/** `os.environ[key]`: its read and the reads in the key; null when the node is another subscript. */
function recordSubscript(walk, node, scope) {
    const key = subscriptObject(walk, node);
    if (!key)
        return null;
    const read = makeRead(walk, scope, { node, key, kind: 'subscript', required: !scope.guarded, defaultText: null });
    return [read, ...visit(walk, key, scope)];
}
/** `os.getenv(…)`, `os.environ.get/setdefault/pop(…)`: its read and the reads in its arguments; null for another call. */
function recordCall(walk, node, scope) {
    const { module } = walk;
    const [callee, args] = (0,parse/* childrenOf */.LU)(node);
    if (!callee || args?.name !== 'ArgList')
        return null;
    const kind = callKind(walk, callee);
    if (!kind)
        return null;
    const { positional, keywords } = splitArguments(module, args);
    const key = positional[0] ?? keywords.get('key');
    if (!key)
        return null;
    const defaultNode = positional[1] ?? keywords.get('default') ?? keywords.get('value');
    const required = kind === 'pop' && !defaultNode && !scope.guarded;
    const defaultText = defaultNode ? module.textOf(defaultNode) : null;
    // Arguments may hold further reads (`os.getenv("A", os.environ["B"])`).
    return [makeRead(walk, scope, { node, key, kind, required, defaultText }), ...visitChildren(walk, args, scope)];
}
/** Which env-reading call a callee makes, or null. */
function callKind(walk, callee) {
    if (isGetenv(walk, callee))
        return 'getenv';
    if (callee.name !== 'MemberExpression')
        return null;
    const parts = (0,parse/* childrenOf */.LU)(callee);
    const [object] = parts;
    const method = (0,parse/* hasLength */.JT)(parts, 3) && parts[1].name === '.' ? walk.module.textOf(parts[2]) : '';
    if (object && isEnviron(walk, object) && (method === 'get' || method === 'setdefault' || method === 'pop'))
        return method;
    return null;
}
function splitArguments(module, args) {
    const positional = [];
    const keywords = new Map();
    const parts = (0,parse/* childrenOf */.LU)(args).filter((part) => part.name !== '(' && part.name !== ')');
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const value = parts[i + 2];
        if (!part || part.name === ',')
            continue;
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
function recordContains(walk, node, scope) {
    const parts = (0,parse/* childrenOf */.LU)(node);
    const inIndex = parts.findIndex((part) => part.name === 'in');
    const [key] = parts;
    const container = parts[inIndex + 1];
    if (inIndex < 1 || !key || !container || inIndex + 2 !== parts.length || !isEnviron(walk, container))
        return null;
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
function flagsOf(walk, scope) {
    const { module, bindings } = walk;
    const names = new Set();
    const texts = [];
    for (const { node } of scope.conditionNodes) {
        texts.push(module.textOf(node));
        for (const name of envNamesIn(walk, node))
            names.add(name);
        node.toTree().iterate({
            enter: (ref) => {
                if (ref.name !== 'VariableName')
                    return;
                const derived = bindings.derived.get(module.text.slice(node.from + ref.from, node.from + ref.to));
                if (!derived)
                    return;
                texts.push(derived.text);
                for (const name of derived.names)
                    names.add(name);
            },
        });
    }
    const branchesPositive = scope.conditionNodes.length === scope.conditions.length && scope.conditionNodes.every((condition) => condition.positive);
    return { names: [...names].sort(), positive: branchesPositive && texts.every(isMonotone) };
}
/** Python literals that make a flag false: "0", "", "false", False, None, 0 (the one list; analyze-chart asks isFalsyLiteral). */
const FALSY_LITERAL = String.raw `(?:"0"|'0'|""|''|"false"|'false'|"False"|'False'|False|None|0)`;
const FALSY_ONLY = new RegExp(`^${FALSY_LITERAL}$`);
/** True when a default's source text is one of the falsy literals. */
function isFalsyLiteral(text) {
    return FALSY_ONLY.test(text.trim());
}
const NON_MONOTONE = new RegExp(String.raw `\bnot\b|!=|\bor\b|\bis\b|==\s*${FALSY_LITERAL}(?![\w.])|(?<![\w.])${FALSY_LITERAL}\s*==`);
function isMonotone(text) {
    return !NON_MONOTONE.test(text);
}
function makeRead(walk, scope, { node, key, kind, required, defaultText }) {
    const { module, bindings } = walk;
    let name = stringLiteral(module, key);
    if (name === null && key.name === 'VariableName')
        name = bindings.constants.get(module.textOf(key)) ?? null;
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
function statementPattern(module, node, key) {
    let statement = node;
    while (statement.parent && !/Statement$/.test(statement.name) && statement.parent.name !== 'Body' && statement.parent.name !== 'Script') {
        statement = statement.parent;
    }
    const text = module.text.slice(statement.from, key.from) + '…' + module.text.slice(key.to, statement.to);
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}


/***/ })

};
