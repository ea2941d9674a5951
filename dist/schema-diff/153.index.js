export const id = 153;
export const ids = [153];
export const modules = {

/***/ 8153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getPull: () => (/* binding */ getPull)
/* harmony export */ });
/* unused harmony exports pullInfoOf, listOpenPulls */
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


/***/ })

};
