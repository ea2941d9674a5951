export const id = 158;
export const ids = [158];
export const modules = {

/***/ 6158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YR: () => (/* binding */ DECODERS),
  gg: () => (/* binding */ ROLES),
  Yq: () => (/* binding */ choice),
  Fl: () => (/* binding */ cliDecoder),
  Zx: () => (/* binding */ flagRevisions),
  eY: () => (/* binding */ loadCommandConfig),
  nu: () => (/* binding */ loadOptionalConfig),
  F5: () => (/* binding */ refOption),
  kF: () => (/* binding */ repoOption),
  Pp: () => (/* binding */ stringOption)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/config/load.js
var load = __webpack_require__(3110);
// EXTERNAL MODULE: ./build/src/config/schema.js + 3 modules
var schema = __webpack_require__(3324);
// EXTERNAL MODULE: ./build/src/git/repository.js + 1 modules
var git_repository = __webpack_require__(8360);
// EXTERNAL MODULE: ./build/src/git/args.js
var args = __webpack_require__(1741);
;// CONCATENATED MODULE: ./build/src/revisions/model.js
/** What a check compares: base → head, and what the pull request or release says about it. */

/** A shallow checkout lacks the commits it did not fetch: fetch those given by full id (depth 1); names are resolved as they are. */
async function ensureCommits(repository, revisions) {
    for (const revision of revisions)
        if (args/* OBJECT_ID */.SN.test(revision))
            await repository.ensureCommit(revision);
}

// EXTERNAL MODULE: ./build/src/schema/semver.js
var semver = __webpack_require__(6561);
;// CONCATENATED MODULE: ./build/src/revisions/release.js
/**
 * A release's revisions: the previous release → the released commit. On a tag push, a
 * release event or `--release-tag`, the base is the newest release tag reachable from
 * the released commit whose version is lower than the new tag's (the new tag, and any
 * higher tag on the same commit, never count). The first release is compared with itself.
 */


/** `9.1.0` or `refs/tags/v9.1.0` → the tag name; exit 2 unless it is a semantic version. */
function releaseTagName(tag) {
    const name = tag.replace(/^refs\/tags\//, '');
    const version = (0,semver/* versionOfTag */.mx)(name);
    if (!version)
        throw new errors/* InputError */.dz(`tag ${tag} is not a semantic version`, { hint: 'Release tags look like 2.1.0 or v2.1.0; Lockstep compares schemas between release tags.' });
    return { name, version };
}
/** The revision a release is made from when none is given: the tag when it exists, else HEAD (the tag is about to be made). */
async function defaultReleaseHead(repository, releaseTag) {
    const ref = `refs/tags/${releaseTagName(releaseTag).name}`;
    return repository.resolveRevision(ref).then(() => ref, () => 'HEAD');
}
async function releaseRevisions(repository, releaseTag, head, base) {
    const { name, version } = releaseTagName(releaseTag);
    const headCommit = await repository.resolveRevision(head);
    if (base)
        return { base, head: headCommit, releaseTag: name };
    const merged = (await repository.git(['tag', `--merged=${headCommit}`])).split('\n').filter(Boolean);
    const previous = (0,semver/* previousRelease */.Fi)(merged, version);
    if (!previous && (await repository.isShallow()))
        throw new errors/* InputError */.dz(`no release before ${name} in this shallow clone`, {
            hint: 'Check out with actions/checkout fetch-depth: 0 (or run git fetch --tags --unshallow) so the previous release tag and its history are present.',
        });
    return { base: previous ? `refs/tags/${previous.name}` : headCommit, head: headCommit, releaseTag: name };
}

;// CONCATENATED MODULE: ./build/src/revisions/from-flags.js
/**
 * A CLI command's revisions, from its flags: `--base` and `--head` (default HEAD), or with
 * `--release-tag` the previous release → the tag (HEAD when the tag is not made yet) unless
 * `--base` is given. Commits given by full id are fetched when the clone lacks them.
 */



async function revisionsFromFlags(repository, flags, options) {
    const pull = { labels: flags.labels ?? [], pullRequestBody: flags.pullRequestBody };
    if (flags.releaseTag) {
        const head = flags.head ?? (await defaultReleaseHead(repository, flags.releaseTag));
        return { ...(await releaseRevisions(repository, flags.releaseTag, head, flags.base)), ...pull };
    }
    if (!flags.base) {
        if (options.releases)
            throw new errors/* InputError */.dz('--base is required', { hint: 'Pass the base revision, e.g. --base origin/main, or --release-tag TAG to compare a release with the one before it.' });
        throw new errors/* InputError */.dz('--base is required', { hint: 'Pass the base revision, e.g. --base origin/main.' });
    }
    const revisions = { base: flags.base, head: flags.head ?? 'HEAD', ...pull };
    await ensureCommits(repository, [revisions.base, revisions.head]);
    return revisions;
}

// EXTERNAL MODULE: ./build/src/config/messages-schema.js
var messages_schema = __webpack_require__(6620);
;// CONCATENATED MODULE: ./build/src/cli/command.js
/** What every `lockstep <command>` provides: its options, its help, and a run that returns a Report. */









/** Read a string option, or throw the InputError the CLI turns into exit 2. */
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
/** `--repo DIR` (default: the current folder), which must be an existing folder: said before anything reads it. */
function repoOption(values, context) {
    const dir = external_node_path_.resolve(context.cwd, stringOption(values, 'repo') ?? '.');
    const info = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (!info?.isDirectory()) {
        throw new errors/* InputError */.dz(info ? '--repo names a file, not a folder' : '--repo: the folder does not exist', {
            file: dir,
            hint: 'Pass --repo DIR naming a clone of the repository (or run inside one).',
        });
    }
    return dir;
}
/** `--rev REV` and the like: a ref name or a commit id (never read as an option), else exit 2. */
function refOption(values, name, fallback) {
    const value = stringOption(values, name) ?? fallback;
    const problem = (0,args/* refProblem */.Tb)(value);
    if (problem)
        throw new errors/* InputError */.dz(`--${name}: expected ${args/* REF_EXPECTED */.Z7}, got ${JSON.stringify(value)} (${problem})`, { hint: `For example --${name} HEAD, --${name} main, --${name} 1.2.0 or a full commit id.` });
    return value;
}
/** One of a fixed set of words, or exit 2 naming them. */
function choice(value, choices, option) {
    if (!choices.includes(value))
        throw new errors/* InputError */.dz(`${option}: expected ${choices.join(' | ')}, got '${value}'`);
    return value;
}
/**
 * `--config FILE` (anywhere) or the repository's own .github/lockstep.yml, which must stay
 * inside `repo` (a link out of it is refused unread): loaded once for the command.
 */
async function loadCommandConfig(values, context, repo) {
    const option = stringOption(values, 'config');
    if (option)
        return (0,load/* loadCheckConfig */.fX)(external_node_path_.resolve(context.cwd, option), option);
    return (0,load/* loadCheckConfig */.fX)(external_node_path_.join(repo, schema/* DEFAULT_CONFIG_PATH */.B), schema/* DEFAULT_CONFIG_PATH */.B, repo);
}
/** The configuration, or undefined when it is optional and absent; any other problem is exit 2. */
async function loadOptionalConfig(values, context, repo, required) {
    try {
        return await loadCommandConfig(values, context, repo);
    }
    catch (error) {
        if (!required && error instanceof errors/* InputError */.dz && error.message === 'configuration file not found')
            return undefined;
        throw error;
    }
}
/** The revisions the flags name (src/revisions/from-flags.ts), worked out in the repository at `repo`. */
async function flagRevisions(repo, flags, options) {
    const repository = await git_repository/* GitRepository */.xr.open(repo);
    try {
        return await revisionsFromFlags(repository, flags, options);
    }
    finally {
        repository.close();
    }
}
const ROLES = ['producer', 'consumer', 'both'];
const DECODERS = ['strict', 'pydantic'];
/** `--decoder`: a word, or `function:PATH.py#Class.method` (validated as the config's `decoder: {function}`). */
function cliDecoder(text, role) {
    if (!text.startsWith('function:'))
        return choice(text, DECODERS, '--decoder');
    const parsed = messages_schema/* Decoder */.XM.safeParse({ function: text.slice('function:'.length) });
    if (!parsed.success || typeof parsed.data === 'string')
        throw new errors/* InputError */.dz(`--decoder ${JSON.stringify(text)}: expected function:PATH.py#Class.method or function:PATH.py#function`, { hint: 'Example: --decoder function:python/shared/visit.py#FannedOutVisit.from_dict' });
    if (role !== 'consumer')
        throw new errors/* InputError */.dz('--decoder function:… goes with --role consumer', { hint: 'A decoder function is how this repository reads the message.' });
    return parsed.data;
}


/***/ }),

