// The core set, in every engine (engines.mjs): Chromium, Firefox and WebKit. Readers of news
// pages are mostly on phones, and on iPhones every browser is WebKit: what a reader does
// first works the same in each, with real clicks and key presses. Chromium alone runs the
// rest of the suite.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { engines } from './engines.mjs';
import { buildFixtures, fixture, LANG_DIR } from './languages.mjs';

const ARTIFACTS = 'tests/e2e/artifacts';
const story = JSON.parse(readFileSync('www/stories/central-asia-2022.json', 'utf8'));
const bundle = JSON.parse(readFileSync('www/bundles/central-asia-2022.json', 'utf8'));
const RECORDER = '<script src="/test/record.js"></script>';

/** The wasm can be held back, to look at the fallback before the live widget takes over. */
let release = () => {};
let held = Promise.resolve();
function hold() {
  held = new Promise((r) => (release = r));
}

/**
 * The site as the rest of the suite serves it, with the recorder first in every page, the
 * wasm behind `held`, and `?noscript` pages sent with a policy that refuses every script
 * (as a reader with JavaScript off gets them).
 */
function intercept(req, file, body) {
  if (file.endsWith('.wasm')) return held.then(() => undefined);
  if (!file.endsWith('.html')) return undefined;
  const html = body.toString().replace(/<head>/i, `<head>${RECORDER}`);
  const noscript = new URL(req.url, 'http://x').searchParams.has('noscript');
  return { body: html, headers: noscript ? { 'content-security-policy': "script-src 'none'" } : {} };
}

// Functions run inside the page: self-contained, since they travel as source text.

/** Whether the page's first widget is live. */
const isLive = (frame) => {
  const doc = frame ? document.querySelector('iframe').contentDocument : document;
  return Boolean(doc?.querySelector('steppe-story')?.shadowRoot?.querySelector('.steppe-mount article'));
};

/** What the page recorded as going wrong (pages/record.js). */
const problems = () => window.__problems;

/** The middle of a live widget's element, scrolled into view: `css`, and if given, the one
 * whose aria-label or text holds `name`. */
