export const id = 962;
export const ids = [962];
export const modules = {

/***/ 3995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P7: () => (/* binding */ selectPair),
/* harmony export */   RQ: () => (/* binding */ pairsToCheck),
/* harmony export */   ff: () => (/* binding */ envPairs)
/* harmony export */ });
/* unused harmony export pairLabel */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/**
 * `env:` as pairs: the single-object form is one unnamed pair, the list form one named pair per
 * entry. Every env-diff step works on one pair; this is the one place that knows both forms.
 */

function envPairs(env) {
    if (!Array.isArray(env))
        return [{ name: null, config: env, keyPath: ['env'] }];
    return env.map((pair, index) => ({ name: pair.name, config: pair, keyPath: ['env', index] }));
}
/**
 * The pairs one run checks: every pair, or the one named `name` (`--pair`, the `pair` input).
 * An unknown name is exit 2 naming the configured pairs.
 */
function pairsToCheck(pairs, name, configFile) {
    if (name === undefined)
        return pairs;
    const named = pairs.filter((pair) => pair.name === name);
    if (named.length)
        return named;
    const names = pairs.flatMap((pair) => (pair.name === null ? [] : [pair.name]));
    if (!names.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no env pair named ${JSON.stringify(name)}: env: is a single pair, without names`, {
            file: configFile,
            hint: 'Leave out the pair (--pair, the pair input): a single-object env: is checked whole. Pairs have names when env: is a list.',
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no env pair named ${JSON.stringify(name)}; the configuration names ${names.join(', ')}`, {
        file: configFile,
        hint: `Name one of ${names.join(', ')} (or leave out the pair to check every pair).`,
    });
}
/** "env" or "env[1] (next-visit-fan-out)": how messages name a pair. */
function pairLabel(pair) {
    return pair.name === null ? 'env' : `env[${pair.keyPath[1]}] (${pair.name})`;
}
/**
 * The pair of another repository's configuration that describes ours: the one named `name`
 * when given, else its only pair with the side we need. A list with several such pairs and
 * no name is ambiguous: exit 2 asking for `env.counterpart.pair`.
 */
function selectPair(env, side, name, label) {
    if (env === undefined || !Array.isArray(env))
        return env;
    const names = env.map((pair) => pair.name).join(', ');
    if (name !== undefined) {
        const named = env.find((pair) => pair.name === name);
        if (named)
            return named;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`env.counterpart.pair: ${label} has no env pair named ${JSON.stringify(name)}; its pairs: ${names}`, {
            hint: `Set env.counterpart.pair to one of ${names}.`,
        });
    }
    const withSide = env.filter((pair) => pair[side] !== undefined);
    if (withSide.length <= 1)
        return withSide[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label} holds several env pairs with a ${side} section (${withSide.map((pair) => pair.name).join(', ')}); which one is this pair's counterpart?`, {
        hint: 'Set env.counterpart.pair to the name of the pair in that configuration.',
    });
}


/***/ }),

/***/ 5002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tF: () => (/* binding */ CodeReader),
  QD: () => (/* binding */ aggregate),
  nv: () => (/* binding */ readsDeciding),
  vl: () => (/* binding */ signature),
  zw: () => (/* binding */ workloadMatchers)
});

// UNUSED EXPORTS: extraReadsAt, hasEntryFolder, summarize

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./build/src/text/globs.js
var text_globs = __webpack_require__(9954);
// EXTERNAL MODULE: ./build/src/python/parse.js
var parse = __webpack_require__(615);
// EXTERNAL MODULE: ./build/src/python/env-reads.js + 1 modules
var env_reads = __webpack_require__(407);
// EXTERNAL MODULE: ./build/src/python/imports.js
var python_imports = __webpack_require__(9658);
;// CONCATENATED MODULE: ./build/src/python/units.js


