export const id = 953;
export const ids = [953];
export const modules = {

/***/ 4953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ refOption),
/* harmony export */   Fl: () => (/* binding */ cliDecoder),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   YR: () => (/* binding */ DECODERS),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   gg: () => (/* binding */ ROLES),
/* harmony export */   kF: () => (/* binding */ repoOption),
/* harmony export */   nu: () => (/* binding */ loadOptionalConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3110);
/* harmony import */ var _config_messages_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6620);
/* harmony import */ var _git_args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1741);
/** What every `lockstep <command>` provides: its options, its help, and a run that returns a Report. */






/** Read a string option, or throw the InputError the CLI turns into exit 2. */
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/** `--repo DIR` (default: the current folder), which must be an existing folder: said before anything reads it. */
function repoOption(values, context) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(context.cwd, stringOption(values, 'repo') ?? '.');
    const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false });
    if (!info?.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(info ? '--repo names a file, not a folder' : '--repo: the folder does not exist', {
            file: dir,
            hint: 'Pass --repo DIR naming a clone of the repository (or run inside one).',
        });
    }
    return dir;
}
/** `--rev REV` and the like: a ref name or a commit id (never read as an option), else exit 2. */
function refOption(values, name, fallback) {
    const value = stringOption(values, name) ?? fallback;
    const problem = (0,_git_args_js__WEBPACK_IMPORTED_MODULE_5__/* .refProblem */ .Tb)(value);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--${name}: expected ${_git_args_js__WEBPACK_IMPORTED_MODULE_5__/* .REF_EXPECTED */ .Z7}, got ${JSON.stringify(value)} (${problem})`, { hint: `For example --${name} HEAD, --${name} main, --${name} 1.2.0 or a full commit id.` });
    return value;
}
/** One of a fixed set of words, or exit 2 naming them. */
function choice(value, choices, option) {
    if (!choices.includes(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${option}: expected ${choices.join(' | ')}, got '${value}'`);
    return value;
}
/** The configuration, or undefined when it is optional and absent; any other problem is exit 2. */
async function loadOptionalConfig(file, displayName, required, root) {
    try {
        return await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z9)(file, displayName, root);
    }
    catch (error) {
        if (!required && error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz && error.message === 'configuration file not found')
            return undefined;
        throw error;
    }
}
const ROLES = ['producer', 'consumer', 'both'];
const DECODERS = ['strict', 'pydantic'];
/** `--decoder`: a word, or `function:PATH.py#Class.method` (validated as the config's `decoder: {function}`). */
function cliDecoder(text, role) {
    if (!text.startsWith('function:'))
        return choice(text, DECODERS, '--decoder');
    const parsed = _config_messages_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .Decoder */ .XM.safeParse({ function: text.slice('function:'.length) });
    if (!parsed.success || typeof parsed.data === 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--decoder ${JSON.stringify(text)}: expected function:PATH.py#Class.method or function:PATH.py#function`, { hint: 'Example: --decoder function:python/shared/visit.py#FannedOutVisit.from_dict' });
    if (role !== 'consumer')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--decoder function:… goes with --role consumer', { hint: 'A decoder function is how this repository reads the message.' });
    return parsed.data;
}


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
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


/***/ }),

/***/ 6411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ UserRegex),
/* harmony export */   Kg: () => (/* binding */ GitRepositoryLocation),
/* harmony export */   UE: () => (/* binding */ RepositoryPath),
/* harmony export */   aY: () => (/* binding */ GitRef),
/* harmony export */   z9: () => (/* binding */ pathProblem)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _text_user_regex_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9412);
/* harmony import */ var _git_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1741);
/**
 * Config values that reach a git argument list (refs, repositories) or name a file in the
 * repository: checked at load, so a value shaped like an option (`--upload-pack=CMD`) is an
 * error with its key path and line before anything runs. The rules are src/git/args.ts's.
 */



function checked(problemOf, expected) {
    return (value, context) => {
        const problem = problemOf(value);
        if (problem)
            context.addIssue({ code: 'custom', message: `expected ${expected}, got ${JSON.stringify(value)} (${problem})` });
    };
}
const GitRef = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).superRefine(checked(_git_args_js__WEBPACK_IMPORTED_MODULE_0__/* .refProblem */ .Tb, _git_args_js__WEBPACK_IMPORTED_MODULE_0__/* .REF_EXPECTED */ .Z7));
const GitRepositoryLocation = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).superRefine(checked(_git_args_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryProblem */ .Ki, _git_args_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY_EXPECTED */ .W1));
/** Why a repository-relative path or glob is refused; undefined when it is fine. */
function pathProblem(value) {
    if (value.startsWith('-'))
        return 'it starts with "-"';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(value))
        return 'it contains a control character';
    return undefined;
}
/** A path or glob inside the repository. */
const RepositoryPath = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).superRefine(checked(pathProblem, 'a path inside the repository (not starting with "-")'));
/** A regular expression run on the linear-time engine (RE2 syntax: no backreferences or lookaround). */
const UserRegex = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).superRefine(checked(_text_user_regex_js__WEBPACK_IMPORTED_MODULE_2__/* .userRegexProblem */ .M, 'a regular expression in RE2 syntax (no backreferences or lookaround)'));


/***/ }),

/***/ 3110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   o4: () => (/* binding */ parseConfig)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8045);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3324);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9529);
/**
 * Loading .github/lockstep.yml: YAML → zod → a typed config, or an InputError that names
 * the key path and line ("messages[0].role: expected producer | consumer | both, got
 * 'reader' (.github/lockstep.yml:4)") and, for an unknown key, the closest known one.
 */







/** The configuration is a few kilobytes; anything larger is refused unread. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * `root`, when given, is the repository the file must stay inside: a configuration that
 * is a symbolic link to a file elsewhere on the machine is refused, never read. Anything
 * that is not a regular file (a FIFO would block the read forever, a device never ends)
 * is refused before it is opened.
 */
async function loadConfig(file, displayName = file, root) {
    let text;
    try {
        if (root)
            await assertInside(file, root, displayName);
        await assertRegularFile(file, displayName);
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw cause;
        const code = cause.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? 'configuration file not found' : `cannot read configuration: ${code}`, {
            file: displayName,
            hint: 'Create .github/lockstep.yml (see the README, "Configuration"), or pass --config / the `config` input.',
        });
    }
    return parseConfig(text, displayName);
}
async function assertRegularFile(file, displayName) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
    if (!info.isFile()) {
        const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isDirectory() ? 'a folder' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the configuration is ${kind}, not a regular file; it was not read`, {
            file: displayName,
            hint: 'Commit .github/lockstep.yml as an ordinary file (or pass --config / the `config` input naming one).',
        });
    }
    if (info.size > MAX_CONFIG_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the configuration is ${(info.size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_CONFIG_BYTES / 1024 / 1024} MB are refused unread`, {
            file: displayName,
            hint: 'A Lockstep configuration is a few kilobytes: check that the path names the configuration.',
        });
    }
}
async function assertInside(file, root, displayName) {
    const [real, realRoot] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root)]);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRoot, real);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('the configuration is a symbolic link to a file outside the repository; it was not read', {
            file: displayName,
            hint: 'Commit the configuration itself at that path, not a link to another file.',
        });
    }
}
function parseConfig(text, file) {
    const yaml = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, file);
    // An empty file is an empty config: every section is optional.
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepConfigSchema */ .$.safeParse(yaml.value ?? {});
    if (result.success)
        return withIgnoreLines(result.data, yaml);
    throw configError(result.error, yaml);
}
/**
 * Each `ignore:` entry keeps the line it starts on, for the warnings about it (expired, matched
 * nothing); one narrowed to a message the configuration does not have is an error here.
 */
