export const id = 692;
export const ids = [692];
export const modules = {

/***/ 7278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* reexport safe */ _args_js__WEBPACK_IMPORTED_MODULE_4__.BZ),
/* harmony export */   d: () => (/* binding */ openRemote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1741);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8360);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7870);
/**
 * Peer and counterpart repositories: `owner/name` on GitHub (fetched shallowly with the
 * token), a local path, or a git URL — opened at one ref with the least history needed.
 */








/** Transports a configured repository may use (`ext::`, `fd::`, ssh… never); http only for a test server URL. */
const ALLOWED_PROTOCOLS = 'https:http:file';
async function openRemote(source) {
    (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .checkedRepository */ .aR)(source.repository, 'repository');
    (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .checkedRef */ .zA)(source.ref, `ref for ${source.repository}`);
    const local = await localRepositoryPath(source);
    if (local) {
        // A bare repository inside the checked-out one is pull-request content, never opened.
        const repository = await _repository_js__WEBPACK_IMPORTED_MODULE_5__/* .GitRepository */ .xr.open(local, undefined, !isInside(local, source.cwd ?? process.cwd()));
        const commit = await repository.resolveRevision(source.ref).catch(async () => {
            // A local clone may only have the ref on its remote.
            return repository.resolveRevision(`origin/${source.ref}`).catch(() => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`ref '${source.ref}' not found in ${source.repository}`, {
                    file: source.repository,
                    hint: 'Check the ref in the configuration (a branch, tag or commit of that repository).',
                });
            });
        });
        return {
            repository,
            commit,
            dispose: () => {
                repository.close();
                return Promise.resolve();
            },
            tags: () => repository.tags(),
            fetchTag: async (tag) => repository.resolveRevision(`refs/tags/${tag}`),
        };
    }
    return fetchShallow(source);
}
/** `folder` is `parent` or lies under it. */
function isInside(folder, parent) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(parent), folder);
    return !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
}
async function localRepositoryPath(source) {
    const { repository } = source;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repository))
        return undefined;
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(source.cwd ?? process.cwd(), repository);
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(candidate).then((s) => s.isDirectory(), () => false);
    if (exists)
        return candidate;
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .isOwnerName */ .BZ)(repository))
        return undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`repository '${repository}' is neither owner/name, a git URL, nor an existing folder`, {
        hint: 'Use owner/name for a GitHub repository, a git URL, or a path to a local clone.',
    });
}
async function fetchShallow(source) {
    const url = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .isOwnerName */ .BZ)(source.repository)
        ? `${(source.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${source.repository}.git`
        : source.repository;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'lockstep-remote-'));
    const config = [];
    // The temporary repository is bare: named through GIT_DIR (git finds no bare repository by itself).
    const env = { GIT_ALLOW_PROTOCOL: ALLOWED_PROTOCOLS, GIT_DIR: dir };
    if (source.token && url.startsWith('https://')) {
        const basic = Buffer.from(`x-access-token:${source.token}`).toString('base64');
        config.push(`http.extraheader=AUTHORIZATION: basic ${basic}`);
    }
    try {
        await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['init', '--quiet', '--bare', dir], { cwd: node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir() });
        await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, source.ref], { cwd: dir, config, env });
        const repository = await _repository_js__WEBPACK_IMPORTED_MODULE_5__/* .GitRepository */ .xr.open(dir);
        const commit = await repository.resolveRevision('FETCH_HEAD');
        return {
            repository,
            commit,
            dispose: async () => {
                repository.close();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            },
            tags: () => remoteTags(dir, url, { config, env }, source.repository),
            fetchTag: async (tag) => {
                try {
                    const ref = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .checkedRef */ .zA)(`refs/tags/${tag}`, `tag of ${source.repository}`);
                    await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, `+${ref}:${ref}`], { cwd: dir, config, env });
                }
                catch (error) {
                    throw fetchError(source, `tag '${tag}'`, error);
                }
                return repository.resolveRevision(`refs/tags/${tag}`);
            },
        };
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw error;
        throw fetchError(source, `'${source.ref}'`, error);
    }
}
function fetchError(source, what, error) {
    // git's own words (its first meaningful line), not our command line around them.
    const reason = error instanceof _run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .GitCommandError */ .iR ? (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .meaningfulLine */ .Ll)(error.stderr) || error.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .firstLineOf */ .Qy)(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot fetch ${source.repository} at ${what}: ${reason.replace(/AUTHORIZATION: basic \S+/g, '***')}`, {
        file: source.repository,
        hint: 'Check the repository and ref, and that the token can read it (a private repository needs a token with contents: read).',
    });
}
/** Tags of a remote, peeled, without fetching any object. */
async function remoteTags(dir, url, settings, label) {
    let out;
    try {
        out = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_6__/* .gitText */ .q_)(['ls-remote', '--tags', '--end-of-options', url], { cwd: dir, ...settings });
    }
    catch (error) {
        throw fetchError({ repository: label, ref: 'tags' }, 'its tags', error);
    }
    const tags = new Map();
    for (const line of out.split('\n')) {
        const [commit, ref] = line.split('\t');
        if (!commit || !ref?.startsWith('refs/tags/'))
            continue;
        const peeled = ref.endsWith('^{}');
        const name = ref.slice('refs/tags/'.length).replace(/\^\{\}$/, '');
        if (peeled || !tags.has(name))
            tags.set(name, commit);
    }
    return [...tags].map(([name, commit]) => ({ name, commit }));
}


/***/ }),

/***/ 3350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W_: () => (/* binding */ FunctionNotFoundError),
/* harmony export */   v: () => (/* binding */ readDecoderFunction)
/* harmony export */ });
/* unused harmony exports CONVERSION_NAMES, TEXT_METHODS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(615);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(782);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8219);




/** Builtins whose call on the value decides the wire types accepted (see src/schema/function-decoder.ts). */
const CONVERSION_NAMES = new Set(['int', 'float', 'str', 'bool']);
/** Methods only a str has among JSON values: calling one means the value must be a str. */
const TEXT_METHODS = new Set([
    'replace', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'lower', 'upper', 'casefold', 'startswith', 'endswith',
    'splitlines', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'encode', 'isdigit', 'isnumeric', 'isdecimal',
]);
const READ_FORMS = 'expected `d["key"]`, `d.get("key")`, `d.get("key", default)` or `d.pop("key", default)` with a literal key';
const USE_FORMS = 'expected the value passed to the constructor as a keyword (`cls(key=d["key"])`), through int()/float()/str()/bool(), an enum of the message (`cls.Dome(int(d["dome"]))`), or a str method (`d["key"].split(",")`)';
const HINT = 'Lockstep reads the decoder function without running it; write the read in one of these forms, or use `decoder: strict` / `pydantic`.';
/** Bounds the walk over a function body (every loop bounded). */
const MAX_NODES = 200_000;
class FunctionNotFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    qualifiedName;
    constructor(qualifiedName, file) {
        super(`decoder function ${qualifiedName} not found in ${file}`, {
            file,
            hint: 'Check `decoder: {function: PATH.py#Class.method}` (a method of a top-level class, or a module-level function).',
        });
        this.qualifiedName = qualifiedName;
    }
}
/** The function `names` (`['FannedOutVisit', 'from_dict']` or `['decode']`) in a module, and the keys it reads. */
function readDecoderFunction(module, names) {
    const found = findFunction(module, module.top, names);
    if (!found)
        throw new FunctionNotFoundError(names.join('.'), module.file);
    const { definition, inClass, decorators } = found;
    const parameter = dictParameter(module, definition, inClass && !decorators.includes('staticmethod'), names.join('.'));
    const body = definition.getChild('Body');
    const reads = [];
    // Depth first, in source order, with a stack of its own: however deep the nesting, no recursion.
    const pending = body ? [body] : [];
    for (let seen = 0; pending.length; seen++) {
        if (seen > MAX_NODES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder function ${names.join('.')} is too large to read (over ${MAX_NODES} syntax nodes)`, { file: module.file, line: module.lineAt(definition.from), hint: HINT });
        const node = pending.pop();
        if (node.name === 'VariableName' && module.textOf(node) === parameter && !isKeywordName(node))
            reads.push(readOf(module, node));
        pending.push(...(0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(node).reverse());
    }
    return { qualifiedName: names.join('.'), line: module.lineAt(definition.from), parameter, reads };
}
/** `d=...` in a call's arguments names a keyword, not the dict. */
function isKeywordName(node) {
    return node.parent?.name === 'ArgList' && node.nextSibling?.name === 'AssignOp';
}
function findFunction(module, container, names, inClass = false) {
    const [first, ...rest] = names;
    for (const statement of (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(container)) {
        const definition = statement.name === 'DecoratedStatement' ? statement.lastChild : statement;
        const nameNode = definition?.getChild('VariableName');
        if (!definition || !nameNode || module.textOf(nameNode) !== first)
            continue;
        if (rest.length === 0 && definition.name === 'FunctionDefinition') {
            const decorators = statement.name === 'DecoratedStatement' ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(statement).filter((d) => d.name === 'Decorator').map((d) => module.textOf(d).replace(/^@\s*/, '').trim()) : [];
            return { definition, inClass, decorators };
        }
        const body = definition.getChild('Body');
        if (rest.length && definition.name === 'ClassDefinition' && body)
            return findFunction(module, body, rest, true);
    }
    return undefined;
}
/** The dict parameter: the first one, after `self`/`cls` for a method. */
function dictParameter(module, definition, skipFirst, name) {
    const params = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(definition.getChild('ParamList') ?? definition).filter((c) => c.name === 'VariableName').map((c) => module.textOf(c));
    const parameter = params[skipFirst ? 1 : 0];
    if (!parameter)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder function ${name} takes no dict parameter`, { file: module.file, line: module.lineAt(definition.from), hint: 'The function must take the decoded message (a dict) as its first parameter (after `cls`/`self`).' });
    return parameter;
}
/** One occurrence of the dict parameter in the body: a read of one literal key, or refused. */
function readOf(module, node) {
    const line = module.lineAt(node.from);
    const parent = node.parent;
    const refuse = refuser(module, line);
    if (parent?.name === 'MemberExpression' && parent.firstChild?.from === node.from) {
        const bracket = parent.getChild('[');
        if (bracket) {
            const key = literalKey(module, bracket.nextSibling, parent.getChild(']'));
            if (key === undefined)
                refuse(`\`${clip(module.textOf(parent))}\` reads a key computed at run time`);
            return { key, required: true, use: useOf(module, parent), line };
        }
        const method = parent.getChild('PropertyName');
        const call = parent.parent;
        const methodName = method ? module.textOf(method) : '';
        if ((methodName === 'get' || methodName === 'pop') && call?.name === 'CallExpression' && call.firstChild?.from === parent.from)
            return methodRead(module, call, methodName, line);
        refuse(`\`${clip(module.textOf(parent))}\` uses the dict in a way that does not name a key`);
    }
    if (parent?.name === 'ArgList' && (node.prevSibling?.name === '**' || node.prevSibling?.name === 'ArithOp'))
        refuse(`\`**${module.textOf(node)}\` passes every key on: the keys read cannot be known`);
    if (parent?.name === 'ForStatement' || parent?.name === 'ComprehensionExpression' || parent?.name?.endsWith('ComprehensionExpression'))
        refuse(`a loop over \`${module.textOf(node)}\` reads keys only known at run time`);
    return refuse(`\`${clip(module.textOf(parent ?? node))}\` uses the dict in a way that does not name a key`);
}
/** Refusing a read at a line: exit 2 naming the file and line, and the forms a read may take. */
function refuser(module, line) {
    return (what) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder: ${what}: ${READ_FORMS}`, { file: module.file, line, hint: HINT });
    };
}
/** `d.get("k"[, default])` or `d.pop("k"[, default])`, read at `line`. */
function methodRead(module, call, method, line) {
    const refuse = refuser(module, line);
    const argList = call.getChild('ArgList');
    const args = argList ? (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(argList).filter((c) => !['(', ')', ','].includes(c.name)) : [];
    const key = args[0] ? stringValue(module, args[0]) : undefined;
    if (key === undefined || args.length > 2 || args.some((a) => a.name === 'AssignOp' || a.name === '**' || a.name === 'ArithOp'))
        refuse(`\`${clip(module.textOf(call))}\` does not name one literal key`);
    const fallback = args[1] ? module.textOf(args[1]) : undefined;
    if (method === 'pop' && fallback === undefined)
        return { key, required: true, use: useOf(module, call), line };
    const lifted = args[1] ? (0,_expressions_js__WEBPACK_IMPORTED_MODULE_3__/* .liftExpression */ .AW)(module, args[1]) : undefined;
    const defaultValue = !lifted ? { value: null } : lifted.kind === 'const' || lifted.kind === 'string' ? { value: lifted.value } : undefined;
    return { key, required: false, default: fallback ?? 'None', ...(defaultValue ? { defaultValue } : {}), use: useOf(module, call), line };
}
/** What is done to the value at `read` (the subscript or the `.get` call), or refused. */
function useOf(module, node) {
    const line = module.lineAt(node.from);
    const read = outerParentheses(node);
    const parent = read.parent;
    const keyword = keywordOf(module, read);
    if (keyword)
        return passedTo(module, read, keyword);
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
            if (kw)
                return { ...passedTo(module, call, kw), enumName: lastName(module, call.firstChild) };
        }
    }
    if (parent?.name === 'MemberExpression' && parent.getChild('.')) {
        const method = parent.getChild('PropertyName');
        const name = method ? module.textOf(method) : '';
        if (TEXT_METHODS.has(name) && parent.parent?.name === 'CallExpression')
            return { kind: 'text', method: name };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder: \`${clip(module.textOf(parent ?? read))}\` does something to the value Lockstep does not read: ${USE_FORMS}`, { file: module.file, line, hint: HINT });
}
/** `((d["k"]))` is `d["k"]`: the outermost parentheses around a node (a loop up the tree, no recursion). */
function outerParentheses(node) {
    let current = node;
    while (current.parent?.name === 'ParenthesizedExpression')
        current = current.parent;
    return current;
}
/** `name=<node>` inside an argument list → name. */
function keywordOf(module, node) {
    if (node.parent?.name !== 'ArgList')
        return undefined;
    const op = node.prevSibling;
    const name = op?.prevSibling;
    return op?.name === 'AssignOp' && name?.name === 'VariableName' ? module.textOf(name) : undefined;
}
function passedTo(module, node, keyword) {
    const call = node.parent?.parent;
    const callee = call?.name === 'CallExpression' && call.firstChild ? module.textOf(call.firstChild) : '';
    return { kind: 'passed', keyword, callee };
}
function onlyArgument(argList, node) {
    const args = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(argList).filter((c) => !['(', ')', ','].includes(c.name));
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .hasLength */ .JT)(args, 1) && args[0].from === node.from;
}
/** `Dome`, `cls.Dome`, `BareVisit.Dome`: a capitalised name, checked against the message's enums by the caller. */
function isEnumCallee(module, callee) {
    if (callee.name !== 'VariableName' && callee.name !== 'MemberExpression')
        return false;
    return /^[A-Z]/.test(lastName(module, callee)) && !/[[(]/.test(module.textOf(callee));
}
function lastName(module, node) {
    return module.textOf(node).split('.').pop().trim();
}
function literalKey(module, from, close) {
    if (!from || !close || from.nextSibling?.from !== close.from)
        return undefined;
    return stringValue(module, from);
}
function stringValue(module, node) {
    if (node.name !== 'String')
        return undefined;
    return (0,_strings_js__WEBPACK_IMPORTED_MODULE_2__/* .concatenatedStringValue */ .Il)(module.textOf(node));
}
function clip(text) {
    const one = text.replace(/\s+/g, ' ');
    return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}


/***/ }),

/***/ 6340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ versioningFromConfig),
/* harmony export */   x: () => (/* binding */ messagesFromConfig)
/* harmony export */ });
/* harmony import */ var _versioning_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9817);

function messagesFromConfig(config) {
    return (config?.messages ?? []).map((m) => ({
        name: m.name,
        schema: m.schema,
        role: m.role,
        decoder: m.decoder,
        ...(m.extra ? { extra: m.extra } : {}),
        ...(m.peer ? { peer: m.peer } : {}),
    }));
}
function versioningFromConfig(config) {
    return config?.versioning ?? _versioning_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_VERSIONING */ .X;
}


/***/ }),