const middle = ({ css, name }) => {
  const root = document.querySelector('steppe-story').shadowRoot;
  const found = [...root.querySelectorAll(css)].find((e) => name === undefined
    || (e.getAttribute('aria-label') ?? e.textContent).includes(name));
  if (!found) return null;
  found.scrollIntoView({ block: 'center', inline: 'center' });
  const r = found.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

/** A country's point deep inside it on the live map (the bundle's), scrolled into view. */
const regionPoint = ({ id, x, y }) => {
  const g = document.querySelector('steppe-story').shadowRoot.querySelector(`svg [data-region="${id}"]`);
  g.scrollIntoView({ block: 'center' });
  const p = new DOMPoint(x, y).matrixTransform(g.ownerSVGElement.getScreenCTM());
  return { x: p.x, y: p.y };
};

/** A live widget's state as a reader sees it. */
const seen = () => {
  const root = document.querySelector('steppe-story').shadowRoot;
  let focus = document.activeElement;
  while (focus?.shadowRoot?.activeElement) focus = focus.shadowRoot.activeElement;
  return {
    pressed: [...root.querySelectorAll('svg [aria-pressed="true"]')].map((e) => e.dataset.region),
    status: root.querySelector('[role=status]')?.textContent,
    quote: root.querySelector('.steppe-slide:not([hidden])')?.dataset.quote,
    focus: focus?.getAttribute('aria-label') ?? focus?.textContent?.trim(),
  };
};

for (const engine of engines()) {
  describe(engine.name, () => {
    let server;
    let origin;
    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      buildFixtures();
      server = await serve('dist', 0, { test: 'tests/e2e/pages', fixtures: 'tests/fixtures', lang: LANG_DIR }, { intercept });
      origin = `http://127.0.0.1:${server.address().port}`;
      await engine.start();
      console.log(`# ${engine.name} ${engine.version}`);
    });
    after(async () => {
      release();
      await engine.stop();
      server?.close();
    });

    /** The demo article with its widget live. */
    async function open(path = '/', size = { width: 1000, height: 900 }) {
      const tab = await engine.open(`${origin}${path}`, size);
      await tab.waitFor(isLive, false, { what: 'the live widget' });
      return tab;
    }

    /** The demo at `width` CSS px, its widget at the top, to ARTIFACTS/ENGINE-WIDTH.png. A
     * window that cannot be made that narrow (MiniBrowser's stops at 447 px) shows the page
     * in a frame of that width, whose own viewport is then `width` wide. */
    async function screenshot(width) {
      const path = `${ARTIFACTS}/${engine.name}-${width}.png`;
      let tab = await engine.open(`${origin}/`, { width, height: 900 });
      if ((await tab.evaluate(() => innerWidth)) === width) {
        await tab.waitFor(isLive, false, { what: 'the live widget' });
        await tab.evaluate(() => document.querySelector('steppe-story').scrollIntoView());
        await tab.screenshot(path);
      } else {
        await tab.close();
        // Tall enough to hold the widget: a lazy widget that its frame clips away never
        // starts in WebKit, whose intersection ignores the root margin past a frame's edge.
        tab = await engine.open(`${origin}/test/frame.html?src=/&width=${width}&height=2400`, { width: 1000, height: 900 });
        await tab.waitFor(isLive, true, { what: 'the live widget in the frame' });
        await tab.evaluate((height) => {
          const frame = document.querySelector('iframe');
          frame.height = height;
          frame.contentDocument.querySelector('steppe-story').scrollIntoView();
        }, 900);
        await tab.screenshot(path, 'iframe');
      }
      await tab.close();
    }

    /** The widget's state once `check` holds of it (or after a second, whatever it is). */
    async function settled(tab, check) {
      for (let i = 0; i < 20; i++) {
        const state = await tab.evaluate(seen);
        if (check(state)) return state;
        await new Promise((r) => setTimeout(r, 50));
      }
      return tab.evaluate(seen);
    }

    async function clickOn(tab, target) {
      const at = await tab.evaluate(middle, target);
      assert.ok(at, `nothing to click: ${JSON.stringify(target)}`);
      await tab.click(at.x, at.y);
    }

    async function clickRegion(tab, id) {
      const { x, y } = bundle.map.regions.find((r) => r.id === id);
      const at = await tab.evaluate(regionPoint, { id, x, y });
      await tab.click(at.x, at.y);
    }

    test('the demo loads with no page error and shows every quote, each card as it is stepped to', async () => {
      const tab = await open();
      const state = await tab.evaluate(seen);
      assert.equal(state.quote, story.quotes[0].id, 'the first quote is shown');
      assert.equal(state.status, `Showing ${story.quotes.length} of ${story.quotes.length} viewpoints`);
      // The mount builds the first card; each other card is built as it is first shown.
      const shown = () => document.querySelector('steppe-story').shadowRoot
        .querySelector('.steppe-mount .steppe-slide:not([hidden]) blockquote')?.textContent;
      const quotes = [await tab.evaluate(shown)];
      for (const quote of story.quotes.slice(1)) {
        await clickOn(tab, { css: 'button', name: 'Next quote' });
        await tab.waitFor((id) => document.querySelector('steppe-story').shadowRoot
          .querySelector('.steppe-mount .steppe-slide:not([hidden]) blockquote')
          ?.closest('.steppe-slide').dataset.quote === id, quote.id, { what: quote.id });
        quotes.push(await tab.evaluate(shown));
      }
      assert.deepEqual(quotes, story.quotes.map((q) => q.text));
      assert.deepEqual(await tab.evaluate(problems), []);
      for (const width of [375, 1200]) await screenshot(width);
      await tab.close();
    });

    test('a click on Kazakhstan selects it and the status line counts its viewpoints', async () => {
      const tab = await open();
      await clickRegion(tab, 'KAZ');
      const kazakh = story.quotes.filter((q) => q.regions.includes('KAZ')).length;
      const state = await settled(tab, (s) => s.pressed.length);
      assert.deepEqual(state.pressed, ['KAZ']);
      assert.equal(state.status, `Showing ${kazakh} of ${story.quotes.length} viewpoints`);
      assert.deepEqual(await tab.evaluate(problems), []);
      await tab.close();
    });

    test('Tab reaches the map, the arrows move to Kazakhstan, Enter selects it, Escape clears', async () => {
      const tab = await open();
      // From the top of the page, as a reader who has not clicked anything yet: the map is
      // the widget's first Tab stop, and China its first country.
      await tab.evaluate(() => { document.activeElement?.blur(); scrollTo(0, 0); });
      await tab.press('Tab');
      assert.equal((await tab.evaluate(seen)).focus, 'China');
      // The nearest country that way (the bundle's points): west of China is Afghanistan,
      // north of it Uzbekistan, north of that Kazakhstan.
      const path = [];
      for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowUp']) {
        await tab.press(key);
        path.push((await tab.evaluate(seen)).focus);
      }
      assert.deepEqual(path, ['Afghanistan', 'Uzbekistan', 'Kazakhstan']);
      await tab.press('Enter');
      assert.deepEqual((await tab.evaluate(seen)).pressed, ['KAZ']);
      await tab.press('Escape');
      assert.deepEqual((await tab.evaluate(seen)).pressed, []);
      await tab.close();
    });

    test('"Next quote", "Previous quote" and the arrow keys move the carousel', async () => {
      const tab = await open();
      const [first, second] = story.quotes.map((q) => q.id);
      await clickOn(tab, { css: 'button', name: 'Next quote' });
      assert.equal((await tab.evaluate(seen)).quote, second);
      await clickOn(tab, { css: 'button', name: 'Previous quote' });
      assert.equal((await tab.evaluate(seen)).quote, first);
      // The keys work wherever focus is inside the carousel.
      await tab.evaluate(() => document.querySelector('steppe-story').shadowRoot.querySelector('.steppe-next').focus());
      await tab.press('ArrowRight');
      assert.equal((await tab.evaluate(seen)).quote, second);
      await tab.press('ArrowLeft');
      assert.equal((await tab.evaluate(seen)).quote, first);
      await tab.press('ArrowLeft');
      assert.equal((await tab.evaluate(seen)).quote, story.quotes.at(-1).id, 'wraps round to the last');
      await tab.close();
    });

    test('an Arabic story reads right to left: mirrored controls, arrows that follow the reading', async () => {
      const arabic = fixture('ar');
      const tab = await open('/lang/ar-story.page.html');
      const layout = await tab.evaluate(() => {
        const root = document.querySelector('steppe-story').shadowRoot;
        const article = root.querySelector('.steppe-mount article');
        const left = (css) => root.querySelector(css).getBoundingClientRect().left;
        return {
          dir: [article.getAttribute('lang'), getComputedStyle(article).direction, document.documentElement.getAttribute('dir')],
          mirrored: left('.steppe-previous') > left('.steppe-next') && left('.steppe-next') > left('.steppe-share'),
          map: getComputedStyle(root.querySelector('svg')).direction,
        };
      });
      assert.deepEqual(layout, { dir: ['ar', 'rtl', null], mirrored: true, map: 'ltr' });
      await tab.evaluate(() => document.querySelector('steppe-story').shadowRoot.querySelector('.steppe-next').focus());
      await tab.press('ArrowLeft');
      assert.equal((await tab.evaluate(seen)).quote, arabic.quotes[1].id, 'ArrowLeft is forward');
      await tab.press('ArrowRight');
      assert.equal((await tab.evaluate(seen)).quote, arabic.quotes[0].id);
      assert.equal((await tab.evaluate(seen)).status, 'عرض \u2068٣\u2069 من أصل \u2068٣\u2069 وجهات نظر');
      assert.deepEqual(await tab.evaluate(problems), []);
      await tab.close();
    });

    test('a filter narrows the viewpoints and "Clear filters" restores them', async () => {
      const tab = await open();
      const based = Object.fromEntries(story.speakers.map((s) => [s.id, s.based_in]));
      const russian = story.quotes.filter((q) => based[q.speaker] === 'RUS');
      await clickOn(tab, { css: 'button[aria-expanded]', name: 'Filter viewpoints' });
      await clickOn(tab, { css: 'fieldset:nth-of-type(2) button', name: 'Russia' });
      const state = await tab.evaluate(seen);
      assert.equal(state.status, `Showing ${russian.length} of ${story.quotes.length} viewpoints`);
      assert.equal(state.quote, russian[0].id);
      await clickOn(tab, { css: 'button', name: 'Clear filters' });
      assert.equal((await tab.evaluate(seen)).status, `Showing ${story.quotes.length} of ${story.quotes.length} viewpoints`);
      await tab.close();
    });

    test('the fallback hands over to the live widget with no layout shift', async () => {
      hold();
      try {
        const tab = await engine.open(`${origin}/`, { width: 1000, height: 800 });
        await tab.waitFor(() => Boolean(document.querySelector('steppe-story .steppe-fallback .steppe-carousel')), undefined, { what: 'the fallback' });
        await tab.evaluate(() => scrollTo(0, 1500));
        const where = () => ({
          scroll: scrollY,
          below: document.getElementById('p6').getBoundingClientRect().top,
          height: document.querySelector('steppe-story').getBoundingClientRect().height,
        });
        const before = await tab.evaluate(where);
        release();
        await tab.waitFor(isLive, false, { what: 'the live widget' });
        await new Promise((r) => setTimeout(r, 300));
        const after = await tab.evaluate(where);
        assert.equal(after.scroll, before.scroll, 'the scroll position is kept');
        assert.ok(Math.abs(after.below - before.below) < 1, `the text below moved: ${before.below} → ${after.below}`);
        assert.ok(Math.abs(after.height - before.height) < 1, `the widget's height: ${before.height} → ${after.height}`);
        assert.deepEqual(await tab.evaluate(problems), []);
        await tab.close();
      } finally {
        release();
      }
    });

    test('the iframe embed takes its content\'s height', async () => {
      const tab = await engine.open(`${origin}/demo/iframe.html`, { width: 800, height: 900 });
      await tab.waitFor(isLive, true, { what: 'the live widget in the frame' });
      // Settled: the frame's height follows its content within 4 px (600 px is its
      // stylesheet's height before the first message).
      const [frame, content] = await tab.waitFor(() => {
        const f = document.querySelector('iframe');
        const [a, b] = [f.getBoundingClientRect().height, f.contentDocument.documentElement.getBoundingClientRect().height];
        return Math.abs(a - b) <= 4 && a !== 600 ? [a, b] : null;
      }, undefined, { what: 'the frame to take its content\'s height' });
      assert.ok(Math.abs(frame - content) <= 4, `frame ${frame}, content ${content}`);
      assert.deepEqual(await tab.evaluate(problems), []);
      await tab.close();
    });

    test('the strict-CSP page works and reports no violation', async () => {
      const tab = await open('/demo/csp.html');
      await clickRegion(tab, 'UZB');
      assert.deepEqual((await tab.evaluate(seen)).pressed, ['UZB']);
      assert.deepEqual(await tab.evaluate(problems), []);
      await tab.close();
    });

    test('a link to a quote shows it in view, a hashchange follows the next, and the share control is there', async () => {
      const [late, other] = [story.quotes.at(-2).id, story.quotes[4].id];
      const tab = await engine.open(`${origin}/test/lazy.html#steppe/central-asia-2022/${late}`, { width: 800, height: 700 });
      await tab.waitFor(isLive, false, { what: 'the live widget, started at once for the link' });
      const state = await settled(tab, (s) => s.quote === late);
      assert.equal(state.quote, late);
      const top = await tab.evaluate(() => document.querySelector('steppe-story').getBoundingClientRect().top);
      assert.ok(top > -1 && top < 700, `the widget is in view: ${top}`);
      await tab.evaluate((id) => { location.hash = `#steppe/central-asia-2022/${id}`; }, other);
      assert.equal((await settled(tab, (s) => s.quote === other)).quote, other);
      await tab.evaluate(() => { location.hash = '#steppe/another-story/x'; });
      await new Promise((r) => setTimeout(r, 200));
      assert.equal((await tab.evaluate(seen)).quote, other, 'a link to another story changes nothing');
      // What this engine offers the share control, printed for the record.
      const offers = await tab.evaluate(() => ({
        share: typeof navigator.share, clipboard: typeof navigator.clipboard?.writeText,
        button: document.querySelector('steppe-story').shadowRoot.querySelector('.steppe-share')?.getAttribute('aria-label'),
      }));
      console.log(`# ${engine.name}: navigator.share ${offers.share}, clipboard.writeText ${offers.clipboard}`);
      assert.equal(offers.button, 'Share this quote');
      assert.deepEqual(await tab.evaluate(problems), []);
      await tab.close();
    });

    test('with scripts refused every quote is in the page and the first one shows', async () => {
      const tab = await engine.open(`${origin}/?noscript`, { width: 1000, height: 900 });
      // In the document for search engines and readers' tools; the browser still runs
      // scripts for other pages, so the fallback shows its first card (with JavaScript off,
      // every card shows: fallback.test.mjs).
      const quotes = await tab.evaluate(() => [...document.querySelectorAll('steppe-story .steppe-fallback blockquote')]
        .map((e) => e.textContent));
      assert.deepEqual(quotes, story.quotes.map((q) => q.text));
      const shown = await tab.evaluate(() => [...document.querySelectorAll('steppe-story .steppe-fallback blockquote')]
        .filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.textContent));
      assert.deepEqual(shown, [story.quotes[0].text]);
      assert.equal(await tab.evaluate(() => Boolean(document.querySelector('steppe-story').shadowRoot)), false, 'no script ran');
      await tab.close();
    });
  });
}
