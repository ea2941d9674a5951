export const id = 626;
export const ids = [626,330];
export const modules = {

/***/ 6330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   describeGitHubError: () => (/* binding */ describeGitHubError),
/* harmony export */   httpStatusOf: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * Octokit as every command uses it: retries with backoff for 5xx answers
 * (@octokit/plugin-retry), waits out primary and secondary rate limits a few
 * times (@octokit/plugin-throttling), and counts every HTTP request it sends,
 * retries included, because a GITHUB_TOKEN has 1,000 requests an hour per
 * repository and the gate prints what it spent.
 */



const GitHubOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
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


/***/ }),

/***/ 4626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_BODY_LIMIT: () => (/* binding */ COMMENT_BODY_LIMIT),
/* harmony export */   embedRecord: () => (/* binding */ embedRecord),
/* harmony export */   ensureStickyComment: () => (/* binding */ ensureStickyComment),
/* harmony export */   extractRecord: () => (/* binding */ extractRecord),
/* harmony export */   findStickyComments: () => (/* binding */ findStickyComments),
/* harmony export */   listOwnComments: () => (/* binding */ listOwnComments),
/* harmony export */   readStickyComment: () => (/* binding */ readStickyComment),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment),
/* harmony export */   withMarker: () => (/* binding */ withMarker)
/* harmony export */ });
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
    return { id: Number(data.id), body, htmlUrl: data.html_url };
}


/***/ })

};
