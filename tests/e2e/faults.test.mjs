// Faults: a story URL that fails in every way a server can fail, the widget's own files
// failing, no WebAssembly, a slow network, and a failure inside the wasm. The widget says
// what went wrong inside its own box, the fallback stays readable, retries are bounded,
// and the host page never sees an uncaught error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, hostPage, widget, outcome, visibleFallbackQuotes } from './browser.mjs';

const ctx = setup();
const BUNDLE = readFileSync('www/bundles/central-asia-2022.json', 'utf8');
const STORY_URL = '/faulty/story.json';

/** A page whose widget loads its story from STORY_URL, answered by `answer(route)`. */
async function storyPage(answer, src = STORY_URL) {
  const { page, uncaught } = await openPage(ctx.browser);
  let requests = 0;
  await page.route(`**${STORY_URL}`, (route) => {
    requests++;
    return answer(route);
  });
  await hostPage(page, ctx.origin, { body: widget(`src="${src}"`) });
  return { page, uncaught, requests: () => requests };
}

async function problemShown(page) {
  const box = page.locator('steppe-story .steppe-problems');
  await box.waitFor({ timeout: 15_000 });
  return box.textContent();
}

const STORY_FAULTS = [
  ['404', (r) => r.fulfill({ status: 404, body: 'not found' }), /HTTP 404/, 1],
  ['500, retried twice', (r) => r.fulfill({ status: 500, body: 'oops' }), /HTTP 500/, 3],
  ['an HTML error page served as 200', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Error</h1>' }), /a web page, not a bundle/, 1],
  ['truncated JSON', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: BUNDLE.slice(0, BUNDLE.length / 2) }), /steppe check/, 1],
  ['a file over the size limit', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: `{"title": "${'x'.repeat(5 << 20)}"}` }), /at most/, 1],
];

for (const [name, answer, message, expected] of STORY_FAULTS) {
  test(`story URL: ${name} is shown in the widget's box, the fallback stays`, async () => {
    const { page, uncaught, requests } = await storyPage(answer);
    assert.match(await problemShown(page), message);
    assert.equal(await visibleFallbackQuotes(page), 21, 'the fallback, shown whole');
    assert.equal(requests(), expected, 'requests made');
    assert.deepEqual(uncaught, []);
    await page.close();
  });
}

