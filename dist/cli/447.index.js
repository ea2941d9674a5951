export const id = 447;
export const ids = [447];
export const modules = {

/***/ 447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   envDiffCommand: () => (/* binding */ envDiffCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(406);
// Placeholder until the env-diff command lands; its owner replaces this file.

const envDiffCommand = {
    name: 'env-diff',
    summary: '',
    help: 'lockstep env-diff: not built yet',
    options: {},
    async run() {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('lockstep env-diff is not built yet');
    },
};


/***/ })

};
