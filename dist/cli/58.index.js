export const id = 58;
export const ids = [58];
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

/***/ 4058:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/config/schema.js + 3 modules
var schema = __webpack_require__(7585);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/config/load.js + 1 modules
var load = __webpack_require__(9041);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./build/src/github/client.js
/**
 * Octokit as every command uses it: retries with backoff for 5xx answers
 * (@octokit/plugin-retry), waits out primary and secondary rate limits a few
 * times (@octokit/plugin-throttling), and counts every HTTP request it sends,
 * retries included, because a GITHUB_TOKEN has 1,000 requests an hour per
 * repository and the gate prints what it spent.
 */



const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** A stand-in for the throttling plugin's write limiter group that lets every write through at once. */
const unpacedGroup = {
    key: () => ({ schedule: (_options, job, ...args) => job(...args) }),
};
function createGitHubClient(options) {
    let calls = 0;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const log = options.log ?? (() => undefined);
    const timeoutMs = options.requestTimeoutMs ?? 60_000;
    const countingFetch = (input, init) => {
        calls += 1;
        // A request that hangs must fail (and be retried), not hold the job until GitHub's 6-hour limit.
        return fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    };
    const octokit = new GitHubOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'lockstep',
        request: { fetch: countingFetch },
        retry: {
            retries: options.retries ?? 3,
            ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
        },
        throttle: {
            ...(options.paceWrites === false ? { write: unpacedGroup, notifications: unpacedGroup } : {}),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                log(`rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} after ${retryAfter}s`);
                return retryCount < rateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                log(`secondary rate limit on ${request.method} ${request.url}; retry ${retryCount + 1} after ${retryAfter}s`);
                return retryCount < rateLimitRetries;
            },
        },
    });
    return { octokit, apiCalls: () => calls };
}
/** The HTTP status of a failed Octokit request, if it was one. */
function httpStatusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** One line saying why a GitHub call failed, for a status description or a report. */
function describeGitHubError(error) {
    const status = httpStatusOf(error);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return status ? `GitHub answered ${status}: ${message}` : `GitHub request failed: ${message}`;
}

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

;// CONCATENATED MODULE: ./build/src/github/identity.js
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
        return data.login;
    }
    catch (error) {
        if (httpStatusOf(error) === 403)
            return installationLogin;
        throw error;
    }
}

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
        const mediaType = String(manifest.mediaType ?? response.headers.get('content-type')?.split(';')[0] ?? '');
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

;// CONCATENATED MODULE: ./build/src/gate/environment.js




function splitRepository(repository, source) {
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(repository);
    if (!match)
        throw new errors/* InputError */.dz(`${source}: expected owner/name, got '${repository}'`, { hint: 'For example --repository lsst-dm/prompt_processing.' });
    return [match[1], match[2]];
}
/** The clients, made before any request so their counts survive a failure. */
function connectGate(setup) {
    const client = createGitHubClient({ token: setup.token, baseUrl: setup.apiUrl, log: setup.log, retryAfterBaseValue: setup.retryAfterBaseValue, paceWrites: setup.paceWrites });
    const registry = new OciRegistryClient(setup.config.registry, { retryDelayMs: setup.registryRetryDelayMs });
    return { client, registry };
}
async function prepareGate(setup, connected = connectGate(setup)) {
    const [owner, repo] = splitRepository(setup.repository, 'repository');
    const log = setup.log ?? (() => undefined);
    const { client, registry } = connected;
    const identity = await resolveIdentity(client.octokit, setup.installationLogin, setup.token);
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

// EXTERNAL MODULE: ./build/src/report/model.js
var model = __webpack_require__(8829);
;// CONCATENATED MODULE: ./build/src/github/sticky-comment.js
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
/** Every comment this identity wrote on the issue, lowest id first (all pages). */
async function listOwnComments(octokit, target) {
    const found = [];
    const identity = target.identity.toLowerCase();
    for (let page = 1;; page += 1) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            per_page: 100,
            page,
        });
        for (const comment of data) {
            if (comment.user?.login?.toLowerCase() !== identity)
                continue;
            found.push({ id: Number(comment.id), body: comment.body ?? '', htmlUrl: comment.html_url, createdAt: comment.created_at });
        }
        if (data.length < 100)
            break;
    }
    return found.sort((a, b) => a.id - b.id);
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
    return { id: Number(data.id), body, htmlUrl: data.html_url };
}
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
            if (httpStatusOf(error) !== 404)
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
    return { id: Number(data.id), body, htmlUrl: data.html_url };
}

// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(75);
;// CONCATENATED MODULE: ./build/src/report/pr-comment.js
/** Report → the body of a sticky PR comment, found again by its hidden marker. */

function commentMarker(command) {
    return `<!-- lockstep:${command} -->`;
}
function renderPrComment(report) {
    return `${commentMarker(report.command)}\n${renderMarkdown(report, { level: 3 })}`;
}

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
 */





