#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3916:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6708:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(137);
/** The `lockstep` executable (dist/cli/index.js). */

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: topLevelHelp

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __nccwpck_require__(7406);
;// CONCATENATED MODULE: ./build/src/report/fail-on.js
/**
 * `--fail-on error|warning|note` (action input `fail-on`): the severity that fails a check.
 * `error` (the default) keeps the check's own verdict — errors fail, and the check's own
 * exceptions stand (the approve label, a gate sweep that reports on each PR's status).
 * `warning` also fails on any warning; `note` on any finding at all.
 */

const FAIL_ON_LEVELS = ['error', 'warning', 'note'];
const DEFAULT_FAIL_ON = 'error';
/** The severities each level fails on, beyond the check's own verdict. */
const FAILING = { error: [], warning: ['error', 'warning'], note: ['error', 'warning', 'notice'] };
/** A user's value ('' → the default); exit 2 naming where it came from otherwise. */
function parseFailOn(value, where) {
    const level = (value ?? '').trim().toLowerCase() || DEFAULT_FAIL_ON;
    if (FAIL_ON_LEVELS.includes(level))
        return level;
    throw new errors/* InputError */.dz(`${where}: expected ${FAIL_ON_LEVELS.join(' | ')}, got '${value}'`, {
        hint: 'error fails on errors only (the default); warning also on warnings; note on any finding.',
    });
}
/** The findings that fail the check at this level (none beyond the check's own verdict at `error`); an ignored finding never does. */
function findingsFailingAt(findings, failOn) {
    return findings.filter((finding) => !finding.ignored && FAILING[failOn].includes(finding.severity));
}
/** The report with its verdict held to the level: a pass with findings at or above it becomes a fail, and says why. */
function applyFailOn(report, failOn) {
    const failing = findingsFailingAt(report.findings, failOn);
    if (report.verdict === 'fail' || failing.length === 0)
        return report;
    const counts = countBySeverity(failing);
    const reason = `failed on ${counts} (fail-on: ${failOn})`;
    const data = 'verdict' in report.data ? { ...report.data, verdict: 'fail' } : report.data;
    return {
        ...report,
        verdict: 'fail',
        headline: `${report.headline} — ${reason}`,
        blocks: [...report.blocks, { kind: 'paragraph', text: `The check ${reason}: with fail-on ${failOn}, ${failOn === 'warning' ? 'a warning' : 'any finding'} fails it.` }],
        data,
    };
}
function countBySeverity(findings) {
    const names = { error: ['error', 'errors'], warning: ['warning', 'warnings'], notice: ['note', 'notes'] };
    return ['error', 'warning', 'notice']
        .map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length }))
        .filter(({ count }) => count > 0)
        .map(({ severity, count }) => `${count} ${names[severity][count === 1 ? 0 : 1]}`)
        .join(', ');
}

// EXTERNAL MODULE: ./build/src/report/model.js
var model = __nccwpck_require__(8829);
;// CONCATENATED MODULE: ./build/src/report/annotations.js
/**
 * Findings → GitHub annotations. GitHub shows at most 10 annotations of each type per
 * step (50 per job); the rest are returned as overflow, for the summary to list.
 */

