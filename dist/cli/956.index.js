export const id = 956;
export const ids = [956];
export const modules = {

/***/ 4953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ stringOption)
/* harmony export */ });
/** Read a string option, or throw the InputError the CLI turns into exit 2. */
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}


/***/ }),

/***/ 9041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: formatKeyPath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/config/yaml.js
var config_yaml = __webpack_require__(8045);
// EXTERNAL MODULE: ./build/src/config/schema.js + 3 modules
var config_schema = __webpack_require__(7585);
;// CONCATENATED MODULE: ./build/src/config/did-you-mean.js
/** The closest known name to a misspelt one, or undefined when nothing is close. */
function closestMatch(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    // Farther than about a third of the word is a different word, not a typo.
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./build/src/config/load.js
/**
 * Loading .github/lockstep.yml: YAML → zod → a typed config, or an InputError that names
 * the key path and line ("messages[0].role: expected producer | consumer | both, got
 * 'reader' (.github/lockstep.yml:4)") and, for an unknown key, the closest known one.
 */







/**
 * `root`, when given, is the repository the file must stay inside: a configuration that
 * is a symbolic link to a file elsewhere on the machine is refused, never read.
 */
async function loadConfig(file, displayName = file, root) {
    let text;
    try {
        if (root)
            await assertInside(file, root, displayName);
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (cause) {
        if (cause instanceof errors/* InputError */.dz)
            throw cause;
        const code = cause.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? 'configuration file not found' : `cannot read configuration: ${code}`, {
            file: displayName,
            hint: 'Create .github/lockstep.yml (see the README, "Configuration"), or pass --config / the `config` input.',
        });
    }
    return parseConfig(text, displayName);
}
async function assertInside(file, root, displayName) {
    const [real, realRoot] = await Promise.all([(0,promises_.realpath)(file), (0,promises_.realpath)(root)]);
    const relative = external_node_path_.relative(realRoot, real);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
        throw new errors/* InputError */.dz('the configuration is a symbolic link to a file outside the repository; it was not read', {
            file: displayName,
            hint: 'Commit the configuration itself at that path, not a link to another file.',
        });
    }
}
function parseConfig(text, file) {
    const yaml = (0,config_yaml/* parseYaml */.hN)(text, file);
    // An empty file is an empty config: every section is optional.
    const result = config_schema/* LockstepConfigSchema */.$.safeParse(yaml.value ?? {});
    if (result.success)
        return result.data;
    throw configError(result.error, yaml);
}
function formatKeyPath(path) {
    let out = '';
    for (const step of path)
        out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
    return out || '(top level)';
}
function configError(error, yaml) {
    // An unknown key usually explains a missing one (`decodr:` → decoder missing): name it first.
    const issues = [...error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
    const lines = issues.map((issue) => describeIssue(issue, yaml));
    const first = lines[0];
    const more = lines.length > 1 ? `\n${lines.slice(1).map((l) => `  ${l.text} (${yaml.file}${l.line ? `:${l.line}` : ''})`).join('\n')}` : '';
    return new errors/* InputError */.dz(`${first.text}${more}`, {
        file: yaml.file,
        line: first.line,
        hint: 'See the README, "Configuration", for every key and its allowed values.',
    });
}
function describeIssue(issue, yaml) {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        const known = knownKeysAt(path);
        const suggestion = closestMatch(key, known);
        const where = formatKeyPath([...path, key]);
        return {
            text: `${where}: unknown key${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; known keys here: ${known.join(', ')}`,
            line: yaml.lineOfKey(path, key) ?? yaml.lineOf(path),
        };
    }
    const got = valueAt(yaml.value, path);
    let text;
    if (issue.code === 'invalid_value') {
        text = `expected ${issue.values.map(String).join(' | ')}, got ${JSON.stringify(got)}`;
    }
    else if (issue.code === 'invalid_type') {
        text = got === undefined ? `required key is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describeValue(got)}`;
    }
    else {
        text = issue.message;
    }
    return { text: `${formatKeyPath(path)}: ${text}`, line: yaml.lineOf(path) };
}
function valueAt(value, path) {
    let current = value;
    for (const step of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[step];
    }
    return current;
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** Keys the schema allows at a path, for "did you mean". */
function knownKeysAt(path) {
    let schema = config_schema/* LockstepConfigSchema */.$;
    for (const step of path) {
        schema = schema && stepInto(unwrap(schema), step);
    }
    const inner = schema && unwrap(schema);
    return inner instanceof schemas/* ZodObject */.bvH ? Object.keys(inner.shape) : [];
}
function unwrap(schema) {
    let current = schema;
    while (current instanceof schemas/* ZodOptional */.IiU || current instanceof schemas/* ZodDefault */.XiL || current instanceof schemas/* ZodNullable */.l1C) {
        current = current.unwrap();
    }
    return current;
}
function stepInto(schema, step) {
    if (schema instanceof schemas/* ZodObject */.bvH)
        return schema.shape[String(step)];
    if (schema instanceof schemas/* ZodArray */.naA)
        return schema.element;
    if (schema instanceof schemas/* ZodRecord */.b8S)
        return schema.valueType;
    return undefined;
}


/***/ }),

