// The reader's layout: title, map and the current viewpoint on a phone's first screen, one
// control per choice, few Tab stops, the filters behind one disclosure, the key written by
// the story, and states that stay distinct in forced colours. Heights and Tab counts are
// layout facts, asserted as limits; the figures are printed (as "# layout" lines) for the
// record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, axe, focusedLabel, openFilters } from './browser.mjs';

const story = JSON.parse(readFileSync('www/stories/central-asia-2022.json', 'utf8'));
const ctx = setup();

async function open(viewport, path = '/', options = {}) {
  const page = await ctx.browser.newPage({ viewport, ...options });
  await page.goto(`${ctx.origin}${path}`);
  // Lazy: the widget starts as the reader scrolls near it.
  await page.locator('steppe-story').first().scrollIntoViewIfNeeded();
  const widget = page.locator('steppe-story .steppe-mount').first();
  await widget.locator('.steppe-carousel').waitFor();
  return { page, widget };
}

/** Where things are, in px from the top of the widget (the element's box). */
function measure(page) {
  return page.evaluate(() => {
    const host = document.querySelector('steppe-story');
    const root = host.shadowRoot;
    const top = host.getBoundingClientRect().top;
    const rect = (css) => root.querySelector(css)?.getBoundingClientRect();
    const quote = root.querySelector('.steppe-slide:not([hidden]) blockquote').getBoundingClientRect();
    const card = root.querySelector('.steppe-slide:not([hidden])').getBoundingClientRect();
    return {
      height: host.getBoundingClientRect().height,
      carouselTop: rect('.steppe-carousel').top - top,
      controls: rect('.steppe-carousel-controls').top - top,
      // Room left empty in the carousel under the current card.
      gap: rect('.steppe-carousel').bottom - card.bottom,
      firstQuoteBottom: quote.bottom - top,
      below: document.getElementById('p5').getBoundingClientRect().top - top,
      panel: rect('.steppe-panel-live').height,
    };
  });
}

for (const { width, height, first, most } of [
  { width: 375, height: 812, first: 812, most: 1200 },
  { width: 1200, height: 900, first: 900, most: 1000 },
]) {
  test(`at ${width} × ${height} the first quote ends within ${first} px of the widget's top, which is at most ${most} px tall; the carousel hugs every quote and its controls stay put`, async () => {
    const { page, widget } = await open({ width, height });
    const at = await measure(page);
    console.log(`# layout ${width}: ${JSON.stringify(at)}`);
    assert.ok(at.firstQuoteBottom <= first, `the first quote ends at ${at.firstQuoteBottom} px`);
    assert.ok(at.height <= most, `the widget is ${at.height} px tall`);
    assert.equal(at.panel, 0, 'no empty country panel');
    // Every quote in turn: the controls stay under the reader's finger (nothing above them
    // moves), and the carousel is as tall as its card (what is below moves with the quote
    // the reader chose).
    let tallest = at.height;
    for (let i = 0; i < story.quotes.length; i++) {
      await widget.getByRole('button', { name: 'Next quote' }).click();
      const now = await measure(page);
      assert.equal(now.controls, at.controls, `quote ${i + 2}: the controls moved`);
      assert.equal(now.carouselTop, at.carouselTop, `quote ${i + 2}: the carousel moved`);
      assert.ok(now.gap <= 32, `quote ${i + 2}: ${now.gap} px empty under the card`);
      assert.ok(now.height <= most, `quote ${i + 2}: the widget is ${now.height} px tall`);
      tallest = Math.max(tallest, now.height);
    }
    assert.ok(at.gap <= 32, `${at.gap} px empty under the first card`);
    console.log(`# layout ${width}: the widget from ${at.height} px (first quote) to ${tallest} px (the tallest)`);
    await page.close();
  });
}

/** The visible controls of the widget named `name` (a map shape) or `name N viewpoints`
 * (a filter's toggle), and the group (legend) each stands in. */
function controlsNamed(page, name) {
  return page.evaluate((name) => {
    const root = document.querySelector('steppe-story').shadowRoot;
    return [...root.querySelectorAll('button, [role=button]')]
      .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility === 'visible')
      .map((e) => ({ label: (e.getAttribute('aria-label') ?? e.textContent).trim(), group: e.closest('fieldset')?.querySelector('legend').textContent ?? 'map' }))
      .filter((c) => c.label === name || new RegExp(`^${name} \\d+ viewpoints?$`).test(c.label));
  }, name);
}

