export const id = 193;
export const ids = [193];
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
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4030);
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

/***/ 7274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ Ignores)
/* harmony export */ });
/* unused harmony export ignoredFindings */
/* harmony import */ var _inline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3616);
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2640);


class Ignores {
    check;
    configFile;
    entries;
    expired;
    inline;
    inlineProblems;
    constructor(options) {
        this.check = options.check;
        this.configFile = options.configFile;
        const today = (options.now ?? new Date()).toISOString().slice(0, 10);
        const own = (options.entries ?? []).filter((entry) => (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOfRule */ .I)(entry.rule) === options.check);
        this.expired = own.filter((entry) => entry.until !== undefined && entry.until < today);
        this.entries = own.filter((entry) => !this.expired.includes(entry)).map((ignore) => ({ ignore, used: false }));
        const scan = options.inline ?? _inline_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_SCAN */ .O1;
        this.inline = scan.ignores.filter((ignore) => (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOfRule */ .I)(ignore.rule) === options.check).map((ignore) => ({ ignore, used: false }));
        this.inlineProblems = scan.problems;
    }
    static none(check) {
        return new Ignores({ check, configFile: '' });
    }
    /** The ignore that accepts this finding (config entries first), or undefined. Every matching ignore counts as used. */
    match(subject) {
        const entries = this.entries.filter(({ ignore }) => entryMatches(ignore, subject));
        const inline = this.inline.filter(({ ignore }) => inlineMatches(ignore, subject));
        for (const tracked of [...entries, ...inline])
            tracked.used = true;
        const entry = entries[0]?.ignore;
        if (entry)
            return { reason: oneLine(entry.reason), source: 'config', until: entry.until ?? null, file: this.configFile, line: entry.line ?? null };
        const comment = inline[0]?.ignore;
        if (comment)
            return { reason: comment.reason, source: 'inline', until: null, file: comment.file, line: comment.line };
        return undefined;
    }
    /** Warnings about the ignores themselves; ask once every finding has been matched. */
    problems() {
        const where = (entry) => ({ file: this.configFile, ...(entry.line ? { line: entry.line } : {}) });
        return [
            ...this.expired.map((entry) => ({
                id: 'ignore/expired',
                severity: 'warning',
                title: `Ignore expired: ${entry.rule}`,
                message: `The ignore of ${describeEntry(entry)} ran until ${entry.until} and no longer applies (reason given: ${oneLine(entry.reason)}). Remove it, or move \`until\` if the reason still holds.`,
                ...where(entry),
            })),
            ...this.entries
                .filter(({ used }) => !used)
                .map(({ ignore: entry }) => ({
                id: 'ignore/unmatched',
                severity: 'warning',
                title: `Ignore matched nothing: ${entry.rule}`,
                message: `No ${this.check} finding matches the ignore of ${describeEntry(entry)}. Remove it if the change it accepted has merged, or correct its rule, message, field or variable.`,
                ...where(entry),
            })),
            ...this.inline
                .filter(({ used, ignore }) => !used && !ignore.old)
                .map(({ ignore }) => ({
                id: 'ignore/unmatched',
                severity: 'warning',
                title: `Inline ignore matched nothing: ${ignore.rule}`,
                message: `This PR adds an inline ignore of ${ignore.rule}, but no ${this.check} finding of that rule is on this line or the next. Put it on the line the finding names (or the line before), or remove it.`,
                file: ignore.file,
                line: ignore.line,
            })),
            ...this.inlineProblems.map((problem) => ({
                id: 'ignore/malformed',
                severity: 'warning',
                title: 'Inline ignore not read',
                message: `This comment ignores nothing: ${problem.problem}.`,
                file: problem.file,
                line: problem.line,
            })),
        ];
    }
}
/** Reports show a reason on one line (a YAML block scalar may span several), at most MAX_REASON characters. */
function oneLine(reason) {
    const text = reason.replace(/\s+/g, ' ').trim();
    return text.length > _inline_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REASON */ .ix ? `${text.slice(0, _inline_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_REASON */ .ix)}…` : text;
}
function entryMatches(entry, subject) {
    return (entry.rule === subject.rule &&
        (entry.message === undefined || entry.message === subject.message) &&
        (entry.field === undefined || entry.field === subject.field) &&
        (entry.variable === undefined || entry.variable === subject.variable));
}
/** On the finding's line, or alone on the line before it. */
function inlineMatches(ignore, subject) {
    if (subject.base || ignore.rule !== subject.rule || ignore.file !== subject.file || subject.line === undefined)
        return false;
    return ignore.line === subject.line || (ignore.alone && ignore.line === subject.line - 1);
}
/** "strict-field-added (message next-visit, field detector)". */
function describeEntry(entry) {
    const narrowing = ['message', 'field', 'variable'].filter((key) => entry[key] !== undefined).map((key) => `${key} ${entry[key]}`);
    return `${entry.rule}${narrowing.length ? ` (${narrowing.join(', ')})` : ''}`;
}
/** The findings marked ignored, for a report's summary. */
function ignoredFindings(findings) {
    return findings.filter((finding) => finding.ignored !== undefined);
}