/***/ 3110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   fX: () => (/* binding */ loadCheckConfig),
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
 * The one place a run loads its configuration (the symbolic-link and regular-file guards
 * below apply to every check). `root`: as for loadConfig.
 */
async function loadCheckConfig(file, displayName = file, root) {
    return { config: await loadConfig(file, displayName, root), file: displayName, path: file };
}
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
    const [first = { text: 'the configuration does not match its schema' }] = lines;
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
        const [only] = shaped;
        return shaped.length === 1 && only ? flattenUnions(only, path) : [{ ...issue, path }];
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
        const key = issue.keys[0] ?? '';
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
    assertReadable(text, file);
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
    return withLines({ file, value: documentValue(document, file), document }, lineAt);
}
/** Refuse, before parsing, a file too large or nested too deep to be configuration. */
function assertReadable(text, file) {
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
}
/** The document as plain values, aliases expanded at most MAX_YAML_ALIASES times. */
function documentValue(document, file) {
    try {
        return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`YAML refused: ${message}`, {
            file,
            hint: `Aliases may expand at most ${MAX_YAML_ALIASES} times (a guard against alias bombs); write the values out.`,
        });
    }
}
/** A parsed file with the line lookups of ParsedYaml. */
function withLines(parsed, lineAt) {
    const { document } = parsed;
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
        ...parsed,
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

/***/ 8703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ gitEnvironment)
/* harmony export */ });
/* unused harmony export SAFE_SETTINGS */
/**
 * The environment every git process gets: no prompt, C locale, none of the tokens the job
 * holds (git needs none of them; a fetch gets its header through `config`), and settings
 * passed as GIT_CONFIG_COUNT/KEY/VALUE so a token never appears in an argument list.
 *
 * Every process gets `safe.bareRepository=explicit`: a folder with HEAD, objects/ and refs/
 * committed in a pull request is a bare repository git would otherwise find from a working
 * folder inside it, and honour its config (hooks, fsmonitor, diff drivers). A bare repository
 * Lockstep opens on purpose is named through GIT_DIR (see GitRepository).
 */