function withIgnoreLines(config, yaml) {
    if (!config.ignore)
        return config;
    const names = (config.messages ?? []).map((message) => message.name);
    config.ignore.forEach((entry, index) => {
        if (!names.length || entry.message === undefined || names.includes(entry.message))
            return;
        const suggestion = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_5__/* .closestMatch */ .h)(entry.message, names);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`ignore[${index}].message: no message is named ${JSON.stringify(entry.message)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the names are ${names.join(', ')}`, {
            file: yaml.file,
            line: yaml.lineOf(['ignore', index, 'message']),
            hint: 'An ignore names a message by its `messages[].name`.',
        });
    });
    return { ...config, ignore: config.ignore.map((entry, index) => ({ ...entry, line: yaml.lineOf(['ignore', index]) })) };
}
function formatKeyPath(path) {
    let out = '';
    for (const step of path)
        out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
    return out || '(top level)';
}
function configError(error, yaml) {
    // An unknown key usually explains a missing one (`decodr:` → decoder missing): name it first.
    const issues = flattenUnions(error.issues, []).sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
    const lines = issues.map((issue) => describeIssue(issue, yaml));
    const first = lines[0];
    const more = lines.length > 1 ? `\n${lines.slice(1).map((l) => `  ${l.text} (${yaml.file}${l.line ? `:${l.line}` : ''})`).join('\n')}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${first.text}${more}`, {
        file: yaml.file,
        line: first.line,
        hint: 'See the README, "Configuration", for every key and its allowed values.',
    });
}
/**
 * A union that fails (`env:` is one pair or a list of named pairs) is explained by the
 * alternative the value has the shape of: a list's problems are the list's, with their paths.
 */
function flattenUnions(issues, prefix) {
    return issues.flatMap((issue) => {
        const path = [...prefix, ...issue.path];
        if (issue.code !== 'invalid_union')
            return [{ ...issue, path }];
        const shaped = issue.errors.filter((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
        return shaped.length === 1 ? flattenUnions(shaped[0], path) : [{ ...issue, path }];
    });
}
const SHAPE_WORDS = { array: 'a list', object: 'a mapping', string: 'a string', number: 'a number', boolean: 'true or false' };
/** What a union accepts, from the type each alternative expected ("a list or a mapping"). */
function unionExpected(issue) {
    const expected = issue.errors.flatMap((branch) => branch.filter((inner) => inner.code === 'invalid_type' && inner.path.length === 0).map((inner) => inner.expected));
    return [...new Set(expected)].map((type) => SHAPE_WORDS[type] ?? type).join(' or ') || 'another form';
}
function describeIssue(issue, yaml) {
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        const known = knownKeysAt(path);
        const suggestion = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_5__/* .closestMatch */ .h)(key, known);
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
    else if (issue.code === 'invalid_union') {
        text = `expected ${unionExpected(issue)}, got ${describeValue(got)}`;
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
    let schema = _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .LockstepConfigSchema */ .$;
    for (const step of path) {
        schema = schema && stepInto(unwrap(schema), step);
    }
    const inner = schema && unwrap(schema);
    const objects = inner instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodUnion */ .fZ7 ? inner.options.map(unwrap) : [inner];
    return [...new Set(objects.flatMap((option) => (option instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodObject */ .bvH ? Object.keys(option.shape) : [])))];
}
function unwrap(schema) {
    let current = schema;
    while (current instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodOptional */ .IiU || current instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodDefault */ .XiL || current instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodNullable */ .l1C) {
        current = current.unwrap();
    }
    return current;
}
function stepInto(schema, step) {
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodUnion */ .fZ7) {
        // `env:` as a list steps by index, as one pair by key: the alternative that can take the step.
        for (const option of schema.options) {
            const inner = unwrap(option);
            const next = (typeof step === 'number') === inner instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodArray */ .naA ? stepInto(inner, step) : undefined;
            if (next)
                return next;
        }
        return undefined;
    }
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodObject */ .bvH)
        return schema.shape[String(step)];
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodArray */ .naA)
        return schema.element;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodRecord */ .b8S)
        return schema.valueType;
    return undefined;
}


/***/ }),

/***/ 6620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ Decoder),
/* harmony export */   ks: () => (/* binding */ VersioningSchema),
/* harmony export */   wI: () => (/* binding */ MessagesSchema)
/* harmony export */ });
/* unused harmony exports Role, FunctionReference, SchemaReference, PeerSchema, MessageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _git_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6411);
/** `messages:` and `versioning:` sections of .github/lockstep.yml (schema-diff). */


const Role = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['producer', 'consumer', 'both']);
/** `PATH.py#Class.method` or `PATH.py#function`: a decoder function read from the code (src/schema/function-decoder.ts). */
const FunctionReference = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((value) => (0,_git_values_js__WEBPACK_IMPORTED_MODULE_0__/* .pathProblem */ .z9)(value.split('#')[0] ?? '') === undefined && /^[^#]+\.py#[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(value), {
    message: 'expected PATH.py#Class.method or PATH.py#function',
});
const Decoder = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['strict', 'pydantic']),
    zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        function: FunctionReference.describe("the reader's decoder function, read without running it: keys it subscripts are required, `.get` optional, other keys ignored; its conversions decide the wire types (role: consumer)"),
    }),
]);
/** `PATH#Class` for Python, or a path ending in `.json` for a JSON Schema file. */
const SchemaReference = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((value) => (0,_git_values_js__WEBPACK_IMPORTED_MODULE_0__/* .pathProblem */ .z9)(value) === undefined && (value.endsWith('.json') || /^[^#]+\.py#[A-Za-z_][A-Za-z0-9_]*$/.test(value)), {
    message: 'expected PATH.py#ClassName or a path to a .json JSON Schema',
});
const PeerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    repository: _git_values_js__WEBPACK_IMPORTED_MODULE_0__/* .GitRepositoryLocation */ .Kg.describe('owner/name on GitHub, a local path, or a git URL'),
    ref: _git_values_js__WEBPACK_IMPORTED_MODULE_0__/* .GitRef */ .aY.default('main'),
    schema: SchemaReference.describe("the peer's schema: PATH.py#Class or a .json file"),
    'extra-fields': zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .default({})
        .describe('keys the peer adds at send time, name → type (e.g. {detector: int})'),
    'wire-types': zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
        .default({})
        .describe('fields whose wire form differs here, name → wire type (e.g. {position: str})'),
});
const MessageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('a label for reports'),
    schema: SchemaReference.describe('PATH.py#Class or a .json JSON Schema'),
    role: Role,
    decoder: Decoder,
    extra: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ignore', 'forbid', 'allow'])
        .optional()
        .describe("pydantic decoder: the reader's extra policy, when model_config does not say it (default: read from model_config, else ignore)"),
    peer: PeerSchema.optional(),
})
    .refine((message) => typeof message.decoder === 'string' || message.role === 'consumer', {
    message: 'a decoder function is how this repository reads the message: use it with role: consumer (a producer names its readers\' decoder: strict or pydantic)',
    path: ['role'],
});
const VersioningSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['tags', 'changelog', 'file', 'label']).default('tags'),
    changelog: _git_values_js__WEBPACK_IMPORTED_MODULE_0__/* .RepositoryPath */ .UE.default('CHANGELOG.md'),
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        path: _git_values_js__WEBPACK_IMPORTED_MODULE_0__/* .RepositoryPath */ .UE,
        pattern: _git_values_js__WEBPACK_IMPORTED_MODULE_0__/* .UserRegex */ .BQ.describe('a regular expression whose first group is the version'),
    })
        .optional(),
    'approve-label': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default('lockstep/approve-breaking'),
});
const MessagesSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(MessageSchema);


