// Every demo page under dist/demo/ works and passes axe (which looks inside shadow roots).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, watch, axe } from './browser.mjs';

const ctx = setup();

for (const name of ['multi', 'dark', 'csp', 'hostile', 'iframe']) {
  test(`demo/${name}.html works and axe finds no violation`, async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1000, height: 1000 } });
    const problems = watch(page);
    await page.goto(`${ctx.origin}/demo/${name}.html`);
    const scope = name === 'iframe' ? page.frameLocator('iframe') : page;
    await scope.locator('steppe-story .steppe-mount .steppe-carousel').first().waitFor();
    if (name === 'multi') {
      // Lazy: each widget starts when the reader scrolls near it.
      for (let i = 0; i < 3; i++) await page.locator('steppe-story').nth(i).scrollIntoViewIfNeeded();
      const widgets = page.locator('steppe-story .steppe-mount');
      await widgets.nth(2).locator('[role=alert]').waitFor();
      assert.match(await widgets.nth(2).locator('[role=alert]').textContent(), /HTTP 404/);
      assert.equal(await widgets.nth(1).locator('svg [aria-label="Uzbekistan"]').getAttribute('aria-pressed'), 'true');
      assert.equal(await widgets.nth(0).locator('svg [aria-pressed="true"]').count(), 0);
      assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
    } else {
      assert.deepEqual(problems, []);
    }
    if (name === 'dark') {
      const background = await page.locator('steppe-story .steppe-mount .steppe').evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.equal(background, 'rgb(30, 29, 27)');
    }
    const target = name === 'iframe' ? page.frames()[1] : page;
    assert.deepEqual(await axe(target), []);
    await page.close();
  });
}

test('theme="auto" follows the reader\'s dark setting', async () => {
  const page = await ctx.browser.newPage({ colorScheme: 'dark' });
  await page.goto(`${ctx.origin}/test/plain.html`);
  await page.locator('steppe-story .steppe-carousel').waitFor();
  const colour = () => page.locator('steppe-story .steppe').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await colour(), 'rgb(250, 247, 242)', 'light unless asked');
  await page.locator('steppe-story').evaluate((e) => e.setAttribute('theme', 'auto'));
  assert.equal(await colour(), 'rgb(30, 29, 27)');
  await page.close();
});

test('print shows every quote and no controls', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.origin}/test/plain.html`);
  await page.locator('steppe-story .steppe-carousel').waitFor();
  const built = () => page.locator('steppe-story .steppe-slide blockquote').count();
  // The mount builds the card shown first; the print media query builds the rest.
  assert.equal(await built(), 1);
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => document.querySelector('steppe-story').shadowRoot
    .querySelectorAll('.steppe-slide blockquote').length === 21);
  const visible = await page.locator('steppe-story .steppe-slide').evaluateAll((s) => s.filter((e) => e.getBoundingClientRect().height > 0).length);
  assert.equal(visible, 21);
  assert.equal(await page.locator('steppe-story .steppe-filters').isVisible(), false);
  await page.close();
});

test('printing the page to PDF builds every card before the print', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.origin}/test/plain.html`);
  await page.locator('steppe-story .steppe-carousel').waitFor();
  assert.equal(await page.locator('steppe-story .steppe-slide blockquote').count(), 1);
  // Chromium fires beforeprint for a PDF as for the print dialog.
  await page.pdf();
  assert.equal(await page.locator('steppe-story .steppe-slide blockquote').count(), 21);
  await page.close();
});