/***/ 8918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sameWireFields),
/* harmony export */   e: () => (/* binding */ diffSchemas)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3004);
/**
 * Base schema → head schema: the wire changes, field by field (nested objects by
 * dotted path), in the change kinds of the JSON contract. Order of fields, class
 * names of enums and nested models, defaults' values and methods are not changes.
 */


/**
 * Nested models shared by several fields are diffed once per path; a schema whose paths
 * explode (models that each use the next one twice, many levels deep) is refused.
 */
const MAX_FIELD_PATHS = 50_000;
let remainingFieldPaths = MAX_FIELD_PATHS;
function diffSchemas(base, head) {
    if (!base && !head)
        return [];
    if (!base)
        return [{ kind: 'message-added', to: head.name, file: head.file, line: head.line }];
    if (!head)
        return [{ kind: 'message-removed', from: base.name, file: base.file, line: base.line }];
    remainingFieldPaths = MAX_FIELD_PATHS;
    return [...kindChange(base, head), ...diffFields('', base.fields, head.fields)];
}
/**
 * A dataclass or pydantic model that became a plain class (its decorator or base removed) is no
 * longer read or written as a message (`cls(**message)` does not take annotations), and back.
 */
function kindChange(base, head) {
    if (base.kind === head.kind || (base.kind !== 'class' && head.kind !== 'class'))
        return [];
    return [{ kind: 'message-kind-changed', from: base.kind, to: head.kind, file: head.file, line: head.line }];
}
function spend(count, where) {
    remainingFieldPaths -= count;
    if (remainingFieldPaths < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the message has more than ${MAX_FIELD_PATHS.toLocaleString('en-US')} nested field paths; Lockstep stops rather than diff part of it`, {
            file: where?.file,
            line: where?.line,
            hint: 'Nested models that each use the next one several times multiply the paths; point `schema:` at a smaller message.',
        });
}
/** Same wire fields (names and shapes): a renamed class or moved file with these is no change. */
function sameWireFields(a, b) {
    return diffSchemas(a, b).length === 0;
}
function diffFields(prefix, base, head) {
    spend(base.length + head.length, head[0] ?? base[0]);
    const changes = [];
    const headByName = new Map(head.map((f) => [f.name, f]));
    const baseByName = new Map(base.map((f) => [f.name, f]));
    for (const b of base) {
        const h = headByName.get(b.name);
        if (h)
            changes.push(...diffField(prefix + b.name, b, h));
    }
    const removed = base.filter((f) => !headByName.has(f.name));
    const added = head.filter((f) => !baseByName.has(f.name));
    for (const [r, a] of pairRenames(base, head, removed, added)) {
        changes.push({ kind: 'field-renamed', field: prefix + a.name, from: prefix + r.name, to: prefix + a.name, required: r.required, file: a.file, line: a.line });
        removed.splice(removed.indexOf(r), 1);
        added.splice(added.indexOf(a), 1);
    }
    for (const r of removed)
        changes.push({ kind: 'field-removed', field: prefix + r.name, from: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatType */ .sg)(r.type), required: r.required, file: r.file, line: r.line });
    for (const a of added)
        changes.push({ kind: 'field-added', field: prefix + a.name, to: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatType */ .sg)(a.type), required: a.required, file: a.file, line: a.line });
    return changes;
}
/**
 * A removed and an added field of the same type at the same place are one rename.
 * "Place" is the position in the field list; a lone pair of one type also counts.
 */
function pairRenames(base, head, removed, added) {
    const pairs = [];
    const freeAdded = new Set(added);
    for (const r of removed) {
        const sameType = [...freeAdded].filter((a) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sameShape */ ._C)(a.type, r.type) && sameObjects(a.type, r.type));
        const samePlace = sameType.find((a) => head.indexOf(a) === base.indexOf(r));
        const loneOfType = sameType.length === 1 && removed.filter((o) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sameShape */ ._C)(o.type, r.type)).length === 1 ? sameType[0] : undefined;
        const match = samePlace ?? loneOfType;
        if (match) {
            pairs.push([r, match]);
            freeAdded.delete(match);
        }
    }
    return pairs;
}
function sameObjects(a, b) {
    if (a.kind === 'object' && b.kind === 'object')
        return diffFields('', a.fields, b.fields).length === 0;
    return true;
}
function diffField(path, b, h) {
    const changes = [];
    const where = { file: h.file, line: h.line };
    if (b.required && !h.required)
        changes.push({ kind: 'became-optional', field: path, from: 'required', to: `default ${h.default ?? ''}`.trim(), ...where });
    if (!b.required && h.required)
        changes.push({ kind: 'became-required', field: path, from: `default ${b.default ?? ''}`.trim(), to: 'required', ...where });
    changes.push(...diffType(path, b.type, h.type, where));
    return changes;
}
function diffType(path, b, h, where) {
    if (b.kind === 'object' && h.kind === 'object')
        return diffFields(path + '.', b.fields, h.fields);
    if ((b.kind === 'list' || b.kind === 'set') && b.kind === h.kind)
        return diffType(path + '[]', b.item, h.item, where).map((c) => ({ ...c, field: c.field ?? path }));
    if (b.kind === 'dict' && h.kind === 'dict' && (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sameShape */ ._C)(b.key, h.key))
        return diffType(path + '{}', b.value, h.value, where);
    if (b.kind === 'enum' && h.kind === 'enum' && b.base === h.base)
        return valueChanges({ path, kind: 'enum', where }, memberValues(b), memberValues(h));
    if (b.kind === 'literal' && h.kind === 'literal')
        return valueChanges({ path, kind: 'literal', where }, b.values, h.values);
    // An IntEnum travels as an int: int ↔ IntEnum is the same wire type; value sets are compared only when both sides declare one.
    if (enumOfScalar(b, h) || enumOfScalar(h, b))
        return [];
    // `X | None` on both sides: compare what is inside.
    if (b.kind === 'union' && h.kind === 'union' && (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isNullable */ .wD)(b) && (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isNullable */ .wD)(h)) {
        const bInner = withoutNone(b);
        const hInner = withoutNone(h);
        if (bInner.kind !== 'union' && hInner.kind !== 'union')
            return diffType(path, bInner, hInner, where);
    }
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sameShape */ ._C)(b, h))
        return [];
    const widened = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .accepts */ .G3)(h, b);
    const narrowed = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .accepts */ .G3)(b, h);
    if (widened && narrowed)
        return [];
    const relation = widened ? 'widened' : narrowed ? 'narrowed' : 'incompatible';
    return [{ kind: 'type-changed', field: path, from: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatType */ .sg)(b), to: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatType */ .sg)(h), relation, ...where }];
}
function enumOfScalar(a, b) {
    return a.kind === 'enum' && a.base !== 'any' && b.kind === 'scalar' && b.name === a.base;
}
function withoutNone(type) {
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .makeUnion */ .AC)(type.options.filter((o) => !(o.kind === 'scalar' && o.name === 'none')));
}
function memberValues(type) {
    return type.members.map((m) => ({ label: `${m.name}=${(0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLiteral */ .z3)(m.value)}`, value: m.value }));
}
/** The values an enum or Literal field at `path` (declared at `where`) gained and lost. */
function valueChanges({ path, kind, where }, base, head) {
    const norm = (values) => values.map((v) => (v !== null && typeof v === 'object' ? v : { label: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLiteral */ .z3)(v), value: v }));
    const b = norm(base);
    const h = norm(head);
    const changes = [];
    for (const v of b)
        if (!h.some((w) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLiteral */ .af)(w.value, v.value)))
            changes.push({ kind: `${kind}-value-removed`, field: path, from: v.label, ...where });
    for (const v of h)
        if (!b.some((w) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLiteral */ .af)(w.value, v.value)))
            changes.push({ kind: `${kind}-value-added`, field: path, to: v.label, ...where });
    return changes;
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ formatFunctionRef),
/* harmony export */   Ng: () => (/* binding */ extractDecoderSchema),
/* harmony export */   r$: () => (/* binding */ parseFunctionRef)
/* harmony export */ });
/* unused harmony exports FUNCTION_REFERENCE, CONVERSIONS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _python_dict_reads_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3350);
/* harmony import */ var _python_program_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2530);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3004);
/**
 * `decoder: {function: PATH.py#Class.method}`: the message as the decoder function reads it.
 * Each key the function reads is a field (required for `d["key"]`, optional for `.get`), and
 * its type is what the function accepts for that key: the conversion's inputs (`float(...)`
 * takes an int, a float, a bool or a numeric string), `str` for a str method, anything for a
 * value passed unchanged to a dataclass (which checks nothing), the enum's values for
 * `cls.Dome(int(...))`. The class's annotations only matter where pydantic validates them.
 * Keys the function does not read are ignored, as the function ignores them.
 */




const FUNCTION_REFERENCE = /^([^#]+\.py)#([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)$/;
function parseFunctionRef(text) {
    const match = FUNCTION_REFERENCE.exec(text.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder function \`${text}\`: expected PATH.py#Class.method or PATH.py#function`, { hint: 'Example: decoder: {function: python/shared/visit.py#FannedOutVisit.from_dict}' });
    return { path: match[1].replace(/^\.\//, ''), names: match[2].split('.') };
}
function formatFunctionRef(ref) {
    return `${ref.path}#${ref.names.join('.')}`;
}
const numbers = [(0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .scalar */ .d_)('int'), (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .scalar */ .d_)('float'), (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .scalar */ .d_)('bool')];
/**
 * What each builtin takes from a JSON value without raising (checked against CPython in
 * test/fuzz/function-decoder-differential.test.ts). `int-text` is a str int() parses
 * ("42"), `float-text` one float() parses ("4.2", "42", "nan").
 */
const CONVERSIONS = {
    int: (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeUnion */ .AC)([...numbers, (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .scalar */ .d_)('int-text')]),
    float: (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .makeUnion */ .AC)([...numbers, (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .scalar */ .d_)('float-text')]),
    str: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ANY */ .x4,
    bool: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ANY */ .x4,
};
/** The reader's view of the message: the keys `fn` reads at this revision, typed by what it accepts. */
async function extractDecoderSchema(files, fn, message) {
    const loaded = await new _python_program_js__WEBPACK_IMPORTED_MODULE_2__/* .PythonProgram */ .V(files).loadRequired(fn.path, () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder file ${fn.path} does not exist at this revision`, { file: fn.path, hint: 'Check `decoder: {function: PATH.py#Class.method}`.' }));
    const decoder = (0,_python_dict_reads_js__WEBPACK_IMPORTED_MODULE_1__/* .readDecoderFunction */ .v)(loaded.module, fn.names);
    const constructors = new Set(['cls', message.name, ...(fn.names.length > 1 ? [fn.names[0]] : [])]);
    const byKey = new Map();
    for (const read of decoder.reads) {
        const type = acceptedType(read, message, constructors, fn.path);
        const required = read.required || !defaultTaken(read, type);
        const field = {
            name: read.key,
            type,
            required,
            ...(read.default !== undefined && !required ? { default: read.default } : {}),
            file: fn.path,
            line: read.line,
        };
        const earlier = byKey.get(read.key);
        byKey.set(read.key, earlier ? merge(earlier, field) : field);
    }
    return { name: decoder.qualifiedName, kind: 'function', file: fn.path, line: decoder.line, fields: [...byKey.values()], extra: 'ignore', warnings: [] };
}
function acceptedType(read, message, constructors, file) {
    const { use } = read;
    if (use.kind !== 'text' && use.enumName)
        return enumOf(use.enumName, message, read, file);
    // dict-reads.ts reads only the conversions named here.
    if (use.kind === 'converted')
        return CONVERSIONS[use.conversion];
    if (use.kind === 'text')
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .scalar */ .d_)('str');
    if (!constructors.has(use.callee))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder: the value of "${read.key}" is passed to \`${use.callee}(...)\`, which Lockstep does not read`, {
            file,
            line: read.line,
            hint: `Pass it to the message's constructor (\`cls(...)\` or \`${message.name}(...)\`), or through int()/float()/str()/bool().`,
        });
    // A dataclass or plain class checks nothing: whatever came in is taken. pydantic validates the field.
    if (message.kind !== 'pydantic')
        return _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ANY */ .x4;
    return message.fields.find((f) => f.name === use.keyword)?.type ?? _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ANY */ .x4;
}
/**
 * A missing key gives `.get`'s default to the same conversion: `int(d.get("n"))` raises on None,
 * so the key is required after all. A default that is not a literal is not known: required.
 */
function defaultTaken(read, type) {
    if (type.kind === 'scalar' && type.name === 'any')
        return true;
    if (!read.defaultValue)
        return false;
    return (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .accepts */ .G3)(type, { kind: 'literal', values: [read.defaultValue.value] });
}
/** `cls.Dome(int(d["dome"]))`: the enum of that name among the message's field types. */
function enumOf(name, message, read, file) {
    const found = message.fields.map((f) => findEnum(f.type, name, 0)).find(Boolean);
    if (found)
        return found;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder: \`${name}(...)\` around "${read.key}" is not an enum the message ${message.name} uses`, {
        file,
        line: read.line,
        hint: 'An enum call is read when a field of the message is annotated with that enum; otherwise pass the value through int()/float()/str()/bool() only.',
    });
}
function findEnum(type, name, depth) {
    if (depth > 8)
        return undefined;
    if (type.kind === 'enum')
        return type.name === name ? type : undefined;
    if (type.kind === 'union')
        return type.options.map((o) => findEnum(o, name, depth + 1)).find(Boolean);
    if (type.kind === 'list' || type.kind === 'set')
        return findEnum(type.item, name, depth + 1);
    return undefined;
}
/** A key read twice must pass both reads: required if either is, the narrower type (refused when neither is). */
function merge(a, b) {
    const type = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .sameShape */ ._C)(a.type, b.type) || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .accepts */ .G3)(b.type, a.type) ? a.type : (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .accepts */ .G3)(a.type, b.type) ? b.type : undefined;
    if (!type)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`decoder: "${a.name}" is read twice with different conversions (${(0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatType */ .sg)(a.type)} at line ${a.line}, ${(0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatType */ .sg)(b.type)} at line ${b.line})`, {
            file: b.file,
            line: b.line,
            hint: 'Read each key once, or convert it the same way each time.',
        });
    const { default: fallback, ...first } = a;
    const required = a.required || b.required;
    return { ...first, type, required, ...(required || fallback === undefined ? {} : { default: fallback }) };
}


/***/ }),

/***/ 6811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ extractJsonSchema)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3004);
/**
 * A JSON Schema file (draft 7 / 2020-12 subset: type, properties, required,
 * enum, const, anyOf/oneOf, items, additionalProperties, local $ref) →
 * MessageSchema, the same model the Python extractor builds.
 */


/**
 * Nesting read (properties, items, variants, $refs: one level each; as deep as the Python model
 * is read, MAX_NESTING). A schema nested deeper stops the check (exit 2): read as `any`, a
 * change inside it would pass unseen.
 */