const ANNOTATIONS_PER_TYPE = 10;
function selectAnnotations(findings, perType = ANNOTATIONS_PER_TYPE) {
    const counts = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    const overflow = [];
    for (const finding of findings) {
        // An ignored finding stays on its line, as a notice that says why it is accepted.
        const level = finding.ignored ? 'notice' : finding.severity;
        if (counts[level] >= perType) {
            overflow.push(finding);
            continue;
        }
        counts[level]++;
        const title = finding.ignored ? `Ignored: ${(0,model/* findingTitle */.Aj)(finding)}` : (0,model/* findingTitle */.Aj)(finding);
        const message = finding.ignored ? `${finding.message} ${(0,model/* ignoredNote */.bH)(finding.ignored)}` : finding.message;
        shown.push({ level, title, message, file: finding.file, line: finding.line });
    }
    return { shown, overflow };
}
/** `::error file=…,line=…,title=…::message` lines, escaped as the runner expects. */
function renderWorkflowCommands(annotations) {
    return annotations
        .map((annotation) => {
        const properties = [
            annotation.file ? `file=${escapeProperty(annotation.file)}` : '',
            annotation.line ? `line=${annotation.line}` : '',
            `title=${escapeProperty(annotation.title)}`,
        ].filter(Boolean);
        return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
    })
        .join('\n');
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: ./build/src/report/log-safety.js
var log_safety = __nccwpck_require__(8349);
// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __nccwpck_require__(75);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/src/version.js
/** Lockstep's version (kept equal to package.json's by a test). */
const LOCKSTEP_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./build/src/report/sarif.js
/**
 * Reports → one SARIF 2.1.0 log (what GitHub code scanning uploads): one rule per finding id,
 * one result per finding with its file, line and level, and a fingerprint that stays the same
 * across runs while the finding is the same (rule, file, title — not the line, which moves).
 */



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/lsst-dm/lockstep';
/** Where every message of every rule is listed (generated from the rule tables). */
const RULE_HELP_URI = `${INFORMATION_URI}/blob/main/docs/messages.md`;
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** The SARIF log of `reports` as a JSON string. */
function renderSarif(reports, options) {
    const findings = reports.flatMap((report) => report.findings);
    const rules = ruleDescriptors(findings);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'Lockstep', semanticVersion: LOCKSTEP_VERSION, informationUri: INFORMATION_URI, rules } },
                automationDetails: { id: `lockstep/${[...new Set(reports.map((report) => report.command))].sort().join('+')}/` },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository checked.' } } },
                results: findings.map((finding) => result(finding, ruleIndex.get(finding.id) ?? 0, options)),
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
/** One descriptor per rule id, in first-seen order, described by its first finding. */
function ruleDescriptors(findings) {
    const first = new Map();
    for (const finding of findings)
        if (!first.has(finding.id))
            first.set(finding.id, finding);
    return [...first.values()].map((finding) => ({
        id: finding.id,
        name: ruleName(finding.id),
        shortDescription: { text: finding.id },
        helpUri: `${RULE_HELP_URI}#${finding.id.replace(/[^a-z0-9-]/gi, '').toLowerCase()}`,
        help: { text: `Every message of ${finding.id} and what to do about it: ${RULE_HELP_URI}` },
        defaultConfiguration: { level: LEVEL[finding.severity] },
    }));
}
function result(finding, ruleIndex, options) {
    const pinned = finding.file !== undefined;
    const title = (0,model/* findingTitle */.Aj)(finding);
    const text = pinned ? `${title}: ${finding.message}` : `${title}: ${finding.message} (this finding has no line of its own; it is shown on the configuration)`;
    return {
        ruleId: finding.id,
        ruleIndex,
        level: LEVEL[finding.severity],
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeUri(finding.file ?? options.fallbackFile), uriBaseId: '%SRCROOT%' },
                    region: { startLine: pinned && finding.line && finding.line > 0 ? finding.line : 1 },
                },
            },
        ],
        partialFingerprints: { 'lockstepFinding/v1': fingerprint(finding) },
        ...(finding.pair === undefined ? {} : { properties: { pair: finding.pair } }),
        ...(finding.ignored ? { suppressions: [suppression(finding.ignored)] } : {}),
    };
}
/** An ignore as SARIF sees it: `external` (the configuration) or `inSource` (a comment on the line), with its reason. */
function suppression(ignored) {
    return {
        kind: ignored.source === 'config' ? 'external' : 'inSource',
        status: 'accepted',
        justification: ignored.reason,
        location: {
            physicalLocation: {
                artifactLocation: { uri: encodeUri(ignored.file), uriBaseId: '%SRCROOT%' },
                ...(ignored.line ? { region: { startLine: ignored.line } } : {}),
            },
        },
    };
}
/** Stable while the finding is the same: rule, file, title and pair (when named), not the line or the wording. */
function fingerprint(finding) {
    const key = [finding.id, finding.file ?? '', finding.title, ...(finding.pair === undefined ? [] : [finding.pair])];
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32);
}
/** "env/blocked" → "EnvBlocked" (SARIF's rule name is PascalCase by convention). */
function ruleName(id) {
    return id
        .split(/[^a-z0-9]+/i)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
function encodeUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}