/***/ 7585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ DEFAULT_CONFIG_PATH),
  $: () => (/* binding */ LockstepConfigSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./build/src/config/messages-schema.js
/** `messages:` and `versioning:` sections of .github/lockstep.yml (schema-diff). */

const Role = schemas/* enum */.k5n(['producer', 'consumer', 'both']);
const Decoder = schemas/* enum */.k5n(['strict', 'pydantic']);
/** `PATH#Class` for Python, or a path ending in `.json` for a JSON Schema file. */
const SchemaReference = schemas/* string */.YjP()
    .min(1)
    .refine((value) => value.endsWith('.json') || /^[^#]+\.py#[A-Za-z_][A-Za-z0-9_]*$/.test(value), {
    message: 'expected PATH.py#ClassName or a path to a .json JSON Schema',
});
const PeerSchema = schemas/* strictObject */.rej({
    repository: schemas/* string */.YjP().min(1).describe('owner/name on GitHub, a local path, or a git URL'),
    ref: schemas/* string */.YjP().min(1).default('main'),
    schema: SchemaReference.describe("the peer's schema: PATH.py#Class or a .json file"),
    'extra-fields': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .default({})
        .describe('keys the peer adds at send time, name → type (e.g. {detector: int})'),
    'wire-types': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .default({})
        .describe('fields whose wire form differs here, name → wire type (e.g. {position: str})'),
});
const MessageSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).describe('a label for reports'),
    schema: SchemaReference.describe('PATH.py#Class or a .json JSON Schema'),
    role: Role,
    decoder: Decoder,
    extra: schemas/* enum */.k5n(['ignore', 'forbid', 'allow'])
        .optional()
        .describe("pydantic decoder: the reader's extra policy, when model_config does not say it (default: read from model_config, else ignore)"),
    peer: PeerSchema.optional(),
});
const VersioningSchema = schemas/* strictObject */.rej({
    source: schemas/* enum */.k5n(['tags', 'changelog', 'file', 'label']).default('tags'),
    changelog: schemas/* string */.YjP().min(1).default('CHANGELOG.md'),
    file: schemas/* strictObject */.rej({
        path: schemas/* string */.YjP().min(1),
        pattern: schemas/* string */.YjP().min(1).describe('a regular expression whose first group is the version'),
    })
        .optional(),
    'approve-label': schemas/* string */.YjP().min(1).default('lockstep/approve-breaking'),
});
const MessagesSchema = schemas/* array */.YOg(MessageSchema);

;// CONCATENATED MODULE: ./build/src/config/env-schema.js
/** `env:` section of .github/lockstep.yml (env-diff). */