const MAX_DEPTH = 100;
function extractJsonSchema(file, text) {
    const root = parseRoot(file, text);
    const reader = new JsonSchemaReader(file, text, root);
    const target = typeof root.$ref === 'string' ? reader.resolveRef(root.$ref) : root;
    const top = isObject(target) ? target : root;
    return {
        name: typeof top.title === 'string' ? top.title : (file.split('/').pop() ?? file).replace(/\.json$/, ''),
        kind: 'json-schema',
        file,
        line: 1,
        fields: reader.fields(top, { depth: 0, path: '' }),
        extra: top.additionalProperties === false ? 'forbid' : 'ignore',
        warnings: [],
    };
}
function parseRoot(file, text) {
    let root;
    try {
        root = JSON.parse(text);
    }
    catch (error) {
        const position = /position (\d+)/.exec(error.message)?.[1];
        const line = position ? text.slice(0, Number(position)).split('\n').length : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`not valid JSON: ${error.message.split('\n')[0]}`, { file, line, hint: 'A `.json` schema must be a JSON Schema document.' });
    }
    if (!isObject(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('a JSON Schema must be an object', { file, line: 1, hint: 'Expected {"type": "object", "properties": {...}}.' });
    return root;
}
class JsonSchemaReader {
    file;
    root;
    lines;
    // $refs being expanded right now: a reference back into one of them is a cycle (a recursive
    // schema) and stays a name, so `{"a": {"$ref": "#"}, "b": {"$ref": "#"}}` cannot blow up.
    expanding = new Set();
    // Each definition is read once: a chain of definitions that each use the next twice stays linear.
    expanded = new Map();
    constructor(file, text, root) {
        this.file = file;
        this.root = root;
        this.lines = text.split('\n');
    }
    resolveRef(ref) {
        if (ref === '#')
            return this.root;
        if (!ref.startsWith('#/'))
            return undefined;
        let node = this.root;
        for (const step of ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
            node = isObject(node) ? node[step] : undefined;
        }
        return node;
    }
    fields(schema, at) {
        const properties = isObject(schema.properties) ? schema.properties : {};
        const requiredNames = Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : [];
        return Object.entries(properties).map(([name, property]) => {
            const hasDefault = isObject(property) && 'default' in property;
            return {
                name,
                type: this.type(property, { depth: at.depth + 1, path: at.path ? `${at.path}.${name}` : name }),
                required: requiredNames.includes(name) && !hasDefault,
                ...(hasDefault ? { default: JSON.stringify(property.default) } : {}),
                file: this.file,
                line: this.lineOfKey(name),
            };
        });
    }
    type(schema, at) {
        // `true`, `{}`: any value, at any depth.
        if (!isObject(schema) || Object.keys(schema).length === 0)
            return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY */ .x4;
        if (at.depth > MAX_DEPTH)
            throw this.tooDeep(at);
        if (typeof schema.$ref === 'string')
            return this.reference(schema.$ref, at);
        if ('const' in schema)
            return { kind: 'literal', values: [literal(schema.const)] };
        if (Array.isArray(schema.enum))
            return { kind: 'literal', values: schema.enum.map(literal) };
        const deeper = { ...at, depth: at.depth + 1 };
        const variants = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
        if (variants)
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .makeUnion */ .AC)(variants.map((v) => this.type(v, deeper)));
        if (Array.isArray(schema.type))
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .makeUnion */ .AC)(schema.type.map((t) => this.type({ ...schema, type: t }, deeper)));
        return this.typed(schema, at);
    }
    /** A schema with one `type` (or none). */
    typed(schema, at) {
        const deeper = { ...at, depth: at.depth + 1 };
        switch (typeof schema.type === 'string' ? schema.type : '') {
            case 'string':
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(schema.format === 'date-time' ? 'datetime' : 'str');
            case 'integer':
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)('int');
            case 'number':
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)('float');
            case 'boolean':
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)('bool');
            case 'null':
                return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .NONE */ .x3;
            case 'array': {
                const items = { depth: at.depth + 1, path: `${at.path}[]` };
                if (Array.isArray(schema.prefixItems))
                    return { kind: 'tuple', items: schema.prefixItems.map((i) => this.type(i, items)), variadic: false };
                return { kind: 'list', item: this.type(schema.items ?? {}, items) };
            }
            case 'object':
                if (isObject(schema.properties))
                    return { kind: 'object', name: typeof schema.title === 'string' ? schema.title : 'object', fields: this.fields(schema, at) };
                return { kind: 'dict', key: (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)('str'), value: isObject(schema.additionalProperties) ? this.type(schema.additionalProperties, deeper) : _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY */ .x4 };
            default:
                return isObject(schema.properties) ? { kind: 'object', name: 'object', fields: this.fields(schema, at) } : _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY */ .x4;
        }
    }
    reference(ref, at) {
        if (this.expanding.has(ref))
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(ref);
        const known = this.expanded.get(ref);
        if (known)
            return known;
        const target = this.resolveRef(ref);
        if (target === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`$ref ${ref} cannot be resolved (only local #/ references are read)`, {
                file: this.file,
                line: this.lineOfKey('$ref'),
                hint: 'Put the referenced schema under $defs in the same file and refer to it as #/$defs/Name.',
            });
        }
        this.expanding.add(ref);
        try {
            const type = this.type(target, { ...at, depth: at.depth + 1 });
            this.expanded.set(ref, type);
            return type;
        }
        finally {
            this.expanding.delete(ref);
        }
    }
    tooDeep(at) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the schema is nested more than ${MAX_DEPTH} levels deep at \`${at.path || '(top)'}\`; Lockstep does not read deeper, and reading it as any type could hide a change`, {
            file: this.file,
            line: this.lineOfPath(at.path),
            hint: 'Flatten the schema (fewer nested objects, arrays, anyOf/oneOf and $ref levels around that field), or point `schema:` at a smaller message.',
        });
    }
    /** The line of a field path's last key, found key after key down the file (1 when not found). */
    lineOfPath(fieldPath) {
        let line = 0;
        for (const key of fieldPath.split('.').map((part) => part.replace(/(\[\])+$/, '')).filter(Boolean)) {
            const index = this.lines.findIndex((l, i) => i >= line && (l.includes(JSON.stringify(key) + ':') || l.includes(JSON.stringify(key) + ' :')));
            if (index < 0)
                break;
            line = index + 1;
        }
        return Math.max(line, 1);
    }
    lineOfKey(key) {
        const index = this.lines.findIndex((l) => l.includes(JSON.stringify(key) + ':') || l.includes(JSON.stringify(key) + ' :'));
        return index >= 0 ? index + 1 : 1;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function literal(value) {
    return value === null || typeof value !== 'object' ? value : JSON.stringify(value);
}


/***/ }),

/***/ 5546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g6: () => (/* binding */ checkMessage),
  bj: () => (/* binding */ decoderKind),
  RP: () => (/* binding */ extractFollowingRename),
  x7: () => (/* binding */ judgeMessage)
});

// UNUSED EXPORTS: decoderLabel

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/report/model.js
var model = __webpack_require__(8829);
// EXTERNAL MODULE: ./build/src/schema/diff.js
var diff = __webpack_require__(8918);
// EXTERNAL MODULE: ./build/src/schema/python-extract.js
var python_extract = __webpack_require__(5371);
// EXTERNAL MODULE: ./build/src/schema/rules.js
var rules = __webpack_require__(6218);
// EXTERNAL MODULE: ./build/src/schema/sources.js
var sources = __webpack_require__(6239);
;// CONCATENATED MODULE: ./build/src/schema/witness-values.js
/** How many values of one type are tried; a bound, not a guess (types nest). */
const MAX_CANDIDATES = 12;
const SCALAR_VALUES = {
    int: [0],
    float: [0, 0.5],
    str: [''],
    bytes: [''],
    bool: [false],
    none: [null],
    any: [null, 0, '', [], {}],
    datetime: ['1970-01-01T00:00:00Z'],
    date: ['1970-01-01'],
    time: ['00:00:00'],
    timedelta: ['PT0S'],
    uuid: ['00000000-0000-0000-0000-000000000000'],
    decimal: ['0'],
    complex: ['0j'],
    // What a decoder function's int() / float() parses from a string (src/schema/function-decoder.ts).
    'int-text': ['0'],
    'float-text': ['0', '0.5'],
};
/** Unwrap `T | None` to `T` (a union of one option besides None). */
function nonNull(type) {
    if (type.kind !== 'union')
        return type;
    const [only, ...others] = type.options.filter((o) => !(o.kind === 'scalar' && o.name === 'none'));
    return only && others.length === 0 ? only : type;
}
/** How deep a payload goes; recursive models refer to themselves by name, so this is a guard. */
const MAX_DEPTH = 100;
/** The values a writer of `type` may send, minimal first: one level of alternatives, minimal values below it. */
function candidates(type) {
    const values = (() => {
        switch (type.kind) {
            case 'scalar':
                return SCALAR_VALUES[type.name] ?? [{}];
            case 'list':
            case 'set':
                return [[], ...candidates(type.item).map((v) => [v])];
            case 'dict':
                return [{}, ...candidates(type.value).map((v) => ({ [dictKey(type.key)]: v }))];
            case 'union':
                return [...type.options].reverse().flatMap(candidates);
            case 'literal':
                return type.values;
            case 'enum':
                return type.members.map((m) => m.value);
            case 'object':
            case 'tuple':
                return [minimal(type)];
        }
    })();
    return values.slice(0, MAX_CANDIDATES);
}
/** The key a witness uses in a dict: a string the key type accepts. */
function dictKey(key) {
    const inner = nonNull(key);
    return inner.kind === 'scalar' && ['int', 'float'].includes(inner.name) ? '0' : 'key';
}
/** int → 0, str → "", list → [], `T | None` → null, an enum → its first member, a model → its required fields. */
function minimal(type, depth = 0) {
    if (depth > MAX_DEPTH)
        return null;
    switch (type.kind) {
        case 'scalar':
            return (SCALAR_VALUES[type.name] ?? [{}])[0];
        case 'list':
        case 'set':
            return [];
        case 'dict':
            return {};
        case 'tuple':
            return type.variadic ? [] : type.items.map((i) => minimal(i, depth + 1));
        case 'union':
            return minimal(unionMinimalOption(type.options), depth + 1);
        case 'literal':
            return type.values[0] ?? null;
        case 'enum':
            return type.members[0]?.value ?? null;
        case 'object':
            return minimalObject(type.fields, depth + 1);
    }
}
const PLAIN_FIRST = ['none', 'int', 'float', 'str', 'bool'];
/** `T | None` → None; else a plain JSON scalar when there is one (`int`, not the `int-text` a conversion also takes). */
function unionMinimalOption(options) {
    for (const name of PLAIN_FIRST) {
        const found = options.find((o) => o.kind === 'scalar' && o.name === name);
        if (found)
            return found;
    }
    // A union has two options at least.
    return options[0];
}
/** The required fields, each at its minimal value. */
function minimalObject(fields, depth = 0) {
    return Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.name, minimal(f.type, depth)]));
}
/** Python's repr of a JSON scalar, as pydantic and enum errors print it. */
function pythonRepr(value) {
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'string') {
        const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
        const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
        return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
    }
    return JSON.stringify(value);
}
/** pydantic's "'a', 'b' or 'c'". */
function expectedValues(values) {
    const reprs = values.map(pythonRepr);
    return reprs.length <= 1 ? (reprs[0] ?? '') : `${reprs.slice(0, -1).join(', ')} or ${reprs[reprs.length - 1]}`;
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const numericString = (v) => /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(v);
/** pydantic v2 lax mode, JSON input, for the scalars the model names. */
const SCALAR_CHECKS = {
    any: () => undefined,
    none: (v) => (v === null ? undefined : { type: 'none_required', msg: 'Input should be None' }),
    int: (v) => {
        if (typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v)))
            return undefined;
        if (typeof v === 'number')
            return { type: 'int_from_float', msg: 'Input should be a valid integer, got a number with a fractional part' };
        if (typeof v === 'string')
            return /^\s*[-+]?\d+\s*$/.test(v) ? undefined : { type: 'int_parsing', msg: 'Input should be a valid integer, unable to parse string as an integer' };
        return { type: 'int_type', msg: 'Input should be a valid integer' };
    },
    float: (v) => {
        if (typeof v === 'number' || typeof v === 'boolean')
            return undefined;
        if (typeof v === 'string')
            return numericString(v) ? undefined : { type: 'float_parsing', msg: 'Input should be a valid number, unable to parse string as a number' };
        return { type: 'float_type', msg: 'Input should be a valid number' };
    },
    str: (v) => (typeof v === 'string' ? undefined : { type: 'string_type', msg: 'Input should be a valid string' }),
    bytes: (v) => (typeof v === 'string' ? undefined : { type: 'bytes_type', msg: 'Input should be a valid bytes' }),
    bool: (v) => {
        if (typeof v === 'boolean' || v === 0 || v === 1)
            return undefined;
        if (typeof v === 'string' || typeof v === 'number') {
            const ok = ['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off', 't', 'f', 'y', 'n'].includes(String(v).toLowerCase());
            return ok ? undefined : { type: 'bool_parsing', msg: 'Input should be a valid boolean, unable to interpret input' };
        }
        return { type: 'bool_type', msg: 'Input should be a valid boolean' };
    },
};
const CONTAINER_ERRORS = {
    list: { type: 'list_type', msg: 'Input should be a valid list' },
    set: { type: 'set_type', msg: 'Input should be a valid set' },
    tuple: { type: 'tuple_type', msg: 'Input should be a valid tuple' },
    dict: { type: 'dict_type', msg: 'Input should be a valid dictionary' },
};
/** The errors pydantic raises validating `value` as `type` at `loc` ([] when it accepts it). */
function validate(type, value, loc, context) {
    if (context.depth > 50)
        return [];
    const at = (error) => (error ? [{ loc: loc.join('.'), ...error }] : []);
    const inner = { ...context, depth: context.depth + 1 };
    switch (type.kind) {
        case 'scalar':
            // A class the model cannot see into is not second-guessed.
            return at(SCALAR_CHECKS[type.name]?.(value));
        case 'literal':
        case 'enum': {
            const values = type.kind === 'literal' ? type.values : type.members.map((m) => m.value);
            return values.some((v) => v === value) ? [] : at({ type: type.kind === 'literal' ? 'literal_error' : 'enum', msg: `Input should be ${expectedValues(values)}` });
        }
        case 'union':
            return validateUnion(type.options, value, loc, inner);
        case 'object':
            if (!isObject(value))
                return at({ type: 'model_type', msg: `Input should be a valid dictionary or instance of ${type.name}` });
            return validateFields(type.fields, value, loc, inner);
        case 'dict':
            if (!isObject(value))
                return at(CONTAINER_ERRORS.dict);
            return Object.entries(value).flatMap(([k, v]) => validate(type.value, v, [...loc, k], inner));
        case 'list':
        case 'set':
        case 'tuple':
            if (!Array.isArray(value))
                return at(CONTAINER_ERRORS[type.kind]);
            return value.flatMap((v, i) => validate(type.kind === 'tuple' ? (type.items[type.variadic ? 0 : i] ?? { kind: 'scalar', name: 'any' }) : type.item, v, [...loc, String(i)], inner));
    }
}
/** `T | None` is T that also takes null; a real union reports each option's error under the option's name. */
function validateUnion(options, value, loc, context) {
    const nullable = options.some((o) => o.kind === 'scalar' && o.name === 'none');
    const rest = options.filter((o) => !(o.kind === 'scalar' && o.name === 'none'));
    if (nullable && value === null)
        return [];
    const [only, ...others] = rest;
    if (only && others.length === 0)
        return validate(only, value, loc, context);
    const perOption = rest.map((o) => validate(o, value, [...loc, unionTag(o)], context));
    return perOption.some((errors) => errors.length === 0) ? [] : perOption.flat();
}
function unionTag(type) {
    if (type.kind === 'object' || type.kind === 'enum')
        return type.name;
    if (type.kind === 'scalar')
        return type.name === 'str' ? 'str' : type.name;
    if (type.kind === 'list' || type.kind === 'set')
        return `${type.kind}[${unionTag(type.item)}]`;
    if (type.kind === 'literal')
        return `literal[${type.values.map(pythonRepr).join(',')}]`;
    return type.kind;
}
/** A model's fields: missing required ones, then each present one, then extra keys (when forbidden). */
function validateFields(fields, value, loc, context) {
    const errors = [];
    for (const field of fields) {
        if (Object.hasOwn(value, field.name))
            errors.push(...validate(field.type, value[field.name], [...loc, field.name], context));
        else if (field.required)
            errors.push({ loc: [...loc, field.name].join('.'), type: 'missing', msg: 'Field required' });
    }
    if (context.forbidExtra)
        for (const key of Object.keys(value))
            if (!fields.some((f) => f.name === key))
                errors.push({ loc: [...loc, key].join('.'), type: 'extra_forbidden', msg: 'Extra inputs are not permitted' });
    return errors;
}
const PYTHON_TYPE_NAMES = { object: 'NoneType', array: 'list', dict: 'dict' };
const INT_TEXT = /^\s*[-+]?\d+(_\d+)*\s*$/;
const FLOAT_TEXT = /^\s*[-+]?((\d+(_\d+)*)?\.?\d+(_\d+)*([eE][-+]?\d+)?|\d+(_\d+)*\.|nan|inf|infinity)\s*$/i;
/** What a decoder function's `int(v)` / `float(v)` raises on a JSON value, in CPython 3.10+ words; undefined when it converts. */
function conversionError(conversion, value) {
    if (typeof value === 'number' || typeof value === 'boolean')
        return undefined;
    if (typeof value === 'string') {
        if ((conversion === 'int' ? INT_TEXT : FLOAT_TEXT).test(value))
            return undefined;
        return conversion === 'int' ? `ValueError: invalid literal for int() with base 10: ${pythonRepr(value)}` : `ValueError: could not convert string to float: ${pythonRepr(value)}`;
    }
    const name = value === null ? PYTHON_TYPE_NAMES.object : Array.isArray(value) ? PYTHON_TYPE_NAMES.array : PYTHON_TYPE_NAMES.dict;
    return conversion === 'int'
        ? `TypeError: int() argument must be a string, a bytes-like object or a real number, not '${name}'`
        : `TypeError: float() argument must be a string or a real number, not '${name}'`;
}