// EXTERNAL MODULE: ./build/src/report/text.js
var report_text = __nccwpck_require__(4913);
;// CONCATENATED MODULE: ./build/src/report/render.js
/** One entry point for the CLI's --format. */





const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'github', 'sarif'];
/** The stable JSON document of a report: its command's contract (see README, "JSON output"). */
function renderJson(report) {
    return JSON.stringify(report.data, null, 2) + '\n';
}
/** Where findings without a file are pinned in SARIF: the configuration, repository-relative. */
const DEFAULT_CONFIG_FILE = '.github/lockstep.yml';
function renderReport(report, format, { configFile = DEFAULT_CONFIG_FILE, width } = {}) {
    switch (format) {
        case 'sarif':
            return renderSarif([report], { fallbackFile: configFile });
        case 'json':
            return renderJson(report);
        case 'markdown':
            return (0,log_safety/* defuseWorkflowCommands */.y)((0,markdown/* renderMarkdown */.Gc)(report));
        case 'github': {
            // What a workflow step would print: annotations as workflow commands, then the summary.
            const { shown, overflow } = selectAnnotations(report.findings);
            const commands = renderWorkflowCommands(shown);
            return (commands ? commands + '\n' : '') + (0,log_safety/* defuseWorkflowCommands */.y)((0,markdown/* renderMarkdown */.Gc)(report, { overflow }));
        }
        case 'text':
            return (0,log_safety/* defuseWorkflowCommands */.y)((0,report_text/* renderText */.S5)(report, width));
    }
}

;// CONCATENATED MODULE: ./build/src/cli/commands.js
const COMMANDS = [
    {
        name: 'schema-diff',
        summary: 'diff message schemas between two revisions, judge them by role and decoder, enforce the semver bump',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(932), __nccwpck_require__.e(615), __nccwpck_require__.e(825), __nccwpck_require__.e(953), __nccwpck_require__.e(240), __nccwpck_require__.e(937), __nccwpck_require__.e(985)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4985))).schemaDiffCommand,
    },
    {
        name: 'env-diff',
        summary: 'diff env vars read by the code and set by the Helm chart; say the safe merge/sync order',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(932), __nccwpck_require__.e(615), __nccwpck_require__.e(953), __nccwpck_require__.e(240), __nccwpck_require__.e(962), __nccwpck_require__.e(902)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5902))).envDiffCommand,
    },
    {
        name: 'inspect',
        summary: "show how a message class, a workload's env reads or an environment's chart env were read",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(932), __nccwpck_require__.e(615), __nccwpck_require__.e(953), __nccwpck_require__.e(240), __nccwpck_require__.e(937), __nccwpck_require__.e(962), __nccwpck_require__.e(988)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8988))).inspectCommand,
    },
    {
        name: 'gate',
        summary: 'advance the Science Pipelines gate of one PR (--pr N) or of every gated PR (--sweep)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(932), __nccwpck_require__.e(825), __nccwpck_require__.e(59), __nccwpck_require__.e(953), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5522))).gateCommand,
    },
];

// EXTERNAL MODULE: ./build/src/inspect/listing.js
var listing = __nccwpck_require__(2742);
;// CONCATENATED MODULE: ./build/src/cli/main.js
/**
 * `lockstep <command> [options] --format text|json|markdown|github|sarif`
 * Exit 0: pass. 1: the check failed. 2: usage, configuration or input error.
 * Never a bare stack trace: an unexpected error is one line, and --debug shows the trace.
 */








