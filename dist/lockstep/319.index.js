export const id = 319;
export const ids = [319,330,153,535,626,455];
export const modules = {

/***/ 319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  producePipelinesGate: () => (/* binding */ producePipelinesGate)
});

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/report/model.js
var model = __webpack_require__(8829);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/src/config/yaml.js
var yaml = __webpack_require__(8045);
;// CONCATENATED MODULE: ./build/src/gate/config-checks.js
/**
 * What the zod schema of `gate:` cannot say: the daily tag must be dated, an
 * upstream pattern names owner/repo, and each dispatched workflow gets the
 * daily's date in an input (else the base build would not know which daily to
 * build on, and the gate could not recognise its runs). Errors name the file,
 * the line and the key.
 */



const DATED = ['{YYYY}', '{MM}', '{DD}'];
function gateConfigProblems(gate) {
    const problems = [];
    if (!DATED.every((part) => gate['daily-tag'].includes(part))) {
        problems.push({
            path: ['gate', 'daily-tag'],
            message: `gate.daily-tag: '${gate['daily-tag']}' must contain {YYYY}, {MM} and {DD}`,
            hint: 'Daily tags are dated, e.g. al9-d_{YYYY}_{MM}_{DD}; the gate asks the registry for each candidate date directly.',
        });
    }
    gate.upstream.forEach((pattern, index) => {
        if (!/^[^/\s]+\/[^/\s]+$/.test(pattern)) {
            problems.push({
                path: ['gate', 'upstream', index],
                message: `gate.upstream[${index}]: '${pattern}' is not owner/repo or a pattern of it`,
                hint: 'Write repositories a Depends-On may name as owner/repo globs, e.g. lsst/* or lsst/pipe_tasks.',
            });
        }
    });
    for (const key of ['base-workflow', 'test-workflow']) {
        const inputs = gate[key].inputs ?? {};
        if (!Object.values(inputs).some((value) => DATED.some((part) => value.includes(part)))) {
            problems.push({
                path: ['gate', key, 'inputs'],
                message: `gate.${key}.inputs: no input carries the daily's date`,
                hint: key === 'base-workflow' ? 'For PP: inputs: {stackTag: "d_{YYYY}_{MM}_{DD}"}.' : 'For PP: inputs: {baseTag: "d_{YYYY}_{MM}_{DD}"}.',
            });
        }
    }
    return problems;
}
/** Throws the first problem as an InputError with the line it is on. */
async function assertGateConfig(gate, file, displayName) {
    const problems = gateConfigProblems(gate);
    if (problems.length === 0)
        return;
    const first = problems[0];
    let line;
    try {
        line = (0,yaml/* parseYaml */.hN)(await (0,promises_.readFile)(file, 'utf8'), displayName).lineOf(first.path);
    }
    catch {
        // The file parsed a moment ago; without a line the message still names the key.
    }
    const more = problems.length > 1 ? `\n${problems.slice(1).map((problem) => `  ${problem.message}`).join('\n')}` : '';
    throw new errors/* InputError */.dz(`${first.message}${more}`, { file: displayName, line, hint: first.hint });
}

// EXTERNAL MODULE: ./build/src/github/client.js
var github_client = __webpack_require__(6330);
;// CONCATENATED MODULE: ./build/src/gate/gate-environment.js

/** One line saying why a call failed: a GitHub request (Octokit's errors carry it) or anything else. */
function describeError(error) {
    return error?.request ? (0,github_client.describeGitHubError)(error) : (0,github_client.describeOtherError)(error);
}

// EXTERNAL MODULE: ./build/src/github/identity.js
var github_identity = __webpack_require__(7535);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/src/gate/registry/oci-client.js
/**
 * A read-only client for the OCI distribution API, enough to find a daily
 * image: GET a manifest by tag or digest and GET a blob. Public images on
 * ghcr.io (and registries like it) answer 401 with a `WWW-Authenticate: Bearer`
 * challenge; the client fetches an anonymous token from the realm for the
 * scope asked and repeats the request.
 *
 * It never lists tags: the real repository has thousands, served oldest first.
 */

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');
class RegistryError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'RegistryError';
    }
}
/** `ghcr.io` → `https://ghcr.io`; an explicit http(s) URL is kept (tests use http://127.0.0.1:PORT). */
function registryBaseUrl(registry) {
    const trimmed = registry.replace(/\/+$/, '');
    return /^https?:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`;
}
function parseBearerChallenge(header) {
    const match = /^\s*Bearer\s+(.*)$/i.exec(header);
    if (!match)
        return undefined;
    const params = {};
    for (const part of match[1].matchAll(/([A-Za-z]+)="([^"]*)"/g))
        params[part[1].toLowerCase()] = part[2];
    return params.realm ? { realm: params.realm, service: params.service } : undefined;
}
function sha256(data) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
class OciRegistryClient {
    baseUrl;
    tokens = new Map();
    retries;
    retryDelayMs;
    requestTimeoutMs;
    sent = 0;
    constructor(registry, options = {}) {
        this.baseUrl = registryBaseUrl(registry);
        this.retries = options.retries ?? 2;
        this.retryDelayMs = options.retryDelayMs ?? 500;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    }
    /** HTTP requests sent so far (token requests included). */
    requests() {
        return this.sent;
    }
    /** The manifest a tag or digest names; undefined when the registry says it does not exist. */
    async getManifest(repository, reference) {
        const response = await this.get(repository, `/v2/${repository}/manifests/${encodeURIComponent(reference)}`, MANIFEST_ACCEPT);
        if (response.status === 404)
            return undefined;
        await this.ensureOk(response, `manifest ${repository}:${reference}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const computed = sha256(bytes);
        const header = response.headers.get('docker-content-digest');
        if (header && header !== computed) {
            throw new RegistryError(`manifest ${repository}:${reference}: registry says ${header} but the bytes hash to ${computed}`);
        }
        if (reference.startsWith('sha256:') && reference !== computed) {
            throw new RegistryError(`manifest ${repository}@${reference}: the bytes hash to ${computed}`);
        }
        let manifest;
        try {
            manifest = JSON.parse(Buffer.from(bytes).toString('utf8'));
        }
        catch {
            throw new RegistryError(`manifest ${repository}:${reference} is not JSON`);
        }
        // The spec makes it a string; String() prints whatever else came as JavaScript does, matching no image type.
        const declared = manifest.mediaType;
        const mediaType = String(declared ?? response.headers.get('content-type')?.split(';')[0] ?? '');
        return { digest: computed, mediaType, manifest };
    }
    /** A JSON blob (an image config), checked against its digest. */
    async getJsonBlob(repository, digest) {
        const response = await this.get(repository, `/v2/${repository}/blobs/${digest}`, '*/*');
        await this.ensureOk(response, `blob ${repository}@${digest}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (sha256(bytes) !== digest)
            throw new RegistryError(`blob ${repository}@${digest}: content does not match its digest`);
        try {
            return JSON.parse(Buffer.from(bytes).toString('utf8'));
        }
        catch {
            throw new RegistryError(`blob ${repository}@${digest} is not JSON`);
        }
    }
    async ensureOk(response, what) {
        if (response.ok)
            return;
        const text = (await response.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ');
        throw new RegistryError(`${what}: registry answered ${response.status}${text ? ` (${text})` : ''}`, response.status);
    }
    /** GET with the repository's pull token, answering one bearer challenge. */
    async get(repository, path, accept) {
        const scope = `repository:${repository}:pull`;
        let response = await this.send(`${this.baseUrl}${path}`, accept, this.tokens.get(scope));
        if (response.status !== 401)
            return response;
        const header = response.headers.get('www-authenticate') ?? '';
        const challenge = parseBearerChallenge(header);
        await response.body?.cancel();
        if (!challenge) {
            throw new RegistryError(`${path}: registry wants credentials (${header || 'no WWW-Authenticate header'}); only anonymous bearer tokens are supported`, 401);
        }
        const token = await this.fetchToken(challenge, scope);
        this.tokens.set(scope, token);
        response = await this.send(`${this.baseUrl}${path}`, accept, token);
        if (response.status === 401)
            throw new RegistryError(`${path}: registry refused the anonymous token for ${scope}`, 401);
        return response;
    }
    async fetchToken(challenge, scope) {
        const url = new URL(challenge.realm);
        if (challenge.service)
            url.searchParams.set('service', challenge.service);
        url.searchParams.set('scope', scope);
        const response = await this.send(url.toString(), 'application/json');
        if (!response.ok)
            throw new RegistryError(`token service ${url.origin} answered ${response.status} for ${scope}`, response.status);
        const body = (await response.json().catch(() => ({})));
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`token service ${url.origin} answered without a token`);
        return token;
    }
    async send(url, accept, token) {
        let lastError;
        for (let attempt = 0; attempt <= this.retries; attempt += 1) {
            if (attempt > 0)
                await new Promise((resolve) => setTimeout(resolve, attempt * this.retryDelayMs));
            this.sent += 1;
            try {
                const response = await fetch(url, {
                    headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
                    signal: AbortSignal.timeout(this.requestTimeoutMs),
                });
                if (response.status < 500 || attempt === this.retries)
                    return response;
                await response.body?.cancel();
                lastError = new RegistryError(`${url}: registry answered ${response.status}`, response.status);
            }
            catch (error) {
                lastError = error;
            }
        }
        throw lastError instanceof RegistryError ? lastError : new RegistryError(`${url}: ${lastError?.message ?? String(lastError)}`);
    }
}

;// CONCATENATED MODULE: ./build/src/gate/connect.js




function splitRepository(repository, source) {
    const [, owner, name] = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(repository) ?? [];
    if (!owner || !name)
        throw new errors/* InputError */.dz(`${source}: expected owner/name, got '${repository}'`, { hint: 'For example --repository lsst-dm/prompt_processing.' });
    return [owner, name];
}
/** The clients, made before any request so their counts survive a failure. */
function connectGate(setup) {
    const client = (0,github_client.createGitHubClient)({
        token: setup.token,
        baseUrl: setup.apiUrl,
        log: setup.log,
        retryAfterBaseValue: setup.retryAfterBaseValue,
        paceWrites: setup.paceWrites,
        maxRateLimitWaitSeconds: setup.maxRateLimitWaitSeconds,
    });
    const registry = new OciRegistryClient(setup.config.registry, { retryDelayMs: setup.registryRetryDelayMs });
    return { client, registry };
}
async function prepareGate(setup, connected = connectGate(setup)) {
    const [owner, repo] = splitRepository(setup.repository, 'repository');
    const log = setup.log ?? (() => undefined);
    const { client, registry } = connected;
    const identity = await (0,github_identity.resolveIdentity)(client.octokit, setup.installationLogin, setup.token);
    const env = {
        octokit: client.octokit,
        owner,
        repo,
        config: setup.config,
        registry,
        identity,
        now: setup.now ?? new Date(),
        dryRun: setup.dryRun,
        serverHost: new URL(setup.serverUrl).host,
        cache: { baseByTag: new Map() },
        log,
    };
    return { env, client, registry };
}

// EXTERNAL MODULE: ./build/src/github/sticky-comment.js
var sticky_comment = __webpack_require__(4626);
// EXTERNAL MODULE: ./build/src/report/comment-markdown.js
var comment_markdown = __webpack_require__(8455);
;// CONCATENATED MODULE: ./build/src/gate/model.js
/** The gate's states and the JSON contract of `lockstep gate` (README, "pipelines-gate"). */
const GATE_STATES = ['waiting-for-upstream-merge', 'waiting-for-daily-container', 'building-base', 'testing', 'passed', 'failed'];

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./build/src/gate/record.js
/**
 * The hidden JSON record in the gate's sticky comment: what a later run may
 * reuse without asking again (merged upstream PRs, the daily image found for
 * the last merge, dispatched runs and their final conclusions, the status last
 * written). Read back only from the token's own comment, and validated: a record
 * that does not parse is no record, and the gate recomputes from GitHub and the
 * registry.
 */


const RunRecord = schemas/* object */.Ikc({
    tag: schemas/* string */.YjP(),
    run: schemas/* number */.aig().int().nullable(),
    url: schemas/* string */.YjP().nullable(),
    conclusion: schemas/* string */.YjP().nullable(),
    dispatchedAt: schemas/* string */.YjP(),
});
const GateRecordSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(1),
    head: schemas/* string */.YjP(),
    state: schemas/* enum */.k5n(GATE_STATES),
    dependencies: schemas/* array */.YOg(schemas/* object */.Ikc({ repository: schemas/* string */.YjP(), number: schemas/* number */.aig().int(), merged: schemas/* boolean */.zMY(), mergedAt: schemas/* string */.YjP().nullable() })),
    daily: schemas/* object */.Ikc({ tag: schemas/* string */.YjP(), digest: schemas/* string */.YjP(), created: schemas/* string */.YjP(), afterMergedAt: schemas/* string */.YjP() }).nullable(),
    base: RunRecord.nullable(),
    tests: RunRecord.extend({ head: schemas/* string */.YjP() }).nullable(),
    status: schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), state: schemas/* string */.YjP(), description: schemas/* string */.YjP(), targetUrl: schemas/* string */.YjP().nullable() }).nullable(),
    /** The earliest-merge text, for the state and UTC day it was computed on. */
    estimate: schemas/* object */.Ikc({ state: schemas/* enum */.k5n(GATE_STATES), text: schemas/* string */.YjP(), day: schemas/* string */.YjP() }).nullable(),
});
function parseGateRecord(value) {
    const parsed = GateRecordSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
}
/** Conclusions after which a run will not change by itself. */
function isFinalConclusion(conclusion) {
    return typeof conclusion === 'string' && conclusion !== '';
}

;// CONCATENATED MODULE: ./build/src/gate/comment-body.js
/**
 * The gate's sticky comment: where the PR stands, per dependency, what it waits
 * for and until when at the earliest, and the hidden record a later run reads.
 * Nothing in it depends on the wall clock of this run except the estimate,
 * which is kept in the record, so an unchanged state leaves the comment as is.
 * The gate says it in blocks; report/ renders them (here and in the job summary).
 */





const GATE_MARKER = (0,comment_markdown.commentMarker)('gate');
const MARK = { pending: '⏳', success: '✅', failure: '❌' };
function renderGateComment(evaluation, record) {
    // Parsed through the schema so keys come in one order: an unchanged record reads back byte for byte.
    return (0,comment_markdown.renderBlocksComment)('gate', gateBlocks(evaluation), (0,sticky_comment.embedRecord)(GateRecordSchema.parse(record)));
}
/** One PR's gate as blocks, shared by the comment and the job summary. */
function gateBlocks(evaluation) {
    const { json } = evaluation;
    return [
        { kind: 'heading', text: (0,model/* inline */.mG) `${MARK[json.status]} Science Pipelines gate: ${json.state}` },
        { kind: 'paragraph', text: (0,model/* inline */.mG) `${json.description.replace(/^[a-z-]+: /, '')}` },
        ...progressBlocks(json.state),
        ...problemBlocks(evaluation),
        ...dependencyBlocks(evaluation.dependencies),
        ...imageBlocks(evaluation),
    ];
}
/** "~~waiting~~ → **building** → testing …" while the PR is on its way. */
function progressBlocks(state) {
    if (state === 'failed' || state === 'passed')
        return [];
    const position = GATE_STATES.indexOf(state);
    const steps = GATE_STATES.slice(0, 5).map((step, index) => (index < position ? (0,model/* struck */.bj)(step) : index === position ? (0,model/* strong */.ko)(step) : (0,model/* text */.Qq)(step)));
    return [{ kind: 'paragraph', text: (0,model/* joinInline */.EN)(steps, ' → ') }];
}
function problemBlocks(evaluation) {
    if (evaluation.problems.length === 0)
        return [];
    return [
        { kind: 'paragraph', text: (0,model/* inline */.mG) `Depends-On lines the gate cannot follow (fix them in the PR description):` },
        // The messages are the gate's own words around a repository name it has matched as owner/name.
        { kind: 'list', items: evaluation.problems.map((problem) => (0,model/* inline */.mG) `line ${problem.line}: ${(0,model/* code */.aY)(problem.text)} — ${(0,model/* prose */.CS)(problem.message)}`) },
    ];
}
function dependencyBlocks(dependencies) {
    if (dependencies.length === 0)
        return [];
    const rows = dependencies.map((dependency) => {
        const label = `${dependency.repository}#${dependency.number}`;
        return [dependency.url ? [(0,model/* link */.nf)(label, dependency.url)] : [(0,model/* text */.Qq)(label)], [(0,model/* text */.Qq)(dependencyState(dependency))], [(0,model/* text */.Qq)(dependency.mergedAt ?? '')]];
    });
    return [{ kind: 'table', headers: ['Upstream PR', 'State', 'Merged at'], rows }];
}
function dependencyState(dependency) {
    if (dependency.merged)
        return 'merged';
    switch (dependency.state) {
        case 'missing':
            return 'no such pull request';
        case 'unknown':
            return `unreadable: ${dependency.error ?? ''}`;
        case 'closed':
            return 'closed without merging';
        case 'open':
            return 'open';
    }
}
/** The daily image, the base image build, the tests and the earliest merge, as far as known. */
function imageBlocks(evaluation) {
    const { json } = evaluation;
    const items = [];
    if (json.daily)
        items.push((0,model/* inline */.mG) `Daily image: ${(0,model/* code */.aY)(json.daily.tag)} created ${json.daily.created}, digest ${(0,model/* code */.aY)(json.daily.digest)}`);
    else if (evaluation.checkedTags.length > 0) {
        const asked = evaluation.checkedTags.map((item) => (0,model/* inline */.mG) `${(0,model/* code */.aY)(item.tag)} ${item.outcome}${item.created ? ` (created ${item.created})` : ''}`);
        items.push((0,model/* inline */.mG) `Daily tags asked: ${(0,model/* joinInline */.EN)(asked, ', ')}`);
    }
    if (json.base)
        items.push((0,model/* inline */.mG) `Base image build: ${runText(json.base.run, json.base.conclusion, evaluation.baseUrl)}`);
    if (json.tests)
        items.push((0,model/* inline */.mG) `Tests of ${(0,model/* code */.aY)(json.head.slice(0, 7))}: ${runText(json.tests.run, json.tests.conclusion, evaluation.testsUrl)}`);
    if (evaluation.estimate)
        items.push((0,model/* inline */.mG) `Earliest merge: ${evaluation.estimate}`);
    return items.length ? [{ kind: 'list', items }] : [];
}
function runText(run, conclusion, url) {
    if (run === null)
        return (0,model/* inline */.mG) `dispatched, run not seen yet`;
    const name = url ? (0,model/* link */.nf)(`run ${run}`, url) : (0,model/* text */.Qq)(`run ${run}`);
    return (0,model/* inline */.mG) `${name}: ${conclusion ?? 'in progress'}`;
}