const GATE_MARKER = commentMarker('gate');
const MARK = { pending: '⏳', success: '✅', failure: '❌' };
function renderGateComment(evaluation, record) {
    // Parsed through the schema so keys come in one order: an unchanged record reads back byte for byte.
    return [GATE_MARKER, ...gateMarkdown(evaluation, 3), '', embedRecord(GateRecordSchema.parse(record)), ''].join('\n');
}
/** The markdown of one PR's gate, shared by the comment and the job summary. */
function gateMarkdown(evaluation, level) {
    const { json } = evaluation;
    const out = [];
    out.push(`${'#'.repeat(level)} ${MARK[json.status]} Science Pipelines gate: ${json.state}`, '');
    out.push(json.description.replace(/^[a-z-]+: /, ''), '');
    const position = GATE_STATES.indexOf(json.state);
    if (json.state !== 'failed' && json.state !== 'passed') {
        out.push(GATE_STATES.slice(0, 5)
            .map((state, index) => (index < position ? `~~${state}~~` : index === position ? `**${state}**` : state))
            .join(' → '), '');
    }
    if (evaluation.problems.length > 0) {
        out.push('Depends-On lines the gate cannot follow (fix them in the PR description):', '');
        for (const problem of evaluation.problems)
            out.push(`- line ${problem.line}: ${(0,model/* code */.a)(problem.text)} — ${problem.message}`);
        out.push('');
    }
    if (evaluation.dependencies.length > 0) {
        out.push('| Upstream PR | State | Merged at |', '| --- | --- | --- |');
        for (const dependency of evaluation.dependencies) {
            const label = `${dependency.repository}#${dependency.number}`;
            const link = dependency.url ? `[${label}](${dependency.url})` : label;
            const state = dependency.merged
                ? 'merged'
                : dependency.state === 'missing'
                    ? 'no such pull request'
                    : dependency.state === 'unknown'
                        ? `unreadable: ${dependency.error ?? ''}`
                        : dependency.state === 'closed'
                            ? 'closed without merging'
                            : 'open';
            out.push(`| ${link} | ${state.replace(/\|/g, '\\|')} | ${dependency.mergedAt ?? ''} |`);
        }
        out.push('');
    }
    if (json.daily)
        out.push(`- Daily image: ${(0,model/* code */.a)(json.daily.tag)} created ${json.daily.created}, digest ${(0,model/* code */.a)(json.daily.digest)}`);
    else if (evaluation.checkedTags.length > 0) {
        out.push(`- Daily tags asked: ${evaluation.checkedTags.map((item) => `${(0,model/* code */.a)(item.tag)} ${item.outcome}${item.created ? ` (created ${item.created})` : ''}`).join(', ')}`);
    }
    if (json.base)
        out.push(`- Base image build: ${runText(json.base.run, json.base.conclusion, evaluation.baseUrl)}`);
    if (json.tests)
        out.push(`- Tests of ${(0,model/* code */.a)(json.head.slice(0, 7))}: ${runText(json.tests.run, json.tests.conclusion, evaluation.testsUrl)}`);
    if (evaluation.estimate)
        out.push(`- Earliest merge: ${evaluation.estimate}`);
    return out;
}
function runText(run, conclusion, url) {
    const name = run === null ? 'dispatched, run not seen yet' : url ? `[run ${run}](${url})` : `run ${run}`;
    return `${name}${run === null ? '' : `: ${conclusion ?? 'in progress'}`}`;
}

;// CONCATENATED MODULE: ./build/src/gate/report.js


function gateReport(run, apiCalls, registryRequests) {
    const data = { prs: run.evaluations.map((evaluation) => evaluation.json), apiCalls };
    const failed = run.evaluations.filter((evaluation) => evaluation.json.status === 'failure');
    const pending = run.evaluations.filter((evaluation) => evaluation.json.status === 'pending');
    const findings = [];
    for (const evaluation of run.evaluations) {
        for (const problem of evaluation.problems) {
            findings.push({
                id: `gate/depends-on-${problem.kind}`,
                severity: 'error',
                title: `PR #${evaluation.json.number}: Depends-On line ${problem.line}`,
                message: `${problem.text} — ${problem.message}`,
            });
        }
        for (const action of evaluation.actions.filter((item) => item.startsWith('could not'))) {
            // The PR keeps its old status (a required check stays unmet): worth a warning, not a failed job.
            findings.push({ id: 'gate/write-failed', severity: 'warning', title: `PR #${evaluation.json.number}: GitHub write failed`, message: action });
        }
        if (evaluation.json.status === 'failure' && evaluation.problems.length === 0) {
            findings.push({ id: 'gate/failed', severity: 'error', title: `PR #${evaluation.json.number}: gate failed`, message: evaluation.json.description });
        }
    }
    const blocks = [];
    if (run.evaluations.length > 0) {
        blocks.push({
            kind: 'table',
            headers: ['PR', 'Head', 'State', 'Status', 'Description'],
            rows: run.evaluations.map((evaluation) => [
                `#${evaluation.json.number}`,
                (0,model/* code */.a)(evaluation.json.head.slice(0, 7)),
                evaluation.json.state,
                evaluation.json.status,
                evaluation.json.description,
            ]),
        });
    }
    for (const evaluation of run.evaluations) {
        blocks.push({ kind: 'details', summary: `PR #${evaluation.json.number}: ${evaluation.json.state}`, blocks: [{ kind: 'paragraph', text: gateMarkdown(evaluation, 4).join('\n') }] });
        if (evaluation.actions.length > 0)
            blocks.push({ kind: 'list', items: evaluation.actions.map((action) => `#${evaluation.json.number}: ${action}`) });
    }
    blocks.push({ kind: 'list', items: [...run.notes, `GitHub API calls: ${apiCalls}`, `registry requests: ${registryRequests}`] });
    const headline = run.evaluations.length === 0
        ? `no gated PR to evaluate (${run.mode})`
        : run.evaluations.length === 1
            ? `PR #${run.evaluations[0].json.number}: ${run.evaluations[0].json.description}`
            : `${run.evaluations.length} PRs: ${failed.length} failed, ${pending.length} pending, ${run.evaluations.length - failed.length - pending.length} passed`;
    // A sweep reports failures on each PR's status; only a single-PR run fails with its PR.
    const verdict = run.mode !== 'sweep' && run.mode !== 'workflow-run' && failed.length > 0 ? 'fail' : 'pass';
    const state = run.evaluations.length === 1 ? run.evaluations[0].json.state : run.evaluations.map((evaluation) => `#${evaluation.json.number}:${evaluation.json.state}`).join(' ');
    return { command: 'gate', verdict, headline, findings, blocks, data, outputs: { state } };
}