/** workload → globs of the Python files it runs. */
const CodeGlobsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1));
const ChartSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).describe('the chart folder, e.g. charts/prompt-keda'),
    workloads: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().min(1))
        .describe('workload → template file inside the chart, e.g. {service: templates/scaled-job.yaml}'),
    environments: schemas/* string */.YjP().min(1).optional().describe('glob of values files, e.g. applications/prompt-keda-*/values-*.yaml'),
    'image-tag': schemas/* string */.YjP().min(1).optional().describe('key path of the deployed image tag in a values file'),
    'values-prefix': schemas/* string */.YjP()
        .optional()
        .describe("key under which an environment's values file holds this chart's values (a subchart alias such as prompt-keda); default: the first key of image-tag when it names the chart"),
});
const CounterpartSchema = schemas/* strictObject */.rej({
    repository: schemas/* string */.YjP().min(1).describe('owner/name on GitHub, a local path, or a git URL'),
    ref: schemas/* string */.YjP().min(1).default('main'),
    code: CodeGlobsSchema.optional(),
    chart: ChartSchema.optional(),
});
const EnvSchema = schemas/* strictObject */.rej({
    code: CodeGlobsSchema.optional(),
    chart: ChartSchema.optional(),
    counterpart: CounterpartSchema.optional(),
    'extra-reads': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP().min(1)))
        .default({})
        .describe('workload → variables read by code outside the repository'),
    parity: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('workloads that must get the same settings'),
    'parity-exempt': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP().min(1)))
        .default({})
        .describe('workload → variables that belong to that workload only'),
});

;// CONCATENATED MODULE: ./build/src/config/gate-schema.js
/** `gate:` section of .github/lockstep.yml (pipelines-gate). */

const WorkflowSchema = schemas/* strictObject */.rej({
    file: schemas/* string */.YjP().min(1).describe('workflow file name in .github/workflows'),
    ref: schemas/* string */.YjP().min(1).optional(),
    inputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .default({})
        .describe('workflow_dispatch inputs; {YYYY} {MM} {DD} are the daily date'),
});
const GateSchema = schemas/* strictObject */.rej({
    upstream: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('repository patterns a Depends-On may name, e.g. lsst/*'),
    registry: schemas/* string */.YjP().min(1).default('ghcr.io'),
    image: schemas/* string */.YjP().min(1).describe('image repository, e.g. lsst/scipipe'),
    'daily-tag': schemas/* string */.YjP().min(1).describe('tag of a daily image, e.g. al9-d_{YYYY}_{MM}_{DD}'),
    'base-workflow': WorkflowSchema,
    'test-workflow': WorkflowSchema,
    'status-context': schemas/* string */.YjP().min(1).default('pipelines-gate'),
});

;// CONCATENATED MODULE: ./build/src/config/schema.js
/** The whole .github/lockstep.yml: one section per check, each in its own file. */




const LockstepConfigSchema = schemas/* strictObject */.rej({
    messages: MessagesSchema.optional(),
    versioning: VersioningSchema.optional(),
    env: EnvSchema.optional(),
    gate: GateSchema.optional(),
});
const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';


/***/ }),

/***/ 8045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony exports MAX_YAML_BYTES, MAX_YAML_ALIASES, MAX_YAML_FLOW_DEPTH */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/**
 * YAML with line numbers and limits. Every YAML file Lockstep reads (its config, Helm
 * values files) goes through here, so errors always name the file and line, and an
 * alias bomb or an oversized file is refused instead of eating the runner's memory.
 */


const MAX_YAML_BYTES = 2 * 1024 * 1024;
/** Aliases beyond this count are refused: a "billion laughs" file expands exponentially. */
const MAX_YAML_ALIASES = 100;
/**
 * Flow collections (`[`, `{`) nested deeper than this are refused before parsing: the YAML
 * composer recurses once per level, and past about a thousand levels it exhausts the stack —
 * the second time in a process, V8 then aborts the whole process (a fatal "RegExpCompiler
 * Allocation failed") instead of throwing. No configuration or values file nests this deep.
 */