;// CONCATENATED MODULE: ./build/src/gate/report.js
/** A gate run → the one Report every renderer shows (summary, text, JSON, annotations). */


function gateReport(run, apiCalls, registryRequests) {
    const data = { prs: run.evaluations.map((evaluation) => evaluation.json), apiCalls };
    const unwritten = run.evaluations.filter((evaluation) => evaluation.statusWriteError !== null);
    const failed = run.evaluations.filter((evaluation) => evaluation.json.status === 'failure');
    // A sweep reports failures on each PR's status; only a single-PR run fails with its PR.
    // A status the gate could not write fails any run: the PR may still show an older success.
    const verdict = unwritten.length > 0 || (run.mode !== 'sweep' && run.mode !== 'workflow-run' && failed.length > 0) ? 'fail' : 'pass';
    const [only] = run.evaluations.length === 1 ? run.evaluations : [];
    const state = only ? only.json.state : run.evaluations.map((evaluation) => `#${evaluation.json.number}:${evaluation.json.state}`).join(' ');
    return {
        command: 'gate',
        verdict,
        headline: headline(run),
        findings: run.evaluations.flatMap(evaluationFindings),
        blocks: runBlocks(run, apiCalls, registryRequests),
        data,
        outputs: { state },
    };
}
function evaluationFindings(evaluation) {
    const findings = [];
    if (evaluation.statusWriteError !== null) {
        // The PR keeps whatever status it had, perhaps success: the job must not pass quietly.
        findings.push({
            id: 'gate/status-write-failed',
            severity: 'error',
            title: `PR #${evaluation.json.number}: status not written`,
            message: `could not set the status to ${evaluation.json.status} (${evaluation.json.description}): ${evaluation.statusWriteError}. The PR keeps its previous status, which may be wrong; re-run the job (or check the token's statuses: write permission).`,
        });
    }
    for (const problem of evaluation.problems) {
        findings.push({
            id: `gate/depends-on-${problem.kind}`,
            severity: 'error',
            title: `PR #${evaluation.json.number}: Depends-On line ${problem.line}`,
            ...(0,model/* findingMessage */.pG)((0,model/* concat */.xW)(problem.text, ' — ', (0,model/* prose */.CS)(problem.message))),
        });
    }
    for (const action of evaluation.actions.filter((item) => item.startsWith('could not'))) {
        // The PR keeps its old status (a required check stays unmet): worth a warning, not a failed job.
        findings.push({ id: 'gate/write-failed', severity: 'warning', title: `PR #${evaluation.json.number}: GitHub write failed`, message: `${action}. The PR's gate comment is not up to date (its status is); re-run the job, or check the token's pull-requests: write permission.` });
    }
    if (evaluation.json.status === 'failure' && evaluation.problems.length === 0) {
        findings.push({ id: 'gate/failed', severity: 'error', title: `PR #${evaluation.json.number}: gate failed`, message: evaluation.json.description });
    }
    return findings;
}
/** A table of the PRs, each PR's gate folded, what the run did, and its cost. */
function runBlocks(run, apiCalls, registryRequests) {
    const blocks = [];
    if (run.evaluations.length > 0) {
        blocks.push({
            kind: 'table',
            headers: ['PR', 'Head', 'State', 'Status', 'Description'],
            rows: run.evaluations.map(({ json }) => [(0,model/* inline */.mG) `#${json.number}`, [(0,model/* code */.aY)(json.head.slice(0, 7))], (0,model/* inline */.mG) `${json.state}`, (0,model/* inline */.mG) `${json.status}`, (0,model/* inline */.mG) `${json.description}`]),
        });
    }
    for (const evaluation of run.evaluations) {
        const number = evaluation.json.number;
        blocks.push({ kind: 'details', summary: (0,model/* inline */.mG) `PR #${number}: ${evaluation.json.state}`, blocks: gateBlocks(evaluation) });
        if (evaluation.actions.length > 0)
            blocks.push({ kind: 'list', items: evaluation.actions.map((action) => (0,model/* inline */.mG) `#${number}: ${action}`) });
    }
    const perPull = run.mode === 'sweep' && run.evaluations.length > 0 ? ` (${(apiCalls / run.evaluations.length).toFixed(2)} per gated PR)` : '';
    blocks.push({ kind: 'list', items: [...run.notes, `GitHub API calls: ${apiCalls}${perPull}`, `registry requests: ${registryRequests}`].map((note) => (0,model/* inline */.mG) `${note}`) });
    return blocks;
}
function headline(run) {
    const { evaluations } = run;
    const unwritten = evaluations.filter((evaluation) => evaluation.statusWriteError !== null);
    const [firstUnwritten] = unwritten;
    if (firstUnwritten)
        return `could not write the gate status of ${unwritten.map((evaluation) => `PR #${evaluation.json.number}`).join(', ')} (${firstUnwritten.statusWriteError}); it keeps its previous status`;
    const [only] = evaluations;
    if (!only)
        return `no gated PR to evaluate (${run.mode})`;
    if (evaluations.length === 1)
        return `PR #${only.json.number}: ${only.json.description}`;
    const failed = evaluations.filter((evaluation) => evaluation.json.status === 'failure').length;
    const pending = evaluations.filter((evaluation) => evaluation.json.status === 'pending').length;
    return `${evaluations.length} PRs: ${failed} failed, ${pending} pending, ${evaluations.length - failed - pending} passed`;
}

;// CONCATENATED MODULE: ./build/src/github/commit-status.js
const STATUS_DESCRIPTION_LIMIT = 140;
function fitDescription(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length <= STATUS_DESCRIPTION_LIMIT ? line : line.slice(0, STATUS_DESCRIPTION_LIMIT - 1) + '…';
}
async function setCommitStatus(octokit, { owner, repo, sha }, status) {
    await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        owner,
        repo,
        sha,
        state: status.state,
        context: status.context,
        description: fitDescription(status.description),
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
}

// EXTERNAL MODULE: ./build/src/github/pulls.js
var github_pulls = __webpack_require__(8153);
// EXTERNAL MODULE: ./build/src/gate/depends-on.js
var depends_on = __webpack_require__(7710);
;// CONCATENATED MODULE: ./build/src/gate/daily-tag.js
/** `{YYYY}`, `{MM}`, `{DD}` in tags and workflow inputs: the daily build's UTC date. */
function formatDated(template, date) {
    const parts = {
        YYYY: String(date.getUTCFullYear()).padStart(4, '0'),
        MM: String(date.getUTCMonth() + 1).padStart(2, '0'),
        DD: String(date.getUTCDate()).padStart(2, '0'),
    };
    return template.replace(/\{(YYYY|MM|DD)\}/g, (_match, key) => parts[key]);
}
/** The date a tag names, read back with its template (so a record's tag gives its inputs). */
function parseDated(template, tag) {
    const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    const source = escaped.replace('{YYYY}', '(?<YYYY>\\d{4})').replace('{MM}', '(?<MM>\\d{2})').replace('{DD}', '(?<DD>\\d{2})');
    const pattern = new RegExp(`^${source}$`);
    const groups = pattern.exec(tag)?.groups;
    if (!groups?.YYYY || !groups.MM || !groups.DD)
        return undefined;
    const date = new Date(Date.UTC(Number(groups.YYYY), Number(groups.MM) - 1, Number(groups.DD)));
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** Midnight UTC of the day `date` falls on. */
function utcDay(date) {
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
const DAY_MS = 24 * 60 * 60 * 1000;

;// CONCATENATED MODULE: ./build/src/github/comment-lock.js
/**
 * A lock on one comment, made of a reaction. GitHub keeps one reaction per user
 * and content on a comment: creating it answers 201 the first time and 200
 * (returning the existing one) after that, so the run that gets 201 holds the
 * lock. Unlike a comment, a reaction notifies nobody and leaves no trace in the
 * timeline. A lock older than `expiryMs` was left by a run that died: it is
 * removed and taken once more.
 */


const ReactionPayload = schemas/* object */.Ikc({ id: schemas/* number */.aig(), created_at: schemas/* string */.YjP() });
const LOCK_REACTION = 'rocket';
const LOCK_EXPIRY_MS = 15 * 60 * 1000;
async function acquireCommentLock(octokit, ref, now = Date.now, expiryMs = LOCK_EXPIRY_MS) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
            owner: ref.owner,
            repo: ref.repo,
            comment_id: ref.commentId,
            content: LOCK_REACTION,
        });
        const reaction = (0,github_client.expectAnswer)(ReactionPayload, response.data, `POST /repos/${ref.owner}/${ref.repo}/issues/comments/${ref.commentId}/reactions`, 'a reaction');
        const reactionId = reaction.id;
        if (response.status === 201)
            return { acquired: true, release: () => deleteReaction(octokit, ref, reactionId) };
        const heldSince = reaction.created_at;
        if (attempt > 0 || now() - Date.parse(heldSince) < expiryMs)
            return { acquired: false, heldSince };
        await deleteReaction(octokit, ref, reactionId);
    }
    /* c8 ignore next */
    throw new Error('unreachable');
}
async function deleteReaction(octokit, ref, reactionId) {
    try {
        await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}', {
            owner: ref.owner,
            repo: ref.repo,
            comment_id: ref.commentId,
            reaction_id: reactionId,
        });
    }
    catch (error) {
        // Someone removed it already: the lock is free either way.
        if ((0,github_client.httpStatusOf)(error) !== 404)
            throw error;
    }
}
/** The body of one comment as it is now (re-read under the lock). */
async function readComment(octokit, ref) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ref.owner, repo: ref.repo, comment_id: ref.commentId });
    return (0,github_client.expectAnswer)(schemas/* object */.Ikc({ body: schemas/* string */.YjP().nullish() }), data, `GET /repos/${ref.owner}/${ref.repo}/issues/comments/${ref.commentId}`, 'an issue comment').body ?? '';
}