// EXTERNAL MODULE: ./build/src/schema/types.js
var types = __webpack_require__(3004);
;// CONCATENATED MODULE: ./build/src/schema/witness.js


/**
 * Witnesses per message: each payload holds every required field, so a PR that breaks thousands
 * of fields would print thousands of full messages; the first ones show the break as well.
 */
const MAX_WITNESSES = 25;
/** A field-level change: both sides have the message. */
const fieldLevel = (builder) => (change, sides, decoder) => sides.writer && sides.reader ? builder(change, sides, decoder) : undefined;
const fieldFocus = (mode) => fieldLevel((change, sides, decoder) => read(sides, decoder, [{ steps: stepsOf(change.field ?? '', sides), leaf: { mode } }], change));
/**
 * One builder per change kind (a breaking rule maps to the builder of its kind; the unit test
 * walks the rule table and runs every breaking rule's witness on CPython).
 */
const WITNESS_BUILDERS = {
    'field-added': fieldFocus('minimal'),
    'field-removed': fieldFocus('minimal'),
    'field-renamed': fieldLevel((change, sides, decoder) => read(sides, decoder, [minimalAt(change.from, sides), minimalAt(change.to, sides)], change)),
    'became-required': fieldFocus('omit'),
    'became-optional': fieldFocus('omit'),
    'type-changed': fieldLevel(typeChanged),
    'enum-value-added': fieldLevel(valueChange),
    'enum-value-removed': fieldLevel(valueChange),
    'literal-value-added': fieldLevel(valueChange),
    'literal-value-removed': fieldLevel(valueChange),
    'message-removed': messageRemoved,
    'message-kind-changed': messageKindChanged,
    'message-added': undefined,
};
/** The witness of a breaking change: the judged direction first; the other one when the rule holds both ways and the first is accepted. */
function buildWitness(change, context) {
    const builder = WITNESS_BUILDERS[change.kind];
    if (!change.breaking || !builder)
        return undefined;
    const preferred = (change.rule.direction === 'any' ? context.role : change.rule.direction) === 'producer' ? 'new-to-old' : 'old-to-new';
    const order = change.rule.direction === 'any' ? [preferred, other(preferred)] : [preferred];
    const witnesses = order.map((direction) => builder(change, sidesFor(direction, context), context.decoder));
    return witnesses.find((w) => w && !w.error.startsWith('no exception')) ?? witnesses.find((w) => w);
}
const other = (d) => (d === 'old-to-new' ? 'new-to-old' : 'old-to-new');
function sidesFor(direction, { base, head }) {
    return direction === 'old-to-new' ? { direction, writer: base, reader: head } : { direction, writer: head, reader: base };
}
/** The steps of a changed field's path; a top-level field whose own name has `.` or `[]` in it (JSON Schema allows it) is that field. */
function stepsOf(path, sides) {
    const own = [sides.writer, sides.reader].some((side) => side.fields.some((field) => field.name === path));
    return own ? [{ kind: 'field', name: path }] : parsePath(path);
}
/** `datasets[].run` → field datasets, item, field run; `{}` is a dict's value. */
function parsePath(path) {
    const steps = [];
    for (const part of path.split('.')) {
        const match = /^(.*?)((?:\[\]|\{\})*)$/s.exec(part);
        if (match?.[1])
            steps.push({ kind: 'field', name: match[1] });
        for (const suffix of match?.[2]?.match(/\[\]|\{\}/g) ?? [])
            steps.push(suffix === '[]' ? { kind: 'item' } : { kind: 'value' });
    }
    return steps;
}
/** The type at a path of a schema (Optional unwrapped on the way), or undefined where the path leaves it. */
function typeAt(fields, steps) {
    let type = { kind: 'object', name: '', fields };
    for (const step of steps) {
        const t = nonNull(type);
        if (step.kind === 'field' && t.kind === 'object') {
            const field = t.fields.find((f) => f.name === step.name);
            if (!field)
                return undefined;
            type = field.type;
        }
        else if (step.kind === 'item' && (t.kind === 'list' || t.kind === 'set'))
            type = t.item;
        else if (step.kind === 'value' && t.kind === 'dict')
            type = t.value;
        else
            return undefined;
    }
    return type;
}
/** The writer's message: required fields at minimal values, every focused path present down to its leaf. */
function buildValue(type, focuses, depth = 0) {
    const live = focuses.filter((f) => f.steps.length > 0);
    const ended = focuses.find((f) => f.steps.length === 0);
    if (ended?.leaf.mode === 'value')
        return ended.leaf.value;
    if (!live.length || depth > 50)
        return minimal(type);
    const t = nonNull(type);
    const rest = live.map((f) => ({ ...f, steps: f.steps.slice(1) }));
    if (t.kind === 'list' || t.kind === 'set')
        return [buildValue(t.item, rest, depth + 1)];
    if (t.kind === 'dict')
        return { [dictKey(t.key)]: buildValue(t.value, rest, depth + 1) };
    if (t.kind === 'object')
        return buildObject(t.fields, live, depth + 1);
    return minimal(type);
}
/**
 * `known`: the reader's top-level keys. A key only the writer has that is not this change's is
 * another change's: left out, so each witness shows its own break (not the first one CPython meets).
 */
function buildObject(fields, focuses, depth = 0, known) {
    const out = {};
    for (const field of fields) {
        const mine = focuses.filter((f) => f.steps[0]?.kind === 'field' && f.steps[0].name === field.name).map((f) => ({ ...f, steps: f.steps.slice(1) }));
        if (mine.some((f) => f.steps.length === 0 && f.leaf.mode === 'omit'))
            continue;
        if (known && !known.has(field.name) && !mine.length)
            continue;
        if (field.required || mine.length)
            out[field.name] = buildValue(field.type, mine, depth);
    }
    return out;
}
/**
 * A decoder function may parse a key it reads with str methods (`d["position"].split(",")` then
 * `float(...)`): "0" survives the usual parses where "" does not.
 */
function textReadsAsDigits(writer, payload) {
    if (writer.kind !== 'function')
        return payload;
    const text = new Set(writer.fields.filter((f) => f.type.kind === 'scalar' && f.type.name === 'str').map((f) => f.name));
    return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, text.has(k) && v === '' ? '0' : v]));
}
/** The minimal value at a field path. */
function minimalAt(path, sides) {
    return { steps: stepsOf(path ?? '', sides), leaf: { mode: 'minimal' } };
}
/** The payload through the reader of the decoder kind. */
function read(sides, decoder, focuses, change) {
    const known = new Set(sides.reader.fields.map((f) => f.name));
    const payload = textReadsAsDigits(sides.writer, buildObject(sides.writer.fields, focuses, 0, known));
    const { reader } = sides;
    if (decoder === 'function')
        return { direction: sides.direction, payload, ...functionRead(reader, payload, change) };
    // `cls(**message)` on a pydantic model validates as the model says (its own extra policy).
    if (decoder === 'strict' && reader.kind !== 'pydantic')
        return { direction: sides.direction, payload, ...strictRead(reader, payload, focuses[0].steps, change) };
    const forbidExtra = decoder === 'strict' ? reader.extra === 'forbid' : decoder === 'pydantic-forbid';
    const errors = validateFields(reader.fields, payload, [], { forbidExtra, depth: 0 });
    return { direction: sides.direction, payload, reader: readerCall(reader.name, decoder), error: pydanticError(reader.name, errors, change) };
}
function pydanticError(title, errors, change) {
    if (!errors.length)
        return `no exception: the reader accepts this message; the break shows in the values it reads${change.field ? ` (${quote(change.field)})` : ''}`;
    const listed = errors.map((e) => `${e.loc}: ${e.msg} [type=${e.type}]`).join('; ');
    return `ValidationError: ${errors.length} validation error${errors.length === 1 ? '' : 's'} for ${title}: ${listed}`;
}
const quote = (text) => `'${text}'`;
/** `message["datasets"][0]`: the Python expression of a path into the payload. */
function pythonPath(payload, steps) {
    let expr = 'message';
    let value = payload;
    for (const step of steps) {
        if (value === null || typeof value !== 'object')
            return { expr, value: undefined };
        // An empty object has no first key: the path then reads `[undefined]`, as JavaScript indexes it.
        const key = step.kind === 'field' ? step.name : step.kind === 'item' ? 0 : Object.keys(value)[0];
        expr += `[${typeof key === 'number' ? key : JSON.stringify(key)}]`;
        value = value[String(key)];
    }
    return { expr, value };
}
/**
 * `cls(**message)`: a dataclass's `__init__` (CPython 3.10+ words) at the model that holds the
 * changed field; it checks keys, not types. An enum member is checked where the code calls `Enum(value)`.
 */
function strictRead(reader, payload, steps, change) {
    const lastField = steps.map((s) => s.kind).lastIndexOf('field');
    const containerSteps = steps.slice(0, Math.max(lastField, 0));
    const container = containerSteps.length ? nonNull(typeAt(reader.fields, containerSteps) ?? { kind: 'scalar', name: 'any' }) : undefined;
    const name = container?.kind === 'object' ? (container.qualname ?? container.name) : reader.name;
    const fields = container?.kind === 'object' ? container.fields : reader.fields;
    const at = pythonPath(payload, containerSteps);
    const call = `${name}(**${at.expr})`;
    const keyError = initError(name, fields, at.value);
    if (keyError)
        return { reader: call, error: keyError };
    const leafType = typeAt(reader.fields, steps);
    const leaf = pythonPath(payload, steps);
    const enumType = leafType && nonNull(leafType);
    if (enumType?.kind === 'enum' && leaf.value !== undefined && !enumType.members.some((m) => m.value === leaf.value))
        return { reader: `${enumType.qualname ?? enumType.name}(${leaf.expr})`, error: `ValueError: ${pythonRepr(leaf.value)} is not a valid ${enumType.qualname ?? enumType.name}` };
    const sent = leaf.value === undefined ? 'as sent' : `as ${JSON.stringify(leaf.value)}`;
    const declared = leafType ? ` where the reader declares ${describe(leafType)}` : '';
    return { reader: call, error: `no exception: ${call} checks keys, not types or values: ${quote(change.field ?? '')} arrives ${sent}${declared}; the code that uses it gets what it does not expect` };
}
function describe(type) {
    if (type.kind === 'literal')
        return `Literal[${type.values.map(pythonRepr).join(', ')}]`;
    if (type.kind === 'enum')
        return type.name;
    if (type.kind === 'object')
        return type.name;
    if (type.kind === 'union')
        return type.options.map(describe).join(' | ');
    if (type.kind === 'list' || type.kind === 'set')
        return `${type.kind}[${describe(type.item)}]`;
    return type.kind === 'scalar' ? (type.name === 'none' ? 'None' : type.name) : type.kind;
}
/** CPython's TypeError for keyword arguments: the first unknown key, else the missing required fields. */
function initError(className, fields, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const unexpected = Object.keys(value).find((k) => !fields.some((f) => f.name === k));
    if (unexpected !== undefined)
        return `TypeError: ${className}.__init__() got an unexpected keyword argument ${quote(unexpected)}`;
    // Positional arguments are checked before keyword-only ones.
    const absent = fields.filter((f) => f.required && !Object.hasOwn(value, f.name));
    const positional = absent.filter((f) => !f.keywordOnly);
    const missing = (positional.length ? positional : absent).map((f) => quote(f.name));
    if (!missing.length)
        return undefined;
    const names = missing.length === 1 ? missing[0] : missing.length === 2 ? missing.join(' and ') : `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1]}`;
    const what = positional.length ? 'positional' : 'keyword-only';
    return `TypeError: ${className}.__init__() missing ${missing.length} required ${what} argument${missing.length === 1 ? '' : 's'}: ${names}`;
}
/** A value of the writer's type the reader's type rejects (pydantic's lax rules; a dataclass takes it as sent). */
function typeChanged(change, sides, decoder) {
    const steps = stepsOf(change.field ?? '', sides);
    const writerType = typeAt(sides.writer.fields, steps);
    const readerType = typeAt(sides.reader.fields, steps);
    if (!writerType || !readerType)
        return undefined;
    const context = { forbidExtra: false, depth: 0 };
    const rejects = (v) => (decoder === 'function' ? valueError(readerType, v) !== undefined : validate(readerType, v, [], context).length > 0);
    const value = candidates(writerType).find(rejects) ?? minimal(writerType);
    return read(sides, decoder, [{ steps, leaf: { mode: 'value', value } }], change);
}
/** The added (or removed) enum member or Literal value itself, sent by the side that has it. */
function valueChange(change, sides, decoder) {
    const steps = stepsOf(change.field ?? '', sides);
    const writerType = typeAt(sides.writer.fields, steps);
    const label = change.to ?? change.from;
    const t = writerType && nonNull(writerType);
    const value = t?.kind === 'enum'
        ? t.members.find((m) => label === `${m.name}=${(0,types/* formatLiteral */.z3)(m.value)}`)?.value
        : t?.kind === 'literal'
            ? t.values.find((v) => (0,types/* formatLiteral */.z3)(v) === label)
            : undefined;
    if (value === undefined)
        return undefined;
    return read(sides, decoder, [{ steps, leaf: { mode: 'value', value } }], change);
}
function readerCall(name, decoder) {
    if (decoder === 'function')
        return `${name}(message)`;
    return decoder === 'strict' ? `${name}(**message)` : `${name}.model_validate(message)`;
}
/** How a decoder function takes a key's value: `int(…)`, `float(…)`, `cls.Dome(int(…))`, or as it comes. */
function conversionOf(type) {
    if (type.kind === 'enum')
        return 'enum';
    if (type.kind !== 'union')
        return undefined;
    const has = (name) => type.options.some((o) => o.kind === 'scalar' && o.name === name);
    return has('int-text') ? 'int' : has('float-text') ? 'float' : undefined;
}
/** What a decoder function raises on one key's value (the enum after its int()); undefined when it takes it. */
function valueError(type, value) {
    const conversion = conversionOf(type);
    if (!conversion)
        return undefined;
    if (conversion !== 'enum')
        return conversionError(conversion, value);
    const converted = conversionError('int', value);
    if (converted || type.kind !== 'enum')
        return converted;
    const number = typeof value === 'string' ? Number.parseInt(value.replace(/_/g, ''), 10) : Math.trunc(Number(value));
    const name = type.qualname ?? type.name;
    return type.members.some((m) => m.value === number) ? undefined : `ValueError: ${number} is not a valid ${name}`;
}
/**
 * A decoder function (`FannedOutVisit.from_dict(message)`), key by key in the order it reads them:
 * `d["key"]` raises KeyError on a missing key, the conversion on a value it does not take.
 */
function functionRead(reader, payload, change) {
    const call = readerCall(reader.name, 'function');
    for (const field of reader.fields) {
        const error = Object.hasOwn(payload, field.name) ? valueError(field.type, payload[field.name]) : field.required ? `KeyError: ${pythonRepr(field.name)}` : undefined;
        if (error)
            return { reader: call, error };
    }
    return { reader: call, error: `no exception: ${call} takes the message; the break shows in the values it reads${change.field ? ` (${quote(change.field)})` : ''}` };
}
/** The class is gone at head: an old message reaches code that no longer has it. */
function messageRemoved(_change, sides, decoder) {
    const gone = sides.writer;
    if (sides.direction !== 'old-to-new' || !gone || sides.reader)
        return undefined;
    return { direction: 'old-to-new', payload: minimalFields(gone.fields), reader: readerCall(gone.name, decoder), error: `NameError: name ${quote(gone.name)} is not defined` };
}
/** A dataclass or model that became a plain class: the plain side takes no keyword arguments and has no model_validate. */
function messageKindChanged(_change, sides, decoder) {
    if (!sides.reader || !sides.writer || sides.reader.kind !== 'class' || sides.writer.kind === 'class')
        return undefined;
    const payload = minimalFields(sides.writer.fields, true);
    const name = sides.reader.name;
    if (decoder !== 'strict')
        return { direction: sides.direction, payload, reader: readerCall(name, decoder), error: `AttributeError: type object ${quote(name)} has no attribute 'model_validate'` };
    const error = Object.keys(payload).length ? `TypeError: ${name}() takes no arguments` : `no exception: ${name}() takes an empty message, but the class no longer defines its fields`;
    return { direction: sides.direction, payload, reader: readerCall(name, decoder), error };
}
/** Required fields at minimal values; every field (what `asdict` sends) when `all`. */
function minimalFields(fields, all = false) {
    return Object.fromEntries(fields.filter((f) => all || f.required).map((f) => [f.name, minimal(f.type)]));
}