/***/ }),

/***/ 3616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ scanInlineIgnores),
/* harmony export */   O1: () => (/* binding */ EMPTY_SCAN),
/* harmony export */   ix: () => (/* binding */ MAX_REASON)
/* harmony export */ });
/* unused harmony exports MAX_INLINE_IGNORES, parseInlineIgnore */
/* harmony import */ var _rule_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2640);

const EMPTY_SCAN = { ignores: [], problems: [] };
/** Comments read at one revision; past this many the rest are not read, and that is said. */
const MAX_INLINE_IGNORES = 1000;
/** Longer reasons are cut here in reports. */
const MAX_REASON = 500;
const MARKER_PATTERN = 'lockstep:[[:space:]]*ignore';
const PYTHON = /#\s*lockstep:\s*ignore\[([^\]]*)\](.*)$/;
const TEMPLATE = /\{\{-?\s*\/\*\s*lockstep:\s*ignore\[([^\]]*)\](.*?)\*\/\s*-?\}\}/;
const PYTHON_FORM = '`# lockstep: ignore[RULE] REASON`';
const TEMPLATE_FORM = '`{{/* lockstep: ignore[RULE] REASON */}}`';
/** One line holding the marker → the ignore it writes, or why it is not one. */
function parseInlineIgnore(file, text) {
    const python = file.endsWith('.py');
    const form = python ? PYTHON_FORM : TEMPLATE_FORM;
    const parts = (python ? PYTHON : TEMPLATE).exec(text);
    if (!parts)
        return { problem: `not an inline ignore Lockstep can read: write ${form}${python ? '' : ' (a template comment)'}` };
    const rule = (parts[1] ?? '').trim();
    const reason = (parts[2] ?? '').trim();
    const unknown = (0,_rule_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownRuleProblem */ .Q)(rule);
    if (unknown)
        return { problem: `${unknown}; write ${form}` };
    if (!reason)
        return { problem: `ignore[${rule}] gives no reason: write ${form}, saying why the finding is accepted` };
    const alone = text.slice(0, parts.index).trim() === '' && text.slice(parts.index + parts[0].length).trim() === '';
    return { rule, reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason, alone };
}
/**
 * Every inline ignore at head in the files `pathspecs` name (git pathspecs, after `--`), each
 * marked `old` when base has the same comment in the same file.
 */