;// CONCATENATED MODULE: ./build/src/gate/dispatch-claim.js


async function claimDispatch(octokit, target, sticky, now) {
    // Never overwrite a comment another run wrote meanwhile: its record may already show the dispatch.
    const comment = sticky ?? (await (0,sticky_comment.ensureStickyComment)(octokit, target, `${target.marker}\nLockstep pipelines-gate is evaluating this pull request…`));
    const ref = { owner: target.owner, repo: target.repo, commentId: comment.id };
    const lock = await acquireCommentLock(octokit, ref, now);
    const body = await readComment(octokit, ref);
    const current = { ...comment, body };
    const freshRecord = (0,sticky_comment.extractRecord)(body);
    return lock.acquired ? { sticky: current, freshRecord, won: true, release: lock.release } : { sticky: current, freshRecord, won: false };
}

;// CONCATENATED MODULE: ./build/src/github/workflows.js
/**
 * Dispatching workflows and following their runs. A dispatch asks GitHub for
 * the new run's id (`return_run_details`); servers that answer 204 instead leave
 * the caller to find the run in the workflow's run list.
 */


/** The fields of a workflow run the gate reads, as GitHub sends them. */
const RunPayload = schemas/* object */.Ikc({
    id: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* bigint */.oad()]),
    status: schemas/* string */.YjP().nullable(),
    conclusion: schemas/* string */.YjP().nullable(),
    html_url: schemas/* string */.YjP(),
    head_sha: schemas/* string */.YjP(),
    head_branch: schemas/* string */.YjP().nullable(),
    display_title: schemas/* string */.YjP(),
    event: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP(),
    updated_at: schemas/* string */.YjP(),
    run_started_at: schemas/* string */.YjP().optional(),
});
function workflowRunOf(data) {
    return {
        id: Number(data.id),
        status: data.status ?? 'queued',
        conclusion: data.conclusion,
        htmlUrl: data.html_url,
        headSha: data.head_sha,
        headBranch: data.head_branch,
        displayTitle: data.display_title,
        event: data.event,
        createdAt: data.created_at,
        updatedAt: data.updated_at,
        runStartedAt: data.run_started_at ?? null,
    };
}
async function dispatchWorkflow(octokit, { owner, repo, workflowFile }, { ref, inputs }) {
    const response = await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner,
        repo,
        workflow_id: workflowFile,
        ref,
        inputs,
        return_run_details: true,
    });
    const data = response.data;
    return data && typeof data === 'object' && data.workflow_run_id ? { runId: data.workflow_run_id, htmlUrl: data.html_url } : {};
}
async function getWorkflowRun(octokit, owner, repo, runId) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
    return workflowRunOf((0,github_client.expectAnswer)(RunPayload, data, `GET /repos/${owner}/${repo}/actions/runs/${runId}`, 'a workflow run'));
}
/** The latest runs of a workflow (one request; newest first). */
async function listWorkflowRuns(octokit, { owner, repo, workflowFile }, filter = {}) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner,
        repo,
        workflow_id: workflowFile,
        per_page: filter.perPage ?? 30,
        ...(filter.event ? { event: filter.event } : {}),
        ...(filter.headSha ? { head_sha: filter.headSha } : {}),
    });
    const request = `GET /repos/${owner}/${repo}/actions/workflows/${workflowFile}/runs`;
    return (0,github_client.expectAnswer)(schemas/* object */.Ikc({ workflow_runs: schemas/* array */.YOg(RunPayload) }), data, request, 'a list of workflow runs').workflow_runs.map(workflowRunOf);
}
/** Median wall time of successful completed runs, in ms; undefined with no history. */
function typicalRunDuration(runs) {
    const durations = runs
        .filter((run) => run.status === 'completed' && run.conclusion === 'success')
        .map((run) => Date.parse(run.updatedAt) - Date.parse(run.runStartedAt ?? run.createdAt))
        .filter((ms) => Number.isFinite(ms) && ms >= 0)
        .sort((a, b) => a - b);
    if (durations.length === 0)
        return undefined;
    const middle = Math.floor(durations.length / 2);
    return durations.length % 2 ? durations[middle] : Math.round((durations[middle - 1] + durations[middle]) / 2);
}

;// CONCATENATED MODULE: ./build/src/gate/estimate.js
/**
 * When a waiting PR can merge at the earliest: the next daily build after the
 * last upstream merge, plus the typical durations of the base build and the
 * test runs (medians of their recent successful runs). Science Pipelines work
 * reaches PP a day later; saying so up front spares the surprise.
 */

function duration(ms) {
    const h = ms / 3600000;
    return h < 1 ? `~${Math.max(1, Math.round(ms / 60000))} min` : `~${h.toFixed(h < 10 ? 1 : 0)} h`;
}
function utcText(date) {
    return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
/** "+ ~2.0 h base image + ~45 min tests", or what is not known yet. */
function runsText(baseMs, testMs) {
    if (baseMs !== undefined && testMs !== undefined)
        return `+ ${duration(baseMs)} base image + ${duration(testMs)} tests`;
    const known = [baseMs !== undefined ? `${duration(baseMs)} base image` : '', testMs !== undefined ? `${duration(testMs)} tests` : ''].filter(Boolean);
    const unknown = [baseMs === undefined ? 'base image' : '', testMs === undefined ? 'tests' : ''].filter(Boolean).join(' and ');
    return `${known.length ? `+ ${known.join(' + ')} ` : ''}+ the ${unknown} (no successful run to time yet)`;
}
/** The earliest time the PR can merge, as one line for the comment. */
function estimateEarliestMerge(input) {
    const runs = runsText(input.baseMs, input.testMs);
    if (!input.lastMergedAt)
        return `the next daily image after the last upstream merge (usually the next day) ${runs}`;
    const timeOfDay = input.dailyTimeOfDayMs ?? 0;
    const after = Math.max(input.lastMergedAt.getTime(), input.now.getTime());
    let daily = utcDay(input.lastMergedAt).getTime() + timeOfDay;
    while (daily <= after)
        daily += DAY_MS;
    const total = daily + (input.baseMs ?? 0) + (input.testMs ?? 0);
    const known = input.baseMs !== undefined && input.testMs !== undefined;
    const dailyText = input.dailyTimeOfDayMs === undefined ? `the daily of ${utcText(new Date(daily)).slice(0, 10)} (build time not seen yet)` : `the next daily ~${utcText(new Date(daily))}`;
    return `${known ? '' : 'after '}${utcText(new Date(total))}: ${dailyText} ${runs}`;
}
/** ms after midnight UTC of an ISO time. */
function timeOfDayMs(iso) {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? undefined : time - utcDay(new Date(time)).getTime();
}

;// CONCATENATED MODULE: ./build/src/gate/earliest-merge.js
/** The earliest-merge line of a waiting PR, with the run durations it needs (read once per gate run). */



/** The earliest-merge estimate, recomputed when the state or the UTC day changes (it costs two list calls). */
async function earliestMerge(env, { previous, dependencyCount, state, lastMergedAt, dailyTimeOfDayMs }) {
    const day = env.now.toISOString().slice(0, 10);
    // Recomputed once a day: a daily that did not come as expected moves the estimate.
    if (previous?.estimate?.state === state && previous.estimate.day === day && previous.dependencies.length === dependencyCount)
        return previous.estimate;
    let baseMs;
    let testMs;
    try {
        env.cache.baseRuns ??= await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['base-workflow'].file }, { event: 'workflow_dispatch', perPage: 50 });
        env.cache.testRuns ??= await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['test-workflow'].file }, { perPage: 50 });
        baseMs = typicalRunDuration(env.cache.baseRuns);
        testMs = typicalRunDuration(env.cache.testRuns);
    }
    catch (error) {
        env.log(`could not read recent run durations: ${describeError(error)}`);
    }
    const text = estimateEarliestMerge({ lastMergedAt, now: env.now, dailyTimeOfDayMs, baseMs, testMs });
    return { state, text, day };
}

;// CONCATENATED MODULE: ./build/src/gate/registry/daily-image.js
/**
 * The first daily image created after the last upstream merge. Daily tags are
 * dated, so each candidate date's tag is asked for directly, oldest first,
 * from the merge's UTC date to today; the first whose config `created` is
 * after the merge is the one. A tag dated the merge day but built before the
 * merge does not count: it cannot contain the merged work.
 */


async function findDailyAfter(client, options) {
    const checked = [];
    const first = utcDay(options.after).getTime();
    const last = utcDay(options.now).getTime();
    const maxDays = options.maxDays ?? 14;
    for (let day = first, count = 0; day <= last && count < maxDays; day += DAY_MS, count += 1) {
        const tag = formatDated(options.tagTemplate, new Date(day));
        const image = await readImage(client, options.image, tag, options.platform ?? { os: 'linux', architecture: 'amd64' });
        if (!image) {
            checked.push({ tag, outcome: 'missing' });
            continue;
        }
        if (Date.parse(image.created) > options.after.getTime()) {
            checked.push({ tag, outcome: 'after-merge', created: image.created });
            return { found: image, checked };
        }
        checked.push({ tag, outcome: 'before-merge', created: image.created });
    }
    return { checked };
}
/** Tag → digest and config `created`, through an index or manifest list when there is one. */
async function readImage(client, repository, tag, platform) {
    const top = await client.getManifest(repository, tag);
    if (!top)
        return undefined;
    let manifest = top.manifest;
    if (top.mediaType === MEDIA_TYPES.ociIndex || top.mediaType === MEDIA_TYPES.dockerList) {
        const entries = manifest.manifests ?? [];
        const chosen = entries.find((entry) => entry.platform?.os === platform.os && entry.platform?.architecture === platform.architecture) ??
            entries.find((entry) => entry.platform?.os === platform.os && entry.platform?.architecture !== 'unknown');
        if (!chosen)
            throw new RegistryError(`${repository}:${tag} has no ${platform.os}/${platform.architecture} image in its index`);
        const inner = await client.getManifest(repository, chosen.digest);
        if (!inner)
            throw new RegistryError(`${repository}:${tag} names ${chosen.digest}, which the registry does not have`);
        manifest = inner.manifest;
    }
    else if (top.mediaType !== MEDIA_TYPES.ociManifest && top.mediaType !== MEDIA_TYPES.dockerManifest) {
        throw new RegistryError(`${repository}:${tag} is a ${top.mediaType || 'manifest of unknown type'}, not an image`);
    }
    const configDigest = manifest.config?.digest;
    if (!configDigest)
        throw new RegistryError(`${repository}:${tag}: manifest has no config`);
    const config = await client.getJsonBlob(repository, configDigest);
    const created = typeof config.created === 'string' ? config.created : undefined;
    if (!created || Number.isNaN(Date.parse(created)))
        throw new RegistryError(`${repository}:${tag}: image config has no valid 'created' time`);
    return { tag, digest: top.digest, created };
}

;// CONCATENATED MODULE: ./build/src/gate/run-tracking.js
/**
 * Finding and following the base and test runs the gate dispatches: reuse a run
 * GitHub already lists for the tag (or head), read a running one once per gate
 * run, and pick the PR whose comment hosts the lock on base builds.
 */







