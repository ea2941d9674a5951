export const id = 455;
export const ids = [455];
export const modules = {

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
