// Sharing a viewpoint: the share control hands the browser's share sheet the link to the
// current quote (or copies it, and says so), and a link to a quote, opened or followed
// within the page, shows that quote in the widget of that story only, in view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, hostPage, widget, outcome, axe, focusedLabel } from './browser.mjs';

const ctx = setup();
const BUNDLE = JSON.parse(readFileSync('www/bundles/central-asia-2022.json', 'utf8'));
const STORY = BUNDLE.story;
const [FIRST, SECOND] = STORY.quotes;
const speaker = (quote) => STORY.speakers.find((s) => s.id === quote.speaker).name;
const LATE = STORY.quotes.at(-2);

/** The current quote of the page's `nth` widget, from its shadow root. */
const current = (page, nth = 0) => page.evaluate((nth) => document.querySelectorAll('steppe-story')[nth]
  .shadowRoot.querySelector('.steppe-slide:not([hidden])')?.dataset.quote, nth);

/** Records the page's `steppe:share` and `steppe:follow` events in `window.__events`. */
function recordEvents(page) {
  return page.addInitScript(() => {
    window.__events = [];
    for (const name of ['steppe:share', 'steppe:follow']) {
      addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }));
    }
  });
}

/** The share sheet stubbed: what it was given lands in `window.__shared`. */
function stubShareSheet(page) {
  return page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value(data) {
        window.__shared = JSON.parse(JSON.stringify(data));
        return Promise.resolve();
      },
    });
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
  });
}

/** No share sheet, as in desktop Chromium on Linux and in Firefox. */
function noShareSheet(page) {
  return page.addInitScript(() => {
    delete Navigator.prototype.share;
    delete Navigator.prototype.canShare;
  });
}