const MAX_YAML_FLOW_DEPTH = 100;
function parseYaml(text, file) {
    if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MB; refusing to read it as YAML`, {
            file,
            hint: 'Point the configuration at the intended file; YAML files this large are not configuration.',
        });
    }
    const tooDeep = lineOfExcessiveFlowDepth(text);
    if (tooDeep !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`YAML nested more than ${MAX_YAML_FLOW_DEPTH} levels deep ([ and { collections); refusing to read it`, {
            file,
            line: tooDeep,
            hint: 'Flatten the structure: configuration and values files never need this much nesting.',
        });
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lineAt = (offset) => lineCounter.linePos(offset).line;
    const [error] = document.errors;
    if (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`invalid YAML: ${error.message.split('\n')[0]}`, {
            file,
            line: lineAt(error.pos[0]),
            hint: 'Fix the YAML syntax at that line.',
        });
    }
    let value;
    try {
        value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`YAML refused: ${message}`, {
            file,
            hint: `Aliases may expand at most ${MAX_YAML_ALIASES} times (a guard against alias bombs); write the values out.`,
        });
    }
    const nodeAt = (path) => {
        let node = document.contents;
        let found = node;
        for (const step of path) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
                node = node.get(step, true);
                if (!node)
                    break;
                found = node;
            }
            else
                break;
        }
        return found;
    };
    return {
        file,
        value,
        document,
        lineOf(path) {
            const node = nodeAt(path);
            return node?.range ? lineAt(node.range[0]) : undefined;
        },
        lineOfKey(path, key) {
            const node = path.length === 0 ? document.contents : nodeAt(path);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                return undefined;
            const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === key);
            const keyNode = pair?.key;
            return keyNode?.range ? lineAt(keyNode.range[0]) : undefined;
        },
    };
}
/** The line where flow nesting first exceeds MAX_YAML_FLOW_DEPTH, found by the (non-recursive) lexer. */
function lineOfExcessiveFlowDepth(text) {
    if (!/[[{]/.test(text))
        return undefined;
    let depth = 0;
    let line = 1;
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        if (token === '[' || token === '{') {
            depth += 1;
            if (depth > MAX_YAML_FLOW_DEPTH)
                return line;
        }
        else if (token === ']' || token === '}') {
            depth = Math.max(0, depth - 1);
        }
        else if (token.includes('\n')) {
            line += token.split('\n').length - 1;
        }
    }
    return undefined;
}


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isOwnerName),
/* harmony export */   d: () => (/* binding */ openRemote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8360);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7870);
/**
 * Peer and counterpart repositories: `owner/name` on GitHub (fetched shallowly with the
 * token), a local path, or a git URL — opened at one ref with the least history needed.
 */






const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+$/;
function isOwnerName(repository) {
    return OWNER_NAME.test(repository) && !repository.startsWith('.');
}
async function openRemote(source) {
    const local = await localRepositoryPath(source);
    if (local) {
        const repository = await _repository_js__WEBPACK_IMPORTED_MODULE_4__/* .GitRepository */ .x.open(local);
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
            dispose: async () => repository.close(),
            tags: () => repository.tags(),
            fetchTag: async (tag) => repository.resolveRevision(`refs/tags/${tag}`),
        };
    }
    return fetchShallow(source);
}
async function localRepositoryPath(source) {
    const { repository } = source;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repository) || /^[^/]+@[^:]+:/.test(repository))
        return undefined;
    const candidate = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(source.cwd ?? process.cwd(), repository);
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(candidate).then((s) => s.isDirectory(), () => false);
    if (exists)
        return candidate;
    if (isOwnerName(repository))
        return undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`repository '${repository}' is neither owner/name, a git URL, nor an existing folder`, {
        hint: 'Use owner/name for a GitHub repository, a git URL, or a path to a local clone.',
    });
}
async function fetchShallow(source) {
    const url = isOwnerName(source.repository)
        ? `${(source.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${source.repository}.git`
        : source.repository;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'lockstep-remote-'));
    const config = [];
    if (source.token && url.startsWith('https://')) {
        const basic = Buffer.from(`x-access-token:${source.token}`).toString('base64');
        config.push(`http.extraheader=AUTHORIZATION: basic ${basic}`);
    }
    try {
        await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(['init', '--quiet', '--bare', dir], { cwd: node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir() });
        await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(['fetch', '--quiet', '--no-tags', '--depth=1', url, source.ref], { cwd: dir, config });
        const repository = await _repository_js__WEBPACK_IMPORTED_MODULE_4__/* .GitRepository */ .x.open(dir);
        const commit = await repository.resolveRevision('FETCH_HEAD');
        return {
            repository,
            commit,
            dispose: async () => {
                repository.close();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            },
            tags: () => remoteTags(dir, url, config, source.repository),
            fetchTag: async (tag) => {
                try {
                    await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(['fetch', '--quiet', '--no-tags', '--depth=1', url, `+refs/tags/${tag}:refs/tags/${tag}`], { cwd: dir, config });
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
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot fetch ${source.repository} at ${what}: ${reason.replace(/AUTHORIZATION: basic \S+/g, '***')}`, {
        file: source.repository,
        hint: 'Check the repository and ref, and that the token can read it (a private repository needs a token with contents: read).',
    });
}
/** Tags of a remote, peeled, without fetching any object. */
async function remoteTags(dir, url, config, label) {
    let out;
    try {
        out = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(['ls-remote', '--tags', url], { cwd: dir, config });
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

/***/ 8360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ GitRepository)
});

// UNUSED EXPORTS: MAX_FILE_BYTES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/src/git/cat-file-batch.js
/**
 * One long-lived `git cat-file --batch` process per repository: requests are written to
 * its stdin and answers parsed from its stdout in order, so reading a thousand files
 * costs one process, not a thousand.
 */

class CatFileBatch {
    cwd;
    child;
    buffer = Buffer.alloc(0);
    queue = [];
    failure;
    /** Number of git processes started; the benchmarks and tests read it. */
    processesStarted = 0;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Read objects by name (`<rev>:<path>` or an object id); undefined where missing. */
    read(names) {
        if (names.length === 0)
            return Promise.resolve([]);
        const child = this.start();
        const answers = names.map((name) => new Promise((resolve, reject) => {
            if (name.includes('\n'))
                throw new Error('object name contains a newline');
            this.queue.push({ resolve, reject });
        }));
        this.keepAlive(true);
        child.stdin.write(names.map((name) => `${name}\n`).join(''));
        return Promise.all(answers);
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.failure)
            throw this.failure;
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], {
            cwd: this.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
        this.processesStarted++;
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        child.stdout.on('data', (chunk) => {
            this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
            this.drain();
        });
        const fail = (error) => {
            this.failure = error;
            for (const pending of this.queue.splice(0))
                pending.reject(error);
        };
        child.on('error', fail);
        child.on('close', (code) => {
            if (this.queue.length)
                fail(new Error(`git cat-file --batch exited (${code}): ${stderr.trim()}`));
            if (this.child === child)
                this.child = undefined;
        });
        this.child = child;
        return child;
    }
    /** An idle reader must not keep the process alive; a busy one must. */
    keepAlive(active) {
        const child = this.child;
        if (!child)
            return;
        const streams = [child.stdout, child.stderr, child.stdin];
        if (active) {
            child.ref();
            for (const stream of streams)
                stream.ref?.();
        }
        else {
            child.unref();
            for (const stream of streams)
                stream.unref?.();
        }
    }
    drain() {
        while (this.queue.length) {
            const newline = this.buffer.indexOf(10);
            if (newline < 0)
                return;
            const header = this.buffer.subarray(0, newline).toString('utf8');
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                this.buffer = this.buffer.subarray(newline + 1);
                this.queue.shift().resolve(undefined);
                if (this.queue.length === 0)
                    this.keepAlive(false);
                continue;
            }
            const [oid, type, sizeText] = header.split(' ');
            const size = Number(sizeText);
            // Header, content, and the newline git writes after the content.
            if (this.buffer.length < newline + 1 + size + 1)
                return;
            const content = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
            this.buffer = this.buffer.subarray(newline + 1 + size + 1);
            this.queue.shift().resolve({ oid, type, size, content });
        }
        if (this.queue.length === 0)
            this.keepAlive(false);
    }
}