// EXTERNAL MODULE: ./build/src/schema/function-decoder.js
var function_decoder = __webpack_require__(1036);
// EXTERNAL MODULE: ./build/src/python/dict-reads.js
var dict_reads = __webpack_require__(3350);
;// CONCATENATED MODULE: ./build/src/schema/message-check.js
/**
 * One configured message, base → head: find it at both revisions (following a
 * moved file and a renamed class), diff, and judge every change by the rules.
 */









async function checkMessage(spec, revisions) {
    const { repository, base, head } = revisions;
    const ref = (0,sources/* parseSchemaRef */.GC)(spec.schema);
    const notes = [];
    // Where is the file at head, and where was it at base?
    let headPath = ref.path;
    const existsAtHead = await (0,sources/* fileExists */.hR)(repository, head, ref.path);
    const existsAtBase = await (0,sources/* fileExists */.hR)(repository, base, ref.path);
    if (!existsAtHead) {
        const moved = (await revisions.changedFiles()).find((c) => c.status === 'renamed' && c.oldPath === ref.path);
        if (moved) {
            headPath = moved.path;
            notes.push({ text: (0,model/* inline */.mG) `${ref.path} moved to ${moved.path} at head: update ${(0,model/* code */.aY)('schema:')} to the new path` });
        }
        else if (existsAtBase)
            headPath = undefined;
        else
            throw new errors/* InputError */.dz(`schema file ${ref.path} exists neither at base nor at head`, {
                file: ref.path,
                hint: 'Check the `schema:` path (relative to the repository root), or fetch the revisions (actions/checkout with fetch-depth: 0).',
            });
    }
    let basePath = headPath && (await (0,sources/* fileExists */.hR)(repository, base, headPath)) ? headPath : undefined;
    if (!headPath)
        basePath = ref.path; // gone at head: message-removed
    else if (!basePath) {
        const moved = (await revisions.changedFiles()).find((c) => c.status === 'renamed' && c.path === headPath);
        if (moved?.oldPath) {
            basePath = moved.oldPath;
            notes.push({ text: (0,model/* inline */.mG) `file moved: ${moved.oldPath} → ${headPath} (followed)`, file: headPath });
        }
        else if (existsAtBase && headPath !== ref.path)
            basePath = ref.path;
        else if (ref.className) {
            // Moved and rewritten beyond git's rename similarity: a file deleted at head that
            // defined the same class is where the message was (else it would pass as "added").
            const deleted = (await revisions.changedFiles()).filter((c) => c.status === 'deleted' && c.path.endsWith('.py'));
            for (const candidate of deleted) {
                const found = await (0,sources/* extractAt */.NF)(repository, base, { ...ref, path: candidate.path }).then(() => true, () => false);
                if (found) {
                    basePath = candidate.path;
                    notes.push({ text: (0,model/* inline */.mG) `${ref.className} was in ${candidate.path} at base (deleted at head): followed`, file: headPath });
                    break;
                }
            }
        }
    }
    const headClass = headPath ? await (0,sources/* extractAt */.NF)(repository, head, { ...ref, path: headPath }) : undefined;
    const headClasses = headPath && ref.className ? await (0,python_extract/* classNamesIn */.Gl)((0,sources/* revisionFiles */.jY)(repository, head), headPath) : [];
    const followed = basePath
        ? await extractFollowingRename((r) => (0,sources/* extractAt */.NF)(repository, base, r), { ...ref, path: basePath }, { schema: headClass, classes: headClasses })
        : { schema: undefined, notes: [] };
    const classes = { base: followed.schema, head: headClass };
    // A decoder function: the message is what the function reads, at each revision.
    const views = typeof spec.decoder === 'object' ? await decoderViews((0,function_decoder/* parseFunctionRef */.r$)(spec.decoder.function), revisions, classes) : { ...classes, notes: [] };
    return judgeMessage(spec, views.base, views.head, [...notes, ...followed.notes, ...views.notes]);
}
/** Base and head as read → the judged changes and the bump: the one judgement both the git and the files form use. */
function judgeMessage(spec, base, head, notes = []) {
    const decoder = decoderKind(spec, base, head);
    const label = decoderLabel(spec, decoder);
    let witnessesLeft = MAX_WITNESSES;
    const changes = (0,diff/* diffSchemas */.e)(base, head).map((change) => {
        const judgement = (0,rules/* judge */.S4)(change, decoder, spec.role);
        const judged = { ...change, breaking: judgement.breaking, rule: judgement.rule, decoder: label };
        const witness = witnessesLeft > 0 ? buildWitness(judged, { base, head, decoder, role: spec.role }) : undefined;
        if (witness)
            witnessesLeft--;
        return witness ? { ...judged, witness } : judged;
    });
    return { spec, base, head, decoder, decoderLabel: label, changes, notes, requiredBump: (0,rules/* maxBump */.fX)(changes.map((c) => c.rule.bump)) };
}
/**
 * The base schema; when the class is not in the base file under its head name,
 * a base class with the same wire fields is the same message renamed (a note says so).
 * `at.schema` is the message at head, `at.classes` the classes of its file there.
 */
async function extractFollowingRename(extract, ref, at) {
    try {
        return { schema: await extract(ref), notes: [] };
    }
    catch (error) {
        const renamed = await followRename(extract, ref, { error, ...at });
        return { schema: renamed?.schema, notes: renamed ? [renamed.note] : [] };
    }
}
/** The base class a message not found under its name was renamed from, with the note that says so. */
async function followRename(extract, ref, { error, schema: head, classes: headClasses }) {
    if (!(error instanceof python_extract/* ClassNotFoundError */._J) || !head)
        throw error;
    const candidates = [];
    // A class still present at head is itself, not the old name of this one.
    for (const name of error.available.filter((n) => !headClasses.includes(n))) {
        const schema = await extract({ ...ref, className: name }).catch(() => undefined);
        if (schema && schema.fields.length)
            candidates.push(schema);
    }
    const same = candidates.find((c) => (0,diff/* sameWireFields */.H)(c, head));
    if (same)
        return { schema: same, note: { text: (0,model/* inline */.mG) `class renamed: ${same.name} → ${head.name}, wire unchanged`, file: head.file, line: head.line } };
    // A rename that also changed fields: the closest class by shared field names, if it shares most.
    const headNames = new Set(head.fields.map((f) => f.name));
    const scored = candidates
        .map((c) => ({ c, shared: c.fields.filter((f) => headNames.has(f.name)).length }))
        .sort((a, b) => b.shared - a.shared);
    const best = scored[0];
    if (best && best.shared * 2 >= Math.max(headNames.size, best.c.fields.length) && scored[1]?.shared !== best.shared) {
        return { schema: best.c, note: { text: (0,model/* inline */.mG) `class renamed: ${best.c.name} → ${head.name} (followed; its field changes are listed)`, file: head.file, line: head.line } };
    }
    return undefined;
}
/**
 * The message as the decoder function reads it at base and at head. The function must be
 * there at head; where it is not yet at base, the base is the class's own fields (what its
 * reader took before the function existed), and a note says so.
 */
async function decoderViews(fn, revisions, classes) {
    const { repository } = revisions;
    const head = classes.head ? await (0,function_decoder/* extractDecoderSchema */.Ng)((0,sources/* revisionFiles */.jY)(repository, revisions.head), fn, classes.head) : undefined;
    if (!classes.base)
        return { head, notes: [] };
    const atBase = async () => {
        // A file moved base → head (python/activator/visit.py → python/shared/visit.py) is followed.
        const moved = (await (0,sources/* fileExists */.hR)(repository, revisions.base, fn.path)) ? undefined : (await revisions.changedFiles()).find((c) => c.status === 'renamed' && c.path === fn.path)?.oldPath;
        if (!moved && !(await (0,sources/* fileExists */.hR)(repository, revisions.base, fn.path)))
            return undefined;
        return (0,function_decoder/* extractDecoderSchema */.Ng)((0,sources/* revisionFiles */.jY)(repository, revisions.base), { ...fn, path: moved ?? fn.path }, classes.base).catch((error) => {
            if (error instanceof dict_reads/* FunctionNotFoundError */.W_)
                return undefined;
            throw error;
        });
    };
    const base = await atBase();
    if (base)
        return { base, head, notes: [] };
    const note = { text: (0,model/* inline */.mG) `${(0,model/* code */.aY)((0,function_decoder/* formatFunctionRef */.Nf)(fn))} is not at base: the base is read as the fields of ${classes.base.name}, then the function at head`, file: fn.path };
    return { base: classes.base, head, notes: [note] };
}
/** The decoder as reports name it: `strict`, `pydantic-ignore`, `pydantic-forbid`, `function python/shared/visit.py#FannedOutVisit.from_dict`. */
function decoderLabel(spec, decoder) {
    return typeof spec.decoder === 'object' ? `function ${spec.decoder.function}` : decoder;
}
/** strict, pydantic with the reader's extra policy (consumer: the new model; producer: the old one), or a decoder function. */
function decoderKind(spec, base, head) {
    if (typeof spec.decoder === 'object')
        return 'function';
    if (spec.decoder === 'strict')
        return 'strict';
    const reader = spec.role === 'producer' ? (base ?? head) : (head ?? base);
    const extra = spec.extra ?? (reader && (reader.kind === 'pydantic' || reader.kind === 'json-schema') ? reader.extra : 'ignore');
    return extra === 'forbid' ? 'pydantic-forbid' : 'pydantic-ignore';
}


/***/ }),

/***/ 5371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ classNamesIn),
/* harmony export */   J5: () => (/* binding */ extractPythonSchema),
/* harmony export */   LE: () => (/* binding */ parseTypeText),
/* harmony export */   _J: () => (/* binding */ ClassNotFoundError)
/* harmony export */ });
/* unused harmony exports MAX_NESTING, MAX_TYPE_PARTS, exprText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _python_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(615);
/* harmony import */ var _python_expressions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8829);
/* harmony import */ var _python_program_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2530);
/* harmony import */ var _python_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(310);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3004);







/**
 * How deep inheritance, nested models and type expressions may go together (CPython has no
 * such bound; real messages stay far below it). Deeper is refused (exit 2), never cut short:
 * a cut would hide the fields and types past it.
 */
