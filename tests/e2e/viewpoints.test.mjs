// Filters and the viewpoints carousel in a real browser, linked both ways with the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, watch, axe, focusedLabel, openFilters } from './browser.mjs';

const story = JSON.parse(readFileSync('www/stories/central-asia-2022.json', 'utf8'));
const bundle = JSON.parse(readFileSync('www/bundles/central-asia-2022.json', 'utf8'));
const basedIn = Object.fromEntries(story.speakers.map((s) => [s.id, s.based_in]));
const ctx = setup();

async function open(path = '/', options = {}) {
  const page = await ctx.browser.newPage({ viewport: { width: 1000, height: 900 }, ...options });
  const problems = watch(page);
  await page.goto(`${ctx.origin}${path}`);
  // The live widget, in the element's shadow root (the static fallback is in its light DOM).
  const widget = page.locator('steppe-story .steppe-mount').first();
  await widget.locator('.steppe-carousel').waitFor();
  return { page, problems, widget };
}

const current = (widget) => widget.locator('.steppe-slide:not([hidden])').getAttribute('data-quote');
const filter = (widget, legend, name) =>
  widget.locator('fieldset', { has: widget.page().locator(`legend:text-is("${legend}")`) }).getByRole('button', { name: new RegExp(`^${name} \\d+ viewpoints?$`) });

/** Every quote the carousel shows, read by walking it once round with "Next quote". */
async function walk(widget) {
  const status = await widget.locator('[role=status]').textContent();
  const count = Number(status.match(/^Showing (\d+) of/)[1]);
  const ids = [];
  for (let i = 0; i < count; i++) {
    const slide = widget.locator('.steppe-slide:not([hidden])');
    assert.equal(await slide.getAttribute('aria-label'), `${i + 1} of ${count}`);
    ids.push(await slide.getAttribute('data-quote'));
    await widget.getByRole('button', { name: 'Next quote' }).click();
  }
  assert.equal(await current(widget), ids[0], 'wraps round to the first');
  return ids;
}

