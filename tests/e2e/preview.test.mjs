// steppe preview as an editor uses it: the story served at a phone's and a desktop's width,
// a save shown within 2 s without reloading the page and at the reader's place, a broken
// story's problems listed with their paths until it is fixed, nothing served but its own
// files, and nothing listened for but on the loopback address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { launch, watch, axe } from './browser.mjs';

const dir = mkdtempSync(join(tmpdir(), 'steppe-preview-'));
const story = join(dir, 'summit-story.json');
copyFileSync('tests/fixtures/summit-story.json', story);
copyFileSync('tests/fixtures/summit-article.txt', join(dir, 'summit-article.txt'));
const original = readFileSync(story, 'utf8');

let server;
let origin;
let browser;

before(async () => {
  server = spawn('scripts/steppe', ['preview', story, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  origin = await new Promise((resolve, reject) => {
    let said = '';
    server.stderr.on('data', (chunk) => {
      said += chunk;
      const found = said.match(/preview at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (found) resolve(found[1]);
    });
    server.on('exit', (code) => reject(new Error(`steppe preview exited (${code}): ${said}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill('SIGINT');
  writeFileSync(story, original);
});

/** A request sent exactly as written (fetch and browsers resolve `..` before sending). */
function raw(path) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Writes the story file as an editor's save does. */
function save(edit) {
  const value = JSON.parse(readFileSync(story, 'utf8'));
  edit(value);
  writeFileSync(story, JSON.stringify(value, null, 2));
}

test('the preview shows the story at a phone and a desktop width, its embed and its fallback, with no error', async () => {
  const page = await browser.newPage({ viewport: { width: 1700, height: 1000 } });
  const problems = watch(page);
  await page.goto(`${origin}/`);
  const phone = page.locator('.preview-phone steppe-story .steppe-mount');
  const desktop = page.locator('.preview-desktop steppe-story .steppe-mount');
  await phone.locator('.steppe-carousel').waitFor();
  await desktop.locator('.steppe-carousel').waitFor();
  assert.equal(await phone.evaluate((e) => Math.round(e.getBoundingClientRect().width)), 343);
  assert.equal(await desktop.evaluate((e) => Math.round(e.getBoundingClientRect().width)), 1168);
  assert.match(await desktop.locator('.steppe-title').textContent(), /Montevideo summit/);
  await page.frameLocator('#preview-iframe').locator('steppe-story .steppe-carousel').waitFor();
  await page.frameLocator('#preview-fallback').locator('.steppe-fallback blockquote').first().waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('a save is shown within 2 s, without a reload, at the reader\'s quote, selection and scroll', async () => {
  const page = await browser.newPage({ viewport: { width: 1700, height: 900 } });
  await page.goto(`${origin}/`);
  const desktop = page.locator('.preview-desktop steppe-story .steppe-mount');
  await desktop.locator('.steppe-carousel').waitFor();
  const next = desktop.getByRole('button', { name: /next/i }).first();
  await next.click();
  await next.click();
  await desktop.locator('svg [aria-label="Paraguay"]').click();
  await page.evaluate(() => { window.marker = 'kept'; window.scrollTo(0, 240); });
  assert.equal(await page.evaluate(() => window.scrollY), 240, 'the page scrolls that far');
  const before = await page.evaluate(() => window.steppePreview.version);
  const quoteBefore = await desktop.locator('.steppe-slide:not([hidden]) blockquote').first().textContent();

  const saved = Date.now();
  save((s) => { s.dek = 'A dek rewritten by the preview test.'; });
  await page.waitForFunction((v) => window.steppePreview.version > v, before, { timeout: 2000 });
  await desktop.locator('text=A dek rewritten by the preview test.').waitFor({ timeout: 2000 - (Date.now() - saved) });
  const shownAfter = Date.now() - saved;
  assert.ok(shownAfter <= 2000, `shown ${shownAfter} ms after the save`);

  assert.equal(await page.evaluate(() => window.marker), 'kept', 'the page was not reloaded');
  assert.equal(await page.evaluate(() => window.scrollY), 240);
  assert.equal(await desktop.locator('.steppe-slide:not([hidden]) blockquote').first().textContent(), quoteBefore);
  assert.equal(await desktop.locator('svg [aria-label="Paraguay"]').getAttribute('aria-pressed'), 'true');
  console.log(`# save shown in the preview after ${shownAfter} ms`);
  await page.close();
});

test('a broken story shows its problems with their paths, and the widget comes back once fixed', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${origin}/`);
  await page.locator('.preview-desktop steppe-story .steppe-carousel').waitFor();

  writeFileSync(story, original.replace('"published": "2030-12-07"', '"published": "2030-12-07",,'));
  const list = page.locator('#preview-problem-list');
  await list.locator('li').first().waitFor({ timeout: 2000 });
  assert.match(await list.textContent(), /\$ \(line \d+, column \d+\): malformed JSON/);
  assert.equal(await page.locator('#preview-views').isHidden(), true);

  writeFileSync(story, original.replace('"dek": "', '"dek": "[draft] '));
  await page.locator('#preview-problem-list li code', { hasText: '$.dek' }).waitFor({ timeout: 2000 });
  assert.match(await list.textContent(), /written by steppe draft/);
  assert.match(await list.textContent(), /Hint: write it, and remove the mark/);

  writeFileSync(story, original);
  await page.locator('.preview-desktop steppe-story .steppe-carousel').waitFor({ timeout: 2000 });
  assert.equal(await page.locator('#preview-problems').isHidden(), true);
  await page.close();
});

test('the preview serves only its own files and listens on the loopback address only', async () => {
  assert.equal(await raw('/'), 200);
  assert.equal(await raw('/steppe.js'), 200);
  for (const path of ['/../Cargo.toml', '/%2e%2e/Cargo.toml', '/..%2fCargo.toml', '/wasm/', '/bundles', '/etc/passwd', '//etc/passwd', '/__preview/']) {
    assert.equal(await raw(path), 404, path);
  }
  // The kernel's table of listening TCP sockets: this port only at 127.0.0.1.
  const port = Number(new URL(origin).port).toString(16).toUpperCase().padStart(4, '0');
  const sockets = ['/proc/net/tcp', '/proc/net/tcp6']
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length > 3 && f[3] === '0A' && f[1].endsWith(`:${port}`))
    .map((f) => f[1]);
  assert.deepEqual(sockets, [`0100007F:${port}`]);
});