const DYNAMIC_IMPORTS = new Set(['import_module', '__import__']);
function moduleUnits(module) {
    const { code, units: defined } = collect(module, module.top, '');
    const units = new Map([['', unitOf('', 1, module.lineAt(module.text.length), code)]]);
    // In order, a later definition of a name replacing an earlier one (as Python rebinds it).
    for (const unit of defined)
        units.set(unit.name, unit);
    const spans = [...units.values()].filter((unit) => unit.name !== '' && unit.to >= unit.from).sort((a, b) => b.from - a.from);
    return {
        units,
        unitAt: (line) => spans.find((unit) => unit.from <= line && line <= unit.to)?.name ?? '',
    };
}
const NO_CODE = { refs: [], imports: [], dynamic: false };
function unitOf(name, from, to, code) {
    return { name, refs: new Set(code.refs), imports: [...code.imports], dynamic: code.dynamic, from, to };
}
function joinCode(parts) {
    return { refs: parts.flatMap((part) => part.refs), imports: parts.flatMap((part) => part.imports), dynamic: parts.some((part) => part.dynamic) };
}
function joinCollected(parts) {
    return { code: joinCode(parts.map((part) => part.code)), units: parts.flatMap((part) => part.units) };
}
/** The statements of `node`; definitions met at class or module level open new units. */
function collect(module, node, prefix) {
    return joinCollected((0,parse/* childrenOf */.LU)(node).map((child) => collectStatement(module, child, prefix)));
}
function collectStatement(module, child, prefix) {
    if (child.name === 'FunctionDefinition' || child.name === 'ClassDefinition')
        return definition(module, child, prefix);
    if (child.name === 'DecoratedStatement') {
        return joinCollected((0,parse/* childrenOf */.LU)(child).map((part) => (part.name === 'Decorator' ? { code: references(module, part), units: [] } : definition(module, part, prefix))));
    }
    if (child.name === 'ImportStatement')
        return { code: { ...NO_CODE, imports: (0,python_imports/* importsOf */.c5)(module, child) }, units: [] };
    if (isCompound(child))
        return collect(module, child, prefix);
    return { code: references(module, child), units: [] };
}
/** Statements whose bodies still run at the enclosing level (if/try/for/with/while bodies). */
function isCompound(node) {
    return /^(If|Try|For|While|With|Match)Statement$|^Body$|^MatchBody$|^MatchClause$/.test(node.name);
}
function definition(module, node, prefix) {
    if (node.name !== 'FunctionDefinition' && node.name !== 'ClassDefinition')
        return { code: references(module, node), units: [] };
    const parts = (0,parse/* childrenOf */.LU)(node);
    const nameNode = parts.find((part) => part.name === 'VariableName');
    const body = parts.find((part) => part.name === 'Body');
    const name = `${prefix}${nameNode ? module.textOf(nameNode) : '?'}`;
    // Parameters' defaults, annotations and base classes run where the definition runs.
    const header = joinCode(parts.filter((part) => part !== body && part !== nameNode).map((part) => references(module, part)));
    if (!body)
        return { code: header, units: [] };
    if (node.name === 'ClassDefinition') {
        const inside = collect(module, body, `${name}.`); // the class body runs with the module
        return { code: joinCode([header, inside.code]), units: [unitOf(name, 0, -1, NO_CODE), ...inside.units] };
    }
    // Functions and methods open units; anything defined inside a function belongs to it.
    return { code: header, units: [unitOf(name, module.lineAt(node.from), module.lineAt(node.to), references(module, body))] };
}
/** Every name a piece of code refers to, imports (anywhere inside) and dynamic imports included. */
function references(module, node) {
    const refs = [];
    const imports = [];
    let dynamic = false;
    const visit = (current) => {
        if (current.name === 'ImportStatement') {
            imports.push(...(0,python_imports/* importsOf */.c5)(module, current));
            return;
        }
        if (current.name === 'VariableName') {
            const text = module.textOf(current);
            if (DYNAMIC_IMPORTS.has(text))
                dynamic = true;
            refs.push(chainFrom(module, current, text));
            return;
        }
        if (current.name === 'PropertyName' && DYNAMIC_IMPORTS.has(module.textOf(current)))
            dynamic = true;
        for (let child = current.firstChild; child; child = child.nextSibling)
            visit(child);
    };
    visit(node);
    return { refs, imports, dynamic };
}
/** `a` followed by `.b.c` (plain attributes) → `a.b.c`. */
function chainFrom(module, start, text) {
    let chain = text;
    let node = start;
    while (node.parent?.name === 'MemberExpression' && node.parent.firstChild?.from === node.from && node.parent.firstChild.to === node.to) {
        const parts = (0,parse/* childrenOf */.LU)(node.parent);
        if (!(0,parse/* hasLength */.JT)(parts, 3) || parts[1].name !== '.' || parts[2].name !== 'PropertyName')
            break;
        chain += `.${module.textOf(parts[2])}`;
        node = node.parent;
    }
    return chain;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/text/own-string.js
/**
 * V8 keeps a slice or a concatenation of strings as a view of the strings it was made from, so
 * a short name cut from a file (or from a chunk of a git command's output) keeps the whole file
 * in memory for as long as the name lives. Results kept past their source are copied out.
 */
/** Shorter strings are always copies in V8 (no slice or concatenation views). */
const VIEW_MIN_LENGTH = 13;
/** A string of its own, holding no other string alive (code unit for code unit, lone surrogates too). */
function ownString(text) {
    return text.length < VIEW_MIN_LENGTH ? text : JSON.parse(JSON.stringify(text));
}
/** The same, for a string that may be absent. */
function ownStringOrNull(text) {
    return text === null ? null : ownString(text);
}

;// CONCATENATED MODULE: ./build/src/env/git-grep.js
/**
 * Which files at a revision mention some strings: one `git grep`, no file read into memory, and
 * no argument list that grows with the input (patterns go through a file).
 *
 * git grep tries every pattern at every line, so its cost is patterns × tree. A few needles are
 * searched as fixed strings; past that, one pass lists every token shaped like the needles
 * (`-o` with a single character-class pattern) and the needles are looked up in a set — one
 * pattern whatever the number of needles, so the cost follows the tree, not tree × needles.
 */




/** Up to this many needles git's fixed-string search is the cheaper pass. */
const FIXED_STRING_NEEDLES = 16;
/**
 * What each file at `revision` contains of `needles` (fixed strings; where two overlap at one
 * place, the earlier-starting one is reported): path → the needles found.
 */
async function grepMatches(repository, revision, needles, globs) {
    if (needles.length === 0)
        return new Map();
    const commit = await repository.resolveRevision(revision);
    const pathspecs = globs.some((glob) => /[{}]/.test(glob)) ? [] : globs.map((glob) => `:(glob)${glob}`);
    const search = needles.length <= FIXED_STRING_NEEDLES || !needles.every(isTokenShaped) ? fixedStrings(needles) : tokenPass(needles);
    const found = new Map();
    // Line by line as git prints them: the token pass prints every token of the tree, which is
    // never held in memory whole.
    await grepWithPatternFile(repository, search, [commit, '--', ...pathspecs], (line) => {
        const separator = line.indexOf('\0');
        if (separator < 0)
            return;
        const hits = search.needlesOf(line.slice(separator + 1));
        if (hits.length === 0)
            return;
        const file = line.slice(commit.length + 1, separator);
        let matches = found.get(file);
        // A new key is copied out of the line: a slice keeps git's whole output chunk alive.
        if (!matches)
            found.set(ownString(file), (matches = new Set()));
        for (const hit of hits)
            matches.add(hit);
    });
    return found;
}
/** git reports the longest needle at a place; the shorter needles inside it are there too. */
function fixedStrings(needles) {
    return { flag: '-F', patterns: [...needles], needlesOf: (match) => needles.filter((needle) => match.includes(needle)) };
}
/** The characters of a token-shaped needle, as a POSIX bracket expression (LC_ALL=C). */
const TOKEN_CHARACTERS = '[A-Za-z0-9_.-]';
/**
 * One extended pattern matching every maximal run of token characters (optionally after
 * `["` or `['`, so a subscript needle `["X"]` is seen as such); a run equal to a needle is a hit
 * (both the subscript and the bare name when both are needles).
 */
function tokenPass(needles) {
    // Hits are the needles' own strings, never slices of git's output (which would keep it alive).
    const subscripts = new Map();
    const plain = new Map();
    for (const needle of needles) {
        const inner = /^\[(["'])(.*)\1\]$/.exec(needle);
        if (inner)
            subscripts.set(`[${inner[1]}${inner[2]}`, needle);
        else
            plain.set(needle, needle);
    }
    return {
        flag: '-E',
        patterns: [`(\\[["'])?${TOKEN_CHARACTERS}+`],
        needlesOf: (match) => {
            const name = match.startsWith('[') ? match.slice(2) : match;
            return [subscripts.get(match), plain.get(name)].filter((hit) => hit !== undefined);
        },
    };
}
/** Needles made of the characters variable names are made of can be searched as tokens. */
function isTokenShaped(needle) {
    return /^(\[(["'])[A-Za-z0-9_.-]+\2\]|[A-Za-z0-9_.-]+)$/.test(needle);
}
/** git grep for the search's patterns (written to a file: there may be thousands), `tail` naming the tree and paths. */
async function grepWithPatternFile(repository, { flag, patterns }, tail, onLine) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'lockstep-grep-'));
    try {
        const file = external_node_path_.join(dir, 'patterns');
        await (0,promises_.writeFile)(file, `${patterns.join('\n')}\n`);
        // Exit 1 is "no line matched".
        await repository.gitLines(['grep', '-z', '-o', flag, '-f', file, ...tail], onLine, [0, 1]);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./build/src/git/tag-version.js
var tag_version = __webpack_require__(8787);
// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./build/src/env/reachability.js
/**
 * Which code in shared files a workload can run: a read in a file several workloads' globs
 * include counts for a workload only when the workload's own files (those only its globs
 * include) reach it — the module level of every module imported, transitively; a function or
 * method when something reached refers to it (by name, through imports and attributes of
 * imported modules; a class reached makes all its methods reached). Whatever cannot be
 * resolved counts (a module used as a value, `import *`, `importlib`): fail safe.
 */


/**
 * Bound on the work of one reachability pass (units visited). Past it the check stops (exit 2):
 * counting every shared read instead is not safe — counted at base and head alike, a read a change
 * makes reachable would look unchanged, and its `read-added` would never be reported.
 */
const MAX_STEPS = 200_000;
/**
 * Modules a name is followed through (`from a import f` in b, `from b import f` in c …). Past it
 * the check stops (exit 2): the name left unresolved, code it calls would not count as reached.
 */
const MAX_REEXPORTS = 8;
async function computeReach(input) {
    const walk = new ReachWalk(input);
    await walk.run();
    return walk.result();
}
/** One breadth-first pass from the workload's own files over the units their code reaches. */
class ReachWalk {
    input;
    reached = new Map();
    queue = [];
    loaded = new Map();
    resolver;
    /** Some reached code cannot be followed (importlib, a module used as a value …): every read counts. */
    everything = false;
    constructor(input) {
        this.input = input;
        const roots = new Set(['', ...[...input.own].map((file) => `${posix_.dirname(file)}/`.replace(/^\.\//, ''))]);
        this.resolver = new Resolver(moduleIndex(input.files), roots, (file) => this.unitsOf(file));
    }
    async run() {
        for (const file of [...this.input.own].sort()) {
            const units = await this.unitsOf(file);
            for (const unit of units?.units.keys() ?? [''])
                this.reach(file, unit, null);
        }
        for (let steps = 0; !this.everything; steps++) {
            const node = this.queue[steps];
            if (!node)
                return;
            if (steps >= MAX_STEPS)
                throw tooManySteps(node);
            await this.visit(node);
        }
    }
    result() {
        const byFile = new Map();
        for (const node of this.reached.values())
            byFile.set(node.file, [...(byFile.get(node.file) ?? []), node.unit]);
        return {
            at: (file, line) => {
                if (this.input.own.has(file) || this.everything)
                    return { via: file };
                const unit = this.loaded.get(file)?.unitAt(line) ?? '';
                const node = this.reached.get(keyOf(file, unit));
                return node ? { via: this.describe(node) } : null;
            },
            shared: this.input.files.filter((file) => !this.input.own.has(file)),
            signature: (file) => (this.everything ? '*' : [...(byFile.get(file) ?? [])].sort().join('\0')),
        };
    }
    async unitsOf(file) {
        if (!this.loaded.has(file))
            this.loaded.set(file, await this.input.units(file));
        return this.loaded.get(file) ?? null;
    }
    reach(file, unit, from) {
        const key = keyOf(file, unit);
        if (this.reached.has(key))
            return;
        const node = { file, unit, from };
        this.reached.set(key, node);
        this.queue.push(node);
    }
    /** What one reached unit imports and refers to, reached in turn. */
    async visit(node) {
        const unit = (await this.unitsOf(node.file))?.units.get(node.unit);
        if (!unit)
            return;
        const from = keyOf(node.file, node.unit);
        if (unit.dynamic)
            this.everything = true;
        for (const imported of unit.imports) {
            for (const target of this.resolver.importTargets(node.file, imported))
                await this.reachTarget(target, from);
        }
        for (const ref of unit.refs) {
            for (const target of await this.resolver.refTargets(node.file, ref))
                await this.reachTarget(target, from);
        }
    }
    async reachTarget(target, from) {
        const units = await this.unitsOf(target.file);
        if (target.unit === null) {
            // A whole module (used as a value, or `import *`): every unit of it.
            for (const unit of units?.units.keys() ?? [''])
                this.reach(target.file, unit, from);
            return;
        }
        this.reach(target.file, '', from); // referring to a module's member imports the module
        this.reach(target.file, target.unit, from);
        // A class reached: its methods can be called on its instances.
        for (const unit of units?.units.keys() ?? [])
            if (unit.startsWith(`${target.unit}.`))
                this.reach(target.file, unit, from);
    }
    describe(node) {
        const steps = [];
        for (let current = node; current; current = current.from ? this.reached.get(current.from) : undefined) {
            steps.unshift(current.from ? this.resolver.label(current.file, current.unit) : current.file);
            if (steps.length > 50)
                break;
        }
        return steps.join(' → ');
    }
}
function tooManySteps(node) {
    return new errors/* InputError */.dz(`more than ${MAX_STEPS.toLocaleString('en-US')} functions, methods and modules reachable from a workload's own files through shared code; Lockstep follows at most that many, and counting every shared read instead could hide a read a change makes live`, {
        file: node.file,
        hint: 'Narrow the globs under env.code so that fewer files are shared between workloads (each workload\'s globs naming its own code and the shared code it really uses).',
    });
}
function tooManyReexports(file, ref) {
    return new errors/* InputError */.dz(`\`${ref}\` is imported through more than ${MAX_REEXPORTS} modules in a row (an import cycle, or a chain of re-exports); Lockstep stops rather than leave what it names unreached`, {
        file,
        hint: `Import ${ref} from the module that defines it, or break the import cycle.`,
    });
}
function keyOf(file, unit) {
    return `${file}\0${unit}`;
}
function moduleIndex(files) {
    const index = new Map();
    for (const file of files) {
        const parts = file.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/');
        for (let start = 0; start < parts.length; start++) {
            const key = parts.slice(start).join('/');
            const root = parts.slice(0, start).map((part) => `${part}/`).join('');
            index.set(key, [...(index.get(key) ?? []), { file, root }]);
        }
    }
    return index;
}
class Resolver {
    index;
    roots;
    unitsOf;
    constructor(index, roots, unitsOf) {
        this.index = index;
        this.roots = roots;
        this.unitsOf = unitsOf;
    }
    /**
     * The files a dotted module names from `file`: relative imports from its folder; absolute
     * ones under a known root (the repository, an entry file's folder), or — for a dotted name
     * such as `shared.raw` — under whichever folder holds it (which becomes a root).
     */
    modules(file, module, level) {
        if (level > 0) {
            let folder = posix_.dirname(file);
            for (let up = 1; up < level; up++)
                folder = posix_.dirname(folder);
            const key = posix_.join(folder === '.' ? '' : folder, ...module.split('.').filter(Boolean));
            return (this.index.get(key) ?? []).filter((hit) => hit.root === '').map((hit) => hit.file);
        }
        const key = module.split('.').join('/');
        const hits = (this.index.get(key) ?? []).filter((hit) => this.roots.has(hit.root) || module.includes('.'));
        for (const hit of hits)
            this.roots.add(hit.root);
        return hits.map((hit) => hit.file);
    }
    label(file, unit) {
        const bare = file.replace(/\.py$/, '').replace(/\/__init__$/, '');
        const root = [...this.roots].filter((candidate) => bare.startsWith(candidate)).sort((a, b) => b.length - a.length)[0] ?? '';
        const module = bare.slice(root.length).split('/').join('.');
        return unit ? `${module}.${unit}` : module;
    }
    importTargets(file, imported) {
        const modules = this.modules(file, imported.module, imported.level);
        const targets = modules.map((module) => ({ file: module, unit: '' }));
        if (imported.star)
            return modules.map((module) => ({ file: module, unit: null }));
        // `from shared import raw` may import the submodule shared.raw.
        if (imported.name) {
            const sub = this.modules(file, [imported.module, imported.name].filter(Boolean).join('.'), imported.level);
            targets.push(...sub.map((module) => ({ file: module, unit: '' })));
        }
        // `import a.b.c` runs a, a.b and a.b.c.
        if (!imported.name && imported.level === 0) {
            const parts = imported.module.split('.');
            for (let end = 1; end < parts.length; end++)
                targets.push(...this.modules(file, parts.slice(0, end).join('.'), 0).map((module) => ({ file: module, unit: '' })));
        }
        return targets;
    }
    /** What a dotted reference (`get_raw_path`, `raw.get_raw_path`, `shared.raw.X.m`) may mean in `file`. */
    async refTargets(file, ref, depth = 0) {
        const units = await this.unitsOf(file);
        if (!units)
            return [];
        const [head = '', ...rest] = ref.split('.');
        if (units.units.has(head))
            return [{ file, unit: head }];
        if (depth > MAX_REEXPORTS)
            throw tooManyReexports(file, ref);
        const binding = bindingOf(units, head);
        if (!binding)
            return [];
        // `from M import name`: name is a submodule of M, or a member of M.
        if (binding.name) {
            const sub = this.modules(file, [binding.module, binding.name].filter(Boolean).join('.'), binding.level);
            if (sub.length)
                return this.inModules(sub, rest, depth);
            const targets = [];
            for (const module of this.modules(file, binding.module, binding.level))
                targets.push(...(await this.member(module, binding.name, depth)));
            return targets;
        }
        // `import a.b` binds a; `import a.b as c` binds c to a.b: the longest module the chain names, then its member.
        const base = binding.bound === head && binding.module.split('.')[0] === head ? [head] : binding.module.split('.');
        for (let take = rest.length; take >= 0; take--) {
            const module = [...base, ...rest.slice(0, take)].join('.');
            const files = this.modules(file, module, 0);
            if (files.length)
                return this.inModules(files, rest.slice(take), depth);
        }
        return [];
    }
    async inModules(files, rest, depth) {
        const [name] = rest;
        if (name === undefined)
            return files.map((module) => ({ file: module, unit: null })); // a module used as a value: all of it
        const targets = [];
        for (const module of files)
            targets.push(...(await this.member(module, name, depth)));
        return targets;
    }
    /** A member of a module: its function or class, or what it imports under that name. */
    async member(file, name, depth) {
        const units = await this.unitsOf(file);
        if (units?.units.has(name))
            return [{ file, unit: name }];
        return units && bindingOf(units, name) ? this.refTargets(file, name, depth + 1) : [{ file, unit: '' }];
    }
}
/** The import that binds a name anywhere in the module (imports in functions included: over-approximate). */
function bindingOf(units, name) {
    for (const unit of units.units.values()) {
        const found = unit.imports.find((imported) => imported.bound === name);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/env/code-reads.js
/**
 * What a workload's code reads, per variable: required (always), conditional (required
 * under a branch condition), or optional — aggregated over every read in the files the
 * workload runs (`env.code.<workload>` globs) plus `env.extra-reads`.
 */









/** The extra reads that apply at a version: `since` bounds kept when both versions are readable (else applied: fail safe). */
function extraReadsAt(declared, version) {
    const current = version === undefined ? null : (0,tag_version/* tagVersion */.R)(version);
    return declared
        .map((read) => (typeof read === 'string' ? { name: read } : read))
        .filter((read) => {
        const since = read.since === undefined ? null : (0,tag_version/* tagVersion */.R)(read.since);
        return !current || !since || current.compare(since) >= 0;
    })
        .map((read) => ({ name: read.name, optional: read.optional === true }));
}
function summarize(reads, { workload, extra, configFile, viaOf = () => undefined }) {
    const byName = new Map();
    for (const read of reads) {
        if (!read.resolved)
            continue;
        byName.set(read.name, [...(byName.get(read.name) ?? []), read]);
    }
    const out = new Map();
    for (const [name, group] of byName) {
        const sorted = [...group].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
        const required = sorted.find((read) => read.required && read.condition === null);
        const conditional = sorted.find((read) => read.required && read.condition !== null);
        const deciding = required ?? conditional ?? sorted[0];
        const via = viaOf(deciding);
        out.set(name, {
            name,
            workload,
            requirement: required ? 'required' : conditional ? 'conditional' : 'optional',
            condition: !required && conditional ? conditional.condition : null,
            default: required ? null : (sorted.find((read) => read.default !== null)?.default ?? null),
            file: deciding.file,
            line: deciding.line,
            extra: false,
            ...(via ? { via } : {}),
            ...(!required && conditional?.flags ? { flags: conditional.flags } : {}),
            reads: sorted,
        });
    }
    for (const { name, optional } of extra) {
        const found = out.get(name);
        if (found?.requirement === 'required' || (optional && found))
            continue;
        const requirement = optional ? 'optional' : 'required';
        out.set(name, { name, workload, requirement, condition: null, default: null, file: configFile, extra: true, reads: found?.reads ?? [] });
    }
    return out;
}
/** Parses Python blobs once each (by blob id and path), whatever revision asks for them. */
class CodeReader {
    repository;
    cache = new Map();
    unitCache = new Map();
    /** Python files parsed so far (for benchmarks and the "only changed blobs" promise). */
    parsed = 0;
    /** Where files read with `strict` could not be parsed (first place per file). */
    syntaxIssues = [];
    constructor(repository) {
        this.repository = repository;
    }
    /**
     * Reads of each file. With `mentions`, a file whose text contains none of those strings is
     * not parsed (and left out of the answer): it cannot read them by a literal name. With
     * `strict`, syntax errors are collected in `syntaxIssues`.
     */
    async readsOf(entries, strict, options = {}) {
        const { mentions } = options;
        const missing = entries.filter((entry) => !this.cache.has(cacheKey(entry)));
        const skipped = new Set();
        // A chunk at a time, the next ones read by git while this one is parsed: memory holds a
        // few chunks of text and the reads found, never every changed file's text or syntax tree.
        const chunks = chunksOf(missing, READ_CHUNK);
        const reading = chunks.slice(0, READ_AHEAD).map((chunk) => this.readChunk(chunk));
        for (const [index, chunk] of chunks.entries()) {
            // One read per chunk is under way ahead of this one; git answers one text per entry.
            const texts = await reading[index];
            if (index + READ_AHEAD < chunks.length)
                reading.push(this.readChunk(chunks[index + READ_AHEAD]));
            chunk.forEach((entry, at) => {
                const text = texts[at];
                if (mentions && ![...mentions].some((name) => text.includes(name)))
                    skipped.add(cacheKey(entry));
                else
                    this.cache.set(cacheKey(entry), this.readsIn(entry, text, strict));
            });
        }
        return new Map(entries.filter((entry) => !skipped.has(cacheKey(entry))).map((entry) => [entry.path, this.cache.get(cacheKey(entry))]));
    }
    /** A chunk's texts; a failure is kept for the loop that awaits it (never an unhandled rejection). */
    readChunk(chunk) {
        const texts = this.repository.readBlobs(chunk);
        texts.catch(() => undefined);
        return texts;
    }
    /** The reads of one file, as strings of their own: nothing keeps its text or syntax tree alive. */
    readsIn(entry, text, strict) {
        // Every read goes through os.environ or os.getenv (under some name) or a BaseSettings
        // model: a module that spells none cannot read the environment, and needs no parse.
        if (!text.includes('environ') && !text.includes('getenv') && !text.includes(SETTINGS_BASE))
            return [];
        const module = (0,parse/* parsePython */.w_)(entry.path, text);
        // The grammar has gaps (a bare `yield` statement, for one): a file it cannot fully read is
        // reported — its reads near that line may be missed — rather than failing the check.
        const [issue] = strict ? module.syntaxErrors() : [];
        if (issue)
            this.syntaxIssues.push({ file: entry.path, line: issue.line, near: ownString(issue.near) });
        this.parsed++;
        return (0,env_reads/* findEnvReads */.wu)(module).map(ownRead);
    }
    /** A file's units of code (module level, functions, methods) for reachability, parsed once per blob. */
    unitsOf(entry) {
        let answer = this.unitCache.get(cacheKey(entry));
        if (!answer) {
            answer = this.repository.readBlobs([entry]).then(([text]) => ownUnits(moduleUnits((0,parse/* parsePython */.w_)(entry.path, text))));
            this.unitCache.set(cacheKey(entry), answer);
        }
        return answer;
    }
    /**
     * For each workload with files other workloads share and files of its own: which reads in
     * the shared files its own code reaches at a revision. Computed only when some read of
     * `readsByFile` sits in a shared file (otherwise nothing is filtered).
     */
    async reachability(revision, settings, readsByFile, always = false) {
        const out = new Map();
        const matchers = workloadMatchers(settings.code);
        if (matchers.size < 2)
            return out;
        const sharedWith = (file) => [...matchers].filter(([, matches]) => matches(file)).length > 1;
        const readInShared = [...readsByFile].some(([file, reads]) => reads.length > 0 && sharedWith(file));
        if (!readInShared && !always)
            return out;
        const tree = await this.repository.tree(revision);
        const python = [...tree.values()].filter((entry) => entry.path.endsWith('.py') && entry.mode !== '160000');
        for (const [workload, matches] of matchers) {
            const files = python.filter((entry) => matches(entry.path));
            const own = new Set(files.filter((entry) => !sharedWith(entry.path)).map((entry) => entry.path));
            if (own.size === files.length)
                continue; // nothing shared: everything counts
            // No files of its own: absent at this revision when a glob of its own names a folder no other
            // workload's globs include (python/initializer/ before the initializer existed): it runs none of
            // the shared code. Otherwise its globs are all shared ones and nothing tells: everything counts.
            if (own.size === 0 && !hasEntryFolder(workload, settings.code))
                continue;
            const byPath = new Map(files.map((entry) => [entry.path, entry]));
            const units = async (file) => {
                const entry = byPath.get(file);
                return entry ? this.unitsOf(entry) : null;
            };
            out.set(workload, await computeReach({ files: files.map((entry) => entry.path), own, units }));
        }
        return out;
    }
    /**
     * Every read of every workload at a revision — or, with `names`, only what decides those
     * variables (see readsDeciding), so a removal check at a deployed version costs what the
     * removal touches, not the whole repository.
     */
    async snapshot(revision, settings, names) {
        if (names) {
            const reads = await readsDeciding(this, { revision, names, code: settings.code });
            return aggregate(reads, settings, await this.reachability(revision, settings, reads));
        }
        const globs = Object.values(settings.code).flat();
        const entries = (await this.repository.listFiles(revision, globs)).filter((entry) => entry.path.endsWith('.py'));
        const reads = await this.readsOf(entries, false);
        return { ...aggregate(reads, settings, await this.reachability(revision, settings, reads)), files: reads };
    }
}
/** pydantic-settings' base class: its subclasses read variables whose names the source may not spell (prefix, case). */
const SETTINGS_BASE = 'BaseSettings';
/** Files read from git per request, and requests kept ahead of the parser (see readsOf). */
const READ_CHUNK = 64;
const READ_AHEAD = 4;
function chunksOf(items, size) {
    const chunks = [];
    for (let start = 0; start < items.length; start += size)
        chunks.push(items.slice(start, start + size));
    return chunks;
}
/** A read whose strings are its own (see ownString): kept for the whole run, its file's text is not. */
function ownRead(read) {
    const flags = read.flags && { names: read.flags.names.map(ownString), positive: read.flags.positive };
    return {
        ...read,
        name: ownString(read.name),
        default: ownStringOrNull(read.default),
        condition: ownStringOrNull(read.condition),
        statement: ownString(read.statement),
        ...(flags ? { flags } : {}),
    };
}
/** The same for a module's units (cached for reachability); unitAt answers from the same unit objects. */
function ownUnits(units) {
    const owned = new Map();
    for (const unit of units.units.values()) {
        unit.name = ownString(unit.name);
        unit.refs = new Set([...unit.refs].map(ownString));
        unit.imports = unit.imports.map((item) => ({
            ...item,
            module: ownString(item.module),
            ...(item.name === undefined ? {} : { name: ownString(item.name) }),
            ...(item.bound === undefined ? {} : { bound: ownString(item.bound) }),
        }));
        owned.set(unit.name, unit);
    }
    return { units: owned, unitAt: units.unitAt };
}
/** Files are read and parsed this many at a time, so a scan can stop early. */
const SCAN_BATCH = 8;
async function readsDeciding(reader, { revision, names, code, include = () => true }) {
    const matchers = workloadMatchers(code);
    const globs = Object.values(code).flat();
    const tree = await reader.repository.tree(revision);
    const entriesOf = (files) => files
        .filter((file) => file.endsWith('.py') && include(file) && [...matchers.values()].some((matches) => matches(file)))
        .map((file) => tree.get(file))
        .filter((entry) => !!entry && entry.mode !== '160000');
    const undecided = new Map(names.map((name) => [name, new Set(matchers.keys())]));
    const found = new Map();
    // One git grep tells which names (and which `environ["X"]` subscripts) each file holds.
    const subscriptOf = new Map(names.flatMap((name) => [[`["${name}"]`, name], [`['${name}']`, name]]));
    const matches = await grepMatches(reader.repository, revision, [...subscriptOf.keys(), ...names, SETTINGS_BASE], globs);
    // A subscript needle is a mention of its name (a set lookup per match: no names × matches pass).
    const nameOf = (match) => subscriptOf.get(match) ?? match;
    // A settings model may read any name (env_prefix + a lower-case field): it mentions them all.
    const mentionsOf = (file) => (matches.get(file)?.has(SETTINGS_BASE) ? new Set(names) : new Set([...(matches.get(file) ?? [])].map(nameOf)));
    const hasSubscript = (file) => [...(matches.get(file) ?? [])].some((match) => subscriptOf.has(match));
    // Files that subscript a name first (the likeliest to decide it), then the other mentions.
    const candidates = entriesOf([...matches.keys()]).sort((a, b) => a.path.localeCompare(b.path));
    const phases = [candidates.filter((entry) => hasSubscript(entry.path)), candidates.filter((entry) => !hasSubscript(entry.path))];
    for (const phase of phases) {
        for (let start = 0; start < phase.length && undecided.size > 0; start += SCAN_BATCH) {
            await scanBatch(phase.slice(start, start + SCAN_BATCH));
        }
    }
    return found;
    async function scanBatch(entries) {
        // A file that mentions no undecided name is never read.
        const batchEntries = entries.filter((entry) => [...mentionsOf(entry.path)].some((name) => undecided.has(name)));
        const batch = await reader.readsOf(batchEntries, false);
        for (const [file, reads] of batch) {
            found.set(file, reads);
            for (const read of reads) {
                const workloads = undecided.get(read.name);
                if (!workloads || !read.resolved || !read.required || read.condition !== null)
                    continue;
                // A read in a shared file may not be reached by a workload (see reachability): only its own files decide it.
                const owners = [...matchers].filter(([, matchesWorkload]) => matchesWorkload(file)).map(([workload]) => workload);
                if (owners.length === 1)
                    for (const workload of owners)
                        workloads.delete(workload);
                if (workloads.size === 0)
                    undecided.delete(read.name);
            }
        }
    }
}
function cacheKey(entry) {
    return `${entry.blob}\0${entry.path}`;
}
/**
 * Whether a glob of `workload` names a folder of its own: a file in that folder (`python/initializer/x.py`
 * for the glob under `python/initializer`) would match none of the other workloads' globs.
 */
function hasEntryFolder(workload, code) {
    const others = Object.entries(code).filter(([name]) => name !== workload).flatMap(([, globs]) => globs);
    const matchesOther = (0,text_globs/* globMatcher */.fU)(others);
    return (code[workload] ?? []).some((glob) => {
        const folder = picomatch.scan(glob).base;
        return folder !== '' && !matchesOther(`${folder}/x.py`) && !matchesOther(`${folder}/x/x.py`);
    });
}
function workloadMatchers(code) {
    return new Map(Object.entries(code).map(([workload, globs]) => [workload, (0,text_globs/* globMatcher */.fU)(globs)]));
}
function aggregate(readsByFile, settings, reachability = new Map()) {
    const workloads = new Map();
    const unresolved = new Map();
    for (const [workload, matches] of workloadMatchers(settings.code)) {
        const reach = reachability.get(workload);
        const vias = new Map();
        const reached = (read) => {
            if (!reach)
                return true;
            const found = reach.at(read.file, read.line);
            if (found && found.via !== read.file)
                vias.set(read, found.via);
            return found !== null;
        };
        const reads = [...readsByFile].filter(([file]) => matches(file)).flatMap(([, fileReads]) => fileReads.filter(reached));
        const extra = extraReadsAt(settings.extraReads[workload] ?? [], settings.version);
        workloads.set(workload, summarize(reads, { workload, extra, configFile: settings.configFile, viaOf: (read) => vias.get(read) }));
        unresolved.set(workload, reads.filter((read) => !read.resolved));
    }
    return { workloads, unresolved };
}
/** What a variable's reads amount to, without locations: equal signatures mean nothing changed. */
function signature(read) {
    return read ? `${read.requirement}\0${read.condition ?? ''}\0${read.default ?? ''}` : '';
}


/***/ }),

/***/ 5364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ LATEST_TAG),
/* harmony export */   gK: () => (/* binding */ openCounterpart),
/* harmony export */   od: () => (/* binding */ deployedCodeLookup),
/* harmony export */   tt: () => (/* binding */ chartSettingsOf),
/* harmony export */   uW: () => (/* binding */ codeSettingsOf),
/* harmony export */   z8: () => (/* binding */ missingCounterpartSide)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3110);
/* harmony import */ var _config_env_pairs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3995);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3324);
/* harmony import */ var _git_remote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7278);
/* harmony import */ var _code_reads_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5002);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4336);
/**
 * The other repository of the pair: the deployment repository seen from the service, or
 * the service seen from the deployment repository. Its settings come from
 * `env.counterpart.code`/`chart`, else from its own .github/lockstep.yml. Reading its code
 * at an environment's deployed tag fetches just that tag and parses each blob once.
 */









function chartSettingsOf(chart) {
    return {
        path: chart.path,
        workloads: chart.workloads,
        environments: chart.environments,
        imageTag: chart['image-tag'],
        valuesPrefix: chart['values-prefix'],
    };
}
function codeSettingsOf(env, configFile) {
    return env.code ? { code: env.code, extraReads: env['extra-reads'] ?? {}, configFile } : undefined;
}
async function openCounterpart(config, own, access) {
    const remote = await (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .openRemote */ .d)({ repository: config.repository, ref: config.ref, token: access.token, serverUrl: access.serverUrl, cwd: access.cwd });
    const label = `${config.repository}@${config.ref}`;
    let code = config.code ? { code: config.code, extraReads: own['extra-reads'] ?? {}, configFile: _config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .B } : undefined;
    let chart = config.chart ? chartSettingsOf(config.chart) : undefined;
    if (!code || !chart) {
        const file = await remote.repository.readFile(remote.commit, _config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .B);
        if (file) {
            const theirLabel = `${config.repository}:${_config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .B}`;
            // In a list of pairs, theirs is the pair with the side we lack (or the one env.counterpart.pair names).
            const wanted = !code && (chart || own.chart) ? 'code' : 'chart';
            const theirs = (0,_config_env_pairs_js__WEBPACK_IMPORTED_MODULE_4__/* .selectPair */ .P7)((0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(file.text, theirLabel).env, wanted, config.pair, theirLabel);
            // Their extra-reads when they declare some, else ours (a deployment repository may declare them for the service).
            const declared = theirs && Object.keys(theirs['extra-reads'] ?? {}).length ? theirs : { ...theirs, 'extra-reads': own['extra-reads'] };
            if (!code && theirs?.code)
                code = codeSettingsOf(declared, theirLabel);
            if (!chart && theirs?.chart)
                chart = chartSettingsOf(theirs.chart);
        }
    }
    // Same rule as openRemote: owner/name is GitHub unless such a folder exists locally.
    const onGitHub = (0,_git_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .isOwnerName */ .B)(config.repository) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(access.cwd, config.repository));
    const webUrl = onGitHub ? `${(access.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${config.repository}` : undefined;
    return { remote, label, repositoryLabel: config.repository, code: code && { ...code, pair: config.pair }, chart, webUrl };
}
function missingCounterpartSide(counterpart, side) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the counterpart ${counterpart.label} has no ${side} settings`, {
        hint: `Set env.counterpart.${side} in .github/lockstep.yml, or give ${counterpart.repositoryLabel} a .github/lockstep.yml with an env.${side} section.`,
    });
}
/** The image tag that names no release but the newest build of the branch, unless env.counterpart.branch-tags says otherwise. */
const LATEST_TAG = 'latest';
/** Reads of the code at each deployed image tag, one full scan per release (cached). */
function deployedCodeLookup(code) {
    const { source, repository, tags, fetchTag, branch, webUrl } = code;
    const reader = new _code_reads_js__WEBPACK_IMPORTED_MODULE_7__/* .CodeReader */ .tF(repository);
    const linkTo = (revision) => (webUrl ? (file, line) => `${webUrl}/blob/${encodeURIComponent(revision)}/${file}${line ? `#L${line}` : ''}` : undefined);
    let tagList;
    const revisions = new Map();
    const snapshots = new Map();
    // Which commit an image tag runs: a release tag (fetched on first use), or the branch for a branch tag (`latest`).
    const revisionOf = (imageTag) => {
        let answer = revisions.get(imageTag);
        if (!answer) {
            answer = (async () => {
                tagList ??= tags();
                const release = (0,_versions_js__WEBPACK_IMPORTED_MODULE_8__/* .findReleaseTag */ .v)(imageTag, await tagList);
                if (release)
                    return { commit: await fetchTag(release.name), release: release.name, linkRevision: release.name };
                if (branch?.tags.includes(imageTag)) {
                    const { commit, ref } = await branch.head();
                    return { commit, release: ref, linkRevision: commit };
                }
                return null;
            })();
            revisions.set(imageTag, answer);
        }
        return answer;
    };
    const readsAt = (commit, release, names) => {
        const full = snapshots.get(commit);
        if (full)
            return full; // a full scan answers any question about that commit
        const key = names ? `${commit}\0${[...names].sort().join('\0')}` : commit;
        let answer = snapshots.get(key);
        if (!answer) {
            answer = settingsAtRelease(code, { commit, release }).then((atRelease) => reader.snapshot(commit, atRelease, names));
            snapshots.set(key, answer);
        }
        return answer;
    };
    return async (imageTag, names) => {
        const revision = await revisionOf(imageTag);
        if (!revision)
            return { tag: imageTag, reads: null, source };
        const link = linkTo(revision.linkRevision);
        return { tag: imageTag, reads: await readsAt(revision.commit, revision.release, names), source, release: revision.release, link };
    };
}
/**
 * The code settings a release is judged with: its own .github/lockstep.yml's env.extra-reads
 * when it declares them there (what that version says it reads), else the configured
 * ones; `since` bounds apply to the release's version.
 */
async function settingsAtRelease({ repository, source, settings }, { commit, release }) {
    const file = await repository.readFile(commit, _config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .B);
    const label = `${source}@${release}:${_config_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .B}`;
    let theirs;
    try {
        theirs = file ? (0,_config_env_pairs_js__WEBPACK_IMPORTED_MODULE_4__/* .selectPair */ .P7)((0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(file.text, label).env, 'code', settings.pair, label) : undefined;
    }
    catch {
        theirs = undefined; // a config that release could not parse: the configured declaration decides
    }
    // Only a declaration the release makes itself wins (the key defaults to {} when absent).
    const declares = file !== undefined && /^\s+extra-reads\s*:/m.test(file.text);
    if (!theirs || !declares)
        return { ...settings, version: release };
    return { ...settings, extraReads: theirs['extra-reads'] ?? {}, configFile: label, version: release };
}


/***/ }),

/***/ 23:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ environmentChanges),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   eR: () => (/* binding */ environmentEntries)
/* harmony export */ });
/* unused harmony exports effectiveValues, goNumber */
/* harmony import */ var _helm_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1282);

/** Every environment present at head, compared with the same environment at base (absent at base: everything added). */
function environmentChanges(base, head) {
    const changes = [];
    for (const environment of head.environments) {
        const before = base?.environments.find((candidate) => candidate.name === environment.name);
        for (const workload of head.workloads.keys()) {
            const was = before && base ? effectiveValues(base, before, workload) : new Map();
            const now = effectiveValues(head, environment, workload);
            for (const name of [...new Set([...was.keys(), ...now.keys()])].sort()) {
                const change = compare(was.get(name), now.get(name));
                if (change)
                    changes.push({ environment: environment.name, workload, name, ...change });
            }
        }
    }
    return changes;
}
function compare(was, now) {
    const shown = (value) => (value && !value.secret ? value.text : null);
    const secret = !!(was?.secret || now?.secret);
    const resolved = (was?.resolved ?? true) && (now?.resolved ?? true);
    if (!was && now)
        return { change: 'added', before: null, after: shown(now), secret, resolved };
    if (was && !now)
        return { change: 'removed', before: shown(was), after: null, secret, resolved };
    if (was && now && was.text !== now.text)
        return { change: 'value-changed', before: shown(was), after: shown(now), secret, resolved };
    return null;
}
/** Every entry the workload's template has (names built at run time excepted), as the environment's values decide it. */
function environmentEntries(snapshot, environment, workload) {
    const seen = new Set();
    const out = [];
    for (const entry of snapshot.workloads.get(workload)?.entries ?? []) {
        if (!entry.resolved)
            continue;
        const condition = (0,_helm_values_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateClauses */ .me)(entry.clauses, environment.values);
        const state = condition === false ? 'off' : seen.has(entry.name) ? 'shadowed' : 'set';
        if (state === 'set')
            seen.add(entry.name);
        out.push({ entry, state, condition, value: valueOf(entry, environment.values) });
    }
    return out;
}
/** name → what the workload's container gets in this environment (entries whose conditions are on; unknown counts as on). */
function effectiveValues(snapshot, environment, workload) {
    const set = environmentEntries(snapshot, environment, workload).filter((item) => item.state === 'set');
    return new Map(set.map((item) => [item.entry.name, item.value]));
}
const SIMPLE_ACTION = /^\{\{-?\s*(\.Values(?:\.[A-Za-z_][\w-]*)+|\.)\s*((?:\|\s*(?:toString|quote|squote)\s*)*)-?\}\}$/;
/** The value an entry gives in an environment, resolved where the form is simple enough to be sure. */
function valueOf(entry, values) {
    const text = entry.value.trim();
    if (text.startsWith('valueFrom'))
        return { text, resolved: true, secret: /secretKeyRef/.test(text) };
    const action = SIMPLE_ACTION.exec(text) ?? SIMPLE_ACTION.exec(unquoted(text));
    if (action) {
        const resolved = resolvePath(action[1], entry, values);
        if (resolved !== undefined)
            return { text: resolved, resolved: true, secret: false };
        return unresolved(text, entry, values);
    }
    if (text.includes('{{'))
        return unresolved(text, entry, values);
    return { text: unquoted(text), resolved: true, secret: false };
}
const VALUES_PATH = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const MAX_SHOWN_VALUE = 2000;
/** An expression helm evaluates and Lockstep does not: the text with every value it reads (and those of its conditions), so a values file change still shows. */
function unresolved(text, entry, values) {
    const paths = [...new Set([text, ...entry.clauses.map((clause) => clause.expression)].flatMap((part) => [...part.matchAll(VALUES_PATH)].map((match) => match[1].slice(1))))].sort();
    const read = paths.map((keyPath) => `.Values.${keyPath} = ${JSON.stringify((0,_helm_values_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(values, (0,_helm_values_js__WEBPACK_IMPORTED_MODULE_0__/* .splitKeyPath */ .TL)(keyPath))) ?? 'undefined'}`);
    const shown = read.length ? `${text} (${read.join('; ')})` : text;
    return { text: shown.length > MAX_SHOWN_VALUE ? `${shown.slice(0, MAX_SHOWN_VALUE)}…` : shown, resolved: false, secret: false };
}
/** `.Values.a.b`, or `.` under the innermost `with .Values.x`: the scalar as helm prints it (missing → ''), undefined when unsure. */
function resolvePath(reference, entry, values) {
    let path;
    if (reference === '.') {
        const scope = [...entry.clauses].reverse().find((clause) => clause.kind === 'with' || clause.kind === 'range');
        if (!scope || scope.kind !== 'with' || scope.negated || !/^\.Values(\.[A-Za-z_][\w-]*)+$/.test(scope.expression))
            return undefined;
        path = scope.expression;
    }
    else
        path = reference;
    if (entry.clauses.some((clause) => clause.kind === 'range'))
        return undefined;
    const value = (0,_helm_values_js__WEBPACK_IMPORTED_MODULE_0__/* .lookup */ .$I)(values, (0,_helm_values_js__WEBPACK_IMPORTED_MODULE_0__/* .splitKeyPath */ .TL)(path.slice('.Values.'.length)));
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'object')
        return undefined;
    // What is left of a parsed YAML value is a scalar.
    const scalar = value;
    return typeof scalar === 'number' ? goNumber(scalar) : String(scalar);
}
/** A number as helm prints it: values are float64 there, printed with Go's %v (1e+06 from a million on). */
function goNumber(value) {
    if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) {
        return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
    }
    return String(value);
}
function unquoted(text) {
    if (text.length >= 2 && ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")))) {
        try {
            return text.startsWith('"') ? JSON.parse(text) : text.slice(1, -1).replace(/''/g, "'");
        }
        catch {
            return text.slice(1, -1);
        }
    }
    return text;
}


/***/ }),

/***/ 4336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ compareDeployed),
/* harmony export */   v: () => (/* binding */ findReleaseTag)
/* harmony export */ });
/* harmony import */ var _git_tag_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8787);

function findReleaseTag(imageTag, tags) {
    const exact = tags.find((tag) => tag.name === imageTag);
    if (exact)
        return exact;
    const bare = (0,_git_tag_version_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutV */ .r)(imageTag);
    const sameSpelling = tags.find((tag) => (0,_git_tag_version_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutV */ .r)(tag.name) === bare);
    if (sameSpelling)
        return sameSpelling;
    const wanted = (0,_git_tag_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tagVersion */ .R)(imageTag);
    if (!wanted)
        return undefined;
    const matches = tags.filter((tag) => (0,_git_tag_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tagVersion */ .R)(tag.name)?.compare(wanted) === 0);
    // Several spellings of one version usually share a commit; prefer the longest (most specific) name.
    return matches.sort((a, b) => b.name.length - a.name.length)[0];
}
function compareDeployed(before, after) {
    const a = (0,_git_tag_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tagVersion */ .R)(before);
    const b = (0,_git_tag_version_js__WEBPACK_IMPORTED_MODULE_0__/* .tagVersion */ .R)(after);
    if (!a || !b)
        return before === after ? 'same' : 'unknown';
    const order = b.compare(a);
    if (order === 0)
        return 'same';
    if (order > 0)
        return 'upgrade';
    return b.major < a.major ? 'major-downgrade' : 'downgrade';
}


/***/ }),

/***/ 4168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y3: () => (/* binding */ assertWorkloadsPresent),
  tn: () => (/* binding */ readChartSnapshot)
});

// UNUSED EXPORTS: CHART_DEFAULTS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/config/yaml.js
var yaml = __webpack_require__(8045);
// EXTERNAL MODULE: ./build/src/helm/env-entries.js + 1 modules
var env_entries = __webpack_require__(5877);
// EXTERNAL MODULE: ./build/src/helm/template-actions.js
var template_actions = __webpack_require__(9676);
// EXTERNAL MODULE: ./build/src/helm/template-structure.js
var template_structure = __webpack_require__(1298);
;// CONCATENATED MODULE: ./build/src/helm/template-set.js
/** All templates of one chart, parsed once, with every `define` indexed by name. */


/** Helm loads every file under templates/ (.yaml, .yml, .tpl, .txt); defines in any of them are visible to all. */
const TEMPLATE_GLOBS = ['templates/**/*.yaml', 'templates/**/*.yml', 'templates/**/*.tpl', 'templates/**/*.txt'];
function buildTemplateSet(files) {
    const structures = new Map();
    const defines = new Map();
    // Helm parses templates in path order and a later define of a name replaces an earlier one.
    for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
        const structure = new template_structure/* TemplateStructure */.iK(new template_actions/* TemplateText */.e(file.path, file.text));
        structures.set(file.path, structure);
        for (const define of structure.defines)
            defines.set(define.name, define);
    }
    return { structures, defines };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./build/src/helm/values.js
var helm_values = __webpack_require__(1282);
;// CONCATENATED MODULE: ./build/src/helm/environments.js
/**
 * Environments of a deployment repository: every values file matching
 * `env.chart.environments` is one environment, named from its path, with the chart's
 * values as that environment sees them and the deployed image tag (values file → the
 * application's values.yaml → the chart's values.yaml → the chart's appVersion).
 */





/** A Helm values file, read as helm reads it (YAML 1.1). */
function parseValuesFile(text, file) {
    const parsed = (0,yaml/* parseYaml */.hN)(text, file, { version: '1.1' });
    if (parsed.value !== null && parsed.value !== undefined && !(0,helm_values/* isMapping */.pi)(parsed.value)) {
        throw new errors/* InputError */.dz('a Helm values file must be a mapping of keys', {
            file,
            line: 1,
            hint: 'Values files hold `key: value` pairs at the top level.',
        });
    }
    return parsed;
}
/** Name an environment from its values file: the part of the path below the glob's fixed folders, without `values-` and the extension. */
function environmentName(file, glob) {
    const base = picomatch.scan(glob).base;
    const relative = base && file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
    const dir = external_node_path_.posix.dirname(relative);
    const stem = external_node_path_.posix.basename(relative).replace(/\.ya?ml$/, '').replace(/^values-/, '');
    return dir === '.' ? stem : `${dir}/${stem}`;
}
/** The prefix under which environments hold this chart's values: the first segment of the image-tag path when it names the chart. */
function defaultValuesPrefix(imageTagPath, chart, chartDir) {
    if (!imageTagPath)
        return '';
    const [first] = (0,helm_values/* splitKeyPath */.TL)(imageTagPath);
    if (first && (0,helm_values/* splitKeyPath */.TL)(imageTagPath).length > 1 && !(first in chart.values) && (first === chart.name || first === external_node_path_.posix.basename(chartDir))) {
        return first;
    }
    return '';
}
function readEnvironment(file, applicationValues, chart, settings) {
    const prefix = (0,helm_values/* splitKeyPath */.TL)(settings.valuesPrefix);
    const scoped = (parsed) => {
        const value = parsed ? (0,helm_values/* lookup */.$I)(parsed.value ?? {}, prefix) : undefined;
        return (0,helm_values/* isMapping */.pi)(value) ? value : {};
    };
    const values = (0,helm_values/* mergeValues */.D3)((0,helm_values/* mergeValues */.D3)(chart.values, scoped(applicationValues)), scoped(file));
    return {
        name: environmentName(file.file, settings.glob),
        file: file.file,
        values,
        imageTag: findImageTag(file, applicationValues, chart, settings),
    };
}
function findImageTag(file, applicationValues, chart, settings) {
    if (settings.imageTagPath) {
        const fullPath = (0,helm_values/* splitKeyPath */.TL)(settings.imageTagPath);
        for (const [parsed, source] of [
            [file, 'environment values'],
            [applicationValues, 'application values'],
        ]) {
            const tag = parsed ? tagText((0,helm_values/* lookup */.$I)(parsed.value ?? {}, fullPath)) : undefined;
            if (parsed && tag)
                return { tag, file: parsed.file, line: parsed.lineOf(fullPath), source };
        }
        const chartPath = fullPath.slice((0,helm_values/* splitKeyPath */.TL)(settings.valuesPrefix).length);
        const chartTag = tagText((0,helm_values/* lookup */.$I)(chart.values, chartPath));
        if (chartTag && chart.valuesFile)
            return { tag: chartTag, file: chart.valuesFile.file, line: chart.valuesFile.lineOf(chartPath), source: 'chart values' };
    }
    if (chart.appVersion)
        return { tag: chart.appVersion, file: chart.file, line: chart.appVersionLine, source: 'chart appVersion' };
    return null;
}
function tagText(value) {
    if (typeof value === 'string' && value.trim())
        return value.trim();
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
function readChartMetadata(chartYaml, chartFile, valuesYaml) {
    const chart = (0,helm_values/* isMapping */.pi)(chartYaml?.value) ? chartYaml.value : {};
    // appVersion is whatever YAML value Chart.yaml holds (a number, a date, …): its text is what String() gives.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    const appVersion = chart.appVersion === undefined || chart.appVersion === null ? undefined : String(chart.appVersion);
    return {
        file: chartFile,
        name: typeof chart.name === 'string' ? chart.name : undefined,
        appVersion,
        appVersionLine: chartYaml?.lineOf(['appVersion']),
        values: (0,helm_values/* isMapping */.pi)(valuesYaml?.value) ? valuesYaml.value : {},
        valuesFile: valuesYaml,
    };
}

;// CONCATENATED MODULE: ./build/src/helm/chart-snapshot.js
/**
 * A chart as it is at one revision: every workload's env entries and every environment
 * (values, deployed image tag). Read from git objects, never from a work tree.
 */






/** The environment name used when no env.chart.environments glob is configured. */
const CHART_DEFAULTS = '(chart defaults)';
async function readChartSnapshot(repository, revision, settings) {
    const chartDir = settings.path.replace(/\/+$/, '');
    const files = await readChartFiles(repository, revision, settings);
    const chartFile = `${chartDir}/Chart.yaml`;
    const chartValuesFile = `${chartDir}/values.yaml`;
    const chartText = files.textOf(chartFile);
    const chartValuesText = files.textOf(chartValuesFile);
    const metadata = readChartMetadata(chartText === undefined ? undefined : (0,yaml/* parseYaml */.hN)(chartText, chartFile, { version: '1.1' }), chartFile, chartValuesText === undefined ? undefined : parseValuesFile(chartValuesText, chartValuesFile));
    const templateSet = buildTemplateSet(files.templates.map((entry) => ({ path: entry.path, text: files.textOf(entry.path) ?? '' })));
    const { workloads, workloadFiles, duplicates } = readWorkloads(templateSet, chartDir, settings.workloads);
    const valuesPrefix = settings.valuesPrefix ?? defaultValuesPrefix(settings.imageTag, metadata, chartDir);
    const environments = readEnvironments(files, metadata, settings, valuesPrefix);
    // Without env.chart.environments the chart's own defaults are the one environment: its
    // values.yaml decides the conditions and its appVersion (or values tag) is the version.
    if (!settings.environments && chartText !== undefined) {
        const defaults = readEnvironment(parseValuesFile('{}', chartValuesFile), undefined, metadata, { glob: chartValuesFile, imageTagPath: settings.imageTag, valuesPrefix });
        environments.push({ ...defaults, name: CHART_DEFAULTS });
    }
    assertDistinctNames(environments);
    return { revision, workloads, workloadFiles, environments, metadata, valuesPrefix, duplicates };
}
async function readChartFiles(repository, revision, settings) {
    const chartDir = settings.path.replace(/\/+$/, '');
    const templates = await repository.listFiles(revision, TEMPLATE_GLOBS.map((glob) => `${chartDir}/${glob}`));
    const environments = settings.environments ? await repository.listFiles(revision, [settings.environments]) : [];
    const applicationValuesPaths = [...new Set(environments.map((entry) => `${external_node_path_.posix.dirname(entry.path)}/values.yaml`))];
    const files = await repository.readFiles(revision, [
        `${chartDir}/Chart.yaml`,
        `${chartDir}/values.yaml`,
        ...templates.map((entry) => entry.path),
        ...environments.map((entry) => entry.path),
        ...applicationValuesPaths,
    ]);
    return { templates, environments, applicationValuesPaths, textOf: (file) => files.get(file)?.text };
}
/** Each configured workload's env (null when its template is absent), its template's path, and its duplicate entries. */
function readWorkloads(templateSet, chartDir, configured) {
    const workloads = new Map();
    const workloadFiles = new Map();
    const duplicates = [];
    for (const [workload, template] of Object.entries(configured)) {
        const file = `${chartDir}/${template.replace(/^\.\//, '')}`;
        workloadFiles.set(workload, file);
        if (!templateSet.structures.has(file)) {
            workloads.set(workload, null);
            continue;
        }
        const env = (0,env_entries/* readWorkloadEnv */.vA)(templateSet, file);
        workloads.set(workload, env);
        for (const [first, second] of (0,env_entries/* duplicateEntries */.QC)(env.entries))
            duplicates.push({ workload, first, second });
    }
    return { workloads, workloadFiles, duplicates };
}
/** One environment per values file the environments glob matches (an application's own values.yaml is not one). */
function readEnvironments(files, metadata, settings, valuesPrefix) {
    const parsedApplicationValues = new Map();
    for (const file of files.applicationValuesPaths) {
        const text = files.textOf(file);
        if (text !== undefined)
            parsedApplicationValues.set(file, parseValuesFile(text, file));
    }
    return files.environments
        .filter((entry) => !parsedApplicationValues.has(entry.path))
        .map((entry) => readEnvironment(parseValuesFile(files.textOf(entry.path) ?? '', entry.path), parsedApplicationValues.get(`${external_node_path_.posix.dirname(entry.path)}/values.yaml`), metadata, { glob: settings.environments, imageTagPath: settings.imageTag, valuesPrefix }));
}
function assertDistinctNames(environments) {
    const names = new Map();
    for (const environment of environments) {
        const other = names.get(environment.name);
        if (other) {
            throw new errors/* InputError */.dz(`two values files name the same environment '${environment.name}' (${other})`, {
                file: environment.file,
                hint: 'Make env.chart.environments match one values file per environment.',
            });
        }
        names.set(environment.name, environment.file);
    }
}
/** Fail with a clear message when a configured workload template is missing at the revision that must have it. */
function assertWorkloadsPresent(snapshot, label) {
    for (const [workload, env] of snapshot.workloads) {
        if (env === null) {
            throw new errors/* InputError */.dz(`the ${workload} workload's template does not exist at ${label}`, {
                file: snapshot.workloadFiles.get(workload),
                hint: 'Check env.chart.path and env.chart.workloads in .github/lockstep.yml (paths inside the chart, e.g. templates/scaled-job.yaml).',
            });
        }
    }
}


/***/ }),

/***/ 5877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gm: () => (/* binding */ comparableCondition),
  QC: () => (/* binding */ duplicateEntries),
  vA: () => (/* binding */ readWorkloadEnv)
});

// UNUSED EXPORTS: MAX_ENV_ENTRIES, MAX_INCLUDE_DEPTH, comparableValue

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/helm/template-actions.js
var template_actions = __webpack_require__(9676);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/src/helm/flow-env.js
/**
 * Env entries written as YAML flow collections in a template — `- {name: X, value: "1"}`,
 * JSON style `- {"name": "X", "value": "1"}`, or a whole list `env: [{…}, {…}]` — read with
 * the `yaml` parser. Template actions are blanked first (each character replaced by `x`, same
 * length), so offsets in the parsed document are offsets in the template and every scalar's
 * original text, actions included, is a slice of the template.
 */

/** A flow collection longer than this is not parsed: the check stops (exit 2) rather than skip the entries in it. */
const MAX_FLOW_TEXT = 64 * 1024;
/**
 * Entries of the flow collection starting at `from` (a `{` or `[`) and ending before `to`,
 * or null when the text is not one readable flow collection.
 */
function readFlowEntries(template, from, to) {
    if (to - from > MAX_FLOW_TEXT) {
        throw template.error(`a flow-style env list of ${Math.ceil((to - from) / 1024)} KB; Lockstep reads at most ${MAX_FLOW_TEXT / 1024} KB in one, and does not skip the entries in it`, from, 'Write the env list in block style (one `- name: …` item per line), or move the long values into the values file.');
    }
    const source = blankActions(template, from, to);
    const document = (0,dist/* parseDocument */.Tp)(source, { uniqueKeys: false });
    if (document.errors.length)
        return null;
    const root = document.contents;
    if (!(0,dist/* isSeq */.oP)(root) && !(0,dist/* isMap */.jh)(root))
        return null;
    const items = (0,dist/* isSeq */.oP)(root) ? root.items : [root];
    return items.map((item) => flowEntry(template, from, item));
}
function flowEntry(template, from, item) {
    const offset = from + (rangeOf(item)?.[0] ?? 0);
    if (!(0,dist/* isMap */.jh)(item))
        return { name: null, value: '', offset };
    let name = null;
    let nameOffset = offset;
    const values = [];
    for (const pair of item.items) {
        if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
            return { name: null, value: '', offset };
        const key = String(pair.key.value);
        const valueRange = rangeOf(pair.value);
        const valueText = valueRange ? template.text.slice(from + valueRange[0], from + valueRange[1]).trim() : '';
        if (key === 'name' && (0,dist/* isScalar */.jn)(pair.value) && valueRange) {
            name = unquoteScalar(pair.value, valueText);
            nameOffset = from + valueRange[0];
        }
        else if (key === 'value') {
            values.push(valueText);
        }
        else {
            values.push(`${key}: ${valueText.replace(/\s+/g, ' ')}`);
        }
    }
    return { name, value: values.join(' '), offset: nameOffset };
}
function rangeOf(node) {
    const range = node?.range;
    return range ? [range[0], range[1]] : null;
}
/** A quoted scalar's source without its quotes (escapes in a double-quoted name are rare and kept as written). */
function unquoteScalar(scalar, text) {
    if (scalar.type === dist/* Scalar */.X5.QUOTE_DOUBLE || scalar.type === dist/* Scalar */.X5.QUOTE_SINGLE)
        return text.slice(1, -1);
    return text;
}
/** The template text from `from` to `to` with every action's characters (but newlines) replaced by `x`. */
function blankActions(template, from, to) {
    const chars = template.text.slice(from, to).split('');
    for (const action of template.actions) {
        if (action.to <= from || action.from >= to)
            continue;
        for (let i = Math.max(action.from, from); i < Math.min(action.to, to); i++) {
            if (chars[i - from] !== '\n')
                chars[i - from] = 'x';
        }
    }
    return chars.join('');
}
/**
 * Offset just past the flow collection opening at `from` (bracket depth back to 0, strings
 * skipped), in text whose actions are blanked; null when it does not close before `to`.
 */
function flowEnd(blanked, from, to, base) {
    let depth = 0;
    for (let i = from - base; i < to - base; i++) {
        const ch = blanked[i];
        if (ch === '"' || ch === "'") {
            const close = blanked.indexOf(ch, i + 1);
            if (close < 0)
                return null;
            i = close;
        }
        else if (ch === '[' || ch === '{') {
            depth++;
        }
        else if (ch === ']' || ch === '}') {
            depth--;
            if (depth === 0)
                return base + i + 1;
        }
    }
    return null;
}
/**
 * A name written as template actions that only print string literals — `{{ "X" }}`,
 * `{{- "X" -}}`, `PREFIX_{{ "X" }}`, `` {{ `X` }} ``, `{{ "X" | quote }}` — as the text
 * Helm renders; null when any action computes something.
 */
function literalName(text) {
    let computed = false;
    const rendered = text.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, body) => {
        const literal = /^(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)(\s*\|\s*(?:quote|squote))?$/.exec(body.trim());
        if (!literal) {
            computed = true;
            return '';
        }
        return literal[1] ?? literal[2] ?? '';
    });
    if (computed)
        return null;
    const quoted = /^(['"])(.*)\1$/.exec(rendered.trim());
    return quoted?.[2] ?? rendered.trim();
}

// EXTERNAL MODULE: ./build/src/helm/template-structure.js
var template_structure = __webpack_require__(1298);
;// CONCATENATED MODULE: ./build/src/helm/env-entries.js
/**
 * Container `env:` entries a chart template sets, read statically from the template text:
 * `- name:` items with `value`/`valueFrom` (block, flow or JSON style; flow collections are
 * parsed with `yaml`), the `if`/`with`/`range` conditions around them,
 * and named templates pulled in with `include`/`template`, resolved through the chart's
 * `define` blocks recursively (a cycle is an InputError naming the include chain).
 */




/** Each define's entries, expanded once per mode whatever the number of includes: the one cache of a workload's reading. */
class DefineExpansions {
    known = new Map();
    /** The entries of `name` in `mode`: expanded by `expand` the first time, remembered after. */
    of(name, mode, expand) {
        const key = `${name}\0${mode}`;
        const known = this.known.get(key);
        if (known)
            return known;
        const found = expand();
        this.known.set(key, found);
        return found;
    }
}
/** A template action that only assigns a variable (`$cpus := 2`, `$x = .Values.y`). */
const ASSIGNMENT = /^\$\w*\s*:?=(?!=)/;
/** Named templates nested deeper than this are refused (real charts nest a handful). */
const MAX_INCLUDE_DEPTH = 12;
/** A workload whose templates expand to more env entries than this is refused. */
const MAX_ENV_ENTRIES = 5000;
const PLACEHOLDER = '\u0001';
/** `env:` (or `- env:`) alone on its line, or followed only by actions (masked as PLACEHOLDER). */
const ENV_KEY = new RegExp(`^(\\s*)(?:-\\s+)?env:\\s*(${PLACEHOLDER}*)\\s*$`);
/** `env: [` (or JSON style `"env": [`): the whole list is a flow collection. */
const FLOW_ENV_KEY = /^(\s*)(?:-\s+)?(["']?)env\2:\s*\[/;
/** Env entries set by a workload's template file (its own text, defines included). */
function readWorkloadEnv(set, file) {
    const structure = set.structures.get(file);
    if (!structure)
        throw new errors/* InputError */.dz('workload template not found in the chart', { file, hint: 'Check env.chart.workloads in .github/lockstep.yml.' });
    return scan({ set, structure, clauses: [], via: [], chain: [], expansions: new DefineExpansions() }, 0, structure.template.text.length, 'search');
}
function noEnv() {
    return { entries: [], dynamic: [] };
}
/**
 * A define's entries, scanned once (memoised per mode) with no outer context: the include
 * site adds its conditions and include path. Depth and size are bounded, so named templates
 * that include each other many times cannot make the reading exponential.
 */
function expandDefine(context, define, mode, site) {
    return context.expansions.of(define.name, mode, () => scanDefine(context, define, mode, site));
}
/** A define's entries, scanned in its own template; a cycle or a chain deeper than MAX_INCLUDE_DEPTH is bad input. */
function scanDefine(context, define, mode, site) {
    const chain = [...context.chain, { name: define.name, ...site }];
    const path = () => chain.map((link) => link.name).join(' → ');
    if (context.chain.some((link) => link.name === define.name)) {
        throw new errors/* InputError */.dz(`named templates include each other in a cycle: ${path()}`, {
            ...site,
            hint: 'Break the cycle: a named template cannot (directly or indirectly) include itself.',
        });
    }
    if (chain.length > MAX_INCLUDE_DEPTH) {
        throw new errors/* InputError */.dz(`named templates nested more than ${MAX_INCLUDE_DEPTH} deep: ${path()}`, {
            ...site,
            hint: `Flatten the includes: env entries are read through at most ${MAX_INCLUDE_DEPTH} levels of named templates.`,
        });
    }
    const structure = context.set.structures.get(define.template.file);
    return structure ? scan({ ...context, structure, clauses: [], via: [], chain }, define.from, define.to, mode) : noEnv();
}
/**
 * A define's entries placed at one include site: under its conditions, through its define;
 * copies identical to an entry already read (`before`, or an earlier one of the fragment) kept once.
 */
function placeIncluded(before, fragment, { clauses, via, site }) {
    if (before.length + fragment.entries.length > MAX_ENV_ENTRIES) {
        throw new errors/* InputError */.dz(`the env list expands to more than ${MAX_ENV_ENTRIES} entries through named templates (include ${via.join(' → ')})`, {
            ...site,
            hint: 'Include each named template once: this many env entries is an include loop, not a container.',
        });
    }
    const seen = new Set(before.map(entryKey));
    const entries = [];
    for (const entry of fragment.entries) {
        const placed = { ...entry, clauses: [...clauses, ...entry.clauses], via: [...via, ...entry.via] };
        const complete = { ...placed, comparable: comparableValue(entry.value, placed.clauses), condition: (0,template_structure/* renderClauses */.zZ)(placed.clauses) };
        if (seen.has(entryKey(complete)))
            continue;
        seen.add(entryKey(complete));
        entries.push(complete);
    }
    return { entries, dynamic: fragment.dynamic.map((dynamic) => ({ ...dynamic, clauses: [...clauses, ...dynamic.clauses] })) };
}
function entryKey(entry) {
    return [entry.name, entry.file, entry.line, entry.via.join('\0'), entry.condition].join('\u0002');
}
function scan(context, from, to, mode) {
    const lines = sourceLines(context.structure.template, from, to);
    const out = noEnv();
    // In 'items' mode (an included fragment inside an env list) every line is already inside the list.
    let at = { index: 0, envIndent: mode === 'items' ? -1 : null };
    while (at.index < lines.length) {
        const line = lines[at.index];
        const { envIndent } = at;
        let step;
        if (!line || line.blank)
            step = { at: { ...at, index: at.index + 1 }, found: null };
        else if (envIndent === null)
            step = outsideList(context, lines, at.index, { to, before: out.entries });
        else
            step = insideList(context, { lines, at: { ...at, envIndent }, mode, before: out.entries });
        if (step.found) {
            out.entries.push(...step.found.entries);
            out.dynamic.push(...step.found.dynamic);
        }
        at = step.at;
    }
    return out;
}
/** A line outside any env list: an `env:` key opens one; an `envFrom:`, a flow `env: [...]` or an include may hold entries. */
function outsideList(context, lines, index, { to, before }) {
    const line = lines[index];
    const next = { index: index + 1, envIndent: null };
    if (!line)
        return { at: next, found: null };
    const envKey = ENV_KEY.exec(line.masked);
    if (envKey) {
        const envIndent = line.masked.indexOf('env:');
        const found = envKey[2] ? expandActions(context, line, envIndent, before).found : null;
        return { at: { index: index + 1, envIndent }, found };
    }
    const flowKey = FLOW_ENV_KEY.exec(line.masked);
    if (flowKey) {
        const { end, found } = readFlowList(context, line.offset + flowKey[0].length - 1, to);
        let last = index;
        while (last + 1 < lines.length && (lines[last + 1]?.offset ?? Infinity) < end)
            last++;
        return { at: { index: last + 1, envIndent: null }, found };
    }
    if (/^\s*(?:-\s+)?envFrom:/.test(line.masked)) {
        // Variables from a ConfigMap or Secret: their names are not in the chart.
        const offset = line.offset + line.indent;
        const dynamic = {
            text: `envFrom: ${collapseBlock(lines, index)}`,
            clauses: [...context.clauses, ...context.structure.clausesAt(offset)],
            file: context.structure.template.file,
            line: context.structure.template.lineAt(offset),
        };
        return { at: next, found: { entries: [], dynamic: [dynamic] } };
    }
    return { at: next, found: line.actionOnly ? expandActions(context, line, null, before).found : null };
}
/** A line inside an env list: an item (read with the lines under it), an include, or the first line after the list. */
function insideList(context, { lines, at, mode, before }) {
    const { index, envIndent } = at;
    const line = lines[index];
    const next = { index: index + 1, envIndent };
    if (!line)
        return { at: next, found: null };
    if (line.actionOnly) {
        const { leftList, found } = expandActions(context, line, envIndent, before);
        return { at: { index: index + 1, envIndent: leftList ? (mode === 'items' ? -1 : null) : envIndent }, found };
    }
    if (/^\s*#/.test(line.masked))
        return { at: next, found: null };
    const isItem = /^\s*-(\s|$)/.test(line.masked);
    // Read this line again as ordinary YAML.
    if (line.indent < envIndent || (line.indent === envIndent && !isItem))
        return { at: { index, envIndent: null }, found: null };
    if (!isItem)
        return { at: next, found: null };
    const itemLines = [line];
    let last = index;
    for (let following = lines[last + 1]; following; following = lines[last + 1]) {
        if (!following.blank && following.indent <= line.indent)
            break;
        itemLines.push(following);
        last++;
    }
    return { at: { index: last + 1, envIndent }, found: readItem(context, itemLines) };
}
/**
 * Named templates called on an action-only line: inside an env list their bodies are list
 * items; elsewhere they may hold whole containers. `leftList` is true when an indent helper
 * places the output left of the env list, i.e. the list has ended; `found`: the entries and
 * dynamic sources the expansion adds. `before`: the entries read so far, which an included copy
 * does not repeat.
 */
function expandActions(context, line, envIndent, before) {
    const template = context.structure.template;
    const actions = template.actions.filter((action) => action.from >= line.offset && action.from < line.offset + line.text.length);
    const found = noEnv();
    let leftList = false;
    for (const action of actions) {
        if (action.comment)
            continue;
        const keyword = (0,template_actions/* keywordOf */.X)(action);
        if (keyword && keyword !== 'template')
            continue;
        const indentHelper = /\bn?indent\s+(\d+)/.exec(action.body);
        if (envIndent !== null && envIndent >= 0 && indentHelper && Number(indentHelper[1]) < envIndent)
            leftList = true;
        const inList = envIndent !== null && !leftList;
        const clauses = [...context.clauses, ...context.structure.clausesAt(action.from)];
        const calls = (0,template_structure/* templateCalls */.Ib)(action);
        // `$cpus := 2` / `$x = …` print nothing: a variable assignment is no env entry.
        if (calls.length === 0 && inList && !ASSIGNMENT.test(action.body))
            found.dynamic.push({ text: action.body, clauses, file: template.file, line: action.line });
        for (const call of calls) {
            const define = call.name === null ? undefined : context.set.defines.get(call.name);
            if (!define) {
                const text = call.name === null ? action.body : `include "${call.name}" (no define of that name in the chart)`;
                if (inList)
                    found.dynamic.push({ text, clauses, file: template.file, line: action.line });
                continue;
            }
            const site = { file: template.file, line: action.line };
            const fragment = expandDefine(context, define, inList ? 'items' : 'search', site);
            const placed = placeIncluded([...before, ...found.entries], fragment, { clauses, via: [...context.via, define.name], site });
            found.entries.push(...placed.entries);
            found.dynamic.push(...placed.dynamic);
        }
    }
    return { leftList, found };
}
/** `env: [ … ]`: every item of the flow list, or the list reported as not readable; and the offset past the list. */
function readFlowList(context, open, to) {
    const template = context.structure.template;
    const end = flowEnd(blankActions(template, open, to), open, to, open);
    const entries = end === null ? null : readFlowEntries(template, open, end);
    if (end === null || entries === null)
        return { end: end ?? open, found: { entries: [], dynamic: [unreadable(context, open)] } };
    const found = noEnv();
    for (const entry of entries) {
        if (entry.name === null)
            found.dynamic.push(unreadable(context, entry.offset));
        else
            found.entries.push(envEntry(context, { rawName: entry.name, value: entry.value, offset: entry.offset, clauseOffset: entry.offset }));
    }
    return { end, found };
}
/** An env item whose name cannot be read: shown as not readable statically, never dropped. */
function unreadable(context, offset) {
    const template = context.structure.template;
    const line = template.lineAt(offset);
    const lineStart = template.text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = template.text.indexOf('\n', offset);
    const text = template.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim().slice(0, 200);
    return { text, clauses: [...context.clauses, ...context.structure.clausesAt(offset)], file: template.file, line };
}
/** One `- name: …` item (its first line and the lines under it): an entry, or a source not readable statically. */
function readItem(context, lines) {
    const template = context.structure.template;
    const [first] = lines;
    // Keys of the item: the first one right after "- ", the others at the same column.
    const dash = first.masked.indexOf('-');
    const afterDash = first.masked.slice(dash + 1);
    const keyColumn = dash + 1 + (afterDash.length - afterDash.trimStart().length);
    const one = (entry) => ({ entries: [entry], dynamic: [] });
    const notReadable = (offset) => ({ entries: [], dynamic: [unreadable(context, offset)] });
    if (afterDash.trimStart().startsWith('{')) {
        // `- {name: X, value: "1"}` (or JSON style): a flow mapping, parsed as YAML.
        const last = lines[lines.length - 1] ?? first;
        const open = first.offset + keyColumn;
        const entries = readFlowEntries(template, open, last.offset + last.text.length);
        const entry = entries?.length === 1 ? entries[0] : null;
        if (!entry || entry.name === null)
            return notReadable(open);
        return one(envEntry(context, { rawName: entry.name, value: entry.value, offset: entry.offset, clauseOffset: first.offset + dash }));
    }
    const keys = itemKeys(lines, keyColumn);
    const nameKey = keys.find((k) => k.key === 'name');
    if (!nameKey)
        return notReadable(first.offset + Math.max(dash, 0));
    const value = itemValue(keys.filter((k) => k.key !== 'name'));
    return one(envEntry(context, { rawName: unquote(nameKey.rest), value, offset: nameKey.offset, clauseOffset: first.offset + Math.max(dash, 0) }));
}
function itemKeys(lines, keyColumn) {
    const keys = [];
    lines.forEach((line, i) => {
        // Keys plain or quoted (JSON style `"name": "X"`).
        const key = /^(["']?)([A-Za-z][\w-]*)\1:(?:\s+|$)/.exec(line.masked.slice(keyColumn));
        const name = key?.[2];
        if (key && name !== undefined && !line.actionOnly && (i === 0 || line.indent === keyColumn)) {
            keys.push({ key: name, rest: line.text.slice(keyColumn + key[0].length).trim(), continuation: [], offset: line.offset });
        }
        else {
            keys[keys.length - 1]?.continuation.push(line);
        }
    });
    return keys;
}
/** The value keys of an item as one text: `value:` as written (a block scalar's lines joined), `valueFrom:` collapsed. */
function itemValue(valueKeys) {
    return valueKeys
        .map((k) => {
        const continuation = k.continuation.filter((line) => !line.blank).map((line) => line.text.trim());
        if (k.key === 'value')
            return /^[|>][-+]?\d*$/.test(k.rest) || k.rest === '' ? continuation.join('\n') : [k.rest, ...continuation].join(' ');
        return [`${k.key}:`, k.rest, ...continuation].filter(Boolean).join(' ');
    })
        .join(' ')
        .trim();
}
function envEntry(context, item) {
    const template = context.structure.template;
    const clauses = [...context.clauses, ...context.structure.clausesAt(item.clauseOffset)];
    // `name: {{ "X" }}` renders X: a name made of string literals is read, anything computed is not.
    const literal = item.rawName.includes('{{') ? literalName(item.rawName) : item.rawName;
    const inRange = clauses.some((clause) => clause.kind === 'range') && item.rawName.includes('.');
    const resolved = literal !== null && literal !== '' && !inRange;
    return {
        name: resolved ? literal : item.rawName,
        resolved,
        value: item.value,
        comparable: comparableValue(item.value, clauses),
        clauses,
        condition: (0,template_structure/* renderClauses */.zZ)(clauses),
        file: template.file,
        line: template.lineAt(item.offset),
        via: context.via,
    };
}
/** The lines under a key, collapsed to one line (for messages). */
function collapseBlock(lines, index) {
    const parts = [];
    const indent = lines[index]?.indent ?? 0;
    for (const line of lines.slice(index + 1)) {
        if (!line.blank && line.indent <= indent && !/^\s*-\s/.test(line.masked))
            break;
        if (!line.blank)
            parts.push(line.text.trim());
        if (parts.length >= 6)
            break;
    }
    return parts.join(' ');
}
function unquote(text) {
    const withoutComment = text.replace(/\s+#.*$/, '').trim();
    const quoted = /^(['"])(.*)\1$/.exec(withoutComment);
    return quoted?.[2] ?? withoutComment;
}
const ROOT_FIELDS = new Set(['Values', 'Chart', 'Release', 'Capabilities', 'Template', 'Files']);
/** Normalise a value so that two workloads' settings compare equal when they mean the same thing. */
function comparableValue(value, clauses) {
    const withClause = [...clauses].reverse().find((clause) => clause.kind === 'with' && !clause.negated);
    return value
        .replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, body) => {
        let expression = body.replace(/\s+/g, ' ').replace(/\b(n?indent) \d+/g, '$1').replace(/^template /, 'include ');
        expression = expression.replace(/\$\.(?=[A-Z])/g, '.');
        if (withClause) {
            expression = expression
                .replace(/(^|[\s(|,])\.(?=[\s)|,]|$)/g, `$1${withClause.expression}`)
                .replace(/(^|[\s(|,])\.([A-Za-z_]\w*)/g, (whole, lead, field) => ROOT_FIELDS.has(field) ? whole : `${lead}${withClause.expression}.${field}`);
        }
        return `{{ ${expression} }}`;
    })
        .replace(/\s+/g, ' ')
        .trim();
}
/** A condition as two workloads are compared: `with X` and `if X` set the entry under the same test. */
function comparableCondition(clauses) {
    return clauses.map((clause) => `${clause.negated ? 'not ' : ''}${clause.kind === 'range' ? 'range ' : ''}${clause.expression}`).join(' and ');
}
function sourceLines(template, from, to) {
    const chars = template.text.slice(from, to).split('');
    // A comment renders nothing: `- name: X  {{/* why */}}` sets X, as helm renders it.
    const plain = [...chars];
    for (const action of template.actions) {
        if (action.to <= from || action.from >= to)
            continue;
        for (let i = Math.max(action.from, from); i < Math.min(action.to, to); i++) {
            if (chars[i - from] === '\n')
                continue;
            chars[i - from] = PLACEHOLDER;
            if (action.comment)
                plain[i - from] = ' ';
        }
    }
    const masked = chars.join('');
    const plainText = plain.join('');
    const lines = [];
    let offset = from;
    for (const maskedLine of masked.split('\n')) {
        const text = plainText.slice(offset - from, offset - from + maskedLine.length);
        const indent = maskedLine.length - maskedLine.trimStart().length;
        const stripped = maskedLine.replaceAll(PLACEHOLDER, '').trim();
        lines.push({
            offset,
            text,
            masked: maskedLine,
            indent,
            actionOnly: stripped === '' && maskedLine.includes(PLACEHOLDER),
            blank: maskedLine.trim() === '',
        });
        offset += maskedLine.length + 1;
    }
    return lines;
}
/** Pairs of entries of one workload that set the same variable under conditions that can both hold. */
function duplicateEntries(entries) {
    const pairs = [];
    const byName = new Map();
    for (const entry of entries) {
        if (!entry.resolved)
            continue;
        byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
    }
    for (const group of byName.values()) {
        group.forEach((first, i) => {
            for (const second of group.slice(i + 1)) {
                if (!mutuallyExclusive(first.clauses, second.clauses))
                    pairs.push([first, second]);
            }
        });
    }
    return pairs;
}
function mutuallyExclusive(a, b) {
    return a.some((x) => b.some((y) => x.expression === y.expression && x.kind !== 'range' && y.kind !== 'range' && x.negated !== y.negated));
}


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ keywordOf),
/* harmony export */   e: () => (/* binding */ TemplateText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _text_line_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2166);
/**
 * Go-template actions (`{{ … }}`) in a Helm template, found without rendering: each with its
 * offsets, line, trim markers and its body. Strings, raw strings and comments inside an
 * action may hold `}}`; they are skipped so an action ends at its real closing braces.
 */


/** The text and every action of one template file, with line lookup. */
class TemplateText {
    file;
    text;
    actions;
    lines;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        this.lines = new _text_line_index_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .r(text);
        this.actions = lexActions(this);
    }
    lineAt(offset) {
        return this.lines.lineAt(offset);
    }
    error(message, offset, hint) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(message, { file: this.file, line: this.lineAt(offset), hint });
    }
}
function lexActions(template) {
    const { text } = template;
    const actions = [];
    let position = 0;
    for (;;) {
        const from = text.indexOf('{{', position);
        if (from < 0)
            break;
        let start = from + 2;
        if (text[start] === '-' && /\s/.test(text[start + 1] ?? ''))
            start += 1;
        let end = start;
        let bodyEnd = -1;
        while (end < text.length) {
            const ch = text[end];
            if (ch === '"' || ch === '`' || ch === "'") {
                end = skipQuoted(template, end, ch);
                continue;
            }
            if (ch === '/' && text[end + 1] === '*') {
                const close = text.indexOf('*/', end + 2);
                if (close < 0)
                    throw template.error('unterminated template comment: expected `*/`', end, 'Close the comment with `*/}}`.');
                end = close + 2;
                continue;
            }
            if (ch === '}' && text[end + 1] === '}') {
                bodyEnd = end;
                break;
            }
            // A new `{{` before this action's `}}`: this one was never closed.
            if (ch === '{' && text[end + 1] === '{')
                break;
            end++;
        }
        if (bodyEnd < 0) {
            throw template.error('unclosed template action: expected `}}`', from, 'Close the action with `}}` (or `-}}`).');
        }
        let body = text.slice(start, bodyEnd);
        if (/\s-$/.test(body))
            body = body.slice(0, -1);
        body = body.trim();
        const comment = body.startsWith('/*') && body.endsWith('*/');
        actions.push({ from, to: bodyEnd + 2, line: template.lineAt(from), body: comment ? '' : body, comment });
        position = bodyEnd + 2;
    }
    return actions;
}
function skipQuoted(template, start, quote) {
    const { text } = template;
    for (let i = start + 1; i < text.length; i++) {
        const ch = text[i];
        if (quote !== '`' && ch === '\\') {
            i++;
            continue;
        }
        if (ch === quote)
            return i + 1;
        if (quote !== '`' && ch === '\n')
            break;
    }
    throw template.error(`unterminated string in template action: expected a closing ${quote}`, start, 'Close the string inside the action.');
}
/** The first word of an action: `if`, `else`, `end`, `define`, …, or '' for an expression. */
function keywordOf(action) {
    const match = /^(if|else|end|with|range|define|block|template|break|continue)\b/.exec(action.body);
    return match?.[1] ?? '';
}


/***/ }),

/***/ 1298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ templateCalls),
/* harmony export */   iK: () => (/* binding */ TemplateStructure),
/* harmony export */   zZ: () => (/* binding */ renderClauses)
/* harmony export */ });
/* unused harmony export renderClause */
/* harmony import */ var _template_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9676);
/**
 * The control structure of one template: `if`/`with`/`range` branches (with the condition
 * each branch runs under), `define`/`block` bodies, and the named templates it calls.
 * Unbalanced `end`/`else` or an unclosed block is an InputError naming the line.
 */

