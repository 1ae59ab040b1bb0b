// Leaks and privacy: 1,000 interactions and 100 mount/unmount cycles end where they
// started (JS heap, wasm memory, DOM nodes, event listeners, within 5 %), and a cold load
// sets no cookie or storage and asks nothing of another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './browser.mjs';
import { sample } from './memory.mjs';

const ctx = setup();

function within5(start, end) {
  for (const key of Object.keys(start)) {
    assert.ok(end[key] <= start[key] * 1.05, `${key}: ${start[key]} → ${end[key]}`);
  }
}

/** Clicks through regions, Next quote and filter chips inside the page, `n` times, then
 * back to the opening state. */
const interact = (page, n) => page.evaluate(async (n) => {
  const el = document.querySelector('steppe-story');
  const all = (s) => [...el.shadowRoot.querySelectorAll(s)];
  // The filter chips are built when the filters are first opened.
  const disclosure = all('.steppe-disclosure')[0];
  if (disclosure.getAttribute('aria-expanded') !== 'true') {
    disclosure.click();
    await new Promise((r) => setTimeout(r));
  }
  const pick = [
    (i) => all('.steppe-region')[i % all('.steppe-region').length],
    () => all('.steppe-next')[0],
    (i) => all('.steppe-filters .steppe-chip')[Math.floor(i / 3) % all('.steppe-filters .steppe-chip').length],
  ];
  for (let i = 0; i < n; i++) {
    pick[i % 3](i).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r));
  }
  el.clear();
  el.showQuote(el.shadowRoot.querySelector('.steppe-slide').dataset.quote);
  await new Promise((r) => setTimeout(r, 50));
}, n);

test('1,000 interactions: heap, wasm memory, DOM nodes and listeners end within 5 %', async () => {
  const page = await ctx.browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${ctx.origin}/test/plain.html`);
  await page.locator('steppe-story .steppe-carousel').waitFor();
  await interact(page, 30); // warm-up: compiled code and caches, not the widget's state
  // A card is built when first shown and then kept: the widget grows to its story's size
  // once, so the warm-up shows every card before the count starts.
  await page.evaluate(async () => {
    const el = document.querySelector('steppe-story');
    for (const slide of el.shadowRoot.querySelectorAll('.steppe-slide')) {
      el.showQuote(slide.dataset.quote);
      await new Promise((r) => setTimeout(r));
    }
  });
  const start = await sample(page, cdp);
  await interact(page, 1000);
  within5(start, await sample(page, cdp));
  await page.close();
});

test('100 mount and unmount cycles: heap, wasm memory, DOM nodes and listeners end within 5 %', async () => {
  const page = await ctx.browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${ctx.origin}/test/plain.html`);
  await page.locator('steppe-story .steppe-carousel').waitFor();
  const cycle = (n) => page.evaluate(async (n) => {
    const main = document.querySelector('main');
    for (let i = 0; i < n; i++) {
      document.querySelector('steppe-story').remove();
      const el = document.createElement('steppe-story');
      el.setAttribute('loading', 'eager');
      main.append(el);
      while (!el.shadowRoot?.querySelector('.steppe-carousel')) await new Promise((r) => setTimeout(r, 5));
    }
  }, n);
  await cycle(5); // warm-up
  const start = await sample(page, cdp);
  await cycle(100);
  within5(start, await sample(page, cdp));
  await page.close();
});

test('a cold load sets no cookie and no storage, and requests nothing from another origin', async () => {
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${ctx.origin}/`);
  await page.locator('steppe-story .steppe-mount article').waitFor();
  await page.locator('steppe-story .steppe-mount .steppe-region[data-region="KAZ"]').click();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await context.cookies(), []);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length,
    databases: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
    cookie: document.cookie,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, databases: 0, caches: 0, cookie: '' });
  const foreign = requests.filter((u) => new URL(u).origin !== ctx.origin);
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the widget did load');
  await context.close();
});