test('selecting Kazakhstan on the map leaves exactly its quotes, and the status line counts them', async () => {
  const { page, problems, widget } = await open();
  await widget.locator('svg [role=button][aria-label="Kazakhstan"]').click();
  const expected = story.quotes.filter((q) => q.regions.includes('KAZ')).map((q) => q.id);
  assert.equal(await widget.locator('[role=status]').textContent(), `Showing ${expected.length} of ${story.quotes.length} viewpoints`);
  assert.deepEqual(await walk(widget), expected);
  // The filter shows the same choice; clearing it clears the map.
  await openFilters(widget);
  const kaz = filter(widget, 'Country concerned', 'Kazakhstan');
  assert.equal(await kaz.getAttribute('aria-pressed'), 'true');
  await kaz.click();
  assert.equal(await widget.locator('svg [aria-label="Kazakhstan"]').getAttribute('aria-pressed'), 'false');
  assert.equal(await widget.locator('[role=status]').textContent(), 'Showing 21 of 21 viewpoints');
  // Before axe, which itself sets inline styles that the demo's strict CSP refuses.
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('choosing a country in the filter selects it on the map; the current card is outlined there', async () => {
  const { page, widget } = await open();
  await openFilters(widget);
  await filter(widget, 'Country concerned', 'Uzbekistan').click();
  assert.equal(await widget.locator('svg [aria-label="Uzbekistan"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.steppe-panel h3').textContent(), 'Uzbekistan');
  const currentId = await current(widget);
  const quote = story.quotes.find((q) => q.id === currentId);
  const outlined = await widget.locator('svg .steppe-concerned').evaluateAll((els) => els.map((e) => e.dataset.region));
  assert.deepEqual(outlined.sort(), quote.regions.filter((r) => r !== 'USA').sort());
  // The speaker's institution city is marked when it is on the map: Washington is not,
  // Moscow is.
  assert.equal(quote.speaker, 'yun-sun');
  assert.equal(await widget.locator('svg .steppe-speaker-place').count(), 0);
  await widget.getByRole('button', { name: 'Next quote' }).click();
  assert.equal(await current(widget), 'portyakov-samarkand');
  const moscow = bundle.map.places.find((p) => p.id === 'moscow');
  const marker = widget.locator('svg .steppe-speaker-place');
  assert.deepEqual([await marker.getAttribute('cx'), await marker.getAttribute('cy')], [String(moscow.x), String(moscow.y)]);
  await widget.getByRole('button', { name: 'Clear selection' }).click();
  assert.equal(await filter(widget, 'Country concerned', 'Uzbekistan').getAttribute('aria-pressed'), 'false');
  await page.close();
});

test('"Analyst based in: Russia" leaves only Lukin and Portyakov; a topic narrows further', async () => {
  const { page, widget } = await open();
  await openFilters(widget);
  await filter(widget, 'Analyst based in', 'Russia').click();
  const russian = story.quotes.filter((q) => basedIn[q.speaker] === 'RUS');
  const ids = await walk(widget);
  assert.deepEqual(ids, russian.map((q) => q.id));
  assert.deepEqual([...new Set(russian.map((q) => q.speaker))].sort(), ['artyom-lukin', 'vladimir-portyakov']);
  await filter(widget, 'Topic', 'The war in Ukraine').click();
  const narrower = russian.filter((q) => q.topics.includes('ukraine-war')).map((q) => q.id);
  assert.ok(narrower.length > 0 && narrower.length < ids.length);
  assert.deepEqual(await walk(widget), narrower);
  // Each option's count is what choosing it would show.
  const count = await filter(widget, 'Topic', 'China–Russia ties').locator('.steppe-count').textContent();
  assert.equal(count, `${russian.filter((q) => q.topics.includes('china-russia')).length} viewpoints`);
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('an empty result says which filters exclude everything and offers to clear them', async () => {
  const { page, widget } = await open();
  await openFilters(widget);
  await filter(widget, 'Country concerned', 'India').click();
  await filter(widget, 'Topic', 'The war in Ukraine').click();
  assert.equal(await widget.locator('[role=status]').textContent(), 'Showing 0 of 21 viewpoints');
  const empty = widget.locator('.steppe-empty');
  assert.match(await empty.textContent(), /Country concerned: India; Topic: The war in Ukraine/);
  assert.deepEqual(await axe(page), []);
  await empty.getByRole('button', { name: 'Clear filters' }).click();
  assert.equal(await widget.locator('[role=status]').textContent(), 'Showing 21 of 21 viewpoints');
  assert.equal(await widget.locator('svg [aria-label="India"]').getAttribute('aria-pressed'), 'false');
  await page.close();
});

test('keyboard only: open the filters, toggle one, move through the cards with buttons and arrows, clear', async () => {
  const { page, widget } = await open();
  await page.locator('h1').click();
  const focused = () => focusedLabel(page);
  let guard = 0;
  while (!(await focused())?.startsWith('Filter viewpoints') && guard++ < 20) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await widget.locator('.steppe-disclosure').getAttribute('aria-expanded'), 'true');
  // Each group is one Tab stop: three presses reach the topics.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const topics = story.topics.map((t) => t.label);
  assert.match(await focused(), new RegExp(`^${topics[0]} \\d+ viewpoints?$`));
  await page.keyboard.press('End');
  assert.match(await focused(), new RegExp(`^${topics.at(-1)} `));
  await page.keyboard.press('Home');
  while (!(await focused())?.startsWith('The war in Ukraine') && guard++ < 40) await page.keyboard.press('ArrowRight');
  assert.match(await focused(), /^The war in Ukraine \d+ viewpoints?$/);
  await page.keyboard.press('Space');
  assert.equal(await filter(widget, 'Topic', 'The war in Ukraine').getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.steppe-disclosure').textContent(), 'Filter viewpoints (1 on)');
  const shown = story.quotes.filter((q) => q.topics.includes('ukraine-war')).map((q) => q.id);
  await page.keyboard.down('Shift');
  while (!(await focused())?.includes('Next quote') && guard++ < 80) await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  const scroll = await page.evaluate(() => scrollY);
  assert.equal(await current(widget), shown[0]);
  await page.keyboard.press('Enter');
  assert.equal(await current(widget), shown[1]);
  assert.match(await focused(), /Next quote/, 'focus stays where the reader put it');
  await page.keyboard.press('ArrowRight');
  assert.equal(await current(widget), shown[2]);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await current(widget), shown[shown.length - 1], 'wraps backwards');
  assert.equal(await page.evaluate(() => scrollY), scroll, 'the host page does not scroll');
  while ((await focused()) !== 'Clear filters' && guard++ < 80) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await widget.locator('[role=status]').textContent(), 'Showing 21 of 21 viewpoints');
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('two widgets on one page: arrow keys in one do not move the other', async () => {
  const { page } = await open('/test/two.html');
  const [first, second] = [page.locator('#first'), page.locator('#second')];
  await second.locator('.steppe-carousel').waitFor();
  const before = await current(second);
  await first.getByRole('button', { name: 'Next quote' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await current(first), story.quotes[2].id);
  assert.equal(await current(second), before);
  await second.locator('svg [aria-label="Kazakhstan"]').click();
  assert.equal(await first.locator('svg [aria-label="Kazakhstan"]').getAttribute('aria-pressed'), 'false');
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('autoplay: a pause button comes first, rotation stops on focus, the live region is off only while rotating', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.clock.install();
  await page.goto(`${ctx.origin}/test/autoplay.html`);
  const widget = page.locator('steppe-story');
  await widget.locator('.steppe-carousel').waitFor();
  const controls = await widget.locator('.steppe-carousel button').evaluateAll((b) => b.map((e) => e.textContent));
  assert.equal(controls[0], 'Stop automatic slide show');
  const slides = widget.locator('.steppe-slides');
  assert.equal(await slides.getAttribute('aria-live'), 'off');
  const first = await current(widget);
  await page.clock.runFor(8500);
  assert.notEqual(await current(widget), first, 'it rotated');
  // Focus inside the carousel stops it, and the live region speaks again.
  await widget.getByRole('button', { name: 'Next quote' }).focus();
  assert.equal(await slides.getAttribute('aria-live'), 'polite');
  const held = await current(widget);
  await page.clock.runFor(20000);
  assert.equal(await current(widget), held);
  await widget.getByRole('button', { name: 'Stop automatic slide show' }).click();
  assert.equal(await widget.locator('.steppe-rotation').textContent(), 'Start automatic slide show');
  assert.deepEqual(await axe(page), []);
  await page.close();
  // A reader who prefers reduced motion gets no rotation.
  const calm = await ctx.browser.newPage({ reducedMotion: 'reduce' });
  await calm.clock.install();
  await calm.goto(`${ctx.origin}/test/autoplay.html`);
  await calm.locator('steppe-story .steppe-carousel').waitFor();
  const still = await current(calm.locator('steppe-story'));
  await calm.clock.runFor(20000);
  assert.equal(await current(calm.locator('steppe-story')), still);
  assert.equal(await calm.locator('steppe-story .steppe-slides').getAttribute('aria-live'), 'polite');
  await calm.close();
});

test('a swipe on a touch screen moves between cards', async () => {
  const { page, widget } = await open('/', { hasTouch: true });
  const first = await current(widget);
  const swipe = (from, to) =>
    widget.locator('.steppe-slides').evaluate((el, [from, to]) => {
      const at = (type, x) => new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 10, bubbles: true });
      el.dispatchEvent(at('pointerdown', from));
      el.dispatchEvent(at('pointerup', to));
    }, [from, to]);
  await swipe(300, 200); // leftwards: the next card
  assert.equal(await current(widget), story.quotes[1].id);
  await swipe(200, 300); // rightwards: back
  assert.equal(await current(widget), first);
  await swipe(200, 220); // too short to count
  assert.equal(await current(widget), first);
  await page.close();
});
