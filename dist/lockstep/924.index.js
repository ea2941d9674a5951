export const id = 924;
export const ids = [924];
export const modules = {

/***/ 7924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   produceEnvDiff: () => (/* binding */ produceEnvDiff)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
// Placeholder until the env-diff action lands; its owner replaces this file.
// Pattern: src/actions/env-diff-run.ts exports the action's work (inputs + event → Report),
// src/actions/env-diff.ts is the thin entry that runs it, and the root action reuses it.

async function produceEnvDiff() {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('the env-diff action is not built yet');
}


/***/ })

};
