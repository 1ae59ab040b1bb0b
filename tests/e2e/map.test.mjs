// The map in a real browser: selection by mouse, touch-sized targets and keyboard, the
// panel, labels that do not collide, screenshots, and axe with and without a selection.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { setup, watch, axe, focusedLabel, openFilters } from './browser.mjs';

const ARTIFACTS = 'tests/e2e/artifacts';
const bundle = JSON.parse(readFileSync('www/bundles/central-asia-2022.json', 'utf8'));
const ctx = setup();
before(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

async function open(width, { hasTouch = false } = {}) {
  const page = await ctx.browser.newPage({ viewport: { width, height: 900 }, hasTouch });
  const problems = watch(page);
  await page.goto(`${ctx.origin}/`);
  // The live widget, in the element's shadow root (the static fallback is in its light DOM).
  const widget = page.locator('steppe-story .steppe-mount');
  await widget.locator('svg [role=button]').first().waitFor();
  return { page, problems, widget };
}

const region = (widget, name) => widget.locator(`svg [role=button][aria-label="${name}"]`);

test('clicking Kazakhstan selects it and the panel names it', async () => {
  const { page, problems, widget } = await open(1200);
  const kaz = region(widget, 'Kazakhstan');
  assert.equal(await kaz.getAttribute('aria-pressed'), 'false');
  await kaz.click();
  assert.equal(await kaz.getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.steppe-panel h3').textContent(), 'Kazakhstan');
  assert.match(await widget.locator('.steppe-panel').textContent(), /Stop on the trip.*Xi’s first stop/);
  // The country's one button, in "Country concerned", shows the same selection.
  await openFilters(widget);
  const concerned = widget.locator('fieldset', { has: page.locator('legend:text-is("Country concerned")') });
  assert.equal(await concerned.getByRole('button', { name: /^Kazakhstan / }).getAttribute('aria-pressed'), 'true');
  // "Clear selection" clears it.
  await widget.getByRole('button', { name: 'Clear selection' }).click();
  assert.equal(await kaz.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the map is one Tab stop; the arrows reach Uzbekistan, Enter selects it, Escape clears', async () => {
  const { page, widget } = await open(1200);
  await page.locator('h1').click(); // start from the top of the article, as a reader would
  await page.keyboard.press('Tab');
  assert.equal(await focusedLabel(page), 'China', 'the map is the first stop, its first country focused');
  // The nearest country in the arrow's direction, from the bundle's points.
  const path = [];
  for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowUp', 'ArrowLeft']) {
    await page.keyboard.press(key);
    path.push(await focusedLabel(page));
  }
  assert.deepEqual(path, ['Afghanistan', 'Uzbekistan', 'Kazakhstan', 'Uzbekistan']);
  // One stop: the other countries are out of the Tab order, and Tab leaves the map.
  assert.deepEqual(await widget.locator('svg [role=button][tabindex="0"]').evaluateAll((g) => g.map((e) => e.getAttribute('aria-label'))), ['Uzbekistan']);
  await page.keyboard.press('Home');
  assert.equal(await focusedLabel(page), 'China');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  assert.match(await focusedLabel(page), /Previous quote/, 'Tab leaves the map for the carousel');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  for (const key of ['Home', 'ArrowLeft', 'ArrowUp', 'ArrowUp', 'ArrowLeft']) await page.keyboard.press(key);
  assert.equal(await focusedLabel(page), 'Uzbekistan');
  await page.keyboard.press('Enter');
  const uzb = region(widget, 'Uzbekistan');
  assert.equal(await uzb.getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.steppe-panel h3').textContent(), 'Uzbekistan');
  // Space toggles it off and on again, like any button, without scrolling the page.
  const scroll = await page.evaluate(() => scrollY);
  await page.keyboard.press(' ');
  assert.equal(await uzb.getAttribute('aria-pressed'), 'false');
  await page.keyboard.press(' ');
  assert.equal(await uzb.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => scrollY), scroll);
  await page.keyboard.press('Escape');
  assert.equal(await uzb.getAttribute('aria-pressed'), 'false');
  assert.equal(await widget.locator('.steppe-panel h3').count(), 0);
  await page.close();
});

test('small countries have targets of at least 24 × 24 px at 320 px, and a tap on one selects it', async () => {
  const { page, widget } = await open(320, { hasTouch: true });
  for (const name of ['Kyrgyzstan', 'Tajikistan']) {
    const box = await region(widget, name).boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, `${name}: ${box.width} × ${box.height}`);
    // Tap the middle of the country (the bundle's point deep inside it), where a reader would.
    await region(widget, name).scrollIntoViewIfNeeded();
    const middle = await region(widget, name).evaluate((g, bundle) => {
      const { x, y } = bundle.map.regions.find((r) => r.id === g.dataset.region);
      const svg = g.ownerSVGElement;
      const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
      return { x: p.x, y: p.y };
    }, bundle);
    await page.touchscreen.tap(middle.x, middle.y);
    assert.equal(await region(widget, name).getAttribute('aria-pressed'), 'true', `${name} selected by a tap`);
  }
  await page.close();
});

for (const width of [320, 1200]) {
  test(`labels do not overlap at ${width} px`, async () => {
    const { page, widget } = await open(width);
    const boxes = await widget.locator('.steppe-label').evaluateAll((els) =>
      els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      }));
    assert.ok(boxes.length >= 5, `only ${boxes.length} labels shown`);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        assert.ok(!overlap, `"${a.text}" overlaps "${b.text}"`);
      }
    }
    await page.close();
  });
}

for (const width of [375, 1200]) {
  test(`screenshot at ${width} px, axe clean with and without a selection`, async () => {
    const { page, widget } = await open(width);
    const rules = { 'target-size': { enabled: true } };
    assert.deepEqual(await axe(page, rules), []);
    await region(widget, 'Kazakhstan').click();
    assert.deepEqual(await axe(page, rules), []);
    await widget.locator('.steppe-map-area').screenshot({ path: `${ARTIFACTS}/map-${width}.png` });
    await page.close();
  });
}