/***/ }),

/***/ 3324:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ DEFAULT_CONFIG_PATH),
  $: () => (/* binding */ LockstepConfigSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./build/src/config/messages-schema.js
var messages_schema = __webpack_require__(6620);
// EXTERNAL MODULE: ./build/src/config/git-values.js
var git_values = __webpack_require__(6411);
;// CONCATENATED MODULE: ./build/src/config/env-schema.js
/** `env:` section of .github/lockstep.yml (env-diff). */


/** workload → globs of the Python files it runs. */
const CodeGlobsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(git_values/* RepositoryPath */.UE).min(1));
const ChartSchema = schemas/* strictObject */.rej({
    path: git_values/* RepositoryPath */.UE.describe('the chart folder, e.g. charts/prompt-keda'),
    workloads: schemas/* record */.g1P(schemas/* string */.YjP(), git_values/* RepositoryPath */.UE)
        .describe('workload → template file inside the chart, e.g. {service: templates/scaled-job.yaml}'),
    environments: git_values/* RepositoryPath */.UE.optional().describe('glob of values files, e.g. applications/prompt-keda-*/values-*.yaml'),
    'image-tag': schemas/* string */.YjP().min(1).optional().describe('key path of the deployed image tag in a values file'),
    'values-prefix': schemas/* string */.YjP()
        .optional()
        .describe("key under which an environment's values file holds this chart's values (a subchart alias such as prompt-keda); default: the first key of image-tag when it names the chart"),
});
/** A pair's name: it heads the pair's section in reports and is its key in JSON and SARIF. */
const PairName = schemas/* string */.YjP()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'expected a name of letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit), e.g. prompt-keda')
    .describe('the name of this pair in reports, e.g. prompt-keda');
const CounterpartSchema = schemas/* strictObject */.rej({
    repository: git_values/* GitRepositoryLocation */.Kg.describe('owner/name on GitHub, a local path, or a git URL'),
    ref: git_values/* GitRef */.aY.default('main'),
    pair: PairName.optional().describe("which of the counterpart's named env pairs describes this pair, when its .github/lockstep.yml holds a list"),
    'branch-tags': schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/, 'expected an image tag (letters, digits, ".", "_", "-"; at most 128), e.g. main'))
        .max(20)
        .default(['latest'])
        .describe('image tags that deploy the newest build of ref rather than a release, e.g. [latest, main]; any other tag must name a release'),
    code: CodeGlobsSchema.optional(),
    chart: ChartSchema.optional(),
});
/** A variable read by code outside the repository: a plain name (always required), or with a version bound and optionality. */
const ExtraReadSchema = schemas/* union */.KCZ([
    schemas/* string */.YjP().min(1),
    schemas/* strictObject */.rej({
        name: schemas/* string */.YjP().min(1).describe('the variable, e.g. SATTLE_URI_BASE'),
        since: schemas/* string */.YjP().min(1).optional().describe('the first version that reads it, e.g. 6.9.0 (older deployed versions do not)'),
        optional: schemas/* boolean */.zMY().optional().describe('read with a default (e.g. LSST_RESOURCES_NUM_WORKERS): unset is not an error'),
    }),
]);
const EnvSchema = schemas/* strictObject */.rej({
    code: CodeGlobsSchema.optional(),
    chart: ChartSchema.optional(),
    counterpart: CounterpartSchema.optional(),
    'extra-reads': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(ExtraReadSchema))
        .default({})
        .describe("workload → variables read by code outside the repository; judged per deployed version (a counterpart's own .github/lockstep.yml at that version's tag wins)"),
    parity: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('workloads that must get the same settings'),
    'parity-exempt': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP().min(1)))
        .default({})
        .describe('workload → variables that belong to that workload only'),
});
/** At most this many pairs in one configuration (every loop over them is bounded). */
const MAX_ENV_PAIRS = 50;
/** One named pair of a list-form `env:`: a name plus every key of the single-object form. */
const EnvPairSchema = schemas/* strictObject */.rej({ name: PairName, ...EnvSchema.shape });
/** Names are unique: a second `name: x` is an error on its own line, naming the first. */
function uniqueNames(pairs, context) {
    const first = new Map();
    for (const [index, pair] of pairs.entries()) {
        const earlier = first.get(pair.name);
        if (earlier === undefined)
            first.set(pair.name, index);
        else
            context.addIssue({ code: 'custom', path: [index, 'name'], message: `duplicate pair name ${JSON.stringify(pair.name)} (also env[${earlier}].name); each pair needs its own name` });
    }
}
/**
 * `env:` is one pair (a service and its chart), or a list of named pairs for a repository that
 * holds several (Phalanx: the charts of PP, NVFO and the Butler Writer).
 */
const EnvSectionSchema = schemas/* union */.KCZ([
    schemas/* array */.YOg(EnvPairSchema).min(1).max(MAX_ENV_PAIRS).superRefine(uniqueNames).describe('several named pairs, each checked and reported on its own'),
    EnvSchema,
]);

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

// EXTERNAL MODULE: ./build/src/ignores/rule-ids.js
var rule_ids = __webpack_require__(2640);
;// CONCATENATED MODULE: ./build/src/config/ignore-schema.js
/**
 * `ignore:` of .github/lockstep.yml: findings a reviewer accepted, one rule at a time, narrowed
 * to a message, field or variable, with a reason and an optional expiry date. Rule ids are
 * checked against the rule tables here, so a typo is an error with its line, not an ignore
 * that silently matches nothing.
 */


/** `YYYY-MM-DD`, a real calendar date. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function dateProblem(value) {
    const parts = ISO_DATE.exec(value);
    if (!parts)
        return 'expected an ISO date YYYY-MM-DD';
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
        return `${value} is not a calendar date`;
    return undefined;
}
const IgnoreEntrySchema = schemas/* strictObject */.rej({
    rule: schemas/* string */.YjP().min(1).describe('the rule id, e.g. strict-field-added or env/config-removes-optional (the id column of the rule tables)'),
    message: schemas/* string */.YjP().min(1).optional().describe('schema-diff rules: only this message (its `messages[].name`)'),
    field: schemas/* string */.YjP().min(1).optional().describe('schema-diff rules: only this field (a nested field as parent.child)'),
    variable: schemas/* string */.YjP().min(1).optional().describe('env-diff rules: only this environment variable'),
    until: schemas/* string */.YjP()
        .optional()
        .describe('last day the ignore applies, YYYY-MM-DD (UTC); after it the ignore is a warning and no longer applies'),
    reason: schemas/* string */.YjP().trim().min(1).describe('why the finding is accepted: shown next to it in every report'),
})
    .superRefine((entry, context) => {
    const unknown = (0,rule_ids/* unknownRuleProblem */.Q)(entry.rule);
    if (unknown)
        return context.addIssue({ code: 'custom', path: ['rule'], message: unknown });
    const check = (0,rule_ids/* checkOfRule */.I)(entry.rule);
    const misplaced = check === 'env-diff' ? ['message', 'field'].filter((key) => entry[key] !== undefined) : entry.variable !== undefined ? ['variable'] : [];
    for (const key of misplaced)
        context.addIssue({ code: 'custom', path: [key], message: `${entry.rule} is a${check === 'env-diff' ? 'n env-diff' : ' schema-diff'} rule: narrow it with ${check === 'env-diff' ? '`variable`' : '`message` and `field`'}, not \`${key}\`` });
    const problem = entry.until === undefined ? undefined : dateProblem(entry.until);
    if (problem)
        context.addIssue({ code: 'custom', path: ['until'], message: `${problem}, got ${JSON.stringify(entry.until)}` });
});
const IgnoreListSchema = schemas/* array */.YOg(IgnoreEntrySchema).describe('findings accepted on purpose, each with a reason (see the README, "Ignores")');

