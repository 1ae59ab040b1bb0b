// The widget shell on the release build: the demo article, and stories with problems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, watch, axe } from './browser.mjs';

const story = JSON.parse(readFileSync('www/stories/central-asia-2022.json', 'utf8'));
const ctx = setup();

test('the demo article loads cleanly and shows the title and every quote', async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  await page.goto(`${ctx.origin}/`);
  // The live widget, in the element's shadow root (the static fallback is in its light DOM).
  const widget = page.locator('steppe-story .steppe-mount article');
  await widget.waitFor();
  assert.equal(await widget.locator('h2').textContent(), story.title);
  // The first card at once; every card when the page is printed.
  assert.deepEqual(await widget.locator('blockquote').allTextContents(), [story.quotes[0].text]);
  await page.emulateMedia({ media: 'print' });
  await widget.locator('blockquote').nth(story.quotes.length - 1).waitFor({ state: 'attached' });
  const quotes = await widget.locator('blockquote').allTextContents();
  assert.deepEqual(quotes, story.quotes.map((q) => q.text));
  const speakers = await widget.locator('cite').allTextContents();
  const names = Object.fromEntries(story.speakers.map((s) => [s.id, s.name]));
  assert.deepEqual(speakers, story.quotes.map((q) => names[q.speaker]));
  // The widget stands after the article's fourth paragraph.
  assert.equal(await page.locator('main > p#p4 + steppe-story').count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('axe finds no WCAG 2.2 AA violations on the demo article', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.origin}/`);
  await page.locator('steppe-story .steppe-mount article').waitFor();
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('a story file by src, not a bundle, is refused inside its own widget with what to run', async () => {
  const page = await ctx.browser.newPage();
  const problems = watch(page);
  await page.goto(`${ctx.origin}/test/broken.html`);
  const [broken, missing] = [page.locator('steppe-story').nth(0), page.locator('steppe-story').nth(1)];
  await broken.locator('[role=alert]').waitFor();
  // A story file, not a bundle: its mistakes are `steppe check`'s to explain (tests/cli.rs),
  // the widget says what to run.
  const items = await broken.locator('[role=alert] li').allTextContents();
  assert.equal(items.length, 1, items.join('\n'));
  assert.match(items[0], /^\$ a story file, not a bundle/);
  assert.match(items[0], /run `steppe check` on the story, then `steppe build`/);
  await missing.locator('[role=alert]').waitFor();
  assert.match(await missing.locator('[role=alert]').textContent(), /HTTP 404/);
  assert.deepEqual(await axe(page), []);
  // The only failure is the missing story the page asked for (Chromium logs it too).
  assert.deepEqual(problems.sort(), [
    `HTTP 404: ${ctx.origin}/fixtures/missing-story.json`,
    'console: Failed to load resource: the server responded with a status of 404 (Not Found)',
  ]);
  await page.close();
});