async function scanInlineIgnores(repository, base, head, pathspecs) {
    if (pathspecs.length === 0)
        return EMPTY_SCAN;
    const [atHead, atBase] = await Promise.all([markerLines(repository, head, pathspecs), markerLines(repository, base, pathspecs)]);
    const baseKeys = new Set(atBase.lines.map((hit) => `${hit.file}\0${hit.text.trim()}`));
    const scan = { ignores: [], problems: [] };
    for (const hit of atHead.lines) {
        const parsed = parseInlineIgnore(hit.file, hit.text);
        if ('problem' in parsed)
            scan.problems.push({ file: hit.file, line: hit.line, problem: parsed.problem });
        else
            scan.ignores.push({ ...parsed, file: hit.file, line: hit.line, old: baseKeys.has(`${hit.file}\0${hit.text.trim()}`) });
    }
    if (atHead.truncated)
        scan.problems.push({ file: atHead.truncated.file, line: atHead.truncated.line, problem: `more than ${MAX_INLINE_IGNORES} inline ignores; the ones after this line were not read` });
    return scan;
}
/** Lines holding the marker at `revision` (`git grep -z -n`: `commit:path\0line\0text`), at most MAX_INLINE_IGNORES. */
async function markerLines(repository, revision, pathspecs) {
    const commit = await repository.resolveRevision(revision);
    const lines = [];
    let truncated;
    // Exit 1 is "no line matched".
    await repository.gitLines(['grep', '-z', '-n', '-I', '-E', '-e', MARKER_PATTERN, commit, '--', ...pathspecs], (output) => {
        const [where, number, ...rest] = output.split('\0');
        if (!where || !number || truncated)
            return;
        const hit = { file: where.slice(commit.length + 1), line: Number(number), text: rest.join('\0').slice(0, 4 * MAX_REASON) };
        if (lines.length >= MAX_INLINE_IGNORES)
            truncated = lines[lines.length - 1];
        else
            lines.push(hit);
    }, [0, 1]);
    return { lines, truncated };
}


/***/ }),

/***/ 2488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ topLevelClasses)
/* harmony export */ });
/* unused harmony exports MAX_BLOCK_DEPTH, executedStatements */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(615);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);



/** Top-level classes of a module, in source order. */
function topLevelClasses(module) {
    return classesIn(module, module.top);
}
function classesIn(module, container) {
    const out = [];
    for (const statement of executedStatements(module, container).statements) {
        const found = classOf(module, statement);
        if (found)
            out.push(found);
    }
    return out;
}
function classOf(module, statement) {
    let decoratorNodes = [];
    let definition = statement;
    if (statement.name === 'DecoratedStatement') {
        decoratorNodes = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(statement).filter((c) => c.name === 'Decorator');
        definition = statement.getChild('ClassDefinition');
    }
    if (!definition || definition.name !== 'ClassDefinition')
        return undefined;
    const nameNode = definition.getChild('VariableName');
    const body = definition.getChild('Body');
    if (!nameNode || !body)
        return undefined;
    const argList = definition.getChild('ArgList');
    const { args, keywords } = argList ? (0,_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .liftArguments */ .Ss)(module, argList) : { args: [], keywords: {} };
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
const MAX_BLOCK_DEPTH = 32;
/** The statements of a block as they run (see PythonClass.body), with the lines of undecided `if`s. */
function executedStatements(module, block, depth = 0) {
    const statements = [];
    const undecided = [];
    for (const statement of (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(block)) {
        if (statement.name === ':')
            continue;
        if (statement.name !== 'IfStatement') {
            statements.push(statement);
            continue;
        }
        if (depth >= MAX_BLOCK_DEPTH)
            throw tooDeep(module, statement);
        const branches = ifBranches(module, statement);
        // Every branch that may run: not known false, up to the first known true one.
        const firstTrue = branches.findIndex((b) => b.value === true);
        const chosen = branches.slice(0, firstTrue < 0 ? branches.length : firstTrue + 1).filter((b) => b.value !== false);
        if (chosen.some((b) => b.value === undefined))
            undecided.push(module.lineAt(statement.from));
        for (const branch of chosen) {
            const inner = executedStatements(module, branch.body, depth + 1);
            statements.push(...inner.statements);
            undecided.push(...inner.undecided);
        }
    }
    return { statements, undecided };
}
function tooDeep(module, statement) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`\`if\` blocks nested more than ${MAX_BLOCK_DEPTH} levels deep; Lockstep does not read past that, so what they define could be missed`, {
        file: module.file,
        line: module.lineAt(statement.from),
        hint: 'Flatten the nested conditions (or move the class out of them); Lockstep stops here rather than read the class without them.',
    });
}
/** `if`/`elif`/`else` branches with the static value of their condition (`else` is true; undefined: unknown). */
function ifBranches(module, statement) {
    const branches = [];
    const parts = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(statement);
    parts.forEach((part, i) => {
        const [next, body] = [parts[i + 1], parts[i + 2]];
        if (part.name === 'else' && next?.name === 'Body')
            branches.push({ value: true, body: next });
        else if ((part.name === 'if' || part.name === 'elif') && next && body?.name === 'Body')
            branches.push({ value: staticTruth(module, next), body });
    });
    return branches;
}
/** The truth of a condition made of constants (`True`, `0`, `None`, `"x"`, `not …`, `TYPE_CHECKING`), else undefined. */
function staticTruth(module, node, depth = 0) {
    if (depth > 16)
        return undefined;
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
            const inner = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(node).find((c) => c.name !== '(' && c.name !== ')');
            return inner ? staticTruth(module, inner, depth + 1) : undefined;
        }
        case 'UnaryExpression': {
            const [op, operand] = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(node);
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
function decoratorExpression(module, decorator) {
    const written = module.decoratorExpressions.get(decorator.from);
    if (written !== undefined)
        return anyExpressionDecorator(module, decorator, written);
    const parts = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(decorator).filter((c) => c.name !== 'At');
    const line = module.lineAt(decorator.from);
    const names = parts.filter((c) => c.name === 'VariableName' || c.name === 'PropertyName').map((c) => module.textOf(c));
    const argList = parts.find((c) => c.name === 'ArgList');
    // Decorators come as a flat list of tokens (VariableName . PropertyName ArgList) or one expression.
    const expression = parts.find((c) => c.name === 'CallExpression' || c.name === 'MemberExpression');
    if (expression)
        return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .liftExpression */ .AW)(module, expression);
    const callee = { kind: 'name', parts: names, line };
    if (!argList)
        return callee;
    const { args, keywords } = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .liftArguments */ .Ss)(module, argList);
    return { kind: 'call', callee, args, keywords, line, text: module.textOf(decorator) };
}
/**
 * A PEP 614 decorator (`@(dataclass)`, `@[dataclass][0]`): the expression parsed on its own, at
 * its own line, with constant subscripts of a list or tuple display taken statically.
 */
