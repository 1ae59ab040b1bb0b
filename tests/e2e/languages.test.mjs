// The widget in the story's language: an Arabic story right to left and a Traditional
// Chinese one (fixtures written for the tests), a story's own `strings`, the fallback in
// each language with JavaScript off, and the error box in the bundle's language.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { setup, openPage, watch, axe } from './browser.mjs';
import { buildFixtures, buildStory, fixture, LANG_DIR } from './languages.mjs';

const ctx = setup();
before(() => buildFixtures());

/** A language fixture's host page, its widget live (the wasm held back until `release`,
 * when `hold` is set, to measure the takeover). */
async function open(name, { width = 1200, hold = false, javaScriptEnabled = true } = {}) {
  const context = await ctx.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = watch(page);
  let release = () => {};
  if (hold) {
    const held = new Promise((r) => (release = r));
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
  }
  await page.goto(`${ctx.origin}/lang/${name}.page.html`);
  if (javaScriptEnabled && !hold) await live(page);
  return { page, context, problems, release };
}

const live = (page) => page.waitForFunction(() =>
  document.querySelector('steppe-story')?.shadowRoot?.querySelector('.steppe-mount article'), null, { timeout: 20_000 });

/** What the live widget shows and where (`root` is the shadow root's article). */
const seen = () => {
  const root = document.querySelector('steppe-story').shadowRoot;
  const article = root.querySelector('.steppe-mount article');
  const box = (css) => root.querySelector(css)?.getBoundingClientRect();
  return {
    lang: article.getAttribute('lang'), dir: article.getAttribute('dir'),
    direction: getComputedStyle(article).direction,
    html: [document.documentElement.getAttribute('lang'), document.documentElement.getAttribute('dir')],
    status: root.querySelector('[role=status]')?.textContent,
    position: root.querySelector('.steppe-position')?.textContent,
    quote: root.querySelector('.steppe-slide:not([hidden])')?.dataset.quote,
    slide: root.querySelector('.steppe-slide:not([hidden])')?.getAttribute('aria-label'),
    previous: root.querySelector('.steppe-previous')?.getAttribute('aria-label'),
    next: root.querySelector('.steppe-next')?.getAttribute('aria-label'),
    share: root.querySelector('.steppe-share')?.getAttribute('aria-label'),
    disclosure: root.querySelector('.steppe-disclosure')?.textContent,
    x: Object.fromEntries(['.steppe-previous', '.steppe-next', '.steppe-share', '.steppe-disclosure', '.steppe-status', '.steppe-title']
      .map((css) => [css, box(css) && { left: box(css).left, right: box(css).right }])),
    article: { left: article.getBoundingClientRect().left, right: article.getBoundingClientRect().right },
    rule: (({ borderRightWidth, borderLeftWidth }) => [borderRightWidth, borderLeftWidth])(
      getComputedStyle(root.querySelector('.steppe-slide:not([hidden]) figure'))),
  };
};