/** Variables that hold credentials in a workflow job; git is given none of them. */
/** Settings every git process gets, before any the caller passes. */
const SAFE_SETTINGS = ['safe.bareRepository=explicit'];
const SECRET_VARIABLES = /^(GITHUB_TOKEN|GH_TOKEN|INPUT_TOKEN|INPUT_GITHUB[-_]TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/i;
function gitEnvironment(config = [], extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined && !SECRET_VARIABLES.test(name))
            env[name] = value;
    Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, extra);
    // Settings already passed this way by the caller's environment are kept; ours come after them.
    const first = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
    const settings = [...SAFE_SETTINGS, ...config];
    settings.forEach((setting, index) => {
        const equals = setting.indexOf('=');
        env[`GIT_CONFIG_KEY_${first + index}`] = setting.slice(0, equals);
        env[`GIT_CONFIG_VALUE_${first + index}`] = setting.slice(equals + 1);
    });
    env.GIT_CONFIG_COUNT = String(first + settings.length);
    return env;
}


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseHunks),
/* harmony export */   s: () => (/* binding */ headLineOf)
/* harmony export */ });
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseHunks(diff) {
    const hunks = [];
    for (const line of diff.split('\n')) {
        const match = HUNK_HEADER.exec(line);
        if (!match)
            continue;
        hunks.push({ baseStart: Number(match[1]), baseCount: Number(match[2] ?? 1), headStart: Number(match[3]), headCount: Number(match[4] ?? 1) });
    }
    return hunks;
}
function headLineOf(hunks, baseLine) {
    let shift = 0;
    for (const hunk of hunks) {
        // With -U0 a pure insertion (baseCount 0) sits after baseStart; a removal or change covers baseStart…+count-1.
        const end = hunk.baseCount === 0 ? hunk.baseStart : hunk.baseStart + hunk.baseCount - 1;
        if (hunk.baseCount > 0 && baseLine >= hunk.baseStart && baseLine <= end) {
            // Replaced lines: the first replacement line; removed lines: the head line just above the removal (or line 1).
            return { line: hunk.headCount > 0 ? hunk.headStart : Math.max(1, hunk.headStart), removed: true };
        }
        if (end >= baseLine)
            break;
        shift += hunk.headCount - hunk.baseCount;
    }
    return { line: baseLine + shift, removed: false };
}


/***/ }),

/***/ 8360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xr: () => (/* binding */ GitRepository)
});