function anyExpressionDecorator(module, decorator, written) {
    const line = module.lineAt(decorator.from);
    const inner = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePython */ .w_)(module.file, '\n'.repeat(line - 1) + `(${written})`);
    const statement = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .statementsOf */ .GX)(inner.top)[0];
    const expression = statement?.name === 'ExpressionStatement' ? statement.firstChild : null;
    if (!expression || inner.syntaxErrors().length)
        return { kind: 'other', text: written, line };
    return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_2__/* .liftExpression */ .AW)(inner, constantSubscript(inner, expression));
}
/** `[a, b][1]` / `(a, b)[0]` → `b` / `a`; anything else is itself. Parentheses are looked through. */
function constantSubscript(module, node, depth = 0) {
    if (depth > 16)
        return node;
    if (node.name === 'ParenthesizedExpression') {
        const inner = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(node).find((c) => c.name !== '(' && c.name !== ')');
        return inner ? constantSubscript(module, inner, depth + 1) : node;
    }
    if (node.name !== 'MemberExpression')
        return node;
    const [target, open, index, close] = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(node);
    if (open?.name !== '[' || close?.name !== ']' || index?.name !== 'Number' || !target)
        return node;
    const container = constantSubscript(module, target, depth + 1);
    if (container.name !== 'ArrayExpression' && container.name !== 'TupleExpression')
        return node;
    const items = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .childrenOf */ .LU)(container).filter((c) => !['[', ']', '(', ')', ','].includes(c.name));
    const at = Number(module.textOf(index));
    const item = Number.isInteger(at) ? items.at(at) : undefined;
    return item ? constantSubscript(module, item, depth + 1) : node;
}


/***/ }),

/***/ 8219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ liftExpression),
/* harmony export */   Ss: () => (/* binding */ liftArguments),
/* harmony export */   _P: () => (/* binding */ dottedName)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(615);
/* harmony import */ var _strings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(782);