test('Arabic: lang and dir on the widget only, controls mirrored, the carousel\'s arrows follow the reading, the map not mirrored, axe clean', async () => {
  const story = fixture('ar');
  const { page, context, problems } = await open('ar-story', { width: 1200 });
  const state = await page.evaluate(seen);
  assert.deepEqual([state.lang, state.dir, state.direction], ['ar', 'rtl', 'rtl']);
  assert.deepEqual(state.html, ['en', null], 'the host page\'s <html> is never touched');
  // Mirrored: Previous at the right, Next left of it, Share at the far left; the title
  // starts at the right; the card's rule on its right side.
  const x = state.x;
  assert.ok(x['.steppe-previous'].left > x['.steppe-next'].right, JSON.stringify(x));
  assert.ok(x['.steppe-share'].right < x['.steppe-next'].left, JSON.stringify(x));
  assert.ok(state.article.right - x['.steppe-title'].right < 40, `the title starts at the right: ${JSON.stringify([x['.steppe-title'], state.article])}`);
  assert.deepEqual(state.rule, ['3px', '0px']);
  // The words are Arabic, with Arabic-Indic digits, and plural forms by count.
  assert.equal(state.status, 'عرض \u2068٣\u2069 من أصل \u2068٣\u2069 وجهات نظر');
  assert.equal(state.position, '\u2068١\u2069 / \u2068٣\u2069');
  assert.deepEqual([state.previous, state.next, state.share], ['الاقتباس السابق', 'الاقتباس التالي', 'مشاركة هذا الاقتباس']);
  assert.equal(state.quote, story.quotes[0].id);
  // Right to left, ArrowLeft goes forward and ArrowRight back.
  await page.locator('steppe-story .steppe-next').focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal((await page.evaluate(seen)).quote, story.quotes[1].id);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal((await page.evaluate(seen)).quote, story.quotes[2].id, 'back from the first wraps to the last');
  // A swipe: right to left, the finger moving right brings the next card.
  await page.evaluate(() => {
    const carousel = document.querySelector('steppe-story').shadowRoot.querySelector('.steppe-carousel');
    for (const [type, clientX] of [['pointerdown', 300], ['pointerup', 420]]) {
      carousel.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX, bubbles: true }));
    }
  });
  assert.equal((await page.evaluate(seen)).quote, story.quotes[0].id, 'from the last, the next wraps to the first');
  // Mixed text: the Latin name and the quote with a Latin forum name are shown exactly, the
  // name in its own direction.
  const mixed = await page.evaluate(() => {
    const root = document.querySelector('steppe-story').shadowRoot;
    const slide = root.querySelector('[data-quote="hale-delta-forum"]');
    const cite = slide.querySelector('cite');
    return { text: slide.querySelector('blockquote p').textContent, name: cite.textContent, direction: getComputedStyle(cite).direction };
  });
  assert.deepEqual(mixed, { text: story.quotes[1].text, name: 'Jordan Hale', direction: 'ltr' });
  // The map is geography: west stays left, and its arrows stay geographic.
  const map = await page.evaluate(() => {
    const root = document.querySelector('steppe-story').shadowRoot;
    const at = (id) => root.querySelector(`svg [data-region="${id}"]`).getBoundingClientRect().left;
    return { direction: getComputedStyle(root.querySelector('svg')).direction, egypt: at('EGY'), jordan: at('JOR') };
  });
  assert.equal(map.direction, 'ltr');
  assert.ok(map.egypt < map.jordan, `Egypt is west of Jordan: ${JSON.stringify(map)}`);
  await page.locator('steppe-story svg [data-region="EGY"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.querySelector('steppe-story').shadowRoot.activeElement?.dataset.region), 'JOR', 'ArrowRight moves east');
  // The filter rows' arrows follow the reading too: ArrowLeft is the next chip.
  await page.locator('steppe-story .steppe-disclosure').click();
  await page.locator('steppe-story .steppe-filter-group').first().locator('button').first().focus();
  await page.keyboard.press('ArrowLeft');
  const chip = await page.evaluate(() => {
    const root = document.querySelector('steppe-story').shadowRoot;
    const buttons = [...root.querySelector('.steppe-filter-group').querySelectorAll('button')];
    return buttons.indexOf(root.activeElement);
  });
  assert.equal(chip, 1);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Arabic: the takeover from the fallback shifts nothing', async () => {
  const { page, context, problems, release } = await open('ar-story', { width: 1000, hold: true });
  await page.locator('steppe-story .steppe-fallback .steppe-carousel').waitFor();
  const where = () => ({ below: document.getElementById('after').getBoundingClientRect().top, height: document.querySelector('steppe-story').getBoundingClientRect().height });
  const before = await page.evaluate(where);
  const fallback = await page.evaluate(() => {
    const article = document.querySelector('steppe-story .steppe-fallback article');
    return [article.getAttribute('lang'), article.getAttribute('dir'), article.querySelector('.steppe-status').textContent];
  });
  release();
  await live(page);
  await page.waitForTimeout(300);
  const after = await page.evaluate(where);
  assert.deepEqual(fallback, ['ar', 'rtl', (await page.evaluate(seen)).status], 'the same words before and after');
  assert.ok(Math.abs(after.below - before.below) < 1, `the text below moved: ${before.below} → ${after.below}`);
  assert.equal(await page.evaluate(() => window.__shifts), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Traditional Chinese: lang, words and counts without plural forms', async () => {
  const story = fixture('zh-Hant');
  const { page, context, problems } = await open('zh-hant-story');
  const state = await page.evaluate(seen);
  assert.deepEqual([state.lang, state.dir], ['zh-Hant', 'ltr']);
  assert.equal(state.status, '顯示4則，共4則觀點');
  assert.equal(state.slide, '第1則，共4則');
  assert.deepEqual([state.previous, state.next, state.share, state.disclosure], ['上一則引述', '下一則引述', '分享這則引述', '篩選觀點']);
  assert.ok(state.x['.steppe-previous'].left < state.x['.steppe-next'].left, 'left to right');
  await page.locator('steppe-story .steppe-disclosure').click();
  await page.locator('steppe-story .steppe-filter-group').first().getByRole('button', { name: '日本' }).click();
  const japan = story.quotes.filter((q) => q.regions.includes('JPN')).length;
  const after = await page.evaluate(seen);
  assert.equal(after.status, `顯示${japan}則，共4則觀點`);
  assert.equal(after.disclosure, '篩選觀點（已選1項）');
  const chip = await page.locator('steppe-story .steppe-filter-group').first().getByRole('button', { name: '日本' });
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.match(await chip.textContent(), /日本 \d+ 則觀點$/);
  // The map's dates in the language's form.
  assert.ok(await page.locator('steppe-story .steppe-label', { hasText: '台北，5月18–19日' }).count());
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a story\'s own strings replace the catalogue\'s, in the fallback and the live widget alike', async () => {
  const story = fixture('zh-Hant');
  story.strings = { 'carousel.label': '各方說法', 'filters.status': '共{total}則，顯示{shown}則', 'carousel.next': '往下' };
  const file = `${LANG_DIR}/zh-strings.json`;
  writeFileSync(file, JSON.stringify(story));
  buildStory(file, 'zh-strings');
  const { page, context } = await open('zh-strings', { hold: true });
  const words = (where) => page.evaluate((where) => {
    const root = where === 'fallback' ? document.querySelector('steppe-story .steppe-fallback') : document.querySelector('steppe-story').shadowRoot;
    return [root.querySelector('.steppe-carousel').getAttribute('aria-label'), root.querySelector('.steppe-status').textContent, root.querySelector('.steppe-next').textContent.trim()];
  }, where);
  await page.locator('steppe-story .steppe-fallback .steppe-carousel').waitFor();
  const fallback = await words('fallback');
  await context.close();
  const second = await open('zh-strings');
  assert.deepEqual(fallback, ['各方說法', '共4則，顯示4則', '往下 ›']);
  assert.deepEqual(await second.page.evaluate(() => {
    const root = document.querySelector('steppe-story').shadowRoot;
    return [root.querySelector('.steppe-carousel').getAttribute('aria-label'), root.querySelector('.steppe-status').textContent, root.querySelector('.steppe-next').textContent.trim()];
  }), fallback);
  assert.equal((await second.page.evaluate(seen)).previous, '上一則引述', 'the keys the story leaves are the catalogue\'s');
  await second.context.close();
});

for (const [lang, name, dir] of [['ar', 'ar-story', 'rtl'], ['zh-Hant', 'zh-hant-story', 'ltr']]) {
  test(`with JavaScript off the ${lang} fallback shows every quote in its language and direction`, async () => {
    const story = fixture(lang);
    const { page, context } = await open(name, { javaScriptEnabled: false });
    const shown = await page.evaluate(() => {
      const article = document.querySelector('steppe-story .steppe-fallback article');
      return {
        lang: article.getAttribute('lang'), dir: article.getAttribute('dir'), direction: getComputedStyle(article).direction,
        quotes: [...article.querySelectorAll('blockquote')].filter((b) => b.getBoundingClientRect().height > 0).map((b) => b.textContent),
        source: article.querySelector('.steppe-source').textContent,
        html: document.documentElement.getAttribute('dir'),
      };
    });
    assert.deepEqual([shown.lang, shown.dir, shown.direction, shown.html], [lang, dir, dir, null]);
    assert.deepEqual(shown.quotes, story.quotes.map((q) => q.text));
    const paragraph = lang === 'ar' ? 'الفقرة \u2068٣\u2069 من المقال' : '文章第3段';
    assert.equal(shown.source, paragraph);
    await context.close();
  });
}

test('the error box speaks the bundle\'s language when the bundle said it before its fault', async () => {
  const bundle = JSON.parse(readFileSync(`${LANG_DIR}/ar-story.json`, 'utf8'));
  bundle.story.quotes[0].speaker = 'nobody';
  const { page, uncaught } = await openPage(ctx.browser, { viewport: { width: 800, height: 900 } });
  await page.route((url) => url.pathname === '/lang/broken.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) }));
  await page.route((url) => url.pathname === '/gen/broken.html', (r) => r.fulfill({ contentType: 'text/html', body:
    '<!doctype html><html lang="en"><title>x</title><script type="module" src="/steppe.js"></script><steppe-story loading="eager" src="/lang/broken.json"></steppe-story>' }));
  await page.goto(`${ctx.origin}/gen/broken.html`);
  const box = page.locator('steppe-story [role=alert]');
  await box.waitFor();
  assert.equal(await box.getAttribute('dir'), 'rtl');
  assert.equal(await box.locator('strong').textContent(), 'لا يمكن عرض هذه القصة.');
  assert.match(await box.locator('li').textContent(), /^\$\.story\.quotes\[0\]\.speaker names a speaker the story does not have/);
  assert.deepEqual(uncaught, []);
  await page.close();
});

for (const width of [375, 1200]) {
  test(`at ${width} px both fixtures fit the page, the first quote on the first screen (screenshots in artifacts/)`, async () => {
    for (const name of ['ar-story', 'zh-hant-story']) {
      const { page, context, problems } = await open(name, { width });
      await page.locator('steppe-story').evaluate((e) => e.scrollIntoView());
      await page.waitForTimeout(200);
      const fit = await page.evaluate(() => {
        const quote = document.querySelector('steppe-story').shadowRoot.querySelector('.steppe-slide:not([hidden]) blockquote');
        return { page: document.documentElement.scrollWidth, quote: quote.getBoundingClientRect().top };
      });
      assert.ok(fit.page <= width, `${name}: the page scrolls sideways (${fit.page} px)`);
      assert.ok(fit.quote < 900, `${name}: the first quote starts at ${fit.quote} px`);
      await page.screenshot({ path: `tests/e2e/artifacts/languages-${name}-${width}.png` });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}