// UNUSED EXPORTS: MAX_FILES_READ, MAX_FILE_BYTES, MAX_SYMLINK_HOPS, fetchAdvice

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/text/globs.js
var text_globs = __webpack_require__(9954);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./build/src/git/environment.js
var environment = __webpack_require__(8703);
// EXTERNAL MODULE: ./build/src/git/run-git.js
var run_git = __webpack_require__(7870);
;// CONCATENATED MODULE: ./build/src/git/cat-file-batch.js
/**
 * One long-lived `git cat-file --batch` process per repository: requests are written to
 * its stdin and answers parsed from its stdout in order, so reading a thousand files
 * costs one process, not a thousand.
 */



class CatFileBatch {
    cwd;
    maxContentBytes;
    env;
    child;
    buffer = Buffer.alloc(0);
    queue = [];
    failure;
    /** An object whose header announces more than `maxContentBytes`: the bytes still to skip. */
    skipping;
    /** Number of git processes started; the benchmarks and tests read it. */
    processesStarted = 0;
    /** Objects larger than `maxContentBytes` (by git's header) come back `oversized`, their content unread. */
    constructor(cwd, maxContentBytes = Number.POSITIVE_INFINITY, 
    /** Extra environment (GIT_DIR for a bare repository). */
    env = {}) {
        this.cwd = cwd;
        this.maxContentBytes = maxContentBytes;
        this.env = env;
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
            env: (0,environment/* gitEnvironment */._)([], this.env),
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
        child.on('error', (error) => fail((0,run_git/* spawnError */.mT)(error, this.cwd)));
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
            if (this.skipping && !this.skip())
                return;
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
            const [oid = '', type = '', sizeText] = header.split(' ');
            const size = Number(sizeText);
            if (size > this.maxContentBytes) {
                // Decided from the header alone: the content and git's trailing newline are dropped as they arrive.
                this.buffer = this.buffer.subarray(newline + 1);
                this.skipping = { object: { oid, type, size, content: Buffer.alloc(0), oversized: true }, remaining: size + 1 };
                continue;
            }
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
    /** Drop the bytes of an oversized object; true once all are dropped (and the object answered). */
    skip() {
        const skipping = this.skipping;
        const dropped = Math.min(skipping.remaining, this.buffer.length);
        skipping.remaining -= dropped;
        this.buffer = this.buffer.subarray(dropped);
        if (skipping.remaining > 0)
            return false;
        this.skipping = undefined;
        this.queue.shift().resolve(skipping.object);
        return true;
    }
}

// EXTERNAL MODULE: ./build/src/git/args.js
var args = __webpack_require__(1741);
// EXTERNAL MODULE: ./build/src/git/line-map.js
var line_map = __webpack_require__(9281);
;// CONCATENATED MODULE: ./build/src/git/repository.js
/**
 * A git repository read at revisions, never through its work tree: the files a check
 * needs are read from git's object store, all through one `git cat-file --batch`.
 */








/** Files larger than this are refused: no schema, template or module is that big. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/**
 * Files one check reads from a repository, at most: a change of every file of a 50,000-file
 * repository reads 100,000 (both sides) and a few more. Past it the check stops with exit 2.
 */
const MAX_FILES_READ = 250_000;
/** Symbolic links followed from one path to the file it names; a longer chain (or a loop) is exit 2. */
const MAX_SYMLINK_HOPS = 8;
class GitRepository {
    dir;
    maxFilesRead;
    batch;
    trees = new Map();
    resolved = new Map();
    /** Files read so far (see MAX_FILES_READ). */
    filesRead = 0;
    /** GIT_DIR for a bare repository: git finds none by itself (safe.bareRepository=explicit, see environment.ts). */
    env;
    constructor(dir, maxFilesRead = MAX_FILES_READ, bare = false) {
        this.dir = dir;
        this.maxFilesRead = maxFilesRead;
        this.env = bare ? { GIT_DIR: dir } : {};
        this.batch = new CatFileBatch(dir, MAX_FILE_BYTES, this.env);
    }
    /**
     * Open the repository at `dir` (its top level is found by git); `maxFilesRead` lowers
     * MAX_FILES_READ (tests). A bare repository is opened only when `dir` is one itself and
     * `allowBare` (the default) says its folder is not content of a checkout.
     */
    static async open(dir, maxFilesRead = MAX_FILES_READ, allowBare = true) {
        const folder = await (0,promises_.stat)(dir).catch(() => undefined);
        if (!folder?.isDirectory()) {
            throw new errors/* InputError */.dz(folder ? 'this is a file, not a folder' : 'the folder does not exist', {
                file: dir,
                hint: 'Pass --repo DIR naming a clone of the repository (or run inside one).',
            });
        }
        try {
            const top = (await (0,run_git/* gitText */.q_)(['rev-parse', '--show-toplevel'], { cwd: dir })).trim();
            return new GitRepository(top, maxFilesRead);
        }
        catch (error) {
            // A bare repository (a mirror, a fetched peer) has no top level but is still a repository.
            try {
                const gitDir = external_node_path_.resolve(dir);
                const bare = allowBare && (await (0,run_git/* gitText */.q_)(['rev-parse', '--is-bare-repository'], { cwd: gitDir, env: { GIT_DIR: gitDir } })).trim();
                if (bare === 'true')
                    return new GitRepository(gitDir, maxFilesRead, true);
            }
            catch {
                // fall through to the error below
            }
            throw new errors/* InputError */.dz('not a git repository', {
                file: dir,
                hint: `Run Lockstep inside a clone (actions/checkout), or pass --repo DIR. (${(0,errors/* firstLineOf */.Qy)(error)})`,
            });
        }
    }
    /** git processes started for reading objects (not counting one-shot commands). */
    get batchProcesses() {
        return this.batch.processesStarted;
    }
    git(args, config) {
        return (0,run_git/* gitText */.q_)(args, { cwd: this.dir, config, env: this.env });
    }
    /** A command whose output can be large, line by line as it comes (see streamGitLines). */
    gitLines(args, onLine, okExitCodes) {
        return (0,run_git/* streamGitLines */.WZ)(args, { cwd: this.dir, env: this.env }, onLine, okExitCodes);
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
                    hint: `${shallow ? 'Fetch it first' : 'Check the name, or fetch it'}: ${fetchAdvice(revision, shallow)}${shallow ? ' (or use actions/checkout with fetch-depth: 0)' : ''}.`,
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
            await this.git(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
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
            await this.git(['fetch', '--no-tags', '--depth=1', '--end-of-options', remote, (0,args/* checkedRef */.zA)(sha, 'commit')]);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`commit ${sha} is not in this clone and could not be fetched from '${remote}'`, {
                file: this.dir,
                hint: `Use actions/checkout with fetch-depth: 0, or run: git fetch --depth=1 ${remote} ${sha}. (${(0,errors/* firstLineOf */.Qy)(error)})`,
            });
        }
        this.resolved.clear();
    }
    /** Every file at a revision (cached per commit): path, mode and blob id. */
    async tree(revision) {
        const commit = await this.resolveRevision(revision);
        let tree = this.trees.get(commit);
        if (!tree) {
            tree = (0,run_git/* runGit */.EO)(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit], { cwd: this.dir, env: this.env }).then((out) => {
                const entries = new Map();
                for (const record of out.toString('utf8').split('\0')) {
                    if (!record)
                        continue;
                    const tab = record.indexOf('\t');
                    const [mode = '', , blob = ''] = record.slice(0, tab).split(' ');
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
        const matches = (0,text_globs/* globMatcher */.fU)(globs);
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
        this.countReads(present.length);
        const objects = await this.batch.read(present.map((item) => item.entry.blob));
        const result = new Map();
        for (const { file } of entries)
            result.set(file, undefined);
        present.forEach((item, index) => {
            const object = objects[index];
            if (!object)
                return;
            result.set(item.file, { path: item.file, blob: object.oid, text: decodeText(object, item.file, revision) });
        });
        return result;
    }
    async readFile(revision, file) {
        return (await this.readFiles(revision, [file])).get(file);
    }
    /** Read blobs by id (for callers that already hold a tree). */
    async readBlobs(blobs) {
        this.countReads(blobs.length);
        const objects = await this.batch.read(blobs.map((item) => item.blob));
        return blobs.map((item, index) => {
            const object = objects[index];
            if (!object)
                throw new errors/* InputError */.dz(`blob ${item.blob} is missing from this clone`, { file: item.path, hint: 'The clone is incomplete (a partial or shallow clone): fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow) and run again.' });
            return decodeText(object, item.path, item.blob);
        });
    }
    /** Files changed between two revisions, with renames detected (git's -M). */
    async changedFiles(base, head) {
        const [from, to] = await Promise.all([this.resolveRevision(base), this.resolveRevision(head)]);
        const out = (await (0,run_git/* runGit */.EO)(['diff', '--name-status', '-z', '-M', '--end-of-options', from, to], { cwd: this.dir, env: this.env })).toString('utf8');
        const fields = out.split('\0');
        const changes = [];
        for (let i = 0; i < fields.length - 1;) {
            const code = fields[i++] ?? '';
            const letter = code[0];
            if (letter === 'R' || letter === 'C') {
                const oldPath = fields[i++] ?? '';
                const newPath = fields[i++] ?? '';
                changes.push({ status: letter === 'R' ? 'renamed' : 'copied', path: newPath, oldPath, similarity: Number(code.slice(1)) });
            }
            else {
                const file = fields[i++] ?? '';
                const status = letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : letter === 'T' ? 'type-changed' : 'modified';
                changes.push({ status, path: file });
            }
        }
        return changes;
    }
    /** The `-U0` hunks of one file between two revisions; null when the file is absent at head. */
    async diffHunks(base, head, file) {
        const [from, to] = await Promise.all([this.resolveRevision(base), this.resolveRevision(head)]);
        if (!(await this.tree(to)).has(file))
            return null;
        const out = await (0,run_git/* runGit */.EO)(['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', from, to, '--', file], { cwd: this.dir, env: this.env });
        return (0,line_map/* parseHunks */.F)(out.toString('utf8'));
    }
    /** Tags with the commits they point at (annotated tags peeled). */
    async tags() {
        const out = await this.git(['for-each-ref', '--format=%(refname:short)%00%(objectname)%00%(*objectname)', 'refs/tags']);
        return out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [name = '', object = '', peeled] = line.split('\0');
            return { name, commit: peeled || object };
        });
    }
    /** Whether `ancestor` is reachable from `descendant`. */
    async isAncestor(ancestor, descendant) {
        try {
            await this.git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
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
    /** Every file read counts against MAX_FILES_READ: a repository past it stops the check (exit 2). */
    countReads(files) {
        this.filesRead += files;
        if (this.filesRead <= this.maxFilesRead)
            return;
        throw new errors/* InputError */.dz(`more than ${this.maxFilesRead.toLocaleString('en-US')} files to read in this repository; Lockstep reads at most that many in one check`, {
            file: this.dir,
            hint: 'Narrow the globs under env.code (or the chart paths) to the code and charts the check is about, or check a smaller range of commits.',
        });
    }
    async followSymlinks(tree, file, revision) {
        let entry = tree.get(file);
        for (let hops = 0; entry && entry.mode === '120000'; hops++) {
            if (hops >= MAX_SYMLINK_HOPS) {
                throw new errors/* InputError */.dz(`more than ${MAX_SYMLINK_HOPS} symbolic links in a row (or a loop of links) at ${revision}; Lockstep follows at most ${MAX_SYMLINK_HOPS}`, {
                    file,
                    hint: 'Point the link at the real file (or configure the real file instead of the link).',
                });
            }
            const [object] = await this.batch.read([entry.blob]);
            const target = object?.content.toString('utf8') ?? '';
            const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(entry.path), target));
            if (external_node_path_.posix.isAbsolute(target) || resolved.startsWith('../') || resolved === '..') {
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
/**
 * A command that really brings `revision` into this clone, by its shape: a full commit id is
 * fetched by id; `X~N`/`X^` needs N more commits of history (`--deepen`); a short id cannot be
 * fetched (a fetch needs the full id); a branch or tag name is fetched into origin/NAME, which
 * is then the name to pass.
 */
function fetchAdvice(revision, shallow) {
    const depth = shallow ? ' --depth=1' : '';
    if (args/* OBJECT_ID */.SN.test(revision))
        return `git fetch${depth} origin ${revision}`;
    const ancestry = /^([^~^]+)((?:[~^]\d*)+)$/.exec(revision);
    if (ancestry) {
        const steps = [...(ancestry[2] ?? '').matchAll(/([~^])(\d*)/g)].reduce((sum, [, kind, count]) => sum + (kind === '~' ? Number(count || 1) : 1), 0);
        return shallow ? `git fetch --deepen=${steps} origin` : `git fetch origin, then check that ${ancestry[1]} has ${steps} commits of history`;
    }
    if (/^[0-9a-f]{7,39}$/i.test(revision))
        return `a fetch needs the full commit id: git fetch${depth} origin <the 40-character id of ${revision}>`;
    const name = revision.replace(/^(?:refs\/remotes\/)?origin\//, '').replace(/^refs\/heads\//, '');
    return `git fetch${depth} origin +${name}:refs/remotes/origin/${name}, then pass origin/${name}`;
}
function decodeText(object, file, revision) {
    const { content } = object;
    if (object.oversized || object.size > MAX_FILE_BYTES) {
        throw new errors/* InputError */.dz(`file is ${(object.size / 1024 / 1024).toFixed(1)} MB at ${shortRevision(revision)}; files over ${MAX_FILE_BYTES / 1024 / 1024} MB are refused`, {
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


/***/ }),

/***/ 7870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   Ll: () => (/* binding */ meaningfulLine),
/* harmony export */   WZ: () => (/* binding */ streamGitLines),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   mT: () => (/* binding */ spawnError),
/* harmony export */   q_: () => (/* binding */ gitText)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1260);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1741);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8703);
/** Run one git command to completion (@actions/exec, as every one-shot process): its stdout, whole or line by line. */






/** What each git command is run for, said in an error when the caller gives no purpose. */
const PURPOSES = {
    fetch: 'fetching from a remote',
    'ls-remote': "listing a remote's tags",
    'ls-tree': 'listing the files of a commit',
    diff: 'listing the files changed between two commits',
    grep: 'searching the files of a commit',
    tag: 'listing the release tags',
    'for-each-ref': 'listing the tags',
    'rev-parse': 'locating the repository',
    init: 'creating a temporary repository',
    'merge-base': 'comparing two commits',
    'cat-file': 'reading an object',
};
/**
 * The line of git's stderr that says what went wrong: the first one that is not a hint, a
 * warning or the closing advice ("Please make sure you have the correct access rights /
 * and the repository exists." says nothing on its own).
 */
function meaningfulLine(stderr) {
    const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    return lines.find((line) => !/^(hint|warning):/i.test(line)) ?? lines[0] ?? '';
}
class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr, purpose = PURPOSES[args[0] ?? ''] ?? `running git ${args[0]}`) {
        super(`${purpose} failed: ${meaningfulLine(stderr) || `git exited with ${exitCode}`} (git ${args.join(' ')}, exit ${exitCode})`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
async function runGit(args, options) {
    const out = [];
    const err = [];
    const code = await execGit(args, options, { stdout: (chunk) => out.push(chunk), stderr: (chunk) => err.push(chunk) });
    if (code !== 0)
        throw new GitCommandError(args, code, Buffer.concat(err).toString('utf8'), options.purpose);
    return Buffer.concat(out);
}
/** git's exit code; never a shell, arguments checked first, its output only to the listeners. */
async function execGit(args, options, listeners) {
    (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSafeGitArgs */ .XM)(args);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.cwd))
        throw missingFolder(options.cwd);
    try {
        return await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)('git', [...args], { cwd: options.cwd, env: (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .gitEnvironment */ ._)(options.config, options.env), silent: true, ignoreReturnCode: true, listeners });
    }
    catch (error) {
        // @actions/exec looks git up on PATH before it starts it.
        if (/Unable to locate executable file/.test(error.message))
            throw missingGit();
        throw error;
    }
}
function missingFolder(cwd) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('the folder does not exist', { file: cwd, hint: 'Check the path (--repo DIR names a clone of the repository).' });
}
function missingGit() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('git is not installed (no `git` on PATH)', { hint: 'Install git, or run where it is on PATH (GitHub runners have it).' });
}
/** `spawn git ENOENT` means a missing folder as often as a missing git: say which. */
function spawnError(error, cwd) {
    if (error.code !== 'ENOENT')
        return error;
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd) ? missingGit() : missingFolder(cwd);
}
async function gitText(args, options) {
    return (await runGit(args, options)).toString('utf8');
}
/**
 * Run one git command and hand each line of its stdout to `onLine` as it arrives, so an output
 * of any size is never held in memory. Resolves with the exit code when it is one of
 * `okExitCodes` (git grep exits 1 for "nothing found").
 */