const MAX_NESTING = 100;
/** How many parts one field's type may expand to through aliases (`T2 = Union[T1, list[T1]]` doubles each time). */
const MAX_TYPE_PARTS = 5_000;
async function extractPythonSchema(files, file, className) {
    const extractor = new PythonSchemaExtractor(new _python_program_js__WEBPACK_IMPORTED_MODULE_3__/* .PythonProgram */ .V(files));
    return extractor.message(file, className);
}
/** Names of the top-level classes of a Python file at a revision (empty when it is absent). */
async function classNamesIn(files, file) {
    const module = await new _python_program_js__WEBPACK_IMPORTED_MODULE_3__/* .PythonProgram */ .V(files).loadFirst([file]);
    return module ? [...module.classes.keys()] : [];
}
class PythonSchemaExtractor {
    program;
    warnings = [];
    shapes = new Map();
    inProgress = new Set();
    /** Each module-level alias is resolved once (by its expression), whatever number of uses. */
    aliasTypes = new Map();
    aliasesInProgress = new Set();
    typeParts = new WeakMap();
    constructor(program) {
        this.program = program;
    }
    async message(file, className) {
        const module = await this.program.loadRequired(file, () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`schema file ${file} does not exist at this revision`, { file, hint: 'Check the `schema:` path (PATH#Class, relative to the repository root).' }));
        const cls = findClass(module, className);
        const shape = await this.shape(module, cls, 0);
        if (shape.kind === 'class' && !shape.isEnum)
            this.warn((0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG) `${className} is neither a dataclass nor a pydantic model: it is not read as a message (${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)('cls(**message)')} does not take its annotations)`, file, cls.line);
        if (shape.isEnum)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${className} is an enum, not a message class`, { file, line: cls.line, hint: 'Point `schema:` at the dataclass or pydantic model that travels as the message.' });
        return {
            name: className,
            kind: shape.kind,
            file,
            line: cls.line,
            fields: fieldList(shape),
            extra: shape.extra ?? (shape.kind === 'pydantic' ? 'ignore' : 'forbid'),
            warnings: this.warnings,
        };
    }
    /**
     * Shapes are computed one at a time (never in parallel), so a class met again while
     * its own shape is being computed is a cycle (`class M(M)`, a recursive model).
     */
    async shape(module, cls, depth) {
        const done = this.shapes.get(cls);
        if (done)
            return done;
        if (this.inProgress.has(cls))
            return { kind: 'class', fields: new Map(), extra: undefined, isEnum: false, attribute: () => undefined };
        this.inProgress.add(cls);
        try {
            const shape = await this.computeShape(module, cls, depth);
            this.shapes.set(cls, shape);
            return shape;
        }
        finally {
            this.inProgress.delete(cls);
        }
    }
    async computeShape(module, cls, depth) {
        const baseFields = [];
        const bases = [];
        let kind = 'class';
        let extra;
        let isEnum = false;
        // The last base first: an earlier base overrides a later one, as in the MRO.
        for (const baseExpr of [...cls.bases].reverse()) {
            const target = baseExpr.kind === 'subscript' ? baseExpr.target : baseExpr;
            const parts = target.kind === 'name' ? target.parts : undefined;
            if (!parts) {
                this.warn((0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG) `base class ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(exprText(baseExpr))} of ${cls.name} is not a plain name: its fields are unknown`, module.path, baseExpr.line);
                continue;
            }
            const resolved = await this.program.resolve(module, parts);
            if (resolved.kind === 'class') {
                tooDeep(depth + 1, module.path, baseExpr.line, `the inheritance of ${cls.name}`);
                const base = await this.shape(resolved.module, resolved.cls, depth + 1);
                if (base.isEnum)
                    isEnum = true;
                if (base.kind !== 'class')
                    kind = base.kind;
                extra = base.extra ?? extra;
                baseFields.push({ plain: base.kind === 'class', fields: base.fields });
                bases.unshift(base);
                continue;
            }
            if (resolved.kind === 'alias')
                continue;
            const qualified = resolved.qualified;
            if (qualified === 'pydantic.BaseModel')
                kind = 'pydantic';
            else if (qualified in _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ENUM_BASES */ .Xp)
                isEnum = true;
            else if (_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .IGNORED_BASES */ .Sg.has(qualified) || qualified === 'builtins.int' || qualified === 'builtins.str')
                continue;
            else
                this.warn((0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG) `base class ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(parts.join('.'))} of ${cls.name} comes from outside the repository (${qualified}): its fields are unknown and not checked`, module.path, baseExpr.line);
        }
        const namespace = classNamespace(module, cls);
        // getattr(cls, name): the class's own attributes, then each base's (depth first, as the MRO of a tree).
        const fromBases = (name) => bases.map((b) => b.attribute(name)).find((v) => v !== undefined);
        if (isEnum)
            return { kind, fields: new Map(), extra, isEnum, attribute: (name) => (namespace.has(name) ? namespace.get(name) : fromBases(name)) };
        const decorated = await this.isDataclass(module, cls);
        // A plain subclass of a dataclass is a dataclass to CPython (it inherits its fields and
        // __init__), but its own annotations are not fields; a plain class of its own has no
        // fields to CPython, and its annotations are read only to say what changed.
        const ownAreFields = decorated || kind === 'pydantic' || kind === 'class';
        if (decorated)
            kind = kind === 'pydantic' ? 'pydantic' : 'dataclass';
        extra = this.declaredExtra(module, cls) ?? extra;
        // A plain base's annotations are not fields of a dataclass or model deriving from it.
        const inherited = new Map();
        for (const base of baseFields)
            if (!base.plain || kind === 'class')
                for (const [name, f] of base.fields)
                    inherited.set(name, f);
        const lookup = (name) => (namespace.has(name) ? namespace.get(name) : fromBases(name));
        const own = ownAreFields ? await this.ownFields(module, cls, { kind, depth, valueOf: lookup }) : [];
        // pydantic builds every field again in each model: an inherited field takes its default from
        // the attribute the model sees under its name (a base's ClassVar, say), if there is one.
        if (kind === 'pydantic')
            for (const [name, field] of await this.reinherited(module, inherited, own.map((o) => o.pythonName), lookup))
                inherited.set(name, field);
        const attributes = new Map(namespace);
        for (const { field, pythonName, call } of own) {
            // A redefined field keeps its place (dataclass semantics); a name this class declares
            // ClassVar or InitVar (null) is no longer a field, even if a base's was.
            inherited.set(pythonName, field);
            if (!field)
                continue;
            // What the class keeps as the attribute: a dataclass keeps a plain default, pydantic none.
            if (!attributes.has(pythonName))
                continue;
            const kept = kind === 'dataclass' && call?.via === 'dataclass' ? call.keywords.default : kind === 'pydantic' ? undefined : attributes.get(pythonName);
            if (kept)
                attributes.set(pythonName, kept);
            else
                attributes.delete(pythonName);
        }
        return { kind, fields: inherited, extra, isEnum, attribute: (name) => (attributes.has(name) ? attributes.get(name) : fromBases(name)) };
    }
    /** The inherited fields pydantic builds again from the attribute the model sees under their name, by name. */
    async reinherited(module, inherited, own, lookup) {
        const rebuilt = new Map();
        for (const [name, field] of inherited) {
            const value = lookup(name);
            if (!field || own.includes(name) || value === undefined)
                continue;
            const { required, defaultText, wireName } = await this.valueDefault(module, value, name);
            const { default: _old, ...rest } = field;
            rebuilt.set(name, { ...rest, name: wireName, required, ...(defaultText !== undefined ? { default: defaultText } : {}) });
        }
        return rebuilt;
    }
    async isDataclass(module, cls) {
        for (const decorator of cls.decorators) {
            const callee = decorator.kind === 'call' ? decorator.callee : decorator;
            if (callee.kind !== 'name')
                continue;
            const resolved = await this.program.resolve(module, callee.parts);
            if (resolved.kind === 'external' && _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .DATACLASS_DECORATORS */ .C$.has(resolved.qualified))
                return true;
            if (resolved.kind === 'external' && !resolved.known && callee.parts.at(-1) === 'dataclass')
                return true;
        }
        return false;
    }
    /** pydantic `model_config = ConfigDict(extra=...)`, `{"extra": ...}`, class keyword `extra=`, v1 `class Config`. */
    declaredExtra(module, cls) {
        let extra = extraValue(cls.keywords.extra);
        for (const statement of cls.body) {
            const assignment = assignmentOf(module, statement);
            if (assignment?.target === 'model_config' && assignment.value) {
                const value = assignment.value;
                if (value.kind === 'call')
                    extra = extraValue(value.keywords.extra) ?? extra;
                else if (value.kind === 'other') {
                    const match = /["']extra["']\s*:\s*["'](ignore|forbid|allow)["']/.exec(value.text);
                    if (match)
                        extra = match[1];
                }
            }
        }
        const config = cls.nested.find((n) => n.name === 'Config');
        if (config) {
            for (const statement of config.body) {
                const assignment = assignmentOf(module, statement);
                if (assignment?.target === 'extra' && assignment.value)
                    extra = extraValue(assignment.value) ?? extra;
            }
        }
        return extra;
    }
    /** `valueOf`: the attribute the class ends up with under a name (its own last assignment, else a base's). */
    async ownFields(module, cls, { kind, depth, valueOf }) {
        for (const line of cls.undecidedConditions)
            this.warn((0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG) `the body of ${cls.name} has an ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)('if')} whose condition is not known without running the code: the fields of every branch are read`, module.path, line);
        // A name annotated twice keeps its first place and takes the last annotation (as CPython's __annotations__).
        const fields = new Map();
        // `@dataclass(kw_only=True)`, fields after `_: KW_ONLY`, `field(kw_only=True)`: keyword-only in `__init__`.
        let keywordOnly = kind === 'dataclass' && cls.decorators.some((d) => d.kind === 'call' && isTrue(d.keywords.kw_only));
        for (const statement of cls.body) {
            const assignment = assignmentOf(module, statement);
            if (!assignment?.annotation)
                continue;
            const name = assignment.target;
            if (kind === 'pydantic' && (name.startsWith('_') || name === 'model_config'))
                continue;
            const annotation = unquote(assignment.annotation, module.path);
            const head = await this.headOf(module, annotation, cls);
            // Excluded keeps its place in __annotations__: annotated again later, it is a field there.
            if (head && _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .EXCLUDED_ANNOTATIONS */ .Sl.has(head)) {
                if (head === 'dataclasses.KW_ONLY' && kind === 'dataclass')
                    keywordOnly = true;
                fields.set(name, { field: null, pythonName: name, call: undefined });
                continue;
            }
            let type = await this.wireType(module, annotation, [cls], depth);
            // The default is the attribute the class ends up with: the last value assigned to the name
            // in the body, wherever it is, else a base's (`getattr(cls, name)`).
            const metadataCall = annotation.kind === 'subscript' && head === 'typing.Annotated' ? await this.annotatedFieldCall(module, annotation) : undefined;
            const { required, defaultText, wireName, call } = await this.valueDefault(module, valueOf(name), name, metadataCall);
            if (type.kind === 'scalar' && type.name === 'none')
                type = _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NONE */ .x3;
            const kwOnly = kind === 'dataclass' && (call?.keywords.kw_only ? isTrue(call.keywords.kw_only) : keywordOnly);
            const field = {
                name: wireName,
                type,
                required,
                ...(defaultText !== undefined ? { default: defaultText } : {}),
                ...(kwOnly ? { keywordOnly: true } : {}),
                file: module.path,
                line: assignment.line,
                owner: cls.name,
            };
            fields.set(name, { field, pythonName: name, call });
        }
        return [...fields.values()];
    }
    /**
     * Required or not, the default's text and the wire name of a field whose class attribute is
     * `value` (`= 1`, `= field(default_factory=list)`, `= Field(..., alias="x")`, none).
     */
    async valueDefault(module, value, name, metadataCall) {
        let required = value === undefined;
        let defaultText = value ? exprText(value) : undefined;
        let wireName = name;
        const fieldCall = value?.kind === 'call' ? await this.fieldCall(module, value) : undefined;
        for (const call of [metadataCall, fieldCall]) {
            if (!call)
                continue;
            const explicitDefault = call.keywords.default ?? (call.via === 'pydantic' ? call.args[0] : undefined);
            const factory = call.keywords.default_factory;
            if (call === fieldCall) {
                required = !factory && (!explicitDefault || explicitDefault.kind === 'ellipsis');
                defaultText = factory ? `${exprText(factory)}()` : explicitDefault && explicitDefault.kind !== 'ellipsis' ? exprText(explicitDefault) : undefined;
            }
            else if (factory || (explicitDefault && explicitDefault.kind !== 'ellipsis')) {
                required = false;
                defaultText = factory ? `${exprText(factory)}()` : exprText(explicitDefault);
            }
            const alias = call.keywords.alias ?? call.keywords.serialization_alias;
            if (call.via === 'pydantic' && alias?.kind === 'string')
                wireName = alias.value;
        }
        return { required, defaultText, wireName, call: fieldCall };
    }
    async fieldCall(module, call) {
        if (call.callee.kind !== 'name')
            return undefined;
        const resolved = await this.program.resolve(module, call.callee.parts);
        if (resolved.kind !== 'external')
            return undefined;
        if (resolved.qualified === 'dataclasses.field' || (!resolved.known && resolved.qualified === 'field'))
            return { ...call, via: 'dataclass' };
        if (resolved.qualified === 'pydantic.Field' || (!resolved.known && resolved.qualified === 'Field'))
            return { ...call, via: 'pydantic' };
        return undefined;
    }
    async annotatedFieldCall(module, annotation) {
        for (const meta of annotation.args.slice(1)) {
            if (meta.kind !== 'call')
                continue;
            const call = await this.fieldCall(module, meta);
            if (call)
                return call;
        }
        return undefined;
    }
    async headOf(module, expr, context) {
        const target = expr.kind === 'subscript' ? expr.target : expr;
        if (target.kind !== 'name')
            return undefined;
        const resolved = await this.program.resolve(module, target.parts, [context]);
        if (resolved.kind !== 'external')
            return undefined;
        if (!resolved.known && ['ClassVar', 'InitVar', 'KW_ONLY'].includes(resolved.qualified))
            return resolved.qualified === 'InitVar' || resolved.qualified === 'KW_ONLY' ? `dataclasses.${resolved.qualified}` : `typing.${resolved.qualified}`;
        return resolved.qualified;
    }
    /** An annotation expression → its wire type, in the one canonical form. */
    async wireType(module, raw, context, depth) {
        tooDeep(depth, module.path, raw.line, `the type \`${exprText(raw).slice(0, 80)}\``);
        const expr = unquote(raw, module.path);
        switch (expr.kind) {
            case 'const':
                return expr.value === null ? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NONE */ .x3 : (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .scalar */ .d_)(typeof expr.value === 'boolean' ? 'bool' : 'int');
            case 'ellipsis':
                return _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4;
            case 'union':
                return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .makeUnion */ .AC)([await this.wireType(module, expr.left, context, depth + 1), await this.wireType(module, expr.right, context, depth + 1)]);
            case 'name':
                return this.namedType(module, await this.program.resolve(module, expr.parts, context), expr, depth);
            case 'subscript':
                return this.genericType(module, expr, context, depth);
            case 'call':
            case 'other':
            case 'string':
                this.warn((0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG) `type annotation ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(exprText(expr))} is not understood: read as Any`, module.path, expr.line);
                return _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4;
        }
    }
    async namedType(module, resolved, expr, depth) {
        if (resolved.kind === 'alias')
            return this.aliasType(resolved.module, resolved.expr, expr, depth);
        if (resolved.kind === 'class')
            return this.classType(resolved.module, resolved.cls, depth);
        const q = resolved.qualified;
        if (q === 'builtins.None')
            return _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NONE */ .x3;
        if (q in _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .SCALAR_BUILTINS */ .CP)
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .scalar */ .d_)(_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .SCALAR_BUILTINS */ .CP[q]);
        if (_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .LIST_TYPES */ .L6.has(q))
            return { kind: 'list', item: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4 };
        if (_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .SET_TYPES */ .V8.has(q))
            return { kind: 'set', item: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4 };
        if (_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .TUPLE_TYPES */ .v6.has(q))
            return { kind: 'tuple', items: [_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4], variadic: true };
        if (_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .DICT_TYPES */ .nA.has(q))
            return { kind: 'dict', key: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4, value: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4 };
        if (!resolved.known)
            this.warn((0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .inline */ .mG) `type ${(0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(exprText(expr))} is not defined or imported in ${module.path}: compared by name only`, module.path, expr.line);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .scalar */ .d_)(q);
    }
    /** A module-level alias, resolved once; a recursive alias refers to itself by name, like a recursive model. */
    async aliasType(module, aliased, use, depth) {
        const done = this.aliasTypes.get(aliased);
        if (done)
            return done;
        if (this.aliasesInProgress.has(aliased))
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .scalar */ .d_)(exprText(use));
        this.aliasesInProgress.add(aliased);
        try {
            const type = await this.wireType(module, aliased, [], depth + 1);
            if (this.partsOf(type) > MAX_TYPE_PARTS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the type alias \`${exprText(use)}\` expands to more than ${MAX_TYPE_PARTS.toLocaleString('en-US')} parts: it is not read`, {
                    file: module.path,
                    line: aliased.line,
                    hint: 'Aliases that each use the previous one several times grow exponentially; write the message type without them.',
                });
            this.aliasTypes.set(aliased, type);
            return type;
        }
        finally {
            this.aliasesInProgress.delete(aliased);
        }
    }
    /** Size of a type as a tree (shared parts counted at each use), memoised; nested models count as one. */
    partsOf(type) {
        const known = this.typeParts.get(type);
        if (known !== undefined)
            return known;
        let parts = 1;
        if (type.kind === 'list' || type.kind === 'set')
            parts += this.partsOf(type.item);
        else if (type.kind === 'dict')
            parts += this.partsOf(type.key) + this.partsOf(type.value);
        else if (type.kind === 'tuple')
            for (const item of type.items)
                parts += this.partsOf(item);
        else if (type.kind === 'union')
            for (const option of type.options)
                parts += this.partsOf(option);
        else if (type.kind === 'literal')
            parts += type.values.length;
        this.typeParts.set(type, parts);
        return parts;
    }
    async classType(module, cls, depth) {
        // A recursive model (children: list[Node]) refers to itself by name.
        if (this.inProgress.has(cls))
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .scalar */ .d_)(cls.name);
        tooDeep(depth + 1, module.path, cls.line, `the nested model ${cls.name}`);
        const shape = await this.shape(module, cls, depth + 1);
        if (shape.isEnum)
            return this.enumType(module, cls);
        return { kind: 'object', name: cls.name, ...qualname(module, cls), fields: fieldList(shape) };
    }
    async enumType(module, cls) {
        let base;
        for (const baseExpr of cls.bases) {
            if (baseExpr.kind !== 'name')
                continue;
            const resolved = await this.program.resolve(module, baseExpr.parts);
            if (resolved.kind !== 'external')
                continue;
            if (resolved.qualified === 'builtins.int')
                base = 'int';
            else if (resolved.qualified === 'builtins.str')
                base = 'str';
            else if (resolved.qualified in _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ENUM_BASES */ .Xp && _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ENUM_BASES */ .Xp[resolved.qualified] !== 'any')
                base = _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .ENUM_BASES */ .Xp[resolved.qualified];
        }
        const members = [];
        let counter = 0;
        for (const statement of cls.body) {
            const assignment = assignmentOf(module, statement);
            if (!assignment || assignment.annotation || !assignment.value || assignment.target.startsWith('_'))
                continue;
            const value = assignment.value;
            let memberValue;
            if (value.kind === 'const')
                memberValue = value.value;
            else if (value.kind === 'string')
                memberValue = value.value;
            else if (value.kind === 'call' && (0,_python_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedName */ ._P)(value.callee)?.endsWith('auto'))
                memberValue = base === 'str' ? assignment.target.toLowerCase() : counter + 1;
            else
                memberValue = exprText(value);
            if (typeof memberValue === 'number')
                counter = memberValue;
            members.push({ name: assignment.target, value: memberValue });
        }
        if (!base) {
            if (members.length && members.every((m) => typeof m.value === 'number' && Number.isInteger(m.value)))
                base = 'int';
            else if (members.length && members.every((m) => typeof m.value === 'string'))
                base = 'str';
            else
                base = 'any';
        }
        return { kind: 'enum', name: cls.name, ...qualname(module, cls), base, members };
    }
    async genericType(module, expr, context, depth) {
        const target = expr.target;
        const resolved = target.kind === 'name' ? await this.program.resolve(module, target.parts, context) : undefined;
        const q = resolved?.kind === 'external' ? resolved.qualified : undefined;
        const arg = (i) => (expr.args[i] ? this.wireType(module, expr.args[i], context, depth + 1) : Promise.resolve(_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4));
        // One argument after the other: shapes must never be computed in parallel (see shape()).
        const allArgs = async () => {
            const out = [];
            for (let i = 0; i < expr.args.length; i++)
                out.push(await arg(i));
            return out;
        };
        if (q === 'typing.Optional')
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .makeUnion */ .AC)([await arg(0), _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NONE */ .x3]);
        if (q === 'typing.Union')
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .makeUnion */ .AC)(await allArgs());
        if (q === 'typing.Literal')
            return { kind: 'literal', values: literalValues(expr.args) };
        if (q && (_python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .TRANSPARENT_WRAPPERS */ .UO.has(q) || _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .EXCLUDED_ANNOTATIONS */ .Sl.has(q)))
            return arg(0);
        if (q && _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .LIST_TYPES */ .L6.has(q))
            return { kind: 'list', item: await arg(0) };
        if (q && _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .SET_TYPES */ .V8.has(q))
            return { kind: 'set', item: await arg(0) };
        if (q && _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .DICT_TYPES */ .nA.has(q))
            return { kind: 'dict', key: await arg(0), value: await arg(1) };
        if (q && _python_names_js__WEBPACK_IMPORTED_MODULE_4__/* .TUPLE_TYPES */ .v6.has(q)) {
            if (expr.args.length === 2 && expr.args[1]?.kind === 'ellipsis')
                return { kind: 'tuple', items: [await arg(0)], variadic: true };
            return { kind: 'tuple', items: await allArgs(), variadic: false };
        }
        if (resolved && resolved.kind !== 'external')
            return this.namedType(module, resolved, target, depth);
        const args = await allArgs();
        // A generic Lockstep does not know: compared by its full spelling, arguments and all.
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .scalar */ .d_)(`${q ?? exprText(target)}[${args.map((a) => (a.kind === 'object' ? a.name : (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .formatType */ .sg)(a))).join(', ')}]`);
    }
    warn(spans, file, line) {
        const message = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .plainText */ .wh)(spans);
        if (!this.warnings.some((w) => w.message === message && w.file === file && w.line === line))
            this.warnings.push({ message, spans, file, line });
    }
}
/** The class a `schema:` names is not in its file; `available` lists the classes that are. */
class ClassNotFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    className;
    available;
    constructor(className, file, available) {
        super(`class ${className} not found in ${file}`, {
            file,
            hint: available.length
                ? `Classes in that file: ${available.join(', ')}. Fix the \`#Class\` part of \`schema:\`.`
                : 'That file defines no classes. Fix the `schema:` path.',
        });
        this.className = className;
        this.available = available;
    }
}
/**
 * A type written in the configuration (`extra-fields: {detector: int}`,
 * `wire-types: {position: str}`), read as a Python annotation with typing's names in scope.
 */