/** Conclusions that fail the gate. */
const FAILED_CONCLUSIONS = new Set(['failure', 'cancelled', 'timed_out', 'startup_failure', 'action_required', 'stale']);
/** Workflow inputs with the daily's date filled in. */
function dated(inputs, date) {
    return Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, formatDated(value, date)]));
}
/** The PR whose gate comment carries the lock on base builds: the lowest-numbered gated open PR. */
async function baseLockHost(env, current) {
    if (!env.cache.gatedPullNumbers) {
        const pulls = await (0,github_pulls.listOpenPulls)(env.octokit, env.owner, env.repo);
        env.cache.gatedPullNumbers = pulls.filter((pull) => (0,depends_on/* mentionsDependencies */.DW)(pull.body)).map((pull) => pull.number);
    }
    return Math.min(current, ...env.cache.gatedPullNumbers);
}
/** A base build for the tag that some run already started (this sweep, or one listed by GitHub). */
async function findBaseRun(env, tag) {
    const cached = env.cache.baseByTag.get(tag);
    if (cached)
        return cached;
    env.cache.baseRuns ??= await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['base-workflow'].file }, { event: 'workflow_dispatch', perPage: 50 });
    const date = parseDated(env.config['daily-tag'], tag);
    const values = date ? Object.values(dated(env.config['base-workflow'].inputs, date)) : [];
    const run = env.cache.baseRuns.find((item) => item.displayTitle.includes(tag) || values.some((value) => value && item.displayTitle.includes(value)));
    return run ? runRecordOf(tag, run) : undefined;
}
/** A test run of this head dispatched earlier (a lost record must not cause a second dispatch). */
async function findTestRun(env, head, inputs, tag) {
    const runs = await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: env.config['test-workflow'].file }, { event: 'workflow_dispatch', headSha: head, perPage: 20 });
    const values = Object.values(inputs).filter(Boolean);
    const run = runs.find((item) => values.length === 0 || values.some((value) => item.displayTitle.includes(value)));
    return run ? runRecordOf(tag, run) : undefined;
}
function runRecordOf(tag, run) {
    return { tag, run: run.id, url: run.htmlUrl, conclusion: run.status === 'completed' ? (run.conclusion ?? 'neutral') : null, dispatchedAt: run.createdAt };
}
/** Brings a recorded run up to date: one GET while it runs, none once it has concluded. */
async function follow(env, recorded, workflowFile, matches) {
    if (isFinalConclusion(recorded.conclusion))
        return recorded;
    if (recorded.run !== null) {
        env.cache.runsRead ??= new Map();
        const run = env.cache.runsRead.get(recorded.run) ?? (await getWorkflowRun(env.octokit, env.owner, env.repo, recorded.run));
        env.cache.runsRead.set(recorded.run, run);
        return { ...recorded, url: run.htmlUrl, conclusion: run.status === 'completed' ? (run.conclusion ?? 'neutral') : null };
    }
    // Dispatched on a server that does not return run details: find it among the runs since.
    const since = Date.parse(recorded.dispatchedAt) - 60_000;
    const runs = await listWorkflowRuns(env.octokit, { owner: env.owner, repo: env.repo, workflowFile }, { event: 'workflow_dispatch', perPage: 30 });
    const run = runs.filter((item) => Date.parse(item.createdAt) >= since && matches(item)).at(-1);
    return run ? { ...recorded, run: run.id, url: run.htmlUrl, conclusion: run.status === 'completed' ? (run.conclusion ?? 'neutral') : null } : recorded;
}
/**
 * How long a dispatch whose run was never seen stays trusted. After that the run
 * is looked for once more (by run-name) and, when GitHub still lists none,
 * dispatched again: the dispatch itself must have failed.
 */
const UNCONFIRMED_DISPATCH_MS = 10 * 60 * 1000;
/** A recorded dispatch whose run never showed up within UNCONFIRMED_DISPATCH_MS. */
function isLostDispatch(recorded, now) {
    return recorded.run === null && recorded.conclusion === null && now.getTime() - Date.parse(recorded.dispatchedAt) > UNCONFIRMED_DISPATCH_MS;
}
/**
 * Dispatches a workflow once. The POST is never repeated blindly (github/client.ts):
 * a dispatch that answers an error may have started the run all the same, so the
 * run is looked for by its run-name; when GitHub does not list it (yet), the
 * dispatch is recorded without a run, and later runs look for it before ever
 * dispatching again.
 */
async function dispatchOnce(env, request) {
    const what = `${request.workflowFile} on ${request.ref} with ${JSON.stringify(request.inputs)}`;
    const dispatchedAt = env.now.toISOString();
    try {
        const dispatched = await dispatchWorkflow(env.octokit, { owner: env.owner, repo: env.repo, workflowFile: request.workflowFile }, { ref: request.ref, inputs: request.inputs });
        return { record: { tag: request.tag, run: dispatched.runId ?? null, url: dispatched.htmlUrl ?? null, conclusion: null, dispatchedAt }, action: `dispatched ${what}` };
    }
    catch (error) {
        // A 4xx is GitHub refusing: nothing started. Anything else may have started the run.
        const status = (0,github_client.httpStatusOf)(error);
        if (status !== undefined && status < 500)
            throw error;
        const reason = describeError(error);
        env.log(`dispatch of ${what} failed (${reason}); looking for its run before anything else`);
        const found = await request.find();
        if (found)
            return { record: found, action: `dispatched ${what}: the answer was an error (${reason}), but run ${found.run} was started; following it` };
        return {
            record: { tag: request.tag, run: null, url: null, conclusion: null, dispatchedAt },
            action: `dispatch of ${what} answered an error (${reason}) and no run is listed yet; later runs look for it by run-name before dispatching again`,
        };
    }
}

;// CONCATENATED MODULE: ./build/src/gate/pr-steps.js











function emptyRecord(head) {
    return { v: 1, head, state: 'waiting-for-upstream-merge', dependencies: [], daily: null, base: null, tests: null, status: null, estimate: null };
}
/** Where every evaluation starts: nothing found, the previous record's estimate kept until recomputed. */
function startProgress(run, comments) {
    const record = { ...emptyRecord(run.pull.headSha), estimate: run.previous?.estimate ?? null };
    return { record, problems: [], dependencies: [], checkedTags: [], estimate: null, actions: [], comments, lockReleases: [] };
}
const end = (progress, outcome) => ({ progress, outcome });
const failed = (description, targetUrl = null) => ({ state: 'failed', status: 'failure', description, targetUrl });
const passed = (description, targetUrl = null) => ({ state: 'passed', status: 'success', description, targetUrl });
const pending = (state, description, targetUrl = null) => ({ state, status: 'pending', description, targetUrl });
const withAction = (progress, action) => ({ ...progress, actions: [...progress.actions, action] });
const withRecord = (progress, record) => ({ ...progress, record: { ...progress.record, ...record } });
/** 1. What the PR says it depends on. */
const readDependsOn = ({ env, pull }, progress) => {
    const parsed = (0,depends_on/* parseDependsOn */.ql)(pull.body, { repository: `${env.owner}/${env.repo}`, upstream: env.config.upstream, serverHost: env.serverHost });
    const found = { ...progress, problems: parsed.problems };
    const [first] = parsed.problems;
    if (first) {
        const more = parsed.problems.length > 1 ? ` (+${parsed.problems.length - 1} more)` : '';
        return end(found, failed(`Depends-On line ${first.line}: ${first.message}${more}`));
    }
    if (parsed.dependencies.length === 0)
        return end(found, passed('no Science Pipelines dependency'));
    return { progress: found, next: (run, progress) => readUpstream(run, progress, parsed.dependencies) };
};
/** 2. Upstream PRs: a merged one stays merged, so the record's answer is reused. */
async function readUpstream(run, progress, dependencies) {
    const views = [];
    for (const dependency of dependencies)
        views.push(await upstreamView(run, dependency));
    const found = { ...progress, dependencies: views };
    return { progress: withRecord(found, { dependencies: views.map(({ repository, number, merged, mergedAt }) => ({ repository, number, merged, mergedAt })) }), next: awaitUpstream };
}
async function upstreamView({ env, previous }, dependency) {
    const { repository, number } = dependency;
    const known = previous?.dependencies.find((item) => item.repository.toLowerCase() === repository.toLowerCase() && item.number === number);
    if (known?.merged && known.mergedAt)
        return { ...known, state: 'closed', url: `https://${env.serverHost}/${known.repository}/pull/${known.number}` };
    // A sweep listed the upstream repository's open PRs: one still open there is unchanged.
    if (env.cache.openUpstream?.get(repository.toLowerCase())?.has(number)) {
        return { repository, number, merged: false, mergedAt: null, state: 'open', url: `https://${env.serverHost}/${repository}/pull/${number}` };
    }
    const [owner, repo] = repository.split('/');
    try {
        const upstream = await (0,github_pulls.getPull)(env.octokit, owner, repo, number);
        return { repository, number, merged: upstream.merged, mergedAt: upstream.mergedAt, state: upstream.state, url: upstream.htmlUrl };
    }
    catch (error) {
        // 404 is an answer: there is no such pull request (or this token cannot see it).
        const missing = (0,github_client.httpStatusOf)(error) === 404;
        return { repository, number, merged: false, mergedAt: null, state: missing ? 'missing' : 'unknown', error: describeError(error) };
    }
}
const viewName = (view) => `${view.repository}#${view.number}`;
async function awaitUpstream(run, progress) {
    const views = progress.dependencies;
    const closedUnmerged = views.filter((view) => view.state === 'closed' && !view.merged);
    if (closedUnmerged[0]) {
        return end(progress, failed(`${closedUnmerged.map(viewName).join(', ')} closed without merging: remove the Depends-On line or reopen it`, closedUnmerged[0].url ?? null));
    }
    const missing = views.filter((view) => view.state === 'missing');
    if (missing.length > 0)
        return end(progress, failed(`${missing.map(viewName).join(', ')}: no such pull request (or not visible to this token); fix the Depends-On line`));
    const unreadable = views.find((view) => view.state === 'unknown');
    if (unreadable)
        return end(progress, pending('waiting-for-upstream-merge', `cannot read ${viewName(unreadable)}: ${unreadable.error}`));
    const open = views.filter((view) => !view.merged);
    if (!open[0])
        return { progress, next: findDaily };
    const estimated = await estimate(run, progress, { state: 'waiting-for-upstream-merge' });
    return end(estimated, pending('waiting-for-upstream-merge', `waiting for ${open.map(viewName).join(', ')} to merge`, open[0].url ?? null));
}
/** The progress with the earliest-merge estimate for a PR waiting in `state`. */
async function estimate(run, progress, wait) {
    const estimated = await earliestMerge(run.env, { ...wait, previous: run.previous, dependencyCount: progress.record.dependencies.length });
    return { ...withRecord(progress, { estimate: estimated }), estimate: estimated.text };
}
/** 3. The first daily image created after the last merge. */
async function findDaily(run, progress) {
    const { env, previous } = run;
    const { config } = env;
    const lastMergedAt = progress.dependencies.map((view) => view.mergedAt).sort().at(-1);
    if (previous?.daily && previous.daily.afterMergedAt === lastMergedAt)
        return foundDaily(progress, previous.daily);
    env.cache.dailyByMerge ??= new Map();
    let search = env.cache.dailyByMerge.get(lastMergedAt);
    try {
        search ??= await findDailyAfter(env.registry, { image: config.image, tagTemplate: config['daily-tag'], after: new Date(lastMergedAt), now: env.now });
        env.cache.dailyByMerge.set(lastMergedAt, search);
    }
    catch (error) {
        return end(progress, pending('waiting-for-daily-container', `registry ${config.registry}: ${describeError(error)}`));
    }
    const searched = { ...progress, checkedTags: search.checked };
    if (search.found)
        return foundDaily(searched, { ...search.found, afterMergedAt: lastMergedAt });
    return { progress: searched, next: (run, progress) => awaitDaily(run, progress, lastMergedAt) };
}
async function awaitDaily(run, progress, lastMergedAt) {
    const seen = progress.checkedTags.filter((item) => item.created).at(-1)?.created;
    const wait = { state: 'waiting-for-daily-container', lastMergedAt: new Date(lastMergedAt), dailyTimeOfDayMs: seen ? timeOfDayMs(seen) : undefined };
    const estimated = await estimate(run, progress, wait);
    return end(estimated, pending('waiting-for-daily-container', `no ${run.env.config.image} daily created after the merge at ${lastMergedAt} yet`));
}
function foundDaily(progress, daily) {
    return { progress: withRecord(progress, { daily }), next: (run, progress) => findBase(run, progress, daily) };
}
/** The date a daily tag stands for (its creation time when the tag does not say). */
function dailyDate(config, daily) {
    return parseDated(config['daily-tag'], daily.tag) ?? new Date(daily.created);
}
const baseInputsOf = (config, daily) => dated(config['base-workflow'].inputs, dailyDate(config, daily));
const testInputsOf = (config, daily) => dated(config['test-workflow'].inputs, dailyDate(config, daily));
/** 4. The base image built from that daily (shared by every PR waiting for the same tag). */
async function findBase(run, progress, daily) {
    const { env, previous } = run;
    const { config } = env;
    const base = previous?.base?.tag === daily.tag && !isLostDispatch(previous.base, env.now) ? previous.base : await findBaseRun(env, daily.tag);
    if (base === 'claimed-elsewhere')
        return end(progress, pending('building-base', `base image for ${daily.tag} is being dispatched by another gate run`));
    if (base)
        return { progress, next: (run, progress) => followBase(run, progress, { daily, base }) };
    if (env.dryRun) {
        const dispatch = `would dispatch ${config['base-workflow'].file} on ${config['base-workflow'].ref ?? 'main'} with ${JSON.stringify(baseInputsOf(config, daily))}`;
        return end(withAction(progress, dispatch), pending('building-base', `would dispatch the base image build for ${daily.tag}`));
    }
    return { progress, next: (run, progress) => claimBase(run, progress, daily) };
}
/** The progress holding a claim's lock (to let go) and, on this PR, the comment it created or re-read. */
function withClaim(progress, claimed, onThisPull) {
    return {
        ...progress,
        comments: onThisPull ? [claimed.sticky] : progress.comments,
        lockReleases: claimed.won ? [...progress.lockReleases, claimed.release] : progress.lockReleases,
    };
}
/** Base builds are shared by all PRs: the lock is on one comment every gate run picks alike. */
async function claimBase(run, progress, daily) {
    const { env, pull, target } = run;
    const lockHost = await baseLockHost(env, pull.number);
    const onThisPull = lockHost === pull.number;
    const claimed = await claimDispatch(env.octokit, onThisPull ? target : { ...target, issueNumber: lockHost }, onThisPull ? progress.comments?.[0] : undefined, () => env.now.getTime());
    const held = withClaim(progress, claimed, onThisPull);
    if (!claimed.won) {
        env.cache.baseByTag.set(daily.tag, 'claimed-elsewhere');
        return end(held, pending('building-base', `base image for ${daily.tag} is being dispatched by another gate run`));
    }
    return { progress: held, next: (run, progress) => recheckBase(run, progress, daily) };
}
/** Under the lock, GitHub's own list says whether a run for this tag exists already. */
async function recheckBase({ env }, progress, daily) {
    env.cache.baseRuns = undefined;
    env.cache.baseByTag.delete(daily.tag);
    const existing = await findBaseRun(env, daily.tag);
    if (existing && existing !== 'claimed-elsewhere')
        return { progress, next: (run, progress) => followBase(run, progress, { daily, base: existing }) };
    return { progress, next: (run, progress) => dispatchBase(run, progress, daily) };
}
async function dispatchBase(run, progress, daily) {
    const { env } = run;
    const { config } = env;
    const { tag } = daily;
    const findFresh = async () => {
        env.cache.baseRuns = undefined;
        env.cache.baseByTag.delete(tag);
        const found = await findBaseRun(env, tag);
        return found === 'claimed-elsewhere' ? undefined : found;
    };
    const request = { workflowFile: config['base-workflow'].file, ref: config['base-workflow'].ref ?? 'main', inputs: baseInputsOf(config, daily), tag, find: findFresh };
    const dispatched = await dispatchOnce(env, request);
    env.cache.baseByTag.set(tag, dispatched.record);
    return baseRan(withAction(progress, dispatched.action), { daily, base: dispatched.record });
}
async function followBase(run, progress, { daily, base }) {
    const { env } = run;
    const inputs = Object.values(baseInputsOf(env.config, daily));
    const followed = await follow(env, base, env.config['base-workflow'].file, (found) => found.displayTitle.includes(daily.tag) || inputs.some((value) => found.displayTitle.includes(value)));
    env.cache.baseByTag.set(daily.tag, followed);
    return baseRan(progress, { daily, base: followed });
}
function baseRan(progress, { daily, base }) {
    const found = withRecord(progress, { base });
    if (base.conclusion && FAILED_CONCLUSIONS.has(base.conclusion))
        return end(found, failed(`base image build for ${daily.tag} ended ${base.conclusion}`, base.url));
    if (base.conclusion !== 'success') {
        return end(found, pending('building-base', `building the base image from ${daily.tag}${base.run ? '' : ' (run not started yet)'}`, base.url));
    }
    return { progress: found, next: (run, progress) => findTests(run, progress, daily) };
}
/** 5. Tests of this PR head on the new base image. */
async function findTests(run, progress, daily) {
    const { env, pull, previous } = run;
    const { config } = env;
    const testInputs = testInputsOf(config, daily);
    const recorded = previous?.tests && previous.tests.tag === daily.tag && previous.tests.head === pull.headSha && !isLostDispatch(previous.tests, env.now) ? previous.tests : undefined;
    const found = recorded ? undefined : await findTestRun(env, pull.headSha, testInputs, daily.tag);
    const tests = recorded ?? (found ? { ...found, head: pull.headSha } : undefined);
    if (tests)
        return { progress, next: (run, progress) => followTests(run, progress, { daily, tests }) };
    if (pull.headRepository && pull.headRepository.toLowerCase() !== `${env.owner}/${env.repo}`.toLowerCase()) {
        return end(progress, failed(`tests cannot be dispatched on a fork's branch (${pull.headRepository}); push the branch to ${env.owner}/${env.repo}`));
    }
    if (env.dryRun) {
        const dispatch = `would dispatch ${config['test-workflow'].file} on ${pull.headRef} with ${JSON.stringify(testInputs)}`;
        return end(withAction(progress, dispatch), pending('testing', `would dispatch the tests of ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}`));
    }
    return { progress, next: (run, progress) => claimTests(run, progress, daily) };
}
/** Under the lock on this PR's comment, a run that dispatched meanwhile shows in the record there. */
async function claimTests(run, progress, daily) {
    const { env, pull, target } = run;
    const claimed = await claimDispatch(env.octokit, target, progress.comments?.[0], () => env.now.getTime());
    const held = withClaim(progress, claimed, true);
    const adopted = parseGateRecord(claimed.freshRecord)?.tests;
    if (adopted?.tag === daily.tag && adopted.head === pull.headSha)
        return { progress: held, next: (run, progress) => followTests(run, progress, { daily, tests: adopted }) };
    if (!claimed.won)
        return end(held, pending('testing', `tests of ${pull.headSha.slice(0, 7)} are being dispatched by another gate run`));
    return { progress: held, next: (run, progress) => dispatchTests(run, progress, daily) };
}
async function dispatchTests(run, progress, daily) {
    const { env, pull } = run;
    const inputs = testInputsOf(env.config, daily);
    const find = () => findTestRun(env, pull.headSha, inputs, daily.tag);
    const dispatched = await dispatchOnce(env, { workflowFile: env.config['test-workflow'].file, ref: pull.headRef, inputs, tag: daily.tag, find });
    return testsRan(run, withAction(progress, dispatched.action), { daily, tests: { ...dispatched.record, head: pull.headSha } });
}
async function followTests(run, progress, { daily, tests }) {
    const { head } = tests;
    const followed = await follow(run.env, tests, run.env.config['test-workflow'].file, (found) => found.headSha === head);
    return testsRan(run, progress, { daily, tests: { ...followed, head } });
}
function testsRan({ pull }, progress, { daily, tests }) {
    const found = withRecord(progress, { tests });
    if (tests.conclusion && FAILED_CONCLUSIONS.has(tests.conclusion))
        return end(found, failed(`tests on the base from ${daily.tag} ended ${tests.conclusion}`, tests.url));
    if (tests.conclusion !== 'success') {
        return end(found, pending('testing', `testing ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}${tests.run ? '' : ' (run not started yet)'}`, tests.url));
    }
    return end(found, passed(`tests passed on the base from ${daily.tag} (${daily.digest.slice(0, 19)})`, tests.url));
}