async function streamGitLines(args, options, onLine, okExitCodes = [0]) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
    const err = [];
    let pending = '';
    const take = (text) => {
        const lines = (pending + text).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines)
            onLine(line);
    };
    const code = await execGit(args, options, { stdout: (chunk) => take(decoder.write(chunk)), stderr: (chunk) => err.push(chunk) });
    take(decoder.end());
    if (pending)
        onLine(pending);
    if (okExitCodes.includes(code))
        return code;
    throw new GitCommandError(args, code, Buffer.concat(err).toString('utf8'));
}


/***/ }),

/***/ 6561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   HQ: () => (/* binding */ bumpBetween),
/* harmony export */   Pg: () => (/* binding */ applyBump),
/* harmony export */   Rg: () => (/* binding */ newestVersion),
/* harmony export */   aH: () => (/* binding */ cleanVersion),
/* harmony export */   fB: () => (/* binding */ fileVersion),
/* harmony export */   fl: () => (/* binding */ labelBump),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   ru: () => (/* binding */ changelogVersion)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6218);
/* harmony import */ var _text_user_regex_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1952);
/* harmony import */ var _git_tag_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8787);
/**
 * Versions: the current release (newest semver tag reachable from base), the
 * proposed one (a new tag, a CHANGELOG heading, a version file, a semver:* label,
 * or --proposed-version), and whether the bump between them covers what the
 * schema changes require.
 */