const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.', 'Comment']);
/** Lift one expression node; anything outside the supported slice becomes `other` with its text. */
function liftExpression(module, node, depth = 0) {
    const line = module.lineAt(node.from);
    const text = module.textOf(node);
    if (depth > 64)
        return { kind: 'other', text, line };
    const at = { line, text };
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
            const value = (0,_strings_js__WEBPACK_IMPORTED_MODULE_1__/* .concatenatedStringValue */ .Il)(text);
            return value === undefined ? { kind: 'other', text, line } : { kind: 'string', value, line, text };
        }
        case 'Ellipsis':
            return { kind: 'ellipsis', line };
        case 'ParenthesizedExpression': {
            const [inner] = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(node).filter((c) => !PUNCTUATION.has(c.name));
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
/** `-1` is a negative number; any other unary expression is `other`. */
function liftUnary(module, node, depth, { line, text }) {
    const [op, operand] = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(node);
    const lifted = operand ? liftExpression(module, operand, depth + 1) : undefined;
    if (op && module.textOf(op) === '-' && lifted?.kind === 'const' && typeof lifted.value === 'number')
        return { kind: 'const', value: -lifted.value, line, text };
    return { kind: 'other', text, line };
}
/** `A | B` is a union; any other binary expression is `other`. */
function liftUnion(module, node, depth, { line, text }) {
    const children = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(node);
    const op = children.find((c) => c.name === 'BitOp' && module.textOf(c) === '|');
    if (op && (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLength */ .JT)(children, 3))
        return { kind: 'union', left: liftExpression(module, children[0], depth + 1), right: liftExpression(module, children[2], depth + 1), line };
    return { kind: 'other', text, line };
}
/** `a.b` (a dotted name) or `a[x, y]` (a subscript). */
function liftMember(module, node, depth, { line, text }) {
    const children = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(node);
    const target = children[0];
    if (!target)
        return { kind: 'other', text, line };
    const lifted = liftExpression(module, target, depth + 1);
    if (children[1]?.name === '.') {
        const property = children[2];
        if (lifted.kind === 'name' && property?.name === 'PropertyName')
            return { kind: 'name', parts: [...lifted.parts, module.textOf(property)], line };
        return { kind: 'other', text, line };
    }
    if (children[1]?.name === '[') {
        const args = children.slice(2).filter((c) => !PUNCTUATION.has(c.name));
        return { kind: 'subscript', target: lifted, args: flattenTuple(module, args, depth), line };
    }
    return { kind: 'other', text, line };
}
function liftCall(module, node, depth, { line, text }) {
    const [callee, argList] = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(node);
    if (!callee || argList?.name !== 'ArgList')
        return { kind: 'other', text, line };
    const { args, keywords } = liftArguments(module, argList, depth);
    return { kind: 'call', callee: liftExpression(module, callee, depth + 1), args, keywords, line, text };
}
/** `x[a, b]` may arrive as one TupleExpression; subscripts want the items. */
function flattenTuple(module, nodes, depth) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLength */ .JT)(nodes, 1) && nodes[0].name === 'TupleExpression')
        return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(nodes[0]).filter((c) => !PUNCTUATION.has(c.name)).map((c) => liftExpression(module, c, depth + 1));
    return nodes.map((c) => liftExpression(module, c, depth + 1));
}
/** Positional and keyword arguments of an ArgList (`f(a, b=1)`); `*x`/`**y` are skipped. */
function liftArguments(module, argList, depth = 0) {
    const args = [];
    const keywords = Object.create(null);
    const children = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(argList).filter((c) => !PUNCTUATION.has(c.name));
    for (let i = 0; i < children.length; i++) {
        const child = children[i];
        const value = children[i + 2];
        if (!child)
            continue;
        if (child.name === 'VariableName' && children[i + 1]?.name === 'AssignOp' && value) {
            keywords[module.textOf(child)] = liftExpression(module, value, depth + 1);
            i += 2;
        }
        else if (child.name === 'ArithOp' || child.name === '*' || child.name === '**') {
            i += 1; // *args / **kwargs: value unknown statically
        }
        else
            args.push(liftExpression(module, child, depth + 1));
    }
    return { args, keywords };
}
function dottedName(expr) {
    return expr.kind === 'name' ? expr.parts.join('.') : undefined;
}


/***/ }),