;// CONCATENATED MODULE: ./build/src/gate/publish.js
/**
 * Writing a PR's gate result to GitHub: the commit status and the sticky comment,
 * each only when it changed (an unchanged state costs no write). A status that
 * cannot be written leaves the PR with an older one, which may say success: the
 * result says why, and the job fails on it. A failed comment write is a
 * warning: the next run writes again.
 */




async function publish(env, publication) {
    const status = await writeStatus(env, publication);
    const comment = await writeComment(env, { ...publication, record: status.record });
    return { actions: [...status.actions, ...comment.actions], statusWriteError: status.error, commentUrl: comment.url };
}
/** The commit status, unless the record says it is written already; the record comes back with the status now on the PR. */
async function writeStatus(env, { pull, status, record, previous }) {
    const same = previous?.status &&
        previous.status.sha === pull.headSha &&
        previous.status.state === status.state &&
        previous.status.description === status.description &&
        previous.status.targetUrl === (status.targetUrl ?? null);
    if (same)
        return { record, actions: [], error: null };
    if (env.dryRun)
        return { record, actions: [`would set status ${status.context} = ${status.state} on ${pull.headSha.slice(0, 7)}`], error: null };
    try {
        await setCommitStatus(env.octokit, { owner: env.owner, repo: env.repo, sha: pull.headSha }, status);
        const written = { sha: pull.headSha, state: status.state, description: status.description, targetUrl: status.targetUrl ?? null };
        return { record: { ...record, status: written }, actions: [`set status ${status.context} = ${status.state}`], error: null };
    }
    catch (error) {
        const reason = describeError(error);
        env.log(`PR #${pull.number}: could not set the status ${status.context} = ${status.state}: ${reason}`);
        return { record, actions: [], error: reason };
    }
}
/** The sticky comment, when its text changed (a PR without dependencies that never had one gets none: no noise). */
async function writeComment(env, { pull, record, comments, evaluation, target }) {
    const noComment = evaluation.dependencies.length === 0 && evaluation.problems.length === 0 && !comments?.[0];
    if (noComment || comments === undefined)
        return { actions: [] };
    const body = renderGateComment(evaluation, record);
    const gateComments = (0,sticky_comment.withMarker)(comments, GATE_MARKER);
    if (gateComments[0]?.body === body && gateComments.length === 1)
        return { actions: [] };
    if (env.dryRun)
        return { actions: [comments[0] ? 'would update the gate comment' : 'would create the gate comment'] };
    try {
        const { comment, write } = await (0,sticky_comment.upsertStickyComment)(env.octokit, target, body, gateComments);
        return { actions: write !== 'unchanged' ? [`${write} the gate comment`] : [], url: comment.htmlUrl };
    }
    catch (error) {
        env.log(`PR #${pull.number}: could not write the gate comment: ${describeError(error)}`);
        return { actions: [`could not write the gate comment: ${describeError(error)}`] };
    }
}

;// CONCATENATED MODULE: ./build/src/gate/evaluate-pr.js
/**
 * One PR through the gate: recompute its state from GitHub and the registry
 * (reusing what the record says is settled), do the one thing that state asks
 * for (dispatch the base build or the tests, once), then write the commit status
 * and the sticky comment when they changed. The steps are in pr-steps.ts.
 *
 * Fail closed: any call that fails or answers what the gate cannot interpret
 * leaves the status pending with the reason (or failed); nothing defaults to
 * success.
 */







async function evaluatePull(env, pull) {
    const target = { owner: env.owner, repo: env.repo, issueNumber: pull.number, marker: GATE_MARKER, identity: env.identity };
    const decision = await decide(env, pull, target);
    const evaluation = evaluationOf(pull, decision);
    const { outcome, previous, progress } = decision;
    const status = {
        state: outcome.status,
        context: env.config['status-context'],
        description: evaluation.json.description,
        ...(outcome.targetUrl ? { targetUrl: outcome.targetUrl } : {}),
    };
    const record = { ...decision.record, status: previous?.status ?? null };
    try {
        const published = await publish(env, { pull, status, record, previous, comments: progress.comments, evaluation, target });
        const commentUrl = published.commentUrl ?? evaluation.commentUrl;
        return { ...evaluation, actions: [...evaluation.actions, ...published.actions], commentUrl, statusWriteError: published.statusWriteError };
    }
    finally {
        // A lock that cannot be let go expires by itself (github/comment-lock.ts): it must not end the run.
        for (const release of progress.lockReleases)
            await release().catch((error) => env.log(`PR #${pull.number}: could not release a dispatch lock: ${describeError(error)}`));
    }
}
/** Reads the PR's gate comment and runs the steps; whatever goes wrong, the PR stays pending with the reason. */
async function decide(env, pull, target) {
    let comments;
    try {
        comments = env.cache.commentsByPull ? (0,sticky_comment.withMarker)(env.cache.commentsByPull.get(pull.number) ?? [], target.marker) : await (0,sticky_comment.findStickyComments)(env.octokit, target);
    }
    catch (error) {
        const run = { env, pull, previous: undefined, target };
        return failClosed(run, { commentUrl: null, progress: startProgress(run, undefined) }, error);
    }
    const [first] = comments;
    const run = { env, pull, previous: first ? parseGateRecord((0,sticky_comment.extractRecord)(first.body)) : undefined, target };
    const commentUrl = first?.htmlUrl ?? null;
    const ended = await advance(run, startProgress(run, comments));
    if ('error' in ended)
        return failClosed(run, { commentUrl, progress: ended.progress }, ended.error);
    const { progress, outcome } = ended;
    return { previous: run.previous, commentUrl, progress, outcome, record: { ...progress.record, state: outcome.state } };
}
/**
 * Runs the steps until one ends the evaluation. A step that throws ends it with the
 * progress the steps before it returned.
 */
async function advance(run, start) {
    let progress = start;
    let step = readDependsOn;
    try {
        for (;;) {
            const next = await step(run, progress);
            progress = next.progress;
            if ('outcome' in next)
                return { progress, outcome: next.outcome };
            step = next.next;
        }
    }
    catch (error) {
        return { progress, error };
    }
}
/** Fail closed: the PR stays pending with the reason, its record claiming no more than it showed reached. */
function failClosed(run, found, error) {
    const { env, pull, previous } = run;
    const reason = describeError(error);
    env.log(`PR #${pull.number}: ${reason}`);
    const outcome = { state: resumeState(previous), status: 'pending', description: `gate could not finish: ${reason}`, targetUrl: null };
    return { ...found, previous, outcome, record: { ...(previous ?? emptyRecord(pull.headSha)), state: outcome.state } };
}
/** The furthest state the record shows reached, short of a verdict: a run that failed midway claims no more. */
function resumeState(record) {
    if (!record)
        return 'waiting-for-upstream-merge';
    if (record.tests)
        return 'testing';
    if (record.base || record.daily)
        return 'building-base';
    if (record.dependencies.length > 0 && record.dependencies.every((dependency) => dependency.merged))
        return 'waiting-for-daily-container';
    return 'waiting-for-upstream-merge';
}
/** The evaluation as reported: the outcome, and what the steps found up to where they ended. */
function evaluationOf(pull, { progress, outcome, commentUrl }) {
    const { dependencies, daily, base, tests } = progress.record;
    return {
        json: {
            number: pull.number,
            head: pull.headSha,
            state: outcome.state,
            dependencies,
            daily: daily ? { tag: daily.tag, digest: daily.digest, created: daily.created } : null,
            base: base ? { run: base.run, conclusion: base.conclusion } : null,
            tests: tests ? { run: tests.run, conclusion: tests.conclusion } : null,
            status: outcome.status,
            description: fitDescription(`${outcome.state}: ${outcome.description}`),
        },
        pull,
        problems: progress.problems,
        dependencies: progress.dependencies,
        checkedTags: progress.checkedTags,
        baseUrl: base?.url ?? null,
        testsUrl: tests?.url ?? null,
        estimate: progress.estimate,
        actions: progress.actions,
        commentUrl,
        targetUrl: outcome.targetUrl,
        statusWriteError: null,
    };
}

