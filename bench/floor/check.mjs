// Checks that a built floor widget works before its bytes are reported: mounted in headless
// Chromium, it shows "1 of 2" with the first item current, and "2 of 2" with the second
// after a click on Next. Usage: node bench/floor/check.mjs DIR (wasm-bindgen's output).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launch } from '../../tests/e2e/chromium.mjs';

const dir = process.argv[2];
writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><div id="root"></div>
<script type="module">
import init, { mount } from './floor.js';
await init();
mount(document.getElementById('root'));
window.mounted = true;
</script>`);
const server = await serve(dir, 0);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.mounted);
  const state = () => page.evaluate(() => ({
    line: document.querySelector('p').textContent,
    current: [...document.querySelectorAll('li')].map((li) => li.classList.contains('current') && li.getAttribute('aria-current') === 'true'),
  }));
  const before = await state();
  await page.click('button');
  const after = await state();
  const ok = before.line === '1 of 2' && `${before.current}` === 'true,false'
    && after.line === '2 of 2' && `${after.current}` === 'false,true';
  if (!ok) throw new Error(`the floor widget in ${dir} does not work: ${JSON.stringify({ before, after })}`);
} finally {
  await browser.close();
  server.close();
}
