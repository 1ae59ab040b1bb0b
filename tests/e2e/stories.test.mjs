// Hostile stories loaded by URL in a real browser: odd text is shown exactly and wrapped
// inside the box at 320 px, links never give the page away, and a bundle whose map holds
// numbers no build writes is refused with its path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, hostPage, widget, outcome } from './browser.mjs';

const ctx = setup();
const BUNDLE = JSON.parse(readFileSync('www/bundles/central-asia-2022.json', 'utf8'));

/** A page at `width` px whose widget loads `bundle` from a URL. */
async function withBundle(bundle, width = 320) {
  const { page, uncaught } = await openPage(ctx.browser, { viewport: { width, height: 900 } });
  await page.route('**/odd/bundle.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }));
  await hostPage(page, ctx.origin, { body: widget('src="/odd/bundle.json"') });
  return { page, uncaught };
}

const ODD = {
  title: 'مرحبا — ‏שלום‏ and \u202Ereversed\u202C text',
  dek: 'zero\u200Bwidth\u200Djoiner\uFEFF and 👩🏽‍🔬🇰🇿🏳️‍🌈 👨‍👩‍👧‍👦',
  quote: 'Ш'.repeat(2000),
};

test('bidi, zero-width, emoji and a 2,000-character word show exactly and wrap inside the box at 320 px', async () => {
  const bundle = structuredClone(BUNDLE);
  bundle.story.title = ODD.title;
  bundle.story.dek = ODD.dek;
  bundle.story.quotes[0].text = ODD.quote;
  const { page, uncaught } = await withBundle(bundle);
  assert.equal(await outcome(page), 'live');
  const shown = await page.evaluate(() => {
    const root = document.querySelector('steppe-story').shadowRoot;
    const article = root.querySelector('.steppe-mount article');
    const quote = root.querySelector('.steppe-slide:not([hidden]) blockquote p');
    return {
      title: root.querySelector('h2').textContent, dek: root.querySelector('.steppe-dek').textContent,
      quote: quote.textContent, width: article.getBoundingClientRect().width,
      widest: Math.max(...[...article.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
      left: article.getBoundingClientRect().left, page: document.documentElement.scrollWidth,
    };
  });
  assert.deepEqual([shown.title, shown.dek, shown.quote], [ODD.title, ODD.dek, ODD.quote]);
  assert.ok(shown.widest <= shown.left + shown.width + 1, `content reaches ${shown.widest}, the box ends at ${shown.left + shown.width}`);
  assert.ok(shown.page <= 320, `the page scrolls sideways: ${shown.page}`);
  assert.deepEqual(uncaught, []);
  await page.close();
});

test('every link to another site has rel="noopener noreferrer"', async () => {
  const { page } = await withBundle(BUNDLE, 1200);
  assert.equal(await outcome(page), 'live');
  const links = await page.evaluate(() => [...document.querySelector('steppe-story').shadowRoot.querySelectorAll('a[href]')]
    .filter((a) => a.origin !== location.origin).map((a) => [a.href, a.rel]));
  assert.ok(links.length >= 1, 'the source link');
  for (const [href, rel] of links) assert.equal(rel, 'noopener noreferrer', href);
  await page.close();
});

for (const [what, edit, message] of [
  ['an infinite number', (text, b) => text.replace(`"x":${b.map.regions[0].x},`, '"x":1e400,'), /^\$\.map\.regions\[0\]\.x a number with an exponent/],
  ['a point outside the map', (text, b) => text.replace(`"x":${b.map.regions[0].x},`, '"x":4001,'), /^\$\.map\.regions\[0\]\.x a point outside the map/],
  ['foreign path data', (text) => text.replace(/"route":"M/, '"route":"M NaN '), /^\$\.map\.route not SVG path data/],
]) {
  test(`a bundle whose map holds ${what} is refused with its path, and nothing of it reaches the page`, async () => {
    const text = edit(JSON.stringify(BUNDLE), BUNDLE);
    const page = await ctx.browser.newPage();
    await page.route('**/odd/bundle.json', (r) => r.fulfill({ contentType: 'application/json', body: text }));
    await hostPage(page, ctx.origin, { body: widget('src="/odd/bundle.json"') });
    const problem = await page.locator('steppe-story .steppe-problems li').textContent();
    assert.match(problem, message);
    assert.match(problem, /run `steppe check` on the story and build it again/);
    const attributes = await page.evaluate(() => [...document.querySelector('steppe-story').shadowRoot.querySelectorAll('*')]
      .flatMap((e) => [...e.attributes].map((a) => a.value)).filter((v) => /NaN|Infinity/.test(v)));
    assert.deepEqual(attributes, []);
    await page.close();
  });
}
