// The static fallback: the same views rendered at build time inside <steppe-story>, for
// readers without JavaScript or WebAssembly; the live widget takes over in the same box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, watch, hostPage, outcome } from './browser.mjs';

const story = JSON.parse(readFileSync('www/stories/central-asia-2022.json', 'utf8'));
const ctx = setup();

/** Quotes whose text the reader can see (laid out, not hidden). */
const visibleQuotes = (page) =>
  page.locator('steppe-story .steppe-fallback blockquote').evaluateAll((els) =>
    els.filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.textContent));

test('with JavaScript disabled every quote and the map are on the page, and no dead controls', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ctx.origin}/`);
  assert.deepEqual(await visibleQuotes(page), story.quotes.map((q) => q.text));
  assert.equal(await page.locator('steppe-story .steppe-fallback svg path').count() > 10, true);
  assert.ok(await page.locator('steppe-story .steppe-fallback svg text', { hasText: 'Kazakhstan' }).count());
  assert.equal(await page.locator('steppe-story .steppe-fallback button').evaluateAll((b) => b.filter((e) => e.getBoundingClientRect().height > 0).length), 0);
  await context.close();
});

for (const autoplay of [false, true]) {
  test(`the live widget${autoplay ? ' that rotates its quotes' : ''} takes over without a layout shift or a jump of the scroll position`, async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
    const problems = watch(page);
    if (autoplay) {
      // The demo article with its widget set to rotate, as the host page would write it.
      await page.route((url) => url.pathname === '/' || url.pathname === '/index.html', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace('<steppe-story class="steppe-embed"', '<steppe-story autoplay class="steppe-embed"');
        await route.fulfill({ response, body: html });
      });
    }
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Hold the WebAssembly back so that the reader has scrolled before it arrives.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${ctx.origin}/`);
    await page.locator('steppe-story .steppe-fallback .steppe-carousel').waitFor();
    await page.evaluate(() => scrollTo(0, 1500));
    const anchor = () => page.locator('#p6').evaluate((e) => e.getBoundingClientRect().top);
    const [scroll, top] = [await page.evaluate(() => scrollY), await anchor()];
    release();
    await page.waitForFunction(() => document.querySelector('steppe-story').shadowRoot?.querySelector('.steppe-mount article'));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => scrollY), scroll);
    assert.ok(Math.abs((await anchor()) - top) < 1, 'the text below the widget did not move');
    assert.equal(await page.evaluate(() => window.__shifts), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the WebAssembly blocked: the fallback stays, with every quote, and no uncaught error', async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${ctx.origin}/`);
  await page.waitForFunction(() => document.querySelector('steppe-story').hasAttribute('data-steppe-static'));
  assert.deepEqual(await visibleQuotes(page), story.quotes.map((q) => q.text));
  assert.deepEqual(problems.filter((p) => p.startsWith('uncaught')), []);
  await page.close();
});

test("a page whose policy lacks 'wasm-unsafe-eval' keeps the fallback, with no uncaught error", async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  await page.route(`${ctx.origin}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${ctx.origin}/`);
  await page.waitForFunction(() => document.querySelector('steppe-story').hasAttribute('data-steppe-static'));
  assert.deepEqual(await visibleQuotes(page), story.quotes.map((q) => q.text));
  assert.deepEqual(problems.filter((p) => p.startsWith('uncaught')), []);
  await page.close();
});

test('the live widget holds the page\'s only copy: the fallback leaves the document, and comes back when the element goes', async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  const note = '<p class="host-note">The host\'s own note inside the element</p>';
  const fragment = readFileSync('www/bundles/central-asia-2022.html', 'utf8').trim();
  await hostPage(page, ctx.origin, { body: `<steppe-story loading="eager">${fragment}${note}</steppe-story>` });
  assert.equal(await outcome(page), 'live');
  const count = () => page.evaluate(() => {
    const el = document.querySelector('steppe-story');
    return {
      // No quote left in the page's own DOM; the widget's cards (built when first shown).
      inPage: document.querySelectorAll('blockquote').length,
      cards: el.shadowRoot.querySelectorAll('.steppe-slide').length,
      fallbacks: el.querySelectorAll('.steppe-fallback').length,
      note: el.querySelector(':scope > .host-note')?.textContent ?? null,
    };
  });
  assert.deepEqual(await count(), {
    inPage: 0, cards: story.quotes.length, fallbacks: 0, note: 'The host\'s own note inside the element',
  });
  // Taken out of the page, the element holds what the page gave it, in its order.
  const same = await page.evaluate((given) => {
    const el = document.querySelector('steppe-story');
    el.remove();
    // The page's markup as the browser serialises it, to compare like with like.
    const parsed = document.createElement('template');
    parsed.innerHTML = given;
    return el.innerHTML === parsed.innerHTML;
  }, `${fragment}${note}`);
  assert.equal(same, true, 'the element holds what the page gave it');
  assert.deepEqual(problems, []);
  await page.close();
});