// EXTERNAL MODULE: ./build/src/git/run-git.js
var run_git = __webpack_require__(7870);
;// CONCATENATED MODULE: ./build/src/git/repository.js
/**
 * A git repository read at revisions, never through its work tree: the files a check
 * needs are read from git's object store, all through one `git cat-file --batch`.
 */





/** Files larger than this are refused: no schema, template or module is that big. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
class GitRepository {
    dir;
    batch;
    trees = new Map();
    resolved = new Map();
    constructor(dir) {
        this.dir = dir;
        this.batch = new CatFileBatch(dir);
    }
    /** Open the repository at `dir` (its top level is found by git). */
    static async open(dir) {
        try {
            const top = (await (0,run_git/* gitText */.q_)(['rev-parse', '--show-toplevel'], { cwd: dir })).trim();
            return new GitRepository(top);
        }
        catch (error) {
            // A bare repository (a mirror, a fetched peer) has no top level but is still a repository.
            try {
                const bare = (await (0,run_git/* gitText */.q_)(['rev-parse', '--is-bare-repository'], { cwd: dir })).trim();
                if (bare === 'true')
                    return new GitRepository(external_node_path_.resolve(dir));
            }
            catch {
                // fall through to the error below
            }
            throw new errors/* InputError */.dz('not a git repository', {
                file: dir,
                hint: `Run Lockstep inside a clone (actions/checkout), or pass --repo DIR. (${firstLine(error)})`,
            });
        }
    }
    /** git processes started for reading objects (not counting one-shot commands). */
    get batchProcesses() {
        return this.batch.processesStarted;
    }
    git(args, config) {
        return (0,run_git/* gitText */.q_)(args, { cwd: this.dir, config });
    }
    /** The commit id of a revision; an InputError that says how to fetch it when missing. */
    resolveRevision(revision) {
        let answer = this.resolved.get(revision);
        if (!answer) {
            // Asked of the cat-file process already running (no `git rev-parse` per revision).
            // A name with a newline or one starting with '-' is no revision: refuse it like a missing one.
            const lookup = /[\n\0]/.test(revision) || revision.startsWith('-') ? Promise.resolve([undefined]) : this.batch.read([`${revision}^{commit}`]);
            answer = lookup.then(([object]) => {
                if (object?.type === 'commit')
                    return object.oid;
                throw new Error('missing');
            }).then((oid) => oid, async () => {
                const shallow = await this.isShallow();
                throw new errors/* InputError */.dz(`revision '${revision}' is not in this clone${shallow ? ' (a shallow clone)' : ''}`, {
                    file: this.dir,
                    hint: shallow
                        ? `Fetch it first: git fetch --depth=1 origin ${revision} (or use actions/checkout with fetch-depth: 0).`
                        : `Check the name, or fetch it: git fetch origin ${revision}.`,
                });
            });
            this.resolved.set(revision, answer);
            answer.catch(() => this.resolved.delete(revision));
        }
        return answer;
    }
    async isShallow() {
        return (await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    async hasCommit(sha) {
        try {
            await this.git(['cat-file', '-e', `${sha}^{commit}`]);
            return true;
        }
        catch {
            return false;
        }
    }
    /**
     * Make sure a commit is present. In a shallow clone (actions/checkout's default depth 1)
     * the PR's base is usually missing: fetch just that commit, depth 1 — a tree diff
     * between two commits needs no history in between.
     */
    async ensureCommit(sha, remote = 'origin') {
        if (await this.hasCommit(sha))
            return;
        try {
            await this.git(['fetch', '--no-tags', '--depth=1', remote, sha]);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`commit ${sha} is not in this clone and could not be fetched from '${remote}'`, {
                file: this.dir,
                hint: `Use actions/checkout with fetch-depth: 0, or run: git fetch --depth=1 ${remote} ${sha}. (${firstLine(error)})`,
            });
        }
        this.resolved.clear();
    }
    /** Every file at a revision (cached per commit): path, mode and blob id. */
    async tree(revision) {
        const commit = await this.resolveRevision(revision);
        let tree = this.trees.get(commit);
        if (!tree) {
            tree = (0,run_git/* runGit */.EO)(['ls-tree', '-r', '-z', '--full-tree', commit], { cwd: this.dir }).then((out) => {
                const entries = new Map();
                for (const record of out.toString('utf8').split('\0')) {
                    if (!record)
                        continue;
                    const tab = record.indexOf('\t');
                    const [mode, , blob] = record.slice(0, tab).split(' ');
                    const file = record.slice(tab + 1);
                    entries.set(file, { path: file, mode, blob });
                }
                return entries;
            });
            this.trees.set(commit, tree);
        }
        return tree;
    }
    /** Files at a revision whose path matches any of the globs (all files without globs). */
    async listFiles(revision, globs) {
        const tree = await this.tree(revision);
        const entries = [...tree.values()].filter((entry) => entry.mode !== '160000');
        if (!globs || globs.length === 0)
            return entries;
        const matches = picomatch(globs, { dot: true });
        return entries.filter((entry) => matches(entry.path));
    }
    /**
     * Read files at a revision, all through the one cat-file process. A path absent at
     * that revision maps to undefined. Binary, oversized, non-UTF-8 files and symlinks
     * leading out of the repository are refused with an InputError naming the file.
     */
    async readFiles(revision, paths) {
        const tree = await this.tree(revision);
        const wanted = paths.map((file) => ({ file, entry: this.followSymlinks(tree, file, revision) }));
        // Symlinks need their target's blob: resolved in followSymlinks through the tree.
        const entries = await Promise.all(wanted.map(async ({ file, entry }) => ({ file, entry: await entry })));
        const present = entries.filter((item) => item.entry !== undefined);
        const objects = await this.batch.read(present.map((item) => item.entry.blob));
        const result = new Map();
        for (const { file } of entries)
            result.set(file, undefined);
        present.forEach((item, index) => {
            const object = objects[index];
            if (!object)
                return;
            result.set(item.file, { path: item.file, blob: object.oid, text: decodeText(object.content, item.file, revision) });
        });
        return result;
    }
    async readFile(revision, file) {
        return (await this.readFiles(revision, [file])).get(file);
    }
    /** Read blobs by id (for callers that already hold a tree). */
    async readBlobs(blobs) {
        const objects = await this.batch.read(blobs.map((item) => item.blob));
        return objects.map((object, index) => {
            if (!object)
                throw new errors/* InputError */.dz(`blob ${blobs[index].blob} is missing`, { file: blobs[index].path });
            return decodeText(object.content, blobs[index].path, blobs[index].blob);
        });
    }
    /** Files changed between two revisions, with renames detected (git's -M). */
    async changedFiles(base, head) {
        const [from, to] = await Promise.all([this.resolveRevision(base), this.resolveRevision(head)]);
        const out = (await (0,run_git/* runGit */.EO)(['diff', '--name-status', '-z', '-M', from, to], { cwd: this.dir })).toString('utf8');
        const fields = out.split('\0');
        const changes = [];
        for (let i = 0; i < fields.length - 1;) {
            const code = fields[i++];
            const letter = code[0];
            if (letter === 'R' || letter === 'C') {
                const oldPath = fields[i++];
                const newPath = fields[i++];
                changes.push({ status: letter === 'R' ? 'renamed' : 'copied', path: newPath, oldPath, similarity: Number(code.slice(1)) });
            }
            else {
                const file = fields[i++];
                const status = letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : letter === 'T' ? 'type-changed' : 'modified';
                changes.push({ status, path: file });
            }
        }
        return changes;
    }
    /** Tags with the commits they point at (annotated tags peeled). */
    async tags() {
        const out = await this.git(['for-each-ref', '--format=%(refname:short)%00%(objectname)%00%(*objectname)', 'refs/tags']);
        return out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [name, object, peeled] = line.split('\0');
            return { name, commit: peeled || object };
        });
    }
    /** Whether `ancestor` is reachable from `descendant`. */
    async isAncestor(ancestor, descendant) {
        try {
            await this.git(['merge-base', '--is-ancestor', ancestor, descendant]);
            return true;
        }
        catch (error) {
            if (error instanceof run_git/* GitCommandError */.iR && error.exitCode === 1)
                return false;
            throw error;
        }
    }
    close() {
        this.batch.close();
    }
    async followSymlinks(tree, file, revision) {
        let entry = tree.get(file);
        for (let hops = 0; entry && entry.mode === '120000'; hops++) {
            const [object] = await this.batch.read([entry.blob]);
            const target = object?.content.toString('utf8') ?? '';
            const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(entry.path), target));
            if (hops > 8 || external_node_path_.posix.isAbsolute(target) || resolved.startsWith('../') || resolved === '..') {
                throw new errors/* InputError */.dz(`symbolic link to '${target}' points outside the repository (at ${revision})`, {
                    file,
                    hint: 'Lockstep reads only files stored in the repository; configure the real file instead of the link.',
                });
            }
            entry = tree.get(resolved);
        }
        return entry;
    }
}
function decodeText(content, file, revision) {
    if (content.length > MAX_FILE_BYTES) {
        throw new errors/* InputError */.dz(`file is ${(content.length / 1024 / 1024).toFixed(1)} MB at ${shortRevision(revision)}; files over 2 MB are refused`, {
            file,
            hint: 'Point the configuration at the source file that defines the schema or settings, not a generated or data file.',
        });
    }
    if (content.subarray(0, 8000).includes(0)) {
        throw new errors/* InputError */.dz(`binary file at ${shortRevision(revision)}; expected text`, {
            file,
            hint: 'Point the configuration at a text source file.',
        });
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(content);
    }
    catch {
        throw new errors/* InputError */.dz(`file is not valid UTF-8 at ${shortRevision(revision)}`, {
            file,
            hint: 'Save the file as UTF-8 (Python source is UTF-8 by default).',
        });
    }
}
function shortRevision(revision) {
    return /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 12) : revision;
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}