;// CONCATENATED MODULE: ./build/src/github/commit-status.js
const STATUS_DESCRIPTION_LIMIT = 140;
function fitDescription(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length <= STATUS_DESCRIPTION_LIMIT ? line : line.slice(0, STATUS_DESCRIPTION_LIMIT - 1) + '…';
}
async function setCommitStatus(octokit, owner, repo, sha, status) {
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

;// CONCATENATED MODULE: ./build/src/github/pulls.js
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
    };
}
async function getPull(octokit, owner, repo, number) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
    return pullInfoOf(owner, repo, data);
}
async function listOpenPulls(octokit, owner, repo) {
    const pulls = [];
    for (let page = 1;; page += 1) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open', per_page: 100, page });
        pulls.push(...data.map((item) => pullInfoOf(owner, repo, item)));
        if (data.length < 100)
            break;
    }
    return pulls;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./build/src/gate/depends-on.js
/**
 * `Depends-On:` lines of a PR body (Zuul's convention): one dependency per line,
 * `owner/repo#N` or the PR's URL. Anything that looks like a dependency but does
 * not parse, names a repository outside `gate.upstream`, or points at the PR's
 * own repository is a problem the report shows: never silently dropped, and the
 * gate fails on it (it cannot wait for what it cannot name).
 *
 * Fenced code blocks and HTML comments are skipped: PR templates put examples
 * there.
 */

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
    return LOOKS_LIKE.test(body) && visibleLines(body).some(looksLikeDependency);
}
// The value is trimmed after matching: a lazy `(.*?)\s*$` backtracks quadratically on long runs of spaces.
const LINE = /^\s*(?:[-*+]\s+|>\s*)?(?:\*\*|__)?Depends-On:(?:\*\*|__)?(.*)$/i;
const SHORT = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})#([1-9][0-9]{0,9})$/;
function urlPattern(host) {
    const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^<?https?://${escaped}/([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})/pull/([1-9][0-9]{0,9})(?:/[A-Za-z0-9/_-]*)?(?:[?#]\\S*)?>?$`, 'i');
}
/** The body without fenced code blocks and HTML comments, line numbers kept (blanked, not removed). */
function visibleLines(body) {
    const withoutComments = body.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ''));
    const lines = withoutComments.split(/\r?\n/);
    let fence;
    return lines.map((line) => {
        const opener = /^\s*(`{3,}|~{3,})/.exec(line);
        if (fence) {
            if (opener && opener[1].startsWith(fence))
                fence = undefined;
            return '';
        }
        if (opener) {
            fence = opener[1];
            return '';
        }
        return line;
    });
}
function parseDependsOn(body, options) {
    const isUpstream = picomatch(options.upstream.map((pattern) => pattern.toLowerCase()), { nocase: true });
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

;// CONCATENATED MODULE: ./build/src/github/workflows.js
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
async function dispatchWorkflow(octokit, owner, repo, workflowFile, ref, inputs) {
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
    return workflowRunOf(data);
}
/** The latest runs of a workflow (one request; newest first). */
async function listWorkflowRuns(octokit, owner, repo, workflowFile, filter = {}) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner,
        repo,
        workflow_id: workflowFile,
        per_page: filter.perPage ?? 30,
        ...(filter.event ? { event: filter.event } : {}),
        ...(filter.headSha ? { head_sha: filter.headSha } : {}),
    });
    return data.workflow_runs.map(workflowRunOf);
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
        const reactionId = Number(response.data.id);
        if (response.status === 201)
            return { acquired: true, release: () => deleteReaction(octokit, ref, reactionId) };
        const heldSince = response.data.created_at;
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
        if (httpStatusOf(error) !== 404)
            throw error;
    }
}
/** The body of one comment as it is now (re-read under the lock). */
async function readComment(octokit, ref) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: ref.owner, repo: ref.repo, comment_id: ref.commentId });
    return data.body ?? '';
}

;// CONCATENATED MODULE: ./build/src/gate/dispatch-claim.js


async function claimDispatch(octokit, target, sticky, now) {
    // Never overwrite a comment another run wrote meanwhile: its record may already show the dispatch.
    const comment = sticky ?? (await ensureStickyComment(octokit, target, `${target.marker}\nLockstep pipelines-gate is evaluating this pull request…`));
    const ref = { owner: target.owner, repo: target.repo, commentId: comment.id };
    const lock = await acquireCommentLock(octokit, ref, now);
    const body = await readComment(octokit, ref);
    const current = { ...comment, body };
    const freshRecord = extractRecord(body);
    return lock.acquired ? { sticky: current, freshRecord, won: true, release: lock.release } : { sticky: current, freshRecord, won: false };
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

;// CONCATENATED MODULE: ./build/src/gate/gate-environment.js

/** One line saying why a call failed. */
function describeError(error) {
    if (httpStatusOf(error) !== undefined)
        return describeGitHubError(error);
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

;// CONCATENATED MODULE: ./build/src/gate/earliest-merge.js
/** The earliest-merge line of a waiting PR, with the run durations it needs (read once per gate run). */



/** The earliest-merge text, recomputed when the state or the UTC day changes (it costs two list calls). */
async function earliestMerge(env, next, record, state, lastMergedAt, dailyTimeOfDayMs) {
    const day = env.now.toISOString().slice(0, 10);
    // Recomputed once a day: a daily that did not come as expected moves the estimate.
    if (record?.estimate?.state === state && record.estimate.day === day && record.dependencies.length === next.dependencies.length) {
        next.estimate = record.estimate;
        return record.estimate.text;
    }
    let baseMs;
    let testMs;
    try {
        env.cache.baseRuns ??= await listWorkflowRuns(env.octokit, env.owner, env.repo, env.config['base-workflow'].file, { event: 'workflow_dispatch', perPage: 50 });
        env.cache.testRuns ??= await listWorkflowRuns(env.octokit, env.owner, env.repo, env.config['test-workflow'].file, { perPage: 50 });
        baseMs = typicalRunDuration(env.cache.baseRuns);
        testMs = typicalRunDuration(env.cache.testRuns);
    }
    catch (error) {
        env.log(`could not read recent run durations: ${describeError(error)}`);
    }
    const text = estimateEarliestMerge({ lastMergedAt, now: env.now, dailyTimeOfDayMs, baseMs, testMs });
    next.estimate = { state, text, day };
    return text;
}

;// CONCATENATED MODULE: ./build/src/gate/publish.js
/**
 * Writing a PR's gate result to GitHub: the commit status and the sticky comment,
 * each only when it changed (an unchanged state costs no write). A failed write
 * is reported, never fatal: the next run writes again.
 */




async function publish(env, pull, status, next, previous, comments, evaluation, target) {
    const same = previous?.status &&
        previous.status.sha === pull.headSha &&
        previous.status.state === status.state &&
        previous.status.description === status.description &&
        previous.status.targetUrl === (status.targetUrl ?? null);
    if (!same) {
        if (env.dryRun)
            evaluation.actions.push(`would set status ${status.context} = ${status.state} on ${pull.headSha.slice(0, 7)}`);
        else {
            try {
                await setCommitStatus(env.octokit, env.owner, env.repo, pull.headSha, status);
                next.status = { sha: pull.headSha, state: status.state, description: status.description, targetUrl: status.targetUrl ?? null };
                evaluation.actions.push(`set status ${status.context} = ${status.state}`);
            }
            catch (error) {
                evaluation.actions.push(`could not set the status: ${describeError(error)}`);
                env.log(`PR #${pull.number}: could not set the status: ${describeError(error)}`);
            }
        }
    }
    // A PR without dependencies that never had a gate comment gets none: no noise.
    const noComment = evaluation.dependencies.length === 0 && evaluation.problems.length === 0 && !comments?.[0];
    if (noComment || comments === undefined)
        return;
    const body = renderGateComment(evaluation, next);
    const gateComments = withMarker(comments, GATE_MARKER);
    if (gateComments[0]?.body === body && gateComments.length === 1)
        return;
    if (env.dryRun) {
        evaluation.actions.push(comments[0] ? 'would update the gate comment' : 'would create the gate comment');
        return;
    }
    try {
        const { comment, write } = await upsertStickyComment(env.octokit, target, body, gateComments);
        evaluation.commentUrl = comment.htmlUrl;
        if (write !== 'unchanged')
            evaluation.actions.push(`${write} the gate comment`);
    }
    catch (error) {
        evaluation.actions.push(`could not write the gate comment: ${describeError(error)}`);
        env.log(`PR #${pull.number}: could not write the gate comment: ${describeError(error)}`);
    }
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
        const pulls = await listOpenPulls(env.octokit, env.owner, env.repo);
        env.cache.gatedPullNumbers = pulls.filter((pull) => mentionsDependencies(pull.body)).map((pull) => pull.number);
    }
    return Math.min(current, ...env.cache.gatedPullNumbers);
}
/** A base build for the tag that some run already started (this sweep, or one listed by GitHub). */
async function findBaseRun(env, tag) {
    const cached = env.cache.baseByTag.get(tag);
    if (cached)
        return cached;
    env.cache.baseRuns ??= await listWorkflowRuns(env.octokit, env.owner, env.repo, env.config['base-workflow'].file, { event: 'workflow_dispatch', perPage: 50 });
    const date = parseDated(env.config['daily-tag'], tag);
    const values = date ? Object.values(dated(env.config['base-workflow'].inputs, date)) : [];
    const run = env.cache.baseRuns.find((item) => item.displayTitle.includes(tag) || values.some((value) => value && item.displayTitle.includes(value)));
    return run ? runRecordOf(tag, run) : undefined;
}
/** A test run of this head dispatched earlier (a lost record must not cause a second dispatch). */
async function findTestRun(env, head, inputs, tag) {
    const runs = await listWorkflowRuns(env.octokit, env.owner, env.repo, env.config['test-workflow'].file, { event: 'workflow_dispatch', headSha: head, perPage: 20 });
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
    const runs = await listWorkflowRuns(env.octokit, env.owner, env.repo, workflowFile, { event: 'workflow_dispatch', perPage: 30 });
    const run = runs.filter((item) => Date.parse(item.createdAt) >= since && matches(item)).at(-1);
    return run ? { ...recorded, run: run.id, url: run.htmlUrl, conclusion: run.status === 'completed' ? (run.conclusion ?? 'neutral') : null } : recorded;
}