test('story URL: a server that never answers times out, and is not retried', async () => {
  const { page, uncaught, requests } = await storyPage(() => new Promise(() => {}));
  assert.match(await problemShown(page), /did not answer within 8 seconds/);
  assert.equal(requests(), 1);
  assert.equal(await visibleFallbackQuotes(page), 21);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('story URL: another origin that does not share the file (CORS) is retried a bounded number of times', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  let requests = 0;
  page.on('request', (r) => { if (r.url().includes('/bundles/central-asia-2022.json')) requests++; });
  // "localhost" is another origin than "127.0.0.1": the same server, without CORS headers.
  const other = ctx.origin.replace('127.0.0.1', 'localhost');
  await hostPage(page, ctx.origin, { body: widget(`src="${other}/bundles/central-asia-2022.json"`) });
  assert.match(await problemShown(page), /could not be fetched/);
  assert.equal(requests, 3);
  assert.equal(await visibleFallbackQuotes(page), 21);
  assert.deepEqual(uncaught, []);
  await page.close();
});

const OWN_FILE_FAULTS = [
  ['the wasm 404', (p) => p.route('**/wasm/steppe-web_bg.wasm', (r) => r.fulfill({ status: 404, body: '' })), 'static'],
  ['the wasm 500', (p) => p.route('**/wasm/steppe-web_bg.wasm', (r) => r.fulfill({ status: 500, body: '' })), 'static'],
  ['the wasm truncated', (p) => p.route('**/wasm/steppe-web_bg.wasm', async (r) => {
    const body = (await (await r.fetch()).body()).subarray(0, 4096);
    return r.fulfill({ status: 200, contentType: 'application/wasm', body });
  }), 'static'],
  ['the glue 404', (p) => p.route('**/wasm/steppe-web.js', (r) => r.fulfill({ status: 404, body: '' })), 'static'],
  ['no WebAssembly in the browser', (p) => p.addInitScript(() => { delete globalThis.WebAssembly; }), 'static'],
];

for (const [name, break_, expected] of OWN_FILE_FAULTS) {
  test(`${name}: the fallback stays, whole, with no uncaught error`, async () => {
    const { page, uncaught } = await openPage(ctx.browser);
    await break_(page);
    await hostPage(page, ctx.origin);
    assert.equal(await outcome(page), expected);
    assert.equal(await visibleFallbackQuotes(page), 21);
    assert.deepEqual(uncaught, []);
    await page.close();
  });
}

test('the built-in story\'s bundle 404 (the wasm does not carry it): the widget says so in its box, the fallback stays whole', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  let requests = 0;
  await page.route('**/bundles/central-asia-2022.json', (r) => {
    requests++;
    return r.fulfill({ status: 404, body: 'not found' });
  });
  await hostPage(page, ctx.origin, { body: widget() + widget() });
  await page.waitForFunction(() => [...document.querySelectorAll('steppe-story')]
    .every((e) => e.shadowRoot?.querySelector('.steppe-problems')), null, { timeout: 15_000 });
  for (const text of await page.locator('steppe-story .steppe-problems').allTextContents()) {
    assert.match(text, /the built-in story could not be fetched/);
  }
  assert.equal(await visibleFallbackQuotes(page), 42, 'both fallbacks, shown whole');
  assert.equal(requests, 1, 'fetched once per page, however many widgets show it');
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('the loader 404: the fallback stays as the page has it, with no uncaught error', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  await page.route((url) => url.pathname === '/steppe.js', (r) => r.fulfill({ status: 404, body: '' }));
  await hostPage(page, ctx.origin);
  await page.waitForLoadState('networkidle');
  await page.locator('steppe-story .steppe-fallback h2').waitFor();
  assert.ok(await visibleFallbackQuotes(page) >= 1);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('a slow network: the fallback is readable at once, the live widget takes over when ready', async () => {
  const page = await ctx.browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 400, downloadThroughput: 150 * 1024, uploadThroughput: 50 * 1024,
  });
  await hostPage(page, ctx.origin).catch(() => {});
  await page.waitForLoadState('domcontentloaded');
  const early = await page.evaluate(() => ({
    live: !!document.querySelector('steppe-story').shadowRoot?.querySelector('.steppe-mount article'),
    title: document.querySelector('steppe-story .steppe-fallback h2')?.getBoundingClientRect().height > 0,
  }));
  assert.deepEqual(early, { live: false, title: true }, 'the fallback shows while the wasm loads');
  assert.equal(await outcome(page), 'live');
  assert.equal(await page.locator('steppe-story .steppe-fallback h2').count(), 0,
    'the fallback is out of the document: one copy of the widget in the page');
  await page.close();
});

test('a failure inside the wasm is contained: every widget on the page falls back, nothing is uncaught', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  await hostPage(page, ctx.origin, { body: widget() + widget() + widget() });
  for (const i of [0, 1, 2]) assert.equal(await outcome(page, i), 'live');
  // A trap (what a Rust panic ends in) thrown out of a call into the wasm.
  await page.evaluate(async () => {
    const glue = await import('/wasm/steppe-web.js');
    glue.Handle.prototype.selectRegion = () => { throw new WebAssembly.RuntimeError('unreachable'); };
    document.querySelector('steppe-story').selectRegion('KAZ');
  });
  const states = await page.evaluate(() => [...document.querySelectorAll('steppe-story')].map((el) => [
    el.hasAttribute('data-steppe-static'), !!el.shadowRoot.querySelector('.steppe-mount'), !!el.shadowRoot.querySelector('slot'),
  ]));
  assert.deepEqual(states, [[true, false, true], [true, false, true], [true, false, true]]);
  assert.equal(await visibleFallbackQuotes(page), 63);
  // A widget added afterwards does not call into the broken wasm either.
  await page.evaluate(() => document.querySelector('main').insertAdjacentElement('beforeend', document.createElement('steppe-story')));
  assert.equal(await outcome(page, 3), 'static');
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('a trap inside a widget\'s own event handler is contained the same way; the host\'s own wasm errors are not touched', async () => {
  const { page, uncaught } = await openPage(ctx.browser);
  await hostPage(page, ctx.origin, { body: widget() + widget() });
  for (const i of [0, 1]) assert.equal(await outcome(page, i), 'live');
  // How the browser reports an exception thrown out of an event listener: first a trap in
  // some other module of the host's, then one whose stack runs through the widget's wasm.
  const report = (stack) => page.evaluate((stack) => {
    const error = new WebAssembly.RuntimeError('unreachable');
    error.stack = `RuntimeError: unreachable\n    at ${new URL(stack, location.href)}:wasm-function[42]:0x1234`;
    const event = new ErrorEvent('error', { error, message: error.message, cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  }, stack);
  assert.equal(await report('/host/other.wasm'), false, 'the host\'s error is left to the host');
  assert.equal(await outcome(page, 0), 'live');
  assert.equal(await report('/wasm/steppe-web_bg.wasm'), true);
  assert.equal(await outcome(page, 0), 'static');
  assert.equal(await outcome(page, 1), 'static');
  assert.deepEqual(uncaught, []);
  await page.close();
});
