export const id = 256;
export const ids = [256];
export const modules = {

/***/ 8256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   renderPrComment: () => (/* binding */ renderPrComment)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75);
/** Report → the body of a sticky PR comment, found again by its hidden marker. */

function commentMarker(command) {
    return `<!-- lockstep:${command} -->`;
}
function renderPrComment(report) {
    return `${commentMarker(report.command)}\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(report, { level: 3 })}`;
}


/***/ })

};