const COMMON_OPTIONS = {
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string', default: DEFAULT_FAIL_ON },
    help: { type: 'boolean', short: 'h', default: false },
    debug: { type: 'boolean', default: false },
};
const COMMON_HELP = `Common options:
  --format F   text (default), json, markdown, github (annotations + summary),
               or sarif (SARIF 2.1.0 for GitHub code scanning)
  --fail-on S  the severity that fails the check: error (default), warning, or note
               (any finding)
  --debug      show stack traces of unexpected errors
  -h, --help   this help

Exit codes: 0 pass, 1 check failed, 2 usage/config/input error.`;
const LISTING_HELP = `Common options:
  --format F   text (default) or json
  --debug      show stack traces of unexpected errors
  -h, --help   this help

Exit codes: 0 printed, 2 usage/config/input error.`;
/** A command that prints how something was read: text or JSON, no verdict, no --fail-on. */
async function runListing(command, values, context, io) {
    const format = values.format;
    if (!listing/* LISTING_FORMATS */.mo.includes(format))
        throw new errors/* InputError */.dz(`--format: expected ${listing/* LISTING_FORMATS */.mo.join(' | ')}, got '${format}'`, { hint: `lockstep ${command.name} prints a listing, not a check report.` });
    if (values['fail-on'] !== DEFAULT_FAIL_ON)
        throw new errors/* InputError */.dz('--fail-on goes with the checks', { hint: `lockstep ${command.name} has no verdict; it exits 0 when it printed, 2 on bad input.` });
    const result = await command.run(values, context);
    if (!(0,listing/* isListing */.Xk)(result))
        throw new Error(`${command.name} returned a report`);
    io.stdout((0,listing/* renderListing */.Rh)(result, format, io.columns));
    return errors/* ExitCode */.yU.pass;
}
function topLevelHelp() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    return `lockstep — keep services, message schemas and deployment config in step

Usage: lockstep <command> [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run 'lockstep <command> --help' for a command's options.
${COMMON_HELP}
`;
}
const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    get columns() {
        return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
};
async function runCli(argv, io = processIo, env = process.env, cwd = process.cwd()) {
    const [name, ...rest] = argv;
    const debug = rest.includes('--debug');
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(topLevelHelp());
        return name ? errors/* ExitCode */.yU.pass : errors/* ExitCode */.yU.inputError;
    }
    if (name === '--version') {
        io.stdout(`${LOCKSTEP_VERSION}\n`);
        return errors/* ExitCode */.yU.pass;
    }
    const entry = COMMANDS.find((command) => command.name === name);
    if (!entry) {
        io.stderr(`lockstep: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
        return errors/* ExitCode */.yU.inputError;
    }
    let command;
    try {
        command = await entry.load();
        const { values, positionals } = (0,external_node_util_.parseArgs)({ args: rest, options: { ...command.options, ...COMMON_OPTIONS }, strict: true, allowPositionals: command.listing === true });
        if (values.help) {
            io.stdout(`${command.help.trimEnd()}\n\n${command.listing ? LISTING_HELP : COMMON_HELP}\n`);
            return errors/* ExitCode */.yU.pass;
        }
        const format = values.format;
        if (command.listing)
            return await runListing(command, values, { cwd, env, positionals }, io);
        if (!OUTPUT_FORMATS.includes(format)) {
            throw new errors/* InputError */.dz(`--format: expected ${OUTPUT_FORMATS.join(' | ')}, got '${format}'`);
        }
        const failOn = parseFailOn(values['fail-on'], '--fail-on');
        const result = await command.run(values, { cwd, env });
        if ((0,listing/* isListing */.Xk)(result))
            throw new Error(`${name} returned a listing`);
        const report = applyFailOn(result, failOn);
        io.stdout(renderReport(report, format, { configFile: sarifConfigFile(values.config), width: io.columns }));
        return report.verdict === 'fail' ? errors/* ExitCode */.yU.failed : errors/* ExitCode */.yU.pass;
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz) {
            io.stderr(`lockstep ${name}: error: ${error.describe()}\n`);
            return errors/* ExitCode */.yU.inputError;
        }
        if (isParseArgsError(error)) {
            io.stderr(`lockstep ${name}: ${error.message}\nRun 'lockstep ${name} --help' for the options.\n`);
            return errors/* ExitCode */.yU.inputError;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`lockstep ${name}: internal error: ${message.split('\n')[0]}\n`);
        if (debug && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
        else
            io.stderr('Run again with --debug for the stack trace, and please report it.\n');
        return errors/* ExitCode */.yU.failed;
    }
}
/** The config as a repository-relative path for SARIF locations (the default when it is elsewhere). */
function sarifConfigFile(config) {
    if (typeof config !== 'string' || external_node_path_.isAbsolute(config))
        return undefined;
    const relative = external_node_path_.posix.normalize(config.replaceAll('\\', '/'));
    return relative.startsWith('../') ? undefined : relative;
}
function isParseArgsError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony export isInputError */
class InputError extends Error {
    file;
    line;
    column;
    hint;
    constructor(message, details = {}) {
        super(message);
        this.name = 'InputError';
        this.file = details.file;
        this.line = details.line;
        this.column = details.column;
        this.hint = details.hint;
    }
    /** "file:line: message (hint)" — the one line a terminal or log shows. */
    describe() {
        const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
        return `${where}${this.message}${this.hint ? `\n  ${this.hint}` : ''}`;
    }
}
function isInputError(error) {
    return error instanceof InputError;
}
/** Exit codes shared by the CLI and the actions. */
const ExitCode = { pass: 0, failed: 1, inputError: 2 };


/***/ }),

/***/ 2742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   Rh: () => (/* binding */ renderListing),
/* harmony export */   Xk: () => (/* binding */ isListing),
/* harmony export */   mo: () => (/* binding */ LISTING_FORMATS)
/* harmony export */ });
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4913);
/* harmony import */ var _report_log_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8349);


const LISTING_FORMATS = ['text', 'json'];
function isListing(value) {
    return typeof value === 'object' && value !== null && value.kind === 'listing';
}
/** Text for a terminal: repository content is shown, control characters escaped, workflow commands defused. */
function renderListing(listing, format, width) {
    if (format === 'json')
        return JSON.stringify(listing.data, null, 2) + '\n';
    return escapeControls((0,_report_log_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .defuseWorkflowCommands */ .y)(`${listing.title}\n\n${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .renderBlocksText */ .SS)(listing.blocks, width)}`));
}
function escapeControls(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** `file:line`, or the file alone. */
function location(file, line) {
    if (!file)
        return '';
    return line ? `${file}:${line}` : file;
}


/***/ }),

/***/ 8349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ defuseWorkflowCommands)
/* harmony export */ });
/**
 * Text that reaches the runner's log may contain repository content (file lines, PR
 * bodies). A line starting with `::` would be read as a workflow command, so such lines
 * are defused with a zero-width space; nothing else changes.
 */
function defuseWorkflowCommands(text) {
    return text.replace(/^(\s*)::/gm, '$1:\u200b:');
}


/***/ }),

/***/ 75:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Nh: () => (/* binding */ escapeHtmlOutsideCode)
/* harmony export */ });
/* unused harmony export findingsTable */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8829);
/** Report → GitHub-flavoured markdown, for the job summary and the PR comment. */

const VERDICT_MARK = { pass: '✅', fail: '❌' };
const SEVERITY_MARK = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function renderMarkdown(report, options = {}) {
    const level = options.level ?? 2;
    const out = [`${'#'.repeat(level)} ${VERDICT_MARK[report.verdict]} Lockstep ${report.command}: ${escapeInline(report.headline)}`, ''];
    for (const block of [...ignoredBlocks(report.findings), ...report.blocks])
        out.push(...renderBlock(block, level + 1), '');
    if (options.overflow && options.overflow.length > 0) {
        out.push(`${'#'.repeat(level + 1)} More findings`, '');
        out.push('GitHub shows at most 10 annotations of each kind per step; these are the rest.', '');
        out.push(...renderBlock(findingsTable(options.overflow), level + 1), '');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
/**
 * Ignored findings first, where a reviewer looks: an ignore comes from the PR's own head, so a
 * PR can accept its own findings, and that must be seen in review.
 */
function ignoredBlocks(findings) {
    const ignored = findings.filter((finding) => finding.ignored);
    if (ignored.length === 0)
        return [];
    return [
        { kind: 'heading', text: `Ignored (${ignored.length})` },
        { kind: 'paragraph', text: "Accepted by ignores in this revision's configuration or code: they do not fail the check. Review them like code." },
        {
            kind: 'table',
            headers: ['Where', 'Finding', 'Reason', 'Ignored by'],
            rows: ignored.map((finding) => {
                const by = finding.ignored;
                return [
                    finding.file ? `\`${finding.file}${finding.line ? `:${finding.line}` : ''}\`` : '',
                    `**${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .findingTitle */ .Aj)(finding)}** — ${finding.message} (\`${finding.id}\`)`,
                    (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(by.reason),
                    `${by.source === 'config' ? 'config' : 'inline'} \`${by.file}${by.line ? `:${by.line}` : ''}\`${by.until ? `, until ${by.until}` : ''}`,
                ];
            }),
        },
    ];
}
function findingsTable(findings) {
    return {
        kind: 'table',
        headers: ['', 'Where', 'Finding'],
        rows: findings.map((finding) => [
            SEVERITY_MARK[finding.severity],
            finding.file ? `\`${finding.file}${finding.line ? `:${finding.line}` : ''}\`` : '',
            `**${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .findingTitle */ .Aj)(finding)}** — ${finding.message}`,
        ]),
    };
}
function renderBlock(block, level) {
    switch (block.kind) {
        case 'heading':
            return [`${'#'.repeat(Math.min(level, 6))} ${escapeInline(block.text)}`];
        case 'paragraph':
            return [escapeHtmlOutsideCode(block.text)];
        case 'list':
            return block.items.map((item) => `- ${escapeInline(item)}`);
        case 'table':
            if (block.rows.length === 0)
                return [];
            return [
                `| ${block.headers.map(escapeCell).join(' | ')} |`,
                `| ${block.headers.map(() => '---').join(' | ')} |`,
                ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
            ];
        case 'section':
            return [
                `${'#'.repeat(Math.min(level, 6))} ${VERDICT_MARK[block.verdict]} ${escapeInline(block.title)}`,
                '',
                ...block.blocks.flatMap((inner) => [...renderBlock(inner, level + 1), '']),
            ];
        case 'details':
            return [
                '<details>',
                `<summary>${escapeHtml(block.summary)}</summary>`,
                '',
                ...block.blocks.flatMap((inner) => [...renderBlock(inner, level + 1), '']),
                '</details>',
            ];
    }
}
function escapeCell(text) {
    return escapeHtmlOutsideCode(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeInline(text) {
    return escapeHtmlOutsideCode(text.replace(/\r?\n/g, ' '));
}
/**
 * Lockstep's markdown carries repository text (names, defaults, PR lines). Outside code spans
 * `<` and `>` become entities, so no tag, comment (`<!--`), HTML block or autolink can start from
 * it; inside a code span (CommonMark: a backtick run closed by the next run of the same length)
 * HTML is shown as written. Scanned line by line: a span that CommonMark would carry over a line
 * break is escaped inside (shown as `&lt;`), which is ugly but never unsafe. Idempotent (`&` is
 * left alone: an entity in repository text renders as its character, never as markup).
 */
function escapeHtmlOutsideCode(text) {
    return text.split('\n').map(escapeLine).join('\n');
}
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
function escapeLine(line) {
    let out = '';
    let i = 0;
    while (i < line.length) {
        const char = line[i];
        if (char === '\\' && i + 1 < line.length && ASCII_PUNCTUATION.test(line[i + 1])) {
            out += line.slice(i, i + 2);
            i += 2;
        }
        else if (char === '`') {
            const run = backtickRun(line, i);
            const close = closingRun(line, i + run, run);
            const end = close === -1 ? i + run : close + run;
            out += line.slice(i, end);
            i = end;
        }
        else {
            out += char === '<' ? '&lt;' : char === '>' ? '&gt;' : char;
            i++;
        }
    }
    return out;
}
function backtickRun(line, start) {
    let end = start;
    while (line[end] === '`')
        end++;
    return end - start;
}
/** Start of the next backtick run of exactly `length` at or after `from`, or -1. */
function closingRun(line, from, length) {
    for (let i = from; i < line.length;) {
        if (line[i] !== '`') {
            i++;
            continue;
        }
        const run = backtickRun(line, i);
        if (run === length)
            return i;
        i += run;
    }
    return -1;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ findingTitle),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   bH: () => (/* binding */ ignoredNote)
/* harmony export */ });
/** The title as readers see it: prefixed with its pair when there is one ("nvfo: …"). */
function findingTitle(finding) {
    return finding.pair === undefined ? finding.title : `${finding.pair}: ${finding.title}`;
}
/** Markdown cells and text cells both use inline `code`; keep these few helpers shared. */
function code(text) {
    return '`' + text.replace(/`/g, "'") + '`';
}
/** "Ignored (.github/lockstep.yml:12, until 2026-12-31): the reason." — the same words in every format. */
function ignoredNote(ignored) {
    const where = `${ignored.file}${ignored.line ? `:${ignored.line}` : ''}`;
    return `Ignored (${ignored.source === 'config' ? where : `inline, ${where}`}${ignored.until ? `, until ${ignored.until}` : ''}): ${ignored.reason}`;
}


/***/ }),