// EXTERNAL MODULE: ./build/src/github/merge-queue.js
var merge_queue = __webpack_require__(3767);
;// CONCATENATED MODULE: ./build/src/gate/modes.js
/**
 * One gate run, in the mode its trigger asks for:
 * - `pr`: one PR (pull_request events, `--pr N`);
 * - `sweep`: every open PR that declares dependencies (schedule, workflow_dispatch, `--sweep`);
 * - `workflow-run`: a base or test run completed; advance the PRs it belongs to now;
 * - `merge-group`: a merge queue asks; the PR's gate decides the merge group's status.
 */










async function runGate(env, mode) {
    const run = { mode: mode.kind, evaluations: [], notes: [] };
    switch (mode.kind) {
        case 'pr': {
            const pull = mode.pull ?? (await (0,github_pulls.getPull)(env.octokit, env.owner, env.repo, mode.number));
            if (pull.state !== 'open') {
                run.notes.push(`PR #${pull.number} is ${pull.merged ? 'merged' : 'closed'}: nothing to gate`);
                return run;
            }
            run.evaluations.push(await evaluatePull(env, pull));
            return run;
        }
        case 'sweep':
            return sweep(env, run, () => true);
        case 'workflow-run': {
            const file = mode.workflowPath.split('/').at(-1);
            if (file === env.config['base-workflow'].file)
                return sweep(env, run, () => true);
            if (file === env.config['test-workflow'].file)
                return sweep(env, run, (pull) => pull.headSha === mode.headSha);
            run.notes.push(`workflow ${mode.workflowPath} is neither ${env.config['base-workflow'].file} nor ${env.config['test-workflow'].file}: nothing to advance`);
            return run;
        }
        case 'merge-group':
            return mergeGroup(env, run, mode.headSha, mode.headRef);
        case 'skip':
            run.notes.push(mode.reason);
            return run;
    }
}
async function sweep(env, run, wanted) {
    const pulls = (await (0,github_pulls.listOpenPulls)(env.octokit, env.owner, env.repo)).sort((a, b) => a.number - b.number);
    const declaring = pulls.filter((pull) => (0,depends_on/* mentionsDependencies */.DW)(pull.body));
    env.cache.gatedPullNumbers = declaring.map((pull) => pull.number);
    const gated = declaring.filter(wanted);
    await readSweepState(env, gated);
    run.notes.push(`${declaring.length} of ${pulls.length} open PRs declare dependencies${gated.length < declaring.length ? `; ${gated.length} concern this run` : ''}`);
    for (const pull of gated)
        run.evaluations.push(await evaluatePull(env, pull));
    return run;
}

/**
 * What a sweep reads once for all its PRs instead of once per PR: every gate
 * record in one listing of the repository's comments (since the oldest gated PR
 * was opened), and the open PRs of each upstream repository that more than one
 * unmerged dependency points into. Either that fails is no failure: each PR then
 * reads its own.
 */
async function readSweepState(env, gated) {
    if (gated.length < 2)
        return;
    const opened = gated.map((pull) => pull.createdAt);
    const oldest = opened.every((time) => time !== undefined) ? opened.sort()[0] : undefined;
    if (oldest !== undefined) {
        try {
            const byIssue = await (0,sticky_comment.listOwnRepositoryComments)(env.octokit, { owner: env.owner, repo: env.repo, identity: env.identity }, oldest);
            env.cache.commentsByPull = new Map(gated.map((pull) => [pull.number, byIssue.get(pull.number) ?? []]));
        }
        catch (error) {
            env.log(`could not read the gate records in one listing (${describeError(error)}); each PR reads its own`);
        }
    }
    const unmerged = new Map();
    for (const pull of gated) {
        const record = parseGateRecord((0,sticky_comment.extractRecord)((0,sticky_comment.withMarker)(env.cache.commentsByPull?.get(pull.number) ?? [], GATE_MARKER)[0]?.body ?? ''));
        const { dependencies } = (0,depends_on/* parseDependsOn */.ql)(pull.body, { repository: `${env.owner}/${env.repo}`, upstream: env.config.upstream, serverHost: env.serverHost });
        for (const dependency of dependencies) {
            const merged = record?.dependencies.some((item) => item.repository.toLowerCase() === dependency.repository.toLowerCase() && item.number === dependency.number && item.merged);
            if (!merged)
                unmerged.set(dependency.repository.toLowerCase(), (unmerged.get(dependency.repository.toLowerCase()) ?? 0) + 1);
        }
    }
    for (const [repository, count] of unmerged) {
        if (count < 2)
            continue;
        const [owner, repo] = repository.split('/');
        try {
            const open = await (0,github_pulls.listOpenPulls)(env.octokit, owner, repo);
            env.cache.openUpstream ??= new Map();
            env.cache.openUpstream.set(repository, new Set(open.map((pull) => pull.number)));
        }
        catch (error) {
            env.log(`could not list the open PRs of ${repository} (${describeError(error)}); each dependency is read by itself`);
        }
    }
}
async function mergeGroup(env, run, headSha, headRef) {
    const context = env.config['status-context'];
    const number = (0,merge_queue/* pullNumberOfMergeGroup */.f)(headRef);
    let state = 'failure';
    let description = `cannot tell which PR merge group ${headRef} belongs to`;
    if (number !== undefined) {
        try {
            const pull = await (0,github_pulls.getPull)(env.octokit, env.owner, env.repo, number);
            const evaluation = await evaluatePull(env, pull);
            run.evaluations.push(evaluation);
            state = evaluation.json.status;
            description = `PR #${number}: ${evaluation.json.description}`;
        }
        catch (error) {
            state = 'pending';
            description = `could not evaluate PR #${number}: ${(0,github_client.describeGitHubError)(error)}`;
        }
    }
    if (env.dryRun) {
        run.notes.push(`would set ${context} = ${state} on merge group ${headSha.slice(0, 7)}`);
        return run;
    }
    await setCommitStatus(env.octokit, { owner: env.owner, repo: env.repo, sha: headSha }, { state, context, description });
    run.notes.push(`set ${context} = ${state} on merge group ${headSha.slice(0, 7)}`);
    return run;
}

;// CONCATENATED MODULE: ./build/src/gate/run.js







async function gateSectionOf({ config, file, path }) {
    if (!config.gate) {
        throw new errors/* InputError */.dz('the configuration has no `gate:` section', {
            file,
            hint: 'Add `gate:` with upstream, image, daily-tag, base-workflow and test-workflow (see the README, "pipelines-gate").',
        });
    }
    await assertGateConfig(config.gate, path, file);
    return config.gate;
}
async function runGateCommand(options) {
    if (!options.token) {
        throw new errors/* InputError */.dz('no GitHub token', { hint: 'Set GITHUB_TOKEN (CLI) or the `token` input (action); the gate reads PRs and writes statuses and comments.' });
    }
    const config = await gateSectionOf(options.config);
    const setup = {
        token: options.token,
        apiUrl: options.apiUrl,
        serverUrl: options.serverUrl,
        repository: options.repository,
        config,
        dryRun: options.dryRun,
        installationLogin: options.installationLogin,
        maxRateLimitWaitSeconds: options.maxRateLimitWaitSeconds,
        log: options.log,
    };
    splitRepository(options.repository, 'repository');
    const connected = connectGate(setup);
    // Nothing to evaluate: spend no request (not even on who we are).
    if (options.mode.kind === 'skip')
        return gateReport({ mode: 'skip', evaluations: [], notes: [options.mode.reason] }, 0, 0);
    try {
        const prepared = await prepareGate(setup, connected);
        const run = await runGate(prepared.env, options.mode);
        return gateReport(run, prepared.client.apiCalls(), prepared.registry.requests());
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        // GitHub could not be reached or read at all: no status was decided, so none turned green.
        const reason = describeError(error);
        return unreachableReport(reason, connected.client.apiCalls());
    }
}
function unreachableReport(reason, apiCalls) {
    return {
        command: 'gate',
        verdict: 'fail',
        headline: `the gate could not run: ${reason}`,
        findings: [{ id: 'gate/unreachable', severity: 'error', title: 'pipelines-gate could not run', message: `${reason}. No status was changed; PRs keep the status they had (never success by default).` }],
        blocks: [{ kind: 'paragraph', text: (0,model/* inline */.mG) `The gate could not run: ${reason}. No status was changed. GitHub API calls: ${apiCalls}.` }],
        data: { prs: [], apiCalls },
        outputs: { state: '' },
    };
}
/** A `max-rate-limit-wait` value: whole seconds, 0 to 21600 (a job's own limit is 6 hours). */
function parseRateLimitWait(text, source) {
    if (text === undefined || text.trim() === '')
        return undefined;
    const value = text.trim();
    if (!/^\d{1,5}$/.test(value) || Number(value) > 21_600) {
        throw new errors/* InputError */.dz(`${source}: expected whole seconds from 0 to 21600, got '${value}'`, { hint: 'For example 300 (wait at most five minutes for a GitHub rate limit to reset).' });
    }
    return Number(value);
}

// EXTERNAL MODULE: ./build/src/gate/events.js
var events = __webpack_require__(576);
;// CONCATENATED MODULE: ./build/src/gate/event-mode.js
/**
 * Which gate run an event asks for: pull_request(_target) → that PR (read from the
 * payload, saving a request); schedule and workflow_dispatch → a sweep;
 * workflow_run (completed) → the PRs that run advances; merge_group → the merge
 * group's status. Any other event is an input error: the workflow is wired wrong.
 */



const EVENT_HINT = 'GITHUB_EVENT_PATH must name the payload GitHub wrote for this event; a hand-made payload needs the fields named here.';
function gateModeOfEvent(eventName, payload, repository) {
    const event = payload;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = event.pull_request;
            if (!pr || typeof pr.number !== 'number' || typeof pr.head?.sha !== 'string')
                throw new errors/* InputError */.dz(`the ${eventName} payload has no pull_request with a head`, { hint: EVENT_HINT });
            const [owner, repo] = repository.split('/');
            return { kind: 'pr', number: pr.number, pull: (0,github_pulls.pullInfoOf)(owner, repo, pr) };
        }
        case 'schedule':
        case 'workflow_dispatch':
            return { kind: 'sweep' };
        case 'workflow_run': {
            const run = event.workflow_run;
            if (!run || typeof run.path !== 'string' || typeof run.head_sha !== 'string')
                throw new errors/* InputError */.dz('the workflow_run payload has no workflow_run.path/head_sha', { hint: EVENT_HINT });
            // Only a finished run changes a PR's state; `requested`/`in_progress` would spend requests for nothing.
            if (event.action !== undefined && event.action !== 'completed')
                return { kind: 'skip', reason: `workflow_run ${String(event.action)}: only completed runs advance the gate` };
            return { kind: 'workflow-run', workflowPath: run.path, headSha: run.head_sha };
        }
        case 'merge_group': {
            const group = event.merge_group;
            if (!group || typeof group.head_sha !== 'string' || typeof group.head_ref !== 'string')
                throw new errors/* InputError */.dz('the merge_group payload has no merge_group.head_sha/head_ref', { hint: EVENT_HINT });
            return { kind: 'merge-group', headSha: group.head_sha, headRef: group.head_ref };
        }
        default:
            throw new errors/* InputError */.dz(`pipelines-gate does not run on '${eventName}' events`, {
                hint: `Trigger it on ${events/* GATE_EVENTS */.u.join(', ')} (workflow_run: completed; see docs/actions/pipelines-gate.md).`,
            });
    }
}

// EXTERNAL MODULE: ./build/src/report/log-safety.js
var log_safety = __webpack_require__(8349);
// EXTERNAL MODULE: ./build/src/actions/check-context.js + 3 modules
var check_context = __webpack_require__(2006);
// EXTERNAL MODULE: ./build/src/actions/event.js + 1 modules
var actions_event = __webpack_require__(9180);
// EXTERNAL MODULE: ./build/src/actions/inputs.js
var inputs = __webpack_require__(8156);
;// CONCATENATED MODULE: ./build/src/actions/pipelines-gate-run.js






/** `loaded`: the configuration the root action loaded for every check; read here when the action runs alone. */
async function producePipelinesGate(loaded) {
    const context = await (0,actions_event/* readEventContext */.ws)();
    const config = loaded ?? (await (0,check_context/* loadActionConfig */.z)(context));
    return runGateCommand({
        repository: context.repository,
        config,
        mode: gateModeOfEvent(context.eventName, context.payload, context.repository),
        token: (0,inputs/* stringInput */.Uj)('token') || undefined,
        apiUrl: context.apiUrl,
        serverUrl: context.serverUrl,
        dryRun: (0,inputs/* booleanInput */.tE)('dry-run', false),
        installationLogin: (0,inputs/* stringInput */.Uj)('comment-author') || undefined,
        maxRateLimitWaitSeconds: parseRateLimitWait((0,inputs/* stringInput */.Uj)('max-rate-limit-wait'), "input 'max-rate-limit-wait'"),
        log: (message) => process.stdout.write(`${(0,log_safety/* defuseWorkflowCommands */.y)(message)}\n`),
    });
}


/***/ }),

/***/ 7710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ mentionsDependencies),
/* harmony export */   gB: () => (/* binding */ visibleLines),
/* harmony export */   ql: () => (/* binding */ parseDependsOn)
/* harmony export */ });
/* harmony import */ var mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3825);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);


const LOOKS_LIKE = /depends[\s_-]*on\b/i;
const LEADING = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?depends[\s_-]*on\b/i;
const REFERENCE = /[A-Za-z0-9-]+\/[A-Za-z0-9._-]+#\d+|\/pull\/\d+/;
/**
 * A line that looks like a dependency: it starts with Depends-On (in any spelling),
 * or says "depends on" and names a PR. Prose such as "this depends on the new API"
 * is not one; "this depends on lsst/afw#9" is, and gets reported if it does not parse.
 */