test('a country is its map shape and one button: at most two visible controls name it', async () => {
  const { page, widget } = await open({ width: 1200, height: 900 });
  const closed = await controlsNamed(page, 'Kazakhstan');
  assert.deepEqual(closed.map((c) => c.group), ['map'], 'filters closed: the map alone');
  await openFilters(widget);
  assert.deepEqual((await controlsNamed(page, 'Kazakhstan')).map((c) => c.group), ['map', 'Country concerned']);
  for (const region of story.regions) {
    // "Analyst based in" chooses analysts, not the country: it is another choice. A country
    // no quote concerns has no filter to choose (it would show nothing).
    const choosing = (await controlsNamed(page, region.name)).filter((c) => c.group !== 'Analyst based in');
    const quoted = story.quotes.some((q) => q.regions.includes(region.id));
    assert.deepEqual(choosing.map((c) => c.group), [...(region.on_map === false ? [] : ['map']), ...(quoted ? ['Country concerned'] : [])], region.name);
  }
  await page.close();
});

test('"Next quote" is at most 12 Tab presses from the element before the widget', async () => {
  const { page } = await open({ width: 375, height: 812 });
  // The paragraph before the widget, focused as a reader's Tab would leave it.
  await page.evaluate(() => {
    const before = document.getElementById('p4');
    before.tabIndex = -1;
    before.focus();
  });
  let presses = 0;
  while (!(await focusedLabel(page))?.includes('Next quote') && presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
  }
  console.log(`# layout tab presses to "Next quote": ${presses}`);
  assert.ok(presses <= 12, `${presses} presses`);
  await page.close();
});

test('the filters sit behind one disclosure that names how many are on; the status line shows while closed', async () => {
  const { page, widget } = await open({ width: 1200, height: 900 });
  const disclosure = widget.locator('.steppe-disclosure');
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'false');
  assert.equal(await disclosure.textContent(), 'Filter viewpoints');
  const panel = widget.locator(`#${await disclosure.getAttribute('aria-controls')}`);
  assert.equal(await panel.isVisible(), false);
  assert.equal(await widget.locator('[role=status]').isVisible(), true);
  assert.equal(await widget.locator('[role=status]').textContent(), 'Showing 21 of 21 viewpoints');
  // A country chosen on the map is a filter on.
  await widget.locator('svg [aria-label="Kazakhstan"]').click();
  assert.equal(await disclosure.textContent(), 'Filter viewpoints (1 on)');
  await disclosure.click();
  assert.equal(await disclosure.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await panel.locator('fieldset legend').allTextContents(), ['Country concerned', 'Analyst based in', 'Topic']);
  assert.deepEqual(await axe(page, { 'target-size': { enabled: true } }), []);
  await disclosure.click();
  assert.equal(await panel.isVisible(), false);
  await page.close();
});

test('the country panel exists only while a country is selected, next to the map', async () => {
  const { page, widget } = await open({ width: 375, height: 812 });
  assert.equal(await widget.locator('.steppe-panel').count(), 0);
  await widget.locator('svg [aria-label="Uzbekistan"]').click();
  const panel = widget.locator('.steppe-map-area .steppe-panel');
  assert.equal(await panel.locator('h3').textContent(), 'Uzbekistan');
  assert.match(await panel.textContent(), /Stop on the trip/);
  await widget.getByRole('button', { name: 'Clear selection' }).click();
  assert.equal(await widget.locator('.steppe-panel').count(), 0);
  await page.close();
});

test('side by side from a container of 880 px; one column in the demo\'s column', async () => {
  const boxes = (page) => page.evaluate(() => {
    const root = document.querySelector('steppe-story').shadowRoot;
    const [map, viewpoints] = ['.steppe-map-area', '.steppe-viewpoints'].map((c) => root.querySelector(c).getBoundingClientRect());
    return { map: { left: map.left, right: map.right, top: map.top, bottom: map.bottom }, viewpoints: { left: viewpoints.left, top: viewpoints.top } };
  });
  const wide = await open({ width: 1400, height: 900 }, '/test/plain.html');
  const w = await boxes(wide.page);
  assert.ok(w.viewpoints.left >= w.map.right && w.viewpoints.top < w.map.bottom, JSON.stringify(w));
  await wide.page.close();
  const column = await open({ width: 1200, height: 900 });
  const c = await boxes(column.page);
  assert.ok(c.viewpoints.top >= c.map.bottom, JSON.stringify(c));
  await column.page.close();
});

test('the key is one row under the map, in the story\'s words, listing the roles on the map', async () => {
  const { page, widget } = await open({ width: 1200, height: 900 });
  const key = widget.locator('.steppe-legend li');
  const roles = story.roles.filter((role) => story.regions.some((r) => r.role === role.id && r.on_map !== false));
  assert.deepEqual(await key.allTextContents(), [...roles.map((r) => r.label), 'Outside the story']);
  const tops = await key.evaluateAll((items) => new Set(items.map((i) => Math.round(i.getBoundingClientRect().top))).size);
  assert.equal(tops, 1, 'one row');
  const [map, legend] = [await widget.locator('.steppe-mapbox').boundingBox(), await widget.locator('.steppe-legend').boundingBox()];
  assert.ok(legend.y >= map.y + map.height && legend.y - (map.y + map.height) < 20, 'right under the map');
  await page.close();
});