test('the share control gives the share sheet the title, the quote with its speaker and the link', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  await stubShareSheet(page);
  await recordEvents(page);
  await hostPage(page, ctx.origin);
  assert.equal(await outcome(page), 'live');
  await page.getByRole('button', { name: 'Share this quote' }).click();
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'steppe:share'));
  const link = `${ctx.origin}/gen/host.html#steppe/central-asia-2022/${FIRST.id}`;
  assert.deepEqual(await page.evaluate(() => window.__shared), {
    title: STORY.title, text: `“${FIRST.text}” — ${speaker(FIRST)}`, url: link,
  });
  assert.deepEqual(await page.evaluate(() => window.__events), [{ name: 'steppe:share', detail: { quote: FIRST.id, method: 'share' } }]);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('without a share sheet the link is copied, the widget says so politely, and axe is clean', async () => {
  const context = await ctx.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await noShareSheet(page);
  await recordEvents(page);
  await hostPage(page, ctx.origin);
  assert.equal(await outcome(page), 'live');
  // By keyboard: the share control is the Tab stop after "Next quote".
  await page.getByRole('button', { name: 'Next quote' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 8 && (await focusedLabel(page))?.trim() !== 'Share this quote'; i++) await page.keyboard.press('Tab');
  assert.equal((await focusedLabel(page)).trim(), 'Share this quote');
  await page.keyboard.press('Enter');
  const status = page.locator('steppe-story .steppe-share-status');
  await status.filter({ hasText: 'copied' }).waitFor();
  assert.equal(await page.locator('steppe-story .steppe-share-live').getAttribute('aria-live'), 'polite');
  assert.equal(await status.textContent(), 'Link to this quote copied.');
  assert.ok(await status.isVisible(), 'the confirmation is visible');
  const link = `${ctx.origin}/gen/host.html#steppe/central-asia-2022/${SECOND.id}`;
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(await page.evaluate(() => window.__events), [{ name: 'steppe:share', detail: { quote: SECOND.id, method: 'clipboard' } }]);
  assert.deepEqual(await axe(page), []);
  // The confirmation is for that card: the next one starts without it.
  await page.getByRole('button', { name: 'Next quote' }).click();
  assert.equal(await status.count(), 0);
  await context.close();
});

test('where the clipboard is refused too, the link is shown to copy by hand', async () => {
  const { page } = await openPage(ctx.browser);
  await noShareSheet(page);
  await recordEvents(page);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  await hostPage(page, ctx.origin);
  await outcome(page);
  await page.getByRole('button', { name: 'Share this quote' }).click();
  const status = page.locator('steppe-story .steppe-share-status');
  await status.filter({ hasText: 'Copy this link' }).waitFor();
  assert.equal(await status.textContent(), `Copy this link to share the quote: ${ctx.origin}/gen/host.html#steppe/central-asia-2022/${FIRST.id}`);
  assert.equal((await page.evaluate(() => window.__events))[0].detail.method, 'shown');
  await page.close();
});

test('a link opened in a new page shows its quote, unfiltered, with the widget scrolled into view', async () => {
  const { page, uncaught } = await openPage(ctx.browser, { viewport: { width: 800, height: 700 } });
  await recordEvents(page);
  await page.goto(`${ctx.origin}/test/lazy.html#steppe/central-asia-2022/${LATE.id}`);
  assert.equal(await outcome(page), 'live', 'a lazy widget starts at once for a link');
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'steppe:follow'));
  assert.equal(await current(page), LATE.id);
  const [top, bottom] = await page.locator('steppe-story').evaluate((e) => [e.getBoundingClientRect().top, e.getBoundingClientRect().bottom]);
  assert.ok(top > -1 && top < 700 && bottom > 0, `the widget is in view: top ${top}`);
  assert.ok(await page.evaluate(() => scrollY) > 5000, 'the page scrolled down to it');
  assert.equal(await page.locator('steppe-story .steppe-filter-bar [role=status]').textContent(),
    `Showing ${STORY.quotes.length} of ${STORY.quotes.length} viewpoints`);
  assert.deepEqual(await page.evaluate(() => window.__events.filter((e) => e.name === 'steppe:follow')), [{ name: 'steppe:follow', detail: { quote: LATE.id } }]);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('a hashchange to a link clears the filters and the selection and shows that quote', async () => {
  const { page } = await openPage(ctx.browser);
  await hostPage(page, ctx.origin);
  await outcome(page);
  await page.locator('steppe-story svg [data-region="KAZ"]').click();
  assert.equal(await page.locator('steppe-story svg [data-region="KAZ"]').getAttribute('aria-pressed'), 'true');
  await page.evaluate((id) => { location.hash = `#steppe/central-asia-2022/${id}`; }, LATE.id);
  await page.waitForFunction((id) => document.querySelector('steppe-story').shadowRoot
    .querySelector('.steppe-slide:not([hidden])')?.dataset.quote === id, LATE.id);
  assert.equal(await page.locator('steppe-story svg [aria-pressed="true"]').count(), 0, 'the selection is cleared');
  // A fragment that names no quote of the story, or another page's anchor, changes nothing.
  for (const hash of ['#steppe/central-asia-2022/no-such-quote', '#top', `#steppe/other/${FIRST.id}`]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForTimeout(100);
    assert.equal(await current(page), LATE.id, hash);
  }
  await page.close();
});

test('on a page with two stories, a link to one changes only its own widget', async () => {
  const { page, uncaught } = await openPage(ctx.browser, { viewport: { width: 900, height: 800 } });
  const other = structuredClone(BUNDLE);
  other.story.id = 'ports-2025';
  other.story.title = 'Another story, with the same quotes';
  await page.route((url) => url.pathname === '/odd/other.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(other) }));
  const body = `${widget()}<div style="height: 1500px"></div>${widget('src="/odd/other.json"')}`;
  await page.route((url) => url.pathname === '/gen/host.html', (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two stories</title><link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/steppe-static.css"><script type="module" src="/steppe.js"></script></head><body><main><h1>Two stories</h1>${body}</main></body></html>`,
  }));
  await page.goto(`${ctx.origin}/gen/host.html#steppe/ports-2025/${LATE.id}`);
  assert.equal(await outcome(page, 0), 'live');
  assert.equal(await outcome(page, 1), 'live');
  await page.waitForFunction((id) => document.querySelectorAll('steppe-story')[1].shadowRoot
    ?.querySelector('.steppe-slide:not([hidden])')?.dataset.quote === id, LATE.id);
  assert.deepEqual([await current(page, 0), await current(page, 1)], [FIRST.id, LATE.id]);
  await page.evaluate((id) => { location.hash = `#steppe/central-asia-2022/${id}`; }, SECOND.id);
  await page.waitForFunction((id) => document.querySelectorAll('steppe-story')[0].shadowRoot
    .querySelector('.steppe-slide:not([hidden])')?.dataset.quote === id, SECOND.id);
  assert.deepEqual([await current(page, 0), await current(page, 1)], [SECOND.id, LATE.id]);
  // Each widget's share control links to its own story.
  await page.evaluate(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (d) => { window.__shared = d.url; return Promise.resolve(); } });
  });
  await page.locator('steppe-story').nth(1).getByRole('button', { name: 'Share this quote' }).click();
  await page.waitForFunction(() => window.__shared);
  assert.equal(await page.evaluate(() => window.__shared), `${ctx.origin}/gen/host.html#steppe/ports-2025/${LATE.id}`);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('in an iframe embed under pym.js the link points at the parent page, and a link to the parent reaches the frame', async () => {
  let { page, uncaught } = await openPage(ctx.browser, { viewport: { width: 900, height: 700 } });
  await stubShareSheet(page);
  await page.goto(`${ctx.origin}/test/pym-parent.html`);
  const frame = page.frameLocator('#chart iframe');
  await frame.locator('steppe-story .steppe-carousel').waitFor();
  await frame.getByRole('button', { name: 'Share this quote' }).click();
  const child = page.frames().find((f) => f.url().includes('/embed.html'));
  await child.waitForFunction(() => window.__shared);
  assert.equal(await child.evaluate(() => window.__shared.url), `${ctx.origin}/test/pym-parent.html#steppe/central-asia-2022/${FIRST.id}`);
  await page.close();
  // Opened at such a link, the parent page scrolls down to the frame showing that quote.
  ({ page, uncaught } = await openPage(ctx.browser, { viewport: { width: 900, height: 700 } }));
  await page.goto(`${ctx.origin}/test/pym-parent.html#steppe/central-asia-2022/${LATE.id}`);
  const opened = page.frames().find((f) => f.url().includes('/embed.html'));
  await opened.waitForFunction((id) => document.querySelector('steppe-story')?.shadowRoot
    ?.querySelector('.steppe-slide:not([hidden])')?.dataset.quote === id, LATE.id);
  await page.waitForFunction(() => scrollY > 5000);
  const top = await page.locator('#chart iframe').evaluate((f) => f.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 5, `the frame is at the top of the view: ${top}`);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('in the iframe embed under steppe-frame.js the link points at the parent page too', async () => {
  const { page, uncaught } = await openPage(ctx.browser, { viewport: { width: 900, height: 900 } });
  await stubShareSheet(page);
  await page.goto(`${ctx.origin}/demo/iframe.html?from=test`);
  const frame = page.frameLocator('iframe[data-steppe-frame]');
  await frame.locator('steppe-story .steppe-carousel').waitFor();
  const child = page.frames().find((f) => f.url().includes('/embed.html'));
  await child.waitForFunction(() => document.querySelector('steppe-story').hasAttribute('share-url'));
  await frame.getByRole('button', { name: 'Share this quote' }).click();
  await child.waitForFunction(() => window.__shared);
  assert.equal(await child.evaluate(() => window.__shared.url), `${ctx.origin}/demo/iframe.html?from=test#steppe/central-asia-2022/${FIRST.id}`);
  // A link followed within the parent page reaches the frame.
  await page.evaluate((id) => { location.hash = `#steppe/central-asia-2022/${id}`; }, LATE.id);
  await child.waitForFunction((id) => document.querySelector('steppe-story').shadowRoot
    .querySelector('.steppe-slide:not([hidden])')?.dataset.quote === id, LATE.id);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('the embed page alone links to itself', async () => {
  const { page } = await openPage(ctx.browser);
  await stubShareSheet(page);
  await page.goto(`${ctx.origin}/embed.html?region=KAZ`);
  await page.locator('steppe-story .steppe-carousel').waitFor();
  await page.getByRole('button', { name: 'Share this quote' }).click();
  await page.waitForFunction(() => window.__shared);
  const quote = await current(page);
  assert.equal(await page.evaluate(() => window.__shared.url), `${ctx.origin}/embed.html?region=KAZ#steppe/central-asia-2022/${quote}`);
  await page.close();
});

test('under a strict policy with Trusted Types, sharing and following a link break no rule', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  await noShareSheet(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  await hostPage(page, ctx.origin, {
    headers: {
      'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
    },
  });
  assert.equal(await outcome(page), 'live');
  await page.getByRole('button', { name: 'Share this quote' }).click();
  await page.locator('steppe-story .steppe-share-status', { hasText: 'Copy this link' }).waitFor();
  await page.evaluate((id) => { location.hash = `#steppe/central-asia-2022/${id}`; }, LATE.id);
  await page.waitForFunction((id) => document.querySelector('steppe-story').shadowRoot
    .querySelector('.steppe-slide:not([hidden])')?.dataset.quote === id, LATE.id);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(uncaught, []);
  await page.close();
});