/***/ }),

/***/ 7870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   q_: () => (/* binding */ gitText)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/** Run one git command to completion and return its stdout. */

class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
function runGit(args, options) {
    const fullArgs = [...(options.config ?? []).flatMap((setting) => ['-c', setting]), ...args];
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', fullArgs, {
            cwd: options.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code === 0)
                resolve(Buffer.concat(out));
            else
                reject(new GitCommandError(args, code, Buffer.concat(err).toString('utf8')));
        });
    });
}
async function gitText(args, options) {
    return (await runGit(args, options)).toString('utf8');
}


/***/ }),

/***/ 615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
    lines;
    constructor(file, text) {
        this.file = file;
        this.text = text;
        this.tree = _lezer_python__WEBPACK_IMPORTED_MODULE_0__/* .parser */ .K.parse(text);
        this.lines = new _text_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(text);
    }
    get top() {
        return this.tree.topNode;
    }
    /** Source text of a node. */
    textOf(node) {
        return this.text.slice(node.from, node.to);
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
function parsePython(file, text) {
    return new PythonModule(file, text);
}
/** Children of a node, in order (lezer exposes them as a linked list). */
function childrenOf(node) {
    const out = [];
    for (let child = node.firstChild; child; child = child.nextSibling)
        out.push(child);
    return out;
}


/***/ }),

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ code)
/* harmony export */ });
/** Markdown cells and text cells both use inline `code`; keep these few helpers shared. */
function code(text) {
    return '`' + text.replace(/`/g, "'") + '`';
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
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    columnAt(offset) {
        return offset - this.starts[this.lineAt(offset) - 1] + 1;
    }
    /** The text of a 1-based line, without its newline. */
    lineText(line) {
        return this.text.slice(this.starts[line - 1], (this.starts[line] ?? this.text.length + 1) - 1);
    }
}


/***/ })

};
