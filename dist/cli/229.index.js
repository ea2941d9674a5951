export const id = 229;
export const ids = [229];
export const modules = {

/***/ 229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaDiffCommand: () => (/* binding */ schemaDiffCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(406);
// Placeholder until the schema-diff command lands; its owner replaces this file.

const schemaDiffCommand = {
    name: 'schema-diff',
    summary: '',
    help: 'lockstep schema-diff: not built yet',
    options: {},
    async run() {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('lockstep schema-diff is not built yet');
    },
};


/***/ })

};
