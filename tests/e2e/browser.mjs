// Shared set-up for the end-to-end tests: the release site served on loopback, Debian's
// Chromium driven by playwright-core, and axe-core run inside the page.
import { before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './chromium.mjs';
import { LANG_DIR } from './languages.mjs';

export { launch };

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serves dist/ with the tests' own pages under /test/, fixtures under /fixtures/, the
 * language fixtures' builds under /lang/ (languages.mjs) and pym.js (npm, MIT) under
 * /vendor/. */
export async function startServer() {
  const server = await serve('dist', 0, { test: 'tests/e2e/pages', fixtures: 'tests/fixtures', lang: LANG_DIR, vendor: 'node_modules/pym.js/dist' });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * For a test file: the site served and a browser launched before its tests, both closed
 * after them. The returned object gets `origin` and `browser`.
 */
export function setup() {
  const ctx = {};
  before(async () => {
    Object.assign(ctx, await startServer());
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    ctx.server?.close();
  });
  return ctx;
}

/** A new page, and the messages of the errors it leaves uncaught. */
export async function openPage(browser, options) {
  const page = await browser.newPage(options);
  const uncaught = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  return { page, uncaught };
}

/** Records console errors, page errors and failed or refused requests of a page. */
export function watch(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

/** Runs axe in the page (through the DevTools protocol, so the page's CSP does not apply). */
export async function axe(page, rules = {}) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (rules) => {
    // eslint-disable-next-line no-undef
    return await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      rules,
    });
  }, rules);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Opens a live widget's filters (the "Filter viewpoints" disclosure), if they are closed. */
export async function openFilters(widget) {
  const disclosure = widget.locator('.steppe-disclosure');
  if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
}

/** The focused element's accessible label (or text), looking inside shadow roots. */
export function focusedLabel(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a?.getAttribute('aria-label') ?? a?.textContent;
  });
}

const FRAGMENT = readFileSync('www/bundles/central-asia-2022.html', 'utf8').trim();

/**
 * Serves a generated host page at /gen/host.html for `page` (through request
 * interception): the loader, the fallback's stylesheet, and `body` (by default one eager
 * widget with the built-in story's fallback inside). `headers` go with the page.
 */
export async function hostPage(page, origin, { body, head = '', headers = {} } = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title>
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/steppe-static.css">${head}
<script type="module" src="/steppe.js"></script></head>
<body><main><h1>A host page</h1>${body ?? widget()}</main></body></html>`;
  await page.route('**/gen/host.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html, headers }));
  return page.goto(`${origin}/gen/host.html`);
}

/** An eager `<steppe-story>` with the built-in story's static fallback inside. */
export function widget(attributes = '') {
  return `<steppe-story loading="eager" ${attributes}>${FRAGMENT}</steppe-story>`;
}

/** Resolves to "live" once a widget of the page mounted, or "static" once it fell back. */
export function outcome(page, nth = 0) {
  return page.waitForFunction((nth) => {
    const el = document.querySelectorAll('steppe-story')[nth];
    if (el?.hasAttribute('data-steppe-static')) return 'static';
    return el?.shadowRoot?.querySelector('.steppe-mount article') ? 'live' : false;
  }, nth, { timeout: 20_000 }).then((h) => h.jsonValue());
}

/** How many of the fallback's quotes a reader can see (laid out with a size). */
export function visibleFallbackQuotes(page) {
  return page.locator('steppe-story .steppe-fallback blockquote').evaluateAll((els) =>
    els.filter((e) => e.getBoundingClientRect().height > 0).length);
}