async function parseTypeText(text, where) {
    if (!/^[\w\s.,[\]|'"-]+$/.test(text) || text.length > 200)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`type \`${text}\` is not a Python type expression`, { ...where, hint: 'Write a type as in a Python annotation: int, str, list[float], int | None.' });
    const source = `from typing import Any, Dict, List, Literal, Optional, Set, Tuple, Union\nclass T:\n    x: ${text.trim()}\n`;
    const files = { read: (paths) => Promise.resolve(new Map(paths.map((p) => [p, p === '<config>' ? source : undefined]))) };
    try {
        const schema = await extractPythonSchema(files, '<config>', 'T');
        return schema.fields[0]?.type ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ANY */ .x4;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`type \`${text}\` is not a Python type expression`, { ...where, hint: 'Write a type as in a Python annotation: int, str, list[float], int | None.' });
    }
}
function fieldList(shape) {
    return [...shape.fields.values()].filter((f) => f !== null);
}
/**
 * The names a class body binds, each to the last value it is given (`a: int = 1`, `a = 2`,
 * `def a`, `class a`): the class's own attributes. An annotation alone binds nothing.
 */
function classNamespace(module, cls) {
    const namespace = new Map();
    for (const statement of cls.body) {
        const assignment = assignmentOf(module, statement);
        if (assignment?.value) {
            namespace.set(assignment.target, assignment.value);
            continue;
        }
        const definition = statement.name === 'DecoratedStatement' ? statement.lastChild : statement;
        if (definition?.name !== 'FunctionDefinition' && definition?.name !== 'ClassDefinition')
            continue;
        const name = definition.getChild('VariableName');
        if (name)
            namespace.set(module.module.textOf(name), { kind: 'other', text: `<${definition.name === 'ClassDefinition' ? 'class' : 'function'} ${module.module.textOf(name)}>`, line: module.module.lineAt(definition.from) });
    }
    return namespace;
}
function tooDeep(depth, file, line, what) {
    if (depth <= MAX_NESTING)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} nests more than ${MAX_NESTING} levels (inheritance, nested models and type arguments together): it is not read`, {
        file,
        line,
        hint: 'Lockstep refuses rather than reading part of it; flatten the hierarchy or the type, or point `schema:` at a smaller message.',
    });
}
function findClass(module, className) {
    const [top, ...nestedPath] = className.split('.');
    let cls = module.classes.get(top);
    for (const name of nestedPath)
        cls = cls?.nested.find((n) => n.name === name);
    if (cls)
        return cls;
    throw new ClassNotFoundError(className, module.path, [...module.classes.keys()]);
}
/** `name: T = v`, `name: T`, `name = v` in a class body; anything else is not an assignment. */
function assignmentOf(module, statement) {
    if (statement.name !== 'AssignStatement')
        return undefined;
    const children = (0,_python_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(statement);
    const target = children[0];
    if (target?.name !== 'VariableName')
        return undefined;
    const typeDef = children[1]?.name === 'TypeDef' ? children[1] : undefined;
    const annotationNode = typeDef ? (0,_python_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(typeDef).find((c) => c.name !== ':') : undefined;
    const assignOps = children.filter((c) => c.name === 'AssignOp');
    if (assignOps.length > 1)
        return undefined;
    const valueNode = assignOps[0]?.nextSibling ?? undefined;
    const m = module.module;
    return {
        target: m.textOf(target),
        annotation: annotationNode ? (0,_python_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .liftExpression */ .AW)(m, annotationNode) : undefined,
        value: valueNode ? (0,_python_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .liftExpression */ .AW)(m, valueNode) : undefined,
        line: m.lineAt(statement.from),
    };
}
/** A string annotation ("int | None", from __future__ or forward refs) → the expression inside. */
function unquote(expr, file, depth = 0) {
    if (expr.kind !== 'string' || depth > 4)
        return expr;
    const inner = (0,_python_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePython */ .w_)(file, expr.value.trim());
    const statement = inner.top.firstChild;
    const expression = statement?.name === 'ExpressionStatement' ? statement.firstChild : undefined;
    if (!expression || inner.syntaxErrors().length || statement?.nextSibling)
        return { kind: 'other', text: expr.text, line: expr.line };
    const lifted = withLine((0,_python_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .liftExpression */ .AW)(inner, expression), expr.line);
    return unquote(lifted, file, depth + 1);
}
/** Expressions parsed out of a string annotation report the annotation's own line. */
function withLine(expr, line) {
    switch (expr.kind) {
        case 'subscript':
            return { ...expr, line, target: withLine(expr.target, line), args: expr.args.map((a) => withLine(a, line)) };
        case 'union':
            return { ...expr, line, left: withLine(expr.left, line), right: withLine(expr.right, line) };
        case 'call':
        case 'const':
        case 'ellipsis':
        case 'name':
        case 'other':
        case 'string':
            return { ...expr, line };
    }
}
function literalValues(args) {
    const values = [];
    for (const arg of args) {
        if (arg.kind === 'const')
            values.push(arg.value);
        else if (arg.kind === 'string')
            values.push(arg.value);
        else
            values.push(exprText(arg));
    }
    return values;
}
function extraValue(expr) {
    if (!expr)
        return undefined;
    const text = expr.kind === 'string' ? expr.value : (0,_python_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedName */ ._P)(expr)?.split('.').at(-1);
    return text === 'ignore' || text === 'forbid' || text === 'allow' ? text : undefined;
}
function exprText(expr) {
    switch (expr.kind) {
        case 'name':
            return expr.parts.join('.');
        case 'subscript':
            return `${exprText(expr.target)}[${expr.args.map(exprText).join(', ')}]`;
        case 'union':
            return `${exprText(expr.left)} | ${exprText(expr.right)}`;
        case 'ellipsis':
            return '...';
        case 'call':
        case 'const':
        case 'other':
        case 'string':
            return expr.text;
    }
}
function isTrue(expr) {
    return expr?.kind === 'const' && expr.value === true;
}
/** `{qualname: 'BareVisit.CoordSys'}` for a class nested in another (CPython's `__qualname__`); nothing for a top-level one. */
function qualname(module, cls) {
    const search = (c, prefix, depth) => {
        if (c === cls)
            return prefix + c.name;
        if (depth >= MAX_NESTING)
            return undefined;
        for (const nested of c.nested) {
            const found = search(nested, `${prefix}${c.name}.`, depth + 1);
            if (found)
                return found;
        }
        return undefined;
    };
    for (const top of module.classes.values()) {
        const found = search(top, '', 0);
        if (found)
            return found === cls.name ? {} : { qualname: found };
    }
    return {};
}


/***/ }),

/***/ 310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ DATACLASS_DECORATORS),
/* harmony export */   CP: () => (/* binding */ SCALAR_BUILTINS),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   L6: () => (/* binding */ LIST_TYPES),
/* harmony export */   O1: () => (/* binding */ EXTERNAL_PACKAGES),
/* harmony export */   Sg: () => (/* binding */ IGNORED_BASES),
/* harmony export */   Sl: () => (/* binding */ EXCLUDED_ANNOTATIONS),
/* harmony export */   UO: () => (/* binding */ TRANSPARENT_WRAPPERS),
/* harmony export */   V8: () => (/* binding */ SET_TYPES),
/* harmony export */   VP: () => (/* binding */ BUILTIN_NAMES),
/* harmony export */   Xp: () => (/* binding */ ENUM_BASES),
/* harmony export */   nA: () => (/* binding */ DICT_TYPES),
/* harmony export */   v6: () => (/* binding */ TUPLE_TYPES)
/* harmony export */ });
/**
 * Canonical names for the typing/pydantic/dataclasses vocabulary, whatever
 * spelling a module used (`typing.List`, `t.List`, `collections.abc.Sequence`,
 * `typing_extensions.Literal`, bare `list`), and the packages never looked for
 * inside the repository.
 */
/** Top-level packages that are never repository modules (no file lookups for them). */
const EXTERNAL_PACKAGES = new Set([
    'typing', 'typing_extensions', 'dataclasses', 'enum', 'pydantic', 'pydantic_core', 'datetime', 'collections',
    'abc', 'os', 'sys', 'json', 're', 'uuid', 'decimal', 'pathlib', 'functools', 'itertools', 'logging', 'math',
    'numpy', 'astropy', 'lsst', 'builtins', '__future__', 'annotated_types', 'types',
]);
const BUILTIN_NAMES = new Set([
    'int', 'float', 'str', 'bool', 'bytes', 'complex', 'object', 'list', 'dict', 'set', 'frozenset', 'tuple', 'type',
    'bytearray',
]);
const ALIASES = {
    'typing_extensions.': 'typing.',
    'collections.abc.': 'typing.',
    'collections.OrderedDict': 'typing.Dict',
    'collections.defaultdict': 'typing.Dict',
    'pydantic.main.BaseModel': 'pydantic.BaseModel',
    'pydantic.fields.Field': 'pydantic.Field',
    'pydantic.config.ConfigDict': 'pydantic.ConfigDict',
    'pydantic.v1.': 'pydantic.',
};
function canonicalName(qualified) {
    for (const [from, to] of Object.entries(ALIASES)) {
        if (from.endsWith('.') && qualified.startsWith(from))
            return to + qualified.slice(from.length);
        if (qualified === from)
            return to;
    }
    return qualified;
}
const LIST_TYPES = new Set(['builtins.list', 'typing.List', 'typing.Sequence', 'typing.MutableSequence', 'typing.Iterable', 'typing.Collection']);
const SET_TYPES = new Set(['builtins.set', 'builtins.frozenset', 'typing.Set', 'typing.FrozenSet', 'typing.AbstractSet', 'typing.MutableSet']);
const TUPLE_TYPES = new Set(['builtins.tuple', 'typing.Tuple']);
const DICT_TYPES = new Set(['builtins.dict', 'typing.Dict', 'typing.Mapping', 'typing.MutableMapping', 'typing.DefaultDict']);
const SCALAR_BUILTINS = {
    'builtins.int': 'int', 'builtins.float': 'float', 'builtins.str': 'str', 'builtins.bool': 'bool',
    'builtins.bytes': 'bytes', 'builtins.complex': 'complex', 'builtins.bytearray': 'bytes',
    'builtins.object': 'any', 'typing.Any': 'any', 'datetime.datetime': 'datetime', 'datetime.date': 'date',
    'datetime.time': 'time', 'datetime.timedelta': 'timedelta', 'uuid.UUID': 'uuid', 'decimal.Decimal': 'decimal',
};
/** Wrappers whose first argument is the type (`Annotated[int, Field(gt=0)]`, `Final[int]`). */
const TRANSPARENT_WRAPPERS = new Set(['typing.Annotated', 'typing.Final', 'typing.Required', 'typing.NotRequired', 'typing.ReadOnly']);
const EXCLUDED_ANNOTATIONS = new Set(['typing.ClassVar', 'dataclasses.InitVar', 'dataclasses.KW_ONLY']);
const ENUM_BASES = {
    'enum.Enum': 'any', 'enum.IntEnum': 'int', 'enum.StrEnum': 'str', 'enum.Flag': 'int', 'enum.IntFlag': 'int',
};
const DATACLASS_DECORATORS = new Set(['dataclasses.dataclass', 'pydantic.dataclasses.dataclass']);
const IGNORED_BASES = new Set(['builtins.object', 'typing.Generic', 'typing.Protocol', 'abc.ABC']);


/***/ }),

/***/ 2530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ PythonProgram)
/* harmony export */ });
/* unused harmony export MAX_RESOLVE_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _python_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(615);
/* harmony import */ var _python_imports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9658);
/* harmony import */ var _python_classes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2488);
/* harmony import */ var _python_expressions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8219);
/* harmony import */ var _python_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(310);
/**
 * The Python modules of one revision that a message needs, loaded lazily:
 * the message's file, then only the files its bases and field types are
 * imported from. Names are resolved through each module's imports to a class
 * in the repository, a module-level alias, or an external qualified name.
 */







/** Imports followed from module to module for one name; past it the check stops (exit 2) rather than read the name as unknown. */
const MAX_RESOLVE_DEPTH = 24;
class PythonProgram {
    files;
    modules = new Map();
    constructor(files) {
        this.files = files;
    }
    /** Load one file that must exist and parse; syntax errors are input errors. */
    async loadRequired(path, missing) {
        const loaded = await this.loadFirst([path]);
        if (!loaded)
            throw missing();
        return loaded;
    }
    /** The first of several candidate paths that exists, reading the unknown ones in one batch. */
    async loadFirst(candidates) {
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
            if (loaded)
                return loaded;
        }
        return undefined;
    }
    /** Resolve a dotted name used in `from`, optionally inside a class body (its nested classes first). */
    async resolve(from, parts, context, depth = 0) {
        const [first = '', ...rest] = parts;
        if (depth > MAX_RESOLVE_DEPTH)
            throw tooManyHops(from, parts);
        for (const cls of context ?? []) {
            const nested = cls.nested.find((n) => n.name === first);
            if (nested)
                return this.nestedIn(from, nested, rest);
        }
        const local = from.classes.get(first);
        if (local)
            return this.nestedIn(from, local, rest);
        const alias = from.aliases.get(first);
        if (alias && rest.length === 0)
            return { kind: 'alias', module: from, expr: alias };
        const binding = from.imports.get(first);
        if (binding)
            return this.resolveImported(from, binding, rest, depth);
        const star = await this.resolveStar(from, parts, depth);
        if (star)
            return star;
        if (rest.length === 0 && _python_names_js__WEBPACK_IMPORTED_MODULE_5__/* .BUILTIN_NAMES */ .VP.has(first))
            return external(`builtins.${first}`, true);
        if (first === 'None')
            return external('builtins.None', true);
        return external(parts.join('.'), false);
    }
    /**
     * A name a `from M import *` may have bound: defined in M when M is in the repository; the
     * package's own name when M is outside it (`from typing import *` → typing.Optional) —
     * builtins excepted, which such packages do not export.
     */
    async resolveStar(from, parts, depth) {
        const [first = ''] = parts;
        for (const star of from.stars) {
            const target = await this.loadModule(from.path, star.module, star.level);
            if (target) {
                if (target === from || first.startsWith('_'))
                    continue;
                if (target.classes.has(first) || target.aliases.has(first) || target.imports.has(first))
                    return this.resolve(target, parts, undefined, depth + 1);
            }
            else if (star.level === 0 && _python_names_js__WEBPACK_IMPORTED_MODULE_5__/* .EXTERNAL_PACKAGES */ .O1.has(star.module.split('.')[0] ?? '') && !_python_names_js__WEBPACK_IMPORTED_MODULE_5__/* .BUILTIN_NAMES */ .VP.has(first) && first !== 'None') {
                return external(`${star.module}.${parts.join('.')}`, true);
            }
        }
        return undefined;
    }
    nestedIn(module, cls, rest) {
        let current = cls;
        for (const name of rest) {
            const next = current.nested.find((n) => n.name === name);
            if (!next)
                return external(`${module.path}:${cls.name}.${rest.join('.')}`, false);
            current = next;
        }
        return { kind: 'class', module, cls: current };
    }
    async resolveImported(from, binding, rest, depth) {
        if (binding.name !== undefined) {
            // from M import name [as alias]
            const target = await this.loadModule(from.path, binding.module, binding.level);
            if (target)
                return this.resolve(target, [binding.name, ...rest], undefined, depth + 1);
            // `from pkg import submodule`, then submodule.Name
            const joined = binding.module ? `${binding.module}.${binding.name}` : binding.name;
            if (rest.length) {
                const submodule = await this.loadModule(from.path, joined, binding.level);
                if (submodule)
                    return this.resolve(submodule, rest, undefined, depth + 1);
            }
            return external(qualify(binding, [binding.name, ...rest]), binding.level === 0);
        }
        // import a.b [as x]: the rest names a deeper module then a name inside it.
        for (let split = rest.length - 1; split >= 0; split--) {
            const modulePath = [binding.module, ...rest.slice(0, split)].join('.');
            const target = await this.loadModule(from.path, modulePath, 0);
            if (target && split < rest.length)
                return this.resolve(target, rest.slice(split), undefined, depth + 1);
        }
        return external(qualify(binding, rest), true);
    }
    /** A module path as a repository file: relative to the importer, or under any of its ancestor folders. */
    async loadModule(importer, modulePath, level) {
        const dotted = modulePath.split('.').filter(Boolean);
        if (level === 0 && (dotted[0] === undefined || _python_names_js__WEBPACK_IMPORTED_MODULE_5__/* .EXTERNAL_PACKAGES */ .O1.has(dotted[0])))
            return undefined;
        const folders = importer.split('/').slice(0, -1);
        const roots = [];
        if (level > 0) {
            if (level - 1 > folders.length)
                return undefined;
            roots.push(folders.slice(0, folders.length - (level - 1)).join('/'));
        }
        else {
            for (let i = folders.length; i >= 0; i--)
                roots.push(folders.slice(0, i).join('/'));
            for (const conventional of ['src', 'python'])
                if (!roots.includes(conventional))
                    roots.push(conventional);
        }
        const relative = dotted.join('/');
        const candidates = [];
        for (const root of roots) {
            const base = [root, relative].filter(Boolean).join('/');
            if (!base)
                continue;
            candidates.push(`${base}.py`, `${base}/__init__.py`);
        }
        return this.loadFirst(candidates);
    }
}
function tooManyHops(from, parts) {
    const name = parts.join('.');
    const line = from.imports.get(parts[0] ?? '')?.line ?? from.stars[0]?.line;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`\`${name}\` is imported through more than ${MAX_RESOLVE_DEPTH} modules in a row (an import cycle, or a chain of re-exports); Lockstep stops rather than read it as an unknown type, which could hide a change`, { file: from.path, line, hint: `Import ${name} from the module that defines it, or break the import cycle.` });
}
function external(qualified, known) {
    return { kind: 'external', qualified: (0,_python_names_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalName */ .Ew)(qualified), known };
}
function qualify(binding, names) {
    return [binding.module, ...names].filter(Boolean).join('.');
}
function loadModule(path, text) {
    const module = (0,_python_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePython */ .w_)(path, text).assertValidSyntax();
    const classes = new Map();
    for (const cls of (0,_python_classes_js__WEBPACK_IMPORTED_MODULE_3__/* .topLevelClasses */ .As)(module))
        classes.set(cls.name, cls);
    return { path, module, imports: (0,_python_imports_js__WEBPACK_IMPORTED_MODULE_2__/* .importBindings */ .eN)(module), stars: (0,_python_imports_js__WEBPACK_IMPORTED_MODULE_2__/* .starImports */ .Dj)(module).reverse(), classes, aliases: moduleAliases(module) };
}
/** `Position = list[float]` and `Position: TypeAlias = ...` at module level. */
function moduleAliases(module) {
    const aliases = new Map();
    for (const statement of (0,_python_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(module.top)) {
        if (statement.name !== 'AssignStatement')
            continue;
        const children = (0,_python_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(statement);
        const assignOps = children.filter((c) => c.name === 'AssignOp');
        const [name] = children;
        if (assignOps.length !== 1 || name?.name !== 'VariableName')
            continue;
        const value = assignOps[0]?.nextSibling;
        if (!value)
            continue;
        aliases.set(module.textOf(name), (0,_python_expressions_js__WEBPACK_IMPORTED_MODULE_4__/* .liftExpression */ .AW)(module, value));
    }
    return aliases;
}


/***/ }),