;// CONCATENATED MODULE: ./build/src/config/schema.js
/** The whole .github/lockstep.yml: one section per check, each in its own file. */





const LockstepConfigSchema = schemas/* strictObject */.rej({
    messages: messages_schema/* MessagesSchema */.wI.optional(),
    versioning: messages_schema/* VersioningSchema */.ks.optional(),
    env: EnvSectionSchema.optional(),
    gate: GateSchema.optional(),
    ignore: IgnoreListSchema.optional(),
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
function parseYaml(text, file, options = {}) {
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
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        lineCounter,
        prettyErrors: false,
        uniqueKeys: true,
        version: options.version ?? '1.2',
        // helm hands dates on as strings (YAML → JSON), never as dates
        customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
    });
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

/***/ 8722:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ reachedBy),
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
/** A row of the table, its facts typed by what it declares. */
function rule(row) {
    return row;
}
/** "runs" for one environment, "run" for several. */
const runs = (f) => (f.environments.length > 1 ? 'run' : 'runs');
const moves = (f) => (f.environments.length > 1 ? 'move' : 'moves');
const list = (items) => (items.length ? items.join(', ') : 'none');
const when = (condition) => (condition ? ` when \`${condition}\`` : '');
const fallback = (text) => (text === null ? 'None' : text);
/** "initializer: python/initializer/x.py → shared.raw.get_raw_path reads IMAGE_BUCKET". */
const reachedBy = (read) => `${read.workload}: ${read.via} reads ${read.name}`;
const reached = (f) => (f.via && f.workload ? ` (${reachedBy({ workload: f.workload, name: f.name, via: f.via })})` : '');
const RULES = {
    configAdds: rule({
        id: 'env/config-adds',
        order: 'safe',
        severity: 'notice',
        title: 'Config sets a new variable',
        needs: ['name', 'workload'],
        message: (f) => `${f.workload} now gets ${f.name}: an unknown variable is ignored, so merge and sync any time.`,
    }),
    configChanges: rule({
        id: 'env/config-changes',
        order: 'safe',
        severity: 'notice',
        title: 'Config changes a variable',
        needs: ['name', 'other', 'previous', 'workload'],
        message: (f) => `${f.workload} now gets ${f.name} ${f.other} (was ${f.previous}); the order does not matter, check the new setting is what every environment should get.`,
    }),
    configRemovesUnread: rule({
        id: 'env/config-removes-unread',
        order: 'safe',
        severity: 'notice',
        title: 'Config drops a variable no deployed version reads',
        needs: ['environments', 'name', 'workload'],
        message: (f) => `${f.name} is no longer set for ${f.workload} in ${list(f.environments)}; the version deployed there does not read it.`,
    }),
    configRemovesRequired: rule({
        id: 'env/config-removes-required',
        order: 'blocked',
        severity: 'error',
        title: 'Config drops a variable a deployed version requires',
        needs: ['condition', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
        message: (f) => `${f.environment} ${runs(f)} ${f.version}, whose ${f.workload} requires ${f.name}${when(f.condition)} (${f.where}); do not sync ${f.environment} until ${f.environments.length > 1 ? 'they run' : 'it runs'} a version that does not read ${f.name}.`,
    }),
    configRemovesOptional: rule({
        id: 'env/config-removes-optional',
        order: 'safe',
        severity: 'warning',
        title: 'Config drops a variable a deployed version reads',
        needs: ['default', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
        message: (f) => `${f.environment} ${runs(f)} ${f.version}, whose ${f.workload} reads ${f.name} optionally (${f.where}); after the sync it falls back to the default ${fallback(f.default)}.`,
    }),
    configConditionOff: rule({
        id: 'env/config-condition-off',
        order: 'safe',
        severity: 'warning',
        title: 'Chart condition now leaves a variable unset',
        needs: ['condition', 'environment', 'name', 'version', 'where', 'workload'],
        message: (f) => `In ${f.environment} the chart no longer sets ${f.name} for ${f.workload} (its condition is off); ${f.version} reads it${when(f.condition)} (${f.where}) — make sure that flag is off there too.`,
    }),
    configFlagOff: rule({
        id: 'env/config-flag-off',
        order: 'safe',
        severity: 'warning',
        title: 'Variable dropped together with its flag',
        needs: ['condition', 'environment', 'name', 'other', 'version', 'where', 'workload'],
        message: (f) => `${f.name} is no longer set for ${f.workload} in ${f.environment}; ${f.version} reads it only when \`${f.condition}\` (${f.where}), and ${f.other} is not set there either and defaults to off — make sure that is intended.`,
    }),
    configRemovesUnchecked: rule({
        id: 'env/config-removes-unchecked',
        order: 'code-first',
        severity: 'warning',
        title: 'Cannot check deployed versions',
        needs: ['environments', 'name', 'workload'],
        message: (f) => `${f.name} is no longer set for ${f.workload} in ${list(f.environments)}, and no counterpart code is configured to tell whether the deployed version reads it (env.counterpart); drop it only once no deployed version reads it.`,
    }),
    configRemovesNoWorkload: rule({
        id: 'env/config-removes-no-workload',
        order: 'code-first',
        severity: 'warning',
        title: 'Cannot check this workload',
        needs: ['environments', 'name', 'source', 'workload'],
        message: (f) => `${f.name} is no longer set for ${f.workload} in ${list(f.environments)}, but the code settings of ${f.source} name no ${f.workload} workload, so whether its deployed version reads it cannot be checked; add the workload's globs to env.counterpart.code (or env.code).`,
    }),
    versionUnknown: rule({
        id: 'env/version-unknown',
        order: 'blocked',
        severity: 'error',
        title: 'Deployed version cannot be read',
        needs: ['environment', 'environments', 'name', 'source', 'version', 'where'],
        message: (f) => `${f.environment} ${f.environments.length > 1 ? 'pin' : 'pins'} ${f.version} (${f.where}), but ${f.source} has no release tag for it, so whether it reads ${f.name} cannot be checked; fix the image tag, push the release tag, or fetch the tags if that is a local clone.`,
    }),
    versionUnknownForMove: rule({
        id: 'env/version-unknown-for-move',
        order: null,
        severity: 'error',
        title: 'New deployed version cannot be read',
        needs: ['environment', 'environments', 'name', 'source', 'version', 'where'],
        message: (f) => `${f.environment} ${moves(f)} to ${f.version} (${f.where}), but ${f.source} has no release tag for it, so its env reads cannot be checked against the chart; push the release tag first, fix the image tag, or fetch the tags if that is a local clone.`,
    }),
    codeAddsRequired: rule({
        id: 'env/code-adds-required',
        order: 'config-first',
        severity: 'warning',
        title: 'Code requires a new variable',
        needs: ['condition', 'environments', 'name', 'source', 'via', 'workload'],
        message: (f) => f.environments.length
            ? `${f.workload} requires ${f.name}${when(f.condition)}${reached(f)}: merge and sync the config that sets it first (not set in ${list(f.environments)}); an unknown variable is ignored, so the config can go before this container.`
            : `${f.workload} requires ${f.name}${when(f.condition)}${reached(f)}: the config must set it before this container is deployed${f.source ? ` — ${f.source}` : ''}.`,
    }),
    codeAddsOptional: rule({
        id: 'env/code-adds-optional',
        order: 'safe',
        severity: 'notice',
        title: 'Code reads a new optional variable',
        needs: ['default', 'name', 'workload'],
        message: (f) => `${f.workload} reads ${f.name} optionally (default ${fallback(f.default)}): safe in any order.`,
    }),
    codeBecomesOptional: rule({
        id: 'env/code-becomes-optional',
        order: 'safe',
        severity: 'notice',
        title: 'A read becomes optional',
        needs: ['default', 'name', 'workload'],
        message: (f) => `${f.workload} no longer requires ${f.name} (default ${fallback(f.default)}): safe in any order.`,
    }),
    codeBecomesConditional: rule({
        id: 'env/code-becomes-conditional',
        order: 'safe',
        severity: 'notice',
        title: 'A read becomes conditional',
        needs: ['condition', 'name', 'workload'],
        message: (f) => `${f.workload} now requires ${f.name} only${when(f.condition)}: safe in any order.`,
    }),
    codeDefaultChanged: rule({
        id: 'env/code-default-changed',
        order: 'safe',
        severity: 'notice',
        title: 'Default changed',
        needs: ['default', 'name', 'previous', 'workload'],
        message: (f) => `${f.workload}'s default for ${f.name} changes from ${fallback(f.previous)} to ${fallback(f.default)}: environments that do not set it change behaviour.`,
    }),
    codeRemovesRead: rule({
        id: 'env/code-removes-read',
        order: 'code-first',
        severity: 'notice',
        title: 'Code stops reading a variable',
        needs: ['environments', 'name', 'workload'],
        message: (f) => `${f.workload} no longer reads ${f.name}: the config may drop it once every environment runs a version without the read${f.environments.length ? ` (set today in ${list(f.environments)})` : ''}.`,
    }),
    renamed: rule({
        id: 'env/renamed',
        order: 'together',
        severity: 'warning',
        title: 'Variable renamed',
        needs: ['environments', 'name', 'other', 'previous', 'workload'],
        message: (f) => `${f.previous} is renamed ${f.other} for ${f.workload}: no order of code and config is compatible on its own — merge both together, and sync after the new container exists${f.environments.length ? ` (${f.other} is not set in ${list(f.environments)})` : ''}.`,
    }),
    renamedConfigReady: rule({
        id: 'env/renamed-config-ready',
        order: 'safe',
        severity: 'notice',
        title: 'Variable renamed, config already sets the new name',
        needs: ['name', 'other', 'previous', 'workload', 'source'],
        message: (f) => `${f.previous} is renamed ${f.other} for ${f.workload}, and ${f.source}: merge this code first, then the config may drop ${f.previous} once every environment runs it.`,
    }),
    newVersionMissing: rule({
        id: 'env/new-version-missing',
        order: 'blocked',
        severity: 'error',
        title: 'New version requires a variable the chart does not set',
        needs: ['environment', 'environments', 'name', 'version', 'where', 'workload'],
        message: (f) => `${f.environment} ${moves(f)} to ${f.version}, whose ${f.workload} requires ${f.name} (${f.where}), but the chart does not set it there; set it before (or with) the version change.`,
    }),
    newVersionConditional: rule({
        id: 'env/new-version-conditional',
        order: 'config-first',
        severity: 'warning',
        title: 'New version reads a variable under a condition',
        needs: ['condition', 'environment', 'environments', 'name', 'version', 'where', 'workload'],
        message: (f) => `${f.environment} ${moves(f)} to ${f.version}, whose ${f.workload} requires ${f.name}${when(f.condition)} (${f.where}); the chart does not set it there — set it if that condition holds.`,
    }),
    conditionOnMissing: rule({
        id: 'env/condition-on-missing',
        order: 'blocked',
        severity: 'error',
        title: 'A flag turns on without the variables it needs',
        needs: ['condition', 'environment', 'environments', 'name', 'other', 'version', 'where', 'workload'],
        message: (f) => `${f.other} is now set for ${f.workload} in ${f.environment}, which turns on \`${f.condition}\` in ${f.version}: it then requires ${f.name} (${f.where}), which the chart does not set there; set it in the same change.`,
    }),
    conditionOnSet: rule({
        id: 'env/condition-on-set',
        order: 'safe',
        severity: 'notice',
        title: 'A flag turns on with the variables it needs',
        needs: ['condition', 'environment', 'environments', 'name', 'other', 'version', 'workload'],
        message: (f) => `${f.other} is now set for ${f.workload} in ${f.environment}, which turns on \`${f.condition}\` in ${f.version}: ${f.name}, which it then requires, is set there too.`,
    }),
    downgrade: rule({
        id: 'env/downgrade',
        order: null,
        severity: 'warning',
        title: 'Deployed version goes down',
        needs: ['name', 'environment', 'previous', 'version'],
        message: (f) => `${f.environment} moves from ${f.previous} down to ${f.version}: make sure this rollback is intended.`,
    }),
    majorDowngrade: rule({
        id: 'env/major-downgrade',
        order: null,
        severity: 'warning',
        title: 'DOWNGRADE ACROSS A MAJOR VERSION',
        needs: ['name', 'environment', 'previous', 'version'],
        message: (f) => `${f.environment} moves from ${f.previous} down to ${f.version}, across a major version: message formats may no longer match the peer services. Roll back only if the peers are rolled back too.`,
    }),
    parityMissing: rule({
        id: 'env/parity-missing',
        order: null,
        severity: 'error',
        title: 'Workloads no longer get the same settings',
        needs: ['environments', 'name', 'where', 'workload'],
        message: (f) => `${f.name} is set for ${f.workload} but not for ${list(f.environments)}${f.where ? ` (${f.where})` : ''}: these workloads must always get the same settings (list it under env.parity-exempt if it belongs to one workload only).`,
    }),
    parityExpected: rule({
        id: 'env/parity-expected',
        order: null,
        severity: 'notice',
        title: 'Workloads differ as their code does',
        needs: ['environments', 'name', 'other', 'source', 'where'],
        message: (f) => `${f.name} is now ${f.source} ${list(f.environments)}, but only the code of ${f.other || 'none of them'} reads it (${f.where}): expected drift, listed, not failed.`,
    }),
    parityDifferent: rule({
        id: 'env/parity-different',
        order: null,
        severity: 'error',
        title: 'Workloads get different settings',
        needs: ['environments', 'name', 'where'],
        message: (f) => `${f.name} now has a different value or condition in ${list(f.environments)}${f.where ? ` (${f.where})` : ''}: these workloads must always get the same settings (list it under env.parity-exempt if it belongs to one workload only).`,
    }),
    duplicateEntry: rule({
        id: 'env/duplicate-entry',
        order: null,
        severity: 'warning',
        title: 'Variable set twice',
        needs: ['name', 'where', 'workload'],
        message: (f) => `${f.workload} sets ${f.name} twice (also at ${f.where}); Kubernetes keeps the last one, which hides the first.`,
    }),
    unresolvedRead: rule({
        id: 'env/unresolved-read',
        order: null,
        severity: 'warning',
        title: 'Variable name built at run time',
        needs: ['name', 'workload'],
        message: (f) => `${f.workload} reads a variable whose name is built at run time (${f.name}); Lockstep cannot check that the config sets it.`,
    }),
    pythonUnreadable: rule({
        id: 'env/python-unreadable',
        order: null,
        severity: 'warning',
        title: 'Python not fully read',
        needs: ['name', 'workload'],
        message: (f) => `Lockstep's Python grammar could not read \`${f.name}\` in ${f.workload}; env reads near that line may be missed. Check the syntax (if it is valid Python, this is a gap in the grammar).`,
    }),
    dynamicEntries: rule({
        id: 'env/dynamic-entries',
        order: null,
        severity: 'notice',
        title: 'Env entries not readable statically',
        needs: ['name', 'workload'],
        message: (f) => `${f.workload}'s env list includes \`${f.name}\`, whose entries depend on values; they are not compared.`,
    }),
    dynamicEntriesRemoved: rule({
        id: 'env/dynamic-entries-removed',
        order: null,
        severity: 'warning',
        title: 'Env entries removed that cannot be read statically',
        needs: ['name', 'workload'],
        message: (f) => `${f.workload}'s env list no longer includes \`${f.name}\`, which Lockstep cannot read statically, so whether a deployed version still needs what it set cannot be checked; check by hand that no deployed version reads those variables.`,
    }),
    helmUnavailable: rule({
        id: 'env/helm-unavailable',
        order: null,
        severity: 'notice',
        title: 'helm is not on PATH',
        needs: ['name'],
        message: () => 'The helm cross-check was asked for, but helm is not on PATH; the static reading of the templates is used alone.',
    }),
    helmFailed: rule({
        id: 'env/helm-failed',
        order: null,
        severity: 'notice',
        title: 'helm template failed',
        needs: ['environment', 'name'],
        message: (f) => `helm template failed for ${f.environment} (${f.name}); the static reading is used alone there.`,
    }),
    helmMismatch: rule({
        id: 'env/helm-mismatch',
        order: null,
        severity: 'warning',
        title: 'helm renders different env names',
        needs: ['name', 'environment', 'environments', 'other', 'workload'],
        message: (f) => `In ${f.environment}, helm renders ${list(f.environments)} for ${f.workload} that the static reading does not see, and does not render ${f.other} that it sees; check those entries by hand.`,
    }),
};


/***/ }),

