// Embedding in host pages: one WebAssembly instance, lazy loading, single-page hosts,
// attributes, methods and events, hostile host styles, a strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, watch, openFilters } from './browser.mjs';

const ctx = setup();

const current = (widget) => widget.locator('.steppe-slide:not([hidden])').getAttribute('data-quote');

test('the loader included twice gives one WebAssembly instantiation, one stylesheet shared, and independent widgets', async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  const wasm = [];
  const css = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r.url()));
  page.on('request', (r) => r.url().endsWith('/steppe.css') && css.push(r.url()));
  await page.goto(`${ctx.origin}/test/twice.html`);
  const widgets = page.locator('steppe-story');
  for (let i = 0; i < 3; i++) await widgets.nth(i).locator('.steppe-carousel').waitFor();
  assert.equal(wasm.length, 1);
  assert.equal(css.length, 1, 'the stylesheet is fetched once for every widget');
  // Each shadow root adopts the same constructed sheet, and it styles the widget.
  assert.deepEqual(await page.evaluate(() => {
    const roots = [...document.querySelectorAll('steppe-story')].map((e) => e.shadowRoot);
    const sheet = roots[0].adoptedStyleSheets[0];
    return [sheet.cssRules.length > 50, roots.every((r) => r.adoptedStyleSheets[0] === sheet),
      getComputedStyle(roots[0].querySelector('.steppe-disclosure')).cursor];
  }), [true, true, 'pointer']);
  assert.equal(await page.evaluate(() => customElements.get('steppe-story') !== undefined), true);
  // Initial state from attributes, each widget its own.
  assert.equal(await widgets.nth(0).locator('svg [aria-label="Kazakhstan"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await current(widgets.nth(1)), 'katz-friend');
  assert.equal(await widgets.nth(2).locator('svg [aria-pressed="true"]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('lazy by default: nothing but the loader is fetched until the widget nears the viewport', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1000, height: 800 } });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${ctx.origin}/test/lazy.html`);
  await page.waitForTimeout(500);
  assert.ok(fetched.includes('/steppe.js'));
  assert.ok(!fetched.some((p) => p.startsWith('/wasm/') || p === '/steppe.css'), fetched.join(' '));
  await page.locator('steppe-story').scrollIntoViewIfNeeded();
  await page.locator('steppe-story .steppe-carousel').waitFor();
  assert.ok(fetched.includes('/wasm/steppe-web_bg.wasm'));
  await page.close();
});

test('a single-page host adds, moves, removes and re-adds widgets: one mount each time (100 cycles)', async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  await page.goto(`${ctx.origin}/test/plain.html`);
  await page.locator('steppe-story .steppe-carousel').waitFor();
  const counts = await page.evaluate(async () => {
    const main = document.querySelector('main');
    const el = document.querySelector('steppe-story');
    const tick = () => new Promise((r) => setTimeout(r, 30));
    const results = [];
    for (let i = 0; i < 100; i++) {
      el.remove();
      await tick();
      const emptied = el.shadowRoot.querySelectorAll('article').length;
      main.prepend(el); // moved to another place
      await tick();
      results.push([emptied, el.shadowRoot.querySelectorAll('article').length]);
    }
    const fresh = document.createElement('steppe-story');
    fresh.setAttribute('loading', 'eager');
    main.append(fresh);
    await new Promise((r) => setTimeout(r, 300));
    results.push([0, fresh.shadowRoot.querySelectorAll('article').length]);
    return results;
  });
  for (const [emptied, mounted] of counts) {
    assert.equal(emptied, 0, 'removal unmounts');
    assert.equal(mounted, 1, 'one widget per element');
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('attributes, methods and events', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.origin}/test/plain.html`);
  const widget = page.locator('steppe-story');
  await widget.locator('.steppe-carousel').waitFor();
  const events = await page.evaluate(async () => {
    const el = document.querySelector('steppe-story');
    const heard = [];
    for (const type of ['steppe:select-region', 'steppe:show-quote', 'steppe:filter']) {
      document.addEventListener(type, (e) => heard.push([e.type, e.detail, e.composed, e.bubbles, e.target === el]));
    }
    const tick = () => new Promise((r) => setTimeout(r, 30));
    el.selectRegion('UZB');
    await tick();
    el.showQuote('pan-wary');
    await tick();
    el.setAttribute('region', 'KAZ');
    await tick();
    el.clear();
    await tick();
    return heard;
  });
  const types = events.map((e) => e[0]);
  assert.ok(events.every(([, , composed, bubbles, target]) => composed && bubbles && target));
  assert.deepEqual(events.find((e) => e[0] === 'steppe:select-region')[1], { region: 'UZB' });
  assert.ok(types.includes('steppe:show-quote') && types.includes('steppe:filter'));
  const filter = events.find((e) => e[0] === 'steppe:filter')[1];
  assert.deepEqual(filter.countries, ['UZB']);
  assert.equal(typeof filter.shown, 'number');
  const regions = events.filter((e) => e[0] === 'steppe:select-region').map((e) => e[1].region);
  assert.deepEqual(regions, ['UZB', null, 'KAZ', null], 'showQuote cleared the filter hiding pan-wary; clear() cleared KAZ');
  assert.equal(await widget.locator('svg [aria-pressed="true"]').count(), 0);
  await page.close();
});

test('hostile host styles and prototypes leave the widget as it is on a plain page', async () => {
  const shoot = async (path) => {
    const page = await ctx.browser.newPage({ viewport: { width: 900, height: 1200 } });
    const problems = watch(page);
    await page.goto(`${ctx.origin}${path}`);
    const widget = page.locator('steppe-story');
    await widget.locator('.steppe-carousel').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const box = await widget.boundingBox();
    const shot = await widget.screenshot();
    const host = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).fontSize,
      body: getComputedStyle(document.body).textTransform,
    }));
    await page.close();
    return { shot, box, host, problems };
  };
  const plain = await shoot('/test/plain.html');
  const hostile = await shoot('/test/hostile.html');
  assert.deepEqual(hostile.problems, []);
  assert.equal(Math.round(hostile.box.height), Math.round(plain.box.height));
  assert.equal(Math.round(hostile.box.width), Math.round(plain.box.width));
  // The host's own styles are untouched by the widget.
  assert.deepEqual(hostile.host, { html: '10px', body: 'uppercase' });
  // Pixel comparison: the two screenshots are nearly identical.
  const diff = await compare(plain.shot, hostile.shot);
  assert.ok(diff < 0.01, `${(diff * 100).toFixed(2)} % of pixels differ`);
});

/** The share of pixels that differ between two PNGs of the same size, measured in Chromium. */
async function compare(a, b) {
  const page = await ctx.browser.newPage();
  const share = await page.evaluate(async ([a, b]) => {
    const load = async (data) => createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const [x, y] = [await load(a), await load(b)];
    if (x.width !== y.width || x.height !== y.height) return 1;
    const pixels = (img) => {
      const c = new OffscreenCanvas(img.width, img.height).getContext('2d');
      c.drawImage(img, 0, 0);
      return c.getImageData(0, 0, img.width, img.height).data;
    };
    const [p, q] = [pixels(x), pixels(y)];
    let differ = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 30) differ++;
    }
    return differ / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
  await page.close();
  return share;
}

for (const path of ['/', '/demo/csp.html']) {
  test(`${path} under its strict Content-Security-Policy reports no violation`, async () => {
    const page = await ctx.browser.newPage();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${ctx.origin}${path}`);
    const widget = page.locator('steppe-story .steppe-mount');
    await widget.locator('.steppe-carousel').waitFor();
    await widget.locator('svg [aria-label="Kazakhstan"]').click();
    await widget.getByRole('button', { name: 'Next quote' }).click();
    await openFilters(widget);
    await widget.locator('fieldset').first().getByRole('button').first().click();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    await page.close();
  });
}

test('the WebAssembly failing to load leaves no uncaught error', async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.goto(`${ctx.origin}/test/plain.html`);
  await page.waitForTimeout(800);
  assert.deepEqual(problems.filter((p) => p.startsWith('uncaught')), []);
  await page.close();
});