/***/ 6239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ parseSchemaRef),
/* harmony export */   NF: () => (/* binding */ extractAt),
/* harmony export */   hR: () => (/* binding */ fileExists),
/* harmony export */   jY: () => (/* binding */ revisionFiles)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _json_schema_extract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6811);
/* harmony import */ var _python_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5371);
/**
 * Where a configured schema lives at a revision and reading it there: `PATH#Class`
 * (Python) or a `.json` JSON Schema, through GitRepository.readFiles only.
 */



function parseSchemaRef(text, where = {}) {
    if (text.endsWith('.json'))
        return { path: text.replace(/^\.\//, '') };
    const match = /^([^#]+\.py)#([A-Za-z_][\w.]*)$/.exec(text.trim());
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`schema \`${text}\`: expected PATH.py#ClassName or a path to a .json JSON Schema`, { ...where, hint: 'Example: python/shared/visit.py#FannedOutVisit' });
    return { path: match[1].replace(/^\.\//, ''), className: match[2] };
}
/** The files of one revision as the Python extractor reads them. */
function revisionFiles(repository, revision) {
    return {
        async read(paths) {
            const files = await repository.readFiles(revision, paths);
            return new Map([...files].map(([path, file]) => [path, file?.text]));
        },
    };
}
async function fileExists(repository, revision, path) {
    return (await repository.tree(revision)).has(path);
}
/** Extract the schema at a revision; the file must exist there. */
async function extractAt(repository, revision, ref) {
    if (ref.className)
        return (0,_python_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .extractPythonSchema */ .J5)(revisionFiles(repository, revision), ref.path, ref.className);
    const file = await repository.readFile(revision, ref.path);
    if (!file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`schema file ${ref.path} does not exist at ${revision}`, { file: ref.path, hint: 'Check the `schema:` path.' });
    return (0,_json_schema_extract_js__WEBPACK_IMPORTED_MODULE_1__/* .extractJsonSchema */ .P)(ref.path, file.text);
}


/***/ }),

/***/ 3004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ makeUnion),
/* harmony export */   G3: () => (/* binding */ accepts),
/* harmony export */   _C: () => (/* binding */ sameShape),
/* harmony export */   af: () => (/* binding */ sameLiteral),
/* harmony export */   d_: () => (/* binding */ scalar),
/* harmony export */   sg: () => (/* binding */ formatType),
/* harmony export */   wD: () => (/* binding */ isNullable),
/* harmony export */   x3: () => (/* binding */ NONE),
/* harmony export */   x4: () => (/* binding */ ANY),
/* harmony export */   z3: () => (/* binding */ formatLiteral)
/* harmony export */ });
const scalar = (name) => ({ kind: 'scalar', name });
const NONE = scalar('none');
const ANY = scalar('any');
function formatLiteral(value) {
    if (value === null)
        return 'None';
    if (typeof value === 'string')
        return `'${value}'`;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    return String(value);
}
/** One spelling per type: `list[float]`, `int | None`, `Literal['a', 'b']`, `enum[int]`. */
function formatType(type) {
    switch (type.kind) {
        case 'scalar':
            return type.name === 'none' ? 'None' : type.name;
        case 'list':
            return `list[${formatType(type.item)}]`;
        case 'set':
            return `set[${formatType(type.item)}]`;
        case 'tuple':
            return `tuple[${type.items.map(formatType).join(', ')}${type.variadic ? ', ...' : ''}]`;
        case 'dict':
            return `dict[${formatType(type.key)}, ${formatType(type.value)}]`;
        case 'union':
            return type.options.map(formatType).join(' | ');
        case 'literal':
            return `Literal[${type.values.map(formatLiteral).join(', ')}]`;
        case 'enum':
            return `enum[${type.base}]`;
        case 'object':
            return 'object';
    }
}
function unionOrder(type) {
    // None last, so `int | None` reads the way people write it.
    return type.kind === 'scalar' && type.name === 'none' ? '\uffff' : formatType(type) + enumKey(type);
}
function enumKey(type) {
    return type.kind === 'enum' ? JSON.stringify(type.members.map((m) => m.value)) : '';
}
/** Flatten nested unions, merge literals, drop duplicates, sort; one option → that option. */
function makeUnion(options) {
    const flat = [];
    const visit = (t) => {
        if (t.kind === 'union')
            t.options.forEach(visit);
        else
            flat.push(t);
    };
    options.forEach(visit);
    if (flat.some((t) => t.kind === 'scalar' && t.name === 'any'))
        return ANY;
    const literals = flat.filter((t) => t.kind === 'literal');
    const others = flat.filter((t) => t.kind !== 'literal');
    const merged = [...others];
    if (literals.length) {
        const values = [];
        for (const lit of literals)
            for (const v of lit.values)
                if (!values.some((w) => sameLiteral(v, w)))
                    values.push(v);
        merged.push({ kind: 'literal', values });
    }
    const seen = new Map();
    for (const t of merged)
        seen.set(unionOrder(t), t);
    const unique = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
    const [only, ...more] = unique;
    return only && more.length === 0 ? only : { kind: 'union', options: unique };
}
function sameLiteral(a, b) {
    return a === b && typeof a === typeof b;
}
function isNullable(type) {
    if (type.kind === 'scalar')
        return type.name === 'none' || type.name === 'any';
    if (type.kind === 'union')
        return type.options.some(isNullable);
    if (type.kind === 'literal')
        return type.values.includes(null);
    return false;
}
/** Same wire shape, ignoring class names of enums/objects and the contents of objects (diffed separately). */
function sameShape(a, b) {
    return shapeKey(a) === shapeKey(b);
}
function shapeKey(type) {
    switch (type.kind) {
        case 'enum':
            return `enum[${type.base}]${enumKey(type)}`;
        case 'literal':
            return `Literal[${type.values.map(formatLiteral).sort().join(',')}]`;
        case 'list':
        case 'set':
            return `${type.kind}[${shapeKey(type.item)}]`;
        case 'tuple':
            return `tuple[${type.items.map(shapeKey).join(',')}${type.variadic ? ',...' : ''}]`;
        case 'dict':
            return `dict[${shapeKey(type.key)},${shapeKey(type.value)}]`;
        case 'union':
            return type.options.map(shapeKey).sort().join('|');
        case 'object':
        case 'scalar':
            return formatType(type);
    }
}
function literalFits(value, type) {
    if (type.kind === 'union')
        return type.options.some((o) => literalFits(value, o));
    if (type.kind === 'literal')
        return type.values.some((v) => sameLiteral(v, value));
    if (type.kind === 'enum')
        return type.members.some((m) => sameLiteral(m.value, value));
    if (type.kind !== 'scalar')
        return false;
    if (type.name === 'any')
        return true;
    if (value === null)
        return type.name === 'none';
    if (typeof value === 'boolean')
        return type.name === 'bool';
    if (typeof value === 'number')
        return type.name === 'float' || (type.name === 'int' && Number.isInteger(value));
    return type.name === 'str';
}
/**
 * Scalars a reader of the key also takes: a float field takes an int; the text a decoder
 * function's `float(...)` parses includes what `int(...)` parses; any str method takes both.
 */
const SCALAR_WIDENS = {
    float: ['int'],
    'float-text': ['int-text'],
    str: ['int-text', 'float-text'],
};
/**
 * Does a reader of `reader` accept every value a writer of `writer` may send?
 * Conservative: when unsure, no (fail closed).
 */
function accepts(reader, writer) {
    if (reader.kind === 'scalar' && reader.name === 'any')
        return true;
    if (writer.kind === 'union')
        return writer.options.every((o) => accepts(reader, o));
    if (writer.kind === 'literal')
        return writer.values.every((v) => literalFits(v, reader));
    if (writer.kind === 'enum') {
        if (reader.kind === 'scalar' && reader.name === writer.base)
            return true;
        if (reader.kind === 'scalar' && reader.name === 'float' && writer.base === 'int')
            return true;
        return writer.members.every((m) => literalFits(m.value, reader));
    }
    if (reader.kind === 'union')
        return reader.options.some((o) => accepts(o, writer));
    switch (writer.kind) {
        case 'scalar':
            if (reader.kind !== 'scalar')
                return false;
            return reader.name === writer.name || (SCALAR_WIDENS[reader.name]?.includes(writer.name) ?? false);
        case 'list':
        case 'set':
            return reader.kind === writer.kind && accepts(reader.item, writer.item);
        case 'tuple':
            if (reader.kind === 'list')
                return writer.items.every((i) => accepts(reader.item, i));
            if (reader.kind !== 'tuple')
                return false;
            if (reader.variadic)
                return writer.items.every((i) => accepts(reader.items[0] ?? ANY, i));
            return !writer.variadic && reader.items.length === writer.items.length && reader.items.every((r, i) => accepts(r, writer.items[i]));
        case 'dict':
            return reader.kind === 'dict' && accepts(reader.key, writer.key) && accepts(reader.value, writer.value);
        case 'object':
            // Nested objects are compared field by field by the diff; the shape itself matches.
            return reader.kind === 'object';
    }
}


/***/ }),

/***/ 9817:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ resolveVersions),
/* harmony export */   X: () => (/* binding */ DEFAULT_VERSIONING)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3324);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6561);



const DEFAULT_VERSIONING = { source: 'tags', changelog: 'CHANGELOG.md', 'approve-label': 'lockstep/approve-breaking' };
async function resolveVersions(inputs) {
    const { repository, base, head, versioning, labels } = inputs;
    const versions = {};
    const merged = (await repository.git(['tag', `--merged=${await repository.resolveRevision(base)}`])).split('\n').filter(Boolean);
    const releaseVersion = inputs.releaseTag === undefined ? undefined : (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOfTag */ .mx)(inputs.releaseTag);
    // A release is held against the release before it, not against a higher tag on the same commit.
    const current = releaseVersion ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .previousRelease */ .Fi)(merged, releaseVersion)?.version : (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .newestVersion */ .Rg)(merged);
    if (current)
        Object.assign(versions, { current, currentFrom: releaseVersion ? 'previous release tag' : 'newest release tag reachable from base' });
    else if (await repository.isShallow())
        versions.tagsMaybeMissing = true;
    if (inputs.proposedVersion !== undefined) {
        const proposed = (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanVersion */ .aH)(inputs.proposedVersion);
        if (!proposed) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--proposed-version ${inputs.proposedVersion}: expected a version such as 2.1.0`, {
                hint: 'Write the version as a release tag spells it: 2.1.0, v2.1.0 or 2.1 (a bare number such as 3 needs a v: v3).',
            });
        }
        return { ...versions, proposed, proposedFrom: '--proposed-version' };
    }
    if (inputs.releaseTag) {
        const proposed = releaseVersion;
        if (!proposed)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`tag ${inputs.releaseTag} is not a semantic version`, { hint: 'Release tags look like 2.1.0 or v2.1.0.' });
        return { ...versions, proposed, proposedFrom: `tag ${inputs.releaseTag}` };
    }
    if (versioning.source === 'changelog') {
        const [atHead, atBase] = await Promise.all([repository.readFile(head, versioning.changelog), repository.readFile(base, versioning.changelog)]);
        const headVersion = atHead ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .changelogVersion */ .ru)(atHead.text) : undefined;
        const baseVersion = atBase ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .changelogVersion */ .ru)(atBase.text) : undefined;
        if (!versions.current && baseVersion)
            Object.assign(versions, { current: baseVersion, currentFrom: `${versioning.changelog} at base` });
        if (headVersion)
            return { ...versions, proposed: headVersion, proposedFrom: `${versioning.changelog} heading` };
    }
    else if (versioning.source === 'file') {
        if (!versioning.file)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('versioning.source is file but versioning.file is not set', { file: inputs.configFile ?? _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIG_PATH */ .B, hint: 'Add versioning.file: {path: pyproject.toml, pattern: \'version = "(.+)"\'}.' });
        const { path, pattern } = versioning.file;
        const [atHead, atBase] = await Promise.all([repository.readFile(head, path), repository.readFile(base, path)]);
        const headVersion = atHead ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .fileVersion */ .fB)(atHead.text, pattern) : undefined;
        const baseVersion = atBase ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .fileVersion */ .fB)(atBase.text, pattern) : undefined;
        if (!versions.current && baseVersion)
            Object.assign(versions, { current: baseVersion, currentFrom: `${path} at base` });
        if (headVersion)
            return { ...versions, proposed: headVersion, proposedFrom: `${path} at head` };
    }
    // A label declares the bump on any source (the only way with `tags` on a pull request).
    const bump = (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .labelBump */ .fl)(labels);
    if (bump)
        return { ...versions, proposed: (0,_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .applyBump */ .Pg)(versions.current ?? '0.0.0', bump), proposedFrom: `label semver:${bump}`, declaredBump: bump };
    return versions;
}


/***/ })

};