function looksLikeDependency(line) {
    return LEADING.test(line) || (LOOKS_LIKE.test(line) && REFERENCE.test(line));
}
/** Whether any visible line of a body looks like a dependency (the sweep evaluates only those PRs). */
function mentionsDependencies(body) {
    return visibleLines(body).some(looksLikeDependency);
}
// The value is trimmed after matching: a lazy `(.*?)\s*$` backtracks quadratically on long runs of spaces.
const LINE = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?Depends-On:(?:\*\*|__)?(.*)$/i;
const SHORT = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})#([1-9][0-9]{0,9})$/;
function urlPattern(host) {
    const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^<?https?://${escaped}/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/pull/([1-9][0-9]{0,9})(?:/[A-Za-z0-9/_-]*)?(?:[?#]\\S*)?>?$`, 'i');
}
/** CommonMark's line endings: how mdast numbers lines. */
const LINE_ENDING = /\r\n|\r|\n/;
/**
 * Raw HTML as it shows: comments and tags blanked, line breaks kept; linear time. A comment
 * left open hides everything after it, in this node and the ones that follow, until raw HTML
 * closes it (`-->`, `--!>`; escaped text cannot), as a browser reads the rendered page.
 */
function shownHtml(html, inComment) {
    let shown = '';
    let from = 0;
    const blank = (to) => html.slice(from, to).replace(/[^\r\n]/g, '');
    if (inComment) {
        const end = commentEnd(html, 0);
        if (end < 0)
            return { shown: blank(html.length), inComment: true };
        shown = blank(end);
        from = end;
    }
    for (let at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
        const comment = html.startsWith('<!--', at);
        if (!comment && !/^<\/?[A-Za-z]/.test(html.slice(at, at + 3)))
            continue;
        const end = comment ? commentEnd(html, at + 4, true) : html.indexOf('>', at) + 1;
        if (end <= 0 && !comment)
            break; // no tag closes after here, so none of the rest is a tag
        shown += html.slice(from, at);
        from = at;
        if (end < 0)
            return { shown: shown + blank(html.length), inComment: true };
        shown += blank(end);
        from = end;
        at = end - 1;
    }
    return { shown: shown + html.slice(from), inComment: false };
}
/**
 * Where a comment whose text starts at `from` ends (just after its closer), or -1: the HTML
 * parser closes it at `-->` or `--!>`, and right after the opener also at `>` or `->`
 * (`<!-->` and `<!--->` are empty comments).
 */
function commentEnd(html, from, afterOpener = false) {
    if (afterOpener && html.startsWith('>', from))
        return from + 1;
    if (afterOpener && html.startsWith('->', from))
        return from + 2;
    const closer = /--!?>/g;
    closer.lastIndex = from;
    const found = closer.exec(html);
    return found ? found.index + found[0].length : -1;
}
/**
 * Per line of the body (1-based line n at index n-1), the text a reader sees on it.
 * Markers of lists, quotes and emphasis are gone, escapes and entities decoded.
 */
function visibleLines(body) {
    const lines = body.split(LINE_ENDING).map(() => '');
    // A code span over several lines shows on one: what follows it joins its first line.
    const shownOn = lines.map((_, index) => index);
    const add = (value, line) => {
        value.split(LINE_ENDING).forEach((part, index) => {
            const at = line - 1 + index;
            if (at < lines.length)
                lines[shownOn[at]] += part;
        });
    };
    let inComment = false;
    const visit = (node) => {
        if (inComment && (node.type === 'text' || node.type === 'inlineCode'))
            return;
        if (node.type === 'code' || node.type === 'definition' || node.type === 'image' || node.type === 'imageReference')
            return;
        if (node.type === 'html') {
            // Comments hide what they hold; the text between other tags shows.
            if (node.position) {
                const html = shownHtml(node.value, inComment);
                inComment = html.inComment;
                add(html.shown, node.position.start.line);
            }
        }
        else if (node.type === 'text') {
            if (node.position)
                add(node.value, node.position.start.line);
        }
        else if (node.type === 'inlineCode') {
            if (!node.position)
                return;
            add(node.value.replace(/\r\n|\r|\n/g, ' '), node.position.start.line);
            shownOn[node.position.end.line - 1] = shownOn[node.position.start.line - 1];
        }
        else if ('children' in node) {
            // Every other node shows what it holds.
            for (const child of node.children)
                visit(child);
        }
    };
    visit((0,mdast_util_from_markdown__WEBPACK_IMPORTED_MODULE_0__/* .fromMarkdown */ .Y)(body));
    return lines;
}
function parseDependsOn(body, options) {
    const isUpstream = picomatch__WEBPACK_IMPORTED_MODULE_1__(options.upstream.map((pattern) => pattern.toLowerCase()), { nocase: true, noextglob: true });
    const byUrl = urlPattern(options.serverHost ?? 'github.com');
    const own = options.repository.toLowerCase();
    const dependencies = [];
    const problems = [];
    const seen = new Set();
    visibleLines(body).forEach((text, index) => {
        const line = index + 1;
        if (!looksLikeDependency(text))
            return;
        const trimmed = text.trim();
        const value = LINE.exec(text)?.[1]?.trim();
        if (value === undefined) {
            problems.push({ kind: 'malformed', line, text: trimmed, message: 'write it as `Depends-On: owner/repo#N` (or the PR URL), one per line' });
            return;
        }
        const found = SHORT.exec(value) ?? byUrl.exec(value);
        if (!found) {
            const why = /[\s,;]/.test(value) ? 'one dependency per line' : 'expected `owner/repo#N` or a pull request URL';
            problems.push({ kind: 'malformed', line, text: trimmed, message: why });
            return;
        }
        const repository = `${found[1]}/${found[2]}`;
        const number = Number(found[3]);
        if (repository.toLowerCase() === own) {
            problems.push({ kind: 'self-reference', line, text: trimmed, message: `${repository} is this repository: the gate waits for upstream (${options.upstream.join(', ')}) work only` });
            return;
        }
        if (!isUpstream(repository.toLowerCase())) {
            problems.push({ kind: 'not-upstream', line, text: trimmed, message: `${repository} is not an upstream repository (gate.upstream: ${options.upstream.join(', ')})` });
            return;
        }
        const key = `${repository.toLowerCase()}#${number}`;
        if (seen.has(key))
            return;
        seen.add(key);
        dependencies.push({ repository, number, line });
    });
    return { dependencies, problems };
}


/***/ }),

/***/ 6330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS: () => (/* binding */ DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS),
/* harmony export */   MAX_PAGES: () => (/* binding */ MAX_PAGES),
/* harmony export */   PageLimitError: () => (/* binding */ PageLimitError),
/* harmony export */   UnexpectedAnswerError: () => (/* binding */ UnexpectedAnswerError),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   describeGitHubError: () => (/* binding */ describeGitHubError),
/* harmony export */   describeOtherError: () => (/* binding */ describeOtherError),
/* harmony export */   expectAnswer: () => (/* binding */ expectAnswer),
/* harmony export */   httpStatusOf: () => (/* binding */ httpStatusOf),
/* harmony export */   isRetrySafe: () => (/* binding */ isRetrySafe),
/* harmony export */   listPages: () => (/* binding */ listPages)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/**
 * Octokit as every command uses it: retries with backoff for 5xx answers
 * (@octokit/plugin-retry) — but never a POST that creates something (a
 * dispatch, a comment, a reaction): its answer may be lost after GitHub acted,
 * and the caller looks before it asks again —, waits out primary and secondary
 * rate limits a few times and for a bounded time (@octokit/plugin-throttling),
 * and counts every HTTP request it sends, retries included, because a
 * GITHUB_TOKEN has 1,000 requests an hour per repository and the gate prints
 * what it spent.
 */




/** @actions/github's Octokit (REST methods, pagination, the runner's proxy) with retries and throttling, as codeql-action builds it. */
const GitHubOctokit = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300;
/**
 * Whether a request may be sent again after an error. A POST may have been carried
 * out before its answer was lost, so only the one that sets a value (a commit
 * status: the same state again changes nothing) is repeated.
 */
function isRetrySafe(method, url) {
    return method.toUpperCase() !== 'POST' || /\/statuses\/\{?sha\}?$|\/statuses\/[^/]+$/.test(url);
}
/** A stand-in for the throttling plugin's write limiter group that lets every write through at once. */
const unpacedGroup = {
    key: () => ({ schedule: (_options, job, ...args) => job(...args) }),
};
function createGitHubClient(options) {
    let calls = 0;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
    const log = options.log ?? (() => undefined);
    const timeoutMs = options.requestTimeoutMs ?? 60_000;
    // @actions/github's fetch goes through the runner's HTTPS_PROXY when one is set.
    const proxyFetch = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .defaults */ .NT.request?.fetch ?? fetch;
    const countingFetch = (input, init) => {
        calls += 1;
        // A request that hangs must fail (and be retried), not hold the job until GitHub's 6-hour limit.
        return proxyFetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    };
    const baseUrl = (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    const waitOrGiveUp = (kind) => (retryAfter, request, _octokit, retryCount) => {
        // Paginated requests carry the whole URL: the log names the path.
        const what = `${request.method} ${request.url.startsWith(baseUrl) ? request.url.slice(baseUrl.length) : request.url}`;
        if (retryAfter > maxWait) {
            log(`${kind} on ${what}: it resets in ${formatWait(retryAfter)}, longer than the ${maxWait} s this run waits (max-rate-limit-wait); not waiting`);
            return false;
        }
        log(`${kind} on ${what}; retry ${retryCount + 1} after ${retryAfter}s`);
        return retryCount < rateLimitRetries;
    };
    const octokit = new GitHubOctokit({
        ...(0,_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .getOctokitOptions */ .EG)(options.token, { userAgent: 'lockstep' }),
        baseUrl,
        request: { fetch: countingFetch },
        retry: {
            retries: options.retries ?? 3,
            ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
        },
        throttle: {
            ...(options.paceWrites === false ? { write: unpacedGroup, notifications: unpacedGroup } : {}),
            onRateLimit: waitOrGiveUp('rate limit'),
            onSecondaryRateLimit: waitOrGiveUp('secondary rate limit'),
        },
    });
    octokit.hook.before('request', (request) => {
        if (!isRetrySafe(request.method, request.url))
            request.request = { ...request.request, retries: 0 };
    });
    return { octokit, apiCalls: () => calls };
}
function formatWait(seconds) {
    return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
/** The HTTP status GitHub answered a failed request with (none when no answer came). */
function httpStatusOf(error) {
    const failed = error;
    return typeof failed?.status === 'number' && failed.response !== undefined ? failed.status : undefined;
}
/** An answer that is not what GitHub's API sends for the request. */
class UnexpectedAnswerError extends Error {
    constructor(request, expected, got) {
        super(`${request}: expected ${expected} from GitHub, got ${got}`);
        this.name = 'UnexpectedAnswerError';
    }
}
/**
 * The answer's data as the schema says GitHub sends it, or an UnexpectedAnswerError
 * naming what was expected and what came (never a TypeError from deep inside).
 */
function expectAnswer(schema, data, request, expected) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')}: ${issue.message})` : '';
    throw new UnexpectedAnswerError(request, expected, `${describeValue(data)}${where}`);
}
function describeValue(value) {
    if (value === null || value === undefined)
        return String(value);
    if (Array.isArray(value))
        return `a list of ${value.length}`;
    if (typeof value === 'object')
        return `an object with keys ${Object.keys(value).slice(0, 5).join(', ') || '(none)'}`;
    return `a ${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
/** What failed on the way to GitHub when no answer came: DNS, connection, timeout. */
function networkFailure(error) {
    const failed = error;
    // Octokit's RequestError carries the request; one without a response never got an answer.
    if (!failed || typeof failed !== 'object' || !failed.request || failed.response !== undefined)
        return undefined;
    const host = hostOf(failed.request?.url);
    const causes = [];
    for (let cause = error; cause && typeof cause === 'object' && causes.length < 5; cause = cause.cause)
        causes.push(cause);
    const code = causes.map((cause) => cause.code).find((item) => typeof item === 'string');
    const timedOut = causes.some((cause) => cause.name === 'TimeoutError' || cause.name === 'AbortError');
    const detail = code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME'
        ? `the host name ${host} does not resolve (DNS ${code})`
        : code === 'ECONNREFUSED'
            ? `${host} refused the connection`
            : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
                ? `the connection to ${host} was cut`
                : timedOut || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT'
                    ? `${host} did not answer in time`
                    : `${host} could not be reached${code ? ` (${code})` : ''}`;
    return `network error: ${detail}; check GITHUB_API_URL and the runner's network`;
}
function hostOf(url) {
    try {
        return url ? new URL(url).host : 'the GitHub API';
    }
    catch {
        return 'the GitHub API';
    }
}
/** A used-up primary rate limit: when it resets. */
function rateLimitFailure(error) {
    const headers = error?.response?.headers;
    if (!headers || headers['x-ratelimit-remaining'] !== '0')
        return undefined;
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
    return `GitHub's API rate limit for this token is used up${when}; the next run goes on`;
}
/** One line saying why a GitHub call failed, for a status description or a report. */
function describeGitHubError(error) {
    const network = networkFailure(error);
    if (network)
        return network;
    const limited = rateLimitFailure(error);
    if (limited)
        return limited;
    const status = httpStatusOf(error);
    if (status)
        return `GitHub answered ${status}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLineOf */ .Qy)(error)}`;
    return describeOtherError(error);
}
/**
 * A failure that is not an HTTP answer. A runtime error (TypeError …) is this
 * program's own fault: it is named as such, never shown in the runtime's words.
 */
function describeOtherError(error) {
    if (error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError) {
        return `internal error (${error.name}) while reading what GitHub answered; please report it with the job log`;
    }
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLineOf */ .Qy)(error);
}
/** The most pages of 100 any listing reads (GitHub's own search stops at 1,000 results). */
const MAX_PAGES = 30;
/** A listing that did not end within MAX_PAGES: the caller fails closed with this reason. */
class PageLimitError extends Error {
    constructor(request, pages) {
        super(`GitHub listed more than ${pages} pages of 100, read no further (${request})`);
        this.name = 'PageLimitError';
    }
}
/**
 * Every item of a paginated GET (octokit.paginate, following GitHub's `Link: rel="next"`),
 * each page read through `items` (which validates it); at most MAX_PAGES pages.
 */