/***/ 9658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ starImports),
/* harmony export */   c5: () => (/* binding */ importsOf),
/* harmony export */   eN: () => (/* binding */ importBindings)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(615);

function importsOf(module, statement) {
    const tokens = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .childrenOf */ .LU)(statement).map((c) => ({ name: c.name, text: module.textOf(c) }));
    const out = [];
    if (tokens[0]?.name === 'from') {
        const importAt = tokens.findIndex((t) => t.name === 'import');
        if (importAt < 0)
            return out;
        const written = tokens
            .slice(1, importAt)
            .map((t) => t.text)
            .join('');
        const level = /^\.*/.exec(written)[0].length;
        const modulePath = written.slice(level);
        for (const { name, alias } of importedNames(tokens.slice(importAt + 1))) {
            out.push(name === '*' ? { module: modulePath, level, star: true } : { module: modulePath, level, name, bound: alias ?? name });
        }
    }
    else if (tokens[0]?.name === 'import') {
        for (const { name, alias } of importedNames(tokens.slice(1))) {
            out.push(alias ? { module: name, level: 0, bound: alias, aliased: true } : { module: name, level: 0, bound: name.split('.')[0] });
        }
    }
    return out;
}
function topLevelImports(module) {
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .statementsOf */ .GX)(module.top)
        .filter((statement) => statement.name === 'ImportStatement')
        .flatMap((statement) => importsOf(module, statement).map((entry) => ({ entry, line: module.lineAt(statement.from) })));
}
function importBindings(module) {
    const bindings = new Map();
    for (const { entry, line } of topLevelImports(module)) {
        const { module: path, level, name, bound } = entry;
        if (bound === undefined)
            continue;
        // `import a.b` binds a; `import a.b as x` binds x to a.b.
        if (name !== undefined)
            bindings.set(bound, { module: path, level, name, line });
        else
            bindings.set(bound, { module: entry.aliased ? path : bound, level: 0, line });
    }
    return bindings;
}
/** `from M import *` statements, in order: the modules whose public names a module takes in. */
function starImports(module) {
    return topLevelImports(module)
        .filter(({ entry }) => entry.star)
        .map(({ entry, line }) => ({ module: entry.module, level: entry.level, line }));
}
/** `a.b as x, c` → [{a.b, x}, {c}]. */
function importedNames(tokens) {
    const out = [];
    let current = [];
    let alias;
    let expectAlias = false;
    const flush = () => {
        if (current.length)
            out.push({ name: current.join(''), alias });
        current = [];
        alias = undefined;
        expectAlias = false;
    };
    for (const token of tokens) {
        if (token.name === ',')
            flush();
        else if (token.name === 'as')
            expectAlias = true;
        else if (token.name === 'VariableName' && expectAlias)
            alias = token.text;
        else if (token.name === 'VariableName' || token.name === '.')
            current.push(token.text);
        else if (token.text === '*')
            current.push('*');
    }
    flush();
    return out;
}


/***/ }),

/***/ 615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ statementsOf),
/* harmony export */   JT: () => (/* binding */ hasLength),
/* harmony export */   LU: () => (/* binding */ childrenOf),
/* harmony export */   w_: () => (/* binding */ parsePython)
/* harmony export */ });
/* unused harmony export PythonModule */
/* harmony import */ var _lezer_python__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1283);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _text_line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2166);
/**
 * Python source → syntax tree, with the real Python grammar of @lezer/python.
 * No Python is ever run: every extractor (classes, fields, env reads) walks this tree.
 */



