export const id = 330;
export const ids = [330];
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


/***/ })

};
