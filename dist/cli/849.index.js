export const id = 849;
export const ids = [849];
export const modules = {

/***/ 4849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateCommand: () => (/* binding */ gateCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
// Placeholder until the gate command lands; its owner replaces this file.

const gateCommand = {
    name: 'gate',
    summary: '',
    help: 'lockstep gate: not built yet',
    options: {},
    async run() {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('lockstep gate is not built yet');
    },
};


/***/ })

};
