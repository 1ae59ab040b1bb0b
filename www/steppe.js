// Steppe loader: starts the WebAssembly widget once per page, however many times this
// script is included (an ES module runs once per URL) and however many <steppe-story>
// elements the page has.
import init from './wasm/steppe.js';

init({ module_or_path: new URL('./wasm/steppe_bg.wasm', import.meta.url) }).catch((error) => {
  // The page keeps whatever the elements already show; the host sees no uncaught error.
  console.warn('Steppe could not start:', error);
});
