export const id = 626;
export const ids = [626,330];
export const modules = {

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


/***/ })

};