/** `9.3.0`, `v1.0.0`, `v2.1` → the version; anything else → undefined (git/tag-version.ts says which spellings count). */
function versionOfTag(name) {
    return (0,_git_tag_version_js__WEBPACK_IMPORTED_MODULE_2__/* .tagVersion */ .R)(name)?.version;
}
/** The newest release version among tag names (pre-releases count only when nothing else does). */
function newestVersion(tagNames) {
    const versions = tagNames.map(versionOfTag).filter((v) => v !== undefined);
    const releases = versions.filter((v) => !semver__WEBPACK_IMPORTED_MODULE_0__.prerelease(v));
    const pool = releases.length ? releases : versions;
    return pool.sort(semver__WEBPACK_IMPORTED_MODULE_0__.rcompare)[0];
}
/**
 * The release before `version` among tag names: the newest release (no pre-release)
 * lower than it. Several tags on one commit are fine: 9.1.0's previous release is
 * 9.0.0 even where 9.0.0, 9.1.0 and 9.2.0 share a commit.
 */
function previousRelease(tagNames, version) {
    return tagNames
        .map((name) => ({ name, version: versionOfTag(name) }))
        .filter((t) => t.version !== undefined && !semver__WEBPACK_IMPORTED_MODULE_0__.prerelease(t.version) && semver__WEBPACK_IMPORTED_MODULE_0__.lt(t.version, version))
        .sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0__.rcompare(a.version, b.version))[0];
}
/** The newest version heading of a changelog (`## [1.2.0] - date`, `# v1.2.0`, `## 1.2.0`). */
function changelogVersion(text) {
    for (const line of text.split('\n')) {
        const match = /^#{1,4}\s*\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?/.exec(line.trim());
        if (match && semver__WEBPACK_IMPORTED_MODULE_0__.valid(match[1]))
            return match[1];
    }
    return undefined;
}
/** The version a version file declares, through the configured regular expression (first group). */
function fileVersion(text, pattern) {
    const match = (0,_text_user_regex_js__WEBPACK_IMPORTED_MODULE_3__/* .firstUserMatch */ .v)(pattern, text);
    const found = match?.[1] ?? match?.[0];
    return found ? cleanVersion(found) : undefined;
}
/** `semver:major|minor|patch` among the labels. */
function labelBump(labels) {
    const bumps = labels.map((l) => /^semver:\s*(major|minor|patch)$/i.exec(l.trim())?.[1]?.toLowerCase());
    const found = bumps.filter((b) => b !== undefined);
    return found.sort((a, b) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .bumpRank */ .Dm)(b) - (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .bumpRank */ .Dm)(a))[0];
}
function applyBump(current, bump) {
    return bump === 'none' ? current : (semver__WEBPACK_IMPORTED_MODULE_0__.inc(current, bump) ?? current);
}
/** The bump from current to proposed; 'downgrade' when proposed is lower. */
function bumpBetween(current, proposed) {
    if (semver__WEBPACK_IMPORTED_MODULE_0__.lt(proposed, current))
        return 'downgrade';
    if (semver__WEBPACK_IMPORTED_MODULE_0__.major(proposed) > semver__WEBPACK_IMPORTED_MODULE_0__.major(current))
        return 'major';
    if (semver__WEBPACK_IMPORTED_MODULE_0__.minor(proposed) > semver__WEBPACK_IMPORTED_MODULE_0__.minor(current))
        return 'minor';
    if (semver__WEBPACK_IMPORTED_MODULE_0__.patch(proposed) > semver__WEBPACK_IMPORTED_MODULE_0__.patch(current))
        return 'patch';
    return 'none';
}
/**
 * A version as written in a file or by hand, read as a release tag is (git/tag-version.ts, the one
 * parser): `2.1.0`, `v2.1.0`, `2.1` and `v2.1` all mean 2.1.0; a bare number (`3`) or a word is none.
 */
function cleanVersion(text) {
    return versionOfTag(text);
}


/***/ })

};