class PythonModule {
    file;
    text;
    tree;
    /**
     * Decorators written as arbitrary expressions (PEP 614: `@(dataclass)`, `@[dataclass][0]`),
     * which the grammar does not take: offset of the `@` → the expression's source text.
     */
    decoratorExpressions;
    lines;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        const { tree, expressions } = parseWithDecoratorExpressions(text);
        this.tree = tree;
        this.decoratorExpressions = expressions;
        this.lines = new _text_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(text);
    }
    get top() {
        return this.tree.topNode;
    }
    /** Source text of a node; identifiers NFKC-normalised, as Python reads them (`ﬁeld` is `field`). */
    textOf(node) {
        const text = this.text.slice(node.from, node.to);
        return IDENTIFIER_NODES.has(node.name) ? text.normalize('NFKC') : text;
    }
    /** 1-based line of a source offset. */
    lineAt(offset) {
        return this.lines.lineAt(offset);
    }
    columnAt(offset) {
        return this.lines.columnAt(offset);
    }
    /** Every place the grammar could not parse (lezer recovers and marks them). */
    syntaxErrors() {
        const errors = [];
        this.tree.iterate({
            enter: (node) => {
                if (!node.type.isError)
                    return;
                const line = this.lineAt(node.from);
                errors.push({ line, column: this.columnAt(node.from), near: this.lines.lineText(line).trim().slice(0, 80) });
            },
        });
        return errors;
    }
    /** Throw an InputError (exit 2) naming file:line when the source is not valid Python. */
    assertValidSyntax() {
        const [first] = this.syntaxErrors();
        if (first) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Python syntax error near \`${first.near}\`: expected valid Python 3 syntax`, {
                file: this.file,
                line: first.line,
                column: first.column,
                hint: 'Fix the syntax at that line (Lockstep reads the source with a Python 3 grammar and never runs it).',
            });
        }
        return this;
    }
}
const IDENTIFIER_NODES = new Set(['VariableName', 'PropertyName']);
/**
 * Parse; when a decorator is an expression the grammar does not take (PEP 614), blank that
 * expression to a call of the same length (`@_(        )`, newlines kept so every offset and
 * line stays put), parse again, and keep the expression's text for the class reader.
 */
function parseWithDecoratorExpressions(text) {
    const first = _lezer_python__WEBPACK_IMPORTED_MODULE_0__/* .parser */ .K.parse(text);
    const expressions = new Map();
    let masked = text;
    first.iterate({
        enter: (ref) => {
            if (ref.name !== 'Decorator' || !hasError(ref.node))
                return undefined;
            const start = ref.from + 1;
            const end = decoratorExpressionEnd(text, start);
            const written = text.slice(start, end);
            // Only an expression that parses on its own is blanked; anything else stays a syntax error.
            if (end - start < 3 || hasError(_lezer_python__WEBPACK_IMPORTED_MODULE_0__/* .parser */ .K.parse(`(${written})\n`).topNode))
                return false;
            expressions.set(ref.from, written);
            const blank = text.slice(start + 2, end - 1).replace(/[^\r\n]/g, ' ');
            masked = masked.slice(0, start) + '_(' + blank + ')' + masked.slice(end);
            return false;
        },
    });
    return { tree: expressions.size ? _lezer_python__WEBPACK_IMPORTED_MODULE_0__/* .parser */ .K.parse(masked) : first, expressions };
}
function hasError(node) {
    return node.type.isError || childrenOf(node).some(hasError);
}
/** End of the expression after a decorator's `@`: the end of its logical line (brackets, strings, `\` continuations), before any comment. */
function decoratorExpressionEnd(text, start) {
    let depth = 0;
    let end = start;
    for (let i = start; i < text.length; i++) {
        const ch = text.charAt(i);
        if (ch === '\\' && text[i + 1] === '\n')
            i++;
        else if (ch === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
            i--;
            continue;
        }
        else if (ch === '"' || ch === "'") {
            const quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            i += quote.length;
            while (i < text.length && !text.startsWith(quote, i))
                i += text[i] === '\\' ? 2 : 1;
            i += quote.length - 1;
        }
        else if ('([{'.includes(ch))
            depth++;
        else if (')]}'.includes(ch))
            depth--;
        else if (ch === '\n' && depth <= 0)
            break;
        if (!/\s/.test(ch))
            end = Math.min(i + 1, text.length);
    }
    return end;
}
function parsePython(file, text) {
    return new PythonModule(file, text);
}
/**
 * The statements of a module or a block, in order: statements written on one line
 * (`a: int; b: str`, a one-line class body) come as a StatementGroup and are flattened.
 */