test('axe is clean at 320 px with filters open, a selection and an empty result', async () => {
  const { page, widget } = await open({ width: 320, height: 800 });
  const rules = { 'target-size': { enabled: true } };
  assert.deepEqual(await axe(page, rules), [], 'initial');
  await openFilters(widget);
  await widget.locator('svg [aria-label="India"]').click();
  assert.deepEqual(await axe(page, rules), [], 'a selection, filters open');
  const topic = widget.locator('fieldset', { has: page.locator('legend:text-is("Topic")') });
  await topic.getByRole('button', { name: /^The war in Ukraine / }).click();
  assert.equal(await widget.locator('[role=status]').textContent(), 'Showing 0 of 21 viewpoints');
  assert.deepEqual(await axe(page, rules), [], 'an empty result');
  await page.close();
});

/**
 * Whether the text of `locator`'s first text node can be seen on screen: in a screenshot of
 * the text's own box, the share of pixels that differ clearly from the box's commonest
 * colour (the glyphs). A label drawn in the colour of what is behind it, or hidden behind a
 * backplate of its own colour, has next to none.
 */
async function ink(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const clip = await locator.evaluate((e) => {
    // The first text with words in it, at any depth (a chip's name is in its <bdi>).
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    const text = walker.nextNode();
    const range = document.createRange();
    range.selectNodeContents(text);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const png = await page.screenshot({ clip });
  const scratch = await page.context().browser().newPage();
  const share = await scratch.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    const { data } = context.getImageData(0, 0, img.width, img.height);
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = data.slice(i, i + 3).join();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const common = [...counts].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
    let differ = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - common[0]) + Math.abs(data[i + 1] - common[1]) + Math.abs(data[i + 2] - common[2]) > 150) differ++;
    }
    return differ / (data.length / 4);
  }, `data:image/png;base64,${png.toString('base64')}`);
  await scratch.close();
  return share;
}

for (const colorScheme of ['light', 'dark']) {
  test(`forced colours (${colorScheme}): pressed, focused, the current slide and the selected country stay readable and distinct`, async () => {
    const { page, widget } = await open({ width: 1200, height: 900 }, '/', { forcedColors: 'active', colorScheme });
    if (colorScheme === 'dark') await page.locator('steppe-story').evaluate((e) => e.setAttribute('theme', 'auto'));
    await widget.locator('svg [aria-label="Kazakhstan"]').click();
    await openFilters(widget);
    const concerned = widget.locator('fieldset', { has: page.locator('legend:text-is("Country concerned")') });
    const style = (locator) => locator.evaluate((e) => {
      const s = getComputedStyle(e);
      return { color: s.color, background: s.backgroundColor, outline: `${s.outlineStyle} ${s.outlineColor}`, stroke: s.stroke, width: s.strokeWidth };
    });
    const pressed = concerned.getByRole('button', { name: /^Kazakhstan / });
    const plain = concerned.getByRole('button', { name: /^China / });
    const [on, off] = [await style(pressed), await style(plain)];
    assert.notEqual(on.color, on.background, `a pressed button's label shows on its fill: ${JSON.stringify(on)}`);
    // And on screen: its glyphs stand out (before, a backplate of the label's own colour hid it).
    for (const button of [pressed, plain]) {
      const share = await ink(page, button);
      assert.ok(share > 0.05, `${await button.textContent()}: ${(share * 100).toFixed(1)} % of the label's pixels are ink`);
    }
    const count = await style(pressed.locator('.steppe-count'));
    assert.notEqual(count.color, count.background, 'and its count');
    assert.notEqual(on.background, off.background, 'pressed and not pressed differ');
    // Focus: an outline in a system colour.
    await plain.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    const focused = await style(plain);
    assert.match(focused.outline, /^solid /, `focus is visible: ${focused.outline}`);
    // The selected country's outline differs from the others'.
    const [selected, other] = [await style(widget.locator('svg [aria-label="Kazakhstan"] path')), await style(widget.locator('svg [aria-label="India"] path'))];
    assert.ok(selected.stroke !== other.stroke || selected.width !== other.width, JSON.stringify({ selected, other }));
    // The current slide is shown and its text readable.
    const quote = await style(widget.locator('.steppe-slide:not([hidden]) blockquote'));
    const card = await style(widget.locator('.steppe-carousel'));
    assert.notEqual(quote.color, card.background);
    await page.close();
  });
}