;// CONCATENATED MODULE: ./build/src/gate/evaluate-pr.js
/**
 * One PR through the gate: recompute its state from GitHub and the registry
 * (reusing what the record says is settled), do the one thing that state asks
 * for (dispatch the base build or the tests, once), then write the commit status
 * and the sticky comment when they changed.
 *
 * Fail closed: any call that fails or answers what the gate cannot interpret
 * leaves the status pending with the reason (or failed); nothing defaults to
 * success.
 */
















async function evaluatePull(env, pull) {
    const { config } = env;
    const context = config['status-context'];
    const evaluation = {
        json: {
            number: pull.number,
            head: pull.headSha,
            state: 'waiting-for-upstream-merge',
            dependencies: [],
            daily: null,
            base: null,
            tests: null,
            status: 'pending',
            description: '',
        },
        pull,
        problems: [],
        dependencies: [],
        checkedTags: [],
        baseUrl: null,
        testsUrl: null,
        estimate: null,
        actions: [],
        commentUrl: null,
        targetUrl: null,
    };
    const target = { owner: env.owner, repo: env.repo, issueNumber: pull.number, marker: GATE_MARKER, identity: env.identity };
    const releases = [];
    const session = { target, comments: undefined };
    let record;
    let outcome;
    let next;
    try {
        session.comments = await findStickyComments(env.octokit, target);
        record = session.comments[0] ? parseGateRecord(extractRecord(session.comments[0].body)) : undefined;
        evaluation.commentUrl = session.comments[0]?.htmlUrl ?? null;
        ({ outcome, record: next } = await advance(env, pull, record, evaluation, releases, session));
    }
    catch (error) {
        // Fail closed: whatever went wrong, the PR stays pending with the reason.
        const reason = describeError(error);
        env.log(`PR #${pull.number}: ${reason}`);
        outcome = { state: resumeState(record), status: 'pending', description: `gate could not finish: ${reason}`, targetUrl: null };
        next = record ?? emptyRecord(pull.headSha);
        next = { ...next, state: outcome.state };
    }
    evaluation.json.state = outcome.state;
    evaluation.json.status = outcome.status;
    evaluation.json.description = fitDescription(`${outcome.state}: ${outcome.description}`);
    evaluation.targetUrl = outcome.targetUrl;
    const status = {
        state: outcome.status,
        context,
        description: evaluation.json.description,
        ...(outcome.targetUrl ? { targetUrl: outcome.targetUrl } : {}),
    };
    next.status = record?.status ?? null;
    try {
        await publish(env, pull, status, next, record, session.comments, evaluation, target);
    }
    finally {
        // A lock that cannot be let go expires by itself (github/comment-lock.ts); it must not end the run.
        for (const release of releases)
            await release().catch((error) => env.log(`PR #${pull.number}: could not release a dispatch lock: ${describeError(error)}`));
    }
    return evaluation;
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
function emptyRecord(head) {
    return { v: 1, head, state: 'waiting-for-upstream-merge', dependencies: [], daily: null, base: null, tests: null, status: null, estimate: null };
}
async function advance(env, pull, record, evaluation, releases, session) {
    const claim = async () => {
        const outcome = await claimDispatch(env.octokit, session.target, session.comments?.[0], () => env.now.getTime());
        session.comments = [outcome.sticky];
        if (outcome.won)
            releases.push(outcome.release);
        return outcome;
    };
    const { config } = env;
    const next = { ...emptyRecord(pull.headSha), estimate: record?.estimate ?? null };
    const done = (state, status, description, targetUrl = null) => {
        next.state = state;
        return { outcome: { state, status, description, targetUrl }, record: next };
    };
    // 1. What the PR says it depends on.
    const parsed = parseDependsOn(pull.body, { repository: `${env.owner}/${env.repo}`, upstream: config.upstream, serverHost: env.serverHost });
    evaluation.problems = parsed.problems;
    if (parsed.problems.length > 0) {
        const first = parsed.problems[0];
        const more = parsed.problems.length > 1 ? ` (+${parsed.problems.length - 1} more)` : '';
        return done('failed', 'failure', `Depends-On line ${first.line}: ${first.message}${more}`);
    }
    if (parsed.dependencies.length === 0)
        return done('passed', 'success', 'no Science Pipelines dependency');
    // 2. Upstream PRs: a merged one stays merged, so the record's answer is reused.
    const views = [];
    for (const dependency of parsed.dependencies) {
        const [owner, repo] = dependency.repository.split('/');
        const known = record?.dependencies.find((item) => item.repository.toLowerCase() === dependency.repository.toLowerCase() && item.number === dependency.number);
        if (known?.merged && known.mergedAt) {
            views.push({ ...known, state: 'closed', url: `https://${env.serverHost}/${known.repository}/pull/${known.number}` });
            continue;
        }
        try {
            const upstream = await getPull(env.octokit, owner, repo, dependency.number);
            views.push({ repository: dependency.repository, number: dependency.number, merged: upstream.merged, mergedAt: upstream.mergedAt, state: upstream.state, url: upstream.htmlUrl });
        }
        catch (error) {
            // 404 is an answer: there is no such pull request (or this token cannot see it).
            const missing = httpStatusOf(error) === 404;
            views.push({ repository: dependency.repository, number: dependency.number, merged: false, mergedAt: null, state: missing ? 'missing' : 'unknown', error: describeError(error) });
        }
    }
    evaluation.dependencies = views;
    evaluation.json.dependencies = views.map(({ repository, number, merged, mergedAt }) => ({ repository, number, merged, mergedAt }));
    next.dependencies = evaluation.json.dependencies;
    const name = (view) => `${view.repository}#${view.number}`;
    const closedUnmerged = views.filter((view) => view.state === 'closed' && !view.merged);
    if (closedUnmerged.length > 0) {
        return done('failed', 'failure', `${closedUnmerged.map(name).join(', ')} closed without merging: remove the Depends-On line or reopen it`, closedUnmerged[0].url ?? null);
    }
    const missing = views.filter((view) => view.state === 'missing');
    if (missing.length > 0) {
        return done('failed', 'failure', `${missing.map(name).join(', ')}: no such pull request (or not visible to this token); fix the Depends-On line`);
    }
    const unreadable = views.filter((view) => view.state === 'unknown');
    if (unreadable.length > 0) {
        return done('waiting-for-upstream-merge', 'pending', `cannot read ${name(unreadable[0])}: ${unreadable[0].error}`);
    }
    const open = views.filter((view) => !view.merged);
    if (open.length > 0) {
        evaluation.estimate = await earliestMerge(env, next, record, 'waiting-for-upstream-merge', undefined);
        return done('waiting-for-upstream-merge', 'pending', `waiting for ${open.map(name).join(', ')} to merge`, open[0].url ?? null);
    }
    // 3. The first daily image created after the last merge.
    const lastMergedAt = views.map((view) => view.mergedAt).sort().at(-1);
    let daily = record?.daily && record.daily.afterMergedAt === lastMergedAt ? record.daily : null;
    if (!daily) {
        env.cache.dailyByMerge ??= new Map();
        let search = env.cache.dailyByMerge.get(lastMergedAt);
        try {
            search ??= await findDailyAfter(env.registry, { image: config.image, tagTemplate: config['daily-tag'], after: new Date(lastMergedAt), now: env.now });
            env.cache.dailyByMerge.set(lastMergedAt, search);
        }
        catch (error) {
            return done('waiting-for-daily-container', 'pending', `registry ${config.registry}: ${describeError(error)}`);
        }
        evaluation.checkedTags = search.checked;
        if (!search.found) {
            const seen = search.checked.filter((item) => item.created).at(-1)?.created;
            evaluation.estimate = await earliestMerge(env, next, record, 'waiting-for-daily-container', new Date(lastMergedAt), seen ? timeOfDayMs(seen) : undefined);
            return done('waiting-for-daily-container', 'pending', `no ${config.image} daily created after the merge at ${lastMergedAt} yet`);
        }
        daily = { ...search.found, afterMergedAt: lastMergedAt };
    }
    next.daily = daily;
    evaluation.json.daily = { tag: daily.tag, digest: daily.digest, created: daily.created };
    const date = parseDated(config['daily-tag'], daily.tag) ?? new Date(daily.created);
    // 4. The base image built from that daily (shared by every PR waiting for the same tag).
    let base = record?.base?.tag === daily.tag ? record.base : await findBaseRun(env, daily.tag);
    if (base === 'claimed-elsewhere') {
        return done('building-base', 'pending', `base image for ${daily.tag} is being dispatched by another gate run`);
    }
    const baseInputs = dated(config['base-workflow'].inputs, date);
    const baseRef = config['base-workflow'].ref ?? 'main';
    if (!base) {
        if (env.dryRun) {
            evaluation.actions.push(`would dispatch ${config['base-workflow'].file} on ${baseRef} with ${JSON.stringify(baseInputs)}`);
            return done('building-base', 'pending', `would dispatch the base image build for ${daily.tag}`);
        }
        // Base builds are shared by all PRs: the lock is on one comment every gate run picks alike.
        const lockHost = await baseLockHost(env, pull.number);
        const claimed = lockHost === pull.number ? await claim() : await claimDispatch(env.octokit, { ...session.target, issueNumber: lockHost }, undefined, () => env.now.getTime());
        if (lockHost !== pull.number && claimed.won)
            releases.push(claimed.release);
        if (!claimed.won) {
            env.cache.baseByTag.set(daily.tag, 'claimed-elsewhere');
            return done('building-base', 'pending', `base image for ${daily.tag} is being dispatched by another gate run`);
        }
        // Under the lock, GitHub's own list says whether a run for this tag exists already.
        env.cache.baseRuns = undefined;
        env.cache.baseByTag.delete(daily.tag);
        const existing = await findBaseRun(env, daily.tag);
        if (existing && existing !== 'claimed-elsewhere')
            base = existing;
    }
    if (!base) {
        const dispatched = await dispatchWorkflow(env.octokit, env.owner, env.repo, config['base-workflow'].file, baseRef, baseInputs);
        base = { tag: daily.tag, run: dispatched.runId ?? null, url: dispatched.htmlUrl ?? null, conclusion: null, dispatchedAt: env.now.toISOString() };
        env.cache.baseByTag.set(daily.tag, base);
        evaluation.actions.push(`dispatched ${config['base-workflow'].file} on ${baseRef} with ${JSON.stringify(baseInputs)}`);
    }
    else {
        base = await follow(env, base, config['base-workflow'].file, (run) => run.displayTitle.includes(daily.tag) || Object.values(baseInputs).some((value) => run.displayTitle.includes(value)));
        env.cache.baseByTag.set(daily.tag, base);
    }
    next.base = base;
    evaluation.baseUrl = base.url;
    evaluation.json.base = { run: base.run, conclusion: base.conclusion };
    if (base.conclusion && FAILED_CONCLUSIONS.has(base.conclusion)) {
        return done('failed', 'failure', `base image build for ${daily.tag} ended ${base.conclusion}`, base.url);
    }
    if (base.conclusion !== 'success') {
        return done('building-base', 'pending', `building the base image from ${daily.tag}${base.run ? '' : ' (run not started yet)'}`, base.url);
    }
    // 5. Tests of this PR head on the new base image.
    const testInputs = dated(config['test-workflow'].inputs, date);
    let tests = record?.tests && record.tests.tag === daily.tag && record.tests.head === pull.headSha ? record.tests : undefined;
    if (!tests) {
        const found = await findTestRun(env, pull.headSha, testInputs, daily.tag);
        if (found)
            tests = { ...found, head: pull.headSha };
    }
    if (!tests) {
        if (pull.headRepository && pull.headRepository.toLowerCase() !== `${env.owner}/${env.repo}`.toLowerCase()) {
            return done('failed', 'failure', `tests cannot be dispatched on a fork's branch (${pull.headRepository}); push the branch to ${env.owner}/${env.repo}`);
        }
        if (env.dryRun) {
            evaluation.actions.push(`would dispatch ${config['test-workflow'].file} on ${pull.headRef} with ${JSON.stringify(testInputs)}`);
            return done('testing', 'pending', `would dispatch the tests of ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}`);
        }
        const claimed = await claim();
        const adopted = parseGateRecord(claimed.freshRecord)?.tests;
        if (adopted?.tag === daily.tag && adopted.head === pull.headSha)
            tests = adopted;
        else if (!claimed.won)
            return done('testing', 'pending', `tests of ${pull.headSha.slice(0, 7)} are being dispatched by another gate run`);
    }
    if (!tests) {
        const dispatched = await dispatchWorkflow(env.octokit, env.owner, env.repo, config['test-workflow'].file, pull.headRef, testInputs);
        tests = { tag: daily.tag, head: pull.headSha, run: dispatched.runId ?? null, url: dispatched.htmlUrl ?? null, conclusion: null, dispatchedAt: env.now.toISOString() };
        evaluation.actions.push(`dispatched ${config['test-workflow'].file} on ${pull.headRef} with ${JSON.stringify(testInputs)}`);
    }
    else {
        const head = tests.head;
        const followed = await follow(env, tests, config['test-workflow'].file, (run) => run.headSha === head);
        tests = { ...followed, head };
    }
    next.tests = tests;
    evaluation.testsUrl = tests.url;
    evaluation.json.tests = { run: tests.run, conclusion: tests.conclusion };
    if (tests.conclusion && FAILED_CONCLUSIONS.has(tests.conclusion)) {
        return done('failed', 'failure', `tests on the base from ${daily.tag} ended ${tests.conclusion}`, tests.url);
    }
    if (tests.conclusion !== 'success') {
        return done('testing', 'pending', `testing ${pull.headSha.slice(0, 7)} on the base from ${daily.tag}${tests.run ? '' : ' (run not started yet)'}`, tests.url);
    }
    return done('passed', 'success', `tests passed on the base from ${daily.tag} (${daily.digest.slice(0, 19)})`, tests.url);
}

;// CONCATENATED MODULE: ./build/src/github/merge-queue.js
/** GitHub's merge queue names each group's branch after the PR it tests. */
/** `gh-readonly-queue/main/pr-123-<sha>` → 123. */
function pullNumberOfMergeGroup(headRef) {
    const match = /(?:^|\/)pr-(\d+)-[0-9a-f]+$/.exec(headRef);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./build/src/gate/run-gate.js
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
            const pull = mode.pull ?? (await getPull(env.octokit, env.owner, env.repo, mode.number));
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
    const pulls = (await listOpenPulls(env.octokit, env.owner, env.repo)).sort((a, b) => a.number - b.number);
    const declaring = pulls.filter((pull) => mentionsDependencies(pull.body));
    env.cache.gatedPullNumbers = declaring.map((pull) => pull.number);
    const gated = declaring.filter(wanted);
    run.notes.push(`${declaring.length} of ${pulls.length} open PRs declare dependencies${gated.length < declaring.length ? `; ${gated.length} concern this run` : ''}`);
    for (const pull of gated)
        run.evaluations.push(await evaluatePull(env, pull));
    return run;
}

async function mergeGroup(env, run, headSha, headRef) {
    const context = env.config['status-context'];
    const number = pullNumberOfMergeGroup(headRef);
    let state = 'failure';
    let description = `cannot tell which PR merge group ${headRef} belongs to`;
    if (number !== undefined) {
        try {
            const pull = await getPull(env.octokit, env.owner, env.repo, number);
            const evaluation = await evaluatePull(env, pull);
            run.evaluations.push(evaluation);
            state = evaluation.json.status;
            description = `PR #${number}: ${evaluation.json.description}`;
        }
        catch (error) {
            state = 'pending';
            description = `could not evaluate PR #${number}: ${describeGitHubError(error)}`;
        }
    }
    if (env.dryRun) {
        run.notes.push(`would set ${context} = ${state} on merge group ${headSha.slice(0, 7)}`);
        return run;
    }
    await setCommitStatus(env.octokit, env.owner, env.repo, headSha, { state, context, description });
    run.notes.push(`set ${context} = ${state} on merge group ${headSha.slice(0, 7)}`);
    return run;
}

;// CONCATENATED MODULE: ./build/src/gate/run.js
/**
 * `lockstep gate` and the pipelines-gate action share this: load the `gate:`
 * section, connect to GitHub and the registry, run the mode, build the Report.
 */







async function loadGateConfig(file, displayName = file) {
    const config = await (0,load/* loadConfig */.Z9)(file, displayName);
    if (!config.gate) {
        throw new errors/* InputError */.dz('the configuration has no `gate:` section', {
            file: displayName,
            hint: 'Add `gate:` with upstream, image, daily-tag, base-workflow and test-workflow (see the README, "pipelines-gate").',
        });
    }
    await assertGateConfig(config.gate, file, displayName);
    return config.gate;
}
async function runGateCommand(options) {
    if (!options.token) {
        throw new errors/* InputError */.dz('no GitHub token', { hint: 'Set GITHUB_TOKEN (CLI) or the `token` input (action); the gate reads PRs and writes statuses and comments.' });
    }
    const config = await loadGateConfig(options.configFile, options.configDisplayName);
    const setup = {
        token: options.token,
        apiUrl: options.apiUrl,
        serverUrl: options.serverUrl,
        repository: options.repository,
        config,
        dryRun: options.dryRun,
        installationLogin: options.installationLogin,
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
        const reason = httpStatusOf(error) !== undefined ? describeGitHubError(error) : error instanceof Error ? error.message.split('\n')[0] : String(error);
        return unreachableReport(reason, connected.client.apiCalls());
    }
}
function unreachableReport(reason, apiCalls) {
    return {
        command: 'gate',
        verdict: 'fail',
        headline: `the gate could not run: ${reason}`,
        findings: [{ id: 'gate/unreachable', severity: 'error', title: 'pipelines-gate could not run', message: `${reason}. No status was changed; PRs keep the status they had (never success by default).` }],
        blocks: [{ kind: 'paragraph', text: `The gate could not run: ${reason}. No status was changed. GitHub API calls: ${apiCalls}.` }],
        data: { prs: [], apiCalls },
        outputs: { state: '' },
    };
}

// EXTERNAL MODULE: ./build/src/cli/command.js
var command = __webpack_require__(4953);
;// CONCATENATED MODULE: ./build/src/cli/gate-command.js
/** `lockstep gate`: options → runGateCommand → Report (rendered by cli/main.ts). */





const HELP = `Usage: lockstep gate --repository OWNER/NAME (--pr N | --sweep) [options]

Advances the Science Pipelines gate: reads the PR's Depends-On: lines, waits for the
upstream merges and the first daily image after them, dispatches the base image build
and the tests, and sets the commit status and the sticky comment.

Options:
  --repository OWNER/NAME   the repository whose PRs are gated (required)
  --pr N                    evaluate one pull request
  --sweep                   evaluate every open pull request that declares dependencies
  --config FILE             configuration (default: .github/lockstep.yml)
  --dry-run                 report what would be done; write nothing
Environment: GITHUB_TOKEN (required), GITHUB_API_URL (default https://api.github.com),
GITHUB_SERVER_URL (default https://github.com). The registry comes from gate.registry.`;
const gateCommand = {
    name: 'gate',
    summary: 'advance the Science Pipelines gate of one PR (--pr N) or of every gated PR (--sweep)',
    help: HELP,
    options: {
        repository: { type: 'string' },
        pr: { type: 'string' },
        sweep: { type: 'boolean' },
        config: { type: 'string' },
        'dry-run': { type: 'boolean' },
    },
    async run(values, context) {
        const repository = (0,command/* stringOption */.P)(values, 'repository');
        if (!repository)
            throw new errors/* InputError */.dz('--repository is required', { hint: 'For example --repository lsst-dm/prompt_processing.' });
        const prText = (0,command/* stringOption */.P)(values, 'pr');
        const sweep = values.sweep === true;
        if ((prText === undefined) === !sweep)
            throw new errors/* InputError */.dz('give exactly one of --pr N and --sweep', { hint: '--pr evaluates one pull request; --sweep every open one that declares dependencies.' });
        let mode = { kind: 'sweep' };
        if (prText !== undefined) {
            if (!/^[1-9][0-9]*$/.test(prText))
                throw new errors/* InputError */.dz(`--pr: expected a pull request number, got '${prText}'`);
            mode = { kind: 'pr', number: Number(prText) };
        }
        const configOption = (0,command/* stringOption */.P)(values, 'config');
        return runGateCommand({
            token: context.env.GITHUB_TOKEN,
            apiUrl: context.env.GITHUB_API_URL || 'https://api.github.com',
            serverUrl: context.env.GITHUB_SERVER_URL || 'https://github.com',
            repository,
            configFile: external_node_path_.resolve(context.cwd, configOption ?? schema/* DEFAULT_CONFIG_PATH */.B),
            configDisplayName: configOption ?? schema/* DEFAULT_CONFIG_PATH */.B,
            mode,
            dryRun: values['dry-run'] === true,
            log: (message) => process.stderr.write(`lockstep gate: ${message}\n`),
        });
    },
};


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

/***/ 8829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ code)
/* harmony export */ });
/** Markdown cells and text cells both use inline `code`; keep these few helpers shared. */
function code(text) {
    return '`' + text.replace(/`/g, "'") + '`';
}


/***/ })

};