function statementsOf(container) {
    return childrenOf(container).flatMap((child) => (child.name === 'StatementGroup' ? childrenOf(child).filter((c) => c.name !== ';') : [child]));
}
/** Children of a node, in order (lezer exposes them as a linked list). */
function childrenOf(node) {
    const out = [];
    for (let child = node.firstChild; child; child = child.nextSibling)
        out.push(child);
    return out;
}
/** `items.length === length`, telling the type checker so (`parts[2]` is then a node, not `node | undefined`). */
function hasLength(items, length) {
    return items.length === length;
}


/***/ }),

/***/ 782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ concatenatedStringValue),
/* harmony export */   k7: () => (/* binding */ strLiteralValue)
/* harmony export */ });
/* unused harmony export pythonStringValue */
/**
 * Python string literals → their value, without running Python: prefixes
 * (r, b, u, f), single/triple quotes, implicit concatenation and the common escapes.
 * f-strings keep their braces as text (their value is not known statically).
 */
const SIMPLE_ESCAPES = {
    n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '',
};
/** Value of one literal token such as `r"a\b"` or `'''x'''`; undefined when it is not one. */
function pythonStringValue(literal) {
    const match = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(literal);
    if (!match)
        return undefined;
    const [, prefix = '', quote] = match;
    if (quote === undefined || !literal.endsWith(quote) || literal.length < prefix.length + quote.length * 2)
        return undefined;
    const body = literal.slice(prefix.length + quote.length, literal.length - quote.length);
    if (/r/i.test(prefix))
        return body;
    return unescape(body);
}
function unescape(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\' || i === body.length - 1) {
            out += ch;
            continue;
        }
        const next = body.charAt(++i);
        const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))?.[0];
        if (next in SIMPLE_ESCAPES)
            out += SIMPLE_ESCAPES[next];
        else if (octal) {
            // \0, \12, \101: up to three octal digits (CPython's differential fuzz found \12 read as \0 + "12").
            out += String.fromCharCode(parseInt(octal, 8));
            i += octal.length - 1;
        }
        else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
            out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else if ((next === 'u' || next === 'U') && /^[0-9a-fA-F]+$/.test(body.slice(i + 1, i + (next === 'u' ? 5 : 9)))) {
            const width = next === 'u' ? 4 : 8;
            const code = parseInt(body.slice(i + 1, i + 1 + width), 16);
            out += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
            i += width;
        }
        else
            out += '\\' + next;
    }
    return out;
}
/**
 * The grammar gives adjacent literals ("a" "b") as one String node or as
 * several; split a node's text into its literal tokens and join their values.
 */
function concatenatedStringValue(text) {
    return joinedValue(literalTokens(text));
}
/**
 * The value of a `str` literal known before run time, as a name given to `os.environ` is:
 * like concatenatedStringValue, but undefined when any part is an f-string (its value is
 * built at run time) or bytes (not a str).
 */
function strLiteralValue(text) {
    const tokens = literalTokens(text);
    if (tokens?.some((token) => /^[rRuU]*[bBfF]/.test(token)))
        return undefined;
    return joinedValue(tokens);
}
/** The literal tokens of a node's text; a backslash escapes the next character, in raw literals too, as Python's tokenizer reads them. */
function literalTokens(text) {
    return text.match(/[rRbBuUfF]{0,2}('''(?:\\[\s\S]|[^\\])*?'''|"""(?:\\[\s\S]|[^\\])*?"""|'(?:\\[\s\S]|[^'\\\n])*'|"(?:\\[\s\S]|[^"\\\n])*")/g) ?? undefined;
}
function joinedValue(tokens) {
    if (!tokens)
        return undefined;
    let out = '';
    for (const token of tokens) {
        const value = pythonStringValue(token);
        if (value === undefined)
            return undefined;
        out += value;
    }
    return out;
}


/***/ }),

/***/ 2166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Offsets → 1-based lines and columns of one text, by binary search over line starts. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    columnAt(offset) {
        return offset - (this.starts[this.lineAt(offset) - 1] ?? 0) + 1;
    }
    /** The text of a 1-based line, without its newline. */
    lineText(line) {
        return this.text.slice(this.starts[line - 1], (this.starts[line] ?? this.text.length + 1) - 1);
    }
}


/***/ })

};
