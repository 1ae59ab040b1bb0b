// Globals a host page might have: an extended prototype and a name like the glue's.
Array.prototype.hostExtension = function () { return 'host'; };
Object.defineProperty(Array.prototype, 'enumerableExtra', { value: 1, enumerable: true });
window.wasm_bindgen = 'taken by the host';
