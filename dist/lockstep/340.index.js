export const id = 340;
export const ids = [340];
export const modules = {

/***/ 2340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   producePipelinesGate: () => (/* binding */ producePipelinesGate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
// Placeholder until the pipelines-gate action lands; its owner replaces this file.
// Pattern: src/actions/pipelines-gate-run.ts exports the action's work (inputs + event → Report),
// src/actions/pipelines-gate.ts is the thin entry that runs it, and the root action reuses it.

async function producePipelinesGate() {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('the pipelines-gate action is not built yet');
}


/***/ })

};