/***/ 1741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ isOwnerName),
/* harmony export */   Ki: () => (/* binding */ repositoryProblem),
/* harmony export */   Tb: () => (/* binding */ refProblem),
/* harmony export */   W1: () => (/* binding */ REPOSITORY_EXPECTED),
/* harmony export */   XM: () => (/* binding */ assertSafeGitArgs),
/* harmony export */   Z7: () => (/* binding */ REF_EXPECTED),
/* harmony export */   aR: () => (/* binding */ checkedRepository),
/* harmony export */   zA: () => (/* binding */ checkedRef)
/* harmony export */ });
/* unused harmony export OBJECT_ID */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/**
 * What may reach a git argument list. `.github/lockstep.yml` comes from the pull request, so
 * a ref or a repository written there is an operand, never an option: `--upload-pack=CMD`
 * as a ref or a repository would make `git fetch` run CMD. The rules live here once, used
 * both by the config schema (an error with the file and line) and by `runGit`, which refuses
 * any option it does not know before a process starts.
 */

/** A full object id (SHA-1 or SHA-256). */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9_.-]+$/;
/** Longer refs are refused (git's own limit is the file system's; no real ref comes close). */
const MAX_REF_LENGTH = 255;
const REF_EXPECTED = 'a branch, tag or ref name (git check-ref-format rules, not starting with "-") or a full commit id';
const REPOSITORY_EXPECTED = 'owner/name, an https:// or file:// URL, or a local path (not starting with "-")';
function isOwnerName(repository) {
    return OWNER_NAME.test(repository) && !repository.startsWith('.');
}
/** Why `ref` is not a ref name (git check-ref-format --allow-onelevel) nor an object id; undefined when it is. */
function refProblem(ref) {
    if (OBJECT_ID.test(ref))
        return undefined;
    if (ref.length === 0)
        return 'it is empty';
    if (ref.length > MAX_REF_LENGTH)
        return `it is longer than ${MAX_REF_LENGTH} characters`;
    if (ref.startsWith('-'))
        return 'it starts with "-", so git would read it as an option';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref))
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (ref.includes('..') || ref.includes('@{') || ref === '@')
        return 'it contains "..", "@{" or is "@"';
    if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//'))
        return 'it starts or ends with "/" or has an empty component';
    if (ref.endsWith('.'))
        return 'it ends with "."';
    if (ref.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
        return 'a component starts with "." or ends with ".lock"';
    return undefined;
}
/** Why `repository` is not owner/name, an https:// or file:// URL, or a local path; undefined when it is. */
function repositoryProblem(repository) {
    if (repository.length === 0)
        return 'it is empty';
    if (repository.startsWith('-'))
        return 'it starts with "-", so git would read it as an option';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(repository))
        return 'it contains a control character';
    if (isOwnerName(repository))
        return undefined;
    if (/^(https|file):\/\//i.test(repository))
        return urlProblem(repository);
    // Anything else with a colon is a transport git would pick from the text (scp-like ssh, `ext::`, `fd::`).
    if (repository.includes(':'))
        return 'it is neither owner/name nor an https:// or file:// URL, and a local path may not contain ":"';
    return undefined;
}
function urlProblem(repository) {
    let url;
    try {
        url = new URL(repository);
    }
    catch {
        return 'it is not a valid URL';
    }
    if (/\s/.test(repository))
        return 'the URL contains whitespace';
    if (url.username || url.password)
        return 'the URL carries credentials (the token is passed to git separately)';
    return undefined;
}
/** A ref for a git argument list, or an InputError naming what was expected. */
function checkedRef(ref, what) {
    const problem = refProblem(ref);
    if (problem)
        throw unsafe(what, ref, problem, REF_EXPECTED);
    return ref;
}
/** A repository for a git argument list, or an InputError naming what was expected. */
function checkedRepository(repository, what) {
    const problem = repositoryProblem(repository);
    if (problem)
        throw unsafe(what, repository, problem, REPOSITORY_EXPECTED);
    return repository;
}
function unsafe(what, value, problem, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} ${JSON.stringify(value)} was refused before running git: ${problem}; expected ${expected}`, {
        hint: 'Fix the value in .github/lockstep.yml; Lockstep never passes a value that could read as an option to git.',
    });
}
/**
 * The options Lockstep itself writes, exactly (or with a value of a known shape). An option
 * before `--end-of-options`/`--` that is not here came from somewhere else: refused.
 */
const KNOWN_OPTIONS = new Set([
    '--quiet', '--bare', '--no-tags', '--tags', '--batch', '--show-toplevel', '--is-bare-repository', '--is-shallow-repository',
    '--full-tree', '--name-status', '--is-ancestor', '-e', '-r', '-z', '-M', '-o', '-F', '-E', '-f', '-s', '-t',
    '-U0', '--no-color', '--no-ext-diff', '--no-renames', // GitRepository.changedLines
    '-n', '-I', // git grep for inline ignores (src/ignores/inline.ts)
]);
const KNOWN_OPTION_VALUES = [/^--depth=\d+$/, /^--deepen=\d+$/, /^--format=[%()A-Za-z0-9*:]+$/, /^--merged=[0-9a-f]{40,64}$/];
/** Throws before spawning when an argument that git would read as an option is not one Lockstep writes. */
function assertSafeGitArgs(args) {
    for (const arg of args) {
        if (arg === '--end-of-options' || arg === '--')
            return;
        if (arg.includes('\0'))
            throw new Error(`git argument contains a NUL byte: ${JSON.stringify(arg)}`);
        if (!arg.startsWith('-') || KNOWN_OPTIONS.has(arg) || KNOWN_OPTION_VALUES.some((pattern) => pattern.test(arg)))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`refused to run git with ${JSON.stringify(arg)}: it reads as an option Lockstep does not use`, {
            hint: 'A value from the configuration reached git where an option goes; check refs and repositories in .github/lockstep.yml.',
        });
    }
}


/***/ }),

/***/ 2640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ checkOfRule),
/* harmony export */   Q: () => (/* binding */ unknownRuleProblem)
/* harmony export */ });
/* harmony import */ var _env_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8722);
/* harmony import */ var _schema_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6218);
/* harmony import */ var _config_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9529);
/**
 * The rules an ignore may name: the rows of the schema-diff and env-diff rule tables. Other
 * findings (a peer that cannot read the head, a bump too small, the gate's statuses) are not
 * ignorable: they follow from the rules, or have their own escape (the approve label).
 */



const CHECK_OF_RULE = new Map([
    ..._schema_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0.map((rule) => [rule.id, 'schema-diff']),
    ...Object.values(_env_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y).map((rule) => [rule.id, 'env-diff']),
]);
/** The check whose rule table has this id; undefined for an id in no table. */
function checkOfRule(id) {
    return CHECK_OF_RULE.get(id);
}
/** "unknown rule id 'strict-feld-added' (did you mean 'strict-field-added'?)", or undefined for a known id. */
function unknownRuleProblem(id) {
    if (CHECK_OF_RULE.has(id))
        return undefined;
    const suggestion = (0,_config_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(id, [...CHECK_OF_RULE.keys()]);
    return `unknown rule id ${JSON.stringify(id)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the rule ids are those of the README's rule tables`;
}


