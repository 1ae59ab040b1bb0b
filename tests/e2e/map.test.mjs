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

/** Each place dot the reader sees, and whether a label names it where it stands. */
function dotsAndLabels(widget) {
  return widget.evaluate((root) => {
    const shown = (e) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 0;
    return [...root.querySelectorAll('circle.steppe-place')].filter(shown).map((dot) => ({
      place: dot.dataset.place,
      named: [...root.querySelectorAll(`.steppe-label[data-of="place:${dot.dataset.place}"]`)].some(shown),
    }));
  });
}

for (const width of [320, 375, 1200]) {
  test(`at ${width} px every place dot the reader sees has its label`, async () => {
    const { page, widget } = await open(width);
    const dots = await dotsAndLabels(widget);
    assert.ok(dots.length >= 3, `only ${dots.length} dots`);
    assert.deepEqual(dots.filter((d) => !d.named), [], 'dots without a label');
    console.log(`# map ${width}: ${dots.length} dots, each with its label`);
    await page.close();
  });
}

test('a South American story framed on its four countries shows each of them whole', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const out = mkdtempSync(join(tmpdir(), 'steppe-frame-'));
  execFileSync('scripts/steppe', ['build', 'tests/fixtures/summit-story.json', '-o', out], { stdio: 'ignore' });
  const built = readFileSync(join(out, 'summit-story.json'), 'utf8');
  for (const width of [375, 1200]) {
    const page = await ctx.browser.newPage({ viewport: { width, height: 1000 } });
    const problems = watch(page);
    await page.route((url) => url.pathname === '/fixtures/summit-bundle.json', (route) => route.fulfill({ body: built, contentType: 'application/json' }));
    await page.goto(`${ctx.origin}/embed.html?story=/fixtures/summit-bundle.json`);
    const widget = page.locator('steppe-story .steppe-mount');
    await widget.locator('svg [role=button]').first().waitFor();
    const inside = await widget.evaluate((root) => {
      const svg = root.querySelector('svg.steppe-svg');
      const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
      return ['Brazil', 'Argentina', 'Uruguay', 'Paraguay'].map((name) => {
        const b = root.querySelector(`svg [role=button][aria-label="${name}"] path`).getBBox();
        return { name, whole: b.x > 0 && b.y > 0 && b.x + b.width < w && b.y + b.height < h };
      });
    });
    assert.deepEqual(inside.filter((c) => !c.whole), [], `cropped at ${width} px`);
    const box = await widget.locator('svg.steppe-svg').boundingBox();
    assert.ok(box.height <= box.width + 1, `the map is ${box.width} × ${box.height}`);
    assert.deepEqual((await dotsAndLabels(widget)).filter((d) => !d.named), []);
    await widget.locator('.steppe-map-area').screenshot({ path: `${ARTIFACTS}/summit-map-${width}.png` });
    assert.deepEqual(problems, []);
    await page.close();
  }
});
