// The iframe embed: the frame takes its content's height; forged messages are ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, watch } from './browser.mjs';

const ctx = setup();

async function settledHeight(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await page.locator('iframe[data-steppe-frame]').evaluate((f) => f.getBoundingClientRect().height);
    if (h === last) return h;
    last = h;
    await page.waitForTimeout(150);
  }
  return last;
}

test('the iframe page resizes its iframe to the content height, and follows changes', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 800, height: 900 } });
  const problems = watch(page);
  await page.goto(`${ctx.origin}/demo/iframe.html`);
  const frame = page.frameLocator('iframe[data-steppe-frame]');
  await frame.locator('steppe-story .steppe-carousel').waitFor();
  assert.equal(await frame.locator('svg [aria-label="Kazakhstan"]').getAttribute('aria-pressed'), 'true', 'region from the URL');
  const height = await settledHeight(page);
  const content = await page.frames()[1].evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs(height - content) <= 4, `iframe ${height}px, content ${content}px`);
  assert.notEqual(height, 600, 'not the stylesheet height');
  // Clearing the selection changes the content's height; the frame follows.
  await frame.getByRole('button', { name: 'Clear selection' }).click();
  const after = await settledHeight(page);
  const contentAfter = await page.frames()[1].evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs(after - contentAfter) <= 4, `iframe ${after}px, content ${contentAfter}px`);
  assert.equal(await page.locator('iframe').getAttribute('title'), 'Interactive graphic: Xi’s trip to Central Asia, the SCO and Putin');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a forged resize message from another window is ignored', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`${ctx.origin}/demo/iframe.html`);
  await page.frameLocator('iframe[data-steppe-frame]').locator('steppe-story .steppe-carousel').waitFor();
  const before = await settledHeight(page);
  await page.evaluate(() => {
    // From the page itself, and from a second frame that is not the widget's.
    window.postMessage({ type: 'steppe:resize', height: 40 }, '*');
    const other = document.createElement('iframe');
    other.srcdoc = '<script>parent.postMessage({ type: "steppe:resize", height: 9000 }, "*")<\/script>';
    document.body.append(other);
  });
  await page.waitForTimeout(500);
  assert.equal(await settledHeight(page), before);
  await page.close();
});

test('the embed page speaks pym.js and AMP too', async () => {
  const page = await ctx.browser.newPage();
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(e.data));
  });
  await page.goto(`${ctx.origin}/test/pym.html`);
  await page.frameLocator('iframe').locator('steppe-story .steppe-carousel').waitFor();
  await page.waitForTimeout(300);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.some((m) => typeof m === 'string' && /^pymxPYMxchartxPYMxheightxPYMx\d+$/.test(m)), JSON.stringify(messages.slice(0, 3)));
  assert.ok(messages.some((m) => m?.sentinel === 'amp' && m.type === 'embed-size' && m.height > 0));
  await page.close();
});
