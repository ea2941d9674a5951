export const id = 617;
export const ids = [617];
export const modules = {

/***/ 7617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/config/load.js
var load = __webpack_require__(3110);
// EXTERNAL MODULE: ./build/src/config/schema.js + 3 modules
var schema = __webpack_require__(3324);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/git/repository.js + 1 modules
var git_repository = __webpack_require__(8360);
// EXTERNAL MODULE: ./build/src/config/yaml.js
var yaml = __webpack_require__(8045);
// EXTERNAL MODULE: ./build/src/helm/values.js
var helm_values = __webpack_require__(1282);
// EXTERNAL MODULE: ./build/src/python/classes.js
var classes = __webpack_require__(2488);
// EXTERNAL MODULE: ./build/src/python/env-reads.js + 1 modules
var env_reads = __webpack_require__(407);
// EXTERNAL MODULE: ./build/src/python/parse.js
var parse = __webpack_require__(615);
;// CONCATENATED MODULE: ./build/src/init/detect.js
/**
 * `lockstep init`: what a repository holds that a starting .github/lockstep.yml can name —
 * dataclass and pydantic message classes, the folders whose code reads os.environ, a Helm
 * chart with its workload templates, values files and image tag — read at HEAD with the
 * same readers the checks use (never running the code). What it cannot decide is said,
 * not guessed silently. Every loop is bounded by the file caps below.
 */






/** At most this many Python files and values files are read. */
const MAX_PYTHON_FILES = 3000;
const MAX_VALUES_FILES = 200;
/** Message classes written into the configuration; the rest are listed. */
const MAX_MESSAGES = 8;
/** A class is taken for a message when its name or file says so. */
const MESSAGE_WORDS = /messag|event|visit|payload|notif/i;
const SKIPPED_FOLDERS = /(^|\/)(tests?|docs?|examples?|\.github)\//;
async function detect(repository, options) {
    const files = (await repository.listFiles('HEAD')).map((entry) => entry.path);
    const undecided = [];
    const python = files.filter((file) => file.endsWith('.py') && !SKIPPED_FOLDERS.test(file));
    if (python.length > MAX_PYTHON_FILES)
        undecided.push(`Only the first ${MAX_PYTHON_FILES} of ${python.length} Python files were read.`);
    const { messages, codeGlobs, variables, undecided: pythonUndecided } = await readPython(repository, python.slice(0, MAX_PYTHON_FILES));
    const { chart, undecided: chartUndecided } = await findChart(repository, files, options.chart);
    undecided.push(...pythonUndecided, ...chartUndecided);
    const versioning = (await repository.tags()).some((tag) => /^v?\d+\.\d+\.\d+$/.test(tag.name)) ? 'tags' : files.includes('CHANGELOG.md') ? 'changelog' : 'label';
    if (versioning === 'label' && messages.length)
        undecided.push('No release tags and no CHANGELOG.md: versioning.source is label (a semver:* PR label declares each bump).');
    return { messages, codeGlobs, variables, ...(chart ? { chart } : {}), versioning, undecided };
}
/** The message classes and env-reading folders of the Python files, and what could not be decided about them. */
async function readPython(repository, files) {
    const undecided = [];
    const found = [];
    const readingFolders = new Set();
    const variables = new Set();
    for (const file of files) {
        const text = await repository.readFile('HEAD', file).catch(() => undefined);
        if (!text)
            continue;
        const module = (0,parse/* parsePython */.w_)(file, text.text);
        for (const cls of (0,classes/* topLevelClasses */.As)(module)) {
            const kind = messageKind(cls);
            if (kind)
                found.push({ file, name: cls.name, kind });
        }
        const reads = (0,env_reads/* findEnvReads */.wu)(module).filter((read) => read.resolved);
        if (reads.length)
            readingFolders.add(external_node_path_.posix.dirname(file));
        for (const read of reads)
            variables.add(read.name);
    }
    const named = found.filter((candidate) => MESSAGE_WORDS.test(candidate.name) || MESSAGE_WORDS.test(external_node_path_.posix.basename(candidate.file)));
    const messages = named.slice(0, MAX_MESSAGES);
    const others = found.filter((candidate) => !messages.includes(candidate));
    if (messages.length)
        undecided.push(`role: both for every message (the strictest); set producer or consumer where this repository only sends or only reads it.`);
    if (others.length)
        undecided.push(`${others.length} more dataclass/pydantic class${others.length === 1 ? '' : 'es'} not written as messages (add those that travel between services): ${others
            .slice(0, 10)
            .map((candidate) => `${candidate.file}#${candidate.name}`)
            .join(', ')}${others.length > 10 ? ', …' : ''}.`);
    if (found.length === 0)
        undecided.push('No dataclass or pydantic class found: no messages section.');
    const codeGlobs = folderGlobs([...readingFolders]);
    if (codeGlobs.length)
        undecided.push('Every folder that reads os.environ went under one workload, service; split env.code if the repository runs several containers.');
    return { messages, codeGlobs, variables: variables.size, undecided };
}
function messageKind(cls) {
    const last = (expr) => (expr.kind === 'name' ? expr.parts.at(-1) : expr.kind === 'call' ? last(expr.callee) : undefined);
    if (cls.bases.some((base) => last(base) === 'BaseModel'))
        return 'pydantic';
    if (cls.decorators.some((decorator) => last(decorator) === 'dataclass'))
        return 'dataclass';
    return undefined;
}
/** The top folders (two levels deep at most) of the files that read the environment, as globs. */
function folderGlobs(folders) {
    const tops = new Set(folders.map((folder) => (folder === '.' ? '*.py' : `${folder.split('/').slice(0, 2).join('/')}/**/*.py`)));
    return [...tops].sort();
}
/** The chart (the one there is, or the one asked for) with its workloads, environments and image tag, and what could not be decided. */
async function findChart(repository, files, wanted) {
    const undecided = [];
    const charts = files.filter((file) => external_node_path_.posix.basename(file) === 'Chart.yaml').map((file) => external_node_path_.posix.dirname(file));
    if (wanted !== undefined && !charts.includes(wanted.replace(/\/+$/, ''))) {
        undecided.push(`--chart ${wanted}: no Chart.yaml there; charts found: ${charts.slice(0, 10).join(', ') || 'none'}.`);
        return { undecided };
    }
    const chosen = wanted?.replace(/\/+$/, '') ?? (charts.length === 1 ? charts[0] : undefined);
    if (!chosen) {
        if (charts.length > 1)
            undecided.push(`${charts.length} Helm charts found (${charts.slice(0, 10).join(', ')}${charts.length > 10 ? ', …' : ''}): run again with --chart PATH to pick one.`);
        return { undecided };
    }
    const workloads = {};
    const templates = files.filter((file) => file.startsWith(`${chosen}/templates/`) && /\.(ya?ml|tpl)$/.test(file));
    for (const template of templates) {
        const text = (await repository.readFile('HEAD', template).catch(() => undefined))?.text ?? '';
        if (/^\s*env:\s*$/m.test(text))
            workloads[external_node_path_.posix.basename(template).replace(/\.[^.]+$/, '').replace(/^_/, '')] = template.slice(chosen.length + 1);
    }
    if (Object.keys(workloads).length === 0)
        undecided.push(`No template of ${chosen} has an env: list; add env.chart.workloads by hand.`);
    else
        undecided.push(`Workloads are named after their templates (${Object.keys(workloads).join(', ')}); rename them to match env.code's workload names.`);
    const name = external_node_path_.posix.basename(chosen);
    const values = files.filter((file) => /(^|\/)values-[^/]+\.ya?ml$/.test(file) && (file.startsWith(`${chosen}/`) || external_node_path_.posix.basename(external_node_path_.posix.dirname(file)).startsWith(name)));
    const environments = environmentGlob(values, chosen, name);
    if (!environments)
        undecided.push(`No values-*.yaml files for ${chosen}: the chart is read as one environment.`);
    const imageTag = await findImageTag(repository, values.slice(0, MAX_VALUES_FILES), name);
    if (environments && !imageTag)
        undecided.push('No image tag found in the values files: set env.chart.image-tag to the key path of the deployed tag.');
    return { chart: { path: chosen, workloads, ...(environments ? { environments } : {}), ...(imageTag ? { imageTag } : {}) }, undecided };
}
function environmentGlob(values, chart, name) {
    if (values.length === 0)
        return undefined;
    if (values.every((file) => file.startsWith(`${chart}/`)))
        return `${chart}/values-*.yaml`;
    const parents = new Set(values.map((file) => external_node_path_.posix.dirname(external_node_path_.posix.dirname(file))));
    if (parents.size === 1)
        return `${[...parents][0]}/${name}*/values-*.yaml`.replace(/^\.\//, '');
    return undefined;
}
/** The key path of `image.tag` in the first values file that has one (under the chart's name when it nests there). */
async function findImageTag(repository, values, name) {
    for (const file of values) {
        const text = (await repository.readFile('HEAD', file).catch(() => undefined))?.text;
        if (!text)
            continue;
        let parsed;
        try {
            parsed = (0,yaml/* parseYaml */.hN)(text, file, { version: '1.1' }).value;
        }
        catch {
            continue;
        }
        if (!(0,helm_values/* isMapping */.pi)(parsed))
            continue;
        for (const prefix of [[name], []]) {
            let node = parsed;
            for (const key of prefix)
                node = (0,helm_values/* isMapping */.pi)(node) ? node[key] : undefined;
            const image = (0,helm_values/* isMapping */.pi)(node) ? node.image : undefined;
            if ((0,helm_values/* isMapping */.pi)(image) && image.tag !== undefined)
                return [...prefix, 'image', 'tag'].join('.');
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/init/write.js
const q = (text) => JSON.stringify(text);
function renderStartingConfig(found) {
    const lines = [
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/lsst-dm/lockstep/main/lockstep.schema.json',
        '# Written by `lockstep init`; check each line (see the README, "Configuration"). Editors complete and explain each key from the schema above.',
    ];
    if (found.messages.length) {
        lines.push('messages:');
        for (const message of found.messages) {
            lines.push(`  - name: ${q(message.name)}`, `    schema: ${q(`${message.file}#${message.name}`)}`, '    role: both                 # the strictest: set producer or consumer', `    decoder: ${message.kind === 'pydantic' ? 'pydantic' : 'strict          # a dataclass read with cls(**message)'}`, '    # peer: {repository: owner/name, ref: main, schema: PATH.py#Class}   # the other side, checked against this head');
        }
        lines.push('versioning:', `  source: ${found.versioning}`);
    }
    const env = [];
    if (found.codeGlobs.length)
        env.push('  code:', `    service: [${found.codeGlobs.map(q).join(', ')}]   # ${found.variables} variables read`);
    if (found.chart) {
        const { chart } = found;
        env.push('  chart:', `    path: ${q(chart.path)}`, `    workloads: {${Object.entries(chart.workloads).map(([name, file]) => `${q(name)}: ${q(file)}`).join(', ')}}`);
        if (chart.environments)
            env.push(`    environments: ${q(chart.environments)}`);
        if (chart.imageTag)
            env.push(`    image-tag: ${q(chart.imageTag)}`);
    }
    if (env.length)
        lines.push('env:', ...env, '  # counterpart: {repository: owner/name, ref: main}   # the other side: the chart that sets these variables, or the code that reads them');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./build/src/report/model.js
var model = __webpack_require__(8829);
// EXTERNAL MODULE: ./build/src/cli/command.js + 3 modules
var command = __webpack_require__(6158);
;// CONCATENATED MODULE: ./build/src/cli/init-command.js
/** `lockstep init`: write a starting .github/lockstep.yml for the repository, and say what it could not decide. */










const HELP = `Usage: lockstep init [options]

Reads the repository at HEAD (never running its code) and writes a starting
.github/lockstep.yml: dataclass and pydantic message classes, the folders whose code
reads os.environ, a Helm chart with its workload templates, values files and image tag.
Prints what it could not decide. An existing file is kept unless --force.

Options:
  --repo DIR     repository folder (default: the current folder)
  --chart PATH   the chart to describe when the repository has several (e.g. charts/prompt-keda)
  --force        overwrite an existing .github/lockstep.yml`;
const initCommand = {
    name: 'init',
    summary: 'write a starting .github/lockstep.yml for this repository and say what it could not decide',
    help: HELP,
    options: {
        repo: { type: 'string' },
        chart: { type: 'string' },
        force: { type: 'boolean', default: false },
    },
    async run(values, context) {
        const repoDir = (0,command/* repoOption */.kF)(values, context);
        const target = external_node_path_.join(repoDir, schema/* DEFAULT_CONFIG_PATH */.B);
        const existing = (0,external_node_fs_.lstatSync)(target, { throwIfNoEntry: false });
        if (existing && values.force !== true) {
            throw new errors/* InputError */.dz(`${schema/* DEFAULT_CONFIG_PATH */.B} already exists; it was not changed`, { file: target, hint: 'Edit it, or run again with --force to replace it with a new starting configuration.' });
        }
        const repository = await git_repository/* GitRepository */.xr.open(repoDir);
        try {
            const chart = (0,command/* stringOption */.Pp)(values, 'chart');
            const found = await detect(repository, chart === undefined ? {} : { chart });
            const text = renderStartingConfig(found);
            // What init writes must load: a generator bug is caught here, not in the first check.
            (0,load/* parseConfig */.o4)(text, schema/* DEFAULT_CONFIG_PATH */.B);
            writeInsideRepository(repoDir, target, text);
            return initReport(found.undecided, text, found.messages.length);
        }
        finally {
            repository.close();
        }
    },
};
/**
 * Write the file where it belongs and nowhere else: never through a symlink (of the file or
 * of `.github`) to a place outside the repository; --force replaces the file itself, never
 * the file a link points to.
 */
function writeInsideRepository(repoDir, target, text) {
    const folder = external_node_path_.dirname(target);
    (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
    const root = (0,external_node_fs_.realpathSync)(repoDir);
    if ((0,external_node_fs_.lstatSync)(folder).isSymbolicLink() || external_node_path_.relative(root, (0,external_node_fs_.realpathSync)(folder)) !== external_node_path_.basename(folder)) {
        throw new errors/* InputError */.dz(`${external_node_path_.basename(folder)} is a symbolic link or lies outside the repository; nothing was written`, {
            file: folder,
            hint: `Make ${external_node_path_.basename(folder)} a plain folder of the repository.`,
        });
    }
    if ((0,external_node_fs_.lstatSync)(target, { throwIfNoEntry: false }))
        (0,external_node_fs_.unlinkSync)(target);
    (0,external_node_fs_.writeFileSync)(target, text, { flag: 'wx' });
}
function initReport(undecided, text, messages) {
    return {
        command: 'init',
        verdict: 'pass',
        headline: `wrote ${schema/* DEFAULT_CONFIG_PATH */.B} (${messages} message${messages === 1 ? '' : 's'}${text.includes('\nenv:') ? ', env' : ''}); check the ${undecided.length} point${undecided.length === 1 ? '' : 's'} below`,
        findings: [],
        blocks: [
            { kind: 'paragraph', text: (0,model/* inline */.mG) `Wrote ${schema/* DEFAULT_CONFIG_PATH */.B}:` },
            { kind: 'list', items: text.trimEnd().split('\n').map((line) => [(0,model/* code */.aY)(line)]) },
            { kind: 'heading', text: (0,model/* inline */.mG) `Not decided — check these` },
            { kind: 'list', items: (undecided.length ? undecided : ['Nothing: every section was found.']).map((item) => (0,model/* inline */.mG) `${item}`) },
        ],
        data: { written: schema/* DEFAULT_CONFIG_PATH */.B, config: text, undecided },
        outputs: {},
    };
}


/***/ })

};
