// What the leak tests and the benchmark measure of a page's memory (DevTools protocol).

/** JS heap after forced GCs, wasm linear memory, DOM nodes and event listeners. Three
 * collections with a pause between: what one frees (wasm-bindgen's finalizers for dropped
 * closures run after it) lets the next free the DOM nodes those closures held. */
export async function sample(page, cdp) {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const wasm = await page.evaluate(async () => (await (await import('/wasm/steppe-web.js')).default()).memory.buffer.byteLength);
  return { heap: usedSize, wasm, nodes, listeners: jsEventListeners };
}
