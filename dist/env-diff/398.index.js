export const id = 398;
export const ids = [398];
export const modules = {

/***/ 1398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  produceEnvDiff: () => (/* binding */ produceEnvDiff)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/src/config/yaml.js
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
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, {
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
        throw new errors/* InputError */.dz(`invalid YAML: ${error.message.split('\n')[0]}`, {
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
        throw new errors/* InputError */.dz(`file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MB; refusing to read it as YAML`, {
            file,
            hint: 'Point the configuration at the intended file; YAML files this large are not configuration.',
        });
    }
    const tooDeep = lineOfExcessiveFlowDepth(text);
    if (tooDeep !== undefined) {
        throw new errors/* InputError */.dz(`YAML nested more than ${MAX_YAML_FLOW_DEPTH} levels deep ([ and { collections); refusing to read it`, {
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
        throw new errors/* InputError */.dz(`YAML refused: ${message}`, {
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
            if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
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
            if (!(0,dist/* isMap */.jh)(node))
                return undefined;
            const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === key);
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
    for (const token of new dist/* Lexer */.JG().lex(text)) {
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

// EXTERNAL MODULE: ./build/src/config/schema.js + 7 modules
var config_schema = __webpack_require__(9622);
// EXTERNAL MODULE: ./build/src/config/did-you-mean.js
var did_you_mean = __webpack_require__(9529);
;// CONCATENATED MODULE: ./build/src/config/load.js
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
async function assertRegularFile(file, displayName) {
    const info = await (0,promises_.stat)(file);
    if (!info.isFile()) {
        const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isDirectory() ? 'a folder' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
        throw new errors/* InputError */.dz(`the configuration is ${kind}, not a regular file; it was not read`, {
            file: displayName,
            hint: 'Commit .github/lockstep.yml as an ordinary file (or pass --config / the `config` input naming one).',
        });
    }
    if (info.size > MAX_CONFIG_BYTES) {
        throw new errors/* InputError */.dz(`the configuration is ${(info.size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_CONFIG_BYTES / 1024 / 1024} MB are refused unread`, {
            file: displayName,
            hint: 'A Lockstep configuration is a few kilobytes: check that the path names the configuration.',
        });
    }
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
    const yaml = parseYaml(text, file);
    // An empty file is an empty config: every section is optional.
    const result = config_schema/* LockstepConfigSchema */.$.safeParse(yaml.value ?? {});
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
        const suggestion = (0,did_you_mean/* closestMatch */.h)(entry.message, names);
        throw new errors/* InputError */.dz(`ignore[${index}].message: no message is named ${JSON.stringify(entry.message)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the names are ${names.join(', ')}`, {
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
    return new errors/* InputError */.dz(`${first.text}${more}`, {
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
        const suggestion = (0,did_you_mean/* closestMatch */.h)(key, known);
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
    let schema = config_schema/* LockstepConfigSchema */.$;
    for (const step of path) {
        schema = schema && stepInto(unwrap(schema), step);
    }
    const inner = schema && unwrap(schema);
    const objects = inner instanceof schemas/* ZodUnion */.fZ7 ? inner.options.map(unwrap) : [inner];
    return [...new Set(objects.flatMap((option) => (option instanceof schemas/* ZodObject */.bvH ? Object.keys(option.shape) : [])))];
}
function unwrap(schema) {
    let current = schema;
    while (current instanceof schemas/* ZodOptional */.IiU || current instanceof schemas/* ZodDefault */.XiL || current instanceof schemas/* ZodNullable */.l1C) {
        current = current.unwrap();
    }
    return current;
}
function stepInto(schema, step) {
    if (schema instanceof schemas/* ZodUnion */.fZ7) {
        // `env:` as a list steps by index, as one pair by key: the alternative that can take the step.
        for (const option of schema.options) {
            const inner = unwrap(option);
            const next = (typeof step === 'number') === inner instanceof schemas/* ZodArray */.naA ? stepInto(inner, step) : undefined;
            if (next)
                return next;
        }
        return undefined;
    }
    if (schema instanceof schemas/* ZodObject */.bvH)
        return schema.shape[String(step)];
    if (schema instanceof schemas/* ZodArray */.naA)
        return schema.element;
    if (schema instanceof schemas/* ZodRecord */.b8S)
        return schema.valueType;
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/config/env-pairs.js
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
        throw new errors/* InputError */.dz(`no env pair named ${JSON.stringify(name)}: env: is a single pair, without names`, {
            file: configFile,
            hint: 'Leave out the pair (--pair, the pair input): a single-object env: is checked whole. Pairs have names when env: is a list.',
        });
    }
    throw new errors/* InputError */.dz(`no env pair named ${JSON.stringify(name)}; the configuration names ${names.join(', ')}`, {
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
        throw new errors/* InputError */.dz(`env.counterpart.pair: ${label} has no env pair named ${JSON.stringify(name)}; its pairs: ${names}`, {
            hint: `Set env.counterpart.pair to one of ${names}.`,
        });
    }
    const withSide = env.filter((pair) => pair[side] !== undefined);
    if (withSide.length <= 1)
        return withSide[0];
    throw new errors/* InputError */.dz(`${label} holds several env pairs with a ${side} section (${withSide.map((pair) => pair.name).join(', ')}); which one is this pair's counterpart?`, {
        hint: 'Set env.counterpart.pair to the name of the pair in that configuration.',
    });
}

// EXTERNAL MODULE: ./build/src/text/globs.js
var text_globs = __webpack_require__(9954);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/src/git/environment.js
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

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(2876);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./build/src/git/args.js
var git_args = __webpack_require__(1741);
;// CONCATENATED MODULE: ./build/src/git/run-git.js
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
    (0,git_args/* assertSafeGitArgs */.XM)(args);
    if (!(0,external_node_fs_.existsSync)(options.cwd))
        throw missingFolder(options.cwd);
    try {
        return await (0,exec/* exec */.m)('git', [...args], { cwd: options.cwd, env: gitEnvironment(options.config, options.env), silent: true, ignoreReturnCode: true, listeners });
    }
    catch (error) {
        // @actions/exec looks git up on PATH before it starts it.
        if (/Unable to locate executable file/.test(error.message))
            throw missingGit();
        throw error;
    }
}
function missingFolder(cwd) {
    return new errors/* InputError */.dz('the folder does not exist', { file: cwd, hint: 'Check the path (--repo DIR names a clone of the repository).' });
}
function missingGit() {
    return new errors/* InputError */.dz('git is not installed (no `git` on PATH)', { hint: 'Install git, or run where it is on PATH (GitHub runners have it).' });
}
/** `spawn git ENOENT` means a missing folder as often as a missing git: say which. */
function spawnError(error, cwd) {
    if (error.code !== 'ENOENT')
        return error;
    return (0,external_node_fs_.existsSync)(cwd) ? missingGit() : missingFolder(cwd);
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
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
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
            env: gitEnvironment([], this.env),
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
        child.on('error', (error) => fail(spawnError(error, this.cwd)));
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

;// CONCATENATED MODULE: ./build/src/git/line-map.js
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
            const top = (await gitText(['rev-parse', '--show-toplevel'], { cwd: dir })).trim();
            return new GitRepository(top, maxFilesRead);
        }
        catch (error) {
            // A bare repository (a mirror, a fetched peer) has no top level but is still a repository.
            try {
                const gitDir = external_node_path_.resolve(dir);
                const bare = allowBare && (await gitText(['rev-parse', '--is-bare-repository'], { cwd: gitDir, env: { GIT_DIR: gitDir } })).trim();
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
        return gitText(args, { cwd: this.dir, config, env: this.env });
    }
    /** A command whose output can be large, line by line as it comes (see streamGitLines). */
    gitLines(args, onLine, okExitCodes) {
        return streamGitLines(args, { cwd: this.dir, env: this.env }, onLine, okExitCodes);
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
            await this.git(['fetch', '--no-tags', '--depth=1', '--end-of-options', remote, (0,git_args/* checkedRef */.zA)(sha, 'commit')]);
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
            tree = runGit(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit], { cwd: this.dir, env: this.env }).then((out) => {
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
        const out = (await runGit(['diff', '--name-status', '-z', '-M', '--end-of-options', from, to], { cwd: this.dir, env: this.env })).toString('utf8');
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
        const out = await runGit(['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', from, to, '--', file], { cwd: this.dir, env: this.env });
        return parseHunks(out.toString('utf8'));
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
            if (error instanceof GitCommandError && error.exitCode === 1)
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
    if (git_args/* OBJECT_ID */.SN.test(revision))
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

;// CONCATENATED MODULE: ./build/src/text/line-index.js
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

;// CONCATENATED MODULE: ./build/src/helm/template-actions.js
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
        this.lines = new LineIndex(text);
        this.actions = lexActions(this);
    }
    lineAt(offset) {
        return this.lines.lineAt(offset);
    }
    error(message, offset, hint) {
        return new errors/* InputError */.dz(message, { file: this.file, line: this.lineAt(offset), hint });
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

;// CONCATENATED MODULE: ./build/src/helm/template-structure.js
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
        const keyword = keywordOf(action);
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
        const complete = { ...placed, comparable: comparableValue(entry.value, placed.clauses), condition: renderClauses(placed.clauses) };
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
        const keyword = keywordOf(action);
        if (keyword && keyword !== 'template')
            continue;
        const indentHelper = /\bn?indent\s+(\d+)/.exec(action.body);
        if (envIndent !== null && envIndent >= 0 && indentHelper && Number(indentHelper[1]) < envIndent)
            leftList = true;
        const inList = envIndent !== null && !leftList;
        const clauses = [...context.clauses, ...context.structure.clausesAt(action.from)];
        const calls = templateCalls(action);
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
        condition: renderClauses(clauses),
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

;// CONCATENATED MODULE: ./build/src/helm/template-set.js
/** All templates of one chart, parsed once, with every `define` indexed by name. */


/** Helm loads every file under templates/ (.yaml, .yml, .tpl, .txt); defines in any of them are visible to all. */
const TEMPLATE_GLOBS = ['templates/**/*.yaml', 'templates/**/*.yml', 'templates/**/*.tpl', 'templates/**/*.txt'];
function buildTemplateSet(files) {
    const structures = new Map();
    const defines = new Map();
    // Helm parses templates in path order and a later define of a name replaces an earlier one.
    for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
        const structure = new TemplateStructure(new TemplateText(file.path, file.text));
        structures.set(file.path, structure);
        for (const define of structure.defines)
            defines.set(define.name, define);
    }
    return { structures, defines };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./build/src/helm/values.js
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

;// CONCATENATED MODULE: ./build/src/helm/environments.js
/**
 * Environments of a deployment repository: every values file matching
 * `env.chart.environments` is one environment, named from its path, with the chart's
 * values as that environment sees them and the deployed image tag (values file → the
 * application's values.yaml → the chart's values.yaml → the chart's appVersion).
 */





/** A Helm values file, read as helm reads it (YAML 1.1). */
function parseValuesFile(text, file) {
    const parsed = parseYaml(text, file, { version: '1.1' });
    if (parsed.value !== null && parsed.value !== undefined && !isMapping(parsed.value)) {
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
    const [first] = splitKeyPath(imageTagPath);
    if (first && splitKeyPath(imageTagPath).length > 1 && !(first in chart.values) && (first === chart.name || first === external_node_path_.posix.basename(chartDir))) {
        return first;
    }
    return '';
}
function readEnvironment(file, applicationValues, chart, settings) {
    const prefix = splitKeyPath(settings.valuesPrefix);
    const scoped = (parsed) => {
        const value = parsed ? lookup(parsed.value ?? {}, prefix) : undefined;
        return isMapping(value) ? value : {};
    };
    const values = mergeValues(mergeValues(chart.values, scoped(applicationValues)), scoped(file));
    return {
        name: environmentName(file.file, settings.glob),
        file: file.file,
        values,
        imageTag: findImageTag(file, applicationValues, chart, settings),
    };
}
function findImageTag(file, applicationValues, chart, settings) {
    if (settings.imageTagPath) {
        const fullPath = splitKeyPath(settings.imageTagPath);
        for (const [parsed, source] of [
            [file, 'environment values'],
            [applicationValues, 'application values'],
        ]) {
            const tag = parsed ? tagText(lookup(parsed.value ?? {}, fullPath)) : undefined;
            if (parsed && tag)
                return { tag, file: parsed.file, line: parsed.lineOf(fullPath), source };
        }
        const chartPath = fullPath.slice(splitKeyPath(settings.valuesPrefix).length);
        const chartTag = tagText(lookup(chart.values, chartPath));
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
    const chart = isMapping(chartYaml?.value) ? chartYaml.value : {};
    // appVersion is whatever YAML value Chart.yaml holds (a number, a date, …): its text is what String() gives.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    const appVersion = chart.appVersion === undefined || chart.appVersion === null ? undefined : String(chart.appVersion);
    return {
        file: chartFile,
        name: typeof chart.name === 'string' ? chart.name : undefined,
        appVersion,
        appVersionLine: chartYaml?.lineOf(['appVersion']),
        values: isMapping(valuesYaml?.value) ? valuesYaml.value : {},
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
    const metadata = readChartMetadata(chartText === undefined ? undefined : parseYaml(chartText, chartFile, { version: '1.1' }), chartFile, chartValuesText === undefined ? undefined : parseValuesFile(chartValuesText, chartValuesFile));
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
        const env = readWorkloadEnv(templateSet, file);
        workloads.set(workload, env);
        for (const [first, second] of duplicateEntries(env.entries))
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

// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 3 modules
var python_dist = __webpack_require__(1283);
;// CONCATENATED MODULE: ./build/src/python/parse.js
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
        this.lines = new LineIndex(text);
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
            throw new errors/* InputError */.dz(`Python syntax error near \`${first.near}\`: expected valid Python 3 syntax`, {
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
    const first = python_dist/* parser */.K.parse(text);
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
            if (end - start < 3 || hasError(python_dist/* parser */.K.parse(`(${written})\n`).topNode))
                return false;
            expressions.set(ref.from, written);
            const blank = text.slice(start + 2, end - 1).replace(/[^\r\n]/g, ' ');
            masked = masked.slice(0, start) + '_(' + blank + ')' + masked.slice(end);
            return false;
        },
    });
    return { tree: expressions.size ? python_dist/* parser */.K.parse(masked) : first, expressions };
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
function parse_statementsOf(container) {
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

;// CONCATENATED MODULE: ./build/src/python/imports.js

function importsOf(module, statement) {
    const tokens = childrenOf(statement).map((c) => ({ name: c.name, text: module.textOf(c) }));
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
    return statementsOf(module.top)
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

;// CONCATENATED MODULE: ./build/src/python/strings.js
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
    return strings_unescape(body);
}
function strings_unescape(body) {
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

;// CONCATENATED MODULE: ./build/src/python/expressions.js


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
            const value = concatenatedStringValue(text);
            return value === undefined ? { kind: 'other', text, line } : { kind: 'string', value, line, text };
        }
        case 'Ellipsis':
            return { kind: 'ellipsis', line };
        case 'ParenthesizedExpression': {
            const [inner] = childrenOf(node).filter((c) => !PUNCTUATION.has(c.name));
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
    const [op, operand] = childrenOf(node);
    const lifted = operand ? liftExpression(module, operand, depth + 1) : undefined;
    if (op && module.textOf(op) === '-' && lifted?.kind === 'const' && typeof lifted.value === 'number')
        return { kind: 'const', value: -lifted.value, line, text };
    return { kind: 'other', text, line };
}
/** `A | B` is a union; any other binary expression is `other`. */
function liftUnion(module, node, depth, { line, text }) {
    const children = childrenOf(node);
    const op = children.find((c) => c.name === 'BitOp' && module.textOf(c) === '|');
    if (op && hasLength(children, 3))
        return { kind: 'union', left: liftExpression(module, children[0], depth + 1), right: liftExpression(module, children[2], depth + 1), line };
    return { kind: 'other', text, line };
}
/** `a.b` (a dotted name) or `a[x, y]` (a subscript). */
function liftMember(module, node, depth, { line, text }) {
    const children = childrenOf(node);
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
    const [callee, argList] = childrenOf(node);
    if (!callee || argList?.name !== 'ArgList')
        return { kind: 'other', text, line };
    const { args, keywords } = liftArguments(module, argList, depth);
    return { kind: 'call', callee: liftExpression(module, callee, depth + 1), args, keywords, line, text };
}
/** `x[a, b]` may arrive as one TupleExpression; subscripts want the items. */
function flattenTuple(module, nodes, depth) {
    if (hasLength(nodes, 1) && nodes[0].name === 'TupleExpression')
        return childrenOf(nodes[0]).filter((c) => !PUNCTUATION.has(c.name)).map((c) => liftExpression(module, c, depth + 1));
    return nodes.map((c) => liftExpression(module, c, depth + 1));
}
/** Positional and keyword arguments of an ArgList (`f(a, b=1)`); `*x`/`**y` are skipped. */
function liftArguments(module, argList, depth = 0) {
    const args = [];
    const keywords = Object.create(null);
    const children = childrenOf(argList).filter((c) => !PUNCTUATION.has(c.name));
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

;// CONCATENATED MODULE: ./build/src/python/classes.js



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
        decoratorNodes = childrenOf(statement).filter((c) => c.name === 'Decorator');
        definition = statement.getChild('ClassDefinition');
    }
    if (!definition || definition.name !== 'ClassDefinition')
        return undefined;
    const nameNode = definition.getChild('VariableName');
    const body = definition.getChild('Body');
    if (!nameNode || !body)
        return undefined;
    const argList = definition.getChild('ArgList');
    const { args, keywords } = argList ? liftArguments(module, argList) : { args: [], keywords: {} };
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
    for (const statement of parse_statementsOf(block)) {
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
    return new errors/* InputError */.dz(`\`if\` blocks nested more than ${MAX_BLOCK_DEPTH} levels deep; Lockstep does not read past that, so what they define could be missed`, {
        file: module.file,
        line: module.lineAt(statement.from),
        hint: 'Flatten the nested conditions (or move the class out of them); Lockstep stops here rather than read the class without them.',
    });
}
/** `if`/`elif`/`else` branches with the static value of their condition (`else` is true; undefined: unknown). */
function ifBranches(module, statement) {
    const branches = [];
    const parts = childrenOf(statement);
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
            const inner = childrenOf(node).find((c) => c.name !== '(' && c.name !== ')');
            return inner ? staticTruth(module, inner, depth + 1) : undefined;
        }
        case 'UnaryExpression': {
            const [op, operand] = childrenOf(node);
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
    const parts = childrenOf(decorator).filter((c) => c.name !== 'At');
    const line = module.lineAt(decorator.from);
    const names = parts.filter((c) => c.name === 'VariableName' || c.name === 'PropertyName').map((c) => module.textOf(c));
    const argList = parts.find((c) => c.name === 'ArgList');
    // Decorators come as a flat list of tokens (VariableName . PropertyName ArgList) or one expression.
    const expression = parts.find((c) => c.name === 'CallExpression' || c.name === 'MemberExpression');
    if (expression)
        return liftExpression(module, expression);
    const callee = { kind: 'name', parts: names, line };
    if (!argList)
        return callee;
    const { args, keywords } = liftArguments(module, argList);
    return { kind: 'call', callee, args, keywords, line, text: module.textOf(decorator) };
}
/**
 * A PEP 614 decorator (`@(dataclass)`, `@[dataclass][0]`): the expression parsed on its own, at
 * its own line, with constant subscripts of a list or tuple display taken statically.
 */
function anyExpressionDecorator(module, decorator, written) {
    const line = module.lineAt(decorator.from);
    const inner = parsePython(module.file, '\n'.repeat(line - 1) + `(${written})`);
    const statement = parse_statementsOf(inner.top)[0];
    const expression = statement?.name === 'ExpressionStatement' ? statement.firstChild : null;
    if (!expression || inner.syntaxErrors().length)
        return { kind: 'other', text: written, line };
    return liftExpression(inner, constantSubscript(inner, expression));
}
/** `[a, b][1]` / `(a, b)[0]` → `b` / `a`; anything else is itself. Parentheses are looked through. */
function constantSubscript(module, node, depth = 0) {
    if (depth > 16)
        return node;
    if (node.name === 'ParenthesizedExpression') {
        const inner = childrenOf(node).find((c) => c.name !== '(' && c.name !== ')');
        return inner ? constantSubscript(module, inner, depth + 1) : node;
    }
    if (node.name !== 'MemberExpression')
        return node;
    const [target, open, index, close] = childrenOf(node);
    if (open?.name !== '[' || close?.name !== ']' || index?.name !== 'Number' || !target)
        return node;
    const container = constantSubscript(module, target, depth + 1);
    if (container.name !== 'ArrayExpression' && container.name !== 'TupleExpression')
        return node;
    const items = childrenOf(container).filter((c) => !['[', ']', '(', ')', ','].includes(c.name));
    const at = Number(module.textOf(index));
    const item = Number.isInteger(at) ? items.at(at) : undefined;
    return item ? constantSubscript(module, item, depth + 1) : node;
}

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
    const classes = topLevelClasses(module);
    const validated = classesBuiltFromEnviron(module, isEnviron);
    const out = [];
    for (const cls of classes) {
        const settings = cls.bases.some((base) => SETTINGS_BASES.test(dottedName(base) ?? ''));
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
        const parts = childrenOf(node);
        if (node.name === 'CallExpression') {
            const callee = parts[0];
            const args = parts[1] ? childrenOf(parts[1]).filter((c) => !['(', ')', ','].includes(c.name)) : [];
            if (callee?.name === 'VariableName' && module.textOf(callee) === 'dict' && args.length === 1)
                return environLike(args[0]);
            if (callee?.name === 'MemberExpression' && module.textOf(childrenOf(callee)[2] ?? callee) === 'copy')
                return environLike(childrenOf(callee)[0]);
        }
        if (node.name === 'DictionaryExpression')
            return parts.some((part, i) => part.name === '**' && environLike(parts[i + 1]));
        return false;
    };
    module.tree.iterate({
        enter: (ref) => {
            if (ref.name !== 'CallExpression')
                return;
            const [callee, argList] = childrenOf(ref.node);
            if (!callee || argList?.name !== 'ArgList')
                return;
            const args = childrenOf(argList).filter((c) => !['(', ')', ','].includes(c.name));
            if (callee.name === 'MemberExpression') {
                const parts = childrenOf(callee);
                const [object] = parts;
                const method = hasLength(parts, 3) ? module.textOf(parts[2]) : '';
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
    if (value.kind === 'call' && FIELD_CALLS.test(dottedName(value.callee) ?? '')) {
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
    return dottedName(expr) ?? '…';
}
/** `name: annotation = value`, `name: annotation` or `name = value` at class level. */
function assignmentOf(module, statement) {
    if (statement.name !== 'AssignStatement')
        return undefined;
    const parts = childrenOf(statement);
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
        value: valueNode ? liftExpression(module, valueNode) : undefined,
    };
}

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
    for (const statement of parse_statementsOf(module.top)) {
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
    for (const statement of parse_statementsOf(module.top)) {
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
    const parts = childrenOf(statement);
    if (!hasLength(parts, 3) || parts[0].name !== 'VariableName')
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
    for (const { module: path, level, name, bound, aliased } of importsOf(module, statement)) {
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
    const parts = childrenOf(node);
    return (hasLength(parts, 3) &&
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
    return strLiteralValue(module.textOf(node)) ?? null;
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
function branchScope(scope, isElse, previous, previousNodes) {
    if (isElse)
        return underCondition(scope, negate(previous), previousNodes[0], false);
    const condition = previous[previous.length - 1];
    // Only the first branch holds exactly when its condition does (an elif also needs the earlier ones false).
    return condition === undefined ? scope : underCondition(scope, condition, previousNodes[previousNodes.length - 1], previous.length === 1);
}
function visitConditionalExpression(walk, node, scope) {
    const parts = childrenOf(node);
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
    const parts = childrenOf(node);
    if (!hasLength(parts, 3) || (parts[1].name !== 'and' && parts[1].name !== 'or'))
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
    const subject = statement?.name === 'MatchStatement' ? childrenOf(statement)[1] : undefined;
    const parts = childrenOf(node);
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
    const names = listed.flatMap((part) => (part.name === 'TupleExpression' || part.name === 'ParenthesizedExpression' ? childrenOf(part) : [part]));
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
    const parts = childrenOf(node);
    const lastAssign = node.name === 'AssignStatement' ? parts.map((p) => p.name).lastIndexOf('AssignOp') : parts.length;
    return parts.flatMap((part, index) => {
        const isTarget = index < lastAssign && part.name === 'MemberExpression' && subscriptObject(walk, part) !== null;
        return isTarget ? [] : visit(walk, part, scope);
    });
}
/** The key node of `<environ>[key]`, or null. */
function subscriptObject(walk, node) {
    const parts = childrenOf(node);
    if (hasLength(parts, 4) && parts[1].name === '[' && parts[3].name === ']' && isEnviron(walk, parts[0]))
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
    const [callee, args] = childrenOf(node);
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
    const parts = childrenOf(callee);
    const [object] = parts;
    const method = hasLength(parts, 3) && parts[1].name === '.' ? walk.module.textOf(parts[2]) : '';
    if (object && isEnviron(walk, object) && (method === 'get' || method === 'setdefault' || method === 'pop'))
        return method;
    return null;
}
function splitArguments(module, args) {
    const positional = [];
    const keywords = new Map();
    const parts = childrenOf(args).filter((part) => part.name !== '(' && part.name !== ')');
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
    const parts = childrenOf(node);
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

;// CONCATENATED MODULE: ./build/src/env/chart-diff.js
/**
 * Chart side of the diff, base → head: entries set, removed or changed per workload, and
 * what each environment effectively gets once its values decide the chart's conditions.
 */


function entriesByName(entries) {
    const out = new Map();
    for (const entry of entries ?? []) {
        if (!entry.resolved)
            continue;
        const known = out.get(entry.name);
        out.set(entry.name, known ? [...known, entry] : [entry]);
    }
    return out;
}
/** The entry a change is shown at: its first at head, else its first at base (a change has entries on one side at least). */
function changeEntry(change) {
    return change.after[0] ?? change.before[0];
}
/** What a variable's entries amount to, without locations. */
function settingSignature(entries) {
    return entries
        .map((entry) => `${comparableCondition(entry.clauses)}\0${entry.comparable}`)
        .sort()
        .join('\n');
}
function diffChart(base, head) {
    const changes = [];
    for (const [workload, headEnv] of head.workloads) {
        const before = entriesByName(base?.workloads.get(workload)?.entries);
        const after = entriesByName(headEnv?.entries);
        for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
            const b = before.get(name) ?? [];
            const a = after.get(name) ?? [];
            if (!b.length && a.length)
                changes.push({ kind: 'set-added', workload, name, before: b, after: a });
            else if (b.length && !a.length)
                changes.push({ kind: 'set-removed', workload, name, before: b, after: a });
            else if (settingSignature(b) !== settingSignature(a))
                changes.push({ kind: 'set-changed', workload, name, before: b, after: a });
        }
    }
    return changes;
}
function effectiveEnv(snapshot, environment) {
    const out = new Map();
    for (const [workload, env] of snapshot.workloads) {
        const settings = new Map();
        for (const [name, entries] of entriesByName(env?.entries)) {
            const truths = entries.map((entry) => evaluateClauses(entry.clauses, environment.values));
            const on = truths.includes(true) ? true : truths.includes('unknown') ? 'unknown' : false;
            settings.set(name, { on, entries });
        }
        out.set(workload, settings);
    }
    return out;
}
/** Set (or possibly set) in this environment. */
function isSet(effective, workload, name) {
    const setting = effective.get(workload)?.get(name);
    return !!setting && setting.on !== false;
}

// EXTERNAL MODULE: ./build/src/report/model.js
var model = __webpack_require__(8829);
;// CONCATENATED MODULE: ./build/src/env/findings.js

class EnvFindings {
    changes = [];
    facts = [];
    findings = [];
    /** The variable of each finding, and the guidance fact it implies, for ignores. */
    about = new Map();
    groups = new Map();
    /** Findings located in the base revision, placed on head by placeOnHead. */
    baseLocated = [];
    /**
     * The findings of several steps as one, in the order given, as if one collector had heard
     * them all: hits in several environments not told yet still group across the parts.
     */
    static combine(parts) {
        const all = new EnvFindings();
        for (const part of parts) {
            all.changes.push(...part.changes);
            all.facts.push(...part.facts);
            all.findings.push(...part.findings);
            for (const [finding, about] of part.about)
                all.about.set(finding, about);
            all.baseLocated.push(...part.baseLocated);
            for (const [key, group] of part.groups) {
                const known = all.groups.get(key);
                if (known)
                    known.environments.push(...group.environments);
                else
                    all.groups.set(key, { ...group, environments: [...group.environments] });
            }
        }
        return all;
    }
    /**
     * The same conclusion in several environments (same rule, variable, workload, version and
     * reading line) is told once, naming them all: a reader scans one row, not one per environment.
     */
    hitInEnvironment(rule, facts, location, environment) {
        const key = [rule.id, facts.name, facts.workload, facts.version, facts.where, location.file, location.line].join('\0');
        const group = this.groups.get(key) ?? { rule, facts, location, environments: [] };
        group.environments.push(environment);
        this.groups.set(key, group);
    }
    flushEnvironmentHits() {
        for (const { rule, facts, location, environments } of this.groups.values()) {
            this.record(rule, { ...facts, environment: environments.join(', '), environments }, location, environments);
        }
        this.groups.clear();
    }
    /** What a decision table decided (decisions.ts), told once or per environment. */
    apply(decided, location, environment) {
        if (!decided)
            return;
        if (environment === undefined)
            this.record(decided.rule, decided.facts, location);
        else
            this.hitInEnvironment(decided.rule, decided.facts, location, environment);
    }
    /** Apply a rule: a guidance fact for its variable (when the rule implies an order) and a finding. */
    hit(rule, facts, location = {}, environments) {
        return this.record(rule, facts, location, environments);
    }
    /**
     * Mark the findings an ignore accepts; their guidance no longer decides an order (a blocked
     * variable that is ignored does not block). Call once every finding is placed on head.
     */
    applyIgnores(ignores) {
        const dropped = new Set();
        for (const finding of this.findings) {
            const about = this.about.get(finding);
            if (!about)
                continue;
            const ignored = ignores.match({ rule: finding.id, variable: about.variable, file: finding.file, line: finding.line });
            if (!ignored)
                continue;
            finding.ignored = ignored;
            if (about.fact)
                dropped.add(about.fact);
        }
        this.facts = this.facts.filter((fact) => !dropped.has(fact));
    }
    /** The ignored findings, for the JSON. */
    ignoredList() {
        return this.findings.flatMap((finding) => {
            const about = this.about.get(finding);
            if (!finding.ignored || !about)
                return [];
            const { reason, source, until } = finding.ignored;
            return [{ rule: finding.id, variable: about.variable, file: finding.file ?? null, line: finding.line ?? null, ignored: { reason, source, until } }];
        });
    }
    record(rule, facts, location, environments = facts.environments ?? []) {
        const missing = rule.needs.filter((fact) => facts[fact] === undefined);
        if (missing.length)
            throw new Error(`internal error: rule ${rule.id} needs ${missing.join(', ')}`);
        const spans = rule.message(facts);
        const fact = rule.order ? { name: facts.name, order: rule.order, environments, message: spans, warning: rule.severity === 'warning' } : undefined;
        if (fact)
            this.facts.push(fact);
        const finding = {
            id: rule.id,
            severity: rule.severity,
            title: `${rule.title}: ${facts.name}`,
            ...(0,model/* findingMessage */.pG)(spans),
            ...(location.file ? { file: location.file } : {}),
            ...(location.file && location.line ? { line: location.line } : {}),
        };
        this.findings.push(finding);
        this.about.set(finding, { variable: facts.name, fact });
        if (location.base && location.file && location.line)
            this.baseLocated.push({ finding, file: location.file, line: location.line });
        return finding;
    }
    /**
     * Annotations land on the head side of a pull request: a finding about a removed line is
     * moved to the head line where that line was (or next to it), saying where it was at base,
     * so it never lands on an unrelated line.
     */
    async placeOnHead(headLine) {
        for (const { finding, file, line } of this.baseLocated) {
            const placed = await headLine(file, line);
            if (!placed) {
                delete finding.file;
                delete finding.line;
                appendToMessage(finding, ` (It was ${file}:${line} at base; that file is gone at head.)`);
            }
            else if (placed.removed) {
                finding.line = placed.line;
                appendToMessage(finding, ` (Removed from ${file}:${line} at base; shown at line ${placed.line}, where it was.)`);
            }
            else {
                finding.line = placed.line;
            }
        }
    }
}
/** EnvFindings amends the findings it made itself (placeOnHead), before anyone else sees them. */
function appendToMessage(finding, more) {
    // eslint-disable-next-line no-param-reassign -- a finding this class created and still owns
    finding.message += more;
    // eslint-disable-next-line no-param-reassign -- same finding
    finding.messageSpans = (0,model/* concat */.xW)(finding.messageSpans, more);
}

// EXTERNAL MODULE: ./build/src/env/rules.js
var rules = __webpack_require__(8722);
;// CONCATENATED MODULE: ./build/src/env/decisions.js

/** A row whose rule is told once per situation. Its facts builder must give every fact the rule needs. */
function row(when, test, rule, facts) {
    return { when, test, rule, facts };
}
/** A row told per environment and grouped (findings.hitInEnvironment): the environments come from the group. */
function rowPerEnvironment(when, test, rule, facts) {
    return { when, test, rule, facts };
}
/** First match wins; undefined when no row applies (nothing to tell). */
function decide(table, situation) {
    const match = table.find((candidate) => candidate.test(situation));
    return match ? { rule: match.rule, facts: match.facts(situation) } : undefined;
}
const after = (s) => s.after;
const before = (s) => s.before;
const CODE_CHANGES = [
    row('a rename whose new name the chart already sets everywhere: the old read removed', (s) => s.rename?.source != null && s.kind === 'read-removed', rules/* RULES */.y.codeRemovesRead, (s) => ({
        name: s.name,
        workload: s.workload,
        environments: s.setting,
    })),
    row('a rename whose new name the chart already sets everywhere: the new read', (s) => s.rename?.source != null, rules/* RULES */.y.renamedConfigReady, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.rename.from,
        other: s.rename.to,
        source: s.rename.source,
    })),
    row('a read removed and another added in its place (same statement, or nearby with the same default)', (s) => s.rename !== null, rules/* RULES */.y.renamed, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.rename.from,
        other: s.rename.to,
        environments: s.rename.missing,
    })),
    row('the code stops reading it', (s) => s.kind === 'read-removed', rules/* RULES */.y.codeRemovesRead, (s) => ({ name: s.name, workload: s.workload, environments: s.setting })),
    row('the code newly requires it and the chart already sets it in every environment', (s) => s.newlyRequired && s.configReady, rules/* RULES */.y.codeAddsRequiredConfigReady, (s) => ({
        name: s.name,
        workload: s.workload,
        condition: after(s).condition,
        source: s.source,
        via: after(s).via ?? null,
    })),
    row('the code newly requires it (always, or under a new condition)', (s) => s.newlyRequired, rules/* RULES */.y.codeAddsRequired, (s) => ({
        name: s.name,
        workload: s.workload,
        condition: after(s).condition,
        environments: s.missing,
        source: s.source,
        via: after(s).via ?? null,
    })),
    row('the code adds an optional read', (s) => s.before === null, rules/* RULES */.y.codeAddsOptional, (s) => ({ name: s.name, workload: s.workload, default: after(s).default })),
    row('a required read becomes optional', (s) => before(s).requirement !== 'optional' && after(s).requirement === 'optional', rules/* RULES */.y.codeBecomesOptional, (s) => ({
        name: s.name,
        workload: s.workload,
        default: after(s).default,
    })),
    row('a required read becomes required only under a condition', (s) => before(s).requirement === 'required' && after(s).requirement === 'conditional', rules/* RULES */.y.codeBecomesConditional, (s) => ({
        name: s.name,
        workload: s.workload,
        condition: after(s).condition,
    })),
    row('the default of an optional read changes', (s) => before(s).default !== after(s).default, rules/* RULES */.y.codeDefaultChanged, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: before(s).default,
        default: after(s).default,
    })),
];
const CHART_CHANGES = [
    row('an entry removed and one added with the same value from the values or a secret', (s) => s.rename !== null, rules/* RULES */.y.renamed, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.rename.from,
        other: s.rename.to,
        environments: [],
    })),
    row('the chart sets a new variable', (s) => s.kind === 'set-added', rules/* RULES */.y.configAdds, (s) => ({ name: s.name, workload: s.workload })),
    row('the chart sets a variable differently', (s) => s.kind === 'set-changed', rules/* RULES */.y.configChanges, (s) => ({
        name: s.name,
        workload: s.workload,
        previous: s.previousSetting,
        other: s.setting,
    })),
    // set-removed: decided per environment, against the version deployed there (REMOVALS).
];
const read = (s) => s.read;
const requirement = (s) => s.read?.requirement;
const REMOVALS = [
    rowPerEnvironment('the deployed code names no such workload', (s) => !s.hasWorkload, rules/* RULES */.y.configRemovesNoWorkload, (s) => ({ name: s.name, workload: s.workload, source: s.source })),
    rowPerEnvironment('the deployed version does not read it', (s) => s.read === null, rules/* RULES */.y.configRemovesUnread, (s) => ({ name: s.name, workload: s.workload })),
    rowPerEnvironment('the deployed version requires it', (s) => requirement(s) === 'required', rules/* RULES */.y.configRemovesRequired, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: null,
        where: s.where,
    })),
    rowPerEnvironment('it reads it under flags dropped too, which default to off', (s) => requirement(s) === 'conditional' && !s.stillInChart && s.flagsOff, rules/* RULES */.y.configFlagOff, (s) => ({ name: s.name, workload: s.workload, version: s.version, condition: read(s).condition, where: s.where, other: read(s).flags.names.join(', ') })),
    rowPerEnvironment('it requires it under a condition, and the entry is gone', (s) => requirement(s) === 'conditional' && !s.stillInChart, rules/* RULES */.y.configRemovesRequired, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: read(s).condition,
        where: s.where,
    })),
    rowPerEnvironment('it requires it under a condition; the entry stays, its chart condition is off here', (s) => requirement(s) === 'conditional', rules/* RULES */.y.configConditionOff, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: read(s).condition,
        where: s.where,
    })),
    rowPerEnvironment('it reads it optionally', () => true, rules/* RULES */.y.configRemovesOptional, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        default: read(s).default,
        where: s.where,
    })),
];
const VERSION_MOVES = [
    row('the pinned version goes down across a major version', (s) => s.move === 'major-downgrade', rules/* RULES */.y.majorDowngrade, (s) => ({
        name: s.environment,
        environment: s.environment,
        previous: s.previous,
        version: s.version,
    })),
    row('the pinned version goes down', (s) => s.move === 'downgrade', rules/* RULES */.y.downgrade, (s) => ({ name: s.environment, environment: s.environment, previous: s.previous, version: s.version })),
];
const NEW_VERSION_READS = [
    rowPerEnvironment('the new version requires it', (s) => s.required, rules/* RULES */.y.newVersionMissing, (s) => ({ name: s.name, workload: s.workload, version: s.version, where: s.where })),
    rowPerEnvironment('the new version requires it under a condition, and the chart has no entry for it', (s) => !s.entryInChart, rules/* RULES */.y.newVersionConditional, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        where: s.where,
        condition: s.condition,
    })),
];
const CONDITIONS_ON = [
    rowPerEnvironment('the chart newly sets a flag the deployed version reads, and not a variable it then requires', (s) => !s.set, rules/* RULES */.y.conditionOnMissing, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        where: s.where,
        condition: s.condition,
        other: s.flags,
    })),
    rowPerEnvironment('the chart newly sets the flag and the variables it then requires', () => true, rules/* RULES */.y.conditionOnSet, (s) => ({
        name: s.name,
        workload: s.workload,
        version: s.version,
        condition: s.condition,
        other: s.flags,
    })),
];
/** Every table, named as docs/actions/env-diff.md shows them. */
const DECISION_TABLES = [
    { title: 'A read changes in the code', table: CODE_CHANGES },
    { title: 'An entry changes in the chart', table: CHART_CHANGES },
    { title: 'The chart stops setting a variable in an environment (per deployed version)', table: REMOVALS },
    { title: "An environment's pinned version moves", table: VERSION_MOVES },
    { title: 'The new version reads a variable the chart does not set there', table: NEW_VERSION_READS },
    { title: 'A flag the deployed version reads is newly set in an environment (per deployed version)', table: CONDITIONS_ON },
];

;// CONCATENATED MODULE: ./build/src/env/environment-changes.js

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
        const condition = evaluateClauses(entry.clauses, environment.values);
        const state = condition === false ? 'off' : seen.has(entry.name) ? 'shadowed' : 'set';
        if (state === 'set')
            seen.add(entry.name);
        out.push({ entry, state, condition, value: environment_changes_valueOf(entry, environment.values) });
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
function environment_changes_valueOf(entry, values) {
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
    const read = paths.map((keyPath) => `.Values.${keyPath} = ${JSON.stringify(lookup(values, splitKeyPath(keyPath))) ?? 'undefined'}`);
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
    const value = lookup(values, splitKeyPath(path.slice('.Values.'.length)));
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

;// CONCATENATED MODULE: ./build/src/env/renames.js
/** Pairs each removed change with the first unpaired added one `isRename` accepts; both directions are in the map. */
function pairRenames(removed, added, isRename) {
    const pairs = new Map();
    for (const gone of removed) {
        const match = added.find((candidate) => !pairs.has(candidate) && isRename(gone, candidate));
        if (match) {
            pairs.set(gone, match);
            pairs.set(match, gone);
        }
    }
    return pairs;
}
/** An entry removed and another added in the same workload with the same value: a rename. */
function chartRenames(changes) {
    const valueOf = (entries) => entries.map((e) => e.comparable).join('\n');
    return pairRenames(changes.filter((c) => c.kind === 'set-removed'), changes.filter((c) => c.kind === 'set-added'), (gone, candidate) => {
        const value = valueOf(gone.before);
        // A literal such as "1" is set by many variables; only a value taken from the values or a secret identifies one.
        return /\.Values|valueFrom/.test(value) && candidate.workload === gone.workload && valueOf(candidate.after) === value;
    });
}
/**
 * A read removed and another added in the same workload and file, in the same statement
 * (only the name changed) or nearby with the same default: a rename, which no order of
 * merges makes safe.
 */
function codeRenames(changes) {
    return pairRenames(changes.filter((c) => c.kind === 'read-removed' && !c.before.extra), changes.filter((c) => c.kind === 'read-added' && !c.after.extra), (gone, candidate) => {
        const before = gone.before;
        const after = candidate.after;
        if (candidate.workload !== gone.workload || after.file !== before.file || after.requirement !== before.requirement)
            return false;
        // The same statement with only the name changed (`calib = os.environ[…]`) is a rename;
        // two unrelated reads that happen to sit near each other are not.
        const sameStatement = before.reads.some((old) => after.reads.some((now) => now.file === old.file && now.statement === old.statement));
        const nearby = Math.abs((after.line ?? 0) - (before.line ?? 0)) <= 2;
        const sameDefault = after.default !== null && after.default === before.default;
        return sameStatement || (nearby && sameDefault);
    });
}

// EXTERNAL MODULE: ./build/src/git/tag-version.js
var tag_version = __webpack_require__(8787);
;// CONCATENATED MODULE: ./build/src/env/versions.js

function findReleaseTag(imageTag, tags) {
    const exact = tags.find((tag) => tag.name === imageTag);
    if (exact)
        return exact;
    const bare = (0,tag_version/* withoutV */.r)(imageTag);
    const sameSpelling = tags.find((tag) => (0,tag_version/* withoutV */.r)(tag.name) === bare);
    if (sameSpelling)
        return sameSpelling;
    const wanted = (0,tag_version/* tagVersion */.R)(imageTag);
    if (!wanted)
        return undefined;
    const matches = tags.filter((tag) => (0,tag_version/* tagVersion */.R)(tag.name)?.compare(wanted) === 0);
    // Several spellings of one version usually share a commit; prefer the longest (most specific) name.
    return matches.sort((a, b) => b.name.length - a.name.length)[0];
}
function compareDeployed(before, after) {
    const a = (0,tag_version/* tagVersion */.R)(before);
    const b = (0,tag_version/* tagVersion */.R)(after);
    if (!a || !b)
        return before === after ? 'same' : 'unknown';
    const order = b.compare(a);
    if (order === 0)
        return 'same';
    if (order > 0)
        return 'upgrade';
    return b.major < a.major ? 'major-downgrade' : 'downgrade';
}

;// CONCATENATED MODULE: ./build/src/env/analyze-chart.js








async function analyzeChart(base, head, deployed) {
    const sides = { base, head, deployed };
    const baseByFile = new Map((base?.environments ?? []).map((environment) => [environment.file, environment]));
    const results = [];
    for (const environment of head.environments)
        results.push(await analyzeEnvironment(sides, environment, baseByFile.get(environment.file)));
    const findings = EnvFindings.combine([chartChangeFindings(base, head), ...results.map((result) => result.findings)]);
    findings.flushEnvironmentHits();
    for (const [name, { workload, environments, entry }] of uncheckedRemovals(results)) {
        findings.hit(rules/* RULES */.y.configRemovesUnchecked, { name, workload, environments }, { file: entry.file, line: entry.line, base: true });
    }
    return { rows: results.flatMap((result) => (result.row ? [result.row] : [])), findings };
}
/** The entries the chart adds, removes or changes, duplicates, and entries that cannot be read statically. */
function chartChangeFindings(base, head) {
    const out = new EnvFindings();
    const changes = diffChart(base, head);
    const renames = chartRenames(changes);
    for (const change of changes) {
        out.changes.push(chartChange(change));
        const entry = changeEntry(change);
        const location = { file: entry.file, line: entry.line, base: !change.after.length };
        const pair = renames.get(change);
        const rename = pair ? (change.kind === 'set-removed' ? { from: change.name, to: pair.name } : { from: pair.name, to: change.name }) : null;
        const situation = { name: change.name, workload: change.workload, kind: change.kind, rename, previousSetting: describeSetting(change.before), setting: describeSetting(change.after) };
        out.apply(decide(CHART_CHANGES, situation), location);
    }
    for (const { workload, first, second } of head.duplicates) {
        out.hit(rules/* RULES */.y.duplicateEntry, { name: second.name, workload, where: `${first.file}:${first.line}` }, { file: second.file, line: second.line });
    }
    for (const [workload, env] of head.workloads) {
        // Entries that cannot be read statically (toYaml, computed names) are reported, added or removed, never dropped.
        const before = unreadableSources(base?.workloads.get(workload));
        const after = unreadableSources(env);
        for (const [text, where] of after)
            if (!before.has(text))
                out.hit(rules/* RULES */.y.dynamicEntries, { name: text, workload }, where);
        for (const [text, where] of before)
            if (!after.has(text))
                out.hit(rules/* RULES */.y.dynamicEntriesRemoved, { name: text, workload }, { ...where, base: true });
    }
    return out;
}
/** Removals no deployed code could be checked for, by name, with the environments they are in (in order). */
function uncheckedRemovals(results) {
    const byName = new Map();
    for (const { environment, unchecked } of results) {
        for (const { workload, name, entry } of unchecked) {
            const known = byName.get(name);
            byName.set(name, known ? { ...known, environments: [...known.environments, environment] } : { workload, environments: [environment], entry });
        }
    }
    return byName;
}
/** A workload's env sources that cannot be read statically, by text, with where each is. */
function unreadableSources(env) {
    const sources = new Map();
    for (const dynamic of env?.dynamic ?? [])
        sources.set(dynamic.text, { file: dynamic.file, line: dynamic.line });
    for (const entry of env?.entries ?? [])
        if (!entry.resolved)
            sources.set(`- name: ${entry.name}`, { file: entry.file, line: entry.line });
    return sources;
}
function environmentDelta({ base, head }, environment, previous) {
    const after = effectiveEnv(head, environment);
    const before = base && previous ? effectiveEnv(base, previous) : undefined;
    const tagBefore = previous?.imageTag?.tag ?? null;
    const tagAfter = environment.imageTag?.tag ?? null;
    const removed = [];
    for (const [workload, settings] of before ?? []) {
        for (const [name, setting] of settings) {
            if (setting.on === false || isSet(after, workload, name))
                continue;
            removed.push({ workload, name, entry: setting.entries[0], stillInChart: after.get(workload)?.has(name) ?? false });
        }
    }
    // A new environment starts running its version: check it like a version change.
    const tagChanged = previous ? tagBefore !== tagAfter : base !== undefined && tagAfter !== null;
    return {
        environment,
        workloads: [...head.workloads.keys()],
        after,
        before,
        tagBefore,
        tagAfter,
        tagChanged,
        tagWhere: environment.imageTag ? `${environment.imageTag.file}${environment.imageTag.line ? `:${environment.imageTag.line}` : ''}` : environment.file,
        tagLocation: { file: environment.imageTag?.file ?? environment.file, line: environment.imageTag?.line },
        removed,
        flagsOn: before ? newlySet(before, after, environment) : new Map(),
        checked: removed.length > 0 || tagChanged,
    };
}
async function analyzeEnvironment(sides, environment, previous) {
    const delta = environmentDelta(sides, environment, previous);
    const { tagBefore, tagAfter, removed } = delta;
    const result = (parts, release = null, unchecked = []) => ({
        environment: environment.name,
        row: delta.checked ? { environment: environment.name, before: tagBefore, after: tagAfter, where: delta.tagWhere, release } : null,
        findings: EnvFindings.combine(parts),
        unchecked,
    });
    if (!delta.checked && !delta.flagsOn.size)
        return { environment: environment.name, row: null, findings: new EnvFindings(), unchecked: [] };
    const moved = new EnvFindings();
    if (delta.tagChanged && tagBefore && tagAfter) {
        const move = compareDeployed(tagBefore, tagAfter);
        moved.apply(decide(VERSION_MOVES, { environment: environment.name, previous: tagBefore, version: tagAfter, move }), delta.tagLocation);
    }
    if (!sides.deployed)
        return result([moved], null, removed);
    if (!tagAfter)
        return result([moved, versionUnknownFindings(delta)]);
    // A version change needs every read of the new version; removals alone only the removed names' (and a flag newly set, the reads it guards).
    const flagNames = [...delta.flagsOn.values()].flatMap((names) => [...names]);
    const code = await sides.deployed(tagAfter, delta.tagChanged ? undefined : [...new Set([...removed.map((r) => r.name), ...flagNames])]);
    const release = code.release ?? null;
    if (!code.reads)
        return result([moved, unreadVersionFindings(delta, code, tagAfter)], release);
    const view = deployedView(delta, { ...code, reads: code.reads }, { deployed: sides.deployed, tag: tagAfter });
    return result([moved, await removalFindings(view), conditionFindings(view), await newReadFindings(view)], release);
}
/** With no image tag, the version deployed is not known: each removal says so. */
function versionUnknownFindings({ environment, removed }) {
    const out = new EnvFindings();
    for (const { name, entry } of removed) {
        out.hit(rules/* RULES */.y.versionUnknown, { name, environment: environment.name, version: '(no image tag and no appVersion)', where: environment.file, source: 'the chart', environments: [environment.name] }, { file: entry.file, line: entry.line, base: true });
    }
    return out;
}
/** No release of the code matches the deployed tag: each removal, and a move, say so. */
function unreadVersionFindings({ environment, removed, tagChanged, tagWhere, tagLocation }, code, version) {
    const out = new EnvFindings();
    for (const { name, entry } of removed) {
        out.hitInEnvironment(rules/* RULES */.y.versionUnknown, { name, version, where: tagWhere, source: code.source }, { file: entry.file, line: entry.line, base: true }, environment.name);
    }
    if (tagChanged)
        out.hitInEnvironment(rules/* RULES */.y.versionUnknownForMove, { name: version, version, where: tagWhere, source: code.source }, tagLocation, environment.name);
    return out;
}
function deployedView(delta, code, { deployed, tag }) {
    const where = (read) => {
        if (read.extra)
            return `env.extra-reads in ${read.file}`;
        const link = code.link?.(read.file, read.line);
        const path = read.via ? `; ${(0,rules/* reachedBy */.K)(read)}` : '';
        return `${code.source}@${code.release ?? tag}:${read.file}${read.line ? `:${read.line}` : ''}${link ? `, ${link}` : ''}${path}`;
    };
    const version = code.release && code.release !== tag ? `${tag} (release ${code.release})` : tag;
    return { delta, code, deployed, version, tag, where };
}
/**
 * A read behind a flag (`if use_writer:` with `use_writer = os.environ.get("USE_WRITER", "0") == "1"`)
 * cannot happen where the flag is unset and defaults to falsy: the condition is off there.
 */
async function flagsOff({ delta, deployed, tag }, read, workload) {
    const flags = read.flags;
    if (!flags?.positive || flags.names.length === 0)
        return false;
    if (flags.names.some((flag) => isSet(delta.after, workload, flag)))
        return false;
    const flagCode = await deployed(tag, flags.names);
    return flags.names.every((flag) => {
        const flagRead = flagCode.reads?.workloads.get(workload)?.get(flag);
        return flagRead?.requirement === 'optional' && (flagRead.default === null || isFalsyLiteral(flagRead.default));
    });
}
/** What the deployed version does with each variable the chart stops setting there. */
async function removalFindings(view) {
    const { delta, code, version, where } = view;
    const out = new EnvFindings();
    for (const { workload, name, entry, stillInChart } of delta.removed) {
        const read = code.reads.workloads.get(workload)?.get(name) ?? null;
        const flagged = read?.requirement === 'conditional' && !stillInChart && (await flagsOff(view, read, workload));
        const situation = { name, workload, version, source: code.source, hasWorkload: code.reads.workloads.has(workload), read, where: read ? where(read) : null, stillInChart, flagsOff: flagged };
        out.apply(decide(REMOVALS, situation), { file: entry.file, line: entry.line, base: true }, delta.environment.name);
    }
    return out;
}
/** Reads of the deployed version that a flag the chart newly sets turns on. */
function conditionFindings({ delta, code, version, where }) {
    const out = new EnvFindings();
    for (const { read, entry, ...situation } of conditionsTurnedOn(code.reads, delta.after, delta.flagsOn)) {
        out.apply(decide(CONDITIONS_ON, { ...situation, version, where: where(read) }), { file: entry.file, line: entry.line }, delta.environment.name);
    }
    return out;
}
/** A version move: what the new version requires that the environment does not set. */
async function newReadFindings({ delta, code, deployed, version, where }) {
    const out = new EnvFindings();
    if (!delta.tagChanged)
        return out;
    const { after, before, tagBefore, removed } = delta;
    const alreadyReported = new Set(removed.map((r) => `${r.workload}\0${r.name}`));
    const unset = [];
    for (const workload of delta.workloads) {
        for (const read of code.reads.workloads.get(workload)?.values() ?? []) {
            if (read.requirement === 'optional' || isSet(after, workload, read.name) || alreadyReported.has(`${workload}\0${read.name}`))
                continue;
            unset.push({ workload, read });
        }
    }
    // A gap the environment already ran with (the old version required it too, and the chart did
    // not set it) is not this PR's doing: the version change is judged by what it newly requires.
    const old = unset.length && tagBefore && before ? await deployed(tagBefore, [...new Set(unset.map((u) => u.read.name))]) : undefined;
    for (const { workload, read } of unset) {
        const oldRead = old?.reads?.workloads.get(workload)?.get(read.name);
        const alreadyRan = oldRead && oldRead.requirement === read.requirement && oldRead.condition === read.condition && !isSet(before, workload, read.name);
        if (alreadyRan)
            continue;
        const situation = { name: read.name, workload, version, where: where(read), condition: read.condition, required: read.requirement === 'required', entryInChart: after.get(workload)?.has(read.name) ?? false };
        out.apply(decide(NEW_VERSION_READS, situation), delta.tagLocation, delta.environment.name);
    }
    return out;
}
/**
 * workload → variables set in this environment now that were not before (a values file turned a
 * chart condition on, or an entry was added), except those set to a plain "off" value ("0", "false").
 */
function newlySet(before, after, environment) {
    const out = new Map();
    for (const [workload, settings] of after) {
        for (const [name, setting] of settings) {
            if (setting.on === false || isSet(before, workload, name))
                continue;
            const value = environment_changes_valueOf(setting.entries[0], environment.values);
            if (value.resolved && !value.secret && OFF_VALUE.test(value.text.trim()))
                continue;
            out.set(workload, (out.get(workload) ?? new Set()).add(name));
        }
    }
    return out;
}
/** A value that leaves a flag off: "", "0", "false", "no", "off" (any case). */
const OFF_VALUE = /^(?:0|false|no|off|)$/i;
/**
 * The deployed version's reads required under a condition computed from a newly set flag (only
 * positive conditions: set can only turn them on), with whether the chart sets them there.
 */
function conditionsTurnedOn(reads, after, flagsOn) {
    const out = [];
    for (const [workload, names] of flagsOn) {
        for (const read of reads.workloads.get(workload)?.values() ?? []) {
            const flags = read.flags?.positive ? read.flags.names.filter((flag) => names.has(flag)) : [];
            const [flag] = flags;
            if (read.requirement !== 'conditional' || flag === undefined)
                continue;
            const entry = after.get(workload).get(flag).entries[0];
            out.push({ name: read.name, workload, condition: read.condition ?? '', flags: flags.join(', '), set: isSet(after, workload, read.name), read, entry });
        }
    }
    return out;
}
/** `= value` and, when conditional, `when condition` — as a reader compares two settings. */
function describeSetting(entries) {
    return entries.map((entry) => `\`${entry.value.replace(/\s+/g, ' ')}\`${entry.condition ? ` when \`${entry.condition}\`` : ''}`).join(' or ');
}
function chartChange(change) {
    const entry = changeEntry(change);
    return {
        side: 'chart',
        kind: change.kind,
        name: change.name,
        workload: change.workload,
        required: null,
        default: null,
        conditional: entry.condition !== null,
        condition: entry.condition,
        value: entry.value,
        file: entry.file,
        line: entry.line,
    };
}

;// CONCATENATED MODULE: ./build/src/env/analyze-code.js





function analyzeCode(diff, config) {
    const out = new EnvFindings();
    const effective = new Map();
    for (const environment of config?.snapshot.environments ?? [])
        effective.set(environment.name, effectiveEnv(config.snapshot, environment));
    const renamed = codeRenames(diff.changes);
    for (const change of diff.changes) {
        out.changes.push(codeChange(change));
        const read = change.after ?? change.before;
        out.apply(decide(CODE_CHANGES, codeSituation(change, renamed.get(change), config, effective)), { file: read.file, line: read.line, base: !change.after });
    }
    for (const issue of diff.syntaxIssues) {
        out.hit(rules/* RULES */.y.pythonUnreadable, { name: issue.near, workload: issue.file }, { file: issue.file, line: issue.line });
    }
    for (const { read, workloads } of diff.unresolvedAdded) {
        out.hit(rules/* RULES */.y.unresolvedRead, { name: read.name, workload: workloads.join(', ') }, { file: read.file, line: read.line });
    }
    return out;
}
const STRICTNESS = { optional: 0, conditional: 1, required: 2 };
/** What the decision table (decisions.ts CODE_CHANGES) needs to know about one changed read. */
function codeSituation(change, pair, config, effective) {
    const { after = null, before = null } = change;
    const rename = pair ? renameOf(change, pair, config, effective) : null;
    const newlyRequired = after !== null &&
        after.requirement !== 'optional' &&
        (!before ||
            STRICTNESS[after.requirement] > STRICTNESS[before.requirement] ||
            (after.requirement === 'conditional' && before.requirement === 'conditional' && before.condition !== after.condition));
    const missing = newlyRequired ? missingEnvironments(config, effective, after) : [];
    return {
        name: change.name,
        workload: change.workload,
        kind: change.kind,
        rename,
        before,
        after,
        newlyRequired,
        missing,
        setting: change.kind === 'read-removed' ? settingEnvironments(config, effective, change) : [],
        source: newlyRequired ? orderSource(change, config, missing) : null,
        configReady: newlyRequired && config !== undefined && config.snapshot.workloads.has(change.workload) && missing.length === 0,
    };
}
/**
 * A rename is "together" unless the chart already sets the new name wherever the workload runs:
 * then the code can go first, with the chart line as evidence. The environments named in the
 * table and in the message are one list: where the new name is not set.
 */
function renameOf(change, pair, config, effective) {
    const [gone, added] = change.kind === 'read-removed' ? [change, pair] : [pair, change];
    const missing = missingEnvironments(config, effective, added.after);
    const ready = config !== undefined && config.snapshot.workloads.has(change.workload) && missing.length === 0;
    const source = ready ? `${config.label} already sets ${added.name} in every environment${settingEvidence(config, added)}` : null;
    return { from: gone.name, to: added.name, missing, source };
}
/** Where the chart sets a variable for the change's workload, e.g. " (charts/x/templates/job.yaml:12)". */
function settingEvidence(config, change) {
    const entry = config.snapshot.workloads.get(change.workload)?.entries.find((candidate) => candidate.name === change.name);
    return entry ? ` (${entry.file}:${entry.line})` : '';
}
/** For a new requirement: why the order is already met, or why it cannot be checked; null when the missing environments say it. */
function orderSource(change, config, missing) {
    if (!config)
        return 'no env.counterpart is configured to check the chart';
    if (!config.snapshot.workloads.has(change.workload))
        return `the chart of ${config.label} has no workload named ${change.workload} to check (env.chart.workloads)`;
    if (missing.length > 0)
        return null;
    const chartCondition = config.snapshot.workloads.get(change.workload)?.entries.find((entry) => entry.name === change.name)?.condition;
    const mirrored = change.after?.requirement === 'conditional' && chartCondition ? `the chart sets it when \`${chartCondition}\`` : undefined;
    return [`${config.label} already sets it${mirrored ? '' : ' in every environment'}${settingEvidence(config, change)}`, mirrored].filter(Boolean).join('; ');
}
function codeChange(change) {
    const read = change.after ?? change.before;
    return {
        side: 'code',
        kind: change.kind,
        name: change.name,
        workload: change.workload,
        required: read.requirement !== 'optional',
        default: read.default,
        conditional: read.requirement === 'conditional',
        condition: read.condition,
        value: null,
        file: read.file,
        line: read.line ?? null,
    };
}
/** Environments whose chart does not set a variable the code now requires (a chart entry whose condition mirrors the read's counts as set). */
function missingEnvironments(config, effective, read) {
    if (!config || !config.snapshot.workloads.has(read.workload))
        return [];
    if (config.snapshot.environments.length === 0) {
        const entries = config.snapshot.workloads.get(read.workload)?.entries ?? [];
        return entries.some((entry) => entry.name === read.name) ? [] : ['(every environment)'];
    }
    const missing = [];
    for (const [name, env] of effective) {
        if (isSet(env, read.workload, read.name))
            continue;
        const mirrored = read.requirement === 'conditional' && env.get(read.workload)?.has(read.name);
        if (!mirrored)
            missing.push(name);
    }
    return missing;
}
function settingEnvironments(config, effective, change) {
    if (!config)
        return [];
    return [...effective].filter(([, env]) => isSet(env, change.workload, change.name)).map(([name]) => name);
}

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
    return joinCollected(childrenOf(node).map((child) => collectStatement(module, child, prefix)));
}
function collectStatement(module, child, prefix) {
    if (child.name === 'FunctionDefinition' || child.name === 'ClassDefinition')
        return definition(module, child, prefix);
    if (child.name === 'DecoratedStatement') {
        return joinCollected(childrenOf(child).map((part) => (part.name === 'Decorator' ? { code: references(module, part), units: [] } : definition(module, part, prefix))));
    }
    if (child.name === 'ImportStatement')
        return { code: { ...NO_CODE, imports: importsOf(module, child) }, units: [] };
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
    const parts = childrenOf(node);
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
            imports.push(...importsOf(module, current));
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
        const parts = childrenOf(node.parent);
        if (!hasLength(parts, 3) || parts[1].name !== '.' || parts[2].name !== 'PropertyName')
            break;
        chain += `.${module.textOf(parts[2])}`;
        node = node.parent;
    }
    return chain;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(3916);
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
        const module = parsePython(entry.path, text);
        // The grammar has gaps (a bare `yield` statement, for one): a file it cannot fully read is
        // reported — its reads near that line may be missed — rather than failing the check.
        const [issue] = strict ? module.syntaxErrors() : [];
        if (issue)
            this.syntaxIssues.push({ file: entry.path, line: issue.line, near: ownString(issue.near) });
        this.parsed++;
        return findEnvReads(module).map(ownRead);
    }
    /** A file's units of code (module level, functions, methods) for reachability, parsed once per blob. */
    unitsOf(entry) {
        let answer = this.unitCache.get(cacheKey(entry));
        if (!answer) {
            answer = this.repository.readBlobs([entry]).then(([text]) => ownUnits(moduleUnits(parsePython(entry.path, text))));
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

;// CONCATENATED MODULE: ./build/src/env/code-diff.js

async function diffCode(reader, base, head, settings) {
    const repository = reader.repository;
    const matchers = workloadMatchers(settings.code);
    const relevant = (file) => file.endsWith('.py') && [...matchers.values()].some((matches) => matches(file));
    const changes = await repository.changedFiles(base, head);
    const basePaths = changes.filter((c) => c.status !== 'added' && relevant(c.oldPath ?? c.path)).map((c) => c.oldPath ?? c.path);
    const headPaths = changes.filter((c) => c.status !== 'deleted' && relevant(c.path)).map((c) => c.path);
    const [baseTree, headTree] = await Promise.all([repository.tree(base), repository.tree(head)]);
    const entriesOf = (tree, paths) => paths.map((p) => tree.get(p)).filter((e) => !!e && e.mode !== '160000');
    const baseReads = await reader.readsOf(entriesOf(baseTree, basePaths), false);
    const headReads = await reader.readsOf(entriesOf(headTree, headPaths), true);
    // A PR may declare new extra-reads in the config: the base side counts the base config's.
    const baseSettings = { ...settings, extraReads: settings.baseExtraReads ?? settings.extraReads };
    const partialBase = aggregate(baseReads, baseSettings);
    const partialHead = aggregate(headReads, settings);
    const candidates = new Set();
    for (const workload of matchers.keys()) {
        const before = partialBase.workloads.get(workload);
        const after = partialHead.workloads.get(workload);
        for (const name of new Set([...before.keys(), ...after.keys()])) {
            if (signature(before.get(name)) !== signature(after.get(name)))
                candidates.add(name);
        }
    }
    // A shared file whose reachability changed (an own file now imports it, or calls one more of
    // its functions) can change what a workload reads without changing itself: its names are candidates.
    const [baseReach, headReach] = await Promise.all([
        reader.reachability(base, baseSettings, baseReads, true),
        reader.reachability(head, settings, headReads, true),
    ]);
    const moved = movedFiles(baseReach, headReach);
    const [movedBase, movedHead] = await Promise.all([
        reader.readsOf(entriesOf(baseTree, moved), false),
        reader.readsOf(entriesOf(headTree, moved), false),
    ]);
    for (const read of [...movedBase.values(), ...movedHead.values()].flat())
        if (read.resolved)
            candidates.add(read.name);
    // Unchanged files count the same at base and head. A candidate that an unchanged file reads
    // as always required is required on both sides, so it cannot have changed: it is dropped as
    // soon as such a read turns up, and files mentioning only dropped names are never parsed.
    const changedHead = new Set(headPaths);
    const unchanged = (file) => !changedHead.has(file) && relevant(file) && baseTree.get(file)?.blob === headTree.get(file)?.blob;
    const sharedReads = candidates.size ? await readsDeciding(reader, { revision: head, names: [...candidates], code: settings.code, include: unchanged }) : new Map();
    const fullBase = aggregate(new Map([...movedBase, ...baseReads, ...sharedReads]), baseSettings, baseReach);
    const fullHead = aggregate(new Map([...movedHead, ...headReads, ...sharedReads]), settings, headReach);
    const readChanges = [];
    for (const workload of matchers.keys()) {
        const before = fullBase.workloads.get(workload);
        const after = fullHead.workloads.get(workload);
        for (const name of [...candidates].sort()) {
            const b = before.get(name);
            const a = after.get(name);
            if (!b && a)
                readChanges.push({ kind: 'read-added', workload, name, after: a });
            else if (b && !a)
                readChanges.push({ kind: 'read-removed', workload, name, before: b });
            else if (b && a && signature(b) !== signature(a))
                readChanges.push({ kind: 'read-changed', workload, name, before: b, after: a });
        }
    }
    const baseUnresolved = new Set([...baseReads.values()].flat().filter((r) => !r.resolved).map((r) => `${r.file}\0${r.name}`));
    const unresolvedAdded = [...headReads.values()]
        .flat()
        .filter((r) => !r.resolved && !baseUnresolved.has(`${r.file}\0${r.name}`))
        .map((read) => ({ read, workloads: [...matchers].filter(([, matches]) => matches(read.file)).map(([workload]) => workload) }));
    return { changes: readChanges, unresolvedAdded, syntaxIssues: [...reader.syntaxIssues] };
}
/** Shared files of which a workload reaches something different at base and head. */
function movedFiles(base, head) {
    const moved = new Set();
    for (const workload of new Set([...base.keys(), ...head.keys()])) {
        const before = base.get(workload);
        const after = head.get(workload);
        for (const file of new Set([...(before?.shared ?? []), ...(after?.shared ?? [])])) {
            if ((before?.signature(file) ?? '*') !== (after?.signature(file) ?? '*'))
                moved.add(file);
        }
    }
    return [...moved].sort();
}

;// CONCATENATED MODULE: ./build/src/git/remote.js
/**
 * Peer and counterpart repositories: `owner/name` on GitHub (fetched shallowly with the
 * token), a local path, or a git URL — opened at one ref with the least history needed.
 */








/** Transports a configured repository may use (`ext::`, `fd::`, ssh… never); http only for a test server URL. */
const ALLOWED_PROTOCOLS = 'https:http:file';
async function openRemote(source) {
    (0,git_args/* checkedRepository */.aR)(source.repository, 'repository');
    (0,git_args/* checkedRef */.zA)(source.ref, `ref for ${source.repository}`);
    const local = await localRepositoryPath(source);
    if (local) {
        // A bare repository inside the checked-out one is pull-request content, never opened.
        const repository = await GitRepository.open(local, undefined, !isInside(local, source.cwd ?? process.cwd()));
        const commit = await repository.resolveRevision(source.ref).catch(async () => {
            // A local clone may only have the ref on its remote.
            return repository.resolveRevision(`origin/${source.ref}`).catch(() => {
                throw new errors/* InputError */.dz(`ref '${source.ref}' not found in ${source.repository}`, {
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
    const relative = external_node_path_.relative(external_node_path_.resolve(parent), folder);
    return !external_node_path_.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${external_node_path_.sep}`);
}
async function localRepositoryPath(source) {
    const { repository } = source;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repository))
        return undefined;
    const candidate = external_node_path_.resolve(source.cwd ?? process.cwd(), repository);
    const exists = await (0,promises_.stat)(candidate).then((s) => s.isDirectory(), () => false);
    if (exists)
        return candidate;
    if ((0,git_args/* isOwnerName */.BZ)(repository))
        return undefined;
    throw new errors/* InputError */.dz(`repository '${repository}' is neither owner/name, a git URL, nor an existing folder`, {
        hint: 'Use owner/name for a GitHub repository, a git URL, or a path to a local clone.',
    });
}
async function fetchShallow(source) {
    const url = (0,git_args/* isOwnerName */.BZ)(source.repository)
        ? `${(source.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${source.repository}.git`
        : source.repository;
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'lockstep-remote-'));
    const config = [];
    // The temporary repository is bare: named through GIT_DIR (git finds no bare repository by itself).
    const env = { GIT_ALLOW_PROTOCOL: ALLOWED_PROTOCOLS, GIT_DIR: dir };
    if (source.token && url.startsWith('https://')) {
        const basic = Buffer.from(`x-access-token:${source.token}`).toString('base64');
        config.push(`http.extraheader=AUTHORIZATION: basic ${basic}`);
    }
    try {
        await gitText(['init', '--quiet', '--bare', dir], { cwd: external_node_os_.tmpdir() });
        await gitText(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, source.ref], { cwd: dir, config, env });
        const repository = await GitRepository.open(dir);
        const commit = await repository.resolveRevision('FETCH_HEAD');
        return {
            repository,
            commit,
            dispose: async () => {
                repository.close();
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            },
            tags: () => remoteTags(dir, url, { config, env }, source.repository),
            fetchTag: async (tag) => {
                try {
                    const ref = (0,git_args/* checkedRef */.zA)(`refs/tags/${tag}`, `tag of ${source.repository}`);
                    await gitText(['fetch', '--quiet', '--no-tags', '--depth=1', '--end-of-options', url, `+${ref}:${ref}`], { cwd: dir, config, env });
                }
                catch (error) {
                    throw fetchError(source, `tag '${tag}'`, error);
                }
                return repository.resolveRevision(`refs/tags/${tag}`);
            },
        };
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw fetchError(source, `'${source.ref}'`, error);
    }
}
function fetchError(source, what, error) {
    // git's own words (its first meaningful line), not our command line around them.
    const reason = error instanceof GitCommandError ? meaningfulLine(error.stderr) || error.message : (0,errors/* firstLineOf */.Qy)(error);
    return new errors/* InputError */.dz(`cannot fetch ${source.repository} at ${what}: ${reason.replace(/AUTHORIZATION: basic \S+/g, '***')}`, {
        file: source.repository,
        hint: 'Check the repository and ref, and that the token can read it (a private repository needs a token with contents: read).',
    });
}
/** Tags of a remote, peeled, without fetching any object. */
async function remoteTags(dir, url, settings, label) {
    let out;
    try {
        out = await gitText(['ls-remote', '--tags', '--end-of-options', url], { cwd: dir, ...settings });
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

;// CONCATENATED MODULE: ./build/src/env/counterpart.js
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
    const remote = await openRemote({ repository: config.repository, ref: config.ref, token: access.token, serverUrl: access.serverUrl, cwd: access.cwd });
    const label = `${config.repository}@${config.ref}`;
    let code = config.code ? { code: config.code, extraReads: own['extra-reads'] ?? {}, configFile: config_schema/* DEFAULT_CONFIG_PATH */.B } : undefined;
    let chart = config.chart ? chartSettingsOf(config.chart) : undefined;
    if (!code || !chart) {
        const file = await remote.repository.readFile(remote.commit, config_schema/* DEFAULT_CONFIG_PATH */.B);
        if (file) {
            const theirLabel = `${config.repository}:${config_schema/* DEFAULT_CONFIG_PATH */.B}`;
            // In a list of pairs, theirs is the pair with the side we lack (or the one env.counterpart.pair names).
            const wanted = !code && (chart || own.chart) ? 'code' : 'chart';
            const theirs = selectPair(parseConfig(file.text, theirLabel).env, wanted, config.pair, theirLabel);
            // Their extra-reads when they declare some, else ours (a deployment repository may declare them for the service).
            const declared = theirs && Object.keys(theirs['extra-reads'] ?? {}).length ? theirs : { ...theirs, 'extra-reads': own['extra-reads'] };
            if (!code && theirs?.code)
                code = codeSettingsOf(declared, theirLabel);
            if (!chart && theirs?.chart)
                chart = chartSettingsOf(theirs.chart);
        }
    }
    // Same rule as openRemote: owner/name is GitHub unless such a folder exists locally.
    const onGitHub = (0,git_args/* isOwnerName */.BZ)(config.repository) && !(0,external_node_fs_.existsSync)(external_node_path_.resolve(access.cwd, config.repository));
    const webUrl = onGitHub ? `${(access.serverUrl ?? 'https://github.com').replace(/\/$/, '')}/${config.repository}` : undefined;
    return { remote, label, repositoryLabel: config.repository, code: code && { ...code, pair: config.pair }, chart, webUrl };
}
function missingCounterpartSide(counterpart, side) {
    return new errors/* InputError */.dz(`the counterpart ${counterpart.label} has no ${side} settings`, {
        hint: `Set env.counterpart.${side} in .github/lockstep.yml, or give ${counterpart.repositoryLabel} a .github/lockstep.yml with an env.${side} section.`,
    });
}
/** The image tag that names no release but the newest build of the branch, unless env.counterpart.branch-tags says otherwise. */
const LATEST_TAG = 'latest';
/** Reads of the code at each deployed image tag, one full scan per release (cached). */
function deployedCodeLookup(code) {
    const { source, repository, tags, fetchTag, branch, webUrl } = code;
    const reader = new CodeReader(repository);
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
                const release = findReleaseTag(imageTag, await tagList);
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
    const file = await repository.readFile(commit, config_schema/* DEFAULT_CONFIG_PATH */.B);
    const label = `${source}@${release}:${config_schema/* DEFAULT_CONFIG_PATH */.B}`;
    let theirs;
    try {
        theirs = file ? selectPair(parseConfig(file.text, label).env, 'code', settings.pair, label) : undefined;
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

;// CONCATENATED MODULE: ./build/src/env/parity.js

/**
 * Which introduced problems the code explains. A workload left without a variable (or given
 * another value) matters when its code reads the variable; when no known code reads it at all,
 * nothing tells, and it stays an error (code outside the repository may read it).
 */
function judgeParity(result, readers) {
    if (!readers)
        return result;
    const introduced = [];
    const expected = [...(result.expected ?? [])];
    for (const problem of result.introduced) {
        const reading = readers.get(problem.name) ?? new Map();
        const readBy = problem.workloads.filter((workload) => reading.has(workload));
        const matters = reading.size === 0 || (problem.problem === 'missing' ? readBy.length > 0 : readBy.length > 1);
        const reason = readBy.length
            ? readBy.map((workload) => `${workload} reads it at ${reading.get(workload)}`).join('; ')
            : 'no known code reads it, so nothing tells it belongs to one workload';
        if (matters)
            introduced.push({ ...problem, reason });
        else
            expected.push({ ...problem, readers: [...reading].map(([workload, where]) => ({ workload, where })) });
    }
    return { ...result, introduced, expected };
}
function parityProblems(snapshot, workloads, exempt) {
    if (!snapshot)
        return [];
    const present = workloads.filter((workload) => snapshot.workloads.get(workload));
    if (present.length < 2)
        return [];
    const byWorkload = new Map(present.map((workload) => [workload, entriesByName(snapshot.workloads.get(workload).entries)]));
    const names = new Set([...byWorkload.values()].flatMap((entries) => [...entries.keys()]));
    const problems = [];
    for (const name of [...names].sort()) {
        if (exempt.has(name))
            continue;
        const having = present.filter((workload) => byWorkload.get(workload).has(name));
        const firstEntry = byWorkload.get(having[0]).get(name)[0];
        if (having.length < present.length) {
            const missing = present.filter((workload) => !having.includes(workload));
            problems.push({ name, problem: 'missing', workloads: missing, having, entry: firstEntry, key: `${name}\0missing\0${missing.join(',')}` });
            continue;
        }
        const signatures = new Set(present.map((workload) => settingSignature(byWorkload.get(workload).get(name))));
        if (signatures.size > 1)
            problems.push({ name, problem: 'different', workloads: [...present], having, entry: firstEntry, key: `${name}\0different` });
    }
    return problems;
}
function compareParity(base, head, workloads, exempt) {
    const before = parityProblems(base, workloads, exempt);
    const after = parityProblems(head, workloads, exempt);
    const beforeKeys = new Set(before.map((problem) => problem.key));
    const afterKeys = new Set(after.map((problem) => problem.key));
    const introduced = after
        .filter((problem) => !beforeKeys.has(problem.key))
        .map((problem) => ({ ...problem, entry: changedEntry(base, head, problem) ?? problem.entry }));
    return {
        introduced,
        known: after.filter((problem) => beforeKeys.has(problem.key)),
        resolved: before.filter((problem) => !afterKeys.has(problem.key)),
    };
}
/** Point at the entry the PR added or changed for this variable, in whichever workload it was. */
function changedEntry(base, head, problem) {
    for (const [workload, env] of head.workloads) {
        const after = entriesByName(env?.entries).get(problem.name) ?? [];
        const before = entriesByName(base?.workloads.get(workload)?.entries).get(problem.name) ?? [];
        const [first] = after;
        if (first && settingSignature(after) !== settingSignature(before))
            return first;
    }
    // Removed from one workload: point at the entry the other workload keeps.
    return null;
}
/**
 * Who reads `names` in the versions the environments run (each distinct image tag read once,
 * only the files that mention the names). null when no version's code can be read.
 */
async function parityReaders(lookup, head, names) {
    if (!lookup || names.length === 0)
        return null;
    const tags = [...new Set(head.environments.map((environment) => environment.imageTag?.tag).filter((tag) => !!tag))].sort();
    const readers = new Map();
    let readable = false;
    for (const tag of tags) {
        const code = await lookup(tag, names);
        if (!code.reads)
            continue;
        readable = true;
        for (const [workload, reads] of code.reads.workloads) {
            for (const name of names) {
                const read = reads.get(name);
                if (!read || readers.get(name)?.has(workload))
                    continue;
                const where = read.extra ? `env.extra-reads in ${read.file}` : `${code.source}@${code.release ?? tag}:${read.file}${read.line ? `:${read.line}` : ''}`;
                readers.set(name, (readers.get(name) ?? new Map()).set(workload, where));
            }
        }
    }
    return readable ? readers : null;
}

;// CONCATENATED MODULE: ./build/src/env/model.js
/**
 * The env-diff model and its JSON contract (README, "env-diff JSON"): changes on both
 * sides, one order per variable, and parity problems between workloads.
 */

/** The stricter order wins when several facts concern one variable. */
const ORDER_RANK = { safe: 0, 'code-first': 1, 'config-first': 2, together: 3, blocked: 4 };
function mergeGuidance(facts) {
    const byName = new Map();
    for (const fact of facts) {
        const current = byName.get(fact.name);
        const message = (0,model/* plainText */.wh)(fact.message);
        // The strictest order decides; its environments and messages are the ones a reader acts on.
        if (!current || ORDER_RANK[fact.order] > ORDER_RANK[current.order]) {
            byName.set(fact.name, { name: fact.name, order: fact.order, environments: [...fact.environments], message, spans: fact.message });
            continue;
        }
        if (ORDER_RANK[fact.order] < ORDER_RANK[current.order])
            continue;
        const merged = current.message.includes(message) ? {} : { message: `${current.message} ${message}`, spans: (0,model/* concat */.xW)(current.spans, ' ', fact.message) };
        byName.set(fact.name, { ...current, environments: [...new Set([...current.environments, ...fact.environments])], ...merged });
    }
    return [...byName.values()]
        .map((guidance) => ({ ...guidance, environments: [...guidance.environments].sort() }))
        .sort((a, b) => ORDER_RANK[b.order] - ORDER_RANK[a.order] || a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./build/src/env/report.js




const CHANGE_WORDS = {
    'read-added': 'code reads it',
    'read-removed': 'code stops reading it',
    'read-changed': 'code reads it differently',
    'set-added': 'chart sets it',
    'set-removed': 'chart stops setting it',
    'set-changed': 'chart sets it differently',
};
const ORDER_WORDS = {
    safe: 'safe — any order',
    'config-first': 'config first',
    'code-first': 'code first, then config',
    together: 'together',
    blocked: '❌ blocked',
};
function buildEnvReport(input) {
    const { findings, parity } = input;
    const parityHits = (parity?.introduced ?? []).map((problem) => {
        const rule = problem.problem === 'missing' ? rules/* RULES */.y.parityMissing : rules/* RULES */.y.parityDifferent;
        const finding = findings.hit(rule, { name: problem.name, workload: problem.having.join(', '), environments: problem.workloads, where: problem.reason ?? '' }, { file: problem.entry?.file, line: problem.entry?.line });
        return { problem, finding };
    });
    for (const drift of parity?.expected ?? []) {
        const facts = {
            name: drift.name,
            source: drift.problem === 'missing' ? `set for ${drift.having.join(', ')} but not for` : 'set differently in',
            environments: drift.workloads,
            other: drift.readers.map((reader) => reader.workload).join(', '),
            where: drift.readers.map((reader) => reader.where).join('; '),
        };
        findings.hit(rules/* RULES */.y.parityExpected, facts, { file: drift.entry?.file, line: drift.entry?.line });
    }
    if (input.ignores)
        findings.applyIgnores(input.ignores);
    const guidance = mergeGuidance(findings.facts);
    const parityEntries = parityHits.map(({ problem, finding }) => parityEntry(problem, finding));
    const failingParity = parityEntries.filter((entry) => !entry.ignored);
    const counted = findings.findings.filter((f) => !f.ignored);
    const blocked = guidance.filter((g) => g.order === 'blocked');
    // Errors are exactly what fails: a blocked order, a parity break, a deployed version that cannot be read — unless ignored.
    const verdict = blocked.length > 0 || failingParity.length > 0 || counted.some((f) => f.severity === 'error') ? 'fail' : 'pass';
    const data = { verdict, changes: findings.changes, guidance: guidance.map(({ spans: _spans, ...plain }) => plain), parity: parityEntries, deployed: input.deployed.map(deployedVersion), environments: input.environments ?? [] };
    const ignored = findings.findings.length - counted.length;
    if (ignored)
        data.ignored = findings.ignoredList();
    return {
        command: 'env-diff',
        verdict,
        headline: headline(guidance, failingParity, counted) + (ignored ? ` (${ignored} finding${ignored === 1 ? '' : 's'} ignored)` : ''),
        findings: sortFindings(findings.findings),
        blocks: blocks(input, guidance, parityEntries),
        data,
    };
}
function deployedVersion(row) {
    return { environment: row.environment, before: row.before, after: row.after, release: row.release, move: moveOf(row), where: row.where };
}
function moveOf(row) {
    if (row.before === null)
        return row.after === null ? 'unchanged' : 'new';
    if (row.after === null)
        return 'unknown';
    const move = compareDeployed(row.before, row.after);
    return move === 'same' ? 'unchanged' : move;
}
const MOVE_WORDS = {
    upgrade: 'upgrade',
    downgrade: '⚠️ downgrade',
    'major-downgrade': '⚠️ DOWNGRADE ACROSS A MAJOR VERSION',
    unchanged: '—',
    new: 'new environment',
    unknown: 'changed (not comparable as versions)',
};
function parityEntry(problem, finding) {
    const entry = { name: problem.name, workloads: problem.workloads, problem: problem.problem, file: problem.entry?.file ?? null, line: problem.entry?.line ?? null };
    return finding.ignored ? { ...entry, ignored: { reason: finding.ignored.reason, source: finding.ignored.source, until: finding.ignored.until } } : entry;
}
function headline(guidance, parity, findings) {
    const blocked = guidance.filter((g) => g.order === 'blocked');
    const majorDowngrade = findings.some((f) => f.id === rules/* RULES */.y.majorDowngrade.id);
    const unreadable = findings.filter((f) => f.id === rules/* RULES */.y.versionUnknownForMove.id);
    const parts = [];
    if (blocked.length) {
        const environments = [...new Set(blocked.flatMap((g) => g.environments))];
        parts.push(`blocked: ${blocked.map((g) => g.name).join(', ')} still needed by ${environments.join(', ') || 'a deployed version'}`);
    }
    const [onlyParity] = parity.length === 1 ? parity : [];
    if (parity.length)
        parts.push(onlyParity ? `parity broken for ${onlyParity.name}` : `parity broken for ${parity.length} variables`);
    if (unreadable.length)
        parts.push(`no release tag for ${unreadable.map((f) => f.title.split(': ').pop()).join(', ')}`);
    if (majorDowngrade)
        parts.push('DOWNGRADE ACROSS A MAJOR VERSION');
    if (parts.length)
        return parts.join('; ');
    if (guidance.length === 0)
        return 'no environment variable changes';
    const configFirst = guidance.filter((g) => g.order === 'config-first');
    const together = guidance.filter((g) => g.order === 'together');
    if (together.length)
        return `merge code and config together (${together.map((g) => g.name).join(', ')})`;
    if (configFirst.length)
        return `merge the config first for ${configFirst.map((g) => g.name).join(', ')}`;
    const codeFirst = guidance.filter((g) => g.order === 'code-first');
    if (codeFirst.length)
        return `config may drop ${codeFirst.map((g) => g.name).join(', ')} once every environment runs this version`;
    return `${guidance.length} variable${guidance.length === 1 ? '' : 's'} changed, safe in any order`;
}
function blocks(input, guidance, parityEntries) {
    return [
        { kind: 'paragraph', text: (0,model/* inline */.mG) `Compared ${input.scope}.` },
        ...variableBlocks(input.findings.changes, guidance),
        ...(input.parity ? parityBlocks(input.parity, parityEntries) : []),
        ...deployedBlocks(input.deployed),
        ...environmentBlocks(input.environments ?? []),
        ...otherFindingBlocks(input.findings.findings),
    ];
}
/** One row per variable: what changed, the safe order, the environments, what to do. */
function variableBlocks(changes, guidance) {
    if (!guidance.length)
        return [];
    const changesByName = new Map();
    for (const change of changes)
        changesByName.set(change.name, [...(changesByName.get(change.name) ?? []), change]);
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Variables` },
        {
            kind: 'table',
            headers: ['Variable', 'What changed', 'Order', 'Environments', 'What to do'],
            rows: guidance.map((g) => [[(0,model/* code */.aY)(g.name)], (0,model/* inline */.mG) `${describeChanges(changesByName.get(g.name) ?? [])}`, (0,model/* inline */.mG) `${ORDER_WORDS[g.order]}`, (0,model/* inline */.mG) `${g.environments.join(', ') || '—'}`, g.spans]),
        },
    ];
}
const parityWords = (p) => (p.problem === 'missing' ? `missing in ${p.workloads.join(', ')}` : `differs between ${p.workloads.join(', ')}`);
/** Parity between workloads: what this change breaks, the expected drift, what it fixes, the drift already there. */
function parityBlocks(parity, parityEntries) {
    if (!(parity.introduced.length || parity.known.length || parity.resolved.length || parity.expected?.length))
        return [];
    const out = [{ kind: 'heading', text: (0,model/* inline */.mG) `Parity between workloads` }];
    if (parity.introduced.length) {
        out.push({
            kind: 'table',
            headers: ['Variable', 'Problem', 'Workloads', 'Where'],
            rows: parity.introduced.map((p, index) => [
                [(0,model/* code */.aY)(p.name)],
                (0,model/* inline */.mG) `${p.problem === 'missing' ? 'missing in' : 'differs between'}${parityEntries[index]?.ignored ? ' (ignored)' : ''}`,
                (0,model/* inline */.mG) `${p.workloads.join(', ')}`,
                p.entry ? [(0,model/* code */.aY)(`${p.entry.file}:${p.entry.line}`)] : (0,model/* inline */.mG) `—`,
            ]),
        });
    }
    else {
        out.push({ kind: 'paragraph', text: (0,model/* inline */.mG) `This change keeps the workloads in parity.` });
    }
    if (parity.expected?.length) {
        out.push({
            kind: 'list',
            items: parity.expected.map((p) => (0,model/* inline */.mG) `${(0,model/* code */.aY)(p.name)}: ${parityWords(p)} — expected drift, only ${p.readers.map((r) => r.workload).join(', ')} ${p.readers.length === 1 ? 'reads' : 'read'} it (not failed)`),
        });
    }
    if (parity.resolved.length)
        out.push({ kind: 'list', items: parity.resolved.map((p) => (0,model/* inline */.mG) `${(0,model/* code */.aY)(p.name)}: drift removed by this change`) });
    if (parity.known.length) {
        out.push({
            kind: 'details',
            summary: (0,model/* inline */.mG) `Drift already at base (${parity.known.length}, not failed)`,
            blocks: [{ kind: 'list', items: parity.known.map((p) => (0,model/* inline */.mG) `${(0,model/* code */.aY)(p.name)}: ${parityWords(p)}`) }],
        });
    }
    return out;
}
function deployedBlocks(deployed) {
    if (!deployed.length)
        return [];
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Deployed versions checked` },
        {
            kind: 'table',
            headers: ['Environment', 'Image tag', 'Move', 'Release read', 'Pinned at'],
            rows: deployed.map((row) => [
                (0,model/* inline */.mG) `${row.environment}`,
                (0,model/* inline */.mG) `${row.before && row.after && row.before !== row.after ? `${row.before} → ${row.after}` : (row.after ?? row.before ?? '—')}`,
                (0,model/* inline */.mG) `${MOVE_WORDS[moveOf(row)]}`,
                (0,model/* inline */.mG) `${row.release ?? '—'}`,
                [(0,model/* code */.aY)(row.where)],
            ]),
        },
    ];
}
/** Findings without an order of their own (no variable row says them): listed once. */
function otherFindingBlocks(findings) {
    const other = findings.filter((f) => !RULES_WITH_ORDER.has(f.id) && !f.id.startsWith('env/parity'));
    if (!other.length)
        return [];
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Also` },
        { kind: 'list', items: other.map((f) => (0,model/* inline */.mG) `${(0,model/* strong */.ko)(f.title)} — ${(0,model/* messageSpans */.vt)(f)}${f.file ? (0,model/* inline */.mG) ` (${(0,model/* code */.aY)(`${f.file}${f.line ? `:${f.line}` : ''}`)})` : ''}`) },
    ];
}
const ENVIRONMENT_CHANGE_WORDS = { added: 'added', removed: 'removed', 'value-changed': 'value changed' };
const MAX_CELL = 200;
/** One section per environment: what its containers get that they did not before (values shown, secrets named only). */
function environmentBlocks(changes) {
    if (!changes.length)
        return [];
    const byEnvironment = new Map();
    for (const change of changes)
        byEnvironment.set(change.environment, [...(byEnvironment.get(change.environment) ?? []), change]);
    const cell = (change, value) => {
        if (change.secret)
            return (0,model/* inline */.mG) `secret (not shown)`;
        if (value === null)
            return (0,model/* inline */.mG) `—`;
        return [(0,model/* code */.aY)(value.length > MAX_CELL ? `${value.slice(0, MAX_CELL)}…` : value)];
    };
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `Per environment` },
        ...[...byEnvironment].map(([environment, rows]) => ({
            kind: 'details',
            summary: (0,model/* inline */.mG) `${environment}: ${rows.length} change${rows.length === 1 ? '' : 's'}`,
            blocks: [
                {
                    kind: 'table',
                    headers: ['Variable', 'Workload', 'Change', 'Before', 'After'],
                    rows: rows.map((change) => [[(0,model/* code */.aY)(change.name)], (0,model/* inline */.mG) `${change.workload}`, (0,model/* inline */.mG) `${ENVIRONMENT_CHANGE_WORDS[change.change]}`, cell(change, change.before), cell(change, change.after)]),
                },
            ],
        })),
    ];
}
const RULES_WITH_ORDER = new Set(Object.values(rules/* RULES */.y).filter((rule) => rule.order !== null).map((rule) => rule.id));
function describeChanges(changes) {
    if (!changes.length)
        return '—';
    const byKind = new Map();
    for (const change of changes) {
        const detail = change.side === 'code' ? (change.required ? (change.conditional ? `required when ${change.condition}` : 'required') : 'optional') : change.condition ? `when ${change.condition}` : '';
        const key = `${CHANGE_WORDS[change.kind]}${detail ? ` (${detail})` : ''}`;
        byKind.set(key, [...(byKind.get(key) ?? []), change.workload]);
    }
    return [...byKind].map(([words, workloads]) => `${words}: ${[...new Set(workloads)].join(', ')}`).join('; ');
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

// EXTERNAL MODULE: ./build/src/ignores/rule-ids.js
var rule_ids = __webpack_require__(2640);
;// CONCATENATED MODULE: ./build/src/ignores/inline.js

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
    const unknown = (0,rule_ids/* unknownRuleProblem */.Q)(rule);
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

;// CONCATENATED MODULE: ./build/src/ignores/ignores.js


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
        const own = (options.entries ?? []).filter((entry) => (0,rule_ids/* checkOfRule */.I)(entry.rule) === options.check);
        this.expired = own.filter((entry) => entry.until !== undefined && entry.until < today);
        this.entries = own.filter((entry) => !this.expired.includes(entry)).map((ignore) => ({ ignore, used: false }));
        const scan = options.inline ?? EMPTY_SCAN;
        this.inline = scan.ignores.filter((ignore) => (0,rule_ids/* checkOfRule */.I)(ignore.rule) === options.check).map((ignore) => ({ ignore, used: false }));
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
    return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON)}…` : text;
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

;// CONCATENATED MODULE: ./build/src/env/ignores.js
/** Ignores in env-diff: the config's entries and the inline comments of the code and chart it reads. */




/** The files env-diff reads, as git pathspecs: every workload's code globs and the chart folder. */
function pathspecsOf(config) {
    if (!config.env)
        return [];
    const pairs = envPairs(config.env).map((pair) => pair.config);
    const globs = pairs.flatMap((env) => Object.values(env.code ?? {}).flat());
    // git pathspecs have no {a,b}: such a glob widens the search to every Python file.
    const code = globs.some((glob) => /[{}]/.test(glob)) ? [':(glob)**/*.py'] : globs.map((glob) => `:(glob)${glob}`);
    const charts = pairs.flatMap((env) => (env.chart ? [`:(literal)${env.chart.path.replace(/\/+$/, '')}`] : []));
    return [...new Set([...code, ...charts])];
}
async function envIgnores(repository, revisions, config, options) {
    const inline = await scanInlineIgnores(repository, revisions.base, revisions.head, pathspecsOf(config));
    return new Ignores({ check: 'env-diff', entries: config.ignore, configFile: options.configFile, inline, now: options.now });
}
/** The configuration's path as reports show it: repository-relative when it is inside the repository. */
function shownPath(configFile, repoDir) {
    if (!external_node_path_.isAbsolute(configFile))
        return configFile;
    const relative = external_node_path_.relative(repoDir, configFile);
    return relative.startsWith('..') || external_node_path_.isAbsolute(relative) ? configFile : relative.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./build/src/env/pairs-report.js
/**
 * A list of named env pairs → one env-diff Report: the verdict is the worst pair's, the
 * headline names each pair, each pair's blocks sit in their own section, its findings carry
 * its name (annotations, SARIF), and the JSON is `{verdict, pairs: [{name, ...one pair's fields}]}`.
 */

function combinePairReports(pairs) {
    const verdict = pairs.some(({ report }) => report.verdict === 'fail') ? 'fail' : 'pass';
    return {
        command: 'env-diff',
        verdict,
        headline: pairs_report_headline(pairs),
        findings: pairs.flatMap(({ name, report }) => report.findings.map((finding) => ({ ...finding, pair: name }))),
        blocks: pairs.map(({ name, report }) => ({ kind: 'section', title: (0,model/* inline */.mG) `${name}: ${(0,model/* prose */.CS)(report.headline)}`, verdict: report.verdict, blocks: report.blocks })),
        data: { verdict, pairs: pairs.map(({ name, report }) => ({ name, ...report.data })) },
    };
}
/** Failing pairs first; pairs with the same headline share it ("prompt-keda, butler-writer: no environment variable changes"). */
function pairs_report_headline(pairs) {
    const ordered = [...pairs.filter(({ report }) => report.verdict === 'fail'), ...pairs.filter(({ report }) => report.verdict !== 'fail')];
    const byHeadline = new Map();
    for (const { name, report } of ordered)
        byHeadline.set(report.headline, [...(byHeadline.get(report.headline) ?? []), name]);
    return [...byHeadline].map(([text, names]) => `${names.join(', ')}: ${text}`).join('; ');
}

;// CONCATENATED MODULE: ./build/src/helm/helm-render.js
/**
 * Optional cross-check of the static reading with `helm template`, when helm is on PATH (it
 * is on GitHub's Ubuntu runners). The static reading stays the source of truth; a variable
 * one side sees and the other does not is reported for a human to look at.
 */






/** The helm executable on PATH, or null. */
async function findHelm(env = process.env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = external_node_path_.join(dir, 'helm');
        try {
            await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
/** Container env names per source template in `helm template` output (`# Source: chart/templates/x.yaml`). */
function renderedEnvBySource(output) {
    const bySource = new Map();
    for (const chunk of output.split(/^---[ \t]*$/m)) {
        const source = /^#\s*Source:\s*(\S+)/m.exec(chunk)?.[1];
        if (!source)
            continue;
        const names = new Set(bySource.get(source));
        for (const document of (0,dist/* parseAllDocuments */.hR)(chunk)) {
            if ('contents' in document && document.errors.length === 0)
                for (const name of envNames(document.toJS({ maxAliasCount: 100 })))
                    names.add(name);
        }
        bySource.set(source, names);
    }
    return bySource;
}
/** The `name` of every item of every `env` list in a rendered document, in document order. */
function envNames(node) {
    if (Array.isArray(node))
        return node.flatMap(envNames);
    if (typeof node !== 'object' || node === null)
        return [];
    return Object.entries(node).flatMap(([key, value]) => {
        if (key !== 'env' || !Array.isArray(value))
            return envNames(value);
        return value.flatMap((entry) => (entry && typeof entry === 'object' && typeof entry.name === 'string' ? [entry.name] : []));
    });
}
/**
 * Render one environment as Argo CD does. When the values file sits in an application chart
 * that holds this chart's values under its alias (Phalanx: applications/prompt-keda-lsstcam,
 * `prompt-keda:`), the application chart is rendered with this chart as that dependency and
 * the values file as written — helm parses it itself (YAML 1.1). Otherwise the chart is rendered
 * alone with the merged values, and `.Values.global` present as helm gives it to a subchart.
 * Throws on a helm failure with helm's own error lines (callers report it).
 */
async function renderChart(helm, repository, revision, target) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'lockstep-helm-'));
    try {
        const application = target.valuesFile && target.valuesPrefix ? external_node_path_.posix.dirname(target.valuesFile) : undefined;
        const applicationChart = application && application !== target.chartDir ? await repository.readFile(revision, `${application}/Chart.yaml`) : undefined;
        let args;
        if (application && applicationChart) {
            const root = external_node_path_.join(dir, external_node_path_.posix.basename(application));
            await copyTree(repository, revision, application, root);
            await copyTree(repository, revision, target.chartDir, external_node_path_.join(root, 'charts', target.valuesPrefix));
            args = ['template', 'lockstep', root, '-f', external_node_path_.join(root, external_node_path_.posix.basename(target.valuesFile))];
        }
        else {
            const root = external_node_path_.join(dir, 'chart');
            await copyTree(repository, revision, target.chartDir, root);
            const valuesFile = external_node_path_.join(dir, 'values.yaml');
            await (0,promises_.writeFile)(valuesFile, (0,dist/* stringify */.As)({ global: {}, ...target.values }));
            args = ['template', 'lockstep', root, '-f', valuesFile];
        }
        return await new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(helm, args, { maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
                if (error)
                    reject(new Error(helmError(stderr) || error.message));
                else
                    resolve(stdout);
            });
        });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** The template a rendered `# Source:` came from, inside the chart: `app/charts/prompt-keda/templates/x.yaml` → `prompt-keda/templates/x.yaml`. */
function sourceInChart(source) {
    return source.replace(/^(?:[^/]+\/charts\/)+/, '');
}
/** helm's error, on one line: from its `Error:` line on, without the closing `--debug` advice. */
function helmError(stderr) {
    const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
    const start = lines.findIndex((line) => line.startsWith('Error'));
    return (start >= 0 ? lines.slice(start) : lines)
        .filter((line) => !/^Use --debug flag/.test(line))
        .join(' ')
        .slice(0, 500);
}
async function copyTree(repository, revision, from, to) {
    const files = await repository.listFiles(revision, [`${from}/**`]);
    const texts = await repository.readBlobs(files);
    for (const [index, file] of files.entries()) {
        const target = external_node_path_.join(to, external_node_path_.posix.relative(from, file.path));
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        const text = texts[index];
        if (text === undefined)
            throw new Error(`readBlobs gave no text for ${file.path}`); // it gives one per blob, in order
        await (0,promises_.writeFile)(target, text);
    }
}

;// CONCATENATED MODULE: ./build/src/env/helm-cross-check.js




async function crossCheckWithHelm(helm, { repository, revision, chartDir }, snapshot) {
    const out = new EnvFindings();
    if (!helm) {
        out.hit(rules/* RULES */.y.helmUnavailable, { name: 'helm' });
        return out;
    }
    const chartName = snapshot.metadata.name ?? chartDir.split('/').pop();
    for (const environment of snapshot.environments) {
        let rendered;
        try {
            const output = await renderChart(helm, repository, revision, { chartDir, valuesFile: environment.file, valuesPrefix: snapshot.valuesPrefix, values: environment.values });
            rendered = new Map([...renderedEnvBySource(output)].map(([source, names]) => [sourceInChart(source), names]));
        }
        catch (error) {
            out.hit(rules/* RULES */.y.helmFailed, { name: error.message.split('\n')[0], environment: environment.name }, { file: environment.file });
            continue;
        }
        const effective = effectiveEnv(snapshot, environment);
        for (const [workload, file] of snapshot.workloadFiles) {
            const names = rendered.get(`${chartName}/${file.slice(chartDir.length + 1)}`);
            if (!names)
                continue; // a _helper.tpl workload renders through another template
            const statically = [...(effective.get(workload)?.keys() ?? [])].filter((name) => isSet(effective, workload, name));
            const missed = [...names].filter((name) => !statically.includes(name)).sort();
            const extra = statically.filter((name) => !names.has(name)).sort();
            if (missed.length || extra.length) {
                out.hit(rules/* RULES */.y.helmMismatch, { name: [...missed, ...extra].join(', '), workload, environment: environment.name, environments: missed, other: extra.join(', ') || 'none' }, { file });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/env/run.js
/**
 * `runEnvDiff`: the whole env-diff check, shared by the CLI and the action. In the service
 * repository it diffs the code's reads and checks them against the deployment repository's
 * chart; in the deployment repository it diffs the chart and checks every environment
 * against the code of the version deployed there; with both sections, both. A list of named
 * pairs (a deployment repository hosting several services' charts) checks each pair.
 */






















/**
 * The check as the CLI and the action run it: one pair (the single-object `env:`) gives that
 * pair's report; a list of named pairs gives one report with a section per pair (pairs-report.ts).
 * An input error in a pair is exit 2 naming the pair. `pair` (--pair, the `pair` input) checks
 * that one pair of the list alone (its report keeps the list's shape, one section).
 */
async function runEnvDiffAll(options) {
    const pairs = pairsToCheck(envPairsOf(options.config), options.pair, options.config.file);
    if (pairs.every((pair) => pair.name === null))
        return runEnvDiff({ ...options, pair: undefined });
    return withRevisions(options, async (run) => {
        const reports = [];
        for (const pair of pairs)
            reports.push({ name: pair.name ?? '', report: await namingPair(pair, () => checkPair(run, pair)) });
        return combinePairReports(reports);
    });
}
/** One pair's check: the single-object `env:`, or the pair of a list named `pair`. */
async function runEnvDiff(options) {
    const pairs = envPairsOf(options.config);
    const pair = options.pair === undefined && pairs.length === 1 ? pairs[0] : pairs.find((candidate) => candidate.name === options.pair);
    if (!pair) {
        throw new errors/* InputError */.dz(`no env pair named ${JSON.stringify(options.pair ?? '')}; the configuration names ${pairs.map((p) => p.name ?? '(one unnamed pair)').join(', ')}`, {
            file: options.config.file,
            hint: 'Name one of the configured pairs.',
        });
    }
    return withRevisions(options, (run) => checkPair(run, pair));
}
function envPairsOf({ config, file }) {
    if (!config.env) {
        throw new errors/* InputError */.dz('no env section: env-diff has nothing to compare', {
            file,
            hint: 'Add env.code (in the service repository) or env.chart (in the deployment repository); see the README, "env-diff".',
        });
    }
    return envPairs(config.env);
}
/** Open the repository and revisions for every pair; the warnings about ignores come once, after every pair is checked. */
async function withRevisions(options, work) {
    const { config, file: configFile } = options.config;
    const repository = await GitRepository.open(options.repository);
    try {
        const [base, head] = await Promise.all([repository.resolveRevision(options.revisions.base), repository.resolveRevision(options.revisions.head)]);
        const ignores = await envIgnores(repository, { base, head }, config, { configFile: shownPath(configFile, options.repository), now: options.now });
        const report = await work({ options, configFile, repository, base, head, ignores });
        return { ...report, findings: [...report.findings, ...ignores.problems()] };
    }
    finally {
        repository.close();
    }
}
/** An input error inside a named pair says which pair (the single-object form needs no name). */
async function namingPair(pair, work) {
    try {
        return await work();
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz) || pair.name === null)
            throw error;
        throw new errors/* InputError */.dz(`env pair ${JSON.stringify(pair.name)}: ${error.message}`, { file: error.file, line: error.line, column: error.column, hint: error.hint });
    }
}
async function checkPair(run, pair) {
    const env = pair.config;
    if (!env.code && !env.chart) {
        throw new errors/* InputError */.dz(`${formatKeyPath(pair.keyPath)}: no code or chart section: env-diff has nothing to compare`, {
            file: run.configFile,
            line: await configLine(run, pair.keyPath),
            hint: 'Add code (in the service repository) or chart (in the deployment repository); see the README, "env-diff".',
        });
    }
    let counterpart;
    const getCounterpart = async () => {
        if (!env.counterpart)
            return undefined;
        counterpart ??= await openCounterpart(env.counterpart, env, { token: run.options.token, serverUrl: run.options.serverUrl, cwd: run.options.repository });
        return counterpart;
    };
    try {
        const chart = env.chart ? await checkChart(run, pair, getCounterpart) : undefined;
        const code = env.code ? await checkCode(run, pair, { chartHead: chart?.chartHead }, getCounterpart) : undefined;
        const findings = EnvFindings.combine([...(chart ? [chart.findings] : []), ...(code ? [code.findings] : [])]);
        const codeScope = code?.scope ?? [];
        const hunksByFile = new Map();
        await findings.placeOnHead(async (file, line) => {
            if (!hunksByFile.has(file))
                hunksByFile.set(file, run.repository.diffHunks(run.base, run.head, file));
            const hunks = await hunksByFile.get(file);
            return hunks && headLineOf(hunks, line);
        });
        const scope = [...codeScope.slice(0, 1), ...(chart ? [chart.scope] : []), ...codeScope.slice(1)].join(', ');
        return buildEnvReport({ findings, parity: chart?.parity, deployed: chart?.deployed ?? [], scope, environments: chart?.environments ?? [], ignores: run.ignores });
    }
    finally {
        await counterpart?.remote.dispose();
    }
}
async function checkChart(run, pair, getCounterpart) {
    const { repository, base, head } = run;
    const env = pair.config;
    const chart = env.chart;
    const settings = chartSettingsOf(chart);
    const [chartBase, chartHead] = await Promise.all([readChartSnapshot(repository, base, settings), readChartSnapshot(repository, head, settings)]);
    assertWorkloadsPresent(chartHead, `head (${run.options.revisions.head})`);
    const lookup = deployedLookupFor(run, env, getCounterpart);
    const analysis = await analyzeChart(chartBase, chartHead, lookup);
    const helmFindings = run.options.helm ? [await crossCheckWithHelm(await findHelm(), { repository, revision: head, chartDir: chart.path.replace(/\/+$/, '') }, chartHead)] : [];
    let parity;
    if (env.parity?.length) {
        const exempt = new Set(Object.values(env['parity-exempt'] ?? {}).flat());
        const compared = compareParity(chartBase, chartHead, env.parity, exempt);
        parity = judgeParity(compared, await parityReaders(lookup, chartHead, [...new Set(compared.introduced.map((problem) => problem.name))]));
    }
    const findings = EnvFindings.combine([analysis.findings, ...helmFindings]);
    return { chartHead, findings, deployed: analysis.rows, environments: environmentChanges(chartBase, chartHead), parity, scope: `chart ${chart.path} ${run_short(base)}..${run_short(head)}` };
}
/** The code step (service repository side); its scope: the code range first, then the chart it was held against. */
async function checkCode(run, pair, seen, getCounterpart) {
    const { repository, base, head, configFile } = run;
    const env = pair.config;
    await assertCodeGlobsMatch(run, pair, env.code);
    const settings = { ...codeSettingsOf(env, configFile), baseExtraReads: await baseExtraReads(run, pair.name) };
    const diff = await diffCode(new CodeReader(repository), base, head, settings);
    const scope = [`code ${run_short(base)}..${run_short(head)}`];
    let view;
    if (seen.chartHead)
        view = { snapshot: seen.chartHead, label: 'this repository' };
    else if (diff.changes.length && env.counterpart) {
        const other = (await getCounterpart());
        if (!other.chart)
            throw missingCounterpartSide(other, 'chart');
        view = { snapshot: await readChartSnapshot(other.remote.repository, other.remote.commit, other.chart), label: other.label };
        assertWorkloadsPresent(view.snapshot, other.label);
        scope.push(`against the chart of ${other.label}`);
    }
    return { scope, findings: analyzeCode(diff, view) };
}
/** The line of a key path in the configuration (undefined when it is outside the repository or unreadable). */
async function configLine(run, keyPath) {
    return (0,promises_.readFile)(run.options.config.path, 'utf8').then((text) => parseYaml(text, run.configFile).lineOf(keyPath), () => undefined);
}
/** Where deployed versions' code is read: this repository when it holds the code too, else the counterpart. */
function deployedLookupFor(run, env, getCounterpart) {
    const { repository, head } = run;
    const own = codeSettingsOf(env, run.configFile);
    if (own) {
        const headBuild = async () => ({ commit: await repository.resolveRevision(head), ref: head.slice(0, 12) });
        const fetchTag = (tag) => repository.resolveRevision(`refs/tags/${tag}`);
        return deployedCodeLookup({ source: 'this repository', repository, settings: own, tags: () => repository.tags(), fetchTag, branch: { tags: [LATEST_TAG], head: headBuild } });
    }
    const { counterpart } = env;
    if (!counterpart)
        return null;
    // Opened on first use: a chart change that removes nothing and moves no tag never fetches the counterpart.
    let lookup;
    return async (tag, names) => {
        lookup ??= getCounterpart().then((other) => {
            if (!other?.code)
                throw missingCounterpartSide(other, 'code');
            const branch = { tags: counterpart['branch-tags'], head: () => Promise.resolve({ commit: other.remote.commit, ref: counterpart.ref }) };
            const { remote } = other;
            return deployedCodeLookup({ source: other.repositoryLabel, repository: remote.repository, settings: other.code, tags: () => remote.tags(), fetchTag: (name) => remote.fetchTag(name), branch, webUrl: other.webUrl });
        });
        return (await lookup)(tag, names);
    };
}
/**
 * A glob of env.code that matches no file at head is a typo or a moved folder, never "nothing
 * changed": exit 2 naming env.code.<workload>[i] (env[n].code… in a list) and its line in the configuration.
 */
async function assertCodeGlobsMatch(run, pair, code) {
    for (const [workload, globs] of Object.entries(code)) {
        for (const [index, glob] of globs.entries()) {
            if ((await run.repository.listFiles(run.head, [glob])).length)
                continue;
            const keyPath = [...pair.keyPath, 'code', workload, index];
            throw new errors/* InputError */.dz(`${formatKeyPath(keyPath)}: ${JSON.stringify(glob)} matches no file at head`, {
                file: run.configFile,
                line: await configLine(run, keyPath),
                hint: 'Fix the path (a typo, or the code moved): a glob that matches nothing would leave that code unchecked.',
            });
        }
    }
}
/**
 * env.extra-reads as the base revision's config has them, so a PR that declares a new one is
 * a new read. A config absent or invalid at base declares none; a config outside the
 * repository leaves the head's declaration as the only one. A change of form (one pair ↔ a
 * list) reads what the base declared for any of its pairs: never the head's own declaration,
 * which would make a read the PR adds look declared all along.
 */
async function baseExtraReads(run, pairName) {
    const { repository, base, configFile } = run;
    // The repository's folder is git's (links resolved): so is the configuration's path.
    const inRepository = external_node_path_.relative(repository.dir, await (0,promises_.realpath)(run.options.config.path).catch(() => run.options.config.path));
    if (inRepository.startsWith('..') || external_node_path_.isAbsolute(inRepository))
        return undefined;
    const file = await repository.readFile(base, inRepository.split(external_node_path_.sep).join('/'));
    if (!file)
        return {};
    let env;
    try {
        env = parseConfig(file.text, `${configFile} at base`).env;
    }
    catch {
        return {}; // an invalid base config declared nothing a run could have checked
    }
    if (env === undefined)
        return {};
    const pairs = envPairs(env);
    // The same pair at base: by name in a list (a pair new at head declared none).
    if (Array.isArray(env) === (pairName !== null))
        return pairs.find((candidate) => candidate.name === pairName)?.config['extra-reads'] ?? {};
    return declaredByAny(pairs.map((pair) => pair.config['extra-reads'] ?? {}));
}
/** Every workload's declarations across pairs, in order. */
function declaredByAny(declarations) {
    const merged = {};
    for (const declared of declarations)
        for (const [workload, reads] of Object.entries(declared))
            merged[workload] = [...(merged[workload] ?? []), ...reads];
    return merged;
}
function run_short(revision) {
    return revision.slice(0, 12);
}

;// CONCATENATED MODULE: ./build/src/github/merge-queue.js
/** GitHub's merge queue names each group's branch after the PR it tests. */
/** `gh-readonly-queue/main/pr-123-<sha>` → 123. */
function pullNumberOfMergeGroup(headRef) {
    const match = /(?:^|\/)pr-(\d+)-[0-9a-f]+$/.exec(headRef);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./build/src/revisions/model.js
/** What a check compares: base → head, and what the pull request or release says about it. */

/** A shallow checkout lacks the commits it did not fetch: fetch those given by full id (depth 1); names are resolved as they are. */
async function ensureCommits(repository, revisions) {
    for (const revision of revisions)
        if (git_args/* OBJECT_ID */.SN.test(revision))
            await repository.ensureCommit(revision);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./build/src/schema/rules.js
var schema_rules = __webpack_require__(6218);
;// CONCATENATED MODULE: ./build/src/schema/semver.js
/**
 * Versions: the current release (newest semver tag reachable from base), the
 * proposed one (a new tag, a CHANGELOG heading, a version file, a semver:* label,
 * or --proposed-version), and whether the bump between them covers what the
 * schema changes require.
 */




/** `9.3.0`, `v1.0.0`, `v2.1` → the version; anything else → undefined (git/tag-version.ts says which spellings count). */
function versionOfTag(name) {
    return (0,tag_version/* tagVersion */.R)(name)?.version;
}
/** The newest release version among tag names (pre-releases count only when nothing else does). */
function newestVersion(tagNames) {
    const versions = tagNames.map(versionOfTag).filter((v) => v !== undefined);
    const releases = versions.filter((v) => !semver.prerelease(v));
    const pool = releases.length ? releases : versions;
    return pool.sort(semver.rcompare)[0];
}
/**
 * The release before `version` among tag names: the newest release (no pre-release)
 * lower than it. Several tags on one commit are fine: 9.1.0's previous release is
 * 9.0.0 even where 9.0.0, 9.1.0 and 9.2.0 share a commit.
 */
function previousRelease(tagNames, version) {
    return tagNames
        .map((name) => ({ name, version: versionOfTag(name) }))
        .filter((t) => t.version !== undefined && !node_modules_semver.prerelease(t.version) && node_modules_semver.lt(t.version, version))
        .sort((a, b) => node_modules_semver.rcompare(a.version, b.version))[0];
}
/** The newest version heading of a changelog (`## [1.2.0] - date`, `# v1.2.0`, `## 1.2.0`). */
function changelogVersion(text) {
    for (const line of text.split('\n')) {
        const match = /^#{1,4}\s*\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?/.exec(line.trim());
        if (match && semver.valid(match[1]))
            return match[1];
    }
    return undefined;
}
/** The version a version file declares, through the configured regular expression (first group). */
function fileVersion(text, pattern) {
    const match = firstUserMatch(pattern, text);
    const found = match?.[1] ?? match?.[0];
    return found ? cleanVersion(found) : undefined;
}
/** `semver:major|minor|patch` among the labels. */
function labelBump(labels) {
    const bumps = labels.map((l) => /^semver:\s*(major|minor|patch)$/i.exec(l.trim())?.[1]?.toLowerCase());
    const found = bumps.filter((b) => b !== undefined);
    return found.sort((a, b) => bumpRank(b) - bumpRank(a))[0];
}
function applyBump(current, bump) {
    return bump === 'none' ? current : (semver.inc(current, bump) ?? current);
}
/** The bump from current to proposed; 'downgrade' when proposed is lower. */
function bumpBetween(current, proposed) {
    if (semver.lt(proposed, current))
        return 'downgrade';
    if (semver.major(proposed) > semver.major(current))
        return 'major';
    if (semver.minor(proposed) > semver.minor(current))
        return 'minor';
    if (semver.patch(proposed) > semver.patch(current))
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
    const version = versionOfTag(name);
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
    const previous = previousRelease(merged, version);
    if (!previous && (await repository.isShallow()))
        throw new errors/* InputError */.dz(`no release before ${name} in this shallow clone`, {
            hint: 'Check out with actions/checkout fetch-depth: 0 (or run git fetch --tags --unshallow) so the previous release tag and its history are present.',
        });
    return { base: previous ? `refs/tags/${previous.name}` : headCommit, head: headCommit, releaseTag: name };
}

;// CONCATENATED MODULE: ./build/src/revisions/from-event.js
/**
 * An action's revisions, from its event and its `base`/`head` inputs (an input wins over the event):
 * pull_request: the PR's base and head, labels and body;
 * merge_group: the group's base → head, with the queued PR's labels and body asked for;
 * tag push / release (when the check compares releases): the previous release → the tag;
 * push: before → after; any other event needs the `base` input.
 * Commits given by full id are fetched when the checkout is shallow (actions/checkout fetches
 * one merge commit at depth 1).
 */




async function revisionsFromEvent(context, options) {
    const revisions = await eventRevisions(context, options);
    await ensureCommits(options.repository, revisions.releaseTag ? [] : [revisions.base, revisions.head]);
    return revisions;
}
async function eventRevisions(context, options) {
    const baseInput = options.base || undefined;
    const headInput = options.head || undefined;
    const pr = context.pullRequest;
    if (pr)
        return { base: baseInput ?? pr.baseSha, head: headInput ?? pr.headSha, labels: pr.labels, pullRequestBody: pr.body };
    if (context.eventName === 'merge_group')
        return mergeGroupRevisions(context, options);
    const releaseTag = options.releases ? releaseTagOf(context) : undefined;
    if (releaseTag) {
        const released = await releaseRevisions(options.repository, releaseTag, headInput ?? context.sha ?? `refs/tags/${releaseTag}`, baseInput);
        return { ...released, labels: [] };
    }
    const base = baseInput ?? pushBefore(context);
    if (!base) {
        throw new errors/* InputError */.dz(`no base revision for a '${context.eventName}' event`, {
            hint: `Set the action's \`base\` input, or run it on ${options.events.join(', ')} events.`,
        });
    }
    return { base, head: headInput ?? (context.sha || 'HEAD'), labels: [] };
}
/** A merge queue checks the queued merge commit against its base; the queued PR's labels are not in the payload. */
async function mergeGroupRevisions(context, options) {
    const group = context.payload.merge_group;
    const base = options.base || stringOf(group?.base_sha);
    const head = options.head || stringOf(group?.head_sha);
    if (!base || !head) {
        throw new errors/* InputError */.dz('the merge_group payload has no merge_group.base_sha/head_sha', {
            hint: 'This is not the payload GitHub sends for merge_group; set the `base` and `head` inputs, or run the action on the merge_group event itself.',
        });
    }
    const number = pullNumberOfMergeGroup(stringOf(group?.head_ref));
    const pull = number === undefined ? undefined : await options.queuedPull?.(number);
    return { base, head, labels: pull?.labels ?? [], pullRequestBody: pull?.body };
}
/** The tag a tag push or a release event releases. */
function releaseTagOf(context) {
    const release = context.payload.release;
    if (context.eventName === 'release' && typeof release?.tag_name === 'string')
        return release.tag_name;
    if (context.eventName === 'push' && context.ref?.startsWith('refs/tags/'))
        return context.ref.slice('refs/tags/'.length);
    return undefined;
}
/** A push's `before`, unless the push created the branch or tag (all zeros). */
function pushBefore(context) {
    const before = context.payload.before;
    return typeof before === 'string' && before !== '' && !/^0+$/.test(before) ? before : undefined;
}
function stringOf(value) {
    return typeof value === 'string' ? value : '';
}

// EXTERNAL MODULE: ./build/src/actions/inputs.js
var inputs = __webpack_require__(8156);
;// CONCATENATED MODULE: ./build/src/actions/check-context.js
/**
 * What the schema-diff and env-diff actions share before their core runs: the configuration
 * (the `config` input, loaded once per run and kept inside the workspace) and the revisions the
 * event and the `base`/`head` inputs give (src/revisions/).
 */







/** The `config` input, read from the workspace; a link out of the workspace is refused unread. */
async function loadActionConfig(context) {
    const configFile = (0,inputs/* stringInput */.Uj)('config', config_schema/* DEFAULT_CONFIG_PATH */.B);
    return loadCheckConfig(external_node_path_.resolve(context.workspace, configFile), configFile, context.workspace);
}
async function actionRevisions(context, options) {
    const repository = await GitRepository.open(context.workspace);
    try {
        return await revisionsFromEvent(context, {
            repository,
            base: (0,inputs/* stringInput */.Uj)('base'),
            head: (0,inputs/* stringInput */.Uj)('head'),
            releases: options.releases,
            events: options.events,
            queuedPull: options.queuedPull ? queuedPullLookup(context) : undefined,
        });
    }
    finally {
        repository.close();
    }
}
/** The PR a merge group tests, read with the `token` input (none without one). */
function queuedPullLookup(context) {
    return async (number) => {
        const token = (0,inputs/* stringInput */.Uj)('token');
        if (!token)
            return undefined;
        const [owner = '', repo = ''] = context.repository.split('/');
        const [{ createGitHubClient }, { getPull }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(214), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 6330)), Promise.all(/* import() */[__webpack_require__.e(555), __webpack_require__.e(214), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 8153))]);
        try {
            return await getPull(createGitHubClient({ token, baseUrl: context.apiUrl }).octokit, owner, repo, number);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`cannot read PR #${number} of the merge group: ${error.message.split('\n')[0] ?? ''}`, {
                hint: "The token needs pull-requests: read to see the queued PR's labels.",
            });
        }
    };
}

// EXTERNAL MODULE: ./build/src/actions/event.js + 1 modules
var actions_event = __webpack_require__(9180);
;// CONCATENATED MODULE: ./build/src/actions/env-diff-run.js




/** `loaded`: the configuration the root action loaded for every check; read here when the action runs alone. */
async function produceEnvDiff(loaded) {
    const context = await (0,actions_event/* readEventContext */.ws)();
    const config = loaded ?? (await loadActionConfig(context));
    return runEnvDiffAll({
        repository: context.workspace,
        config,
        revisions: await actionRevisions(context, { releases: false, events: actions_event/* ENV_DIFF_EVENTS */.mH, queuedPull: false }),
        token: (0,inputs/* stringInput */.Uj)('token') || undefined,
        serverUrl: context.serverUrl,
        helm: (0,inputs/* booleanInput */.tE)('helm-cross-check'),
        pair: (0,inputs/* stringInput */.Uj)('pair') || undefined,
    });
}


/***/ })

};