async function listPages(octokit, route, params, items) {
    let pages = 0;
    let cutOff = false;
    // The route is one of the few list routes Lockstep reads; octokit's typing wants a literal.
    const paginate = octokit.paginate;
    const found = await paginate(route, { ...params, per_page: 100 }, (response, done) => {
        pages += 1;
        const read = items(response.data, `${route} (page ${pages})`);
        if (pages >= MAX_PAGES && /rel="next"/.test(response.headers.link ?? '')) {
            cutOff = true;
            done();
        }
        return read;
    });
    if (cutOff)
        throw new PageLimitError(route, MAX_PAGES);
    return found;
}


/***/ }),

/***/ 7535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT_LOGIN: () => (/* binding */ ACTIONS_BOT_LOGIN),
/* harmony export */   resolveIdentity: () => (/* binding */ resolveIdentity)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6330);
/**
 * Whose comments are ours. Sticky comments are read back only from comments this
 * token wrote, so a marker planted by anyone else is ignored.
 *
 * A personal token can ask GET /user. A GITHUB_TOKEN (an app installation token)
 * cannot — GitHub answers 403 — and its comments are written by
 * `github-actions[bot]`, so that is the identity then (another GitHub App can pass
 * its own `<slug>[bot]` login). Installation tokens say what they are by their
 * `ghs_` prefix, so for them the request is not even made.
 */


const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
async function resolveIdentity(octokit, installationLogin = ACTIONS_BOT_LOGIN, token) {
    if (token?.startsWith('ghs_'))
        return installationLogin;
    try {
        const { data } = await octokit.request('GET /user');
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.expectAnswer)(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }), data, 'GET /user', 'the token\'s user with a login').login;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.httpStatusOf)(error) === 403)
            return installationLogin;
        throw error;
    }
}


/***/ }),

/***/ 8153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getPull: () => (/* binding */ getPull),
/* harmony export */   listOpenPulls: () => (/* binding */ listOpenPulls),
/* harmony export */   pullInfoOf: () => (/* binding */ pullInfoOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6330);
/** Pull requests as the gate reads them: one GET for a single PR, one list per 100 open PRs. */


/** The fields of a pull request the gate reads, as GitHub sends them (validated: anything else is named, not crashed on). */
const PullPayload = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    merged_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    merged: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    head: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), repo: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).nullable() }),
    labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()])).optional(),
});
function pullInfoOf(owner, repo, data) {
    return {
        owner,
        repo,
        number: data.number,
        state: data.state === 'open' ? 'open' : 'closed',
        merged: data.merged ?? (data.merged_at ?? null) !== null,
        mergedAt: data.merged_at ?? null,
        headSha: data.head.sha,
        headRef: data.head.ref,
        headRepository: data.head.repo?.full_name ?? null,
        body: data.body ?? '',
        htmlUrl: data.html_url,
        labels: (data.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
        ...(data.created_at ? { createdAt: data.created_at } : {}),
    };
}
async function getPull(octokit, owner, repo, number) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
    return pullInfoOf(owner, repo, (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.expectAnswer)(PullPayload, data, `GET /repos/${owner}/${repo}/pulls/${number}`, 'a pull request with number, state, body and head.sha'));
}
/** Every open PR of the repository (bounded: see listPages). */
async function listOpenPulls(octokit, owner, repo) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.listPages)(octokit, 'GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open' }, (data, request) => (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.expectAnswer)(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(PullPayload), data, request.replace('{owner}/{repo}', `${owner}/${repo}`), 'a list of pull requests').map((item) => pullInfoOf(owner, repo, item)));
}


/***/ }),

/***/ 4626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_BODY_LIMIT: () => (/* binding */ COMMENT_BODY_LIMIT),
/* harmony export */   CommentPayload: () => (/* binding */ CommentPayload),
/* harmony export */   embedRecord: () => (/* binding */ embedRecord),
/* harmony export */   ensureStickyComment: () => (/* binding */ ensureStickyComment),
/* harmony export */   extractRecord: () => (/* binding */ extractRecord),
/* harmony export */   findStickyComments: () => (/* binding */ findStickyComments),
/* harmony export */   listOwnComments: () => (/* binding */ listOwnComments),
/* harmony export */   listOwnRepositoryComments: () => (/* binding */ listOwnRepositoryComments),
/* harmony export */   readStickyComment: () => (/* binding */ readStickyComment),
/* harmony export */   stickyCommentOf: () => (/* binding */ stickyCommentOf),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment),
/* harmony export */   withMarker: () => (/* binding */ withMarker)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6330);
/**
 * One sticky comment per pull request and command, edited in place.
 *
 * The comment is found by a hidden marker line, and only among comments written
 * by the token's own identity: anyone can write a comment that carries the
 * marker, and a planted one must not steer what we read back. The list is
 * paginated (a busy PR has more than 100 comments).
 *
 * Two runs that both find no comment both create one; after creating, the list
 * is read again and the lowest id wins: the others are deleted and the winner
 * carries the body. Every run applies the same rule, so they agree.
 *
 * A comment may carry a hidden JSON record (state a later run reads back):
 * `<!-- lockstep:record {...} -->`, escaped so that no text inside can close the
 * HTML comment.
 */


/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_BODY_LIMIT = 65536;
const RECORD_PREFIX = '<!-- lockstep:record ';
/** The fields of an issue comment the gate reads, as GitHub sends them. */
const CommentPayload = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .bigint */ .oad()]),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    issue_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    user: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).nullable(),
});
function stickyCommentOf(comment) {
    return { id: Number(comment.id), body: comment.body ?? '', htmlUrl: comment.html_url, createdAt: comment.created_at };
}
/** Every comment this identity wrote on the issue, lowest id first (all pages, bounded). */
async function listOwnComments(octokit, target) {
    const identity = target.identity.toLowerCase();
    const comments = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.listPages)(octokit, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.issueNumber }, (data, request) => (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.expectAnswer)(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(CommentPayload), data, request.replace('{owner}/{repo}/issues/{issue_number}', `${target.owner}/${target.repo}/issues/${target.issueNumber}`), 'a list of issue comments'));
    return comments
        .filter((comment) => comment.user?.login.toLowerCase() === identity)
        .map(stickyCommentOf)
        .sort((a, b) => a.id - b.id);
}
/**
 * This identity's comments on every issue and PR of the repository updated since
 * `since`, by issue number, lowest id first: one paginated listing for many PRs
 * (a sweep reads every record this way instead of one listing per PR).
 */
async function listOwnRepositoryComments(octokit, { owner, repo, identity }, since) {
    const comments = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.listPages)(octokit, 'GET /repos/{owner}/{repo}/issues/comments', { owner, repo, since }, (data, request) => (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.expectAnswer)(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(CommentPayload), data, request.replace('{owner}/{repo}', `${owner}/${repo}`), 'a list of issue comments'));
    const byIssue = new Map();
    for (const comment of comments) {
        const issue = /\/issues\/(\d+)$/.exec(comment.issue_url);
        if (!issue || comment.user?.login.toLowerCase() !== identity.toLowerCase())
            continue;
        const number = Number(issue[1]);
        byIssue.set(number, [...(byIssue.get(number) ?? []), stickyCommentOf(comment)].sort((a, b) => a.id - b.id));
    }
    return byIssue;
}
/** Our comments carrying the marker, lowest id first. */
async function findStickyComments(octokit, target) {
    return withMarker(await listOwnComments(octokit, target), target.marker);
}
/** The comments of a list that start with the marker. */
function withMarker(comments, marker) {
    return comments.filter((comment) => comment.body.startsWith(marker));
}
/** The sticky comment, if this identity wrote one. */
async function readStickyComment(octokit, target) {
    return (await findStickyComments(octokit, target))[0];
}
/**
 * Creates or edits the sticky comment so it holds `body` (the marker is put in
 * front when missing). `known` is what the caller already read, to save a request.
 */
async function upsertStickyComment(octokit, target, body, known) {
    const fullBody = fitBody(body.startsWith(target.marker) ? body : `${target.marker}\n${body}`);
    const existing = known ?? (await findStickyComments(octokit, target));
    const current = existing[0];
    if (current) {
        // Duplicates left by an older race: the lowest id is the one, the rest go.
        await deleteComments(octokit, target, existing.slice(1));
        if (current.body === fullBody)
            return { comment: current, write: 'unchanged' };
        const updated = await editComment(octokit, target, current.id, fullBody);
        return { comment: updated, write: 'updated' };
    }
    const mine = await createComment(octokit, target, fullBody);
    // Another run may have created one at the same moment: converge on the lowest id.
    const all = await findStickyComments(octokit, target);
    const winner = all[0];
    if (!winner || winner.id === mine.id) {
        await deleteComments(octokit, target, all.filter((comment) => comment.id !== mine.id));
        return { comment: mine, write: 'created' };
    }
    await deleteComments(octokit, target, all.filter((comment) => comment.id !== winner.id));
    const kept = winner.body === fullBody ? winner : await editComment(octokit, target, winner.id, fullBody);
    return { comment: kept, write: 'updated' };
}
/**
 * The sticky comment, created with `body` only if there is none; an existing one
 * (or one another run created at the same moment) is returned as it is, unedited.
 */
async function ensureStickyComment(octokit, target, body) {
    const existing = await findStickyComments(octokit, target);
    if (existing[0])
        return existing[0];
    const fullBody = fitBody(body.startsWith(target.marker) ? body : `${target.marker}\n${body}`);
    const mine = await createComment(octokit, target, fullBody);
    const all = await findStickyComments(octokit, target);
    const winner = all[0] ?? mine;
    await deleteComments(octokit, target, all.filter((comment) => comment.id !== winner.id));
    return winner;
}
async function editComment(octokit, target, id, body) {
    const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: target.owner,
        repo: target.repo,
        comment_id: id,
        body,
    });
    const written = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.expectAnswer)(WrittenComment, data, `PATCH /repos/${target.owner}/${target.repo}/issues/comments/${id}`, 'the edited comment');
    return { id: Number(written.id), body, htmlUrl: written.html_url };
}
const WrittenComment = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .bigint */ .oad()]), html_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
async function deleteComments(octokit, target, comments) {
    for (const comment of comments) {
        try {
            await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner: target.owner,
                repo: target.repo,
                comment_id: comment.id,
            });
        }
        catch (error) {
            // The other run deleted it first: that is the outcome we wanted.
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.httpStatusOf)(error) !== 404)
                throw error;
        }
    }
}
function fitBody(body) {
    if (body.length <= COMMENT_BODY_LIMIT)
        return body;
    const note = '\n\n_(cut: the full report is in the job summary)_';
    // Keep the hidden record whole: it is what the next run reads.
    const recordAt = body.lastIndexOf(RECORD_PREFIX);
    const record = recordAt >= 0 ? '\n' + body.slice(recordAt) : '';
    const head = recordAt >= 0 ? body.slice(0, recordAt) : body;
    return head.slice(0, COMMENT_BODY_LIMIT - note.length - record.length) + note + record;
}
/**
 * The hidden line that carries a JSON record. `<` and `>` only occur inside JSON
 * strings, so escaping them there means no text can close the HTML comment.
 */
function embedRecord(record) {
    const json = JSON.stringify(record).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `${RECORD_PREFIX}${json} -->`;
}
/** The record a body carries, or undefined when there is none or it does not parse. */
function extractRecord(body) {
    const at = body.lastIndexOf(RECORD_PREFIX);
    if (at < 0)
        return undefined;
    const end = body.indexOf(' -->', at);
    if (end < 0)
        return undefined;
    try {
        return JSON.parse(body.slice(at + RECORD_PREFIX.length, end));
    }
    catch {
        return undefined;
    }
}
async function createComment(octokit, target, body) {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body,
    });
    const written = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.expectAnswer)(WrittenComment, data, `POST /repos/${target.owner}/${target.repo}/issues/${target.issueNumber}/comments`, 'the created comment');
    return { id: Number(written.id), body, htmlUrl: written.html_url };
}


/***/ }),

/***/ 8455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   renderBlocksComment: () => (/* binding */ renderBlocksComment),
/* harmony export */   renderReportComment: () => (/* binding */ renderReportComment)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75);
/**
 * The markdown body of a sticky PR comment: a hidden marker (how the next run finds the comment
 * again), then the report or the blocks, rendered as in the job summary one heading level down.
 */

/** Heading level of a comment's title: one below the PR's own title. */
const COMMENT_LEVEL = 3;
function commentMarker(command) {
    return `<!-- lockstep:${command} -->`;
}
/** A report's comment (schema-diff, env-diff). */
function renderReportComment(report) {
    return `${commentMarker(report.command)}\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(report, { level: COMMENT_LEVEL })}`;
}
/**
 * A comment of blocks (the gate's: where one PR stands), their first heading at the comment
 * level, and `trailer` after them as given (a hidden record the next run reads back).
 */
function renderBlocksComment(command, blocks, trailer = '') {
    return `${commentMarker(command)}\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderBlocksMarkdown */ .yh)(blocks, COMMENT_LEVEL)}${trailer ? `\n${trailer}\n` : ''}`;
}


/***/ })

};