class TemplateStructure {
    template;
    regions;
    defines;
    constructor(template) {
        this.template = template;
        ({ regions: this.regions, defines: this.defines } = build(template));
    }
    /** The condition clauses in force at an offset, outermost first. */
    clausesAt(offset, within) {
        const clauses = [];
        for (const region of this.regions) {
            if (offset < region.from || offset >= region.to)
                continue;
            if (within && (region.from < within.from || region.to > within.to))
                continue;
            clauses.push(...region.clauses);
        }
        return clauses;
    }
}
/** The branch regions (in the order their branches close) and the define bodies of a template. */
function build(template) {
    const regions = [];
    const defines = [];
    const stack = [];
    for (const action of template.actions) {
        if (action.comment)
            continue;
        const keyword = (0,_template_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .keywordOf */ .X)(action);
        const rest = collapse(action.body.slice(keyword.length));
        switch (keyword) {
            case 'if':
            case 'with':
            case 'range':
                stack.push({
                    kind: keyword,
                    action,
                    previous: [{ kind: keyword, expression: rest }],
                    branchFrom: action.to,
                    branchClauses: [{ kind: keyword, expression: rest, negated: false }],
                });
                break;
            case 'define':
            case 'block':
                stack.push(openDefine(template, keyword, action, rest));
                break;
            case 'else': {
                const open = stack.pop();
                if (!open || open.kind === 'define' || open.kind === 'block') {
                    throw template.error('`else` outside an if/with/range block', action.from, 'Remove the stray {{ else }} or add the opening {{ if … }}.');
                }
                regions.push(regionOf(open, action.from));
                stack.push(nextBranch(open, action, rest));
                break;
            }
            case 'end': {
                const open = stack.pop();
                if (!open)
                    throw template.error('`end` without an open block', action.from, 'Remove the stray {{ end }} or add the block it closes.');
                if (open.kind === 'define' || open.kind === 'block')
                    defines.push({ name: open.name, template, from: open.action.to, to: action.from, line: open.action.line });
                else
                    regions.push(regionOf(open, action.from));
                break;
            }
            default:
                break;
        }
    }
    const unclosed = stack.pop();
    if (unclosed) {
        throw template.error(`\`${unclosed.kind}\` block is never closed: expected {{ end }}`, unclosed.action.from, 'Add the missing {{ end }}.');
    }
    return { regions, defines };
}
function openDefine(template, keyword, action, rest) {
    const name = /^"((?:[^"\\]|\\.)*)"/.exec(rest)?.[1];
    if (name === undefined) {
        throw template.error(`${keyword} without a quoted template name`, action.from, `Write {{ ${keyword} "chart.name" }}.`);
    }
    return { kind: keyword, action, previous: [], branchFrom: action.to, branchClauses: [], name };
}
/** The branch an `else` (or `else if`/`else with`) opens: the earlier branches negated, and its own condition. */
function nextBranch(open, action, rest) {
    const negations = open.previous.map((p) => ({ kind: p.kind, expression: p.expression, negated: true }));
    const chained = /^(if|with)\b/.exec(rest);
    const kind = chained?.[1];
    if (kind !== 'if' && kind !== 'with')
        return { ...open, branchClauses: negations, branchFrom: action.to };
    const expression = collapse(rest.slice(kind.length));
    return {
        ...open,
        previous: [...open.previous, { kind, expression }],
        branchClauses: [...negations, { kind, expression, negated: false }],
        branchFrom: action.to,
    };
}
function regionOf(open, to) {
    return { from: open.branchFrom, to, clauses: open.branchClauses };
}
function collapse(text) {
    return text.trim().replace(/\s+/g, ' ');
}
/** `include "name"` / `template "name"` calls in an action (several may share one action). */
function templateCalls(action) {
    if (action.comment)
        return [];
    const calls = [];
    const pattern = /(?:^|[\s(|])(include|template)\s+("((?:[^"\\]|\\.)*)"|\S+)/g;
    for (let match = pattern.exec(action.body); match; match = pattern.exec(action.body)) {
        calls.push({ name: match[3] ?? null, action });
    }
    return calls;
}
/** How a clause reads in a report: `.Values.x`, `not .Values.x`, `with .Values.x`, `range .Values.x`. */
function renderClause(clause) {
    const prefix = clause.kind === 'if' ? '' : `${clause.kind} `;
    const text = `${prefix}${clause.expression}`;
    if (!clause.negated)
        return text;
    return /^[\w.$]+$/.test(text) ? `not ${text}` : `not (${text})`;
}
function renderClauses(clauses) {
    return clauses.length ? clauses.map(renderClause).join(' and ') : null;
}


/***/ })

};