/***/ }),

/***/ 6218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ bumpRank),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   fX: () => (/* binding */ maxBump),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* unused harmony export findRule */
const required = { text: 'required', test: (c) => c.required === true };
const optional = { text: 'optional', test: (c) => c.required !== true };
const widened = { text: 'widened (`int` → `float`, `T` → `T | None`)', test: (c) => c.relation === 'widened' };
const narrowed = { text: 'narrowed (`float` → `int`, `T | None` → `T`)', test: (c) => c.relation === 'narrowed' };
const pydantic = ['pydantic-ignore', 'pydantic-forbid'];
/** The verdict columns, three ways: a breaking change, a compatible one, one that leaves every message as it was. */
const breaking = { breaking: true, bump: 'major', severity: 'error' };
const compatible = { breaking: false, bump: 'minor', severity: 'notice' };
const sameWire = { breaking: false, bump: 'patch', severity: 'notice' };
/** First match wins; every (decoder, direction, kind) has a row. */
const RULES = [
    // Message level: any decoder.
    { id: 'message-added', decoder: 'any', direction: 'any', kind: 'message-added', ...compatible, why: 'a new message type: nobody reads or sends it yet' },
    { id: 'message-removed', decoder: 'any', direction: 'any', kind: 'message-removed', ...breaking, why: 'the message class is gone: the other side still sends or expects it' },
    { id: 'message-kind-changed', decoder: 'any', direction: 'any', kind: 'message-kind-changed', ...breaking, why: 'a plain class is not a message: without @dataclass or a pydantic base, `cls(**message)` and `asdict` no longer take its fields' },
    // strict: keys map one to one (cls(**message)).
    { id: 'strict-field-added', decoder: 'strict', direction: 'any', kind: 'field-added', ...breaking, why: 'a strict reader maps keys one to one: a key only one side knows fails `cls(**message)`' },
    { id: 'strict-field-removed', decoder: 'strict', direction: 'any', kind: 'field-removed', ...breaking, why: 'a strict reader maps keys one to one: a key only one side knows fails `cls(**message)`' },
    { id: 'strict-field-renamed', decoder: 'strict', direction: 'any', kind: 'field-renamed', ...breaking, why: 'a rename is a removal plus an addition: each side sends a key the other does not know' },
    { id: 'strict-type-changed', decoder: 'strict', direction: 'any', kind: 'type-changed', ...breaking, why: 'a strict reader takes the value as sent: a different wire type reaches code that expects the old one' },
    { id: 'strict-consumer-became-optional', decoder: 'strict', direction: 'consumer', kind: 'became-optional', ...compatible, why: 'the new reader has a default; old messages carry the field anyway' },
    { id: 'strict-producer-became-optional', decoder: 'strict', direction: 'producer', kind: 'became-optional', ...sameWire, why: 'a dataclass still sends every field, defaulted or not' },
    { id: 'strict-consumer-became-required', decoder: 'strict', direction: 'consumer', kind: 'became-required', ...breaking, why: 'old messages may leave out a field that had a default; the new reader needs it' },
    { id: 'strict-producer-became-required', decoder: 'strict', direction: 'producer', kind: 'became-required', ...sameWire, why: 'the field is sent in every message, as before' },
    // pydantic, consumer side: can the new model validate old messages?
    ...pydantic.flatMap((decoder) => [
        { id: `${decoder}-consumer-field-added-required`, decoder, direction: 'consumer', kind: 'field-added', when: required, ...breaking, why: 'old messages lack the new field and it has no default: validation fails' },
        { id: `${decoder}-consumer-field-added-optional`, decoder, direction: 'consumer', kind: 'field-added', when: optional, ...compatible, why: 'old messages lack the new field; its default fills it in' },
        { id: `${decoder}-field-renamed`, decoder, direction: 'any', kind: 'field-renamed', ...breaking, why: 'a rename is a removal plus an addition: the other side knows only the old key' },
        { id: `${decoder}-consumer-type-widened`, decoder, direction: 'consumer', kind: 'type-changed', when: widened, ...compatible, why: 'the new type accepts every value of the old one' },
        { id: `${decoder}-consumer-type-changed`, decoder, direction: 'consumer', kind: 'type-changed', ...breaking, why: 'old messages may carry values the new type rejects' },
        { id: `${decoder}-consumer-became-optional`, decoder, direction: 'consumer', kind: 'became-optional', ...compatible, why: 'the new model has a default for it' },
        { id: `${decoder}-consumer-became-required`, decoder, direction: 'consumer', kind: 'became-required', ...breaking, why: 'old messages may leave out a field that had a default; the new model requires it' },
    ]),
    { id: 'pydantic-ignore-consumer-field-removed', decoder: 'pydantic-ignore', direction: 'consumer', kind: 'field-removed', ...compatible, why: "old messages still carry the key; extra='ignore' drops it" },
    { id: 'pydantic-forbid-consumer-field-removed', decoder: 'pydantic-forbid', direction: 'consumer', kind: 'field-removed', ...breaking, why: "old messages still carry the key; extra='forbid' rejects them" },
    // pydantic, producer side: can the old model validate new messages?
    { id: 'pydantic-ignore-producer-field-added', decoder: 'pydantic-ignore', direction: 'producer', kind: 'field-added', ...compatible, why: "old readers ignore the unknown key (extra='ignore')" },
    { id: 'pydantic-forbid-producer-field-added', decoder: 'pydantic-forbid', direction: 'producer', kind: 'field-added', ...breaking, why: "old readers reject the unknown key (extra='forbid')" },
    ...pydantic.flatMap((decoder) => [
        { id: `${decoder}-producer-field-removed-required`, decoder, direction: 'producer', kind: 'field-removed', when: required, ...breaking, why: 'old readers require the field and it is no longer sent' },
        { id: `${decoder}-producer-field-removed-optional`, decoder, direction: 'producer', kind: 'field-removed', when: optional, ...compatible, why: 'old readers fall back to their default' },
        { id: `${decoder}-producer-type-narrowed`, decoder, direction: 'producer', kind: 'type-changed', when: narrowed, ...compatible, why: 'old readers accept every value the new type can hold' },
        { id: `${decoder}-producer-type-changed`, decoder, direction: 'producer', kind: 'type-changed', ...breaking, why: 'new messages may carry values the old type rejects' },
        { id: `${decoder}-producer-became-optional`, decoder, direction: 'producer', kind: 'became-optional', ...sameWire, why: 'the field is still sent in every message' },
        { id: `${decoder}-producer-became-required`, decoder, direction: 'producer', kind: 'became-required', ...sameWire, why: 'the field is sent in every message, as before' },
    ]),
    // A decoder function (`decoder: {function: …}`, consumer only): the keys it reads, typed by what it accepts; other keys are ignored.
    { id: 'function-consumer-field-added-required', decoder: 'function', direction: 'consumer', kind: 'field-added', when: required, ...breaking, why: 'the new decoder reads the key as `d[key]`: old messages without it raise KeyError' },
    { id: 'function-consumer-field-added-optional', decoder: 'function', direction: 'consumer', kind: 'field-added', when: optional, ...compatible, why: 'the new decoder reads the key with `.get`: old messages without it get the default' },
    { id: 'function-consumer-field-removed', decoder: 'function', direction: 'consumer', kind: 'field-removed', ...compatible, why: 'the decoder no longer reads the key; keys a decoder function does not read are ignored' },
    { id: 'function-consumer-field-renamed', decoder: 'function', direction: 'consumer', kind: 'field-renamed', ...breaking, why: 'the decoder reads a new key: old messages carry only the old one' },
    { id: 'function-consumer-type-widened', decoder: 'function', direction: 'consumer', kind: 'type-changed', when: widened, ...compatible, why: 'the new conversion accepts every value the old one did' },
    { id: 'function-consumer-type-changed', decoder: 'function', direction: 'consumer', kind: 'type-changed', ...breaking, why: 'old messages may carry values the new conversion rejects' },
    { id: 'function-consumer-became-optional', decoder: 'function', direction: 'consumer', kind: 'became-optional', ...compatible, why: '`d[key]` became `.get`: the key is no longer required' },
    { id: 'function-consumer-became-required', decoder: 'function', direction: 'consumer', kind: 'became-required', ...breaking, why: '`.get` became `d[key]`: old messages without the key raise KeyError' },
    // Value sets, any decoder: readers validate enum and Literal values.
    { id: 'consumer-enum-value-added', decoder: 'any', direction: 'consumer', kind: 'enum-value-added', ...compatible, why: 'the new reader accepts every old value' },
    { id: 'producer-enum-value-added', decoder: 'any', direction: 'producer', kind: 'enum-value-added', ...breaking, why: 'old readers reject the new value (Enum(value) raises ValueError)' },
    { id: 'consumer-enum-value-removed', decoder: 'any', direction: 'consumer', kind: 'enum-value-removed', ...breaking, why: 'old messages may carry the removed value; the new reader rejects it' },
    { id: 'producer-enum-value-removed', decoder: 'any', direction: 'producer', kind: 'enum-value-removed', ...compatible, why: 'old readers still accept every value that can be sent' },
    { id: 'consumer-literal-value-added', decoder: 'any', direction: 'consumer', kind: 'literal-value-added', ...compatible, why: 'the new reader accepts every old value' },
    { id: 'producer-literal-value-added', decoder: 'any', direction: 'producer', kind: 'literal-value-added', ...breaking, why: 'old readers reject the new literal value' },
    { id: 'consumer-literal-value-removed', decoder: 'any', direction: 'consumer', kind: 'literal-value-removed', ...breaking, why: 'old messages may carry the removed value; the new reader rejects it' },
    { id: 'producer-literal-value-removed', decoder: 'any', direction: 'producer', kind: 'literal-value-removed', ...compatible, why: 'old readers still accept every value that can be sent' },
];
function findRule(change, decoder, direction) {
    const rule = RULES.find((r) => r.kind === change.kind &&
        (r.decoder === 'any' || r.decoder === decoder) &&
        (r.direction === 'any' || r.direction === direction) &&
        (!r.when || r.when.test(change)));
    // The table covers every cell (a unit test checks it); fail closed if it ever does not.
    return rule ?? { id: `unknown-${change.kind}`, decoder, direction, kind: change.kind, ...breaking, why: 'no rule covers this change: treated as breaking' };
}
/** `both` = judged as consumer and as producer; the breaking side wins. */
function judge(change, decoder, role) {
    const directions = role === 'both' ? ['consumer', 'producer'] : [role];
    const rules = directions.map((d) => findRule(change, decoder, d));
    const rule = rules.find((r) => r.breaking) ?? rules[0];
    return { rule, breaking: rule.breaking };
}
const BUMP_ORDER = ['none', 'patch', 'minor', 'major'];
function maxBump(bumps) {
    return bumps.reduce((max, b) => (BUMP_ORDER.indexOf(b) > BUMP_ORDER.indexOf(max) ? b : max), 'none');
}
function bumpRank(bump) {
    return BUMP_ORDER.indexOf(bump);
}


/***/ }),

/***/ 9412:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ userRegexProblem),
/* harmony export */   v: () => (/* binding */ firstUserMatch)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/**
 * Regular expressions written by a user (in .github/lockstep.yml, so by the pull request) run
 * on RE2's linear-time engine: `^(a|aa)+$` on a long line takes as long as the line, not
 * longer than the universe. RE2 has no backreferences or lookaround; a pattern that uses them
 * is refused at config load with the reason.
 */

/** Why `pattern` cannot be compiled (RE2 syntax), or undefined. */
function userRegexProblem(pattern) {
    try {
        re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern, re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.MULTILINE);
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
/** The first match of a user pattern in `text` (`^`/`$` match at line ends): its groups, [0] the whole match. */
function firstUserMatch(pattern, text) {
    const matcher = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern, re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.MULTILINE).matcher(text);
    if (!matcher.find())
        return undefined;
    return Array.from({ length: matcher.groupCount() + 1 }, (_unused, index) => matcher.group(index));
}


/***/ })

};