/***/ 4913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   SS: () => (/* binding */ renderBlocksText)
/* harmony export */ });
/* unused harmony export DEFAULT_TEXT_WIDTH */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8829);
/** Report → plain text for terminals. */

const SEVERITY_LABEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Where no terminal tells its width (the action log, a pipe): wide enough for a table of three columns. */
const DEFAULT_TEXT_WIDTH = 120;
/** Items of a list in a folded section (markdown `<details>`) shown in text before the rest is counted. */
const FOLD_LINES = 6;
function renderText(report, width = DEFAULT_TEXT_WIDTH) {
    const out = [`lockstep ${report.command}: ${report.verdict.toUpperCase()} — ${report.headline}`, ''];
    const ignored = report.findings.filter((finding) => finding.ignored).length;
    if (ignored)
        out.push(`${ignored} finding${ignored === 1 ? ' is' : 's are'} ignored (see Findings, with the reasons); ignores come from this revision, review them like code.`, '');
    for (const block of report.blocks)
        out.push(...renderBlock(block, width), '');
    if (report.findings.length > 0) {
        out.push('Findings:');
        for (const finding of report.findings) {
            const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
            const ignored = finding.ignored ? ` — ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ignoredNote */ .bH)(finding.ignored)}` : '';
            out.push(`  ${where}${finding.ignored ? 'ignored ' : ''}${SEVERITY_LABEL[finding.severity]}: ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .findingTitle */ .Aj)(finding)} — ${finding.message} [${finding.id}]${ignored}`);
        }
    }
    return stripMarkdown(out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()) + '\n';
}
/** Blocks alone (`lockstep inspect`), as renderText renders a report's body. */
function renderBlocksText(blocks, width = DEFAULT_TEXT_WIDTH) {
    const out = [];
    for (const block of blocks)
        out.push(...renderBlock(block, width), '');
    return stripMarkdown(out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()) + '\n';
}
function renderBlock(block, width) {
    switch (block.kind) {
        case 'heading':
            return [block.text, '-'.repeat(Math.min(block.text.length, 72))];
        case 'paragraph':
            return [block.text];
        case 'list':
            return block.items.map((item) => `  • ${item}`);
        case 'section': {
            const title = `${block.title} — ${block.verdict.toUpperCase()}`;
            return [title, '='.repeat(Math.min(title.length, 72)), '', ...block.blocks.flatMap((inner) => [...renderBlock(inner, width), ''])];
        }
        case 'details':
            return [block.summary, ...block.blocks.flatMap((inner) => [...(inner.kind === 'list' ? foldList(inner.items) : renderBlock(inner, width)), ''])];
        case 'table':
            return renderTable(block.headers, block.rows, width);
    }
}
/** A long list in a folded section (markdown `<details>`) shows its first items in text; the rest is counted. */
function foldList(items) {
    const shown = items.length <= FOLD_LINES + 1 ? items : items.slice(0, FOLD_LINES);
    const more = items.length - shown.length;
    return [...shown.map((item) => `  • ${item}`), ...(more > 0 ? [`  … ${more} more (--format json or markdown lists them all)`] : [])];
}
const GAP = 2;
const MIN_COLUMN = 12;
function renderTable(headers, rows, width) {
    if (rows.length === 0)
        return [];
    const cells = [headers, ...rows].map((row) => row.map((cell) => stripMarkdown(cell).replace(/\s*\n\s*/g, ' ')));
    const natural = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
    const widths = fitWidths(natural, width - GAP * (headers.length - 1));
    const [head = [], ...body] = cells;
    return [...rowLines(head, widths), widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP)), ...body.flatMap((row) => rowLines(row, widths))];
}
/** Column widths that fit the line: the widest column gives way first, none below MIN_COLUMN. */
function fitWidths(natural, budget) {
    const widths = [...natural];
    const total = () => widths.reduce((sum, w) => sum + w, 0);
    while (total() > budget) {
        const widest = widths.indexOf(Math.max(...widths));
        const next = Math.max(MIN_COLUMN, (widths[widest] ?? 0) - (total() - budget));
        if (next === widths[widest])
            break;
        widths[widest] = next;
    }
    return widths;
}
/** One table row over as many lines as its widest wrapped cell needs. */
function rowLines(row, widths) {
    const wrapped = widths.map((w, column) => wrapCell(row[column] ?? '', w));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, index) => wrapped
        .map((lines, column) => (column === wrapped.length - 1 ? (lines[index] ?? '') : (lines[index] ?? '').padEnd(widths[column] ?? 0)))
        .join(' '.repeat(GAP))
        .trimEnd());
}
/** Word wrap at spaces; a word longer than the column is cut. */
function wrapCell(text, width) {
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        for (let rest = word;;) {
            const room = current ? width - current.length - 1 : width;
            if (rest.length <= room) {
                current = current ? `${current} ${rest}` : rest;
                break;
            }
            if (current) {
                lines.push(current);
                current = '';
                continue;
            }
            lines.push(rest.slice(0, width));
            rest = rest.slice(width);
        }
    }
    return [...lines, current];
}
/** A code span of the report's markdown (any run of backticks, closed by the same run). */
const CODE_SPAN = /(`+)[\s\S]*?[^`]\1(?!`)/g;
/**
 * Terminal text keeps inline code as written (PP's `cls(**message)` stays `cls(**message)`)
 * but drops emphasis markers and links' syntax in the prose around it.
 */
function stripMarkdown(text) {
    let out = '';
    let from = 0;
    for (const span of text.matchAll(CODE_SPAN)) {
        out += stripProse(text.slice(from, span.index)) + span[0];
        from = span.index + span[0].length;
    }
    return out + stripProse(text.slice(from));
}
function stripProse(text) {
    return text
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 <$2>')
        .replace(/<br>/g, ' ');
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6708);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
